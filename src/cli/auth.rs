//! `wkv auth ...` and `wkv whoami`.

use clap::{Args, Subcommand};

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
