//! Handlers for single keys and listings: read a value (raw bytes, `expiration` header), write
//! one (raw body or a multipart form with metadata), delete one, read its metadata, and list keys
//! page by page. Every handler checks the account, the namespace and its input before it touches
//! the store.

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use serde::Deserialize;
use serde_json::{json, Value as Json};

use super::blocking::{off_the_workers, parse_off_the_workers, LARGE_VALUE_BYTES};
use super::body::read_limited;
use super::envelope::{success, success_with_info, ApiError, ApiResult};
use super::extract::{check_account, given, ApiPath, ApiQuery, KeyPath, NamespacePath};
use super::multipart;
use super::state::ServerState;
use super::validate::{
    check_expiry, check_key, check_metadata, check_value_len, expiry_from_query, metadata_from_text,
};
use crate::kv::limits::{now_secs, validate_list_limit, MAX_LIST_LIMIT};
use crate::kv::{KvStore, PutItem};

pub async fn get_value(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<KeyPath>,
) -> ApiResult {
    check_account(&path.account_id)?;
    let store = state.registry().store(&path.namespace_id)?;
    check_key(&path.key)?;
    let value = store
        .get(&path.key)
        .await?
        .ok_or_else(ApiError::key_not_found)?;
    let mut response = Body::from(value.bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/octet-stream"),
    );
    if let Some(expiration) = value.expiration {
        headers.insert("expiration", HeaderValue::from(expiration));
    }
    Ok(response)
}

pub async fn get_metadata(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<KeyPath>,
) -> ApiResult {
    check_account(&path.account_id)?;
    let store = state.registry().store(&path.namespace_id)?;
    check_key(&path.key)?;
    let metadata = store
        .get_metadata(&path.key)
        .await?
        .ok_or_else(ApiError::key_not_found)?;
    Ok(success(metadata.unwrap_or(Json::Null)))
}

pub async fn delete_value(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<KeyPath>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    // Some clients send an empty JSON body with deletes; it carries nothing.
    read_limited(&headers, body, state.max_body_bytes()).await?;
    let store = state.registry().store(&path.namespace_id)?;
    check_key(&path.key)?;
    store.delete(&path.key).await?;
    Ok(success(Json::Null))
}

#[derive(Debug, Deserialize)]
pub struct WriteQuery {
    expiration: Option<String>,
    expiration_ttl: Option<String>,
}

pub async fn put_value(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<KeyPath>,
    ApiQuery(query): ApiQuery<WriteQuery>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    let bytes = read_limited(&headers, body, state.max_body_bytes()).await?;
    let store = state.registry().store(&path.namespace_id)?;
    check_key(&path.key)?;
    let expiry = expiry_from_query(given(&query.expiration), given(&query.expiration_ttl))?;
    check_expiry(expiry, now_secs())?;

    let boundary = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(multipart::form_boundary)
        .transpose()
        .map_err(|e| ApiError::bad_request(e.0))?;
    // A large form is split (and its value copied out) on the blocking pool.
    let (value, metadata) = parse_off_the_workers(bytes.len(), move || match boundary {
        Some(boundary) => read_form(bytes, &boundary),
        // The body is the value; its buffer becomes the value without a copy when it can.
        None => Ok((Vec::from(bytes), None)),
    })
    .await?;
    check_value_len(value.len())?;
    if let Some(metadata) = &metadata {
        check_metadata(metadata)?;
    }
    let item = PutItem {
        key: path.key,
        value,
        expiry,
        metadata,
    };
    if item.value.len() >= LARGE_VALUE_BYTES {
        off_the_workers(move || async move { store.put(item).await }).await?;
    } else {
        store.put(item).await?;
    }
    Ok(success(Json::Null))
}

/// The `value` part (required) and the `metadata` part (JSON text, optional) of a write form.
fn read_form(body: Bytes, boundary: &str) -> Result<(Vec<u8>, Option<Json>), ApiError> {
    let parts = multipart::parse(&body, boundary).map_err(|e| ApiError::bad_request(e.0))?;
    let part = |name: &str| parts.iter().find(|part| part.name.as_deref() == Some(name));
    let value = part("value")
        .ok_or_else(|| ApiError::bad_request("The multipart form has no 'value' part."))?
        .data
        .to_vec();
    let metadata = match part("metadata") {
        // An empty part is how some form builders say "no metadata".
        Some(part) if !part.data.iter().all(u8::is_ascii_whitespace) => {
            let text = std::str::from_utf8(&part.data).map_err(|_| {
                ApiError::bad_request("The 'metadata' part is not valid JSON: it is not UTF-8")
            })?;
            Some(metadata_from_text(text)?).filter(|m| !m.is_null())
        }
        _ => None,
    };
    Ok((value, metadata))
}

/// A key route with nothing after `values/` (or `metadata/`): the key is empty.
pub async fn empty_key(ApiPath(path): ApiPath<NamespacePath>) -> ApiResult {
    check_account(&path.account_id)?;
    match check_key("") {
        Err(error) => Err(error),
        Ok(()) => Err(ApiError::no_route()),
    }
}

#[derive(Debug, Deserialize)]
pub struct ListKeysQuery {
    limit: Option<String>,
    prefix: Option<String>,
    cursor: Option<String>,
}

pub async fn list_keys(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<NamespacePath>,
    ApiQuery(query): ApiQuery<ListKeysQuery>,
) -> ApiResult {
    check_account(&path.account_id)?;
    let store = state.registry().store(&path.namespace_id)?;
    let limit = match given(&query.limit) {
        None => MAX_LIST_LIMIT,
        Some(text) => text.trim().parse::<usize>().map_err(|_| {
            ApiError::bad_request(format!(
                "Invalid key_limit of {text}. Please specify an integer between 10 and 1000."
            ))
        })?,
    };
    validate_list_limit(limit).map_err(|e| ApiError::invalid(StatusCode::BAD_REQUEST, e))?;
    let page = store
        .list_page(given(&query.prefix), limit, given(&query.cursor))
        .await?;
    let count = page.keys.len();
    let keys =
        serde_json::to_value(&page.keys).map_err(|e| ApiError::from(anyhow::Error::from(e)))?;
    // Cloudflare ends a listing with an empty cursor rather than leaving it out.
    let cursor = page.cursor.unwrap_or_default();
    Ok(success_with_info(
        keys,
        json!({"count": count, "cursor": cursor}),
    ))
}
