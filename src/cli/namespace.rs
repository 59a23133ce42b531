//! `wkv namespace ...`.

use clap::{Args, Subcommand};

use super::*;

#[derive(Debug, Subcommand)]
pub enum NamespaceCommand {
    /// Create a namespace in your account
    ///
    /// Prints the snippet to add to your wrangler config (TOML or JSON, like the config file).
    /// With --preview the title gets a `_preview` suffix and the snippet uses preview_id; with
    /// --env E the title gets an `E-` prefix. With a JSON or JSONC config, --binding or
    /// --update-config adds the binding to it; on a terminal without them, wkv asks whether to
    /// add it and under which name (as wrangler does). Off a terminal nothing is written.
    #[command(after_help = "\
Examples:
  $ wkv namespace create CACHE
  $ wkv namespace create CACHE --preview
  $ wkv namespace create CACHE --env staging --binding CACHE
  $ wkv namespace create CACHE --jurisdiction eu --use-remote")]
    Create(NamespaceCreateArgs),

    /// List the namespaces of your account
    ///
    /// Prints a JSON array of {id, title} (a table on a terminal). With --local, lists the
    /// namespaces present in local state instead.
    #[command(
        visible_alias = "ls",
        after_help = "\
Examples:
  $ wkv namespace list
  $ wkv namespace list --output table
  $ wkv namespace list --local"
    )]
    List(NamespaceListArgs),

    /// Delete a namespace and every key in it
    ///
    /// Name the namespace by its title, --binding or --namespace-id. Asks for confirmation on a
    /// terminal; elsewhere refuses unless -y is given (wrangler deletes without asking).
    #[command(after_help = "\
Examples:
  $ wkv namespace delete my-old-namespace
  $ wkv namespace delete --binding CACHE --preview
  $ wkv namespace delete --namespace-id 0f2ac74b498b48028cb68387c421e279 -y")]
    Delete(NamespaceDeleteArgs),

    /// Rename a namespace
    #[command(after_help = "\
Examples:
  $ wkv namespace rename old-title --new-name new-title
  $ wkv namespace rename --namespace-id 0f2ac74b498b48028cb68387c421e279 --new-name new-title")]
    Rename(NamespaceRenameArgs),

    /// Print the id of the namespace with this title
    ///
    /// Prints just the id and a newline, for `NS=$(wkv namespace id cache)`; exits 3 when no
    /// namespace of the account has the title. Reads every page of the namespace list.
    #[command(after_help = "\
Examples:
  $ wkv namespace id cache
  $ NS=$(wkv namespace id cache) && wkv key list --namespace-id \"$NS\" --remote")]
    Id(NamespaceIdArgs),

    /// Find value files no key points at, and keys whose value file is missing (local state)
    ///
    /// Prints a JSON report. An unreferenced value file counts as an orphan when a wkv job that
    /// died named it, or when it is older than 15 minutes and no running wkv job names it:
    /// younger ones may belong to a write `wrangler dev` is about to commit, and are kept.
    /// Exits 1 when it finds a problem; --repair removes the orphans and the keys without a
    /// value and changes nothing else.
    #[command(after_help = "\
Examples:
  $ wkv namespace check --binding CACHE
  $ wkv namespace check --namespace-id 0f2ac74b498b48028cb68387c421e279 --repair
  $ wkv namespace check --binding CACHE --persist-to ./state")]
    Check(NamespaceCheckArgs),
}

#[derive(Debug, Args)]
pub struct NamespaceCheckArgs {
    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub persist_to: PersistToArgs,

    /// Remove the orphan value files and the keys whose value file is missing
    #[arg(long)]
    pub repair: bool,
}

#[derive(Debug, Args)]
pub struct NamespaceCreateArgs {
    /// The title of the new namespace
    #[arg(value_name = "NAMESPACE")]
    pub namespace: String,

    /// Create a preview namespace (title suffix `_preview`, snippet with preview_id)
    #[arg(long)]
    pub preview: bool,

    /// The binding name [default: the title as an identifier]; with a JSON or JSONC config,
    /// also adds the binding to the config without asking
    #[arg(long, value_name = "NAME")]
    pub binding: Option<String>,

    /// Add the new namespace to kv_namespaces of the wrangler config (JSON and JSONC configs)
    #[arg(long)]
    pub update_config: bool,

    /// Mark the binding `remote = true`, so `wrangler dev` uses this namespace, not local state
    #[arg(long)]
    pub use_remote: bool,

    /// Where the namespace stores its data: eu, fedramp or us (set only at creation)
    #[arg(long, value_name = "JURISDICTION", value_parser = ["eu", "fedramp", "us"])]
    pub jurisdiction: Option<String>,

    /// The storage mode: `instant` (lower-latency reads, faster global updates; a private beta
    /// of Cloudflare's); set only at creation, not with --jurisdiction
    #[arg(
        long = "experimental-mode",
        visible_alias = "x-mode",
        value_name = "MODE",
        value_parser = ["instant"],
        conflicts_with = "jurisdiction"
    )]
    pub experimental_mode: Option<String>,

    /// Succeed when a namespace with this title exists already: print the same output for it
    /// (snippet, or the config edit with --update-config) instead of failing
    #[arg(long)]
    pub if_not_exists: bool,
}

#[derive(Debug, Args)]
pub struct NamespaceIdArgs {
    /// The title of the namespace, exactly as the account holds it
    #[arg(value_name = "TITLE")]
    pub title: String,
}

#[derive(Debug, Args)]
pub struct NamespaceListArgs {
    /// List the namespaces present in local state instead of the account's
    #[arg(long, conflicts_with = "remote")]
    pub local: bool,

    /// List the account's namespaces (the default)
    #[arg(long)]
    pub remote: bool,

    #[command(flatten)]
    pub persist_to: PersistToArgs,
}

#[derive(Debug, Args)]
pub struct NamespaceDeleteArgs {
    /// The title of the namespace to delete
    #[arg(value_name = "NAMESPACE", conflicts_with_all = ["binding", "namespace_id"])]
    pub namespace: Option<String>,

    #[command(flatten)]
    pub target: NamespaceArgs,

    /// Delete without asking for confirmation
    #[arg(short = 'y', long = "skip-confirmation", visible_alias = "yes")]
    pub skip_confirmation: bool,
}

#[derive(Debug, Args)]
pub struct NamespaceRenameArgs {
    /// The current title of the namespace
    #[arg(value_name = "OLD_NAME", conflicts_with = "namespace_id")]
    pub old_name: Option<String>,

    /// The id of the namespace to rename
    #[arg(long = "namespace-id", value_name = "ID")]
    pub namespace_id: Option<String>,

    /// The new title
    #[arg(long = "new-name", value_name = "NEW_NAME", required = true)]
    pub new_name: String,
}
