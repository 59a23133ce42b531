//! The counts a copy, sync or bulk job reports: on stderr for people, as one JSON object with
//! `--output json` for scripts, and as markdown in GitHub Actions' step summary.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

#[derive(Debug, Default, Clone, Serialize)]
pub struct Summary {
    /// What the run was, e.g. `copy remote:CACHE local:CACHE`.
    pub operation: String,
    pub dry_run: bool,
    /// Of the keys written (or, in a dry run, to write): new ones, and ones the target held.
    /// Unknown (null) when the run had no reason to list the target.
    pub added: Option<u64>,
    pub changed: Option<u64>,
    pub written: u64,
    pub unchanged: u64,
    pub deleted: u64,
    pub failed: u64,
    /// Held back by --max-writes, for the next run (part of `failed`).
    pub deferred: u64,
    pub skipped_expired: u64,
    pub requests: u64,
    pub retries: u64,
    pub seconds: f64,
    /// With a dry run: which keys would be added, changed and deleted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keys: Option<PlanKeys>,
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct PlanKeys {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub deleted: Vec<String>,
}

impl Summary {
    /// Appends a short markdown table to the file GitHub Actions names in
    /// `GITHUB_STEP_SUMMARY`; the job's own result decides the exit code, not this.
    pub fn append_markdown(&self, path: &Path) -> std::io::Result<()> {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        let title = if self.dry_run {
            format!("wkv {} (dry run)", self.operation)
        } else {
            format!("wkv {}", self.operation)
        };
        writeln!(file, "### {}\n", title.replace('|', "\\|"))?;
        writeln!(
            file,
            "| written | unchanged | deleted | failed | requests | retries | seconds |"
        )?;
        writeln!(file, "|---:|---:|---:|---:|---:|---:|---:|")?;
        writeln!(
            file,
            "| {} | {} | {} | {} | {} | {} | {:.2} |\n",
            self.written,
            self.unchanged,
            self.deleted,
            self.failed,
            self.requests,
            self.retries,
            self.seconds
        )
    }
}
