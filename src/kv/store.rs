//! The one interface every place that holds KV data satisfies: the local store (wrangler's
//! on-disk state) and the remote client (Cloudflare's API, or `wkv serve`). Commands are written
//! against this trait only, so both places behave the same and are tested by the same suite.
//!
//! Implementations never print. Inputs have been validated by the caller with `kv::limits`;
//! stores may validate again, and report failures as `WkvError` where the kind matters
//! (not found: exit 3; bad input: exit 2).

use std::future::Future;

use super::model::{BatchOutcome, ListPage, PutItem, StoredValue};
use serde_json::Value as Json;

pub trait KvStore: Send + Sync {
    /// Reads a value with its expiration. `None` when the key is missing or expired.
    /// `StoredValue::metadata` may be left `None` by stores where metadata costs another
    /// request; use `get_metadata` when it is needed.
    fn get(&self, key: &str) -> impl Future<Output = anyhow::Result<Option<StoredValue>>> + Send;

    /// Reads a key's metadata. Outer `None`: the key does not exist; inner `None`: no metadata.
    fn get_metadata(
        &self,
        key: &str,
    ) -> impl Future<Output = anyhow::Result<Option<Option<Json>>>> + Send;

    /// Writes one key, replacing its value, expiration and metadata together.
    fn put(&self, item: PutItem) -> impl Future<Output = anyhow::Result<()>> + Send;

    /// Deletes one key. Deleting a missing key succeeds, as in the API.
    fn delete(&self, key: &str) -> impl Future<Output = anyhow::Result<()>> + Send;

    /// One page of keys in ascending order of their UTF-8 bytes. `limit` is 10..=1000.
    fn list_page(
        &self,
        prefix: Option<&str>,
        limit: usize,
        cursor: Option<&str>,
    ) -> impl Future<Output = anyhow::Result<ListPage>> + Send;

    /// Writes a batch of at most 10,000 items and under 100 MB. A store that cannot write the
    /// batch as a whole returns an error; keys it reports as not written come back in the
    /// outcome to be retried. The local store writes a batch all or nothing.
    fn put_batch(
        &self,
        items: &[PutItem],
    ) -> impl Future<Output = anyhow::Result<BatchOutcome>> + Send;

    /// Deletes a batch of at most 10,000 keys.
    fn delete_batch(
        &self,
        keys: Vec<String>,
    ) -> impl Future<Output = anyhow::Result<BatchOutcome>> + Send;

    /// Reads up to 100 keys at once, in the order asked; `None` for a missing key. With
    /// `with_metadata` the metadata is filled in too.
    fn get_batch(
        &self,
        keys: Vec<String>,
        with_metadata: bool,
    ) -> impl Future<Output = anyhow::Result<Vec<Option<StoredValue>>>> + Send;
}

/// A shared store is a store: a copy reads the target (to compare, or to back up) while the
/// bulk writers write to it.
impl<T: KvStore> KvStore for std::sync::Arc<T> {
    fn get(&self, key: &str) -> impl Future<Output = anyhow::Result<Option<StoredValue>>> + Send {
        (**self).get(key)
    }

    fn get_metadata(
        &self,
        key: &str,
    ) -> impl Future<Output = anyhow::Result<Option<Option<Json>>>> + Send {
        (**self).get_metadata(key)
    }

    fn put(&self, item: PutItem) -> impl Future<Output = anyhow::Result<()>> + Send {
        (**self).put(item)
    }

    fn delete(&self, key: &str) -> impl Future<Output = anyhow::Result<()>> + Send {
        (**self).delete(key)
    }

    fn list_page(
        &self,
        prefix: Option<&str>,
        limit: usize,
        cursor: Option<&str>,
    ) -> impl Future<Output = anyhow::Result<ListPage>> + Send {
        (**self).list_page(prefix, limit, cursor)
    }

    fn put_batch(
        &self,
        items: &[PutItem],
    ) -> impl Future<Output = anyhow::Result<BatchOutcome>> + Send {
        (**self).put_batch(items)
    }

    fn delete_batch(
        &self,
        keys: Vec<String>,
    ) -> impl Future<Output = anyhow::Result<BatchOutcome>> + Send {
        (**self).delete_batch(keys)
    }

    fn get_batch(
        &self,
        keys: Vec<String>,
        with_metadata: bool,
    ) -> impl Future<Output = anyhow::Result<Vec<Option<StoredValue>>>> + Send {
        (**self).get_batch(keys, with_metadata)
    }
}
