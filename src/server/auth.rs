//! The optional token check: when `wkv serve --token T` runs, every request must carry
//! `Authorization: Bearer T`, or it gets the API's 401 envelope (code 10000) before any route
//! runs. Without a token every request is let through, whatever credentials it carries. A
//! second token (`--token-without-kv`, for testing clients) is accepted everywhere but on the
//! Workers KV routes, which refuse it with 403 and code 10000, as the API refuses a token that
//! lacks the "Workers KV Storage" permission. Whatever the token, a well-formed account id in a
//! path that is not one of the accounts the server offers (`/accounts` lists them) is refused
//! with 403 and code 10000, as the API refuses an account the credentials cannot see.

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::envelope::ApiError;
use super::state::ServerState;

pub async fn require_token(
    State(state): State<ServerState>,
    request: Request,
    next: Next,
) -> Response {
    let presented = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(bearer_token);
    let is = |expected: &str| {
        presented.is_some_and(|token| same_secret(token.as_bytes(), expected.as_bytes()))
    };
    if state.token_without_kv().is_some_and(is) {
        if request.uri().path().contains("/storage/kv/") {
            return ApiError::forbidden().into_response();
        }
    } else if let Some(expected) = state.token() {
        if !is(expected) {
            return ApiError::unauthenticated().into_response();
        }
    }
    if let Some(account) = account_in_path(request.uri().path()) {
        // A malformed id is left to the routes, which cannot route it (7003), as the API.
        let well_formed = account.len() == 32 && account.bytes().all(|b| b.is_ascii_hexdigit());
        let served = state
            .accounts()
            .iter()
            .any(|a| a.id.eq_ignore_ascii_case(account));
        if well_formed && !served {
            return ApiError::forbidden().into_response();
        }
    }
    next.run(request).await
}

/// The account id of a path under `/accounts/{id}/`.
fn account_in_path(path: &str) -> Option<&str> {
    let rest = path
        .strip_prefix(super::BASE_PATH)?
        .strip_prefix("/accounts/")?;
    rest.split('/').next().filter(|id| !id.is_empty())
}

/// The token of an `Authorization: Bearer <token>` header; the scheme name is case-insensitive.
fn bearer_token(header_value: &str) -> Option<&str> {
    let (scheme, token) = header_value.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// Compares without stopping at the first difference, so timing does not reveal a prefix.
fn same_secret(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bearer_tokens_only() {
        assert_eq!(bearer_token("Bearer abc"), Some("abc"));
        assert_eq!(bearer_token("bearer  abc "), Some("abc"));
        assert_eq!(bearer_token("Basic abc"), None);
        assert_eq!(bearer_token("Bearer"), None);
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abc", b"abd"));
        assert!(!same_secret(b"abc", b"abcd"));
        assert_eq!(
            account_in_path("/client/v4/accounts/abc/storage/kv/namespaces"),
            Some("abc")
        );
        assert_eq!(account_in_path("/client/v4/accounts"), None);
        assert_eq!(account_in_path("/client/v4/memberships"), None);
    }
}
