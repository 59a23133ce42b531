//! Opening a namespace database the way miniflare and `wrangler dev` share it: WAL journal, a
//! busy timeout so concurrent writers queue instead of failing, and miniflare's exact schema
//! when the table is missing. It knows nothing about keys or blobs.

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use rusqlite::{Connection, OpenFlags};

/// Miniflare's schema, statement for statement. SQLite drops `IF NOT EXISTS` when it records
/// the statement in `sqlite_master`, so the stored text equals what wrangler's files hold.
const CREATE_SCHEMA: &str = "CREATE TABLE IF NOT EXISTS _mf_entries (
  key TEXT PRIMARY KEY,
  blob_id TEXT NOT NULL,
  expiration INTEGER,
  metadata TEXT
);
CREATE INDEX IF NOT EXISTS _mf_entries_expiration_idx ON _mf_entries(expiration);";

/// Long enough to wait out another `wkv` or `wrangler` committing a large batch.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens (creating the file if `create`) and prepares a connection. The schema is only written
/// when the table is missing, so opening an existing database costs no write lock.
pub fn open_database(path: &Path, create: bool) -> anyhow::Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)
        .with_context(|| format!("cannot open the local KV database {}", path.display()))?;
    configure(&conn).with_context(|| format!("cannot prepare {}", path.display()))?;
    if !has_entries_table(&conn)? {
        create_schema(&conn)
            .with_context(|| format!("cannot create the KV table in {}", path.display()))?;
    }
    Ok(conn)
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    // The busy timeout must come first: switching to WAL itself needs a lock.
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // The pragma reports the resulting mode. If another process keeps the database in another
    // mode the store still works, only with less concurrency, so the answer is not checked.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    // In WAL mode NORMAL never corrupts the database; it only skips the fsync on each commit,
    // which is what makes a batch of small writes fast.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

fn has_entries_table(conn: &Connection) -> anyhow::Result<bool> {
    let count: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_mf_entries'",
        [],
        |row| row.get(0),
    )?;
    Ok(count > 0)
}

fn create_schema(conn: &Connection) -> rusqlite::Result<()> {
    // IMMEDIATE so two processes creating the same namespace at once queue on the lock
    // instead of one failing when it tries to upgrade a read lock.
    conn.execute_batch(&format!("BEGIN IMMEDIATE; {CREATE_SCHEMA} COMMIT;"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn created_schema_text_equals_wranglers() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.sqlite");
        let conn = open_database(&path, true).unwrap();
        let sql: Vec<(String, Option<String>)> = conn
            .prepare("SELECT name, sql FROM sqlite_master ORDER BY name")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(
            sql,
            vec![
                (
                    "_mf_entries".to_string(),
                    Some(
                        "CREATE TABLE _mf_entries (\n  key TEXT PRIMARY KEY,\n  blob_id TEXT NOT NULL,\n  expiration INTEGER,\n  metadata TEXT\n)"
                            .to_string()
                    )
                ),
                (
                    "_mf_entries_expiration_idx".to_string(),
                    Some(
                        "CREATE INDEX _mf_entries_expiration_idx ON _mf_entries(expiration)"
                            .to_string()
                    )
                ),
                ("sqlite_autoindex__mf_entries_1".to_string(), None),
            ]
        );
        let mode: String = conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn opening_without_create_fails_on_a_missing_file() {
        let dir = tempfile::tempdir().unwrap();
        assert!(open_database(&dir.path().join("missing.sqlite"), false).is_err());
        assert!(!dir.path().join("missing.sqlite").exists());
    }
}
