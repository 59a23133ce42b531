//! Connecting to the API for one run: sign in (`crate::auth`), client options from the flags,
//! the account.

use std::time::Duration;

use crate::api::{ApiClient, ClientOptions, RemoteStore};
use crate::auth::api_headers::ApiHeaders;
use crate::auth::{self, AuthSetup, SignIn};
use crate::config::Config;
use crate::sync::SideAccess;

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
        Self::connect_with(
            context,
            config,
            rate_limit,
            SideAccess::SignIn { profile: None },
        )
        .await
    }

    /// `connect` for one side of a `copy`: the usual sign-in (under the place's `PROFILE@` when
    /// it names one), or the side's own token, API address and account.
    pub async fn connect_with(
        context: &Context,
        config: Option<&Config>,
        rate_limit: Option<u32>,
        access: SideAccess,
    ) -> anyhow::Result<RemoteSession> {
        let mut setup = context.auth_setup()?;
        let config_account_id = config.and_then(|c| c.account_id.as_deref());
        let picker: &dyn Fn(&[crate::api::Account]) -> anyhow::Result<usize> =
            &auth::account::prompt_for_account;
        let picker = context.can_prompt.then_some(picker);
        let (client, account_id) = match access {
            SideAccess::SignIn { profile } => {
                if profile.is_some() {
                    setup.profile = profile;
                    setup.profile_via = "the copy place's `PROFILE@`".to_string();
                }
                let (client, sign_in) = signed_in_client(context, &setup, rate_limit).await?;
                let inputs = setup.account_inputs(config_account_id, &sign_in);
                let (account_id, _) =
                    auth::account::resolve_account(&client, &inputs, picker).await?;
                (client, account_id)
            }
            SideAccess::Own {
                credentials,
                base_url,
                account_id,
            } => {
                let options = client_options(context, setup.api_headers()?, base_url, rate_limit);
                let client = ApiClient::new(credentials, options)?;
                let account_id = match account_id {
                    Some(id) => id,
                    None => {
                        // The shared CLOUDFLARE_ACCOUNT_ID or the config's, else the only
                        // account these credentials see; never wrangler's cache, which belongs
                        // to the usual sign-in.
                        let inputs = auth::account::AccountInputs {
                            config_account_id,
                            env: &setup.env,
                            profile_account: None,
                            cache: None,
                        };
                        auth::account::resolve_account(&client, &inputs, picker)
                            .await?
                            .0
                    }
                };
                (client, account_id)
            }
        };
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
    // Checked first: a refused CLOUDFLARE_API_HEADERS must stop the run before any request,
    // the refresh of a wrangler session included.
    let headers = setup.api_headers()?;
    let endpoint = setup.api_endpoint()?;
    let sign_in = setup.sign_in().await?;
    for warning in &sign_in.warnings {
        eprintln!("warning: {warning}");
    }
    let options = client_options(context, headers, endpoint.base_url, rate_limit);
    let client = ApiClient::new(sign_in.credentials.clone(), options)?;
    Ok((client, sign_in))
}

/// The client's settings from the run's flags and `CLOUDFLARE_API_HEADERS`; `rate_limit` is
/// requests per 5 minutes (Cloudflare's 1,200 when not given, 0 for none).
fn client_options(
    context: &Context,
    headers: ApiHeaders,
    base_url: String,
    rate_limit: Option<u32>,
) -> ClientOptions {
    let rate_limit = rate_limit.unwrap_or(DEFAULT_RATE_LIMIT);
    ClientOptions {
        base_url,
        retries: context.retries,
        verbose: context.verbose,
        requests_per_window: (rate_limit > 0).then(|| (rate_limit, Duration::from_secs(300))),
        timeout: Duration::from_secs(60),
        on_retry: context.on_retry.clone(),
        extra_headers: headers.headers,
    }
}
