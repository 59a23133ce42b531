//! Opening a bulk input so it can be read twice (once to validate, once to upload): a regular
//! file is reopened for each pass; stdin, pipes and other one-shot sources are first copied to a
//! temporary file that lives as long as the `BulkInput`. Nothing here parses JSON.

use crate::error::WkvError;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// Large enough that a pass over a big file makes few system calls.
const READ_BUFFER_BYTES: usize = 256 * 1024;
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How the items are laid out in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// One JSON array holding every item (wrangler's format).
    Json,
    /// One JSON value per line; blank lines are skipped.
    Ndjson,
}

/// The format to read `path` with: the explicit choice if any, else NDJSON for a `.ndjson` or
/// `.jsonl` file name, else a JSON array.
pub fn detect_format(path: &str, explicit: Option<InputFormat>) -> InputFormat {
    if let Some(format) = explicit {
        return format;
    }
    let extension = Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase());
    match extension.as_deref() {
        Some("ndjson") | Some("jsonl") => InputFormat::Ndjson,
        _ => InputFormat::Json,
    }
}

enum Source {
    File(PathBuf),
    /// Deleted when the `BulkInput` is dropped.
    Spooled(NamedTempFile),
}

/// A re-readable input: the file itself, or stdin (or a pipe) spooled to a temporary file that
/// this value keeps alive.
pub struct BulkInput {
    source: Source,
    name: String,
    format: InputFormat,
    size_bytes: u64,
}

impl BulkInput {
    /// Opens `path` (`-` for stdin). A missing or unreadable file is a usage error naming it.
    pub fn open(path: &str, format: Option<InputFormat>) -> anyhow::Result<BulkInput> {
        let format = detect_format(path, format);
        if path == "-" {
            return Self::spool("stdin", io::stdin().lock(), format);
        }
        let metadata = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
        if metadata.is_dir() {
            return Err(WkvError::usage(format!("cannot read {path}: it is a directory")).into());
        }
        if !metadata.is_file() {
            // A FIFO such as `<(generate-items)` can be read only once.
            let file = File::open(path).map_err(|e| cannot_read(path, &e))?;
            return Self::spool(path, file, format);
        }
        // Fail now rather than in the middle of a command if the file cannot be opened.
        File::open(path).map_err(|e| cannot_read(path, &e))?;
        Ok(BulkInput {
            source: Source::File(PathBuf::from(path)),
            name: path.to_string(),
            format,
            size_bytes: metadata.len(),
        })
    }

    /// Copies a one-shot stream to a temporary file; `name` is what messages call the input.
    pub fn spool(name: &str, mut reader: impl Read, format: InputFormat) -> anyhow::Result<Self> {
        let mut temp = NamedTempFile::new()
            .map_err(|e| anyhow::anyhow!("cannot create a temporary file to hold {name}: {e}"))?;
        let size_bytes = io::copy(&mut reader, temp.as_file_mut())
            .map_err(|e| anyhow::anyhow!("cannot copy {name} to a temporary file: {e}"))?;
        Ok(BulkInput {
            source: Source::Spooled(temp),
            name: name.to_string(),
            format,
            size_bytes,
        })
    }

    pub fn format(&self) -> InputFormat {
        self.format
    }

    pub fn size_bytes(&self) -> u64 {
        self.size_bytes
    }

    /// The path as given, or `stdin`; used to name the input in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A fresh reader positioned after any UTF-8 byte order mark (editors on Windows add one,
    /// and JSON parsers refuse it).
    pub(crate) fn reader(&self) -> anyhow::Result<BufReader<File>> {
        let file = match &self.source {
            Source::File(path) => File::open(path),
            Source::Spooled(temp) => temp.reopen(),
        }
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", self.name))?;
        let mut reader = BufReader::with_capacity(READ_BUFFER_BYTES, file);
        let start = reader
            .fill_buf()
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", self.name))?;
        if start.starts_with(UTF8_BOM) {
            reader.consume(UTF8_BOM.len());
        }
        Ok(reader)
    }
}

fn cannot_read(path: &str, error: &io::Error) -> anyhow::Error {
    WkvError::usage(format!("cannot read {path}: {error}")).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn format_follows_the_extension_unless_chosen() {
        assert_eq!(detect_format("items.json", None), InputFormat::Json);
        assert_eq!(detect_format("items.ndjson", None), InputFormat::Ndjson);
        assert_eq!(
            detect_format("dir.v2/items.JSONL", None),
            InputFormat::Ndjson
        );
        assert_eq!(detect_format("items", None), InputFormat::Json);
        assert_eq!(detect_format("-", None), InputFormat::Json);
        assert_eq!(
            detect_format("items.json", Some(InputFormat::Ndjson)),
            InputFormat::Ndjson
        );
        assert_eq!(
            detect_format("items.jsonl", Some(InputFormat::Json)),
            InputFormat::Json
        );
    }

    #[test]
    fn a_spooled_stream_can_be_read_twice() {
        let input = BulkInput::spool("stdin", &b"[\"a\",\"b\"]"[..], InputFormat::Json).unwrap();
        assert_eq!(input.size_bytes(), 9);
        assert_eq!(input.name(), "stdin");
        for _ in 0..2 {
            let mut text = String::new();
            input.reader().unwrap().read_to_string(&mut text).unwrap();
            assert_eq!(text, "[\"a\",\"b\"]");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_is_spooled_so_it_can_be_read_twice() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("items.ndjson");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let writer_path = fifo.clone();
        let writer = std::thread::spawn(move || {
            std::fs::write(writer_path, b"\"a\"\n\"b\"\n").unwrap();
        });
        let input = BulkInput::open(fifo.to_str().unwrap(), None).unwrap();
        writer.join().unwrap();
        assert_eq!(input.format(), InputFormat::Ndjson);
        assert_eq!(input.size_bytes(), 8);
        for _ in 0..2 {
            let mut text = String::new();
            input.reader().unwrap().read_to_string(&mut text).unwrap();
            assert_eq!(text, "\"a\"\n\"b\"\n");
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(b"\xEF\xBB\xBF[1]").unwrap();
        let input = BulkInput::open(file.path().to_str().unwrap(), None).unwrap();
        assert_eq!(input.size_bytes(), 6);
        let mut text = String::new();
        input.reader().unwrap().read_to_string(&mut text).unwrap();
        assert_eq!(text, "[1]");
    }

    #[test]
    fn a_missing_file_is_a_usage_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nope.json");
        let err = BulkInput::open(path.to_str().unwrap(), None).err().unwrap();
        let wkv = err.downcast_ref::<WkvError>().unwrap();
        assert_eq!(wkv.kind, crate::error::ErrorKind::Usage);
        assert!(wkv.message.contains("nope.json"), "{}", wkv.message);
        let err = BulkInput::open(dir.path().to_str().unwrap(), None)
            .err()
            .unwrap();
        assert!(err.to_string().contains("directory"), "{err}");
    }
}
