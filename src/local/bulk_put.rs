//! Writing a whole validated bulk file into local state: every item, or nothing, while holding
//! SQLite's write lock for as short a time as possible.
//!
//! `wrangler dev` does not wait on a busy database: a Worker's write during our transaction
//! fails with SQLITE_BUSY. So the slow part of the job happens before the lock: the file streams
//! through in chunks, each chunk's value files are written (named first in the job's journal)
//! and its rows are staged in a temporary table, which lives in SQLite's temporary database on
//! disk, so memory stays bounded however large the file. Only then does one short transaction
//! copy the staged rows into `_mf_entries` with a single `INSERT ... SELECT`. A crash before the
//! commit leaves no rows, and the journal lets the next write delete the value files; a crash
//! after it leaves the whole file written.
//!
//! Committing chunk by chunk would shorten each lock further, but a crash between two chunks
//! would leave half a file written, breaking the all-or-nothing promise; one transaction of
//! pre-staged rows costs milliseconds per 10,000 items, which is what matters.

use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::{params, Connection, OptionalExtension};

use super::blobs::{new_blob_ids, remove_blobs, write_blobs};
use super::journal::Journal;
use super::store::{metadata_text, LocalStore};
use crate::bulk::{read_put_items, BulkInput};
use crate::error::WkvError;
use crate::kv::limits::now_millis;
use crate::kv::PutItem;

/// A chunk is written to files and staged before the next is read: big enough that the value
/// files of a chunk are written by several threads at once, small enough to bound memory.
const CHUNK_ITEMS: usize = 4096;
const CHUNK_BYTES: usize = 16 * 1024 * 1024;

/// How many ids are read from a staging table per journal write or file removal pass.
const ID_PAGE: usize = 4096;

/// The job's temporary tables: the rows to write (one per key, the file's last item winning),
/// the values the rows will replace as seen before the lock (named in the journal then), and
/// any the commit replaces that the look-ahead did not see (another writer changed the key).
/// Both sets of values are removed after the commit.
const CREATE_STAGING: &str = "
DROP TABLE IF EXISTS temp.wkv_stage;
DROP TABLE IF EXISTS temp.wkv_foreseen;
DROP TABLE IF EXISTS temp.wkv_unforeseen;
CREATE TEMP TABLE wkv_stage (
  key TEXT PRIMARY KEY,
  blob_id TEXT NOT NULL,
  expiration INTEGER,
  metadata TEXT
) WITHOUT ROWID;
CREATE TEMP TABLE wkv_foreseen (key TEXT PRIMARY KEY, blob_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TEMP TABLE wkv_unforeseen (blob_id TEXT PRIMARY KEY) WITHOUT ROWID;";

const DROP_STAGING: &str = "
DROP TABLE IF EXISTS temp.wkv_stage;
DROP TABLE IF EXISTS temp.wkv_foreseen;
DROP TABLE IF EXISTS temp.wkv_unforeseen;";

impl LocalStore {
    /// Writes every item of `input` (already validated) all or nothing and returns how many
    /// items and value bytes were written. `progress` is told after each chunk. Setting `cancel`
    /// stops the job before its commit: nothing is written. `lock_stats` then tells how long
    /// the write lock was held.
    pub fn put_all_from(
        &self,
        input: &BulkInput,
        cancel: &AtomicBool,
        progress: impl FnMut(u64, u64),
    ) -> anyhow::Result<(u64, u64)> {
        let _in_use = self.in_use()?;
        let mut journal = Journal::new(&self.namespace_dir());
        let outcome = {
            let mut conn = self.connection();
            self.recover_dead_jobs(&conn);
            conn.execute_batch(CREATE_STAGING)?;
            let outcome = self.stage_and_commit(&mut conn, &mut journal, input, cancel, progress);
            if outcome.is_ok() {
                // Best effort: a replaced file left behind is only wasted space, and stays
                // named in the journal if this fails.
                if remove_replaced(&conn, self.blobs_dir()).is_ok() {
                    let _ = conn.execute_batch(DROP_STAGING);
                    journal.close();
                    return outcome;
                }
            }
            let _ = conn.execute_batch(DROP_STAGING);
            outcome
        };
        // Failed or cancelled: the files this job created go, then its journal.
        self.abandon(journal);
        outcome
    }

    fn stage_and_commit(
        &self,
        conn: &mut Connection,
        journal: &mut Journal,
        input: &BulkInput,
        cancel: &AtomicBool,
        mut progress: impl FnMut(u64, u64),
    ) -> anyhow::Result<(u64, u64)> {
        let now_ms = now_millis();
        let now_secs = now_ms.div_euclid(1000);
        let (mut items, mut bytes) = (0u64, 0u64);
        let mut chunk: Vec<PutItem> = Vec::new();
        let mut chunk_bytes = 0usize;

        let mut flush = |conn: &Connection, chunk: &mut Vec<PutItem>| -> anyhow::Result<()> {
            let values: Vec<&[u8]> = chunk.iter().map(|item| item.value.as_slice()).collect();
            let ids = new_blob_ids(chunk.len(), now_ms);
            journal.record(&ids)?;
            write_blobs(self.blobs_dir(), &ids, &values)?;
            let superseded = stage_rows(conn, chunk, &ids, now_secs)?;
            // An earlier item of this file for the same key: its file was never committed.
            remove_blobs(self.blobs_dir(), &superseded);
            items += chunk.len() as u64;
            bytes += values.iter().map(|v| v.len() as u64).sum::<u64>();
            progress(chunk.len() as u64, bytes);
            chunk.clear();
            Ok(())
        };
        read_put_items(input, |_position, item| {
            if cancel.load(Ordering::Relaxed) {
                return Err(WkvError::failure("interrupted").into());
            }
            chunk_bytes += item.value.len();
            chunk.push(item);
            if chunk.len() >= CHUNK_ITEMS || chunk_bytes >= CHUNK_BYTES {
                flush(conn, &mut chunk)?;
                chunk_bytes = 0;
            }
            Ok(())
        })?;
        if !chunk.is_empty() {
            flush(conn, &mut chunk)?;
        }

        // The values the commit will replace are named before taking the lock. SQLite's
        // data_version then tells, inside the lock, whether anyone else committed since: if
        // nobody did, the look-ahead is exact and the transaction is only the one INSERT.
        let version_before = data_version(conn)?;
        conn.execute(
            "INSERT INTO temp.wkv_foreseen
             SELECT e.key, e.blob_id FROM temp.wkv_stage s JOIN main._mf_entries e ON e.key = s.key",
            [],
        )?;
        journal_ids(conn, journal, "SELECT blob_id FROM temp.wkv_foreseen")?;
        #[cfg(test)]
        test_hooks::after_look_ahead();
        if cancel.load(Ordering::Relaxed) {
            return Err(WkvError::failure("interrupted").into());
        }

        // SQLite checkpoints its log when a commit makes it large, inside that commit's call;
        // here the checkpoint runs after the job instead, with nobody waiting on it.
        conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        let committed = self.write_transaction(conn, |tx| {
            if data_version(tx)? != version_before {
                // Another writer changed keys since the look-ahead: the values it put there
                // are replaced too, and named before the commit. All three tables are walked
                // in key order.
                tx.execute(
                    "INSERT OR IGNORE INTO temp.wkv_unforeseen
                     SELECT e.blob_id FROM temp.wkv_stage s
                     JOIN main._mf_entries e ON e.key = s.key
                     LEFT JOIN temp.wkv_foreseen f ON f.key = s.key
                     WHERE f.blob_id IS NOT e.blob_id",
                    [],
                )?;
                journal_ids(tx, journal, "SELECT blob_id FROM temp.wkv_unforeseen")?;
            }
            // `WHERE true` tells SQLite's parser that ON CONFLICT belongs to the INSERT.
            tx.execute(
                "INSERT INTO main._mf_entries (key, blob_id, expiration, metadata)
                 SELECT key, blob_id, expiration, metadata FROM temp.wkv_stage WHERE true
                 ON CONFLICT(key) DO UPDATE SET
                   blob_id = excluded.blob_id,
                   expiration = excluded.expiration,
                   metadata = excluded.metadata",
                [],
            )?;
            Ok(())
        });
        let _ = conn.pragma_update(None, "wal_autocheckpoint", 1000);
        committed?;
        let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
        Ok((items, bytes))
    }
}

/// Stages one chunk's rows (the temporary database only: no write lock on the namespace) and
/// returns the blob ids of earlier items of the file that these replace.
fn stage_rows(
    conn: &Connection,
    chunk: &[PutItem],
    ids: &[String],
    now_secs: i64,
) -> anyhow::Result<Vec<String>> {
    let mut superseded = Vec::new();
    conn.execute_batch("BEGIN")?;
    let staged = (|| -> anyhow::Result<()> {
        let mut earlier =
            conn.prepare_cached("SELECT blob_id FROM temp.wkv_stage WHERE key = ?1")?;
        let mut stage = conn.prepare_cached(
            "INSERT INTO temp.wkv_stage (key, blob_id, expiration, metadata)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(key) DO UPDATE SET
               blob_id = excluded.blob_id,
               expiration = excluded.expiration,
               metadata = excluded.metadata",
        )?;
        for (item, id) in chunk.iter().zip(ids) {
            if let Some(old) = earlier
                .query_row([&item.key], |row| row.get::<_, String>(0))
                .optional()?
            {
                superseded.push(old);
            }
            let expiration_ms = item
                .expiry
                .resolve(now_secs)
                .map(|secs| secs.saturating_mul(1000));
            stage.execute(params![
                item.key,
                id,
                expiration_ms,
                metadata_text(item.metadata.as_ref())
            ])?;
        }
        Ok(())
    })();
    match staged {
        Ok(()) => conn.execute_batch("COMMIT")?,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
    }
    Ok(superseded)
}

/// Names in the journal every id `query` returns, a page at a time.
fn journal_ids(conn: &Connection, journal: &mut Journal, query: &str) -> anyhow::Result<()> {
    let mut stmt = conn.prepare(query)?;
    let mut rows = stmt.query([])?;
    let mut page = Vec::with_capacity(ID_PAGE);
    while let Some(row) = rows.next()? {
        page.push(row.get::<_, String>(0)?);
        if page.len() == ID_PAGE {
            journal.record(&page)?;
            page.clear();
        }
    }
    journal.record(&page)
}

/// Changes whenever another connection commits to the namespace's database.
fn data_version(conn: &Connection) -> anyhow::Result<i64> {
    Ok(conn.query_row("PRAGMA main.data_version", [], |row| row.get(0))?)
}

/// Removes the value files the committed job replaced, a page at a time: every value of a
/// staged key that the look-ahead or the transaction saw. A foreseen value another writer
/// replaced first is unreferenced as well, and its removal harmless.
fn remove_replaced(conn: &Connection, blobs_dir: &std::path::Path) -> anyhow::Result<()> {
    let mut stmt = conn.prepare(
        "SELECT blob_id FROM temp.wkv_foreseen UNION ALL SELECT blob_id FROM temp.wkv_unforeseen",
    )?;
    let mut rows = stmt.query([])?;
    let mut page = Vec::with_capacity(ID_PAGE);
    while let Some(row) = rows.next()? {
        page.push(row.get::<_, String>(0)?);
        if page.len() == ID_PAGE {
            remove_blobs(blobs_dir, &page);
            page.clear();
        }
    }
    remove_blobs(blobs_dir, &page);
    Ok(())
}

#[cfg(test)]
mod test_hooks {
    //! Lets a test act as another writer between the look-ahead and the commit.
    use std::cell::RefCell;

    thread_local! {
        static AFTER_LOOK_AHEAD: RefCell<Option<Box<dyn FnOnce()>>> = RefCell::new(None);
    }

    pub fn set_after_look_ahead(hook: impl FnOnce() + 'static) {
        AFTER_LOOK_AHEAD.with(|h| *h.borrow_mut() = Some(Box::new(hook)));
    }

    pub fn after_look_ahead() {
        if let Some(hook) = AFTER_LOOK_AHEAD.with(|h| h.borrow_mut().take()) {
            hook();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kv::{Expiry, KvStore};

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    fn put(store: &LocalStore, key: &str, value: &str) {
        let item = PutItem {
            key: key.into(),
            value: value.as_bytes().to_vec(),
            expiry: Expiry::Never,
            metadata: None,
        };
        block_on(store.put(item)).unwrap();
    }

    fn file_count(store: &LocalStore) -> usize {
        std::fs::read_dir(store.blobs_dir()).unwrap().count()
    }

    #[test]
    fn a_value_another_writer_puts_during_the_job_is_replaced_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::open(dir.path(), "ns").unwrap();
        put(&store, "k", "old");
        let file = dir.path().join("items.json");
        std::fs::write(
            &file,
            r#"[{"key":"k","value":"first"},{"key":"other","value":"x"},{"key":"k","value":"new"}]"#,
        )
        .unwrap();
        let input = BulkInput::open(file.to_str().unwrap(), None).unwrap();
        let root = dir.path().to_path_buf();
        // Another writer changes the key after the look-ahead saw "old".
        test_hooks::set_after_look_ahead(move || {
            let other = LocalStore::open(&root, "ns").unwrap();
            put(&other, "k", "middle");
        });
        let written = store
            .put_all_from(&input, &AtomicBool::new(false), |_, _| {})
            .unwrap();
        assert_eq!(written.0, 3);
        let value = block_on(store.get("k")).unwrap().unwrap();
        assert_eq!(value.bytes, b"new");
        // "old", "middle" and "first" are gone: one file per row, no journal.
        assert_eq!(file_count(&store), 2);
        let journals = store
            .namespace_dir()
            .join(crate::local::journal::JOURNAL_DIR);
        assert_eq!(std::fs::read_dir(journals).unwrap().count(), 0);
    }

    #[test]
    fn a_cancelled_job_writes_nothing_and_leaves_no_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::open(dir.path(), "ns").unwrap();
        put(&store, "k", "old");
        let file = dir.path().join("items.json");
        std::fs::write(
            &file,
            r#"[{"key":"k","value":"new"},{"key":"b","value":"x"}]"#,
        )
        .unwrap();
        let input = BulkInput::open(file.to_str().unwrap(), None).unwrap();
        let cancel = AtomicBool::new(false);
        test_hooks::set_after_look_ahead(|| {});
        // Cancelled once the files are written and the rows staged, just before the commit.
        let result = store.put_all_from(&input, &cancel, |_, _| {
            cancel.store(true, Ordering::Relaxed)
        });
        assert!(result.is_err());
        assert_eq!(block_on(store.get("k")).unwrap().unwrap().bytes, b"old");
        assert_eq!(block_on(store.get("b")).unwrap(), None);
        assert_eq!(file_count(&store), 1);
    }
}
