//! Handlers for the bulk write routes: write many pairs (`PUT /bulk`) and delete many keys
//! (`POST /bulk/delete` and the deprecated `DELETE /bulk` wrangler still sends). Item counts
//! are enforced while the body is parsed (on the blocking pool when it is large), a batch is
//! validated whole before anything is written, and the local store writes it all or nothing.
//! Reads (`POST /bulk/get`) are `bulk_get`'s.

use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{json, Value as Json};

use super::blocking::{off_the_workers, parse_off_the_workers};
use super::body::read_limited;
use super::envelope::{success, ApiError, ApiResult};
use super::extract::{check_account, ApiPath, NamespacePath};
use super::json_array::{parse_bounded_array, ArrayError};
use super::state::ServerState;
use super::validate::{
    check_expiry, check_key, check_metadata, check_value_len, expiry_from_json, metadata_from_text,
    number_from_text,
};
use crate::kv::limits::{now_secs, MAX_BULK_WRITE_BYTES, MAX_BULK_WRITE_ITEMS};
use crate::kv::{KvStore, PutItem};

/// One item of a bulk write, as the API takes it. The fields that may hold any JSON are kept as
/// text until their size is checked: a 100 MB array parsed into a tree would take gigabytes.
#[derive(Debug, Deserialize)]
struct BulkWriteItem {
    key: String,
    value: String,
    #[serde(default)]
    expiration: Option<Box<RawValue>>,
    #[serde(default)]
    expiration_ttl: Option<Box<RawValue>>,
    #[serde(default)]
    metadata: Option<Box<RawValue>>,
    #[serde(default)]
    base64: Option<bool>,
}

fn bulk_result(total: usize, unsuccessful_keys: Vec<String>) -> Json {
    json!({
        "successful_key_count": total.saturating_sub(unsuccessful_keys.len()),
        "unsuccessful_keys": unsuccessful_keys,
    })
}

pub async fn bulk_write(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<NamespacePath>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    // The API takes bulk bodies of 100 MB or less, whatever the server's general limit.
    let limit = state.max_body_bytes().min(MAX_BULK_WRITE_BYTES);
    let bytes = read_limited(&headers, body, limit).await?;
    let store = state.registry().store(&path.namespace_id)?;
    let items = parse_off_the_workers(bytes.len(), move || {
        let raw: Vec<BulkWriteItem> = parse_bounded_array(&bytes, MAX_BULK_WRITE_ITEMS)
            .map_err(|error| array_error(error, "A bulk write may hold at most", "items"))?;
        drop(bytes);
        let now = now_secs();
        raw.into_iter()
            .map(|item| put_item(item, now))
            .collect::<Result<Vec<PutItem>, ApiError>>()
    })
    .await?;
    let total = items.len();
    if total == 0 {
        return Ok(success(bulk_result(0, Vec::new())));
    }
    let outcome = off_the_workers(move || async move { store.put_batch(&items).await }).await?;
    Ok(success(bulk_result(total, outcome.unsuccessful_keys)))
}

/// A bulk body that is not an array of at most 10,000 items, as a 400 answer.
fn array_error(error: ArrayError, too_many: &str, things: &str) -> ApiError {
    match error {
        ArrayError::TooManyItems => ApiError::bad_request(format!(
            "{too_many} {MAX_BULK_WRITE_ITEMS} {things}; this one has more."
        )),
        ArrayError::Invalid(error) => {
            ApiError::bad_request(format!("Invalid request body: {error}"))
        }
    }
}

fn put_item(item: BulkWriteItem, now: i64) -> Result<PutItem, ApiError> {
    check_key(&item.key)?;
    let value = if item.base64.unwrap_or(false) {
        STANDARD.decode(item.value.as_bytes()).map_err(|e| {
            ApiError::bad_request(format!(
                "The value of key '{}' is not valid base64: {e}",
                item.key
            ))
        })?
    } else {
        item.value.into_bytes()
    };
    check_value_len(value.len())?;
    let metadata = item
        .metadata
        .map(|raw| metadata_from_text(raw.get()))
        .transpose()?
        .filter(|m| !m.is_null());
    if let Some(metadata) = &metadata {
        check_metadata(metadata)?;
    }
    let expiration = item.expiration.map(|raw| number_from_text(raw.get()));
    let ttl = item.expiration_ttl.map(|raw| number_from_text(raw.get()));
    let expiry = expiry_from_json(expiration.as_ref(), ttl.as_ref())?;
    check_expiry(expiry, now)?;
    Ok(PutItem {
        key: item.key,
        value,
        expiry,
        metadata,
    })
}

/// Serves both delete routes: `POST /bulk/delete` and the deprecated `DELETE /bulk`.
pub async fn bulk_delete(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<NamespacePath>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    let bytes = read_limited(&headers, body, state.max_body_bytes()).await?;
    let store = state.registry().store(&path.namespace_id)?;
    let keys = parse_off_the_workers(bytes.len(), move || {
        let keys: Vec<String> = parse_bounded_array(&bytes, MAX_BULK_WRITE_ITEMS)
            .map_err(|error| array_error(error, "A bulk delete may name at most", "keys"))?;
        for key in &keys {
            check_key(key)?;
        }
        Ok(keys)
    })
    .await?;
    let total = keys.len();
    if total == 0 {
        return Ok(success(bulk_result(0, Vec::new())));
    }
    let outcome = off_the_workers(move || async move { store.delete_batch(keys).await }).await?;
    Ok(success(bulk_result(total, outcome.unsuccessful_keys)))
}
