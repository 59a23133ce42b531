//! The record of items a bulk job did not write: counted, named in the summary, and written to
//! the `--failed` file in bulk-put format so `wkv bulk put FILE` finishes the job.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::bulk::WireItem;
use crate::error::WkvError;
use crate::kv::PutItem;
use crate::output::JsonArrayWriter;

/// How many missing keys the summary names when there is no `--failed` file.
const NAMED_KEYS: usize = 50;

pub struct FailedItems {
    file: Option<(PathBuf, BufWriter<File>, JsonArrayWriter)>,
    pub count: u64,
    pub first_keys: Vec<String>,
    pub reasons: Vec<String>,
}

impl FailedItems {
    /// Creates the `--failed` file up front, so a path that cannot be written is refused
    /// before anything is sent.
    pub fn create(path: Option<&Path>) -> anyhow::Result<FailedItems> {
        let file = match path {
            None => None,
            Some(path) => {
                let file = File::create(path).with_context(|| {
                    format!("cannot create the --failed file `{}`", path.display())
                })?;
                let ndjson = crate::bulk::detect_format(&path.to_string_lossy(), None)
                    == crate::bulk::InputFormat::Ndjson;
                Some((
                    path.to_path_buf(),
                    BufWriter::new(file),
                    JsonArrayWriter::new(ndjson),
                ))
            }
        };
        Ok(FailedItems {
            file,
            count: 0,
            first_keys: Vec::new(),
            reasons: Vec::new(),
        })
    }

    pub fn record(&mut self, item: &PutItem) -> anyhow::Result<()> {
        self.count += 1;
        if self.first_keys.len() < NAMED_KEYS {
            self.first_keys.push(item.key.clone());
        }
        if let Some((path, out, writer)) = &mut self.file {
            writer
                .push(out, &WireItem::from_put_item(item))
                .with_context(|| format!("failed to write `{}`", path.display()))?;
        }
        Ok(())
    }

    /// Remembers why a batch failed, once per distinct reason.
    pub fn note_reason(&mut self, reason: String) {
        if !self.reasons.contains(&reason) && self.reasons.len() < 5 {
            self.reasons.push(reason);
        }
    }

    /// Removes the file of a job that stopped on an error before it knew what was left.
    pub fn discard(self) {
        if let Some((path, out, _)) = self.file {
            drop(out);
            let _ = std::fs::remove_file(&path);
        }
    }

    /// Closes the file; removes it when nothing failed, so its presence means work is left.
    pub fn finish(self) -> anyhow::Result<Option<PathBuf>> {
        let Some((path, mut out, writer)) = self.file else {
            return Ok(None);
        };
        if self.count == 0 {
            drop(out);
            let _ = std::fs::remove_file(&path);
            return Ok(None);
        }
        writer.finish(&mut out)?;
        out.flush()
            .with_context(|| format!("failed to write `{}`", path.display()))?;
        Ok(Some(path))
    }
}

/// The error of a job that left `not_written` items unwritten: `headline`, the distinct errors
/// seen last, and how to finish: replay the `--failed` file with `flags` (e.g. "the same flags"),
/// or, without one, the first keys and the flag that would record them all.
pub fn not_written_error(
    headline: String,
    reasons: &[String],
    failed_path: Option<&Path>,
    flags: &str,
    first_keys: &[String],
    not_written: u64,
) -> WkvError {
    let mut error = WkvError::failure(headline);
    for reason in reasons {
        error = error.with_hint(format!("last error: {reason}"));
    }
    match failed_path {
        Some(path) => error.with_hint(format!(
            "the items not written are in `{}`; run `wkv bulk put {}` with {flags} to finish",
            path.display(),
            path.display()
        )),
        None => error.with_hint(format!(
            "not written: {}{}; pass --failed FILE to get them all in a file to retry",
            first_keys.join(", "),
            if not_written as usize > first_keys.len() {
                ", ..."
            } else {
                ""
            }
        )),
    }
}
