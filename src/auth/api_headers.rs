//! `CLOUDFLARE_API_HEADERS` (wrangler 4.160+): a JSON object of header names to string values,
//! added to every Cloudflare API request (for a gateway or an access policy in front of the
//! API). Checked as wrangler checks it, with its refusals: not a JSON object, a value that is
//! not a string, a name or value HTTP does not allow, a protected header, the same name twice
//! in different cases. wkv also refuses the credential headers (`authorization`, `x-auth-key`,
//! `x-auth-email`), which wrangler lets the variable replace: the credentials come from the
//! sign-in, so that `whoami` and errors say truly what was sent. Values may be secrets: no
//! message and no `Debug` output ever shows one.

use reqwest::header::{HeaderName, HeaderValue};

use crate::error::WkvError;

use super::env::Environment;

pub const VARIABLE: &str = "CLOUDFLARE_API_HEADERS";

/// The headers wrangler refuses to let the variable set.
const PROTECTED: &[&str] = &[
    "host",
    "content-type",
    "content-encoding",
    "content-length",
    "connection",
    "transfer-encoding",
    "upgrade",
    "te",
    "trailer",
];

/// wkv's own refusals: the sign-in decides these.
const CREDENTIALS: &[&str] = &["authorization", "x-auth-key", "x-auth-email"];

/// The checked headers, names in lower case. `Debug` shows the names only.
#[derive(Clone, Default)]
pub struct ApiHeaders {
    pub headers: Vec<(HeaderName, HeaderValue)>,
}

impl std::fmt::Debug for ApiHeaders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.headers.iter().map(|(name, _)| name.as_str()))
            .finish()
    }
}

pub fn from_env(env: &Environment) -> anyhow::Result<ApiHeaders> {
    match env.get(VARIABLE) {
        Some(var) => parse(&var.value),
        None => Ok(ApiHeaders::default()),
    }
}

pub fn parse(text: &str) -> anyhow::Result<ApiHeaders> {
    let object = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Object(object)) => object,
        _ => return Err(refusal("must be a JSON object with string values")),
    };
    let mut headers: Vec<(HeaderName, HeaderValue)> = Vec::new();
    for (name, value) in &object {
        let Some(value) = value.as_str() else {
            return Err(refusal("must contain only string values"));
        };
        let (Some(header_name), Some(header_value)) = (header_name(name), header_value(value))
        else {
            return Err(refusal("contains an invalid HTTP header name or value"));
        };
        let lower = header_name.as_str();
        if PROTECTED.contains(&lower) {
            return Err(refusal(&format!(
                "cannot set the protected header \"{name}\""
            )));
        }
        if CREDENTIALS.contains(&lower) {
            return Err(WkvError::usage(format!(
                "{VARIABLE} cannot set the credential header \"{name}\""
            ))
            .with_hint("wkv sends the credentials of its sign-in: set CLOUDFLARE_API_TOKEN, or use --profile")
            .into());
        }
        if headers.iter().any(|(seen, _)| seen == header_name) {
            return Err(refusal(&format!("contains duplicate header \"{name}\"")));
        }
        headers.push((header_name, header_value));
    }
    Ok(ApiHeaders { headers })
}

/// A name as Node's `validateHeaderName` accepts it: an HTTP token.
fn header_name(name: &str) -> Option<HeaderName> {
    let token = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    token.then(|| HeaderName::from_bytes(name.as_bytes()).ok())?
}

/// A value as Node's `validateHeaderValue` accepts it: tab, visible ASCII, space, and the
/// Latin-1 range (sent as one byte each, as Node does).
fn header_value(value: &str) -> Option<HeaderValue> {
    let bytes = value
        .chars()
        .map(|c| match c as u32 {
            0x09 | 0x20..=0x7e | 0x80..=0xff => Some(c as u32 as u8),
            _ => None,
        })
        .collect::<Option<Vec<u8>>>()?;
    let mut value = HeaderValue::from_bytes(&bytes).ok()?;
    value.set_sensitive(true);
    Some(value)
}

fn refusal(what: &str) -> anyhow::Error {
    WkvError::usage(format!("{VARIABLE} {what}"))
        .with_hint(format!(
            "{VARIABLE} is a JSON object of header names to string values, e.g. '{{\"cf-access-client-id\": \"...\"}}'"
        ))
        .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(text: &str) -> String {
        format!("{:#}", parse(text).unwrap_err())
    }

    #[test]
    fn names_are_lower_cased_and_values_kept() {
        let headers = parse(r#"{"X-Gateway": "a b", "cf-access-client-id": "é"}"#).unwrap();
        let names: Vec<&str> = headers.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["x-gateway", "cf-access-client-id"]);
        assert_eq!(headers.headers[1].1.as_bytes(), [0xe9]);
        assert!(parse("").is_err());
    }

    #[test]
    fn each_refusal_names_the_header_never_the_value() {
        for (text, says) in [
            ("nope", "must be a JSON object"),
            ("[]", "must be a JSON object"),
            ("null", "must be a JSON object"),
            (r#"{"x-a": 1}"#, "only string values"),
            (r#"{"x a": "S3CRET"}"#, "invalid HTTP header name or value"),
            (
                r#"{"x-a": "S3CRET\n"}"#,
                "invalid HTTP header name or value",
            ),
            (
                r#"{"x-a": "S3CRET\u0100"}"#,
                "invalid HTTP header name or value",
            ),
            (r#"{"Host": "S3CRET"}"#, "protected header \"Host\""),
            (r#"{"content-length": "S3CRET"}"#, "protected header"),
            (r#"{"Authorization": "Bearer S3CRET"}"#, "credential header"),
            (
                r#"{"x-a": "S3CRET", "X-A": "S3CRET"}"#,
                "duplicate header \"X-A\"",
            ),
        ] {
            let message = refused(text);
            assert!(message.contains(says), "{text}: {message}");
            assert!(!message.contains("S3CRET"), "{message}");
        }
        let headers = parse(r#"{"x-a": "S3CRET"}"#).unwrap();
        assert!(!format!("{headers:?}").contains("S3CRET"));
    }
}
