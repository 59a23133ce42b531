//! Opens the two places of a `copy` as stores: resolves NAME (binding, then id, then remote
//! title), connects each remote side with its own access, and refuses a copy onto itself. Both
//! sides are opened before anything is read, so a missing credential or a name that names
//! nothing stops the run first.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::{self, Access, Config, NamespaceChoice};
use crate::error::WkvError;
use crate::kv::ids;
use crate::local::LocalStore;
use crate::sync::{Place, PlaceKind, Side, SideAccess};

use super::empty_store::EmptyStore;
use super::remote::RemoteSession;
use super::store::Store;
use super::target::{Context, Target};
use super::titles::only_titled;

/// One opened place, and what identifies it for the same-place check.
pub struct OpenedPlace {
    pub target: Target,
    identity: String,
}

/// Opens the source (which must exist) and the target (a local target is created on write).
pub async fn open_both(
    context: &Context,
    from: &Place,
    to: &Place,
    persist_to: Option<&std::path::Path>,
    rate_limit: u32,
    create_target: bool,
) -> anyhow::Result<(OpenedPlace, OpenedPlace)> {
    if persist_to.is_some() && from.is_remote() && to.is_remote() {
        return crate::error::usage("--persist-to applies to local places; neither place is local");
    }
    // Each remote side's access first: a missing credential is an error before any request.
    let from_access = from
        .is_remote()
        .then(|| SideAccess::resolve(Side::From, from))
        .transpose()?;
    let to_access = to
        .is_remote()
        .then(|| SideAccess::resolve(Side::To, to))
        .transpose()?;
    // The config is read only when something needs it: a local place's state directory, a
    // NAME that may be a binding, or a remote side's account (the config's `account_id` comes
    // first, as in wrangler, unless the side names its own).
    let side_without_account = |place: &Place, access: &Option<SideAccess>| {
        place.is_remote() && !access.as_ref().is_some_and(SideAccess::names_its_account)
    };
    let needs_config = [from, to]
        .iter()
        .any(|p| (!p.is_remote() && persist_to.is_none()) || !looks_like_id(&p.name))
        || side_without_account(from, &from_access)
        || side_without_account(to, &to_access);
    let config = context.load_config_if(needs_config)?;
    let source = open(
        context,
        config.as_ref(),
        from,
        from_access,
        Side::From,
        persist_to,
        rate_limit,
        false,
    )
    .await?;
    let target = open(
        context,
        config.as_ref(),
        to,
        to_access,
        Side::To,
        persist_to,
        rate_limit,
        create_target,
    )
    .await?;
    if source.identity == target.identity {
        return Err(WkvError::usage(format!(
            "`{from}` and `{to}` are the same namespace: a copy onto itself changes nothing"
        ))
        .into());
    }
    Ok((source, target))
}

/// A 32-character hex string: how Cloudflare's namespace ids look.
fn looks_like_id(name: &str) -> bool {
    name.len() == 32 && name.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The namespace id a binding of the config names, if NAME is one.
fn binding_id(config: Option<&Config>, name: &str, local: bool) -> anyhow::Result<Option<String>> {
    let Some(config) = config else {
        return Ok(None);
    };
    if !config.kv_namespaces.iter().any(|b| b.binding == name) {
        return Ok(None);
    }
    let choice = NamespaceChoice {
        binding: Some(name),
        namespace_id: None,
        preview: None,
    };
    config::resolve_namespace_id(Some(config), &choice, Access::Write, local).map(Some)
}

// Each argument is one fact about the side being opened; a struct would only rename them.
#[allow(clippy::too_many_arguments)]
async fn open(
    context: &Context,
    config: Option<&Config>,
    place: &Place,
    access: Option<SideAccess>,
    side: Side,
    persist_to: Option<&std::path::Path>,
    rate_limit: u32,
    create: bool,
) -> anyhow::Result<OpenedPlace> {
    let names_nothing = |what: &str| -> anyhow::Error {
        WkvError::not_found(format!(
            "the {} `{place}` names nothing: {what}",
            side.describe()
        ))
        .with_hint("NAME is a binding of the wrangler config, a namespace id, or (remote) a namespace title")
        .into()
    };
    match place.kind {
        PlaceKind::Local => {
            let id = match binding_id(config, &place.name, true)? {
                Some(id) => id,
                None => place.name.clone(),
            };
            ids::validate_local_id(&id)?;
            let kv_root: PathBuf = context.local_kv_root(config, persist_to)?;
            // A local target is created to be written; a dry run creates nothing.
            let opened = if create {
                LocalStore::open(&kv_root, &id).map(Some)
            } else {
                LocalStore::open_existing(&kv_root, &id)
            }
            .with_context(|| format!("could not open local state under `{}`", kv_root.display()))?;
            let store = match opened {
                Some(store) => Store::Local(store),
                None if side == Side::From => {
                    return Err(names_nothing(&format!(
                        "no binding of that name, and no namespace with that id in `{}`",
                        kv_root.display()
                    )))
                }
                None => Store::LocalEmpty(EmptyStore),
            };
            Ok(OpenedPlace {
                identity: format!("local {} {id}", kv_root.display()),
                target: Target {
                    namespace_id: id,
                    store,
                },
            })
        }
        PlaceKind::Remote => {
            let access = access
                .ok_or_else(|| anyhow::anyhow!("internal error: a remote place without access"))?;
            let session =
                RemoteSession::connect_with(context, config, Some(rate_limit), access).await?;
            let id = match binding_id(config, &place.name, false)? {
                Some(id) => id,
                None => {
                    let namespaces = session.client.list_namespaces(&session.account_id).await?;
                    if namespaces.iter().any(|n| n.id == place.name) {
                        place.name.clone()
                    } else if let Some(found) = only_titled(namespaces, &place.name)? {
                        found.id
                    } else {
                        return Err(names_nothing(&format!(
                            "no binding, namespace id or title of that name in account {}",
                            session.account_id
                        )));
                    }
                }
            };
            ids::validate_remote_id("namespace id", &id)?;
            Ok(OpenedPlace {
                identity: format!(
                    "remote {} {} {id}",
                    session.client.base_url(),
                    session.account_id
                ),
                target: Target {
                    store: Store::Remote(session.namespace(id.clone())),
                    namespace_id: id,
                },
            })
        }
    }
}
