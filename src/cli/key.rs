//! `wkv key ...`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::*;

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Write a single key
    ///
    /// The value comes from the argument, from --path FILE, or from stdin with --path -.
    /// wkv never echoes the value (wrangler prints it).
    #[command(after_help = "\
Examples:
  $ wkv key put greeting hello --binding CACHE
  $ wkv key put logo.png --path logo.png --binding CACHE --metadata '{\"type\":\"png\"}'
  $ wkv key put session:1 token --binding CACHE --ttl 3600
  $ pg_dump mydb | wkv key put backup --path - --binding CACHE --remote")]
    Put(KeyPutArgs),

    /// Print a key's value to stdout
    ///
    /// Writes the value's bytes exactly, with no trailing newline (--text adds one). A missing
    /// key prints nothing on stdout and exits 3.
    #[command(after_help = "\
Examples:
  $ wkv key get greeting --binding CACHE
  $ wkv key get logo.png --binding CACHE > logo.png
  $ wkv key get greeting --binding CACHE --metadata")]
    Get(KeyGetArgs),

    /// List the keys of a namespace
    ///
    /// Prints a JSON array of {name, expiration?, metadata?} like wrangler (a table on a
    /// terminal). Lists every key unless --limit is given; --limit returns one page and prints
    /// the cursor of the next one on stderr.
    #[command(
        visible_alias = "ls",
        after_help = "\
Examples:
  $ wkv key list --binding CACHE
  $ wkv key list --binding CACHE --prefix user:
  $ wkv key list --binding CACHE --limit 100
  $ wkv key list --binding CACHE --limit 100 --cursor <CURSOR>
  $ wkv key list --binding CACHE --match 'user:*:avatar'
  $ wkv key list --binding CACHE --regex '^session:[0-9]+$'"
    )]
    List(KeyListArgs),

    /// Delete a single key
    #[command(after_help = "\
Examples:
  $ wkv key delete greeting --binding CACHE
  $ wkv key delete greeting --namespace-id 0f2ac74b498b48028cb68387c421e279 --remote")]
    Delete(KeyDeleteArgs),
}

#[derive(Debug, Args)]
pub struct KeyPutArgs {
    /// The key to write
    #[arg(value_name = "KEY")]
    pub key: String,

    /// The value to write (or use --path)
    #[arg(value_name = "VALUE")]
    pub value: Option<String>,

    /// Read the value from this file; `-` reads stdin
    #[arg(long, value_name = "FILE")]
    pub path: Option<PathBuf>,

    /// Expire the key this many seconds from now (at least 60)
    #[arg(long, value_name = "SECONDS")]
    pub ttl: Option<i64>,

    /// Expire the key at this time, in seconds since the Unix epoch
    #[arg(long, value_name = "UNIX_SECONDS")]
    pub expiration: Option<i64>,

    /// Metadata to store with the key: any JSON value (usually an object), at most 1024 bytes
    #[arg(long, value_name = "JSON")]
    pub metadata: Option<String>,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}

#[derive(Debug, Args)]
pub struct KeyGetArgs {
    /// The key to read
    #[arg(value_name = "KEY")]
    pub key: String,

    /// Decode the value as UTF-8 text and end it with a newline
    #[arg(long, conflicts_with = "metadata")]
    pub text: bool,

    /// Print the key's metadata as JSON instead of its value (`null` when it has none)
    #[arg(long)]
    pub metadata: bool,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}

#[derive(Debug, Args)]
pub struct KeyListArgs {
    /// Only list keys that begin with this prefix
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,

    /// Return one page of at most this many keys (10 to 1000)
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,

    /// Continue a listing from the cursor a previous --limit page printed
    #[arg(long, value_name = "CURSOR", requires = "limit")]
    pub cursor: Option<String>,

    #[command(flatten)]
    pub filter: NameFilterArgs,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}

#[derive(Debug, Args)]
pub struct KeyDeleteArgs {
    /// The key to delete
    #[arg(value_name = "KEY")]
    pub key: String,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}
