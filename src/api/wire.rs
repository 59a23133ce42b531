//! The JSON shapes the API sends and takes: the response envelope, `result_info`, and the
//! bodies of the bulk operations. Serde types only; no I/O.

use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::error::CloudflareError;

/// `{"success", "errors", "messages", "result", "result_info"}`.
#[derive(Debug, Deserialize)]
pub(crate) struct Envelope<T> {
    #[serde(default)]
    pub success: Option<bool>,
    #[serde(default)]
    pub errors: Vec<CloudflareError>,
    #[serde(default = "none")]
    pub result: Option<T>,
    #[serde(default)]
    pub result_info: Option<ResultInfo>,
}

fn none<T>() -> Option<T> {
    None
}

/// The parts of the two `result_info` shapes that pagination needs: the page size and total
/// for namespaces, the cursor for keys.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct ResultInfo {
    #[serde(default)]
    pub per_page: Option<u64>,
    #[serde(default)]
    pub total_count: Option<u64>,
    #[serde(default)]
    pub cursor: Option<String>,
}

/// The result of a bulk write or delete.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct BulkResult {
    #[serde(default)]
    pub unsuccessful_keys: Vec<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct BulkGetRequest<'a> {
    pub keys: &'a [String],
    #[serde(rename = "type")]
    pub value_type: &'static str,
    #[serde(rename = "withMetadata")]
    pub with_metadata: bool,
}

/// `{"values": {name: value-or-entry-or-null}}`; entries are decoded by the caller because
/// their shape depends on `withMetadata`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct BulkGetResult {
    #[serde(default)]
    pub values: serde_json::Map<String, Json>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kv::{Expiry, PutItem};
    use serde_json::json;

    #[test]
    fn bulk_items_carry_text_plainly_and_binary_as_base64() {
        let text = PutItem {
            key: "k".into(),
            value: b"hello".to_vec(),
            expiry: Expiry::Ttl(120),
            metadata: Some(json!({"a": 1})),
        };
        let binary = PutItem {
            key: "b".into(),
            value: vec![0xff, 0x00],
            expiry: Expiry::At(2_000_000_000),
            metadata: None,
        };
        let body: Json =
            serde_json::from_slice(&crate::bulk::encode_put_body(&[text, binary])).unwrap();
        assert_eq!(
            body,
            json!([
                {"key": "k", "value": "hello", "expiration_ttl": 120, "metadata": {"a": 1}},
                {"key": "b", "value": "/wA=", "expiration": 2_000_000_000i64, "base64": true}
            ])
        );
    }

    #[test]
    fn envelopes_decode_with_missing_parts() {
        let e: Envelope<Json> = serde_json::from_str(r#"{"success":true}"#).unwrap();
        assert!(e.result.is_none() && e.errors.is_empty());
        let e: Envelope<Vec<Json>> = serde_json::from_str(
            r#"{"success":true,"errors":[],"messages":[],"result":[],"result_info":{"count":0,"cursor":""}}"#,
        )
        .unwrap();
        assert_eq!(e.result_info.unwrap().cursor.as_deref(), Some(""));
    }
}
