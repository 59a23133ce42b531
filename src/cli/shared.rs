//! Flag groups that several commands share, declared once and flattened into each: which
//! namespace (`NamespaceArgs`), which place (`LocationArgs`), where local state is
//! (`PersistToArgs`), which names (`NameFilterArgs`) and how fast remote bulk jobs go
//! (`ThroughputArgs`).

use std::path::PathBuf;

use clap::Args;

use super::*;

/// Which namespace a key or bulk command acts on.
#[derive(Debug, Clone, Args)]
pub struct NamespaceArgs {
    /// The binding name of the namespace in the wrangler config's kv_namespaces
    #[arg(long, value_name = "NAME", help_heading = WHERE)]
    pub binding: Option<String>,

    /// The id of the namespace
    #[arg(long = "namespace-id", value_name = "ID", help_heading = WHERE)]
    pub namespace_id: Option<String>,

    /// Use the binding's preview_id; `--preview false` uses its id
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        help_heading = WHERE
    )]
    pub preview: Option<bool>,
}

/// Filters key names after the prefix.
#[derive(Debug, Clone, Args)]
pub struct NameFilterArgs {
    /// Only keys whose whole name matches this glob (`*`, `?`, `[a-z]`, `\` escapes)
    #[arg(long = "match", value_name = "GLOB", conflicts_with = "regex")]
    pub glob: Option<String>,

    /// Only keys whose name contains a match of this regular expression
    #[arg(long, value_name = "RE")]
    pub regex: Option<String>,
}

impl NameFilterArgs {
    pub fn is_set(&self) -> bool {
        self.glob.is_some() || self.regex.is_some()
    }
}

/// Local state or the Cloudflare API.
#[derive(Debug, Clone, Args)]
pub struct LocationArgs {
    /// Act on local state, as `wrangler dev` uses it (the default)
    #[arg(long, conflicts_with = "remote", help_heading = WHERE)]
    pub local: bool,

    /// Act on the namespace in your Cloudflare account, through the API
    #[arg(long, help_heading = WHERE)]
    pub remote: bool,

    #[command(flatten)]
    pub persist_to: PersistToArgs,
}

/// Where local state is kept, for every command that reads or writes it.
#[derive(Debug, Clone, Args)]
pub struct PersistToArgs {
    /// Keep local state under this directory instead of .wrangler/state
    #[arg(id = "persist_to", long = "persist-to", value_name = "DIR", help_heading = WHERE)]
    pub dir: Option<PathBuf>,
}

/// How fast remote bulk jobs may go.
#[derive(Debug, Clone, Args)]
pub struct ThroughputArgs {
    /// At most this many requests in flight at once (wkv starts lower, grows while the API
    /// keeps up and halves on a 429)
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..=64))]
    pub concurrency: u32,

    /// Requests allowed per 5 minutes, client-side (Cloudflare's limit is 1200; 0: no limit)
    #[arg(long, value_name = "N", default_value_t = 1200)]
    pub rate_limit: u32,
}
