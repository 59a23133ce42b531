//! Connecting to the API for one run: credentials, client options from the flags, the account.

use std::time::Duration;

use crate::api::{default_base_url, ApiClient, ClientOptions, Credentials, RemoteStore};
use crate::config::Config;

use super::target::Context;

/// Cloudflare's limit: 1,200 requests per 5 minutes per user.
const DEFAULT_RATE_LIMIT: u32 = 1200;

/// An API client bound to the account this run acts on.
pub struct RemoteSession {
    pub client: ApiClient,
    pub account_id: String,
}

impl RemoteSession {
    /// `rate_limit` is the requests allowed per 5 minutes (a bulk job's `--rate-limit`;
    /// Cloudflare's 1,200 when not given); 0 turns the client-side limit off.
    pub async fn connect(
        context: &Context,
        config: Option<&Config>,
        rate_limit: Option<u32>,
    ) -> anyhow::Result<RemoteSession> {
        // A blank id counts as unset, as in `resolve_account_id` (the account is then looked up).
        let given = crate::api::account_id_from_env().or_else(|| {
            config
                .and_then(|c| c.account_id.clone())
                .filter(|id| !id.trim().is_empty())
        });
        if let Some(id) = given {
            // Checked before the first request: the account id is a path segment of every URL.
            crate::kv::ids::validate_remote_id("account id", id.trim())?;
        }
        let credentials = Credentials::from_env()?;
        let rate_limit = rate_limit.unwrap_or(DEFAULT_RATE_LIMIT);
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
