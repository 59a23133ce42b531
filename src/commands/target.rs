//! Turns the user's flags into the store a command acts on: which config, which namespace,
//! local state or the API. This is the only place that decides local versus remote.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::api::RemoteStore;
use crate::cli::{GlobalArgs, LocationArgs, NamespaceArgs};
use crate::config::{self, Access, Config, ConfigSource, NamespaceChoice};
use crate::local::LocalStore;

use super::empty_store::EmptyStore;
use super::remote::RemoteSession;

/// What every command may need, built once from the global flags.
pub struct Context {
    pub source: ConfigSource,
    pub retries: u32,
    pub verbose: bool,
    /// Reports each retried request on stderr (with -v).
    pub on_retry: Option<crate::api::RetryCallback>,
}

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

pub enum Store {
    Local(LocalStore),
    /// A local namespace with no data yet, opened for reading.
    LocalEmpty(EmptyStore),
    Remote(RemoteStore),
}

impl Target {
    pub fn is_remote(&self) -> bool {
        matches!(self.store, Store::Remote(_))
    }

    /// The namespace for messages: ``namespace `ID` (local)``.
    pub fn describe(&self) -> String {
        let place = if self.is_remote() { "remote" } else { "local" };
        format!("namespace `{}` ({place})", self.namespace_id)
    }
}

/// Calls the same generic code with whichever store a `Target` holds.
macro_rules! with_store {
    ($target:expr, $store:ident => $body:expr) => {
        match &$target.store {
            $crate::commands::target::Store::Local($store) => $body,
            $crate::commands::target::Store::LocalEmpty($store) => $body,
            $crate::commands::target::Store::Remote($store) => $body,
        }
    };
}
pub(crate) use with_store;

/// Like `with_store!`, but moves the store out of the `Target`, for code that shares it
/// between spawned tasks.
macro_rules! with_owned_store {
    ($target:expr, $store:ident => $body:expr) => {
        match $target.store {
            $crate::commands::target::Store::Local($store) => $body,
            $crate::commands::target::Store::LocalEmpty($store) => $body,
            $crate::commands::target::Store::Remote($store) => $body,
        }
    };
}
pub(crate) use with_owned_store;

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
        }
    }

    pub fn load_config(&self) -> anyhow::Result<Option<Config>> {
        config::load(&self.source)
    }

    /// The local KV root (`.../v3/kv`) for these flags.
    pub fn local_kv_root(
        &self,
        config: Option<&Config>,
        persist_to: Option<&Path>,
    ) -> anyhow::Result<PathBuf> {
        let base = self.source.base_dir()?;
        Ok(config::local_kv_root(config, &base, persist_to))
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
        let config = self.load_config()?;
        let local = !location.remote;
        if location.remote && location.persist_to.is_some() {
            return crate::error::usage(
                "--persist-to applies to local state; drop it or drop --remote",
            );
        }
        if namespace.binding.is_none()
            && namespace.namespace_id.is_none()
            && crate::browse::picker::available()
        {
            let session = match location.remote {
                true => Some(RemoteSession::connect(self, config.as_ref(), rate_limit).await?),
                false => None,
            };
            let kv_root = self.local_kv_root(config.as_ref(), location.persist_to.as_deref())?;
            let namespace_id =
                crate::browse::picker::pick_namespace(config.as_ref(), session.as_ref(), &kv_root)
                    .await?;
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
        let kv_root = self.local_kv_root(config.as_ref(), location.persist_to.as_deref())?;
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
