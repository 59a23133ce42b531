//! The value files of a namespace: one file per stored value under `<namespace>/blobs/`, named
//! by its blob id. Writers create new files before the database row points at them and remove
//! files only once no committed row points at them; this module knows nothing of rows.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;

use super::naming::new_blob_id;
use super::NamespaceRemoved;

/// Below this many files a batch is written on the calling thread; spawning costs more.
const PARALLEL_THRESHOLD: usize = 256;

/// Reads a blob; `Ok(None)` when the file is gone (a concurrent writer replaced the value).
pub fn read_blob(dir: &Path, blob_id: &str) -> anyhow::Result<Option<Vec<u8>>> {
    let path = dir.join(blob_id);
    match fs::read(&path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e).with_context(|| format!("cannot read the value file {}", path.display())),
    }
}

/// Fresh blob ids for `count` values, to be named in the job's journal before the files exist.
pub fn new_blob_ids(count: usize, now_ms: i64) -> Vec<String> {
    (0..count).map(|_| new_blob_id(now_ms)).collect()
}

/// Writes each value to the blob file of the same index in `ids`. On failure the files written
/// so far are removed, so a failed batch leaves nothing behind. The directory is not created:
/// opening the store made it, and a directory gone since means the namespace was deleted,
/// which must not be undone by recreating it.
pub fn write_blobs(dir: &Path, ids: &[String], values: &[&[u8]]) -> anyhow::Result<()> {
    debug_assert_eq!(ids.len(), values.len());
    if !dir.is_dir() {
        return Err(removed(dir));
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    let result = if values.len() < PARALLEL_THRESHOLD || workers < 2 {
        write_all(dir, ids, values)
    } else {
        // Creating many small files is syscall-bound; two or more threads overlap the
        // kernel work and nearly halve the time of a large batch.
        let chunk = values.len().div_ceil(workers);
        #[cfg(test)]
        let hook = test_hooks::current();
        std::thread::scope(|scope| {
            let handles: Vec<_> = ids
                .chunks(chunk)
                .zip(values.chunks(chunk))
                .map(|(ids, values)| {
                    scope.spawn(move || {
                        #[cfg(test)]
                        test_hooks::fail_blob_write_after(hook);
                        write_all(dir, ids, values)
                    })
                })
                .collect();
            let mut outcome = Ok(());
            for handle in handles {
                let joined = handle
                    .join()
                    .unwrap_or_else(|_| Err(anyhow::anyhow!("a value-writing thread panicked")));
                if outcome.is_ok() {
                    outcome = joined;
                }
            }
            outcome
        })
    };
    if result.is_err() {
        remove_blobs(dir, ids);
        if !dir.is_dir() {
            // Removed while the files were being written.
            return Err(removed(dir));
        }
    }
    result
}

/// The error for a value directory that is gone: `<namespace>/blobs`, so the namespace is the
/// parent directory's name.
fn removed(dir: &Path) -> anyhow::Error {
    let namespace = dir
        .parent()
        .and_then(Path::file_name)
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    NamespaceRemoved(namespace).into()
}

fn write_all(dir: &Path, ids: &[String], values: &[&[u8]]) -> anyhow::Result<()> {
    for (id, value) in ids.iter().zip(values) {
        #[cfg(test)]
        test_hooks::maybe_fail_blob_write()?;
        write_blob(&dir.join(id), value)?;
    }
    Ok(())
}

fn write_blob(path: &Path, value: &[u8]) -> anyhow::Result<()> {
    // create_new: ids are random, so an existing file means something is badly wrong and must
    // not be overwritten. No fsync: the database commit that follows is the durable step, and
    // a value file without a row is harmless.
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("cannot create the value file {}", path.display()))?;
    file.write_all(value)
        .with_context(|| format!("cannot write the value file {}", path.display()))
}

/// Removes blob files, ignoring ones already gone. Best effort: a file that cannot be removed
/// is only wasted space, and the write that made it obsolete has already succeeded.
pub fn remove_blobs<S: AsRef<str>>(dir: &Path, ids: &[S]) {
    for id in ids {
        let _ = fs::remove_file(dir.join(id.as_ref()));
    }
}

#[cfg(test)]
pub mod test_hooks {
    //! Lets a test make the n-th blob write of the current thread fail, to prove cleanup.
    use std::cell::Cell;

    thread_local! {
        static WRITES_BEFORE_FAILURE: Cell<Option<usize>> = const { Cell::new(None) };
    }

    pub fn fail_blob_write_after(writes: Option<usize>) {
        WRITES_BEFORE_FAILURE.with(|c| c.set(writes));
    }

    pub fn current() -> Option<usize> {
        WRITES_BEFORE_FAILURE.with(|c| c.get())
    }

    pub fn maybe_fail_blob_write() -> anyhow::Result<()> {
        WRITES_BEFORE_FAILURE.with(|c| match c.get() {
            Some(0) => anyhow::bail!("injected blob write failure"),
            Some(n) => {
                c.set(Some(n - 1));
                Ok(())
            }
            None => Ok(()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_in(dir: &Path) -> usize {
        fs::read_dir(dir).map(|d| d.count()).unwrap_or(0)
    }

    #[test]
    fn written_blobs_hold_the_exact_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = dir.path().join("ns/blobs");
        fs::create_dir_all(&blobs).unwrap();
        let values: Vec<&[u8]> = vec![b"", b"\x00\xff", b"hello"];
        let ids = new_blob_ids(values.len(), 1);
        write_blobs(&blobs, &ids, &values).unwrap();
        assert_eq!(ids.len(), 3);
        for (id, value) in ids.iter().zip(&values) {
            assert_eq!(read_blob(&blobs, id).unwrap().unwrap(), *value);
        }
        remove_blobs(&blobs, &ids);
        assert_eq!(files_in(&blobs), 0);
        assert_eq!(read_blob(&blobs, &ids[0]).unwrap(), None);
    }

    #[test]
    fn a_failed_write_removes_the_files_already_written() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = dir.path().join("blobs");
        fs::create_dir_all(&blobs).unwrap();
        let values: Vec<&[u8]> = vec![b"a"; 10];
        test_hooks::fail_blob_write_after(Some(5));
        let result = write_blobs(&blobs, &new_blob_ids(10, 1), &values);
        test_hooks::fail_blob_write_after(None);
        assert!(result.is_err());
        assert_eq!(files_in(&blobs), 0);
    }

    #[test]
    fn a_failed_parallel_write_removes_every_file() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = dir.path().join("blobs");
        fs::create_dir_all(&blobs).unwrap();
        let values: Vec<&[u8]> = vec![b"a"; 1000];
        test_hooks::fail_blob_write_after(Some(300));
        let result = write_blobs(&blobs, &new_blob_ids(1000, 1), &values);
        test_hooks::fail_blob_write_after(None);
        assert!(result.is_err());
        assert_eq!(files_in(&blobs), 0);
    }

    #[test]
    fn large_batches_are_written_in_parallel_and_complete() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = dir.path().join("blobs");
        let data: Vec<Vec<u8>> = (0..1000u32).map(|i| i.to_be_bytes().to_vec()).collect();
        let values: Vec<&[u8]> = data.iter().map(|v| v.as_slice()).collect();
        fs::create_dir_all(&blobs).unwrap();
        let ids = new_blob_ids(values.len(), 1);
        write_blobs(&blobs, &ids, &values).unwrap();
        assert_eq!(files_in(&blobs), 1000);
        for (id, value) in ids.iter().zip(&values) {
            assert_eq!(read_blob(&blobs, id).unwrap().unwrap(), *value);
        }
    }

    #[test]
    fn writing_into_a_removed_directory_is_refused_not_recreated() {
        let dir = tempfile::tempdir().unwrap();
        let blobs = dir.path().join("ns/blobs");
        let err = write_blobs(&blobs, &new_blob_ids(1, 1), &[b"v".as_slice()]).unwrap_err();
        assert!(err.downcast_ref::<NamespaceRemoved>().is_some(), "{err}");
        assert!(!dir.path().join("ns").exists());
    }
}
