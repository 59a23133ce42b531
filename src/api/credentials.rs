//! The credentials a client authenticates with: an API token or OAuth token (sent as a Bearer
//! token), or a global API key with its account email. Where they came from (a variable, a
//! `.env` file, a profile, wrangler's session) is decided by `crate::auth`; this type only
//! carries them, with a printable description of their source for error messages. Secrets stay
//! inside: `Debug` is redacted and no error message ever contains them.

use std::fmt;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue, AUTHORIZATION};

use crate::error::WkvError;

/// How requests authenticate. Build it with `api_token` or `global_key`.
#[derive(Clone)]
pub struct Credentials {
    scheme: Scheme,
    /// Where they came from, for messages ("the CLOUDFLARE_API_TOKEN environment variable").
    source: String,
}

#[derive(Clone)]
enum Scheme {
    Token(String),
    GlobalKey { key: String, email: String },
}

impl Credentials {
    pub fn api_token(token: impl Into<String>) -> Credentials {
        Credentials {
            scheme: Scheme::Token(token.into()),
            source: "the API token".to_string(),
        }
    }

    pub fn global_key(key: impl Into<String>, email: impl Into<String>) -> Credentials {
        Credentials {
            scheme: Scheme::GlobalKey {
                key: key.into(),
                email: email.into(),
            },
            source: "the global API key".to_string(),
        }
    }

    /// Names where the credentials came from, for messages.
    pub fn with_source(mut self, source: impl Into<String>) -> Credentials {
        self.source = source.into();
        self
    }

    pub fn source(&self) -> &str {
        &self.source
    }

    /// The token, for `wkv auth token`; `None` for a global API key.
    pub fn token(&self) -> Option<&str> {
        match &self.scheme {
            Scheme::Token(token) => Some(token),
            Scheme::GlobalKey { .. } => None,
        }
    }

    pub fn is_global_key(&self) -> bool {
        matches!(self.scheme, Scheme::GlobalKey { .. })
    }

    /// The authentication headers, marked sensitive so that HTTP-level debug output hides them.
    pub(crate) fn headers(&self) -> Result<HeaderMap, WkvError> {
        let mut headers = HeaderMap::new();
        match &self.scheme {
            Scheme::Token(token) => {
                headers.insert(
                    AUTHORIZATION,
                    secret_header(&format!("Bearer {token}"), &self.source)?,
                );
            }
            Scheme::GlobalKey { key, email } => {
                headers.insert(
                    HeaderName::from_static("x-auth-key"),
                    secret_header(key, &self.source)?,
                );
                headers.insert(
                    HeaderName::from_static("x-auth-email"),
                    secret_header(email, &self.source)?,
                );
            }
        }
        Ok(headers)
    }
}

fn secret_header(value: &str, source: &str) -> Result<HeaderValue, WkvError> {
    let mut header = HeaderValue::from_str(value).map_err(|_| {
        WkvError::usage(format!(
            "the credential from {source} contains characters that cannot be sent in an HTTP header"
        ))
        .with_hint("check that it holds only the credential, with no quotes or line breaks")
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

    #[test]
    fn each_scheme_sends_its_headers() {
        let headers = Credentials::api_token("tok-123").headers().unwrap();
        assert_eq!(headers[AUTHORIZATION], "Bearer tok-123");
        assert!(headers[AUTHORIZATION].is_sensitive());
        assert!(headers.get("x-auth-key").is_none());
        let headers = Credentials::global_key("k1", "a@b.c").headers().unwrap();
        assert_eq!(headers["x-auth-key"], "k1");
        assert_eq!(headers["x-auth-email"], "a@b.c");
    }

    #[test]
    fn secrets_never_show() {
        let token = Credentials::api_token("s3cr3t-token").with_source("a test");
        let key = Credentials::global_key("s3cr3t-key", "me@example.com");
        for shown in [
            format!("{token:?}"),
            format!("{key:?}"),
            format!("{:?}", token.headers()),
        ] {
            assert!(!shown.contains("s3cr3t"), "{shown}");
            assert!(!shown.contains("me@example.com"), "{shown}");
        }
        let err = Credentials::api_token("bad\u{1}s3cr3t")
            .with_source("the CLOUDFLARE_API_TOKEN environment variable")
            .headers()
            .unwrap_err();
        assert!(err.message.contains("CLOUDFLARE_API_TOKEN"));
        assert!(!format!("{err:?} {err}").contains("s3cr3t"));
    }
}
