//! `wkv bulk ...`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::*;

#[derive(Debug, Subcommand)]
pub enum BulkCommand {
    /// Write many keys from a file
    ///
    /// FILE is a JSON array (or NDJSON) of {key, value, expiration?, expiration_ttl?,
    /// metadata?, base64?}; `-` reads stdin. `value` is a string, as the API and wrangler
    /// require: stored as it is, or base64-decoded with "base64": true (write JSON as a
    /// string). `metadata` is any JSON. The whole file is validated before anything is
    /// written; a malformed item is named by index, line and column.
    ///
    /// Locally the whole file is written all or nothing, holding the write lock only for the
    /// final commit (value files are written before; -v prints the lock time). Remotely
    /// it is sent in batches of at most 10,000 items and under 100 MB, several at once within
    /// the rate limit; failed keys are retried, and those still failing are written to
    /// --failed.
    #[command(after_help = "\
Examples:
  $ wkv bulk put data.json --binding CACHE
  $ wkv bulk put data.ndjson --binding CACHE --remote --failed failed.json
  $ wkv bulk export --binding CACHE | wkv bulk put - --binding CACHE --remote")]
    Put(BulkPutArgs),

    /// Print the values of many keys as one JSON object
    ///
    /// FILE is a JSON array (or NDJSON) of key names or {name} objects, so `key list` output
    /// feeds it. Prints {"name": value, ...} with null for a missing key, locally as remotely.
    #[command(after_help = "\
Examples:
  $ wkv bulk get keys.json --binding CACHE
  $ wkv key list --binding CACHE --prefix user: | wkv bulk get - --binding CACHE
  $ wkv bulk get keys.json --binding CACHE --with-metadata")]
    Get(BulkGetArgs),

    /// Delete many keys
    ///
    /// FILE is a JSON array (or NDJSON) of key names or {name} objects; or use --prefix,
    /// --match or --regex to delete every key of the namespace they select. Asks for
    /// confirmation on a terminal; elsewhere refuses unless --force is given.
    #[command(after_help = "\
Examples:
  $ wkv bulk delete keys.json --binding CACHE --force
  $ wkv key list --binding CACHE --prefix tmp: | wkv bulk delete - --binding CACHE -f
  $ wkv bulk delete --prefix tmp: --binding CACHE --remote -f
  $ wkv bulk delete --prefix cache: --match '*:v1' --binding CACHE -f")]
    Delete(BulkDeleteArgs),

    /// Write a whole namespace to a bulk-put file
    ///
    /// Writes every key (or those under --prefix) with its value, metadata and expiration, in
    /// the format `bulk put` reads: values that are not valid UTF-8 are base64-encoded. Copy a
    /// namespace with `wkv bulk export ... | wkv bulk put - ...`.
    #[command(after_help = "\
Examples:
  $ wkv bulk export backup.json --binding CACHE --remote
  $ wkv bulk export - --binding CACHE --format ndjson > cache.ndjson
  $ wkv bulk export users.json --binding CACHE --match 'user:*'
  $ wkv bulk export --binding CACHE | wkv bulk put - --binding CACHE --remote")]
    Export(BulkExportArgs),
}

#[derive(Debug, Args)]
pub struct BulkPutArgs {
    /// The bulk file; `-` reads stdin
    #[arg(
        value_name = "FILE",
        required_unless_present = "dir",
        conflicts_with = "dir"
    )]
    pub file: Option<String>,

    /// Store every file under DIR as a key instead: the key is --prefix followed by the file's
    /// path below DIR with `/` separators (names escaped by `bulk export --dir` are unescaped),
    /// the value its bytes as they are
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,

    /// The file's format [default: from the file name, else json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<InputFormat>,

    /// Write the items that could not be written to this file, in bulk-put format
    #[arg(long, value_name = "PATH")]
    pub failed: Option<PathBuf>,

    /// The part of the namespace the file stands for: every item must start with it, and
    /// --sync deletes only keys under it (with --dir: prepended to every file's path)
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,

    #[command(flatten)]
    pub sync: SyncArgs,

    #[command(flatten)]
    pub throughput: ThroughputArgs,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}

#[derive(Debug, Args)]
pub struct BulkGetArgs {
    /// The file of key names; `-` reads stdin
    #[arg(value_name = "FILE")]
    pub file: String,

    /// The file's format [default: from the file name, else json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<InputFormat>,

    /// Print {"value", "metadata", "expiration"?} for each key instead of the value alone
    #[arg(long)]
    pub with_metadata: bool,

    /// Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys; wrangler
    /// refuses them
    #[arg(long)]
    pub from_put_file: bool,

    #[command(flatten)]
    pub throughput: ThroughputArgs,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}

#[derive(Debug, Args)]
pub struct BulkDeleteArgs {
    /// The file of key names; `-` reads stdin
    #[arg(
        value_name = "FILE",
        required_unless_present_any = ["prefix", "glob", "regex"],
        conflicts_with_all = ["prefix", "glob", "regex"]
    )]
    pub file: Option<String>,

    /// Delete every key that begins with this prefix instead of reading a file
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,

    #[command(flatten)]
    pub filter: NameFilterArgs,

    /// The file's format [default: from the file name, else json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<InputFormat>,

    /// Delete without asking for confirmation (`-y`/`--yes` too, as for `namespace delete`)
    #[arg(short = 'f', long, short_alias = 'y', alias = "yes")]
    pub force: bool,

    /// Also take bulk put items (`{"key": ...}`, e.g. a `bulk export`) as the keys to delete;
    /// wrangler refuses them
    #[arg(long, conflicts_with = "prefix")]
    pub from_put_file: bool,

    /// Print how many keys would be deleted (which ones with -v or --output json) and delete
    /// nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Before deleting, save the value, metadata and expiration of every key about to be
    /// deleted to FILE in bulk-put format; `wkv bulk put FILE` undoes the run
    #[arg(long, value_name = "FILE")]
    pub backup: Option<PathBuf>,

    #[command(flatten)]
    pub throughput: ThroughputArgs,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}

#[derive(Debug, Args)]
pub struct BulkExportArgs {
    /// Where to write the export; `-` or nothing writes stdout. An existing FILE is replaced
    /// once the export is complete: on a terminal after asking, in scripts without asking
    #[arg(value_name = "FILE", default_value = "-")]
    pub file: String,

    /// Replace an existing FILE without asking on a terminal (`-y`/`--yes` too)
    #[arg(short = 'f', long, short_alias = 'y', alias = "yes")]
    pub force: bool,

    /// Write each key as a file under DIR instead (its path: the key without --prefix, `/`
    /// making directories, names no file system allows escaped as %XX); values only, without
    /// metadata or expiration
    #[arg(long, value_name = "DIR", conflicts_with = "file")]
    pub dir: Option<PathBuf>,

    /// Only export keys that begin with this prefix
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,

    #[command(flatten)]
    pub filter: NameFilterArgs,

    /// The export's format [default: from the file name, else json]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<InputFormat>,

    #[command(flatten)]
    pub throughput: ThroughputArgs,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}
