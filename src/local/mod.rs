//! The local store: wrangler's on-disk KV state (`.wrangler/state/v3/kv`), read and written
//! byte-compatibly with miniflare so `wrangler dev` and wkv share it. One SQLite database per
//! namespace holds the rows, one file per value holds the bytes. This module never prints and
//! never talks to the network.

mod blobs;
mod bulk_put;
mod check;
mod cursor;
mod journal;
mod namespaces;
mod naming;
mod process;
mod schema;
mod store;

pub use check::{CheckReport, ORPHAN_SAFETY_WINDOW};
pub use namespaces::{destroy_namespace, list_namespace_ids};
pub use naming::{database_file_name, new_blob_id};
pub use store::{LocalStore, LockStats};

/// A write found its namespace deleted under it (by `wkv serve`'s namespace delete, say):
/// nothing was written, and nothing was recreated.
#[derive(Debug, thiserror::Error)]
#[error("the local namespace `{0}` was deleted while it was in use; nothing was written")]
pub struct NamespaceRemoved(pub String);
