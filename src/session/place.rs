//! Where the browser (and the namespace picker) finds namespaces: local state under a KV root,
//! or the account behind an API session (Cloudflare or `wkv serve`). Namespaces of the wrangler
//! config come first, by binding name, then the others the place knows of.

use std::path::{Path, PathBuf};

use crate::api::Namespace;
use crate::cli::LocationArgs;
use crate::config::Config;
use crate::error::WkvError;

use super::remote::RemoteSession;
use super::target::{Chooser, Context, Intent, Target};

/// One namespace to choose from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamespaceEntry {
    pub id: String,
    /// The binding name, or the title of a remote namespace, or the id.
    pub label: String,
    /// Where it comes from: `binding`, `binding, preview`, `local state`, `account`; with
    /// `--remote`, a binding whose id the account lacks says `not in this account`.
    pub note: String,
    /// The flags that name it without a picker: `--binding CACHE`, `--namespace-id ID`.
    pub flags: String,
}

/// Local state or an account, with what is needed to open any of its namespaces.
pub struct Place {
    pub config: Option<Config>,
    pub location: LocationArgs,
    pub kv_root: PathBuf,
    pub session: Option<RemoteSession>,
}

impl Place {
    pub async fn connect(context: &Context, location: &LocationArgs) -> anyhow::Result<Place> {
        let config = context.load_config()?;
        super::target::refuse_persist_to_with_remote(location)?;
        let kv_root = context.local_kv_root(config.as_ref(), location.persist_to.dir.as_deref())?;
        let session = match location.remote {
            true => Some(RemoteSession::connect(context, config.as_ref(), None).await?),
            false => None,
        };
        Ok(Place {
            config,
            location: location.clone(),
            kv_root,
            session,
        })
    }

    /// `local state (DIR)` or `remote account ID`.
    pub fn describe(&self) -> String {
        match &self.session {
            Some(session) => format!("remote account {}", session.account_id),
            None => format!("local {}", self.kv_root.display()),
        }
    }

    pub async fn namespaces(&self) -> anyhow::Result<Vec<NamespaceEntry>> {
        namespace_entries(self.config.as_ref(), self.session.as_ref(), &self.kv_root).await
    }

    /// Opens a namespace's store. Locally, reading a namespace with no data yet creates
    /// nothing; `Intent::Write` creates it.
    pub fn open(&self, context: &Context, id: &str, intent: Intent) -> anyhow::Result<Target> {
        context.open_namespace(
            &self.config,
            &self.location,
            id.to_string(),
            intent,
            self.session.as_ref(),
        )
    }
}

/// Config bindings first (both ids of a binding that has a preview_id), then the namespaces
/// present in local state, or with a session the account's namespaces, each listed once.
pub async fn namespace_entries(
    config: Option<&Config>,
    session: Option<&RemoteSession>,
    kv_root: &Path,
) -> anyhow::Result<Vec<NamespaceEntry>> {
    let mut entries: Vec<NamespaceEntry> = Vec::new();
    let add = |entries: &mut Vec<NamespaceEntry>, id: &str, label: &str, note: &str| {
        if !entries.iter().any(|e| e.id == id) {
            let flags = match note {
                "binding" => format!("--binding {label}"),
                "binding, preview" => format!("--binding {label} --preview"),
                _ => format!("--namespace-id {id}"),
            };
            entries.push(NamespaceEntry {
                id: id.to_string(),
                label: label.to_string(),
                note: note.to_string(),
                flags,
            });
        }
    };
    for binding in config
        .map(|c| c.kv_namespaces.as_slice())
        .unwrap_or_default()
    {
        let id = binding.id.as_deref().filter(|id| !id.is_empty());
        let preview = binding.preview_id.as_deref().filter(|id| !id.is_empty());
        match (id, preview) {
            // As under `wrangler dev`: a binding without ids is the namespace of its name.
            (None, None) if session.is_none() => {
                add(&mut entries, &binding.binding, &binding.binding, "binding")
            }
            _ => {
                if let Some(id) = id {
                    add(&mut entries, id, &binding.binding, "binding");
                }
                if let Some(preview) = preview {
                    add(&mut entries, preview, &binding.binding, "binding, preview");
                }
            }
        }
    }
    match session {
        Some(session) => {
            let namespaces = session.client.list_namespaces(&session.account_id).await?;
            // Bindings of the config whose namespace the account does not have (another
            // account's, or deleted): marked, since opening them can only fail.
            for entry in entries.iter_mut() {
                if !namespaces.iter().any(|n| n.id == entry.id) {
                    entry.note.push_str(", not in this account");
                }
            }
            for namespace in &namespaces {
                if let Some(entry) = entries.iter_mut().find(|e| e.id == namespace.id) {
                    entry.note = format!("{}, {}", entry.note, namespace.title);
                }
                add(&mut entries, &namespace.id, &namespace.title, "account");
            }
        }
        None => {
            for id in crate::local::list_namespace_ids(kv_root)? {
                add(&mut entries, &id, &id, "local state");
            }
        }
    }
    Ok(entries)
}

/// An account namespace picked from the list (for `namespace delete` and `rename`).
pub fn pick_account_namespace(
    chooser: Chooser,
    title: &str,
    namespaces: &[Namespace],
) -> anyhow::Result<Namespace> {
    if namespaces.is_empty() {
        return Err(WkvError::not_found("the account has no namespaces")
            .with_hint(
                "`wkv whoami` shows which account is in use; `wkv namespace create TITLE` makes one",
            )
            .into());
    }
    let entries: Vec<NamespaceEntry> = namespaces
        .iter()
        .map(|n| NamespaceEntry {
            id: n.id.clone(),
            label: n.title.clone(),
            note: n.id.clone(),
            flags: format!("--namespace-id {}", n.id),
        })
        .collect();
    let index = chooser(title, &entries)?;
    Ok(namespaces[index].clone())
}
