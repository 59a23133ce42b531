//! The local store: wrangler's on-disk KV state (`.wrangler/state/v3/kv`), read and written
//! byte-compatibly with miniflare so `wrangler dev` and wkv share it. One SQLite database per
//! namespace holds the rows, one file per value holds the bytes. This module never prints and
//! never talks to the network.

mod blobs;
mod bulk_put;
mod cursor;
mod namespaces;
mod naming;
mod schema;
mod store;

pub use namespaces::{destroy_namespace, list_namespace_ids};
pub use naming::{database_file_name, new_blob_id};
pub use store::LocalStore;
