//! Turns the user's flags into the store a command acts on: which config, which namespace,
//! local state or the API. Namespaces named by flags are resolved here; `copy_places` resolves
//! the NAME of a copy's place with the same functions.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::cli::{GlobalArgs, LocationArgs, NamespaceArgs};
use crate::config::{self, Access, Config, ConfigSource, NamespaceChoice};
use crate::kv::ids;
use crate::local::LocalStore;

use super::empty_store::EmptyStore;
use super::place::{namespace_entries, NamespaceEntry};
use super::remote::RemoteSession;
use super::store::Store;

/// What every command may need, built once from the global flags.
pub struct Context {
    pub source: ConfigSource,
    pub retries: u32,
    pub verbose: bool,
    /// Reports each retried request on stderr (with -v).
    pub on_retry: Option<crate::api::RetryCallback>,
    /// `--profile` / `WKV_PROFILE`.
    pub profile: Option<String>,
    /// `--env-file`, in order.
    pub env_files: Vec<PathBuf>,
    /// Whether the person can be asked (an account picker).
    pub can_prompt: bool,
    /// The list a person picks a namespace from, when one can be shown; passed in by the layer
    /// that owns the terminal, so that this one never draws.
    pub chooser: Option<Chooser>,
}

/// Shows namespaces to a person and returns the index of the one chosen.
pub type Chooser = fn(&str, &[NamespaceEntry]) -> anyhow::Result<usize>;

/// What a command does to its namespace, which decides how the namespace is resolved (writes
/// and deletes need an unambiguous id) and whether local files may be created (only to write
/// values: reading or deleting in a namespace with no data finds nothing to do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Read,
    Write,
    Delete,
}

/// The namespace a key or bulk command acts on, and its store.
pub struct Target {
    pub namespace_id: String,
    pub store: Store,
}

impl Target {
    pub fn is_remote(&self) -> bool {
        self.store.is_remote()
    }

    /// The namespace for messages: ``namespace `ID` (local)``.
    pub fn describe(&self) -> String {
        let place = if self.is_remote() { "remote" } else { "local" };
        format!(
            "namespace `{}` ({place})",
            crate::output::shown(&self.namespace_id)
        )
    }
}

/// Whether the profile came from `--profile` or from `WKV_PROFILE` (clap merges the two).
fn profile_flag_name() -> &'static str {
    let on_command_line = std::env::args_os()
        .skip(1)
        .take_while(|arg| arg != "--")
        .any(|arg| arg == "--profile" || arg.to_string_lossy().starts_with("--profile="));
    if on_command_line {
        "--profile"
    } else {
        "WKV_PROFILE"
    }
}

impl Context {
    pub fn new(global: &GlobalArgs, on_retry: Option<crate::api::RetryCallback>) -> Context {
        Context {
            source: ConfigSource {
                config: global.config.clone(),
                cwd: global.cwd.clone(),
                env: global.env.clone(),
            },
            retries: global.retries,
            verbose: global.verbose,
            on_retry,
            profile: global.profile.clone(),
            env_files: global.env_file.clone(),
            can_prompt: false,
            chooser: None,
        }
    }

    /// What sign-in reads: the environment, `.env` files, profiles, wrangler's folder.
    pub fn auth_setup(&self) -> anyhow::Result<crate::auth::AuthSetup> {
        crate::auth::AuthSetup::from_process(
            &self.source.base_dir()?,
            self.source.config.as_deref(),
            self.source.env.as_deref(),
            &self.env_files,
            self.profile.clone(),
            profile_flag_name(),
        )
    }

    pub fn load_config(&self) -> anyhow::Result<Option<Config>> {
        config::load(&self.source)
    }

    /// The config when the command needs it, else `None` without looking: discovery reads
    /// whatever file sits in the directories above, so a command that needs nothing from it
    /// (`--namespace-id` with `--persist-to`) must not
    /// fail because of someone else's file. `-c FILE` is always read: the user asked for it.
    pub fn load_config_if(&self, needed: bool) -> anyhow::Result<Option<Config>> {
        if needed || self.source.config.is_some() {
            self.load_config()
        } else {
            Ok(None)
        }
    }

    /// The local KV root (`.../v3/kv`) for these flags.
    pub fn local_kv_root(
        &self,
        config: Option<&Config>,
        persist_to: Option<&Path>,
    ) -> anyhow::Result<PathBuf> {
        let base = self.source.base_dir()?;
        let kv_root = config::local_kv_root(config, &base, persist_to);
        check_state_path(&kv_root, persist_to)?;
        Ok(kv_root)
    }

    /// Resolves the namespace and opens its store. Reading or deleting in a local namespace
    /// that has no data yet gives an empty store instead of creating files. `rate_limit` is a bulk
    /// job's `--rate-limit` (requests per 5 minutes) for remote mode. Given neither `--binding`
    /// nor `--namespace-id` on a terminal, the person picks the namespace from a list.
    pub async fn open_target(
        &self,
        namespace: &NamespaceArgs,
        location: &LocationArgs,
        intent: Intent,
        rate_limit: Option<u32>,
    ) -> anyhow::Result<Target> {
        let config = self.load_config_if(needs_config(namespace, location))?;
        let local = !location.remote;
        refuse_persist_to_with_remote(location)?;
        if let (None, None, Some(chooser)) =
            (&namespace.binding, &namespace.namespace_id, self.chooser)
        {
            let session = match location.remote {
                true => Some(RemoteSession::connect(self, config.as_ref(), rate_limit).await?),
                false => None,
            };
            let kv_root =
                self.local_kv_root(config.as_ref(), location.persist_to.dir.as_deref())?;
            let entries = namespace_entries(config.as_ref(), session.as_ref(), &kv_root).await?;
            let namespace_id = pick_namespace(chooser, &entries)?;
            return self.open_namespace(&config, location, namespace_id, intent, session.as_ref());
        }
        let choice = NamespaceChoice {
            binding: namespace.binding.as_deref(),
            namespace_id: namespace.namespace_id.as_deref(),
            preview: namespace.preview,
        };
        let access = if intent == Intent::Read {
            Access::Read
        } else {
            Access::Write
        };
        let namespace_id = config::resolve_namespace_id(config.as_ref(), &choice, access, local)?;
        if location.remote {
            ids::validate_remote_id("namespace id", &namespace_id)?;
            let session = RemoteSession::connect(self, config.as_ref(), rate_limit).await?;
            return self.open_namespace(&config, location, namespace_id, intent, Some(&session));
        }
        self.open_namespace(&config, location, namespace_id, intent, None)
    }

    /// Opens the store of a namespace whose id is known: through `session` when remote, else
    /// in local state.
    pub fn open_namespace(
        &self,
        config: &Option<Config>,
        location: &LocationArgs,
        namespace_id: String,
        intent: Intent,
        session: Option<&RemoteSession>,
    ) -> anyhow::Result<Target> {
        if let Some(session) = session {
            let store = Store::Remote(session.namespace(namespace_id.clone()));
            return Ok(Target {
                namespace_id,
                store,
            });
        }
        ids::validate_local_id(&namespace_id)?;
        if intent != Intent::Read && !location.local {
            warn_if_ci_write_stays_local();
        }
        let kv_root = self.local_kv_root(config.as_ref(), location.persist_to.dir.as_deref())?;
        let store = match intent {
            Intent::Read | Intent::Delete => LocalStore::open_existing(&kv_root, &namespace_id),
            Intent::Write => LocalStore::open(&kv_root, &namespace_id).map(Some),
        }
        .with_context(|| format!("could not open local state under `{}`", kv_root.display()))?;
        let store = match store {
            Some(store) => Store::Local(store),
            None => Store::LocalEmpty(EmptyStore),
        };
        Ok(Target {
            namespace_id,
            store,
        })
    }
}

/// Wrangler 4 writes to local state unless told `--remote`, and a CI step that meant to seed the
/// real namespace then passes having changed nothing that matters. Under CI (the `CI` variable,
/// set by GitHub Actions, GitLab and most others), say so when neither flag was given.
fn warn_if_ci_write_stays_local() {
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0") {
        eprintln!(
            "warning: CI is set and neither --local nor --remote was given: this write goes to \
             local state only (as in wrangler 4), not to your Cloudflare account. Pass --remote \
             to write to the account, or --local to keep it local and silence this warning."
        );
    }
}

/// Whether a key or bulk command needs the wrangler config: for a `--binding`, for the state
/// directory next to it (local mode without `--persist-to`), or for its `account_id` (remote
/// mode: the config's `account_id` comes before `CLOUDFLARE_ACCOUNT_ID`, as in wrangler).
fn needs_config(namespace: &NamespaceArgs, location: &LocationArgs) -> bool {
    namespace.binding.is_some() || location.remote || location.persist_to.dir.is_none()
}

/// `--persist-to` places local state, so it makes no sense with `--remote` (one place per
/// command; copy's two places check their own).
pub(super) fn refuse_persist_to_with_remote(location: &LocationArgs) -> anyhow::Result<()> {
    if location.remote && location.persist_to.dir.is_some() {
        return crate::error::usage(
            "--persist-to applies to local state; drop it or drop --remote",
        );
    }
    Ok(())
}

/// Refuses a KV root that cannot be a directory because the nearest existing path on the way to
/// it is a file (`--persist-to notes.txt`, or a file named `.wrangler`). Without this, reads see
/// an empty namespace and writes fail with an I/O error; either way the user named the wrong path.
fn check_state_path(kv_root: &Path, persist_to: Option<&Path>) -> anyhow::Result<()> {
    let Some(existing) = kv_root.ancestors().find(|path| path.exists()) else {
        return Ok(());
    };
    if existing.is_dir() {
        return Ok(());
    }
    let mut error = crate::error::WkvError::usage(format!(
        "local state cannot be kept under `{}`: `{}` is a file, not a directory",
        kv_root.display(),
        existing.display()
    ));
    error = match persist_to {
        Some(dir) => error.with_hint(format!(
            "--persist-to names the directory that holds local state; `{}` is not one",
            dir.display()
        )),
        None => error.with_hint("pass --persist-to DIR to keep local state somewhere else"),
    };
    Err(error.into())
}

/// The namespace id the person picks among the config's bindings and the place's namespaces.
fn pick_namespace(chooser: Chooser, entries: &[NamespaceEntry]) -> anyhow::Result<String> {
    if entries.is_empty() {
        return Err(crate::error::WkvError::usage(
            "Missing required option: exactly one of --binding and --namespace-id must be provided",
        )
        .with_hint("no namespace was found to choose from: the config has no kv_namespaces")
        .into());
    }
    let index = chooser("Choose a namespace", entries)?;
    Ok(entries[index].id.clone())
}
