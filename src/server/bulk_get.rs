//! `POST /bulk/get`: up to 100 keys in one answer. A key named several times is read once, the
//! values read are capped at 25 MiB in total (more is refused with 413, as the API refuses a bulk
//! read that large), and the answer is written straight into its buffer: JSON values are checked
//! and copied as text, never expanded into a tree, so an answer costs about its own size.

use std::collections::HashSet;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::IntoResponse;
use serde::de::IgnoredAny;
use serde::Deserialize;

use super::blocking::off_the_workers;
use super::body::{parse_json, read_limited};
use super::envelope::{ApiError, ApiResult, CODE_BAD_REQUEST};
use super::extract::{check_account, ApiPath, NamespacePath};
use super::state::ServerState;
use super::validate::check_key;
use crate::kv::limits::MAX_BULK_GET_KEYS;
use crate::kv::{KvStore, StoredValue};

/// A bulk get names at most 100 keys of up to 512 bytes: a megabyte is far more than enough.
const MAX_BULK_GET_BODY_BYTES: usize = 1024 * 1024;

#[derive(Debug, Deserialize)]
struct BulkGetBody {
    keys: Vec<String>,
    #[serde(rename = "type", default)]
    value_type: Option<String>,
    #[serde(rename = "withMetadata", default)]
    with_metadata: Option<bool>,
}

/// How the answer shows each value.
#[derive(Debug, Clone, Copy)]
struct Shape {
    as_json: bool,
    with_metadata: bool,
}

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
    drop(bytes);
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
    let shape = Shape {
        as_json,
        with_metadata: request.with_metadata.unwrap_or(false),
    };
    let keys = distinct(request.keys);
    let cap = state.bulk_get_cap();
    // Up to 25 MiB of values to read and write out: off the async workers.
    let answer = off_the_workers(move || async move {
        let mut found = Vec::with_capacity(keys.len());
        let mut total = 0usize;
        for key in keys {
            let stored = store
                .get_batch(vec![key.clone()], shape.with_metadata)
                .await?
                .pop()
                .flatten();
            if let Some(stored) = &stored {
                total = total.saturating_add(stored.bytes.len());
                if total > cap {
                    return Ok(Err(answer_too_large(cap)));
                }
            }
            found.push((key, stored));
        }
        Ok(write_answer(found, shape, total))
    })
    .await??;
    let mut response = Body::from(answer).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(response)
}

/// The keys in the order first named, each once: a JSON object holds a name only once anyway.
fn distinct(keys: Vec<String>) -> Vec<String> {
    let mut seen = HashSet::with_capacity(keys.len());
    keys.into_iter()
        .filter(|key| seen.insert(key.clone()))
        .collect()
}

fn answer_too_large(cap: usize) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        CODE_BAD_REQUEST,
        format!(
            "The values requested total more than {cap} bytes, the limit of one bulk get; request fewer keys at a time."
        ),
    )
}

/// The success envelope around `{"values": {...}}`, written in one pass.
fn write_answer(
    found: Vec<(String, Option<StoredValue>)>,
    shape: Shape,
    value_bytes: usize,
) -> Result<Vec<u8>, ApiError> {
    let mut out = Vec::with_capacity(value_bytes + 64 * found.len() + 128);
    out.extend_from_slice(br#"{"success":true,"errors":[],"messages":[],"result":{"values":{"#);
    for (index, (key, stored)) in found.into_iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        write_json(&mut out, &key);
        out.push(b':');
        let Some(stored) = stored else {
            out.extend_from_slice(b"null");
            continue;
        };
        if shape.with_metadata {
            out.extend_from_slice(br#"{"value":"#);
        }
        write_value(&mut out, &key, &stored.bytes, shape.as_json)?;
        if shape.with_metadata {
            out.extend_from_slice(br#","metadata":"#);
            match &stored.metadata {
                Some(metadata) => write_json(&mut out, metadata),
                None => out.extend_from_slice(b"null"),
            }
            if let Some(expiration) = stored.expiration {
                out.extend_from_slice(br#","expiration":"#);
                out.extend_from_slice(expiration.to_string().as_bytes());
            }
            out.push(b'}');
        }
    }
    out.extend_from_slice(b"}}}");
    Ok(out)
}

fn write_json<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    // Writing strings and JSON values into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, value);
}

/// A value as a JSON string (text, as a JavaScript TextDecoder reads it) or, for `type: json`,
/// as the JSON it holds, checked and copied compactly without building it in memory.
fn write_value(out: &mut Vec<u8>, key: &str, bytes: &[u8], as_json: bool) -> Result<(), ApiError> {
    if !as_json {
        write_json(out, &String::from_utf8_lossy(bytes));
        return Ok(());
    }
    let checked = std::str::from_utf8(bytes)
        .map_err(|e| e.to_string())
        .and_then(|text| {
            serde_json::from_str::<IgnoredAny>(text)
                .map(|_| ())
                .map_err(|e| e.to_string())
        });
    if let Err(error) = checked {
        return Err(ApiError::bad_request(format!(
            "The value of key '{key}' is not valid JSON: {error}"
        )));
    }
    write_compact(out, bytes);
    Ok(())
}

/// Copies valid JSON text without the whitespace between its tokens.
fn write_compact(out: &mut Vec<u8>, json: &[u8]) {
    let (mut in_string, mut escaped) = (false, false);
    for &byte in json {
        if in_string {
            out.push(byte);
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
        } else if !matches!(byte, b' ' | b'\t' | b'\n' | b'\r') {
            in_string = byte == b'"';
            out.push(byte);
        }
    }
}

/// For the module's tests: the response as JSON.
#[cfg(test)]
fn answer_json(found: Vec<(String, Option<StoredValue>)>, shape: Shape) -> serde_json::Value {
    serde_json::from_slice(&write_answer(found, shape, 0).unwrap()).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn stored(text: &str, metadata: Option<serde_json::Value>) -> Option<StoredValue> {
        Some(StoredValue {
            bytes: text.as_bytes().to_vec(),
            expiration: Some(1_900_000_000),
            metadata,
        })
    }

    #[test]
    fn names_are_read_once_in_the_order_first_given() {
        let keys = ["b", "a", "b", "c", "a"].map(String::from).to_vec();
        assert_eq!(distinct(keys), ["b", "a", "c"]);
    }

    #[test]
    fn answers_text_json_and_metadata_shapes() {
        let found = || {
            vec![
                ("t".to_string(), stored(" { \"a\" : [1, \"x y\"] } ", None)),
                ("m".to_string(), None),
            ]
        };
        let text = answer_json(
            found(),
            Shape {
                as_json: false,
                with_metadata: false,
            },
        );
        assert_eq!(
            text["result"],
            json!({"values": {"t": " { \"a\" : [1, \"x y\"] } ", "m": null}})
        );
        let parsed = answer_json(
            found(),
            Shape {
                as_json: true,
                with_metadata: true,
            },
        );
        assert_eq!(
            parsed["result"]["values"],
            json!({"t": {"value": {"a": [1, "x y"]}, "metadata": null, "expiration": 1_900_000_000i64}, "m": null})
        );
        assert_eq!(parsed["success"], json!(true));
    }

    #[test]
    fn a_value_that_is_not_json_is_refused_for_type_json() {
        let found = vec![("k".to_string(), stored("{nope", None))];
        let shape = Shape {
            as_json: true,
            with_metadata: false,
        };
        let error = write_answer(found, shape, 0).unwrap_err();
        assert_eq!(error.status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn compacting_keeps_whitespace_inside_strings() {
        let mut out = Vec::new();
        write_compact(&mut out, b" [ \"a \\\" b\" , { \"k\" : 1 } ] ");
        assert_eq!(out, b"[\"a \\\" b\",{\"k\":1}]");
    }
}
