//! The error of one API request, after any retries: which request (method and path, never the
//! query string or a header), the HTTP status, Cloudflare's `errors[]` and the `cf-ray` id for
//! support. It knows which exit-code kind it maps to and which hints help the user; `main`
//! downcasts it to print them. It never holds a credential.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, WkvError};

pub const CODE_KEY_NOT_FOUND: i64 = 10009;
pub const CODE_NAMESPACE_NOT_FOUND: i64 = 10013;
pub const CODE_TITLE_EXISTS: i64 = 10014;
pub const CODE_AUTHENTICATION: i64 = 10000;
pub const CODE_NO_ROUTE: i64 = 7003;
pub const CODE_THROTTLED: i64 = 971;

/// One entry of the envelope's `errors` array.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CloudflareError {
    #[serde(default)]
    pub code: i64,
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.describe())]
pub struct ApiError {
    pub method: String,
    /// The URL path below the base URL, without the query string.
    pub path: String,
    /// `None` when no response arrived (connection failure, timeout).
    pub status: Option<u16>,
    pub errors: Vec<CloudflareError>,
    pub cf_ray: Option<String>,
    /// What went wrong when Cloudflare gave no error to show: a transport failure or a response
    /// that is not an API envelope.
    pub detail: Option<String>,
    /// How many times the request was sent (1 when it was not retried).
    pub attempts: u32,
    /// Where the credentials came from, named in the hint of an authentication error.
    pub credential_source: Option<String>,
}

impl ApiError {
    pub(crate) fn new(method: &str, path: &str) -> ApiError {
        ApiError {
            method: method.to_string(),
            path: path.to_string(),
            status: None,
            errors: Vec::new(),
            cf_ray: None,
            detail: None,
            attempts: 1,
            credential_source: None,
        }
    }

    /// The first Cloudflare error code, if any.
    pub fn code(&self) -> Option<i64> {
        self.errors.first().map(|e| e.code)
    }

    pub fn has_code(&self, code: i64) -> bool {
        self.errors.iter().any(|e| e.code == code)
    }

    /// True when no HTTP response was received at all.
    pub fn is_transport(&self) -> bool {
        self.status.is_none()
    }

    /// `GET /accounts/.../keys`, for verbose error output.
    pub fn request_line(&self) -> String {
        format!("{} {}", self.method, self.path)
    }

    pub fn kind(&self) -> ErrorKind {
        if self.has_code(CODE_KEY_NOT_FOUND)
            || self.has_code(CODE_NAMESPACE_NOT_FOUND)
            || self.status == Some(404)
        {
            ErrorKind::NotFound
        } else if matches!(self.status, Some(400 | 413 | 414)) {
            ErrorKind::Usage
        } else {
            ErrorKind::Failure
        }
    }

    /// What the user can do about it, one line per hint.
    pub fn hints(&self) -> Vec<String> {
        let mut hints = Vec::new();
        if self.has_code(CODE_AUTHENTICATION) || matches!(self.status, Some(401 | 403)) {
            let source = self
                .credential_source
                .as_deref()
                .unwrap_or("the credentials");
            hints.push(format!(
                "the credentials from {source} were refused or lack the \"Workers KV Storage\" permission (Edit) for this account, or cannot reach the account at all"
            ));
            hints.push(
                "run `wkv whoami` to see who you are signed in as and which accounts you reach; use an API token with \"Workers KV Storage\" (CLOUDFLARE_API_TOKEN or `wkv auth login`), or CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL for a global API key".to_string(),
            );
        }
        if self.has_code(CODE_KEY_NOT_FOUND) {
            hints.push("the key does not exist; run `wkv key list --remote` to see the keys of the namespace".to_string());
        }
        if self.has_code(CODE_NAMESPACE_NOT_FOUND) {
            hints.push("run `wkv namespace list` to see the namespaces of the account".to_string());
        }
        if self.has_code(CODE_TITLE_EXISTS) {
            hints.push("a namespace with this title already exists; choose another title, or run `wkv namespace id TITLE` to find its id".to_string());
        }
        if self.has_code(CODE_NO_ROUTE) {
            hints.push("the API has no route for this URL: check the account id (CLOUDFLARE_ACCOUNT_ID, or account_id in the wrangler config) and CLOUDFLARE_API_BASE_URL".to_string());
        }
        if self.has_code(CODE_THROTTLED) || self.status == Some(429) {
            hints.push("the API allows 1,200 requests per 5 minutes per user; wait a few minutes, or use the bulk commands, which write up to 10,000 keys per request".to_string());
        }
        if self.is_transport() {
            hints.push(
                "check the network connection, and CLOUDFLARE_API_BASE_URL if it is set"
                    .to_string(),
            );
        }
        hints
    }

    fn describe(&self) -> String {
        let mut text = if !self.errors.is_empty() {
            let parts: Vec<String> = self
                .errors
                .iter()
                .map(|e| format!("{} [code {}]", e.message, e.code))
                .collect();
            parts.join("; ")
        } else if let Some(detail) = &self.detail {
            detail.clone()
        } else if let Some(status) = self.status {
            status_line(status)
        } else {
            "the request failed".to_string()
        };
        if self.attempts > 1 {
            text.push_str(&format!(" (gave up after {} attempts)", self.attempts));
        }
        text
    }
}

/// `HTTP 502 Bad Gateway`.
pub(crate) fn status_line(status: u16) -> String {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    format!("HTTP {status} {reason}").trim_end().to_string()
}

impl From<&ApiError> for WkvError {
    fn from(error: &ApiError) -> WkvError {
        let mut converted = WkvError::new(error.kind(), error.to_string());
        converted.hints = error.hints();
        converted
    }
}

impl From<ApiError> for WkvError {
    fn from(error: ApiError) -> WkvError {
        WkvError::from(&error)
    }
}

/// Shows the request and the ray id, for `-v` output.
pub struct VerboseApiError<'a>(pub &'a ApiError);

impl fmt::Display for VerboseApiError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.request_line())?;
        if let Some(status) = self.0.status {
            write!(f, " -> {}", status_line(status))?;
        }
        if let Some(ray) = &self.0.cf_ray {
            write!(f, " (cf-ray {ray})")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api_error(status: Option<u16>, codes: &[(i64, &str)]) -> ApiError {
        let mut e = ApiError::new("GET", "/accounts/a/storage/kv/namespaces/n/values/k");
        e.status = status;
        e.errors = codes
            .iter()
            .map(|(c, m)| CloudflareError {
                code: *c,
                message: m.to_string(),
            })
            .collect();
        e
    }

    #[test]
    fn display_shows_message_and_code() {
        let e = api_error(Some(404), &[(10009, "get: 'key not found'")]);
        assert_eq!(e.to_string(), "get: 'key not found' [code 10009]");
        let mut e = api_error(Some(502), &[]);
        assert_eq!(e.to_string(), "HTTP 502 Bad Gateway");
        e.attempts = 3;
        assert_eq!(
            e.to_string(),
            "HTTP 502 Bad Gateway (gave up after 3 attempts)"
        );
    }

    #[test]
    fn kinds_follow_codes_and_statuses() {
        assert_eq!(
            api_error(Some(404), &[(10009, "x")]).kind(),
            ErrorKind::NotFound
        );
        assert_eq!(
            api_error(Some(400), &[(10013, "x")]).kind(),
            ErrorKind::NotFound
        );
        assert_eq!(api_error(Some(404), &[]).kind(), ErrorKind::NotFound);
        assert_eq!(api_error(Some(413), &[]).kind(), ErrorKind::Usage);
        assert_eq!(api_error(Some(414), &[]).kind(), ErrorKind::Usage);
        assert_eq!(
            api_error(Some(400), &[(10014, "exists")]).kind(),
            ErrorKind::Usage
        );
        assert_eq!(
            api_error(Some(403), &[(10000, "auth")]).kind(),
            ErrorKind::Failure
        );
        assert_eq!(api_error(None, &[]).kind(), ErrorKind::Failure);
    }

    #[test]
    fn hints_for_common_codes() {
        let auth = api_error(Some(403), &[(10000, "Authentication error")])
            .hints()
            .join("\n");
        assert!(auth.contains("CLOUDFLARE_API_TOKEN") && auth.contains("CLOUDFLARE_EMAIL"));
        assert!(auth.contains("Workers KV Storage") && auth.contains("the credentials from"));
        let mut sourced = api_error(Some(403), &[(10000, "Authentication error")]);
        sourced.credential_source = Some("wkv profile `work`".to_string());
        assert!(sourced.hints()[0].contains("wkv profile `work`"));
        let ns = api_error(Some(404), &[(10013, "x")]).hints().join("\n");
        assert!(ns.contains("`wkv namespace list`"));
        let route = api_error(Some(400), &[(7003, "No route")])
            .hints()
            .join("\n");
        assert!(route.contains("CLOUDFLARE_ACCOUNT_ID"));
        assert!(api_error(Some(400), &[(10014, "x")]).hints()[0].contains("already exists"));
        assert!(api_error(Some(500), &[]).hints().is_empty());
    }

    #[test]
    fn converts_to_wkv_error_with_kind_and_hints() {
        let converted = WkvError::from(api_error(Some(404), &[(10013, "namespace not found")]));
        assert_eq!(converted.kind, ErrorKind::NotFound);
        assert_eq!(converted.message, "namespace not found [code 10013]");
        assert_eq!(converted.hints.len(), 1);
    }
}
