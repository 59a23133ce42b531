//! The whole command tree, defined once with clap's derive API, a file per command group
//! (`namespace`, `key`, `bulk`, `sync`, `auth`, `browse`, `serve`) and the shared flag groups
//! (`shared`). The help texts here are the
//! user's documentation: `--help`, the man pages and the shell completions are all generated
//! from `Cli::command()`. Nothing here runs a command.
//
// Conventions: `///` comments are user-facing help (first line imperative and short);
// `value_name`s are upper case; every verb has examples in `after_help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use crate::bulk::InputFormat;
pub use crate::output::OutputFormat;

mod auth;
mod browse;
mod bulk;
mod key;
mod namespace;
mod serve;
mod shared;
mod sync;

pub use auth::*;
pub use browse::*;
pub use bulk::*;
pub use key::*;
pub use namespace::*;
pub use serve::*;
pub use shared::*;
pub use sync::*;

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
