//! `namespace check`: finds (and with repair removes) what makes a namespace's rows and value
//! files disagree, whoever caused it: value files no row references (orphans) and rows whose
//! value file is missing (dangling rows). Everything else is left exactly as it was.
//!
//! The orphan rule: a value file no row references is an orphan when a journal of a job that is
//! no longer running names it, or when it is older than `ORPHAN_SAFETY_WINDOW` and no running
//! wkv job names it. Younger files are reported but kept: `wrangler dev` (and any writer) creates
//! a value file before committing the row that points at it, and such a file must not be taken
//! from under a commit that is about to happen.

use std::fs;
use std::io;
use std::path::Path;
use std::time::{Duration, SystemTime};

use anyhow::Context;
use rusqlite::{params, Connection};

use super::journal::{self, is_blob_id};
use super::store::LocalStore;

/// How old an unreferenced value file must be before it counts as an orphan.
pub const ORPHAN_SAFETY_WINDOW: Duration = Duration::from_secs(15 * 60);

/// What a check found, and what a repair removed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub rows: u64,
    pub value_files: u64,
    /// Orphan value files (their blob ids) and their total size.
    pub orphan_files: Vec<String>,
    pub orphan_bytes: u64,
    /// Keys whose value file is missing, with the blob id they point at.
    pub dangling_rows: Vec<(String, String)>,
    /// Unreferenced files kept because they are recent or named by a running job.
    pub unreferenced_kept: u64,
    /// Files in the value directory whose names are not blob ids: never touched.
    pub foreign_files: u64,
    pub repaired: bool,
}

impl CheckReport {
    pub fn is_clean(&self) -> bool {
        self.orphan_files.is_empty() && self.dangling_rows.is_empty()
    }
}

const CREATE_TABLES: &str = "
DROP TABLE IF EXISTS temp.wkv_check_files;
DROP TABLE IF EXISTS temp.wkv_check_named;
CREATE TEMP TABLE wkv_check_files (id TEXT PRIMARY KEY, size INTEGER, old INTEGER) WITHOUT ROWID;
CREATE TEMP TABLE wkv_check_named (id TEXT PRIMARY KEY, live INTEGER) WITHOUT ROWID;";

const DROP_TABLES: &str = "
DROP TABLE IF EXISTS temp.wkv_check_files;
DROP TABLE IF EXISTS temp.wkv_check_named;";

impl LocalStore {
    /// Checks the namespace; with `repair`, removes the orphans and the dangling rows.
    /// `window` is the orphan safety window (`ORPHAN_SAFETY_WINDOW` outside tests).
    pub fn check(&self, repair: bool, window: Duration) -> anyhow::Result<CheckReport> {
        let _in_use = self.in_use()?;
        let mut conn = self.connection();
        conn.execute_batch(CREATE_TABLES)?;
        let outcome = self.check_with_tables(&mut conn, repair, window);
        let _ = conn.execute_batch(DROP_TABLES);
        outcome
    }

    fn check_with_tables(
        &self,
        conn: &mut Connection,
        repair: bool,
        window: Duration,
    ) -> anyhow::Result<CheckReport> {
        let mut report = CheckReport {
            repaired: repair,
            ..CheckReport::default()
        };
        let namespace_dir = self.namespace_dir();
        let blobs_dir = self.blobs_dir().to_path_buf();
        // Only the temporary database is written here: no write lock on the namespace.
        conn.execute_batch("BEGIN")?;
        let loaded = load_named(conn, &namespace_dir)
            .and_then(|()| load_files(conn, &blobs_dir, window, &mut report));
        match loaded {
            Ok(()) => conn.execute_batch("COMMIT")?,
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }

        report.rows = conn.query_row("SELECT count(*) FROM main._mf_entries", [], |r| {
            r.get::<_, i64>(0)
        })? as u64;
        {
            let mut unreferenced = conn.prepare(
                "SELECT f.id, f.size,
                        coalesce(n.live, 0) = 0 AND (f.old OR n.live IS NOT NULL)
                 FROM temp.wkv_check_files f LEFT JOIN temp.wkv_check_named n ON n.id = f.id
                 WHERE f.id NOT IN (SELECT blob_id FROM main._mf_entries)
                 ORDER BY f.id",
            )?;
            let mut rows = unreferenced.query([])?;
            while let Some(row) = rows.next()? {
                let (id, size, orphan): (String, i64, bool) =
                    (row.get(0)?, row.get(1)?, row.get(2)?);
                if orphan {
                    report.orphan_bytes += size.max(0) as u64;
                    report.orphan_files.push(id);
                } else {
                    report.unreferenced_kept += 1;
                }
            }
        }
        {
            let mut missing = conn.prepare(
                "SELECT key, blob_id FROM main._mf_entries
                 WHERE blob_id NOT IN (SELECT id FROM temp.wkv_check_files) ORDER BY key",
            )?;
            let mut rows = missing.query([])?;
            while let Some(row) = rows.next()? {
                let (key, blob_id): (String, String) = (row.get(0)?, row.get(1)?);
                // The file may have been written after the directory was read.
                if !blobs_dir.join(&blob_id).exists() {
                    report.dangling_rows.push((key, blob_id));
                }
            }
        }
        if repair {
            self.repair(conn, &report)?;
        }
        Ok(report)
    }

    fn repair(&self, conn: &mut Connection, report: &CheckReport) -> anyhow::Result<()> {
        for id in &report.orphan_files {
            match fs::remove_file(self.blobs_dir().join(id)) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e).context("cannot remove an orphan value file"),
            }
        }
        // The journals of dead jobs have nothing left to protect.
        journal::recover(conn, &self.namespace_dir(), self.blobs_dir())?;
        if report.dangling_rows.is_empty() {
            return Ok(());
        }
        self.write_transaction(conn, |tx| {
            // Only a row still pointing at the same missing file goes: a writer may have
            // given the key a new value since.
            let mut delete =
                tx.prepare_cached("DELETE FROM _mf_entries WHERE key = ?1 AND blob_id = ?2")?;
            for (key, blob_id) in &report.dangling_rows {
                if !self.blobs_dir().join(blob_id).exists() {
                    delete.execute(params![key, blob_id])?;
                }
            }
            Ok(())
        })
    }
}

/// The ids named by wkv journals, marked by whether their job still runs.
fn load_named(conn: &Connection, namespace_dir: &Path) -> anyhow::Result<()> {
    let (live, dead) = journal::journals_by_state(namespace_dir)?;
    let mut insert =
        conn.prepare_cached("INSERT OR REPLACE INTO temp.wkv_check_named VALUES (?1, ?2)")?;
    // Dead journals first, so an id named by both a dead and a running job counts as live.
    for path in &dead {
        journal::read_ids(path, |id| {
            insert.execute(params![id, 0])?;
            Ok(())
        })?;
    }
    for path in &live {
        journal::read_ids(path, |id| {
            insert.execute(params![id, 1])?;
            Ok(())
        })?;
    }
    Ok(())
}

/// Every value file, with its size and whether it is older than the safety window.
fn load_files(
    conn: &Connection,
    blobs_dir: &Path,
    window: Duration,
    report: &mut CheckReport,
) -> anyhow::Result<()> {
    let entries = match fs::read_dir(blobs_dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", blobs_dir.display())),
    };
    let now = SystemTime::now();
    let mut insert =
        conn.prepare_cached("INSERT OR IGNORE INTO temp.wkv_check_files VALUES (?1, ?2, ?3)")?;
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read {}", blobs_dir.display()))?;
        let name = entry.file_name();
        let Some(id) = name.to_str().filter(|name| is_blob_id(name)) else {
            report.foreign_files += 1;
            continue;
        };
        let metadata = match entry.metadata() {
            Ok(metadata) => metadata,
            // Removed since the directory was read (a writer replaced the value).
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => {
                return Err(e).with_context(|| format!("cannot read {}", blobs_dir.display()))
            }
        };
        if !metadata.is_file() {
            report.foreign_files += 1;
            continue;
        }
        let old = metadata
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age >= window);
        report.value_files += 1;
        insert.execute(params![id, metadata.len() as i64, old])?;
    }
    Ok(())
}
