//! `bulk put --dir DIR [--prefix P]`: every regular file under DIR becomes an item (key: P and
//! the file's path below DIR, `/`-separated and unescaped as `bulk export --dir` escapes it;
//! value: its bytes). The items are written as an NDJSON bulk file to an anonymous temporary
//! file, so that validation, the local transaction, the remote pipeline and --sync all work as
//! for a file. Every file is checked before anything is written.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use base64::Engine;

use crate::bulk::{BulkInput, InputFormat};
use crate::error::WkvError;
use crate::kv::limits;

/// Stages DIR as an NDJSON bulk input, named after DIR in messages.
pub fn stage(dir: &Path, prefix: Option<&str>) -> anyhow::Result<BulkInput> {
    let meta = std::fs::metadata(dir).map_err(|e| {
        WkvError::usage(format!(
            "cannot read the directory `{}`: {e}",
            dir.display()
        ))
    })?;
    if !meta.is_dir() {
        return crate::error::usage(format!("`{}` is not a directory", dir.display()));
    }
    let mut files = Vec::new();
    collect(dir, dir, &mut files)?;
    files.sort();
    // Checked first, all of them: a file too large is refused before anything is written.
    let prefix = prefix.unwrap_or_default();
    let mut items = Vec::with_capacity(files.len());
    for (relative, path, size) in files {
        if size > limits::MAX_VALUE_BYTES as u64 {
            return Err(WkvError::usage(format!(
                "`{}` is {size} bytes; a value is at most {} bytes (25 MiB)",
                path.display(),
                limits::MAX_VALUE_BYTES
            ))
            .with_hint("nothing was written")
            .into());
        }
        let key = format!("{prefix}{}", crate::sync::path_to_key(&relative)?);
        limits::validate_key(&key).map_err(|e| {
            WkvError::usage(format!(
                "`{}` cannot be a key: {}",
                path.display(),
                e.message
            ))
        })?;
        items.push((key, path));
    }
    // An anonymous file (no name from the moment it exists): it holds the values, and nothing
    // of it is left behind however wkv ends, `kill -9` included.
    let file =
        tempfile::tempfile().context("could not create a temporary file to stage the files in")?;
    let mut out = BufWriter::new(file);
    let mut value = Vec::new();
    for (key, path) in items {
        value.clear();
        File::open(&path)
            .and_then(|mut f| f.read_to_end(&mut value))
            .with_context(|| format!("cannot read `{}`", path.display()))?;
        let line = serde_json::json!({
            "key": key,
            "value": base64::engine::general_purpose::STANDARD.encode(&value),
            "base64": true,
        });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    let file = out.into_inner().map_err(|e| e.into_error())?;
    Ok(BulkInput::from_anonymous_file(
        &dir.display().to_string(),
        file,
        InputFormat::Ndjson,
    )?)
}

/// Every regular file below `dir`, as (path relative to `root` with `/`, path, size). Symbolic
/// links to files are followed; directories reached through links are not, so a link loop
/// cannot make the walk endless.
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf, u64)>) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        WkvError::usage(format!(
            "cannot read the directory `{}`: {e}",
            dir.display()
        ))
    })?;
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        let link = entry.file_type()?;
        if link.is_dir() {
            collect(root, &path, files)?;
            continue;
        }
        let meta = std::fs::metadata(&path)
            .with_context(|| format!("cannot read `{}`", path.display()))?;
        if !meta.is_file() {
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(&path);
        let mut parts = Vec::new();
        for part in relative.components() {
            let text = part.as_os_str().to_str().ok_or_else(|| {
                WkvError::usage(format!(
                    "the file name `{}` is not UTF-8, so it cannot be a key",
                    path.display()
                ))
            })?;
            parts.push(text.to_string());
        }
        files.push((parts.join("/"), path, meta.len()));
    }
    Ok(())
}
