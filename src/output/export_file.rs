//! The file `bulk export FILE` and the browser's `x` write. It is built under a temporary name
//! beside its final one and moved into place only once complete, so a failed or interrupted
//! export leaves no half-written file and never destroys the file it was to replace. Whether an
//! existing file may be replaced is the caller's question to ask (on a terminal) or rule to
//! apply (a script's FILE is replaced, as a shell redirection would replace it).

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::Context as _;

pub struct ExportFile {
    temp: tempfile::NamedTempFile,
    path: PathBuf,
}

impl ExportFile {
    /// Starts the file that will become `path` (mode 0600: it holds values).
    pub fn create(path: &Path) -> anyhow::Result<ExportFile> {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let temp = tempfile::Builder::new()
            .prefix(".wkv-export-")
            .tempfile_in(dir)
            .with_context(|| format!("cannot create the export file `{}`", path.display()))?;
        Ok(ExportFile {
            temp,
            path: path.to_path_buf(),
        })
    }

    pub fn file(&mut self) -> &mut File {
        self.temp.as_file_mut()
    }

    /// Moves the finished file to its name; an existing file there is replaced only when
    /// `replace` says so (otherwise this fails and the existing file stays).
    pub fn finish(self, replace: bool) -> anyhow::Result<()> {
        self.temp.as_file().sync_all()?;
        let path = self.path;
        let persisted = if replace {
            self.temp.persist(&path)
        } else {
            self.temp.persist_noclobber(&path)
        };
        persisted.map(drop).map_err(|e| {
            anyhow::Error::new(e.error)
                .context(format!("cannot write the export file `{}`", path.display()))
        })
    }
}

/// `NAME.EXT`, or the first of `NAME-2.EXT`, `NAME-3.EXT`, ... that does not exist in `dir`.
pub fn unused_name(dir: &Path, name: &str, ext: &str) -> String {
    (1..)
        .map(|n| match n {
            1 => format!("{name}.{ext}"),
            n => format!("{name}-{n}.{ext}"),
        })
        .find(|candidate| !dir.join(candidate).exists())
        .expect("some name is free")
}

/// Whether `path` names something already (a file, or anything a rename would hit).
pub fn exists(path: &Path) -> io::Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_finished_file_replaces_only_when_allowed_and_a_dropped_one_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        std::fs::write(&path, "old").unwrap();
        let mut file = ExportFile::create(&path).unwrap();
        file.file().write_all(b"new").unwrap();
        assert!(file.finish(false).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        let mut file = ExportFile::create(&path).unwrap();
        file.file().write_all(b"new").unwrap();
        file.finish(true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        drop(ExportFile::create(&path).unwrap());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(unused_name(dir.path(), "out", "json"), "out-2.json");
        assert_eq!(unused_name(dir.path(), "other", "json"), "other.json");
    }
}
