//! The OAuth refresh exchange with Cloudflare's token endpoint, as wrangler does it (RFC 6749
//! section 6): a form POST of `grant_type=refresh_token`, the refresh token and wrangler's public
//! client id (no secret), answered with `{access_token, expires_in, refresh_token?, scope?}` or an
//! error such as `{"error": "invalid_grant"}`. The URL and client id follow wrangler's variables
//! (`WRANGLER_API_ENVIRONMENT`, `WRANGLER_AUTH_DOMAIN`, `WRANGLER_TOKEN_URL`,
//! `WRANGLER_CLIENT_ID`). A refresh token is single-use, so a request is never retried here.

use std::time::Duration;

use serde::Deserialize;

use super::env::Environment;

const PRODUCTION_CLIENT_ID: &str = "54d11594-84e4-41aa-b438-e81b8fa78ee7";
const STAGING_CLIENT_ID: &str = "4b2ea6cc-9421-4761-874b-ce550e0e3def";
const TIMEOUT: Duration = Duration::from_secs(30);

/// Where and as whom to refresh.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenEndpoint {
    pub url: String,
    pub client_id: String,
}

impl TokenEndpoint {
    pub fn from_env(env: &Environment) -> TokenEndpoint {
        let staging = is_staging(env);
        let domain = env.value("WRANGLER_AUTH_DOMAIN").unwrap_or_else(|| {
            if staging {
                "dash.staging.cloudflare.com".to_string()
            } else {
                "dash.cloudflare.com".to_string()
            }
        });
        let url = env
            .value("WRANGLER_TOKEN_URL")
            .unwrap_or_else(|| format!("https://{domain}/oauth2/token"));
        let client_id = env.value("WRANGLER_CLIENT_ID").unwrap_or_else(|| {
            if staging {
                STAGING_CLIENT_ID.to_string()
            } else {
                PRODUCTION_CLIENT_ID.to_string()
            }
        });
        TokenEndpoint { url, client_id }
    }
}

/// `WRANGLER_API_ENVIRONMENT=staging`.
pub fn is_staging(env: &Environment) -> bool {
    env.value("WRANGLER_API_ENVIRONMENT").as_deref() == Some("staging")
}

/// A successful answer.
#[derive(Deserialize)]
pub struct Grant {
    pub access_token: String,
    pub expires_in: f64,
    #[serde(default)]
    pub refresh_token: Option<String>,
    #[serde(default)]
    pub scope: Option<String>,
}

/// Why a refresh failed; never holds a token.
#[derive(Debug, PartialEq, Eq)]
pub enum RefreshError {
    /// The endpoint refused the refresh token (`invalid_grant`): it was used or revoked.
    InvalidGrant,
    /// Anything else: unreachable endpoint, another OAuth error, an unreadable answer.
    Other(String),
}

#[derive(Deserialize)]
struct ErrorBody {
    error: Option<String>,
}

/// Exchanges the refresh token for a new access token (and usually a new refresh token).
pub async fn refresh(endpoint: &TokenEndpoint, refresh_token: &str) -> Result<Grant, RefreshError> {
    let client = reqwest::Client::builder()
        .timeout(TIMEOUT)
        .build()
        .map_err(|e| RefreshError::Other(format!("could not set up the HTTP client: {e}")))?;
    let response = client
        .post(&endpoint.url)
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", endpoint.client_id.as_str()),
        ])
        .send()
        .await
        .map_err(|e| {
            RefreshError::Other(format!(
                "could not reach the token endpoint: {}",
                e.without_url()
            ))
        })?;
    let status = response.status();
    let body = response.bytes().await.map_err(|e| {
        RefreshError::Other(format!(
            "the token endpoint's answer broke off: {}",
            e.without_url()
        ))
    })?;
    let error = serde_json::from_slice::<ErrorBody>(&body)
        .ok()
        .and_then(|b| b.error);
    match error.as_deref() {
        Some("invalid_grant") => return Err(RefreshError::InvalidGrant),
        Some(other) => {
            // The OAuth error code is a fixed word from RFC 6749, safe to show.
            let code: String = other
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                .take(40)
                .collect();
            return Err(RefreshError::Other(format!(
                "the token endpoint answered `{code}` (HTTP {})",
                status.as_u16()
            )));
        }
        None => {}
    }
    if !status.is_success() {
        return Err(RefreshError::Other(format!(
            "the token endpoint answered HTTP {}",
            status.as_u16()
        )));
    }
    serde_json::from_slice::<Grant>(&body)
        .ok()
        .filter(|grant| !grant.access_token.is_empty() && grant.expires_in.is_finite())
        .ok_or_else(|| {
            RefreshError::Other("the token endpoint's answer is not a token response".to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_follows_wranglers_variables() {
        let default = TokenEndpoint::from_env(&Environment::of(&[]));
        assert_eq!(default.url, "https://dash.cloudflare.com/oauth2/token");
        assert_eq!(default.client_id, PRODUCTION_CLIENT_ID);
        let staging =
            TokenEndpoint::from_env(&Environment::of(&[("WRANGLER_API_ENVIRONMENT", "staging")]));
        assert_eq!(
            staging.url,
            "https://dash.staging.cloudflare.com/oauth2/token"
        );
        assert_eq!(staging.client_id, STAGING_CLIENT_ID);
        let custom = TokenEndpoint::from_env(&Environment::of(&[
            ("WRANGLER_AUTH_DOMAIN", "auth.example"),
            ("WRANGLER_CLIENT_ID", "cid"),
        ]));
        assert_eq!(custom.url, "https://auth.example/oauth2/token");
        assert_eq!(custom.client_id, "cid");
        let url = TokenEndpoint::from_env(&Environment::of(&[(
            "WRANGLER_TOKEN_URL",
            "http://127.0.0.1:9/token",
        )]));
        assert_eq!(url.url, "http://127.0.0.1:9/token");
    }
}
