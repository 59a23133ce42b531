//! The credentials a run authenticates with, taken from the environment as wrangler does:
//! an API token (`CLOUDFLARE_API_TOKEN`, sent as a Bearer token), else a global API key with
//! its account email (`CLOUDFLARE_API_KEY` + `CLOUDFLARE_EMAIL`). Secrets stay inside this
//! type: its `Debug` is redacted and no error message ever contains them.

use std::fmt;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

use crate::error::WkvError;

pub const TOKEN_VAR: &str = "CLOUDFLARE_API_TOKEN";
pub const KEY_VAR: &str = "CLOUDFLARE_API_KEY";
pub const EMAIL_VAR: &str = "CLOUDFLARE_EMAIL";

/// How requests authenticate. Build it with `from_env`, `api_token` or `global_key`.
#[derive(Clone)]
pub struct Credentials {
    scheme: Scheme,
}

#[derive(Clone)]
enum Scheme {
    Token(String),
    GlobalKey { key: String, email: String },
}

impl Credentials {
    /// Reads the credentials from the environment; a missing variable is a usage error that
    /// says exactly which variables to set.
    pub fn from_env() -> anyhow::Result<Credentials> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    /// Like `from_env`, with the variables looked up through `lookup` (tests, other sources).
    /// Empty values count as unset; surrounding whitespace (a newline from `$(cat file)`) is
    /// dropped.
    pub fn from_vars(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Credentials> {
        let var = |name: &str| {
            lookup(name)
                .map(|value| value.trim().to_string())
                .filter(|value| !value.is_empty())
        };
        let credentials = match (var(TOKEN_VAR), var(KEY_VAR), var(EMAIL_VAR)) {
            (Some(token), _, _) => Credentials::api_token(token),
            (None, Some(key), Some(email)) => Credentials::global_key(key, email),
            (None, Some(_), None) => {
                return Err(WkvError::usage(format!(
                    "{KEY_VAR} is set but {EMAIL_VAR} is not; a global API key needs both"
                ))
                .with_hint(format!(
                    "set {EMAIL_VAR} to the email of the Cloudflare account, or set {TOKEN_VAR} to an API token instead"
                ))
                .into())
            }
            (None, None, _) => {
                return Err(WkvError::usage("no Cloudflare credentials were found in the environment")
                    .with_hint(format!(
                        "set {TOKEN_VAR} to an API token with the \"Workers KV Storage\" permission, or set {KEY_VAR} and {EMAIL_VAR} for a global API key"
                    ))
                    .into())
            }
        };
        // Fail now, with a message that names the variable and not its value, rather than on
        // the first request.
        credentials.headers()?;
        Ok(credentials)
    }

    pub fn api_token(token: impl Into<String>) -> Credentials {
        Credentials {
            scheme: Scheme::Token(token.into()),
        }
    }

    pub fn global_key(key: impl Into<String>, email: impl Into<String>) -> Credentials {
        Credentials {
            scheme: Scheme::GlobalKey {
                key: key.into(),
                email: email.into(),
            },
        }
    }

    /// Which kind of credential this is, for verbose output; never the secret itself.
    pub fn describe(&self) -> &'static str {
        match self.scheme {
            Scheme::Token(_) => "API token (CLOUDFLARE_API_TOKEN)",
            Scheme::GlobalKey { .. } => "global API key (CLOUDFLARE_API_KEY + CLOUDFLARE_EMAIL)",
        }
    }

    /// The authentication headers, marked sensitive so that HTTP-level debug output hides them.
    pub(crate) fn headers(&self) -> Result<HeaderMap, WkvError> {
        let mut headers = HeaderMap::new();
        match &self.scheme {
            Scheme::Token(token) => {
                headers.insert(
                    AUTHORIZATION,
                    secret_header(&format!("Bearer {token}"), TOKEN_VAR)?,
                );
            }
            Scheme::GlobalKey { key, email } => {
                headers.insert(
                    HeaderName::from_static("x-auth-key"),
                    secret_header(key, KEY_VAR)?,
                );
                headers.insert(
                    HeaderName::from_static("x-auth-email"),
                    secret_header(email, EMAIL_VAR)?,
                );
            }
        }
        Ok(headers)
    }
}

fn secret_header(value: &str, variable: &str) -> Result<HeaderValue, WkvError> {
    let mut header = HeaderValue::from_str(value).map_err(|_| {
        WkvError::usage(format!(
            "{variable} contains characters that cannot be sent in an HTTP header"
        ))
        .with_hint(format!(
            "check that {variable} holds only the credential, with no quotes or line breaks"
        ))
    })?;
    header.set_sensitive(true);
    Ok(header)
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.scheme {
            Scheme::Token(_) => f.write_str("Credentials::ApiToken((redacted))"),
            Scheme::GlobalKey { .. } => {
                f.write_str("Credentials::GlobalKey { key: (redacted), email: (redacted) }")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn a_token_wins_over_a_global_key() {
        let c = Credentials::from_vars(lookup(&[
            (TOKEN_VAR, "tok-123\n"),
            (KEY_VAR, "k"),
            (EMAIL_VAR, "a@b.c"),
        ]))
        .unwrap();
        let headers = c.headers().unwrap();
        assert_eq!(headers[AUTHORIZATION], "Bearer tok-123");
        assert!(headers[AUTHORIZATION].is_sensitive());
        assert!(headers.get("x-auth-key").is_none());
    }

    #[test]
    fn a_global_key_needs_its_email() {
        let c = Credentials::from_vars(lookup(&[(KEY_VAR, "k1"), (EMAIL_VAR, "a@b.c")])).unwrap();
        let headers = c.headers().unwrap();
        assert_eq!(headers["x-auth-key"], "k1");
        assert_eq!(headers["x-auth-email"], "a@b.c");

        let err = Credentials::from_vars(lookup(&[(KEY_VAR, "k1")])).unwrap_err();
        let err = err.downcast_ref::<WkvError>().unwrap();
        assert_eq!(err.kind, crate::error::ErrorKind::Usage);
        assert!(err.message.contains(EMAIL_VAR));
    }

    #[test]
    fn missing_credentials_name_the_variables() {
        let err = Credentials::from_vars(lookup(&[(TOKEN_VAR, "  ")])).unwrap_err();
        let err = err.downcast_ref::<WkvError>().unwrap();
        assert_eq!(err.kind, crate::error::ErrorKind::Usage);
        let hint = err.hints.join("\n");
        for var in [TOKEN_VAR, KEY_VAR, EMAIL_VAR] {
            assert!(hint.contains(var), "{hint}");
        }
    }

    #[test]
    fn secrets_never_show() {
        let token = Credentials::api_token("s3cr3t-token");
        let key = Credentials::global_key("s3cr3t-key", "me@example.com");
        for shown in [
            format!("{token:?}"),
            format!("{key:?}"),
            format!("{:?}", token.headers()),
        ] {
            assert!(!shown.contains("s3cr3t"), "{shown}");
            assert!(!shown.contains("me@example.com"), "{shown}");
        }
        let err = Credentials::from_vars(lookup(&[(TOKEN_VAR, "bad\u{1}s3cr3t")])).unwrap_err();
        assert!(!format!("{err:?} {err:#}").contains("s3cr3t"));
    }
}
