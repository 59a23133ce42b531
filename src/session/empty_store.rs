//! The store of a local namespace that has no data yet. Reads find nothing; it is never written
//! to (writes open the real store, which creates the files), so reading a mistyped namespace id
//! leaves no empty databases behind.

use serde_json::Value as Json;

use crate::kv::{BatchOutcome, KvStore, ListPage, PutItem, StoredValue};

pub struct EmptyStore;

impl KvStore for EmptyStore {
    async fn get(&self, _key: &str) -> anyhow::Result<Option<StoredValue>> {
        Ok(None)
    }

    async fn get_metadata(&self, _key: &str) -> anyhow::Result<Option<Option<Json>>> {
        Ok(None)
    }

    async fn put(&self, _item: PutItem) -> anyhow::Result<()> {
        anyhow::bail!("internal error: a write reached the store of a missing namespace")
    }

    async fn delete(&self, _key: &str) -> anyhow::Result<()> {
        Ok(())
    }

    async fn list_page(
        &self,
        _prefix: Option<&str>,
        _limit: usize,
        _cursor: Option<&str>,
    ) -> anyhow::Result<ListPage> {
        Ok(ListPage::default())
    }

    async fn put_batch(&self, _items: &[PutItem]) -> anyhow::Result<BatchOutcome> {
        anyhow::bail!("internal error: a write reached the store of a missing namespace")
    }

    async fn delete_batch(&self, _keys: Vec<String>) -> anyhow::Result<BatchOutcome> {
        Ok(BatchOutcome::default())
    }

    async fn get_batch(
        &self,
        keys: Vec<String>,
        _with_metadata: bool,
    ) -> anyhow::Result<Vec<Option<StoredValue>>> {
        Ok(vec![None; keys.len()])
    }
}
