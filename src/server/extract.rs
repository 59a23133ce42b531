//! Request extractors whose rejections are the API's envelope instead of axum's plain text:
//! path parameters (percent-decoded by axum) and query strings. Also the account id check every
//! account route makes.

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::envelope::{ApiError, CODE_NO_ROUTE};

/// Path parameters, or 400 when they are not valid (e.g. percent-encoding that is not UTF-8).
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Path::<T>::from_request_parts(parts, state)
            .await
            .map(|Path(value)| ApiPath(value))
            .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
    }
}

/// Query parameters, or 400 when the query string does not fit `T` or a name or value is not
/// UTF-8 once percent-decoded (the decoder `Query` uses would turn such bytes into U+FFFD, and
/// a listing would then answer for a prefix the client never sent).
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        check_query_utf8(parts.uri.query().unwrap_or(""))?;
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(value)| ApiQuery(value))
            .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
    }
}

/// Refuses a query string with a name or value whose percent-decoded bytes are not UTF-8.
pub fn check_query_utf8(query: &str) -> Result<(), ApiError> {
    for pair in query.split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = percent_encoding::percent_decode_str(name).decode_utf8();
        let value = percent_encoding::percent_decode_str(value).decode_utf8();
        match (name, value) {
            (Ok(_), Ok(_)) => {}
            (Ok(name), Err(_)) => {
                return Err(ApiError::bad_request(format!(
                    "The query parameter '{name}' is not valid UTF-8 once percent-decoded."
                )))
            }
            (Err(_), _) => {
                return Err(ApiError::bad_request(
                    "A query parameter name is not valid UTF-8 once percent-decoded.",
                ))
            }
        }
    }
    Ok(())
}

#[derive(Debug, Deserialize)]
pub struct AccountPath {
    pub account_id: String,
}

#[derive(Debug, Deserialize)]
pub struct NamespacePath {
    pub account_id: String,
    pub namespace_id: String,
}

#[derive(Debug, Deserialize)]
pub struct KeyPath {
    pub account_id: String,
    pub namespace_id: String,
    pub key: String,
}

/// Any 32-hex-character account id is this server's one account; anything else cannot be
/// routed, which is what Cloudflare answers for a malformed identifier.
pub fn check_account(account_id: &str) -> Result<(), ApiError> {
    if account_id.len() == 32 && account_id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(());
    }
    Err(ApiError::new(
        axum::http::StatusCode::NOT_FOUND,
        CODE_NO_ROUTE,
        format!(
            "Could not route to /accounts/{account_id}, perhaps your object identifier is invalid?"
        ),
    ))
}

/// A query value that is present and not empty; clients often send `name=` for "not given".
pub fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings_must_decode_to_utf8() {
        assert!(check_query_utf8("").is_ok());
        assert!(check_query_utf8("prefix=%E2%9C%93&limit=10&flag").is_ok());
        let error = check_query_utf8("limit=10&prefix=%FF").unwrap_err();
        assert!(error.message.contains("'prefix'"), "{}", error.message);
        assert!(check_query_utf8("%C3=1").is_err());
        // A truncated sequence is as bad as a wrong byte.
        assert!(check_query_utf8("prefix=%E2%9C").is_err());
    }
}
