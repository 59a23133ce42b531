//! `wkv copy` and the sync flags it shares with `bulk put` and `bulk delete`.

use std::path::PathBuf;

use clap::Args;

use super::*;

/// Making a namespace equal to a source, and seeing or undoing what a run changes: shared by
/// `copy` and `bulk put`.
#[derive(Debug, Clone, Args)]
pub struct SyncArgs {
    /// Make the namespace equal to the source: also delete its keys the source does not have
    /// (only under --prefix, and with copy only those matching --match; never outside them)
    #[arg(long)]
    pub sync: bool,

    /// Compare the namespace's value, metadata and expiration first and write only the keys
    /// that differ: saves writes (the free tier allows 1,000 a day) at the price of reading the
    /// namespace
    #[arg(long)]
    pub changed_only: bool,

    /// Print the plan (how many keys would be added, changed, deleted and left alone; which
    /// ones with -v or --output json) and write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Before changing anything, save the old value, metadata and expiration of every key about
    /// to be overwritten or deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the
    /// run (keys it added are not in the file)
    #[arg(long, value_name = "FILE")]
    pub backup: Option<PathBuf>,

    /// Write at most N keys and record the rest in the --failed file for the next run (with
    /// --changed-only, running the same command again also continues)
    #[arg(long, value_name = "N")]
    pub max_writes: Option<u64>,

    /// Leave the keys whose whole name matches PATTERN alone (`*` any characters, `?` one;
    /// repeatable): never written, and never deleted by --sync. For keys another job owns, such
    /// as `--exclude 'assets/*'` next to a directory sync under assets/
    #[arg(long, value_name = "PATTERN")]
    pub exclude: Vec<String>,
}

impl SyncArgs {
    /// Whether the run needs the namespace's current contents (or must not write as usual).
    pub fn any(&self) -> bool {
        self.sync
            || self.changed_only
            || self.dry_run
            || self.backup.is_some()
            || self.max_writes.is_some()
            || !self.exclude.is_empty()
    }
}

#[derive(Debug, Args)]
pub struct CopyArgs {
    /// Where to read: [PROFILE@](local|remote):NAME
    #[arg(value_name = "FROM")]
    pub from: String,

    /// Where to write: [PROFILE@](local|remote):NAME
    #[arg(value_name = "TO")]
    pub to: String,

    /// Copy only the keys that start with this prefix
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,

    /// Copy only the keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes),
    /// as `key list --match` reads it
    #[arg(long = "match", value_name = "GLOB")]
    pub pattern: Option<String>,

    #[command(flatten)]
    pub persist_to: PersistToArgs,

    /// Write the items that could not be written to this file, in bulk-put format
    #[arg(long, value_name = "PATH")]
    pub failed: Option<PathBuf>,

    #[command(flatten)]
    pub sync: SyncArgs,

    #[command(flatten)]
    pub throughput: ThroughputArgs,
}
