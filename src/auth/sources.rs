//! Which credentials a run uses, in this order (the README's table). wrangler's order is kept:
//! the variables, then the session of the profile chosen by `CLOUDFLARE_AUTH_PROFILE` or by a
//! `wrangler auth activate` binding, then the default session; wkv's own profiles fit in it as
//! rows 1 and 6.
//!
//! 1. `--profile NAME` / `WKV_PROFILE`: the wkv profile NAME, else wrangler's profile
//!    `config/NAME.toml` (for `default`, wrangler's default session); an explicit choice beats
//!    the variables.
//! 2. `CLOUDFLARE_API_KEY` + `CLOUDFLARE_EMAIL`, both set (wrangler 4's order).
//! 3. `CLOUDFLARE_API_TOKEN`.
//!    (2 and 3 also accept the deprecated `CF_*` names, and values from `.env` files; a real
//!    variable beats a file.)
//! 4. `CLOUDFLARE_AUTH_PROFILE=NAME`: wrangler's profile NAME, which must exist.
//! 5. A directory binding of `wrangler auth activate`: wrangler's profile, which must exist.
//! 6. The default wkv profile (`wkv auth use`).
//! 7. wrangler's default session: its OAuth token (refreshed when expired), else its legacy
//!    `api_token`.

use std::path::PathBuf;

use crate::api::{Account, Credentials};
use crate::error::WkvError;

use super::env::{Environment, Var};
use super::profiles::{self, ProfileStore};
use super::wrangler_profiles::{self, ProfileChoice, ProfileReason};
use super::wrangler_session::{self, SessionKind, SessionLocation, SessionPolicy};

/// Where the credentials came from. Never holds a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Environment variables (or `.env` values): their names, and the file if they came from one.
    Variables {
        names: String,
        file: Option<PathBuf>,
    },
    WkvProfile {
        name: String,
        path: PathBuf,
    },
    WranglerSession {
        path: PathBuf,
        kind: SessionKind,
    },
}

impl Source {
    /// For messages: "the CLOUDFLARE_API_TOKEN environment variable".
    pub fn describe(&self) -> String {
        match self {
            Source::Variables { names, file: None } => format!("the {names} environment variable"),
            Source::Variables {
                names,
                file: Some(file),
            } => format!("{names} in `{}`", file.display()),
            Source::WkvProfile { name, path } => {
                format!("wkv profile `{name}` (`{}`)", path.display())
            }
            Source::WranglerSession {
                path,
                kind: SessionKind::LegacyApiToken,
            } => format!("the api_token of wrangler's config `{}`", path.display()),
            Source::WranglerSession { path, .. } => {
                format!("wrangler's login session `{}`", path.display())
            }
        }
    }

    /// A stable word for JSON output.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Variables { file: None, .. } => "environment",
            Source::Variables { file: Some(_), .. } => "env-file",
            Source::WkvProfile { .. } => "wkv-profile",
            Source::WranglerSession {
                kind: SessionKind::LegacyApiToken,
                ..
            } => "wrangler-api-token",
            Source::WranglerSession { .. } => "wrangler-session",
        }
    }
}

/// The credentials of the run and what comes with them.
pub struct SignIn {
    pub credentials: Credentials,
    pub source: Source,
    /// The default account of the wkv profile signed in with.
    pub profile_account: Option<Account>,
    /// The email of a global API key (wrangler shows it as the user's).
    pub key_email: Option<String>,
    /// The wrangler profile in use, which names its account cache file.
    pub wrangler_profile: Option<String>,
    /// The profile signed in with and why it was chosen; `None` for variables.
    pub profile: Option<ProfileInUse>,
    /// Deprecated variable names in use.
    pub warnings: Vec<String>,
}

/// A profile in use: whose it is, its name, and why it was chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileInUse {
    /// `wkv` or `wrangler`.
    pub owner: &'static str,
    /// `default` for wrangler's default session.
    pub name: String,
    /// Why, for people: "--profile", "CLOUDFLARE_AUTH_PROFILE", ...
    pub reason: String,
    /// Why, as a stable word for JSON output.
    pub reason_kind: &'static str,
}

/// A profile named by `--profile`, `WKV_PROFILE` or a copy place's `PROFILE@`.
pub struct ExplicitProfile<'a> {
    pub name: &'a str,
    /// How it was named: "--profile", "WKV_PROFILE", ...
    pub via: &'a str,
}

/// What resolution looks at.
pub struct SourceInputs<'a> {
    pub env: &'a Environment,
    pub profile: Option<ExplicitProfile<'a>>,
    /// The directory wrangler would resolve its directory bindings from.
    pub profile_dir: &'a std::path::Path,
    pub profiles: Option<&'a ProfileStore>,
    pub wrangler_dir: Option<&'a std::path::Path>,
    pub policy: SessionPolicy<'a>,
}

pub async fn resolve(inputs: &SourceInputs<'_>) -> anyhow::Result<SignIn> {
    if let Some(explicit) = &inputs.profile {
        return explicit_profile(inputs, explicit).await;
    }
    if let Some(sign_in) = from_variables(inputs.env)? {
        return Ok(sign_in);
    }
    let chosen = wrangler_profiles::choose(
        inputs.env.value("CLOUDFLARE_AUTH_PROFILE").as_deref(),
        inputs.wrangler_dir,
        inputs.profile_dir,
    )?;
    if let Some(choice) = chosen {
        let why = ProfileInUse {
            owner: "wrangler",
            name: choice.name.clone(),
            reason: choice.reason.describe(),
            reason_kind: choice.reason.kind(),
        };
        return match wrangler(inputs, Some(&choice.name), why).await? {
            Some(sign_in) => Ok(sign_in),
            None => Err(missing_wrangler_profile(&choice)),
        };
    }
    if let Some(store) = inputs.profiles {
        let saved = store.load()?;
        if let Some(name) = saved.default.as_deref() {
            let why = "the default wkv profile (`wkv auth use`)";
            if let Some(sign_in) = wkv_profile(store, &saved, name, why, "wkv-default") {
                return Ok(sign_in);
            }
        }
    }
    let why = ProfileInUse {
        owner: "wrangler",
        name: "default".to_string(),
        reason: "no --profile, CLOUDFLARE_AUTH_PROFILE or `wrangler auth activate` binding chose another".to_string(),
        reason_kind: "default",
    };
    if let Some(sign_in) = wrangler(inputs, None, why).await? {
        return Ok(sign_in);
    }
    Err(not_signed_in(inputs.env))
}

async fn explicit_profile(
    inputs: &SourceInputs<'_>,
    explicit: &ExplicitProfile<'_>,
) -> anyhow::Result<SignIn> {
    let name = explicit.name;
    let why = |owner| ProfileInUse {
        owner,
        name: name.to_string(),
        reason: explicit.via.to_string(),
        reason_kind: "explicit",
    };
    profiles::validate_name(name)?;
    if let Some(store) = inputs.profiles {
        let saved = store.load()?;
        if let Some(sign_in) = wkv_profile(store, &saved, name, explicit.via, "explicit") {
            return Ok(sign_in);
        }
    }
    // Without a wkv profile of that name, `default` is wrangler's default session, as in
    // `wrangler --profile default`.
    if let Some(sign_in) = wrangler(inputs, Some(name), why("wrangler")).await? {
        return Ok(sign_in);
    }
    if name == "default" {
        return Err(WkvError::usage(
            "wrangler's default session does not exist: nobody ran `wrangler login`",
        )
        .with_hint("run `wrangler login`, or name a profile of `wkv auth list`")
        .into());
    }
    Err(WkvError::usage(format!(
        "there is no wkv profile and no wrangler profile named `{name}`"
    ))
    .with_hint(
        "run `wkv auth list` to see the profiles, or `wkv auth login --profile NAME` to add one",
    )
    .into())
}

/// A profile chosen by `CLOUDFLARE_AUTH_PROFILE` or a binding that has no session: wrangler
/// would not fall back to another account, and neither does wkv.
fn missing_wrangler_profile(choice: &ProfileChoice) -> anyhow::Error {
    let name = &choice.name;
    let error = WkvError::usage(format!(
        "wrangler's profile `{name}` has no session (chosen by {})",
        choice.reason.describe()
    ));
    let error = match &choice.reason {
        ProfileReason::Directory { .. } => error.with_hint(format!(
            "run `wrangler auth create {name}` to sign it in, or `wrangler auth deactivate` in the bound directory"
        )),
        _ => error.with_hint(format!(
            "run `wrangler auth create {name}` to sign it in, or unset CLOUDFLARE_AUTH_PROFILE"
        )),
    };
    error.into()
}

fn wkv_profile(
    store: &ProfileStore,
    saved: &profiles::Profiles,
    name: &str,
    reason: &str,
    reason_kind: &'static str,
) -> Option<SignIn> {
    let profile = saved.profiles.get(name)?;
    let source = Source::WkvProfile {
        name: name.to_string(),
        path: store.path.clone(),
    };
    Some(SignIn {
        credentials: Credentials::api_token(profile.token.clone()).with_source(source.describe()),
        source,
        profile_account: profile.account_id.as_ref().map(|id| Account {
            id: id.clone(),
            name: profile.account_name.clone().unwrap_or_default(),
        }),
        key_email: None,
        wrangler_profile: None,
        profile: Some(ProfileInUse {
            owner: "wkv",
            name: name.to_string(),
            reason: reason.to_string(),
            reason_kind,
        }),
        warnings: Vec::new(),
    })
}

/// Rows 2 and 3: the global key with its email, else the token.
pub fn from_variables(env: &Environment) -> anyhow::Result<Option<SignIn>> {
    let mut warnings = Vec::new();
    let mut note = |var: &Var, new: &str| {
        if var.name != new {
            warnings.push(format!("{} is deprecated; use {new} instead", var.name));
        }
    };
    let key = env.get_or_legacy("CLOUDFLARE_API_KEY", "CF_API_KEY");
    let email = env.get_or_legacy("CLOUDFLARE_EMAIL", "CF_EMAIL");
    if let (Some(key), Some(email)) = (&key, &email) {
        note(key, "CLOUDFLARE_API_KEY");
        note(email, "CLOUDFLARE_EMAIL");
        let source = Source::Variables {
            names: format!("{} and {}", key.name, email.name),
            file: file_of(key).or_else(|| file_of(email)),
        };
        return Ok(Some(SignIn {
            credentials: Credentials::global_key(key.value.clone(), email.value.clone())
                .with_source(source.describe()),
            source,
            profile_account: None,
            key_email: Some(email.value.clone()),
            wrangler_profile: None,
            profile: None,
            warnings,
        }));
    }
    if let Some(token) = env.get_or_legacy("CLOUDFLARE_API_TOKEN", "CF_API_TOKEN") {
        note(&token, "CLOUDFLARE_API_TOKEN");
        let source = Source::Variables {
            names: token.name.clone(),
            file: file_of(&token),
        };
        return Ok(Some(SignIn {
            credentials: Credentials::api_token(token.value).with_source(source.describe()),
            source,
            profile_account: None,
            key_email: None,
            wrangler_profile: None,
            profile: None,
            warnings,
        }));
    }
    Ok(None)
}

fn file_of(var: &Var) -> Option<PathBuf> {
    var.file().map(PathBuf::from)
}

/// wrangler's session: the default one (`staging` under `WRANGLER_API_ENVIRONMENT=staging`) or
/// a named profile's.
async fn wrangler(
    inputs: &SourceInputs<'_>,
    profile: Option<&str>,
    why: ProfileInUse,
) -> anyhow::Result<Option<SignIn>> {
    let Some(dir) = inputs.wrangler_dir else {
        return Ok(None);
    };
    let staging = super::token_refresh::is_staging(inputs.env);
    let location = SessionLocation {
        config_dir: dir.to_path_buf(),
        base: super::wrangler_dir::session_base_name(profile, staging),
    };
    let Some(session) = wrangler_session::load(&location, &inputs.policy).await? else {
        return Ok(None);
    };
    let mut warnings = Vec::new();
    if session.kind == SessionKind::LegacyApiToken {
        warnings.push(format!(
            "using the deprecated api_token of `{}`; run `wrangler login` or use CLOUDFLARE_API_TOKEN",
            session.path.display()
        ));
    }
    let source = Source::WranglerSession {
        path: session.path.clone(),
        kind: session.kind.clone(),
    };
    Ok(Some(SignIn {
        credentials: Credentials::api_token(session.token).with_source(source.describe()),
        source,
        profile_account: None,
        key_email: None,
        wrangler_profile: profile.filter(|p| *p != "default").map(str::to_string),
        profile: Some(why),
        warnings,
    }))
}

fn not_signed_in(env: &Environment) -> anyhow::Error {
    let mut error =
        WkvError::usage("you are not signed in to Cloudflare: no credentials were found");
    let key = env.get_or_legacy("CLOUDFLARE_API_KEY", "CF_API_KEY");
    let email = env.get_or_legacy("CLOUDFLARE_EMAIL", "CF_EMAIL");
    if key.is_some() != email.is_some() {
        error = error.with_hint(
            "a global API key needs both CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL; only one is set",
        );
    }
    error
        .with_hint("set CLOUDFLARE_API_TOKEN to an API token with the \"Workers KV Storage\" permission (or CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL for a global API key)")
        .with_hint("or run `wkv auth login` to save a token, or `wrangler login` to sign in with a browser")
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_global_key_beats_a_token_as_in_wrangler_4() {
        let env = Environment::of(&[
            ("CLOUDFLARE_API_TOKEN", "tok"),
            ("CLOUDFLARE_API_KEY", "key"),
            ("CLOUDFLARE_EMAIL", "me@example.com"),
        ]);
        let sign_in = from_variables(&env).unwrap().unwrap();
        assert!(sign_in.credentials.is_global_key());
        assert_eq!(sign_in.source.kind(), "environment");
        // A key without its email falls through to the token.
        let env = Environment::of(&[
            ("CLOUDFLARE_API_TOKEN", "tok"),
            ("CLOUDFLARE_API_KEY", "key"),
        ]);
        let sign_in = from_variables(&env).unwrap().unwrap();
        assert_eq!(sign_in.credentials.token(), Some("tok"));
    }

    #[test]
    fn legacy_names_warn() {
        let env = Environment::of(&[("CF_API_TOKEN", "tok")]);
        let sign_in = from_variables(&env).unwrap().unwrap();
        assert_eq!(sign_in.warnings.len(), 1);
        assert!(sign_in.source.describe().contains("CF_API_TOKEN"));
    }
}
