//! Opening a bulk input so it can be read twice (once to validate, once to upload): a regular
//! file is reopened for each pass; stdin, pipes and other one-shot sources are copied to a
//! temporary file *as the first pass reads them*, so a bad first byte stops the command at once
//! instead of after the whole stream was copied. The copy has no name on disk (it is unlinked
//! when created, or made with `O_TMPFILE`), so no signal can leave values behind in `$TMPDIR`,
//! and it stops at a size cap. Nothing here parses JSON.

use crate::error::WkvError;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

/// Large enough that a pass over a big file makes few system calls.
const READ_BUFFER_BYTES: usize = 256 * 1024;
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How much of stdin or a pipe is copied to the temporary file before the command gives up:
/// far more than a sane bulk job (the API takes 10,000 items per request), far less than the
/// disk that `bulk put /dev/zero` would otherwise fill. A larger input can be saved to a file
/// first (regular files are read in place, with no cap), or the cap raised with
/// `WKV_MAX_SPOOL_BYTES`.
pub const DEFAULT_MAX_SPOOL_BYTES: u64 = 4 << 30;

/// The environment variable that changes `DEFAULT_MAX_SPOOL_BYTES`.
pub const MAX_SPOOL_VAR: &str = "WKV_MAX_SPOOL_BYTES";

/// How the items are laid out in the file (`--format`; the doc lines are its help).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// A JSON array (wrangler's format)
    Json,
    /// One JSON value per line (also chosen by a .ndjson or .jsonl file name); blank lines are
    /// skipped
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
    /// A one-shot stream and the copy of what has been read of it so far.
    Spooled(Arc<Spool>),
}

/// A re-readable input: the file itself, or stdin (or a pipe) copied to an anonymous temporary
/// file as it is read.
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
            return Self::spool_within("stdin", io::stdin(), format, max_spool_bytes()?);
        }
        let metadata = std::fs::metadata(path).map_err(|e| cannot_read(path, &e))?;
        if metadata.is_dir() {
            return Err(WkvError::usage(format!("cannot read {path}: it is a directory")).into());
        }
        if !metadata.is_file() {
            // A FIFO such as `<(generate-items)`, or a device such as /dev/zero, can be read
            // only once (or never ends).
            let file = File::open(path).map_err(|e| cannot_read(path, &e))?;
            return Self::spool_within(path, file, format, max_spool_bytes()?);
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

    /// A one-shot stream, copied as it is read; `name` is what messages call the input.
    pub fn spool(
        name: &str,
        reader: impl Read + Send + 'static,
        format: InputFormat,
    ) -> anyhow::Result<Self> {
        Self::spool_within(name, reader, format, DEFAULT_MAX_SPOOL_BYTES)
    }

    /// `spool` that refuses to copy more than `max_bytes` of the stream.
    pub fn spool_within(
        name: &str,
        reader: impl Read + Send + 'static,
        format: InputFormat,
        max_bytes: u64,
    ) -> anyhow::Result<Self> {
        // `tempfile()` never gives the file a lasting name: O_TMPFILE where the file system has
        // it, else a name unlinked right after creation.
        let file = tempfile::tempfile()
            .map_err(|e| anyhow::anyhow!("cannot create a temporary file to hold {name}: {e}"))?;
        let spool = Spool {
            file,
            max_bytes,
            state: Mutex::new(SpoolState {
                stream: Some(Box::new(reader)),
                copied: 0,
            }),
        };
        Ok(BulkInput {
            source: Source::Spooled(Arc::new(spool)),
            name: name.to_string(),
            format,
            size_bytes: 0,
        })
    }

    /// An input already written whole to `file`, an anonymous temporary file (from
    /// `tempfile::tempfile()`, so nothing is left behind however wkv ends).
    pub fn from_anonymous_file(name: &str, file: File, format: InputFormat) -> io::Result<Self> {
        let copied = file.metadata()?.len();
        let spool = Spool {
            file,
            max_bytes: copied,
            state: Mutex::new(SpoolState {
                stream: None,
                copied,
            }),
        };
        Ok(BulkInput {
            source: Source::Spooled(Arc::new(spool)),
            name: name.to_string(),
            format,
            size_bytes: copied,
        })
    }

    pub fn format(&self) -> InputFormat {
        self.format
    }

    /// The file's size; for a spooled stream, how much of it has been read so far.
    pub fn size_bytes(&self) -> u64 {
        match &self.source {
            Source::File(_) => self.size_bytes,
            Source::Spooled(spool) => spool.state().copied,
        }
    }

    /// The path as given, or `stdin`; used to name the input in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A fresh reader positioned after any UTF-8 byte order mark (editors on Windows add one,
    /// and JSON parsers refuse it).
    pub(crate) fn reader(&self) -> anyhow::Result<BufReader<InputReader>> {
        let reader = match &self.source {
            Source::File(path) => InputReader::File(
                File::open(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", self.name))?,
            ),
            Source::Spooled(spool) => InputReader::Spooled {
                spool: Arc::clone(spool),
                position: 0,
            },
        };
        let mut reader = BufReader::with_capacity(READ_BUFFER_BYTES, reader);
        let start = reader.fill_buf().map_err(|e| self.read_error(e))?;
        if start.starts_with(UTF8_BOM) {
            reader.consume(UTF8_BOM.len());
        }
        Ok(reader)
    }

    /// The error for a failed read of this input: a usage error when the spool cap was reached,
    /// else an I/O failure naming the input.
    pub(crate) fn read_error(&self, error: io::Error) -> anyhow::Error {
        let over_cap = error
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<SpoolCapReached>())
            .copied();
        match over_cap {
            Some(SpoolCapReached(max_bytes)) => WkvError::usage(format!(
                "{} is larger than {}, the most wkv copies from stdin or a pipe",
                self.name,
                human_size(max_bytes)
            ))
            .with_hint(format!(
                "save it to a file and pass the file's name (files are read in place), or raise \
                 the cap with {MAX_SPOOL_VAR}=BYTES"
            ))
            .into(),
            None => anyhow::anyhow!("cannot read {}: {error}", self.name),
        }
    }
}

/// Reads one pass of an input: the file, or the spool (pulling more of the stream into it as
/// the first pass gets ahead of what was copied).
pub(crate) enum InputReader {
    File(File),
    Spooled { spool: Arc<Spool>, position: u64 },
}

impl Read for InputReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            InputReader::File(file) => file.read(buf),
            InputReader::Spooled { spool, position } => {
                let read = spool.read_at(*position, buf)?;
                *position += read as u64;
                Ok(read)
            }
        }
    }
}

/// A one-shot stream and its anonymous copy. Every pass reads through here: what was copied
/// comes from the file, the rest from the stream (and is copied on the way).
pub(crate) struct Spool {
    file: File,
    max_bytes: u64,
    state: Mutex<SpoolState>,
}

struct SpoolState {
    /// `None` once the stream has ended.
    stream: Option<Box<dyn Read + Send>>,
    /// Bytes of the stream copied into `file`.
    copied: u64,
}

/// The io::Error payload for a stream longer than the cap.
#[derive(Debug, Clone, Copy)]
struct SpoolCapReached(u64);

impl std::fmt::Display for SpoolCapReached {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the input is larger than {} bytes", self.0)
    }
}

impl std::error::Error for SpoolCapReached {}

impl Spool {
    fn state(&self) -> MutexGuard<'_, SpoolState> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn read_at(&self, position: u64, buf: &mut [u8]) -> io::Result<usize> {
        let mut state = self.state();
        if position < state.copied {
            let available = (state.copied - position).min(buf.len() as u64) as usize;
            return positioned::read_at(&self.file, &mut buf[..available], position);
        }
        // One byte past the cap is enough to know the stream is longer.
        let room = (self.max_bytes - state.copied)
            .saturating_add(1)
            .min(buf.len() as u64) as usize;
        let Some(stream) = state.stream.as_mut() else {
            return Ok(0);
        };
        let read = loop {
            match stream.read(&mut buf[..room]) {
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                other => break other?,
            }
        };
        if read == 0 {
            state.stream = None;
            return Ok(0);
        }
        if state.copied + read as u64 > self.max_bytes {
            // Nothing more is read from the stream; every later read fails the same way.
            return Err(io::Error::other(SpoolCapReached(self.max_bytes)));
        }
        positioned::write_all_at(&self.file, &buf[..read], state.copied)?;
        state.copied += read as u64;
        Ok(read)
    }
}

/// Reads and writes at an offset without moving a shared cursor, so every pass has its own.
mod positioned {
    use std::fs::File;
    use std::io;

    #[cfg(unix)]
    pub fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        std::os::unix::fs::FileExt::read_at(file, buf, offset)
    }

    #[cfg(unix)]
    pub fn write_all_at(file: &File, buf: &[u8], offset: u64) -> io::Result<()> {
        std::os::unix::fs::FileExt::write_all_at(file, buf, offset)
    }

    #[cfg(windows)]
    pub fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
        std::os::windows::fs::FileExt::seek_read(file, buf, offset)
    }

    #[cfg(windows)]
    pub fn write_all_at(file: &File, mut buf: &[u8], mut offset: u64) -> io::Result<()> {
        while !buf.is_empty() {
            let written = std::os::windows::fs::FileExt::seek_write(file, buf, offset)?;
            buf = &buf[written..];
            offset += written as u64;
        }
        Ok(())
    }
}

/// `WKV_MAX_SPOOL_BYTES`, or the default.
fn max_spool_bytes() -> anyhow::Result<u64> {
    match std::env::var(MAX_SPOOL_VAR) {
        Err(_) => Ok(DEFAULT_MAX_SPOOL_BYTES),
        Ok(text) => text.trim().parse::<u64>().map_err(|_| {
            WkvError::usage(format!(
                "{MAX_SPOOL_VAR} must be a number of bytes, not `{text}`"
            ))
            .into()
        }),
    }
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1 << 30 && bytes.is_multiple_of(1 << 30) {
        format!("{} GiB", bytes >> 30)
    } else if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
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
        assert_eq!(input.name(), "stdin");
        for _ in 0..2 {
            let mut text = String::new();
            input.reader().unwrap().read_to_string(&mut text).unwrap();
            assert_eq!(text, "[\"a\",\"b\"]");
        }
        assert_eq!(input.size_bytes(), 9);
    }

    /// An endless stream of one byte that counts how much was taken from it.
    struct Endless {
        byte: u8,
        taken: Arc<std::sync::atomic::AtomicU64>,
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            buf.fill(self.byte);
            self.taken
                .fetch_add(buf.len() as u64, std::sync::atomic::Ordering::Relaxed);
            Ok(buf.len())
        }
    }

    fn endless(byte: u8) -> (Endless, Arc<std::sync::atomic::AtomicU64>) {
        let taken = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let stream = Endless {
            byte,
            taken: Arc::clone(&taken),
        };
        (stream, taken)
    }

    #[test]
    fn a_stream_is_copied_only_as_far_as_it_is_read() {
        let (stream, taken) = endless(0);
        let input = BulkInput::spool("stdin", stream, InputFormat::Json).unwrap();
        assert_eq!(taken.load(std::sync::atomic::Ordering::Relaxed), 0);
        let mut first = [0u8; 10];
        input.reader().unwrap().read_exact(&mut first).unwrap();
        // One buffer's worth, not the endless rest.
        let taken = taken.load(std::sync::atomic::Ordering::Relaxed);
        assert!(taken <= READ_BUFFER_BYTES as u64, "{taken}");
        assert_eq!(input.size_bytes(), taken);
    }

    #[test]
    fn an_endless_stream_stops_at_the_cap_with_a_usage_error() {
        let (stream, taken) = endless(b' ');
        let input = BulkInput::spool_within("stdin", stream, InputFormat::Ndjson, 1 << 20).unwrap();
        let mut sink = Vec::new();
        let error = input.reader().unwrap().read_to_end(&mut sink).unwrap_err();
        assert_eq!(sink.len(), 1 << 20);
        let error = input.read_error(error);
        let wkv = error.downcast_ref::<WkvError>().unwrap();
        assert_eq!(wkv.kind, crate::error::ErrorKind::Usage);
        assert_eq!(
            wkv.message,
            "stdin is larger than 1 MiB, the most wkv copies from stdin or a pipe"
        );
        assert!(wkv.hints[0].contains(MAX_SPOOL_VAR), "{:?}", wkv.hints);
        let taken = taken.load(std::sync::atomic::Ordering::Relaxed);
        assert_eq!(taken, (1 << 20) + 1);
    }

    #[test]
    fn passes_that_overlap_each_see_the_whole_stream() {
        let text: Vec<u8> = (0..300_000u32).flat_map(|n| n.to_le_bytes()).collect();
        let input =
            BulkInput::spool("stdin", io::Cursor::new(text.clone()), InputFormat::Json).unwrap();
        let mut first = input.reader().unwrap();
        let mut head = vec![0u8; 5000];
        first.read_exact(&mut head).unwrap();
        // A second pass starts before the first one has read the stream to its end.
        let mut second = Vec::new();
        input.reader().unwrap().read_to_end(&mut second).unwrap();
        let mut rest = Vec::new();
        first.read_to_end(&mut rest).unwrap();
        head.extend(rest);
        assert_eq!(head, text);
        assert_eq!(second, text);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_copy_has_no_name_in_the_temporary_directory() {
        let input = BulkInput::spool("stdin", &b"[1]"[..], InputFormat::Json).unwrap();
        let Source::Spooled(spool) = &input.source else {
            panic!("stdin is spooled")
        };
        let fd = std::os::fd::AsRawFd::as_raw_fd(&spool.file);
        let target = std::fs::read_link(format!("/proc/self/fd/{fd}")).unwrap();
        // O_TMPFILE and unlinked files both show as "... (deleted)": no path leads to them.
        assert!(
            target.to_string_lossy().ends_with(" (deleted)"),
            "{}",
            target.display()
        );
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
        assert_eq!(input.format(), InputFormat::Ndjson);
        for _ in 0..2 {
            let mut text = String::new();
            input.reader().unwrap().read_to_string(&mut text).unwrap();
            assert_eq!(text, "\"a\"\n\"b\"\n");
        }
        writer.join().unwrap();
        assert_eq!(input.size_bytes(), 8);
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
