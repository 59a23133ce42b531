//! A bulk file staged for `bulk put --sync` and its siblings: every item in one table of a
//! private SQLite database, listed in key order like any namespace. The engine of `wkv copy`
//! then reads it as a source. Values live in the table itself, not one file per value as in
//! local state: staging 100,000 items costs one transaction, not 100,000 file creations, which
//! on a slow disk took longer than the whole transfer.
//!
//! The database file is unlinked before the first value goes in: SQLite keeps working through
//! its open descriptor, and nothing of the values is left on disk however wkv ends, `kill -9`
//! included.
//!
//! Read-only once staged: a write reaching it is a bug, reported as such.

use std::sync::Mutex;

use anyhow::Context as _;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value as Json;

use crate::bulk::{read_put_items, BulkInput};
use crate::kv::{BatchOutcome, Expiry, KeyInfo, KvStore, ListPage, PutItem, StoredValue};

pub struct StagedFile {
    connection: Mutex<Connection>,
}

type Row = (Vec<u8>, Option<i64>, Option<String>);

impl StagedFile {
    /// Reads every item of `input` into a new database in the temporary directory (`$TMPDIR`).
    /// A key given twice keeps its last item, as writing the file would. TTLs become absolute
    /// expirations counted from `now_secs`.
    pub fn stage(input: &BulkInput, now_secs: i64) -> anyhow::Result<StagedFile> {
        // Created owner-only (0600) by tempfile, opened by SQLite, and unlinked at once (when
        // `file` is dropped), before anything is written to it.
        let mut connection = {
            let file = tempfile::Builder::new()
                .prefix("wkv-staging-")
                .suffix(".sqlite")
                .tempfile()
                .context("could not create a temporary file to stage the bulk file in")?;
            Connection::open(file.path()).with_context(|| {
                format!(
                    "cannot open the staging database `{}`",
                    file.path().display()
                )
            })?
        };
        // A scratch database: nothing survives a crash, so no journal and no syncs. With no
        // journal, SQLite needs no file beside it, so it works on once unlinked.
        connection.execute_batch(
            "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
             CREATE TABLE items (key TEXT PRIMARY KEY, value BLOB NOT NULL,
                                 expiration INTEGER, metadata TEXT);",
        )?;
        let transaction = connection.transaction()?;
        {
            let mut insert = transaction.prepare(
                "INSERT OR REPLACE INTO items (key, value, expiration, metadata) VALUES (?1, ?2, ?3, ?4)",
            )?;
            read_put_items(input, |_position, item| {
                let expiration = match item.expiry.effective() {
                    Expiry::Never => None,
                    Expiry::At(at) => Some(at),
                    Expiry::Ttl(ttl) | Expiry::Both { ttl, .. } => Some(now_secs + ttl),
                };
                let metadata = item.metadata.as_ref().map(Json::to_string);
                insert.execute(params![item.key, item.value, expiration, metadata])?;
                Ok(())
            })?;
        }
        transaction.commit()?;
        Ok(StagedFile {
            connection: Mutex::new(connection),
        })
    }

    fn connection(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave the read-only table half changed.
        self.connection
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn read(&self, key: &str) -> anyhow::Result<Option<StoredValue>> {
        let row: Option<Row> = self
            .connection()
            .prepare_cached("SELECT value, expiration, metadata FROM items WHERE key = ?1")?
            .query_row(params![key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        row.map(|(bytes, expiration, metadata)| {
            Ok(StoredValue {
                bytes,
                expiration,
                metadata: parse_metadata(metadata)?,
            })
        })
        .transpose()
    }
}

fn parse_metadata(text: Option<String>) -> anyhow::Result<Option<Json>> {
    text.map(|t| serde_json::from_str(&t).context("staged metadata is not JSON"))
        .transpose()
}

fn read_only() -> anyhow::Error {
    anyhow::anyhow!("internal error: a write reached the staged copy of a bulk file")
}

impl KvStore for StagedFile {
    async fn get(&self, key: &str) -> anyhow::Result<Option<StoredValue>> {
        self.read(key)
    }

    async fn get_metadata(&self, key: &str) -> anyhow::Result<Option<Option<Json>>> {
        Ok(self.read(key)?.map(|value| value.metadata))
    }

    async fn put(&self, _item: PutItem) -> anyhow::Result<()> {
        Err(read_only())
    }

    async fn delete(&self, _key: &str) -> anyhow::Result<()> {
        Err(read_only())
    }

    /// Keys in the order of their UTF-8 bytes (SQLite compares text bytewise); the cursor is
    /// the last key of the page.
    async fn list_page(
        &self,
        prefix: Option<&str>,
        limit: usize,
        cursor: Option<&str>,
    ) -> anyhow::Result<ListPage> {
        let prefix = prefix.unwrap_or_default();
        let after = cursor.filter(|c| !c.is_empty());
        // Keys under a prefix sort together, from the prefix itself on.
        let (lower, inclusive) = match after {
            Some(after) if after >= prefix => (after, false),
            _ => (prefix, true),
        };
        let sql = if inclusive {
            "SELECT key, expiration, metadata FROM items WHERE key >= ?1 ORDER BY key LIMIT ?2"
        } else {
            "SELECT key, expiration, metadata FROM items WHERE key > ?1 ORDER BY key LIMIT ?2"
        };
        let fetch = i64::try_from(limit.max(1))
            .unwrap_or(i64::MAX)
            .saturating_add(1);
        let rows: Vec<(String, Option<i64>, Option<String>)> = self
            .connection()
            .prepare_cached(sql)?
            .query_map(params![lower, fetch], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })?
            .collect::<Result<_, _>>()?;
        let mut keys = Vec::with_capacity(rows.len());
        for (name, expiration, metadata) in rows {
            if !name.starts_with(prefix) {
                break;
            }
            keys.push(KeyInfo {
                name,
                expiration,
                metadata: parse_metadata(metadata)?,
            });
        }
        let more = keys.len() > limit.max(1);
        keys.truncate(limit.max(1));
        let cursor = more.then(|| keys.last().map(|k| k.name.clone())).flatten();
        Ok(ListPage { keys, cursor })
    }

    async fn put_batch(&self, _items: &[PutItem]) -> anyhow::Result<BatchOutcome> {
        Err(read_only())
    }

    async fn delete_batch(&self, _keys: Vec<String>) -> anyhow::Result<BatchOutcome> {
        Err(read_only())
    }

    async fn get_batch(
        &self,
        keys: Vec<String>,
        _with_metadata: bool,
    ) -> anyhow::Result<Vec<Option<StoredValue>>> {
        keys.iter().map(|key| self.read(key)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staged(items: &str) -> (tempfile::TempDir, StagedFile) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("items.json");
        std::fs::write(&file, items).unwrap();
        let input = BulkInput::open(file.to_str().unwrap(), None).unwrap();
        let staged = StagedFile::stage(&input, 1_000).unwrap();
        (dir, staged)
    }

    fn names(page: &ListPage) -> Vec<&str> {
        page.keys.iter().map(|k| k.name.as_str()).collect()
    }

    #[tokio::test]
    async fn lists_in_byte_order_page_by_page_under_a_prefix() {
        let (_dir, store) = staged(
            r#"[{"key":"b:2","value":"x"},{"key":"a","value":"y"},{"key":"b:1","value":"z"},
                {"key":"b:3","value":"w"},{"key":"c","value":"v"},{"key":"é","value":"u"}]"#,
        );
        let all = store.list_page(None, 1000, None).await.unwrap();
        assert_eq!(names(&all), ["a", "b:1", "b:2", "b:3", "c", "é"]);
        assert_eq!(all.cursor, None);
        let first = store.list_page(Some("b:"), 2, None).await.unwrap();
        assert_eq!(names(&first), ["b:1", "b:2"]);
        let second = store
            .list_page(Some("b:"), 2, first.cursor.as_deref())
            .await
            .unwrap();
        assert_eq!(names(&second), ["b:3"]);
        assert_eq!(second.cursor, None);
    }

    #[tokio::test]
    async fn keeps_the_last_item_of_a_key_with_its_expiry_and_metadata() {
        let (_dir, store) = staged(
            r#"[{"key":"k","value":"old"},
                {"key":"k","value":"AP8=","base64":true,"expiration_ttl":60,"metadata":{"n":2}},
                {"key":"at","value":"v","expiration":5000}]"#,
        );
        let got = store.get("k").await.unwrap().unwrap();
        assert_eq!(got.bytes, [0u8, 255]);
        assert_eq!(got.expiration, Some(1_060));
        assert_eq!(got.metadata, Some(serde_json::json!({"n": 2})));
        let batch = store
            .get_batch(vec!["at".into(), "missing".into()], true)
            .await
            .unwrap();
        assert_eq!(batch[0].as_ref().unwrap().expiration, Some(5_000));
        assert!(batch[1].is_none());
        assert!(store.put_batch(&[]).await.is_err());
    }
}
