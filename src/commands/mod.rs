//! One file per command group. Each handler reads its arguments, asks `target` for a store,
//! calls the store, and hands results to `output`. Handlers never build HTTP requests or SQL.

mod bulk;
mod completions;
mod copy;
mod copy_places;
mod empty_store;
mod key;
mod namespace;
mod namespace_check;
mod namespace_id;
mod remote;
mod results;
mod serve;
mod target;

use crate::cli::{Cli, Command, KvCommand};
use crate::output::Ui;

/// Runs a parsed command line.
pub async fn run(cli: Cli, ui: &mut Ui) -> anyhow::Result<()> {
    let context = target::Context::new(&cli.global, ui.verbose_reporter());
    match cli.command {
        Command::Kv(command) | Command::KvGroup { command } => match command {
            KvCommand::Namespace(command) => namespace::run(command, &context, ui).await,
            KvCommand::Key(command) => key::run(command, &context, ui).await,
            KvCommand::Bulk(command) => bulk::run(command, &context, ui).await,
            KvCommand::Copy(args) => copy::run(args, &context, ui).await,
        },
        Command::Serve(args) => serve::run(args, &context, ui).await,
        Command::Completions { shell } => completions::run(shell, ui),
    }
}

pub use completions::{generate_completion, generate_man_pages};
