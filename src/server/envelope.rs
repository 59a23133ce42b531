//! The API's JSON envelope, as `wkv serve` answers: `{"success", "errors", "messages", "result"}`
//! (plus `result_info` on lists), and `ApiError`, the one failure type every handler returns,
//! which renders as the failure envelope with the HTTP status and Cloudflare error code it
//! carries. Nothing here knows about routes or stores.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json as JsonBody;
use serde_json::{json, Value as Json};

use crate::error::{ErrorKind, WkvError};
use crate::local::NamespaceRemoved;

/// Codes Cloudflare documents for KV (see `docs/cloudflare-kv-api.md`).
pub const CODE_AUTHENTICATION: u32 = 10000;
/// What the local runtime uses for a request it cannot accept; the API documents no finer code.
pub const CODE_BAD_REQUEST: u32 = 10001;
pub const CODE_KEY_NOT_FOUND: u32 = 10009;
pub const CODE_NAMESPACE_NOT_FOUND: u32 = 10013;
pub const CODE_DUPLICATE_TITLE: u32 = 10014;
pub const CODE_NO_ROUTE: u32 = 7003;

/// A failed request: the status, code and message that go into the failure envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: u32,
    pub message: String,
}

impl ApiError {
    pub fn new(status: StatusCode, code: u32, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
        }
    }

    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, CODE_BAD_REQUEST, message)
    }

    pub fn key_not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            CODE_KEY_NOT_FOUND,
            "get: 'key not found'",
        )
    }

    pub fn namespace_not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            CODE_NAMESPACE_NOT_FOUND,
            "namespace not found",
        )
    }

    pub fn no_route() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            CODE_NO_ROUTE,
            "No route for that URI",
        )
    }

    pub fn unauthenticated() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            CODE_AUTHENTICATION,
            "Authentication error",
        )
    }

    /// Credentials the API knows that may not do this: a token without the "Workers KV
    /// Storage" permission, or an account the credentials cannot see. The API answers both
    /// with 403 and code 10000.
    pub fn forbidden() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            CODE_AUTHENTICATION,
            "Authentication error",
        )
    }

    pub fn body_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            CODE_BAD_REQUEST,
            format!("Request body is larger than the limit of {limit} bytes."),
        )
    }

    /// A failure of the server itself, told to the client without any detail.
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            CODE_BAD_REQUEST,
            "internal error; the wkv serve log has the details",
        )
    }

    /// A validation failure from `kv::limits`, answered with the status the API uses for it.
    pub fn invalid(status: StatusCode, error: WkvError) -> Self {
        Self::new(status, CODE_BAD_REQUEST, error.message)
    }
}

/// Store failures keep their kind: bad input stays a 400, a namespace deleted under the request
/// is a 404, anything else is the server's fault. The client learns nothing about a server fault but that it happened: the detail (which can
/// name files of the server) goes to the server's stderr, with control characters escaped.
impl From<anyhow::Error> for ApiError {
    fn from(error: anyhow::Error) -> Self {
        if error.downcast_ref::<NamespaceRemoved>().is_some() {
            return ApiError::namespace_not_found();
        }
        match error.downcast_ref::<WkvError>() {
            Some(wkv) if wkv.kind == ErrorKind::Usage => ApiError::bad_request(wkv.message.clone()),
            Some(wkv) if wkv.kind == ErrorKind::NotFound => {
                ApiError::new(StatusCode::NOT_FOUND, CODE_BAD_REQUEST, wkv.message.clone())
            }
            _ => {
                log_internal_error(&error);
                ApiError::internal()
            }
        }
    }
}

/// One line on stderr for the operator. Store errors name keys and files, never values or
/// tokens; escaping keeps a key's control characters away from the terminal.
fn log_internal_error(error: &anyhow::Error) {
    let detail: String = format!("{error:#}").escape_default().collect();
    eprintln!("wkv serve: internal error: {detail}");
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({
            "success": false,
            "errors": [{"code": self.code, "message": self.message}],
            "messages": [],
            "result": null,
        });
        (self.status, JsonBody(body)).into_response()
    }
}

/// What every handler returns.
pub type ApiResult = Result<Response, ApiError>;

/// The success envelope around `result`.
pub fn success(result: Json) -> Response {
    JsonBody(json!({
        "success": true,
        "errors": [],
        "messages": [],
        "result": result,
    }))
    .into_response()
}

/// The success envelope of a listing, with its `result_info`.
pub fn success_with_info(result: Json, result_info: Json) -> Response {
    JsonBody(json!({
        "success": true,
        "errors": [],
        "messages": [],
        "result": result,
        "result_info": result_info,
    }))
    .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_errors_do_not_show_server_paths() {
        let error = anyhow::anyhow!("unable to open database file")
            .context("cannot open the local KV database /srv/state/v3/kv/x.sqlite");
        let api = ApiError::from(error);
        assert_eq!(api.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert!(!api.message.contains("/srv"), "{}", api.message);
    }

    #[test]
    fn a_namespace_deleted_under_a_request_is_not_found() {
        let api = ApiError::from(anyhow::Error::from(NamespaceRemoved("ns".into())));
        assert_eq!(api.status, StatusCode::NOT_FOUND);
        assert_eq!(api.code, CODE_NAMESPACE_NOT_FOUND);
    }
}
