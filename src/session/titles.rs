//! A remote namespace named by its title (`namespace delete TITLE`, `namespace id TITLE`, a
//! copy's `remote:TITLE`). Titles are unique in an account; a server that holds two anyway is an
//! error rather than a guess, with one message wherever a title is resolved.

use crate::api::Namespace;
use crate::error::WkvError;

use super::remote::RemoteSession;

impl RemoteSession {
    /// The one namespace of the account titled exactly `title`, if any.
    pub async fn namespace_titled(&self, title: &str) -> anyhow::Result<Option<Namespace>> {
        let namespaces = self.client.list_namespaces(&self.account_id).await?;
        only_titled(namespaces, title)
    }
}

/// The one namespace among `namespaces` titled exactly `title`, if any.
pub fn only_titled(namespaces: Vec<Namespace>, title: &str) -> anyhow::Result<Option<Namespace>> {
    let mut matches = namespaces.into_iter().filter(|n| n.title == title);
    match (matches.next(), matches.next()) {
        (None, _) => Ok(None),
        (Some(namespace), None) => Ok(Some(namespace)),
        (Some(_), Some(_)) => Err(WkvError::usage(format!(
            "several namespaces are titled `{}`",
            crate::output::shown(title)
        ))
        .with_hint("name one by its id (--namespace-id ID); `wkv namespace list` shows the ids")
        .into()),
    }
}
