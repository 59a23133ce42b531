//! Which API a run talks to, as wrangler decides it: `CLOUDFLARE_API_BASE_URL` (or the
//! deprecated `CF_API_BASE_URL`) verbatim; else Cloudflare's, on the FedRAMP host under
//! `CLOUDFLARE_COMPLIANCE_REGION=fedramp_high` and the staging host under
//! `WRANGLER_API_ENVIRONMENT=staging`.

use crate::error::WkvError;

use super::env::Environment;

/// The API base URL and the region's constraints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiEndpoint {
    pub base_url: String,
    /// OAuth sessions are refused in FedRAMP High, as wrangler refuses them.
    pub fedramp: bool,
}

pub fn api_endpoint(env: &Environment) -> anyhow::Result<ApiEndpoint> {
    let region = env.value("CLOUDFLARE_COMPLIANCE_REGION");
    let fedramp = match region.as_deref() {
        None | Some("public") => false,
        Some("fedramp_high") => true,
        Some(other) => {
            return Err(WkvError::usage(format!(
                "CLOUDFLARE_COMPLIANCE_REGION is `{other}`; it must be `public` or `fedramp_high`"
            ))
            .into())
        }
    };
    let base_url = match env.get_or_legacy("CLOUDFLARE_API_BASE_URL", "CF_API_BASE_URL") {
        Some(var) => var.value.trim_end_matches('/').to_string(),
        None => {
            let region = if fedramp { ".fed" } else { "" };
            let staging = if super::token_refresh::is_staging(env) {
                ".staging"
            } else {
                ""
            };
            format!("https://api{region}{staging}.cloudflare.com/client/v4")
        }
    };
    Ok(ApiEndpoint { base_url, fedramp })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(vars: &[(&str, &str)]) -> String {
        api_endpoint(&Environment::of(vars)).unwrap().base_url
    }

    #[test]
    fn base_urls_follow_wrangler() {
        assert_eq!(base(&[]), "https://api.cloudflare.com/client/v4");
        assert_eq!(
            base(&[("CLOUDFLARE_COMPLIANCE_REGION", "fedramp_high")]),
            "https://api.fed.cloudflare.com/client/v4"
        );
        assert_eq!(
            base(&[("WRANGLER_API_ENVIRONMENT", "staging")]),
            "https://api.staging.cloudflare.com/client/v4"
        );
        assert_eq!(
            base(&[
                ("CF_API_BASE_URL", "http://x/v4/"),
                ("CLOUDFLARE_COMPLIANCE_REGION", "fedramp_high")
            ]),
            "http://x/v4"
        );
        assert!(api_endpoint(&Environment::of(&[(
            "CLOUDFLARE_COMPLIANCE_REGION",
            "mars"
        )]))
        .is_err());
    }
}
