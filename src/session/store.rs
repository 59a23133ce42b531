//! The one store value: whichever place a run opened, as a single type that satisfies
//! `KvStore` by dispatching to the place's own store. Commands, the browser and the transfer
//! engine take a `Store` and are compiled once, whatever the place.
//!
//! It lives here rather than in `kv` because it names the places (`local`, `api`, `sync`),
//! which themselves build on `kv`: `kv` stays the bottom room.

use serde_json::Value as Json;

use crate::api::RemoteStore;
use crate::kv::{BatchOutcome, KvStore, ListPage, PutItem, StoredValue};
use crate::local::LocalStore;
use crate::sync::StagedFile;

use super::empty_store::EmptyStore;

pub enum Store {
    Local(LocalStore),
    /// A local namespace with no data yet, opened for reading.
    LocalEmpty(EmptyStore),
    Remote(RemoteStore),
    /// A bulk file staged for `bulk put --sync` and its siblings: a read-only source.
    Staged(StagedFile),
}

impl Store {
    pub fn is_remote(&self) -> bool {
        matches!(self, Store::Remote(_))
    }
}

/// Calls the same method on whichever store is inside.
macro_rules! dispatch {
    ($store:expr, $inner:ident => $call:expr) => {
        match $store {
            Store::Local($inner) => $call,
            Store::LocalEmpty($inner) => $call,
            Store::Remote($inner) => $call,
            Store::Staged($inner) => $call,
        }
    };
}

impl KvStore for Store {
    async fn get(&self, key: &str) -> anyhow::Result<Option<StoredValue>> {
        dispatch!(self, s => s.get(key).await)
    }

    async fn get_metadata(&self, key: &str) -> anyhow::Result<Option<Option<Json>>> {
        dispatch!(self, s => s.get_metadata(key).await)
    }

    async fn put(&self, item: PutItem) -> anyhow::Result<()> {
        dispatch!(self, s => s.put(item).await)
    }

    async fn delete(&self, key: &str) -> anyhow::Result<()> {
        dispatch!(self, s => s.delete(key).await)
    }

    async fn list_page(
        &self,
        prefix: Option<&str>,
        limit: usize,
        cursor: Option<&str>,
    ) -> anyhow::Result<ListPage> {
        dispatch!(self, s => s.list_page(prefix, limit, cursor).await)
    }

    async fn put_batch(&self, items: &[PutItem]) -> anyhow::Result<BatchOutcome> {
        dispatch!(self, s => s.put_batch(items).await)
    }

    async fn delete_batch(&self, keys: Vec<String>) -> anyhow::Result<BatchOutcome> {
        dispatch!(self, s => s.delete_batch(keys).await)
    }

    async fn get_batch(
        &self,
        keys: Vec<String>,
        with_metadata: bool,
    ) -> anyhow::Result<Vec<Option<StoredValue>>> {
        dispatch!(self, s => s.get_batch(keys, with_metadata).await)
    }
}
