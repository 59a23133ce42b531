//! The KV domain: keys, values, metadata, expirations, list pages and bulk items; the API's
//! limits with its own messages; and the `KvStore` interface that the local store and the
//! remote client both implement. Nothing here does I/O or prints.

pub mod ids;
pub mod limits;
pub mod listing;
pub mod model;
pub mod pattern;
pub mod store;

pub use listing::{ListedKeys, ListedPage, Listing};
pub use model::{BatchOutcome, Expiry, KeyInfo, ListPage, PutItem, StoredValue};
pub use pattern::NamePattern;
pub use store::KvStore;
