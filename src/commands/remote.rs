//! Connecting to the API for one run: sign in (`crate::auth`), client options from the flags,
//! the account.

use std::time::Duration;

use crate::api::{ApiClient, ClientOptions, RemoteStore};
use crate::auth::{self, AuthSetup, SignIn};
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
        let setup = context.auth_setup()?;
        let (client, sign_in) = signed_in_client(context, &setup, rate_limit).await?;
        let inputs = setup.account_inputs(config.and_then(|c| c.account_id.as_deref()), &sign_in);
        let picker: &dyn Fn(&[crate::api::Account]) -> anyhow::Result<usize> =
            &auth::account::prompt_for_account;
        let (account_id, _) =
            auth::account::resolve_account(&client, &inputs, context.can_prompt.then_some(picker))
                .await?;
        // Checked before any request names it: the account id is a path segment of every URL.
        crate::kv::ids::validate_remote_id("account id", account_id.trim())?;
        Ok(RemoteSession { client, account_id })
    }

    pub fn namespace(&self, namespace_id: String) -> RemoteStore {
        RemoteStore::new(self.client.clone(), self.account_id.clone(), namespace_id)
    }
}

/// Signs in and builds the client, printing any deprecation warnings of the sign-in.
pub async fn signed_in_client(
    context: &Context,
    setup: &AuthSetup,
    rate_limit: Option<u32>,
) -> anyhow::Result<(ApiClient, SignIn)> {
    let endpoint = setup.api_endpoint()?;
    let sign_in = setup.sign_in().await?;
    for warning in &sign_in.warnings {
        eprintln!("warning: {warning}");
    }
    let rate_limit = rate_limit.unwrap_or(DEFAULT_RATE_LIMIT);
    let options = ClientOptions {
        base_url: endpoint.base_url,
        retries: context.retries,
        verbose: context.verbose,
        requests_per_window: (rate_limit > 0).then(|| (rate_limit, Duration::from_secs(300))),
        timeout: Duration::from_secs(60),
        on_retry: context.on_retry.clone(),
    };
    let client = ApiClient::new(sign_in.credentials.clone(), options)?;
    Ok((client, sign_in))
}
