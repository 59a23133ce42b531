//! `wkv serve`, with the switches that only tests and benchmarks use grouped and hidden.

use clap::Args;

use super::*;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (loopback unless you mean otherwise)
    #[arg(long, value_name = "HOST", default_value = "127.0.0.1")]
    pub host: String,

    /// The port to listen on; 0 picks a free one
    #[arg(long, value_name = "PORT", default_value_t = 8787)]
    pub port: u16,

    #[command(flatten)]
    pub persist_to: PersistToArgs,

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

    #[command(flatten)]
    pub testing: ServeTestingArgs,
}

/// Switches only tests and benchmarks use: hidden from `--help`, the man page and completions,
/// kept in one place so a reader of `ServeArgs` sees the user's flags alone.
#[derive(Debug, Args)]
pub struct ServeTestingArgs {
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
