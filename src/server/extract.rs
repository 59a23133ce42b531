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

/// Query parameters, or 400 when the query string does not fit `T`.
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(value)| ApiQuery(value))
            .map_err(|rejection| ApiError::bad_request(rejection.body_text()))
    }
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
