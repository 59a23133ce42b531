//! Whose credentials each side of a copy uses. By default both sides use the usual
//! `CLOUDFLARE_API_TOKEN` (or key and email), `CLOUDFLARE_ACCOUNT_ID` and
//! `CLOUDFLARE_API_BASE_URL`. To copy between accounts, give a side its own with
//! `WKV_FROM_API_TOKEN`, `WKV_FROM_ACCOUNT_ID`, `WKV_FROM_API_BASE_URL` (the source) or the
//! `WKV_TO_` ones (the target): once any of a side's variables is set, that side takes its token
//! from its own variable and never falls back to the shared one, so a missing token is an error
//! before anything is read rather than a copy made with the wrong account's credentials.
//! Tokens travel in the environment, never in flags, so they do not show in process listings.

use crate::api::{default_base_url, Credentials};
use crate::error::WkvError;

use super::Place;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    From,
    To,
}

impl Side {
    fn prefix(self) -> &'static str {
        match self {
            Side::From => "WKV_FROM_",
            Side::To => "WKV_TO_",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Side::From => "source",
            Side::To => "target",
        }
    }
}

/// The credentials, API base URL and (when given) account of one remote side.
pub struct SideAccess {
    pub credentials: Credentials,
    pub base_url: String,
    pub account_id: Option<String>,
}

impl SideAccess {
    /// The access for a remote `place` on `side`, from the environment.
    pub fn resolve(side: Side, place: &Place) -> anyhow::Result<SideAccess> {
        SideAccess::resolve_with(side, place, |name| std::env::var(name).ok())
    }

    /// `resolve` with the variables looked up through `lookup`.
    pub fn resolve_with(
        side: Side,
        place: &Place,
        lookup: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<SideAccess> {
        if let Some(profile) = &place.profile {
            // Sign-in profiles plug in here: a profile gives the side its credentials.
            return Err(WkvError::usage(format!(
                "profiles are not supported yet (`{profile}@` in the {} place `{place}`)",
                side.describe()
            ))
            .with_hint(format!(
                "give the {} its own credentials with {}API_TOKEN and {}ACCOUNT_ID",
                side.describe(),
                side.prefix(),
                side.prefix()
            ))
            .into());
        }
        let var = |suffix: &str| {
            lookup(&format!("{}{suffix}", side.prefix()))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let (token, account, base_url) = (var("API_TOKEN"), var("ACCOUNT_ID"), var("API_BASE_URL"));
        if token.is_none() && account.is_none() && base_url.is_none() {
            return Ok(SideAccess {
                credentials: Credentials::from_vars(&lookup)?,
                base_url: default_base_url(),
                account_id: None,
            });
        }
        let Some(token) = token else {
            return Err(WkvError::usage(format!(
                "the {} `{place}` has its own account or API address ({}ACCOUNT_ID or {}API_BASE_URL) but no {}API_TOKEN",
                side.describe(),
                side.prefix(),
                side.prefix(),
                side.prefix()
            ))
            .with_hint(format!(
                "set {}API_TOKEN to an API token of that account",
                side.prefix()
            ))
            .into());
        };
        if let Some(id) = &account {
            crate::kv::ids::validate_remote_id("account id", id)?;
        }
        Ok(SideAccess {
            credentials: Credentials::api_token(token),
            base_url: base_url
                .map(|url| url.trim_end_matches('/').to_string())
                .unwrap_or_else(default_base_url),
            account_id: account,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> Place {
        Place::parse(text).unwrap()
    }

    #[test]
    fn a_side_with_its_own_variables_needs_its_own_token() {
        let vars = |name: &str| match name {
            "WKV_TO_API_BASE_URL" => Some("http://127.0.0.1:1/client/v4/".to_string()),
            "CLOUDFLARE_API_TOKEN" => Some("shared".to_string()),
            _ => None,
        };
        let from = SideAccess::resolve_with(Side::From, &place("remote:a"), vars).unwrap();
        assert_eq!(from.account_id, None);
        let to = SideAccess::resolve_with(Side::To, &place("remote:b"), vars);
        let message = format!("{:#}", to.err().unwrap());
        assert!(message.contains("WKV_TO_API_TOKEN"), "{message}");
        assert!(!message.contains("shared"), "{message}");
    }

    #[test]
    fn a_side_takes_its_token_account_and_address() {
        let vars = |name: &str| match name {
            "WKV_FROM_API_TOKEN" => Some("t1".to_string()),
            "WKV_FROM_ACCOUNT_ID" => Some("acc".to_string()),
            "WKV_FROM_API_BASE_URL" => Some("http://127.0.0.1:1/client/v4/".to_string()),
            _ => None,
        };
        let from = SideAccess::resolve_with(Side::From, &place("remote:a"), vars).unwrap();
        assert_eq!(from.account_id.as_deref(), Some("acc"));
        assert_eq!(from.base_url, "http://127.0.0.1:1/client/v4");
    }

    #[test]
    fn a_profile_is_refused_until_profiles_exist() {
        let result = SideAccess::resolve_with(Side::From, &place("work@remote:a"), |_| None);
        assert!(format!("{:#}", result.err().unwrap()).contains("profiles are not supported"));
    }
}
