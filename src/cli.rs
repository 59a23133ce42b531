//! The whole command tree, defined once with clap's derive API. The help texts here are the
//! user's documentation: `--help`, the man pages and the shell completions are all generated
//! from `Cli::command()`. Nothing here runs a command.
//
// Conventions: `///` comments are user-facing help (first line imperative and short);
// `value_name`s are upper case; every verb has examples in `after_help`.

use std::path::PathBuf;

pub use crate::output::OutputFormat;
use clap::{Args, Parser, Subcommand, ValueEnum};

const GLOBAL: &str = "Global options";
const WHERE: &str = "Where the data is";

const EXIT_CODES: &str = "\
Exit codes:
  0  success (an empty listing too; declining a confirmation too)
  1  the operation failed: network, API or I/O error, or bulk items not written
  2  bad usage or bad input, detected before anything was written
  3  not found: a key, a namespace or a binding

Environment (also read from .env and .env.local; real variables win):
  CLOUDFLARE_API_TOKEN                 API token for --remote (sent as a Bearer token)
  CLOUDFLARE_API_KEY, CLOUDFLARE_EMAIL global API key and its account email (beat the token)
  CLOUDFLARE_ACCOUNT_ID                the account to use (after account_id in the config)
  WKV_PROFILE                          the profile to sign in with (as --profile)
  CLOUDFLARE_AUTH_PROFILE              wrangler's profile to use (after the variables above)
  Without these, wkv uses the profile `wrangler auth activate` bound to the directory, the
  default `wkv auth login` profile, then `wrangler login`.
  CLOUDFLARE_API_BASE_URL              replaces https://api.cloudflare.com/client/v4,
                                       e.g. the URL printed by `wkv serve`
  CLOUDFLARE_API_HEADERS               a JSON object of headers added to every API request";

/// A fast, wrangler-compatible command-line tool for Cloudflare Workers KV
///
/// wkv mirrors `wrangler kv`: the same subcommands, flags, wrangler config resolution and data
/// on stdout, so a script written for `wrangler kv` works with `wkv`. Key and bulk commands act
/// on the local state that `wrangler dev` uses unless `--remote` is given; namespace commands
/// act on your Cloudflare account.
#[derive(Debug, Parser)]
#[command(name = "wkv", version, propagate_version = true, after_long_help = EXIT_CODES)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options that every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Use this wrangler config file instead of searching for one
    #[arg(short = 'c', long, global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub config: Option<PathBuf>,

    /// Run as if started in this directory
    #[arg(long, global = true, value_name = "DIR", help_heading = GLOBAL)]
    pub cwd: Option<PathBuf>,

    /// Use this environment of the wrangler config ([env.NAME])
    #[arg(short = 'e', long, global = true, value_name = "NAME", help_heading = GLOBAL)]
    pub env: Option<String>,

    /// How to print data on stdout [default: table on a terminal, json otherwise]
    #[arg(long, global = true, value_enum, value_name = "FORMAT", help_heading = GLOBAL)]
    pub output: Option<OutputFormat>,

    /// Say more on stderr: each retried request, and the request behind an API error
    #[arg(short = 'v', long, global = true, help_heading = GLOBAL)]
    pub verbose: bool,

    /// Print nothing on stderr but errors: no status lines, no progress bars
    #[arg(short = 'q', long, global = true, help_heading = GLOBAL)]
    pub quiet: bool,

    /// How many times to retry a request that can be retried (429, 5xx, timeouts)
    #[arg(long, global = true, value_name = "N", default_value_t = 5, help_heading = GLOBAL)]
    pub retries: u32,

    /// Sign in with this wkv profile (else wrangler's profile of that name; `default`: wrangler's
    /// default session); beats variables
    #[arg(long, global = true, value_name = "NAME", env = "WKV_PROFILE", help_heading = GLOBAL)]
    pub profile: Option<String>,

    /// Load variables from this file instead of .env and .env.local (repeatable; later wins)
    #[arg(long = "env-file", global = true, value_name = "FILE", help_heading = GLOBAL)]
    pub env_file: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(flatten)]
    Kv(KvCommand),

    /// The same commands spelled as in wrangler: `wkv kv key get ...`
    #[command(name = "kv", hide = true)]
    KvGroup {
        #[command(subcommand)]
        command: KvCommand,
    },

    /// Serve the Cloudflare KV REST API over local state
    ///
    /// `wkv serve` answers the same HTTP API as api.cloudflare.com/client/v4 for Workers KV,
    /// backed by the local state that `wrangler dev` and `wkv --local` use. Point wkv, wrangler
    /// or your own scripts at it with CLOUDFLARE_API_BASE_URL to test remote workflows offline.
    #[command(after_help = "\
Examples:
  $ wkv serve --port 0
  $ CLOUDFLARE_API_BASE_URL=http://127.0.0.1:8787/client/v4 CLOUDFLARE_API_TOKEN=x \\
      CLOUDFLARE_ACCOUNT_ID=0123456789abcdef0123456789abcdef wkv key list --binding CACHE --remote")]
    Serve(ServeArgs),

    /// Sign in with an API token, and manage saved sign-ins (profiles)
    ///
    /// Remote commands sign in with, in order: --profile/WKV_PROFILE, CLOUDFLARE_API_KEY +
    /// CLOUDFLARE_EMAIL, CLOUDFLARE_API_TOKEN (also from .env files), wrangler's profile of
    /// CLOUDFLARE_AUTH_PROFILE or of a `wrangler auth activate` directory binding, the default
    /// wkv profile, then the session of `wrangler login`.
    #[command(subcommand)]
    Auth(AuthCommand),

    /// Show who you are signed in as, with which credentials, and your accounts
    #[command(after_help = "\
Examples:
  $ wkv whoami
  $ wkv whoami --json
  $ wkv whoami --profile work")]
    Whoami(WhoamiArgs),

    /// Browse and fix KV data in a full-screen terminal view
    ///
    /// Opens a browser over local state (the default), --remote namespaces or `wkv serve`:
    /// namespaces on the left, keys streamed page by page, the selected value on the detail
    /// pane (JSON pretty-printed, binary as a hex dump). Filter names, search values, edit
    /// values in $VISUAL/$EDITOR, add, delete and export keys. Press `?` inside for the key
    /// bindings. Needs a terminal on stdin and stdout; for scripts use `wkv key list`.
    #[command(after_help = "\
Examples:
  $ wkv browse
  $ wkv browse --binding CACHE
  $ wkv browse --remote
  $ wkv browse --namespace-id 0f2ac74b498b48028cb68387c421e279 --remote")]
    Browse(BrowseArgs),

    /// Print a shell completion script to stdout
    #[command(after_help = "\
Examples:
  $ wkv completions bash > ~/.local/share/bash-completion/completions/wkv
  $ wkv completions zsh > ~/.zfunc/_wkv")]
    Completions {
        /// The shell to write completions for
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Save an API token as a profile, after checking it
    ///
    /// Reads the token with hidden input on a terminal, or from stdin with --with-token (never
    /// from the command line). Checks it with the API, lets you choose a default account, and
    /// saves it (mode 0600) under your config directory. The first profile becomes the default.
    #[command(after_help = "\
Examples:
  $ wkv auth login
  $ wkv auth login --profile work
  $ printenv KV_TOKEN | wkv auth login --profile ci --with-token")]
    Login(AuthLoginArgs),

    /// List the saved profiles (* marks the default)
    List,

    /// Make a profile the default
    Use {
        /// The profile to use by default
        #[arg(value_name = "NAME")]
        name: String,
    },

    /// Delete a saved profile (the default one when NAME is not given)
    Logout {
        /// The profile to delete
        #[arg(value_name = "NAME")]
        name: Option<String>,
    },

    /// Print the token remote commands would use, for scripts
    #[command(after_help = "\
Examples:
  $ curl -H \"Authorization: Bearer $(wkv auth token)\" https://api.cloudflare.com/client/v4/user/tokens/verify")]
    Token,
}

#[derive(Debug, Args)]
pub struct AuthLoginArgs {
    /// Read the token from stdin instead of asking for it
    #[arg(long)]
    pub with_token: bool,

    /// The default account of the profile (an id); asked for on a terminal when there are several
    #[arg(long, value_name = "ID")]
    pub account: Option<String>,
}

#[derive(Debug, Args)]
pub struct WhoamiArgs {
    /// Print JSON (wrangler's `whoami --json` shape, plus the source of the credentials)
    #[arg(long)]
    pub json: bool,
}

/// The wrangler `kv` command groups.
#[derive(Debug, Subcommand)]
pub enum KvCommand {
    /// Create, list, rename and delete KV namespaces
    #[command(subcommand, alias = "kv:namespace")]
    Namespace(NamespaceCommand),

    /// Write, read, list and delete single keys
    #[command(subcommand, alias = "kv:key")]
    Key(KeyCommand),

    /// Write, read, delete and export many keys at once from files
    #[command(subcommand, alias = "kv:bulk")]
    Bulk(BulkCommand),

    /// Copy a namespace, or part of it, from one place to another
    ///
    /// A place is `local:NAME` (local state, as `wrangler dev` uses it; --persist-to applies)
    /// or `remote:NAME` (the API), optionally preceded by `PROFILE@`. NAME is tried as a binding
    /// of the wrangler config, then as a namespace id, then (remote) as a namespace title.
    /// Values, metadata and expirations are copied exactly, binary values included; keys that
    /// have expired, or expire within the 60 seconds the API requires, are skipped. The copy
    /// streams: it reads 100 keys per request (single reads for values too large for one) and
    /// writes in batches through the same machinery as `bulk put`, in constant memory.
    ///
    /// To copy between accounts, give a side its own credentials in the environment:
    /// WKV_FROM_API_TOKEN, WKV_FROM_ACCOUNT_ID, WKV_FROM_API_BASE_URL for the source, and the
    /// same with WKV_TO_ for the target; a side without them uses CLOUDFLARE_API_TOKEN,
    /// CLOUDFLARE_ACCOUNT_ID and CLOUDFLARE_API_BASE_URL.
    #[command(after_help = "\
Examples:
  $ wkv copy remote:CACHE local:CACHE
  $ wkv copy local:CACHE remote:cache-staging --prefix user:
  $ wkv copy remote:cache remote:cache-backup --sync
  $ WKV_TO_API_TOKEN=... WKV_TO_ACCOUNT_ID=... wkv copy remote:cache remote:cache")]
    Copy(CopyArgs),
}

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

    /// Keep local state under this directory instead of .wrangler/state (local places)
    #[arg(long, value_name = "DIR")]
    pub persist_to: Option<PathBuf>,

    /// Write the items that could not be written to this file, in bulk-put format
    #[arg(long, value_name = "PATH")]
    pub failed: Option<PathBuf>,

    #[command(flatten)]
    pub sync: SyncArgs,

    #[command(flatten)]
    pub throughput: ThroughputArgs,
}

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

    /// Keep local state under this directory instead of .wrangler/state
    #[arg(long, value_name = "DIR", help_heading = WHERE)]
    pub persist_to: Option<PathBuf>,
}

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

    /// Keep local state under this directory instead of .wrangler/state
    #[arg(long, value_name = "DIR", help_heading = WHERE)]
    pub persist_to: Option<PathBuf>,

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

    /// Keep local state under this directory instead of .wrangler/state (with --local)
    #[arg(long, value_name = "DIR")]
    pub persist_to: Option<PathBuf>,
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

/// The format of a bulk file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileFormat {
    /// A JSON array
    Json,
    /// One JSON value per line (also chosen by a .ndjson or .jsonl file name)
    Ndjson,
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
    pub format: Option<FileFormat>,

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
    pub format: Option<FileFormat>,

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
    pub format: Option<FileFormat>,

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
    pub format: Option<FileFormat>,

    #[command(flatten)]
    pub throughput: ThroughputArgs,

    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,
}

#[derive(Debug, Args)]
pub struct BrowseArgs {
    #[command(flatten)]
    pub target: NamespaceArgs,

    #[command(flatten)]
    pub location: LocationArgs,

    // For benchmarks: `first-draw` exits after the first screen of keys is drawn, `end` after
    // the whole listing has loaded and the last key is shown.
    #[arg(long, value_name = "WHEN", hide = true)]
    pub exit_after: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (loopback unless you mean otherwise)
    #[arg(long, value_name = "HOST", default_value = "127.0.0.1")]
    pub host: String,

    /// The port to listen on; 0 picks a free one
    #[arg(long, value_name = "PORT", default_value_t = 8787)]
    pub port: u16,

    /// Keep local state under this directory instead of .wrangler/state
    #[arg(long, value_name = "DIR")]
    pub persist_to: Option<PathBuf>,

    /// Require `Authorization: Bearer TOKEN` on every request (printable ASCII, not empty)
    #[arg(
        long,
        value_name = "TOKEN",
        env = "WKV_SERVE_TOKEN",
        hide_env_values = true
    )]
    pub token: Option<String>,

    /// Close a connection that has not sent a request's headers after this many seconds
    /// (also how long an idle keep-alive connection stays open)
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub header_timeout: f64,

    /// Fail a request (408) and close its connection when its body sends nothing for this
    /// many seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub body_timeout: f64,

    /// An account the server offers, as ID or ID=NAME (repeatable) [default:
    /// 0123456789abcdef0123456789abcdef]
    ///
    /// /accounts and /memberships list these, so clients meet several accounts as a real user
    /// with several does: wkv's and wrangler's account picker, and their error off a terminal.
    /// A request for any other account is refused with 403 and code 10000, as the API refuses
    /// an account the credentials cannot see.
    #[arg(long = "account", value_name = "ID[=NAME]")]
    pub accounts: Vec<String>,

    // For testing clients: a second accepted token that may read the user and the accounts but
    // not Workers KV (KV routes answer 403 with code 10000), like a token without that permission.
    #[arg(long, value_name = "TOKEN", hide = true)]
    pub token_without_kv: Option<String>,

    // For testing clients: fail this share (0 to 1) of key data requests with 429, 500,
    // dropped connections and partial bulk writes.
    #[arg(long, value_name = "RATE", hide = true, default_value_t = 0.0)]
    pub inject_faults: f64,

    // For testing clients: inject the faults only into requests whose path ends with this
    // (e.g. `/bulk/delete`), so one kind of request can fail while the others go through.
    #[arg(long, value_name = "PATH_END", hide = true)]
    pub inject_faults_on: Option<String>,

    // For testing clients: refuse with 413 a bulk get whose values total more than this many
    // bytes (the API's cap is 25 MB), as if the values were that large.
    #[arg(long, value_name = "BYTES", hide = true)]
    pub inject_bulk_get_cap: Option<usize>,

    // For benchmarks: delay every request by this many milliseconds, standing for the round
    // trip to a distant API.
    #[arg(long, value_name = "MS", hide = true, default_value_t = 0)]
    pub latency_ms: u64,
}

/// Rewrites `--preview true|false` into `--preview=true|false` so that `--preview` can stand
/// alone before a positional argument (`wkv key get --preview KEY`), as in wrangler.
pub fn normalize_args(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Vec<std::ffi::OsString> {
    let mut out: Vec<std::ffi::OsString> = Vec::new();
    let mut iter = args.into_iter().peekable();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            out.push(arg);
            out.extend(iter);
            break;
        }
        if arg == "--preview" {
            if let Some(next) = iter.peek() {
                if next == "true" || next == "false" {
                    let mut joined = std::ffi::OsString::from("--preview=");
                    joined.push(next);
                    out.push(joined);
                    iter.next();
                    continue;
                }
            }
        }
        out.push(arg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        let args = normalize_args(args.iter().map(std::ffi::OsString::from));
        Cli::try_parse_from(args)
    }

    #[test]
    fn cli_debug_assert() {
        Cli::command().debug_assert();
    }

    #[test]
    fn preview_takes_an_optional_bool() {
        let cli = parse(&["wkv", "key", "get", "--preview", "k", "--binding", "B"]).unwrap();
        let Command::Kv(KvCommand::Key(KeyCommand::Get(get))) = cli.command else {
            panic!()
        };
        assert_eq!(get.key, "k");
        assert_eq!(get.target.preview, Some(true));

        let cli = parse(&["wkv", "key", "get", "k", "--preview", "false"]).unwrap();
        let Command::Kv(KvCommand::Key(KeyCommand::Get(get))) = cli.command else {
            panic!()
        };
        assert_eq!(get.target.preview, Some(false));
    }

    #[test]
    fn wrangler_spellings_reach_the_same_commands() {
        for args in [
            &["wkv", "kv", "key", "list"][..],
            &["wkv", "kv:key", "list"][..],
            &["wkv", "key", "ls"][..],
        ] {
            let cli = parse(args).unwrap();
            let command = match cli.command {
                Command::Kv(c) | Command::KvGroup { command: c } => c,
                other => panic!("{other:?}"),
            };
            assert!(
                matches!(command, KvCommand::Key(KeyCommand::List(_))),
                "{args:?}"
            );
        }
    }

    #[test]
    fn binding_with_namespace_id_is_left_to_the_resolver() {
        // Refused in wrangler's words by `config::resolve_namespace_id`, not by clap.
        assert!(parse(&[
            "wkv",
            "key",
            "get",
            "k",
            "--binding",
            "A",
            "--namespace-id",
            "x",
        ])
        .is_ok());
    }

    #[test]
    fn local_and_remote_conflict() {
        let err = parse(&["wkv", "key", "list", "--local", "--remote"]).unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict);
    }

    #[test]
    fn key_put_value_and_path_are_checked_by_the_command() {
        // `key put` refuses neither and both in wrangler's words (tests/local_state.rs).
        for args in [
            &["wkv", "key", "put", "k"][..],
            &["wkv", "key", "put", "k", "v", "--path", "f"],
            &["wkv", "key", "put", "k", "--path", "-"],
        ] {
            assert!(parse(args).is_ok(), "{args:?}");
        }
    }

    #[test]
    fn global_flags_go_anywhere() {
        let cli = parse(&["wkv", "key", "list", "-e", "staging", "--output", "ndjson"]).unwrap();
        assert_eq!(cli.global.env.as_deref(), Some("staging"));
        assert_eq!(cli.global.output, Some(OutputFormat::Ndjson));
    }
}
