//! `LocalStore`: one namespace of wrangler's local state, read and written exactly as miniflare
//! does (rows in `_mf_entries`, values in blob files), so that `wrangler dev` sees what wkv
//! writes and the other way round. It owns the write protocol that keeps rows and files
//! consistent: the files it will create or make obsolete named in a journal, new files
//! written, then one short transaction, then removal of the files it replaced and of the
//! journal. It never prints.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard};
use std::time::{Duration, Instant};

use anyhow::Context;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde_json::Value as Json;

use super::blobs::{new_blob_ids, read_blob, remove_blobs, write_blobs};
use super::cursor::{decode_cursor, encode_cursor, KeyRange};
use super::journal::{self, Journal};
use super::naming::{blobs_dir, database_path, namespace_dir, validate_namespace_id};
use super::schema::open_database;
use super::NamespaceRemoved;
use crate::error::WkvError;
use crate::kv::limits::{now_millis, validate_key};
use crate::kv::{BatchOutcome, KeyInfo, KvStore, ListPage, PutItem, StoredValue};

/// How many times a read follows a key whose value file vanished because a concurrent writer
/// replaced it; each retry sees a newer row, so more than a few means the state is damaged.
const MAX_READ_ATTEMPTS: usize = 8;

/// One namespace of local state. The connection sits behind a mutex so the store can be shared
/// across tasks (`wkv serve`); every operation holds it only for its own short SQL work.
#[derive(Debug)]
pub struct LocalStore {
    kv_root: PathBuf,
    namespace_id: String,
    blobs_dir: PathBuf,
    conn: Mutex<Connection>,
    /// The database file this store opened, to notice it was deleted (and perhaps recreated)
    /// by another process before committing into a file nobody will read again.
    database_identity: Option<FileIdentity>,
    /// True once `retire` has run: every operation holds a read guard for its whole duration,
    /// so retiring waits for the operations in flight and refuses the ones after.
    retired: RwLock<bool>,
    /// Boxed: rarely touched, and it keeps the store small where it is held by value.
    lock_stats: Box<Mutex<LockStats>>,
}

/// How long this store held SQLite's write lock: what other writers (`wrangler dev`'s Worker,
/// which does not wait on a busy database) could not write during.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LockStats {
    pub transactions: u64,
    pub total: Duration,
    pub longest: Duration,
}

/// Which file a path names: the device and inode on Unix, the volume serial number and file
/// index on Windows. A file put in place of another (or deleted and recreated) has another.
type FileIdentity = (u64, u64);

#[cfg(unix)]
fn file_identity(path: &Path) -> Option<FileIdentity> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// Rust's own accessors for these numbers are not stable yet, so the handle is asked directly.
/// (On ReFS the 64-bit index may not be unique; NTFS, where wrangler's state lives, is fine.)
#[cfg(windows)]
fn file_identity(path: &Path) -> Option<FileIdentity> {
    use std::os::windows::io::AsRawHandle;
    use windows_sys::Win32::Storage::FileSystem::{
        GetFileInformationByHandle, BY_HANDLE_FILE_INFORMATION,
    };
    // std opens with every sharing mode, so SQLite's own handle is not disturbed.
    let file = std::fs::File::open(path).ok()?;
    let mut info = BY_HANDLE_FILE_INFORMATION::default();
    // SAFETY: the call fills in the structure; the handle is open until `file` drops.
    let ok = unsafe { GetFileInformationByHandle(file.as_raw_handle().cast(), &mut info) };
    (ok != 0).then(|| {
        (
            u64::from(info.dwVolumeSerialNumber),
            (u64::from(info.nFileIndexHigh) << 32) | u64::from(info.nFileIndexLow),
        )
    })
}

#[cfg(not(any(unix, windows)))]
fn file_identity(path: &Path) -> Option<FileIdentity> {
    path.is_file().then_some((0, 0))
}

/// A row as stored, before conversion to the API's units.
struct Entry {
    blob_id: String,
    expiration_ms: Option<i64>,
    metadata: Option<String>,
}

impl LocalStore {
    /// Opens (creating dirs, the database, the table and index if missing) the namespace's store.
    pub fn open(kv_root: &Path, namespace_id: &str) -> anyhow::Result<LocalStore> {
        validate_namespace_id(namespace_id)?;
        let db_path = database_path(kv_root, namespace_id);
        if let Some(parent) = db_path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let blobs = blobs_dir(kv_root, namespace_id);
        std::fs::create_dir_all(&blobs)
            .with_context(|| format!("cannot create {}", blobs.display()))?;
        let conn = open_database(&db_path, true)?;
        Ok(Self::from_parts(kv_root, namespace_id, conn))
    }

    /// Like open, but returns Ok(None) when the namespace has no database yet (for reads: do not
    /// create files just to read).
    pub fn open_existing(kv_root: &Path, namespace_id: &str) -> anyhow::Result<Option<LocalStore>> {
        validate_namespace_id(namespace_id)?;
        let db_path = database_path(kv_root, namespace_id);
        if !db_path.is_file() {
            return Ok(None);
        }
        let conn = open_database(&db_path, false)?;
        Ok(Some(Self::from_parts(kv_root, namespace_id, conn)))
    }

    fn from_parts(kv_root: &Path, namespace_id: &str, conn: Connection) -> LocalStore {
        LocalStore {
            kv_root: kv_root.to_path_buf(),
            namespace_id: namespace_id.to_string(),
            blobs_dir: blobs_dir(kv_root, namespace_id),
            conn: Mutex::new(conn),
            database_identity: file_identity(&database_path(kv_root, namespace_id)),
            retired: RwLock::new(false),
            lock_stats: Box::default(),
        }
    }

    /// How long this store has held the write lock so far.
    pub fn lock_stats(&self) -> LockStats {
        *self
            .lock_stats
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn note_lock_held(&self, held: Duration) {
        let mut stats = self
            .lock_stats
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        stats.transactions += 1;
        stats.total += held;
        stats.longest = stats.longest.max(held);
    }

    /// Guards one operation against `retire`: fails once the namespace is retired.
    pub(super) fn in_use(&self) -> anyhow::Result<RwLockReadGuard<'_, bool>> {
        let guard = self
            .retired
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if *guard {
            return Err(NamespaceRemoved(self.namespace_id.clone()).into());
        }
        Ok(guard)
    }

    /// Waits for the operations in flight on this store, refuses every later one, takes the
    /// namespace's write lock (so writers in other processes are done or not yet committed),
    /// and runs `destroy` (which removes the namespace's files) while holding both.
    pub fn retire(&self, destroy: impl FnOnce() -> anyhow::Result<()>) -> anyhow::Result<()> {
        let mut retired = self
            .retired
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *retired = true;
        let conn = self.connection();
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let destroyed = destroy();
        let _ = conn.execute_batch("ROLLBACK");
        destroyed
    }

    /// The namespace's directory (holding `blobs/` and wkv's journals).
    pub(super) fn namespace_dir(&self) -> PathBuf {
        namespace_dir(&self.kv_root, &self.namespace_id)
    }

    /// Deletes the files that jobs which died before finishing left unreferenced. Housekeeping
    /// that must not fail the write that triggers it, so errors are ignored; `namespace check`
    /// reports what is left.
    pub(super) fn recover_dead_jobs(&self, conn: &Connection) {
        let _ = journal::recover(conn, &self.namespace_dir(), &self.blobs_dir);
    }

    /// Runs `body` in one IMMEDIATE transaction (a concurrent writer waits for the lock instead
    /// of failing), measuring how long the lock is held. Refuses to commit into a database file
    /// that was deleted since the store opened it.
    pub(super) fn write_transaction<T>(
        &self,
        conn: &mut Connection,
        body: impl FnOnce(&rusqlite::Transaction<'_>) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let locked = Instant::now();
        let outcome = (|| {
            if file_identity(&self.database_path()) != self.database_identity {
                return Err(NamespaceRemoved(self.namespace_id.clone()).into());
            }
            let value = body(&tx)?;
            tx.commit()?;
            Ok(value)
        })();
        // On an error the transaction rolled back when it was dropped, inside the closure.
        self.note_lock_held(locked.elapsed());
        outcome
    }

    pub fn namespace_id(&self) -> &str {
        &self.namespace_id
    }

    pub fn kv_root(&self) -> &Path {
        &self.kv_root
    }

    /// The SQLite file holding this namespace's rows.
    pub fn database_path(&self) -> PathBuf {
        database_path(&self.kv_root, &self.namespace_id)
    }

    /// The directory holding this namespace's value files.
    pub fn blobs_dir(&self) -> &Path {
        &self.blobs_dir
    }

    pub(super) fn connection(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave SQLite half-changed (an open transaction
        // rolls back when dropped), so a poisoned lock is still safe to use.
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn read_entry(&self, key: &str, now_ms: i64) -> anyhow::Result<Option<Entry>> {
        let conn = self.connection();
        let mut stmt = conn.prepare_cached(
            "SELECT blob_id, expiration, metadata FROM _mf_entries
             WHERE key = ?1 AND (expiration IS NULL OR expiration > ?2)",
        )?;
        let entry = stmt
            .query_row(params![key, now_ms], |row| {
                Ok(Entry {
                    blob_id: row.get(0)?,
                    expiration_ms: expiration_column(row, 1)?,
                    metadata: row.get(2)?,
                })
            })
            .optional()
            .with_context(|| format!("cannot read key `{key}` from local state"))?;
        Ok(entry)
    }

    fn get_value(&self, key: &str, with_metadata: bool) -> anyhow::Result<Option<StoredValue>> {
        let _in_use = self.in_use()?;
        let now_ms = now_millis();
        let mut vanished: Option<String> = None;
        for _ in 0..MAX_READ_ATTEMPTS {
            let Some(entry) = self.read_entry(key, now_ms)? else {
                return Ok(None);
            };
            if let Some(bytes) = read_blob(&self.blobs_dir, &entry.blob_id)? {
                let metadata = if with_metadata {
                    parse_metadata(key, entry.metadata.as_deref())?
                } else {
                    None
                };
                return Ok(Some(StoredValue {
                    bytes,
                    expiration: entry.expiration_ms.map(millis_to_secs),
                    metadata,
                }));
            }
            // Writers remove a file only after committing a row that no longer points at it,
            // so the same row twice with its file gone means the state itself is damaged.
            if vanished.as_deref() == Some(entry.blob_id.as_str()) {
                break;
            }
            vanished = Some(entry.blob_id);
        }
        Err(WkvError::failure(format!(
            "the value file of key `{key}` is missing from {}",
            self.blobs_dir.display()
        ))
        .into())
    }

    fn get_metadata_sync(&self, key: &str) -> anyhow::Result<Option<Option<Json>>> {
        let _in_use = self.in_use()?;
        match self.read_entry(key, now_millis())? {
            None => Ok(None),
            Some(entry) => Ok(Some(parse_metadata(key, entry.metadata.as_deref())?)),
        }
    }

    fn put_batch_sync(&self, items: &[PutItem]) -> anyhow::Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        for item in items {
            validate_key(&item.key)?;
        }
        let _in_use = self.in_use()?;
        let now_ms = now_millis();
        let now_secs = now_ms.div_euclid(1000);
        let values: Vec<&[u8]> = items.iter().map(|item| item.value.as_slice()).collect();
        let new_ids = new_blob_ids(items.len(), now_ms);
        let mut journal = Journal::new(&self.namespace_dir());
        let written = (|| -> anyhow::Result<Vec<String>> {
            journal.record(&new_ids)?;
            // Value files go first and outside the lock, so readers are not held up by file
            // I/O and no committed row ever points at a file that does not exist yet.
            write_blobs(&self.blobs_dir, &new_ids, &values)?;
            let mut conn = self.connection();
            self.recover_dead_jobs(&conn);
            // The files this batch will probably replace, named before the lock is taken;
            // the transaction names any it did not foresee.
            let foreseen = current_blob_ids(&conn, items.iter().map(|item| item.key.as_str()))?;
            journal.record(&foreseen)?;
            self.write_transaction(&mut conn, |tx| {
                let mut replaced = Vec::new();
                upsert_rows(tx, items, &new_ids, now_secs, &mut replaced)?;
                journal.record(&unforeseen(&replaced, &foreseen))?;
                Ok(replaced)
            })
        })();
        match written {
            Ok(replaced) => {
                remove_blobs(&self.blobs_dir, &replaced);
                journal.close();
                Ok(())
            }
            Err(e) => {
                self.abandon(journal);
                Err(e.context(format!(
                    "nothing was written to local namespace {}",
                    self.namespace_id
                )))
            }
        }
    }

    fn delete_batch_sync(&self, keys: &[String]) -> anyhow::Result<()> {
        if keys.is_empty() {
            return Ok(());
        }
        let _in_use = self.in_use()?;
        let mut journal = Journal::new(&self.namespace_dir());
        let removed = (|| -> anyhow::Result<Vec<String>> {
            let mut conn = self.connection();
            self.recover_dead_jobs(&conn);
            let foreseen = current_blob_ids(&conn, keys.iter().map(String::as_str))?;
            journal.record(&foreseen)?;
            self.write_transaction(&mut conn, |tx| {
                let removed = delete_rows(tx, keys)?;
                journal.record(&unforeseen(&removed, &foreseen))?;
                Ok(removed)
            })
        })();
        match removed {
            Ok(removed) => {
                remove_blobs(&self.blobs_dir, &removed);
                journal.close();
                Ok(())
            }
            Err(e) => {
                self.abandon(journal);
                Err(e.context(format!(
                    "cannot delete from local namespace {}",
                    self.namespace_id
                )))
            }
        }
    }

    /// After a failed job: its files that no row references go, then its journal. If that
    /// fails too, the journal stays for the next write to finish once this process is gone.
    pub(super) fn abandon(&self, journal: Journal) {
        let conn = self.connection();
        let _ = journal.abandon(&conn, &self.blobs_dir);
        drop(conn);
        if !self.blobs_dir.is_dir() {
            // The namespace was deleted under the job: leave no empty directories behind.
            let dir = self.namespace_dir();
            let _ = std::fs::remove_dir(dir.join(journal::JOURNAL_DIR));
            let _ = std::fs::remove_dir(&dir);
        }
    }

    fn list_page_sync(
        &self,
        prefix: Option<&str>,
        limit: usize,
        cursor: Option<&str>,
    ) -> anyhow::Result<ListPage> {
        let _in_use = self.in_use()?;
        let after = match cursor.filter(|c| !c.is_empty()) {
            Some(cursor) => Some(decode_cursor(cursor)?),
            None => None,
        };
        let range = KeyRange::new(prefix, after);
        let limit = limit.max(1);
        // One row more than the page tells whether another page follows.
        let fetch = i64::try_from(limit).unwrap_or(i64::MAX).saturating_add(1);
        let now_ms = now_millis();
        let conn = self.connection();
        let sql = list_sql(range.lower.inclusive, range.upper.is_some());
        let mut stmt = conn.prepare_cached(&sql)?;
        let map_row = |row: &rusqlite::Row<'_>| {
            Ok((
                row.get::<_, String>(0)?,
                expiration_column(row, 1)?,
                row.get::<_, Option<String>>(2)?,
            ))
        };
        let rows: Vec<(String, Option<i64>, Option<String>)> = match &range.upper {
            Some(upper) => stmt
                .query_map(params![range.lower.key, now_ms, fetch, upper], map_row)?
                .collect::<Result<_, _>>(),
            None => stmt
                .query_map(params![range.lower.key, now_ms, fetch], map_row)?
                .collect::<Result<_, _>>(),
        }
        .context("cannot list keys in local state")?;
        drop(stmt);
        drop(conn);

        let more = rows.len() > limit;
        let mut keys = Vec::with_capacity(rows.len().min(limit));
        for (name, expiration_ms, metadata) in rows.into_iter().take(limit) {
            let metadata = parse_metadata(&name, metadata.as_deref())?;
            keys.push(KeyInfo {
                name,
                expiration: expiration_ms.map(millis_to_secs),
                metadata,
            });
        }
        let cursor = match keys.last() {
            Some(last) if more => Some(encode_cursor(&last.name)),
            _ => None,
        };
        Ok(ListPage { keys, cursor })
    }
}

/// The blob ids the rows of `keys` point at now, read without taking the write lock.
fn current_blob_ids<'k>(
    conn: &Connection,
    keys: impl Iterator<Item = &'k str>,
) -> anyhow::Result<Vec<String>> {
    let mut current = conn.prepare_cached("SELECT blob_id FROM _mf_entries WHERE key = ?1")?;
    let mut ids = Vec::new();
    for key in keys {
        if let Some(id) = current
            .query_row([key], |row| row.get::<_, String>(0))
            .optional()?
        {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The ids in `found` that `foreseen` does not hold: values another writer changed between
/// the look-ahead and the lock.
fn unforeseen(found: &[String], foreseen: &[String]) -> Vec<String> {
    let foreseen: HashSet<&str> = foreseen.iter().map(String::as_str).collect();
    found
        .iter()
        .filter(|id| !foreseen.contains(id.as_str()))
        .cloned()
        .collect()
}

/// Writes rows inside the caller's transaction, adding the blob ids of replaced values to
/// `replaced` (to be removed once the transaction has committed).
pub(super) fn upsert_rows(
    tx: &rusqlite::Transaction<'_>,
    items: &[PutItem],
    blob_ids: &[String],
    now_secs: i64,
    replaced: &mut Vec<String>,
) -> anyhow::Result<()> {
    let mut current = tx.prepare_cached("SELECT blob_id FROM _mf_entries WHERE key = ?1")?;
    let mut upsert = tx.prepare_cached(
        "INSERT INTO _mf_entries (key, blob_id, expiration, metadata) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(key) DO UPDATE SET
           blob_id = excluded.blob_id,
           expiration = excluded.expiration,
           metadata = excluded.metadata",
    )?;
    for (item, blob_id) in items.iter().zip(blob_ids) {
        // A key written twice in one batch replaces this batch's own earlier file, which
        // then goes with the other replaced files.
        if let Some(old) = current
            .query_row([&item.key], |row| row.get::<_, String>(0))
            .optional()?
        {
            replaced.push(old);
        }
        let expiration_ms = item
            .expiry
            .resolve(now_secs)
            .map(|secs| secs.saturating_mul(1000));
        let metadata = metadata_text(item.metadata.as_ref());
        upsert
            .execute(params![item.key, blob_id, expiration_ms, metadata])
            .with_context(|| format!("cannot write key `{}`", item.key))?;
    }
    Ok(())
}

/// Deletes the rows inside the caller's transaction and returns the blob ids they pointed at.
fn delete_rows(tx: &rusqlite::Transaction<'_>, keys: &[String]) -> anyhow::Result<Vec<String>> {
    let mut removed = Vec::new();
    let mut delete =
        tx.prepare_cached("DELETE FROM _mf_entries WHERE key = ?1 RETURNING blob_id")?;
    for key in keys {
        if let Some(blob_id) = delete
            .query_row([key], |row| row.get::<_, String>(0))
            .optional()?
        {
            removed.push(blob_id);
        }
    }
    Ok(removed)
}

/// The listing query for one shape of key range. The expiration test is wrapped in `coalesce`
/// so SQLite cannot pick the expiration index: pages must walk the primary key in order.
fn list_sql(lower_inclusive: bool, has_upper: bool) -> String {
    let lower = if lower_inclusive { ">=" } else { ">" };
    let upper = if has_upper { " AND key < ?4" } else { "" };
    format!(
        "SELECT key, expiration, metadata FROM _mf_entries
         WHERE key {lower} ?1{upper} AND coalesce(expiration, ?2 + 1) > ?2
         ORDER BY key LIMIT ?3"
    )
}

/// Metadata is stored as compact JSON text, NULL when there is none; JSON `null` counts as none.
pub(super) fn metadata_text(metadata: Option<&Json>) -> Option<String> {
    match metadata {
        None | Some(Json::Null) => None,
        Some(value) => Some(value.to_string()),
    }
}

fn parse_metadata(key: &str, text: Option<&str>) -> anyhow::Result<Option<Json>> {
    let Some(text) = text else {
        return Ok(None);
    };
    let value: Json = serde_json::from_str(text)
        .with_context(|| format!("the metadata of key `{key}` in local state is not JSON"))?;
    Ok(if value.is_null() { None } else { Some(value) })
}

/// Reads the expiration column. Miniflare writes integers, but JavaScript numbers can reach
/// SQLite as REAL, which must not make a whole listing fail.
fn expiration_column(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<Option<i64>> {
    use rusqlite::types::ValueRef;
    match row.get_ref(index)? {
        ValueRef::Null => Ok(None),
        ValueRef::Integer(ms) => Ok(Some(ms)),
        ValueRef::Real(ms) => Ok(Some(ms.floor() as i64)),
        other => Err(rusqlite::Error::InvalidColumnType(
            index,
            "expiration".into(),
            other.data_type(),
        )),
    }
}

/// Rows hold milliseconds; the API speaks whole seconds, rounding down as miniflare does.
fn millis_to_secs(ms: i64) -> i64 {
    ms.div_euclid(1000)
}

impl KvStore for LocalStore {
    async fn get(&self, key: &str) -> anyhow::Result<Option<StoredValue>> {
        self.get_value(key, true)
    }

    async fn get_metadata(&self, key: &str) -> anyhow::Result<Option<Option<Json>>> {
        self.get_metadata_sync(key)
    }

    async fn put(&self, item: PutItem) -> anyhow::Result<()> {
        self.put_batch_sync(std::slice::from_ref(&item))
    }

    async fn delete(&self, key: &str) -> anyhow::Result<()> {
        self.delete_batch_sync(&[key.to_string()])
    }

    async fn list_page(
        &self,
        prefix: Option<&str>,
        limit: usize,
        cursor: Option<&str>,
    ) -> anyhow::Result<ListPage> {
        self.list_page_sync(prefix, limit, cursor)
    }

    async fn put_batch(&self, items: &[PutItem]) -> anyhow::Result<BatchOutcome> {
        self.put_batch_sync(items)?;
        Ok(BatchOutcome::default())
    }

    async fn delete_batch(&self, keys: Vec<String>) -> anyhow::Result<BatchOutcome> {
        self.delete_batch_sync(&keys)?;
        Ok(BatchOutcome::default())
    }

    async fn get_batch(
        &self,
        keys: Vec<String>,
        with_metadata: bool,
    ) -> anyhow::Result<Vec<Option<StoredValue>>> {
        keys.iter()
            .map(|key| self.get_value(key, with_metadata))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kv::Expiry;
    use crate::local::blobs::test_hooks;

    fn item(key: &str, value: &str) -> PutItem {
        PutItem {
            key: key.into(),
            value: value.into(),
            expiry: Expiry::Never,
            metadata: None,
        }
    }

    fn blob_count(store: &LocalStore) -> usize {
        std::fs::read_dir(store.blobs_dir()).unwrap().count()
    }

    #[test]
    fn a_batch_whose_value_files_fail_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::open(dir.path(), "ns").unwrap();
        store.put_batch_sync(&[item("keep", "old")]).unwrap();
        let items: Vec<PutItem> = (0..20)
            .map(|i| item(&format!("k{i}"), "v"))
            .chain([item("keep", "new")])
            .collect();
        test_hooks::fail_blob_write_after(Some(7));
        let result = store.put_batch_sync(&items);
        test_hooks::fail_blob_write_after(None);
        assert!(result.is_err());
        assert_eq!(blob_count(&store), 1);
        let page = store.list_page_sync(None, 100, None).unwrap();
        assert_eq!(page.keys.len(), 1);
        assert_eq!(
            store.get_value("keep", false).unwrap().unwrap().bytes,
            b"old"
        );
    }

    #[test]
    fn every_listing_query_walks_the_primary_key_without_sorting() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::open(dir.path(), "ns").unwrap();
        let conn = store.connection();
        for inclusive in [true, false] {
            for upper in [true, false] {
                let sql = list_sql(inclusive, upper);
                let plan: Vec<String> = conn
                    .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                    .unwrap()
                    .query_map(
                        params!["a", 0, 10, "b"][..if upper { 4 } else { 3 }].as_ref(),
                        |r| r.get::<_, String>(3),
                    )
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                let plan = plan.join("\n");
                assert!(
                    plan.contains("sqlite_autoindex__mf_entries_1 (key>"),
                    "{plan}"
                );
                if upper {
                    assert!(plan.contains("key<?"), "{plan}");
                }
                assert!(!plan.contains("TEMP B-TREE"), "{plan}");
            }
        }
    }

    #[test]
    fn a_missing_value_file_is_reported_not_looped_on() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::open(dir.path(), "ns").unwrap();
        store.put_batch_sync(&[item("k", "v")]).unwrap();
        for entry in std::fs::read_dir(store.blobs_dir()).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
        let err = store.get_value("k", true).unwrap_err();
        assert!(
            err.to_string().contains("value file of key `k` is missing"),
            "{err}"
        );
    }

    #[test]
    fn metadata_null_is_stored_as_none() {
        assert_eq!(metadata_text(Some(&Json::Null)), None);
        assert_eq!(
            metadata_text(Some(&serde_json::json!({"b": 1, "a": [1, "x"]}))).as_deref(),
            Some(r#"{"b":1,"a":[1,"x"]}"#)
        );
        assert_eq!(parse_metadata("k", Some("null")).unwrap(), None);
        assert!(parse_metadata("k", Some("{oops")).is_err());
    }

    #[test]
    fn expirations_stored_as_real_numbers_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = LocalStore::open(dir.path(), "ns").unwrap();
        store.put_batch_sync(&[item("k", "v")]).unwrap();
        store
            .connection()
            .execute("UPDATE _mf_entries SET expiration = 4102444800123.5", [])
            .unwrap();
        assert_eq!(
            store.get_value("k", false).unwrap().unwrap().expiration,
            Some(4_102_444_800)
        );
        let page = store.list_page_sync(None, 10, None).unwrap();
        assert_eq!(page.keys[0].expiration, Some(4_102_444_800));
    }

    #[test]
    fn milliseconds_round_down_to_seconds() {
        assert_eq!(millis_to_secs(2_147_480_000_999), 2_147_480_000);
        assert_eq!(millis_to_secs(-1), -1);
    }
}
