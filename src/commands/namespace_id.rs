//! `wkv namespace id TITLE`, and the title look-up behind `namespace create --if-not-exists`:
//! idempotent steps for CI scripts. Titles are matched exactly against every page of the
//! account's namespace list.

use std::io::Write;

use crate::cli::NamespaceIdArgs;
use crate::error::WkvError;
use crate::output::Ui;

use crate::session::{Context, RemoteSession};

pub async fn run(args: NamespaceIdArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let config = context.load_config()?;
    let session = RemoteSession::connect(context, config.as_ref(), None).await?;
    match session.namespace_titled(&args.title).await? {
        Some(namespace) => {
            writeln!(ui.out(), "{}", namespace.id)?;
            Ok(())
        }
        None => Err(WkvError::not_found(format!(
            "no namespace titled `{}` in account {}",
            args.title, session.account_id
        ))
        .with_hint("create it with `wkv namespace create TITLE --if-not-exists`")
        .into()),
    }
}
