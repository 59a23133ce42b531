//! Handlers for the bulk routes: write many pairs (`PUT /bulk`), delete many keys (`POST
//! /bulk/delete` and the deprecated `DELETE /bulk` wrangler still sends), read up to 100 keys
//! (`POST /bulk/get`). A batch is validated whole before anything is written, and the local
//! store writes it all or nothing.

use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::Deserialize;
use serde_json::{json, Map, Value as Json};

use super::blocking::off_the_workers;
use super::body::{parse_json, read_limited};
use super::envelope::{success, ApiError, ApiResult};
use super::extract::{check_account, ApiPath, NamespacePath};
use super::state::ServerState;
use super::validate::{check_expiry, check_key, check_metadata, check_value_len, expiry_from_json};
use crate::kv::limits::{now_secs, MAX_BULK_GET_KEYS, MAX_BULK_WRITE_BYTES, MAX_BULK_WRITE_ITEMS};
use crate::kv::{KvStore, PutItem};

/// One item of a bulk write, as the API takes it.
#[derive(Debug, Deserialize)]
struct BulkWriteItem {
    key: String,
    value: String,
    #[serde(default)]
    expiration: Option<Json>,
    #[serde(default)]
    expiration_ttl: Option<Json>,
    #[serde(default)]
    metadata: Option<Json>,
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
    // The API refuses bulk bodies of 100 MB or more, whatever the server's general limit.
    let limit = state.max_body_bytes().min(MAX_BULK_WRITE_BYTES - 1);
    let bytes = read_limited(&headers, body, limit).await?;
    let store = state.registry().store(&path.namespace_id)?;
    let raw: Vec<BulkWriteItem> = parse_json(&bytes)?;
    drop(bytes);
    if raw.len() > MAX_BULK_WRITE_ITEMS {
        return Err(ApiError::bad_request(format!(
            "A bulk write may hold at most {MAX_BULK_WRITE_ITEMS} items; this one has {}.",
            raw.len()
        )));
    }
    let now = now_secs();
    let mut items = Vec::with_capacity(raw.len());
    for item in raw {
        items.push(put_item(item, now)?);
    }
    let total = items.len();
    if total == 0 {
        return Ok(success(bulk_result(0, Vec::new())));
    }
    let outcome = off_the_workers(move || async move { store.put_batch(&items).await }).await?;
    Ok(success(bulk_result(total, outcome.unsuccessful_keys)))
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
    let metadata = item.metadata.filter(|m| !m.is_null());
    if let Some(metadata) = &metadata {
        check_metadata(metadata)?;
    }
    let expiry = expiry_from_json(item.expiration.as_ref(), item.expiration_ttl.as_ref())?;
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
    let keys: Vec<String> = parse_json(&bytes)?;
    if keys.len() > MAX_BULK_WRITE_ITEMS {
        return Err(ApiError::bad_request(format!(
            "A bulk delete may name at most {MAX_BULK_WRITE_ITEMS} keys; this one names {}.",
            keys.len()
        )));
    }
    for key in &keys {
        check_key(key)?;
    }
    let total = keys.len();
    if total == 0 {
        return Ok(success(bulk_result(0, Vec::new())));
    }
    let outcome = off_the_workers(move || async move { store.delete_batch(keys).await }).await?;
    Ok(success(bulk_result(total, outcome.unsuccessful_keys)))
}

#[derive(Debug, Deserialize)]
struct BulkGetBody {
    keys: Vec<String>,
    #[serde(rename = "type", default)]
    value_type: Option<String>,
    #[serde(rename = "withMetadata", default)]
    with_metadata: Option<bool>,
}

/// A bulk get names at most 100 keys of up to 512 bytes: a megabyte is far more than enough.
const MAX_BULK_GET_BODY_BYTES: usize = 1024 * 1024;

pub async fn bulk_get(
    State(state): State<ServerState>,
    ApiPath(path): ApiPath<NamespacePath>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult {
    check_account(&path.account_id)?;
    let bytes = read_limited(&headers, body, MAX_BULK_GET_BODY_BYTES).await?;
    let store = state.registry().store(&path.namespace_id)?;
    let request: BulkGetBody = parse_json(&bytes)?;
    if request.keys.len() > MAX_BULK_GET_KEYS {
        return Err(ApiError::bad_request(format!(
            "You can request a maximum of {MAX_BULK_GET_KEYS} keys"
        )));
    }
    if request.keys.is_empty() {
        return Err(ApiError::bad_request("You must request at least 1 key"));
    }
    let as_json = match request.value_type.as_deref() {
        None | Some("text") => false,
        Some("json") => true,
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "Invalid type '{other}': use 'text' or 'json'."
            )))
        }
    };
    for key in &request.keys {
        check_key(key)?;
    }
    let with_metadata = request.with_metadata.unwrap_or(false);
    // Up to 100 values of up to 25 MiB each: possibly a long read.
    let keys = request.keys.clone();
    let found =
        off_the_workers(move || async move { store.get_batch(keys, with_metadata).await }).await?;

    let mut values = Map::new();
    for (key, stored) in request.keys.into_iter().zip(found) {
        let entry = match stored {
            None => Json::Null,
            Some(stored) => {
                let value = if as_json {
                    serde_json::from_slice(&stored.bytes).map_err(|e| {
                        ApiError::bad_request(format!(
                            "The value of key '{key}' is not valid JSON: {e}"
                        ))
                    })?
                } else {
                    // Text values, as a JavaScript TextDecoder would read them.
                    Json::String(String::from_utf8_lossy(&stored.bytes).into_owned())
                };
                if with_metadata {
                    let mut entry = Map::new();
                    entry.insert("value".into(), value);
                    entry.insert("metadata".into(), stored.metadata.unwrap_or(Json::Null));
                    if let Some(expiration) = stored.expiration {
                        entry.insert("expiration".into(), Json::from(expiration));
                    }
                    Json::Object(entry)
                } else {
                    value
                }
            }
        };
        values.insert(key, entry);
    }
    Ok(success(json!({"values": values})))
}
