//! One file per command group. Each handler reads its arguments, opens its place and namespace
//! through `session`, calls the store, and hands results to `output`. Handlers never build HTTP
//! requests or SQL, and never resolve a namespace themselves.

mod auth;
mod bulk;
mod completions;
mod copy;
mod key;
mod namespace;
mod namespace_check;
mod namespace_id;
mod results;
mod serve;
mod whoami;

use crate::cli::{Cli, Command, KvCommand};
use crate::output::Ui;

/// Runs a parsed command line.
pub async fn run(cli: Cli, ui: &mut Ui) -> anyhow::Result<()> {
    let mut context = crate::session::Context::new(&cli.global, ui.verbose_reporter());
    context.can_prompt = ui.can_prompt();
    if crate::browse::picker::available() {
        context.chooser = Some(crate::browse::picker::choose);
    }
    match cli.command {
        Command::Kv(command) | Command::KvGroup { command } => match command {
            KvCommand::Namespace(command) => namespace::run(command, &context, ui).await,
            KvCommand::Key(command) => key::run(command, &context, ui).await,
            KvCommand::Bulk(command) => bulk::run(command, &context, ui).await,
            KvCommand::Copy(args) => copy::run(args, &context, ui).await,
        },
        Command::Serve(args) => serve::run(args, &context, ui).await,
        Command::Auth(command) => auth::run(command, &context, ui).await,
        Command::Whoami(args) => whoami::run(args, &context, ui).await,
        Command::Browse(args) => crate::browse::run(args, &context).await,
        Command::Completions { shell } => completions::run(shell, ui),
    }
}

pub use completions::{generate_completion, generate_man_pages};
