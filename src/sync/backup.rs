//! `--backup FILE`: the old value, metadata and expiration of every key a run is about to
//! overwrite or delete, written in bulk-put format before the change is sent, so that
//! `wkv bulk put FILE` puts them back. Keys the run adds are not in it: bulk put cannot delete.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::bulk::WireItem;
use crate::kv::StoredValue;
use crate::output::JsonArrayWriter;

pub struct BackupFile {
    path: PathBuf,
    out: BufWriter<File>,
    writer: JsonArrayWriter,
    pub count: u64,
}

impl BackupFile {
    /// Created before anything is read or written, so a path that cannot be written stops the
    /// run first.
    pub fn create(path: &Path) -> anyhow::Result<BackupFile> {
        let file = File::create(path)
            .with_context(|| format!("cannot create the --backup file `{}`", path.display()))?;
        let ndjson = crate::bulk::detect_format(&path.to_string_lossy(), None)
            == crate::bulk::InputFormat::Ndjson;
        Ok(BackupFile {
            path: path.to_path_buf(),
            out: BufWriter::new(file),
            writer: JsonArrayWriter::new(ndjson),
            count: 0,
        })
    }

    pub fn save(&mut self, key: &str, old: &StoredValue) -> anyhow::Result<()> {
        let item = old.clone().into_put_item(key.to_string());
        self.writer
            .push(&mut self.out, &WireItem::from_put_item(&item))
            .with_context(|| format!("failed to write `{}`", self.path.display()))?;
        self.count += 1;
        Ok(())
    }

    /// Makes what was saved so far durable: called before the changes it covers are sent.
    pub fn flush(&mut self) -> anyhow::Result<()> {
        self.out
            .flush()
            .with_context(|| format!("failed to write `{}`", self.path.display()))
    }

    pub fn finish(mut self) -> anyhow::Result<PathBuf> {
        self.writer
            .finish(&mut self.out)
            .and_then(|()| self.out.flush())
            .and_then(|()| self.out.get_ref().sync_all())
            .with_context(|| format!("failed to write `{}`", self.path.display()))?;
        Ok(self.path)
    }
}
