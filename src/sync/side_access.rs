//! Whose credentials each side of a copy uses. By default a remote side signs in the usual way
//! (`crate::auth`: `--profile`, the variables, `.env` files, wkv profiles, wrangler's session),
//! and a `PROFILE@` place signs in with that profile instead, a wkv profile or one of
//! wrangler's named ones, as `--profile` would. To copy between accounts without profiles, give a
//! side its own `WKV_FROM_API_TOKEN`, `WKV_FROM_ACCOUNT_ID`, `WKV_FROM_API_BASE_URL` (the source)
//! or the `WKV_TO_` ones (the target): once any of a side's variables is set, that side takes its
//! token from its own variable and never falls back to the shared one, so a missing token is an
//! error before anything is read rather than a copy made with the wrong account's credentials.
//! Tokens travel in the environment (or a `.env` file, read like every other credential
//! variable) or in profiles, never in flags, so they do not show in process listings.

use crate::api::Credentials;
use crate::auth::env::{Environment, Var};
use crate::auth::Source;
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

/// How one remote side signs in.
pub enum SideAccess {
    /// The usual sign-in; `profile` (from `PROFILE@`) replaces `--profile` when given.
    SignIn { profile: Option<String> },
    /// The side's own token, API base URL and (when given) account.
    Own {
        credentials: Credentials,
        base_url: String,
        account_id: Option<String>,
    },
}

impl SideAccess {
    /// Whether this side names its account itself (then the config is not needed for it).
    pub fn names_its_account(&self) -> bool {
        matches!(
            self,
            SideAccess::Own {
                account_id: Some(_),
                ..
            }
        )
    }

    /// The access for a remote `place` on `side`, from the run's variables (the process over
    /// the `.env` files); `default_base_url` is the API the usual sign-in would use.
    pub fn resolve(
        side: Side,
        place: &Place,
        env: &Environment,
        default_base_url: &str,
    ) -> anyhow::Result<SideAccess> {
        let var = |suffix: &str| env.get(&format!("{}{suffix}", side.prefix()));
        let (token, account, base_url) = (var("API_TOKEN"), var("ACCOUNT_ID"), var("API_BASE_URL"));
        let own_variables = token.is_some() || account.is_some() || base_url.is_some();
        if let Some(profile) = &place.profile {
            if own_variables {
                return Err(WkvError::usage(format!(
                    "the {} `{place}` names the profile `{profile}`, and {}* variables are set too",
                    side.describe(),
                    side.prefix()
                ))
                .with_hint("use one of them: drop `PROFILE@`, or unset the variables")
                .into());
            }
            return Ok(SideAccess::SignIn {
                profile: Some(profile.clone()),
            });
        }
        if !own_variables {
            return Ok(SideAccess::SignIn { profile: None });
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
                "set {}API_TOKEN to an API token of that account, or sign in with a profile (`wkv auth login --profile NAME`) and write the place as `NAME@{place}`",
                side.prefix()
            ))
            .into());
        };
        let account = account.map(|var| var.value);
        if let Some(id) = &account {
            crate::kv::ids::validate_remote_id("account id", id)?;
        }
        let source = Source::Variables {
            names: token.name.clone(),
            file: token.file().map(Into::into),
        };
        Ok(SideAccess::Own {
            credentials: Credentials::api_token(token.value).with_source(source.describe()),
            base_url: base_url
                .map(|var: Var| var.value.trim_end_matches('/').to_string())
                .unwrap_or_else(|| default_base_url.to_string()),
            account_id: account,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT: &str = "https://api.cloudflare.com/client/v4";

    fn place(text: &str) -> Place {
        Place::parse(text).unwrap()
    }

    #[test]
    fn a_side_with_its_own_variables_needs_its_own_token() {
        let env = Environment::of(&[
            ("WKV_TO_API_BASE_URL", "http://127.0.0.1:1/client/v4/"),
            ("CLOUDFLARE_API_TOKEN", "shared"),
        ]);
        let from = SideAccess::resolve(Side::From, &place("remote:a"), &env, DEFAULT).unwrap();
        assert!(matches!(from, SideAccess::SignIn { profile: None }));
        let to = SideAccess::resolve(Side::To, &place("remote:b"), &env, DEFAULT);
        let message = format!("{:#}", to.err().unwrap());
        assert!(message.contains("WKV_TO_API_TOKEN"), "{message}");
        assert!(!message.contains("shared"), "{message}");
    }

    #[test]
    fn a_side_takes_its_token_account_and_address() {
        let env = Environment::of(&[
            ("WKV_FROM_API_TOKEN", "t1"),
            ("WKV_FROM_ACCOUNT_ID", "acc"),
            ("WKV_FROM_API_BASE_URL", "http://127.0.0.1:1/client/v4/"),
        ]);
        let from = SideAccess::resolve(Side::From, &place("remote:a"), &env, DEFAULT).unwrap();
        let SideAccess::Own {
            base_url,
            account_id,
            ..
        } = &from
        else {
            panic!("the side's own variables were not used");
        };
        assert_eq!(account_id.as_deref(), Some("acc"));
        assert_eq!(base_url, "http://127.0.0.1:1/client/v4");
        assert!(from.names_its_account());
        // Without its own address a side uses the run's API.
        let env = Environment::of(&[("WKV_TO_API_TOKEN", "t2")]);
        let to = SideAccess::resolve(Side::To, &place("remote:b"), &env, DEFAULT).unwrap();
        assert!(matches!(to, SideAccess::Own { base_url, .. } if base_url == DEFAULT));
    }

    #[test]
    fn a_profile_signs_the_side_in_and_excludes_the_sides_variables() {
        let none = Environment::of(&[]);
        let from =
            SideAccess::resolve(Side::From, &place("work@remote:a"), &none, DEFAULT).unwrap();
        assert!(matches!(from, SideAccess::SignIn { profile: Some(p) } if p == "work"));
        let env = Environment::of(&[("WKV_FROM_API_TOKEN", "t1")]);
        let both = SideAccess::resolve(Side::From, &place("work@remote:a"), &env, DEFAULT);
        assert!(format!("{:#}", both.err().unwrap()).contains("names the profile"));
    }
}
