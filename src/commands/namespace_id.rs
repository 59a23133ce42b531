//! `wkv namespace id TITLE`, and the title look-up behind `namespace create --if-not-exists`:
//! idempotent steps for CI scripts. Titles are matched exactly against every page of the
//! account's namespace list.

use std::io::Write;

use crate::api::Namespace;
use crate::cli::NamespaceIdArgs;
use crate::error::{usage, WkvError};
use crate::output::Ui;

use super::remote::RemoteSession;
use super::target::Context;

pub async fn run(args: NamespaceIdArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let config = context.load_config()?;
    let session = RemoteSession::connect(context, config.as_ref(), None).await?;
    match titled(&session, &args.title).await? {
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

/// The one namespace titled exactly `title`, if any. Titles are unique in an account; a server
/// that holds two anyway is an error rather than a guess.
pub async fn titled(session: &RemoteSession, title: &str) -> anyhow::Result<Option<Namespace>> {
    let namespaces = session.client.list_namespaces(&session.account_id).await?;
    let mut matches = namespaces.into_iter().filter(|n| n.title == title);
    match (matches.next(), matches.next()) {
        (None, _) => Ok(None),
        (Some(namespace), None) => Ok(Some(namespace)),
        (Some(_), Some(_)) => usage(format!(
            "several namespaces are titled `{title}`; name one by its id"
        )),
    }
}
