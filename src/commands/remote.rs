//! Connecting to the API for one run: credentials, client options from the flags, the account.

use std::time::Duration;

use crate::api::{default_base_url, ApiClient, ClientOptions, Credentials, RemoteStore};
use crate::config::Config;

use super::target::Context;

/// Cloudflare's limit: 1,200 requests per 5 minutes per user.
const DEFAULT_RATE_LIMIT: u32 = 1200;

/// Who a session acts as and where: the credentials, the API's base URL, and the account when
/// it is known already.
pub struct RemoteAccess {
    pub credentials: Credentials,
    pub base_url: String,
    pub account_id: Option<String>,
}

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
        if let Some(id) =
            crate::api::account_id_from_env().or_else(|| config.and_then(|c| c.account_id.clone()))
        {
            // Checked before the first request: the account id is a path segment of every URL.
            crate::kv::ids::validate_remote_id("account id", id.trim())?;
        }
        let access = RemoteAccess {
            credentials: Credentials::from_env()?,
            base_url: default_base_url(),
            account_id: None,
        };
        RemoteSession::connect_with(context, config, rate_limit, access).await
    }

    /// `connect` with credentials, base URL and account given by the caller instead of the
    /// environment: one side of a `copy` between accounts. The account falls back to
    /// `CLOUDFLARE_ACCOUNT_ID`, the config's, or the only one the credentials see.
    pub async fn connect_with(
        context: &Context,
        config: Option<&Config>,
        rate_limit: Option<u32>,
        access: RemoteAccess,
    ) -> anyhow::Result<RemoteSession> {
        let rate_limit = rate_limit.unwrap_or(DEFAULT_RATE_LIMIT);
        let options = ClientOptions {
            base_url: access.base_url,
            retries: context.retries,
            verbose: context.verbose,
            requests_per_window: (rate_limit > 0).then(|| (rate_limit, Duration::from_secs(300))),
            timeout: Duration::from_secs(60),
            on_retry: context.on_retry.clone(),
        };
        let client = ApiClient::new(access.credentials, options)?;
        let account_id = match access.account_id {
            Some(id) => id,
            None => {
                client
                    .resolve_account_id(config.and_then(|c| c.account_id.as_deref()))
                    .await?
            }
        };
        Ok(RemoteSession { client, account_id })
    }

    pub fn namespace(&self, namespace_id: String) -> RemoteStore {
        RemoteStore::new(self.client.clone(), self.account_id.clone(), namespace_id)
    }
}
