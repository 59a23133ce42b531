//! Crash journals: the value files a write job may leave unreferenced if it dies. Before a job
//! creates a value file, or commits a transaction that makes existing files obsolete, it names
//! those files in a journal of its own under `<namespace>/wkv-journal/`; it removes the journal
//! once the files it no longer needs are gone. A journal whose owner is no longer running is
//! the trace of a crash: its files that no row references are deleted by the next write.
//!
//! Why this is safe: every id a journal names is either a file the job created itself (random,
//! never referenced by anybody else) or a file a committed row pointed at when the job started.
//! A file no row references can never become referenced again (writers always point rows at
//! fresh ids), so deleting it cannot break a row, and a dead job can no longer commit. Files
//! `wrangler dev` writes are never named in a journal. A journal from another host (a shared
//! directory, a container) cannot be judged and is left alone.
//!
//! The journal is written with plain `write` calls, without fsync: it must survive the death of
//! its process (SIGKILL, OOM, panic), which the page cache guarantees; a power loss may also
//! lose value files that `wkv namespace check` then finds.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use rusqlite::Connection;

use super::process::{host_name, process_state, ProcessState};

/// The directory of a namespace's journals, beside `blobs/` (miniflare ignores it).
pub const JOURNAL_DIR: &str = "wkv-journal";
const SUFFIX: &str = ".journal";
const HEADER: &str = "wkv-journal 1";

/// A process, as a journal names its owner: the pid, and its start time so a reused pid is not
/// mistaken for the owner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pid: u32,
    start: u64,
}

impl Owner {
    pub fn current() -> Owner {
        let pid = std::process::id();
        let start = match process_state(pid) {
            ProcessState::Running(Some(start)) => start,
            _ => UNKNOWN_START,
        };
        Owner { pid, start }
    }

    /// Whether the process is still running: unknown counts as running, so nothing is deleted
    /// on a guess. A journal without a start time (older wkv on macOS and Windows, or a system
    /// that gives none) can only be judged by whether its pid exists.
    fn is_running(self) -> bool {
        match process_state(self.pid) {
            ProcessState::Gone => false,
            ProcessState::Unknown | ProcessState::Running(None) => true,
            ProcessState::Running(Some(start)) => {
                self.start == UNKNOWN_START || start == self.start
            }
        }
    }
}

/// The start time a journal's name carries when the system gave none.
const UNKNOWN_START: u64 = 0;

/// One job's journal. The file is created on the first `record`, so a job that creates and
/// replaces nothing writes nothing.
pub struct Journal {
    path: PathBuf,
    file: Option<File>,
}

impl Journal {
    pub fn new(namespace_dir: &Path) -> Journal {
        let owner = Owner::current();
        let mut tag = [0u8; 8];
        // A clash only matters within one process, whose jobs need distinct names.
        let _ = getrandom::getrandom(&mut tag);
        let name = format!("{}-{}-{}{SUFFIX}", owner.pid, owner.start, hex::encode(tag));
        Journal {
            path: namespace_dir.join(JOURNAL_DIR).join(name),
            file: None,
        }
    }

    /// Names value files before they are created or made obsolete.
    pub fn record<S: AsRef<str>>(&mut self, ids: &[S]) -> anyhow::Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        if self.file.is_none() {
            self.file = Some(self.create()?);
        }
        let mut text = String::with_capacity(ids.len() * 81);
        for id in ids {
            text.push_str(id.as_ref());
            text.push('\n');
        }
        let file = self.file.as_mut().expect("created above");
        file.write_all(text.as_bytes())
            .with_context(|| format!("cannot write the journal {}", self.path.display()))
    }

    fn create(&self) -> anyhow::Result<File> {
        let dir = self.path.parent().expect("a journal lives in a directory");
        fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&self.path)
            .with_context(|| format!("cannot create the journal {}", self.path.display()))?;
        writeln!(file, "{HEADER} host={}", host_name())
            .with_context(|| format!("cannot write the journal {}", self.path.display()))?;
        Ok(file)
    }

    /// The job is over and the files it no longer needs are gone.
    pub fn close(mut self) {
        if self.file.take().is_some() {
            let _ = fs::remove_file(&self.path);
        }
    }

    /// The job failed: removes the files it named that no row references (the files it created,
    /// since its transaction did not commit), then the journal.
    pub fn abandon(mut self, conn: &Connection, blobs_dir: &Path) -> anyhow::Result<()> {
        if self.file.take().is_none() {
            return Ok(());
        }
        remove_unreferenced(conn, &self.path, blobs_dir)?;
        let _ = fs::remove_file(&self.path);
        Ok(())
    }
}

/// What a recovery did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Recovered {
    pub journals: usize,
    pub files: usize,
}

/// Finds the journals of jobs that are no longer running and deletes their files that no row
/// references, then the journals. Journals of running jobs, of other hosts, and files that do
/// not look like journals are left alone.
pub fn recover(
    conn: &Connection,
    namespace_dir: &Path,
    blobs_dir: &Path,
) -> anyhow::Result<Recovered> {
    let mut recovered = Recovered::default();
    for path in dead_journals(namespace_dir)? {
        recovered.files += remove_unreferenced(conn, &path, blobs_dir)?;
        let _ = fs::remove_file(&path);
        recovered.journals += 1;
    }
    Ok(recovered)
}

/// The journals of a namespace split in two: those whose job may still commit (running, this
/// process's, or another host's, which cannot be judged) and those of jobs known to be dead.
pub fn journals_by_state(namespace_dir: &Path) -> anyhow::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let dead = dead_journals(namespace_dir)?;
    let live = journals(namespace_dir)?
        .into_iter()
        .map(|(path, _)| path)
        .filter(|path| !dead.contains(path))
        .collect();
    Ok((live, dead))
}

/// The ids a journal names (lines that are blob ids; anything else is ignored).
pub fn read_ids(
    path: &Path,
    mut each: impl FnMut(&str) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    for line in BufReader::new(file).lines() {
        let line = line.with_context(|| format!("cannot read {}", path.display()))?;
        if is_blob_id(&line) {
            each(&line)?;
        }
    }
    Ok(())
}

/// Miniflare's blob ids: 80 lowercase hex characters. Nothing else is ever deleted.
pub fn is_blob_id(name: &str) -> bool {
    name.len() == 80
        && name
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn dead_journals(namespace_dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let me = Owner::current();
    let mut dead = Vec::new();
    for (path, owner) in journals(namespace_dir)? {
        if owner == me || owner.is_running() {
            continue;
        }
        match written_by(&path) {
            Writer::ThisHost => dead.push(path),
            // Killed between creating the file and finishing its first line: it names no
            // files, so removing it can delete nothing. (Were it another host's live job in
            // that microsecond, the job would lose only its journal, not data.)
            Writer::Unfinished => dead.push(path),
            Writer::OtherHost => {}
        }
    }
    Ok(dead)
}

fn journals(namespace_dir: &Path) -> anyhow::Result<Vec<(PathBuf, Owner)>> {
    let dir = namespace_dir.join(JOURNAL_DIR);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", dir.display())),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read {}", dir.display()))?;
        let name = entry.file_name();
        let Some(owner) = name.to_str().and_then(parse_name) else {
            continue;
        };
        found.push((entry.path(), owner));
    }
    Ok(found)
}

/// `<pid>-<start>-<tag>.journal`.
fn parse_name(name: &str) -> Option<Owner> {
    let stem = name.strip_suffix(SUFFIX)?;
    let mut parts = stem.splitn(3, '-');
    let pid = parts.next()?.parse().ok()?;
    let start = parts.next()?.parse().ok()?;
    let tag = parts.next()?;
    (tag.len() == 16).then_some(Owner { pid, start })
}

/// Who wrote a journal, as its first line says.
enum Writer {
    ThisHost,
    /// Another host, or a file that cannot be read as a journal: left alone.
    OtherHost,
    /// No complete first line: its job died as it created the file.
    Unfinished,
}

fn written_by(path: &Path) -> Writer {
    let Ok(file) = File::open(path) else {
        return Writer::OtherHost;
    };
    let mut first = String::new();
    match BufReader::new(file).read_line(&mut first) {
        Err(_) => Writer::OtherHost,
        Ok(_) if !first.ends_with('\n') => Writer::Unfinished,
        Ok(_) => match first.trim_end().strip_prefix(&format!("{HEADER} host=")) {
            Some(host) if host == host_name() => Writer::ThisHost,
            // Written by a wkv that could not name its host (before macOS and Windows had
            // one): judged here, as that version judged it, so its files are not kept forever.
            Some("") => Writer::ThisHost,
            _ => Writer::OtherHost,
        },
    }
}

/// Deletes the files a journal names that no row references; returns how many it deleted.
/// The ids go through a temporary table so a journal of millions of ids needs little memory.
fn remove_unreferenced(
    conn: &Connection,
    journal: &Path,
    blobs_dir: &Path,
) -> anyhow::Result<usize> {
    conn.execute_batch(
        "DROP TABLE IF EXISTS temp.wkv_journal_ids;
         CREATE TEMP TABLE wkv_journal_ids (id TEXT PRIMARY KEY) WITHOUT ROWID;",
    )?;
    let outcome = (|| -> anyhow::Result<usize> {
        // Only the temporary database is written: the namespace's write lock is not taken.
        conn.execute_batch("BEGIN")?;
        let loaded = (|| -> anyhow::Result<()> {
            let mut insert =
                conn.prepare_cached("INSERT OR IGNORE INTO temp.wkv_journal_ids VALUES (?1)")?;
            read_ids(journal, |id| {
                insert.execute([id])?;
                Ok(())
            })
        })();
        match loaded {
            Ok(()) => conn.execute_batch("COMMIT")?,
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        let mut unreferenced = conn.prepare(
            "SELECT id FROM temp.wkv_journal_ids
             WHERE id NOT IN (SELECT blob_id FROM main._mf_entries)",
        )?;
        let mut rows = unreferenced.query([])?;
        let mut removed = 0;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            match fs::remove_file(blobs_dir.join(&id)) {
                Ok(()) => removed += 1,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(e).with_context(|| {
                        format!(
                            "cannot remove an orphan value file in {}",
                            blobs_dir.display()
                        )
                    })
                }
            }
        }
        Ok(removed)
    })();
    let _ = conn.execute_batch("DROP TABLE IF EXISTS temp.wkv_journal_ids");
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn journal_names_round_trip_their_owner() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let name = journal.path.file_name().unwrap().to_str().unwrap();
        assert_eq!(parse_name(name), Some(Owner::current()));
        assert_eq!(parse_name("12-34-short.journal"), None);
        assert_eq!(parse_name("notes.txt"), None);
    }

    #[test]
    fn this_process_is_running_and_a_made_up_one_is_not() {
        let me = Owner::current();
        assert!(me.is_running());
        if cfg!(any(target_os = "linux", target_os = "macos", windows)) {
            // Same pid, another start time: a reused pid is not the owner.
            let reused = Owner {
                pid: me.pid,
                start: me.start + 1,
            };
            assert!(!reused.is_running());
        }
    }

    #[test]
    fn a_journal_without_records_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let path = journal.path.clone();
        journal.close();
        assert!(!path.exists());
        assert!(!dir.path().join(JOURNAL_DIR).exists());
    }

    /// A journal as a job of `owner` would have left it.
    fn plant_journal(namespace_dir: &Path, owner: &str, host: &str, ids: &[&str]) -> PathBuf {
        let dir = namespace_dir.join(JOURNAL_DIR);
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{owner}-0123456789abcdef{SUFFIX}"));
        let mut text = format!("{HEADER} host={host}\n");
        for id in ids {
            text.push_str(id);
            text.push('\n');
        }
        fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn recovery_deletes_only_unreferenced_files_of_dead_jobs_on_this_host() {
        use crate::kv::{Expiry, KvStore, PutItem};
        let dir = tempfile::tempdir().unwrap();
        let store = crate::local::LocalStore::open(dir.path(), "ns").unwrap();
        let item = PutItem {
            key: "kept".into(),
            value: b"v".to_vec(),
            expiry: Expiry::Never,
            metadata: None,
        };
        block_on(store.put(item)).unwrap();
        let referenced = fs::read_dir(store.blobs_dir())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .file_name()
            .into_string()
            .unwrap();
        let orphan = "a".repeat(80);
        let other_hosts = "b".repeat(80);
        let running_jobs = "c".repeat(80);
        for id in [&orphan, &other_hosts, &running_jobs] {
            fs::write(store.blobs_dir().join(id), b"x").unwrap();
        }
        let ns_dir = store.namespace_dir();
        let me = Owner::current();
        let dead = plant_journal(
            &ns_dir,
            "4294967290-1",
            &host_name(),
            &[&orphan, &referenced],
        );
        let foreign = plant_journal(&ns_dir, "4294967291-1", "another-host", &[&other_hosts]);
        let live = plant_journal(
            &ns_dir,
            &format!("{}-{}", me.pid, me.start),
            &host_name(),
            &[&running_jobs],
        );
        let conn = store.connection();
        let recovered = recover(&conn, &ns_dir, store.blobs_dir()).unwrap();
        drop(conn);
        assert_eq!(
            recovered,
            Recovered {
                journals: 1,
                files: 1
            }
        );
        assert!(!dead.exists());
        assert!(foreign.exists() && live.exists());
        assert!(!store.blobs_dir().join(&orphan).exists());
        for kept in [&referenced, &other_hosts, &running_jobs] {
            assert!(store.blobs_dir().join(kept).exists(), "{kept}");
        }
    }

    #[test]
    fn a_journal_of_an_older_wkv_without_host_or_start_time_is_judged_here() {
        let dir = tempfile::tempdir().unwrap();
        let store = crate::local::LocalStore::open(dir.path(), "ns").unwrap();
        let ns_dir = store.namespace_dir();
        let orphan = "a".repeat(80);
        fs::write(store.blobs_dir().join(&orphan), b"x").unwrap();
        // The owner, reaped: its pid no longer runs (unless the system hands it out again at
        // once, which a start time of 0 cannot tell apart; the assertion would then fail).
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .arg("--list")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let pid = child.id();
        child.wait().unwrap();
        let legacy = plant_journal(&ns_dir, &format!("{pid}-{UNKNOWN_START}"), "", &[&orphan]);
        let running = Owner {
            pid: std::process::id(),
            start: UNKNOWN_START,
        };
        assert!(running.is_running());
        let conn = store.connection();
        let recovered = recover(&conn, &ns_dir, store.blobs_dir()).unwrap();
        assert_eq!(
            recovered,
            Recovered {
                journals: 1,
                files: 1
            }
        );
        assert!(!legacy.exists() && !store.blobs_dir().join(&orphan).exists());
    }

    #[test]
    fn a_journal_its_job_died_creating_is_removed() {
        // SIGKILL between creating the file and writing its header: empty, or half a line.
        let dir = tempfile::tempdir().unwrap();
        let store = crate::local::LocalStore::open(dir.path(), "ns").unwrap();
        let ns_dir = store.namespace_dir();
        let journals = ns_dir.join(JOURNAL_DIR);
        fs::create_dir_all(&journals).unwrap();
        let empty = journals.join(format!("4294967290-1-0123456789abcdef{SUFFIX}"));
        let half = journals.join(format!("4294967291-1-0123456789abcdef{SUFFIX}"));
        fs::write(&empty, "").unwrap();
        fs::write(&half, "wkv-journal 1 ho").unwrap();
        let conn = store.connection();
        let recovered = recover(&conn, &ns_dir, store.blobs_dir()).unwrap();
        assert_eq!(
            recovered,
            Recovered {
                journals: 2,
                files: 0
            }
        );
        assert!(!empty.exists() && !half.exists());
    }

    fn block_on<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap()
            .block_on(future)
    }

    #[test]
    fn blob_ids_are_recognised_strictly() {
        assert!(is_blob_id(&"a".repeat(80)));
        assert!(!is_blob_id(&"A".repeat(80)));
        assert!(!is_blob_id(&"a".repeat(79)));
        assert!(!is_blob_id("../../etc/passwd"));
    }
}
