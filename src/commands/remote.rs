//! Connecting to the API for one run: credentials, client options from the flags, the account.

use std::time::Duration;

use crate::api::{default_base_url, ApiClient, ClientOptions, Credentials, RemoteStore};
use crate::config::Config;

use super::target::Context;

/// An API client bound to the account this run acts on.
pub struct RemoteSession {
    pub client: ApiClient,
    pub account_id: String,
}

impl RemoteSession {
    /// `throughput` is `(concurrency, requests per 5 minutes)` for bulk jobs; 0 turns the
    /// client-side rate limit off.
    pub async fn connect(
        context: &Context,
        config: Option<&Config>,
        throughput: Option<(u32, u32)>,
    ) -> anyhow::Result<RemoteSession> {
        let credentials = Credentials::from_env()?;
        let rate_limit = throughput.map(|(_, per_5_min)| per_5_min).unwrap_or(1200);
        let options = ClientOptions {
            base_url: default_base_url(),
            retries: context.retries,
            verbose: context.verbose,
            requests_per_window: (rate_limit > 0).then(|| (rate_limit, Duration::from_secs(300))),
            timeout: Duration::from_secs(60),
            on_retry: context.on_retry.clone(),
        };
        let client = ApiClient::new(credentials, options)?;
        let account_id = client
            .resolve_account_id(config.and_then(|c| c.account_id.as_deref()))
            .await?;
        Ok(RemoteSession { client, account_id })
    }

    pub fn namespace(&self, namespace_id: String) -> RemoteStore {
        RemoteStore::new(self.client.clone(), self.account_id.clone(), namespace_id)
    }
}
