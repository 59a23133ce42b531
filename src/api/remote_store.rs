//! `KvStore` over the API for one namespace: values, metadata, listings and the bulk routes.
//! Missing keys are `None` (Cloudflare code 10009), a missing namespace is a not-found error
//! naming it (10013), anything else is an `ApiError`. Inputs were validated by the caller.

use reqwest::Method;
use serde::de::IgnoredAny;
use serde_json::Value as Json;

use super::client::{ApiClient, ApiRequest, RequestBody};
use super::error::{ApiError, CODE_KEY_NOT_FOUND};
use super::namespaces::{namespace_error, namespace_path};
use super::wire::{BulkGetRequest, BulkGetResult, BulkResult};
use crate::bulk::encode_put_body;
use crate::kv::limits::MAX_BULK_GET_KEYS;
use crate::kv::{BatchOutcome, KeyInfo, KvStore, ListPage, PutItem, StoredValue};

/// One namespace of one account, reached through a shared `ApiClient`.
#[derive(Debug, Clone)]
pub struct RemoteStore {
    client: ApiClient,
    account_id: String,
    namespace_id: String,
}

impl RemoteStore {
    pub fn new(client: ApiClient, account_id: String, namespace_id: String) -> RemoteStore {
        RemoteStore {
            client,
            account_id,
            namespace_id,
        }
    }

    pub fn client(&self) -> &ApiClient {
        &self.client
    }

    pub fn account_id(&self) -> &str {
        &self.account_id
    }

    pub fn namespace_id(&self) -> &str {
        &self.namespace_id
    }

    /// `.../namespaces/{ns}/{route}`.
    fn route(&self, route: &str) -> String {
        format!(
            "{}/{route}",
            namespace_path(&self.account_id, &self.namespace_id)
        )
    }

    /// `.../namespaces/{ns}/{route}/{key}`, the key encoded as one path segment.
    fn key_route(&self, route: &str, key: &str) -> String {
        format!("{}/{}", self.route(route), super::encode_uri_component(key))
    }

    fn fail(&self, error: ApiError) -> anyhow::Error {
        namespace_error(error, &self.account_id, &self.namespace_id)
    }

    async fn bulk(&self, request: ApiRequest) -> anyhow::Result<BatchOutcome> {
        let decoded = self
            .client
            .call::<BulkResult>(&request)
            .await
            .map_err(|e| self.fail(e))?;
        let result = decoded.result.unwrap_or_default();
        Ok(BatchOutcome {
            unsuccessful_keys: result.unsuccessful_keys,
        })
    }

    /// Reads one chunk of keys. The API refuses (413) a bulk read whose values total more than
    /// its 25 MB response cap; such a chunk is split in halves and each read again, down to
    /// single keys, which are read on their own through the value route.
    async fn get_chunk_splitting(
        &self,
        keys: &[String],
        with_metadata: bool,
    ) -> anyhow::Result<Vec<Option<StoredValue>>> {
        let mut pending: Vec<&[String]> = vec![keys];
        let mut values = Vec::with_capacity(keys.len());
        // Depth first, front half first: the values come out in the order of the keys.
        while let Some(part) = pending.pop() {
            match self.get_chunk(part, with_metadata).await {
                Ok(read) => values.extend(read),
                Err(error) if error.status == Some(413) && part.len() > 1 => {
                    let (front, back) = part.split_at(part.len() / 2);
                    pending.push(back);
                    pending.push(front);
                }
                Err(error) if error.status == Some(413) => {
                    values.push(self.get_single(&part[0], with_metadata).await?);
                }
                Err(error) => return Err(self.fail(error)),
            }
        }
        Ok(values)
    }

    /// One key through the value route (and the metadata route when asked), for a value too
    /// large for a bulk read.
    async fn get_single(
        &self,
        key: &str,
        with_metadata: bool,
    ) -> anyhow::Result<Option<StoredValue>> {
        let Some(mut value) = self.get(key).await? else {
            return Ok(None);
        };
        if with_metadata {
            value.metadata = self.get_metadata(key).await?.flatten();
        }
        Ok(Some(value))
    }

    async fn get_chunk(
        &self,
        keys: &[String],
        with_metadata: bool,
    ) -> Result<Vec<Option<StoredValue>>, ApiError> {
        let body = BulkGetRequest {
            keys,
            value_type: "text",
            with_metadata,
        };
        let request = ApiRequest::new(Method::POST, self.route("bulk/get"))
            .json(&body)
            .map_err(|e| {
                let mut error = ApiError::new("POST", "bulk/get");
                error.detail = Some(e.to_string());
                error
            })?;
        let decoded = self.client.call::<BulkGetResult>(&request).await?;
        let values = decoded.result.unwrap_or_default().values;
        Ok(keys
            .iter()
            .map(|key| {
                values
                    .get(key)
                    .and_then(|entry| decode_bulk_entry(entry, with_metadata))
            })
            .collect())
    }
}

/// One entry of a bulk get: a bare value, or `{value, metadata, expiration?}` with metadata;
/// `null` for a missing key.
fn decode_bulk_entry(entry: &Json, with_metadata: bool) -> Option<StoredValue> {
    if !with_metadata {
        return text_bytes(entry).map(|bytes| StoredValue {
            bytes,
            expiration: None,
            metadata: None,
        });
    }
    let entry = entry.as_object()?;
    let bytes = text_bytes(entry.get("value")?)?;
    let metadata = entry.get("metadata").filter(|m| !m.is_null()).cloned();
    let expiration = entry.get("expiration").and_then(json_seconds);
    Some(StoredValue {
        bytes,
        expiration,
        metadata,
    })
}

/// Text values come back as strings; anything else (a server answering with JSON values) is
/// kept as its JSON text.
fn text_bytes(value: &Json) -> Option<Vec<u8>> {
    match value {
        Json::Null => None,
        Json::String(text) => Some(text.clone().into_bytes()),
        other => Some(other.to_string().into_bytes()),
    }
}

fn json_seconds(value: &Json) -> Option<i64> {
    value.as_i64().or_else(|| value.as_f64().map(|f| f as i64))
}

fn header_seconds(headers: &reqwest::header::HeaderMap, name: &str) -> Option<i64> {
    let text = headers.get(name)?.to_str().ok()?.trim();
    text.parse::<i64>()
        .ok()
        .or_else(|| text.parse::<f64>().ok().map(|f| f as i64))
}

impl KvStore for RemoteStore {
    async fn get(&self, key: &str) -> anyhow::Result<Option<StoredValue>> {
        let request = ApiRequest::get(self.key_route("values", key));
        match self.client.send(&request).await {
            Ok(response) => Ok(Some(StoredValue {
                expiration: header_seconds(&response.headers, "expiration"),
                bytes: response.body,
                metadata: None,
            })),
            Err(e) if e.has_code(CODE_KEY_NOT_FOUND) => Ok(None),
            Err(e) => Err(self.fail(e)),
        }
    }

    async fn get_metadata(&self, key: &str) -> anyhow::Result<Option<Option<Json>>> {
        let request = ApiRequest::get(self.key_route("metadata", key));
        match self.client.call::<Json>(&request).await {
            Ok(decoded) => Ok(Some(decoded.result.filter(|m| !m.is_null()))),
            Err(e) if e.has_code(CODE_KEY_NOT_FOUND) => Ok(None),
            Err(e) => Err(self.fail(e)),
        }
    }

    async fn put(&self, item: PutItem) -> anyhow::Result<()> {
        let mut request = ApiRequest::new(Method::PUT, self.key_route("values", &item.key));
        // Both are sent when both were given, as wrangler does: the API decides which wins.
        let (expiration, expiration_ttl) = item.expiry.parts();
        if let Some(at) = expiration {
            request = request.query("expiration", at);
        }
        if let Some(ttl) = expiration_ttl {
            request = request.query("expiration_ttl", ttl);
        }
        let body = match &item.metadata {
            Some(metadata) => RequestBody::ValueWithMetadata {
                value: item.value.into(),
                metadata: metadata.to_string(),
            },
            None => RequestBody::Raw(item.value.into()),
        };
        self.client
            .call::<IgnoredAny>(&request.body(body))
            .await
            .map_err(|e| self.fail(e))?;
        Ok(())
    }

    async fn delete(&self, key: &str) -> anyhow::Result<()> {
        let request = ApiRequest::new(Method::DELETE, self.key_route("values", key));
        match self.client.call::<IgnoredAny>(&request).await {
            // Deleting a missing key succeeds, whatever the server says about it.
            Ok(_) => Ok(()),
            Err(e) if e.has_code(CODE_KEY_NOT_FOUND) => Ok(()),
            Err(e) => Err(self.fail(e)),
        }
    }

    async fn list_page(
        &self,
        prefix: Option<&str>,
        limit: usize,
        cursor: Option<&str>,
    ) -> anyhow::Result<ListPage> {
        let mut request = ApiRequest::get(self.route("keys")).query("limit", limit);
        if let Some(prefix) = prefix.filter(|p| !p.is_empty()) {
            request = request.query("prefix", prefix);
        }
        if let Some(cursor) = cursor.filter(|c| !c.is_empty()) {
            request = request.query("cursor", cursor);
        }
        let decoded = self
            .client
            .call::<Vec<KeyInfo>>(&request)
            .await
            .map_err(|e| self.fail(e))?;
        Ok(ListPage {
            keys: decoded.result.unwrap_or_default(),
            cursor: decoded.info.cursor.filter(|c| !c.is_empty()),
        })
    }

    async fn put_batch(&self, items: &[PutItem]) -> anyhow::Result<BatchOutcome> {
        if items.is_empty() {
            return Ok(BatchOutcome::default());
        }
        // The bulk-put wire format is the one `bulk export` writes; one encoder serves both.
        let body = RequestBody::Json(encode_put_body(items).into());
        let request = ApiRequest::new(Method::PUT, self.route("bulk")).body(body);
        self.bulk(request).await
    }

    async fn delete_batch(&self, keys: Vec<String>) -> anyhow::Result<BatchOutcome> {
        if keys.is_empty() {
            return Ok(BatchOutcome::default());
        }
        let request = ApiRequest::new(Method::POST, self.route("bulk/delete")).json(&keys)?;
        self.bulk(request).await
    }

    async fn get_batch(
        &self,
        keys: Vec<String>,
        with_metadata: bool,
    ) -> anyhow::Result<Vec<Option<StoredValue>>> {
        let mut values = Vec::with_capacity(keys.len());
        for chunk in keys.chunks(MAX_BULK_GET_KEYS) {
            values.extend(self.get_chunk_splitting(chunk, with_metadata).await?);
        }
        Ok(values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bulk_get_entries_decode_both_shapes() {
        let plain = decode_bulk_entry(&json!("v"), false).unwrap();
        assert_eq!(plain.bytes, b"v");
        assert!(decode_bulk_entry(&Json::Null, false).is_none());
        let rich = decode_bulk_entry(
            &json!({"value": "v", "metadata": {"a": 1}, "expiration": 4102444800i64}),
            true,
        )
        .unwrap();
        assert_eq!(rich.metadata, Some(json!({"a": 1})));
        assert_eq!(rich.expiration, Some(4_102_444_800));
        let bare = decode_bulk_entry(&json!({"value": "v", "metadata": null}), true).unwrap();
        assert_eq!(bare.metadata, None);
        assert!(decode_bulk_entry(&Json::Null, true).is_none());
    }
}
