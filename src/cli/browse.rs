//! `wkv browse`.

use clap::Args;

use super::*;

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
