//! How a put item travels as JSON: in the body of a remote bulk PUT, and in the export files
//! wkv writes (which `bulk put` reads back). A value is sent as a UTF-8 string when it is valid
//! UTF-8, else as standard base64 with `"base64": true`. Encoding only; nothing is sent here.

use crate::kv::{Expiry, PutItem};
use base64::display::Base64Display;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize, Serializer};
use serde_json::Value as Json;
use std::io;

/// One item of a bulk PUT request body or an export file, owned. Fields are written in this
/// order; absent ones are left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WireItem {
    pub key: String,
    pub value: String,
    /// `Some(true)` only when `value` is base64.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base64: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_ttl: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<Json>,
}

impl WireItem {
    pub fn from_put_item(item: &PutItem) -> WireItem {
        let (value, base64) = match std::str::from_utf8(&item.value) {
            Ok(text) => (text.to_string(), None),
            Err(_) => (STANDARD.encode(&item.value), Some(true)),
        };
        let (expiration, expiration_ttl) = expiry_parts(item.expiry);
        WireItem {
            key: item.key.clone(),
            value,
            base64,
            expiration,
            expiration_ttl,
            metadata: item.metadata.clone(),
        }
    }
}

/// The same JSON as `WireItem`, borrowed from a `PutItem`: writing a request body this way never
/// copies a value, and base64 is encoded straight into the output.
#[derive(Serialize)]
pub struct WireItemRef<'a> {
    key: &'a str,
    value: WireValue<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    base64: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expiration: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expiration_ttl: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<&'a Json>,
}

impl<'a> WireItemRef<'a> {
    pub fn new(item: &'a PutItem) -> Self {
        let (value, base64) = match std::str::from_utf8(&item.value) {
            Ok(text) => (WireValue::Text(text), None),
            Err(_) => (WireValue::Base64(&item.value), Some(true)),
        };
        let (expiration, expiration_ttl) = expiry_parts(item.expiry);
        WireItemRef {
            key: &item.key,
            value,
            base64,
            expiration,
            expiration_ttl,
            metadata: item.metadata.as_ref(),
        }
    }
}

enum WireValue<'a> {
    Text(&'a str),
    Base64(&'a [u8]),
}

impl Serialize for WireValue<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            WireValue::Text(text) => serializer.serialize_str(text),
            WireValue::Base64(bytes) => {
                serializer.collect_str(&Base64Display::new(bytes, &STANDARD))
            }
        }
    }
}

fn expiry_parts(expiry: Expiry) -> (Option<i64>, Option<i64>) {
    expiry.parts()
}

/// Size of one item as it travels in a remote bulk PUT body: the compact JSON of
/// `{"key":..,"value":..,"base64":true?,"expiration"?,"expiration_ttl"?,"metadata"?}` plus 1 for
/// the separating comma. Measured by writing that JSON to a counter, so it cannot drift from
/// what `encode_put_body` sends.
pub fn put_item_request_bytes(item: &PutItem) -> usize {
    let mut counter = ByteCounter(0);
    // The counter never fails and every field serializes.
    serde_json::to_writer(&mut counter, &WireItemRef::new(item)).expect("JSON into a counter");
    counter.0 + 1
}

struct ByteCounter(usize);

impl io::Write for ByteCounter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The body of a remote bulk PUT: a compact JSON array of the items. Its length is exactly 1 +
/// the sum of `put_item_request_bytes` of the items (for at least one item).
pub fn encode_put_body(items: &[PutItem]) -> Vec<u8> {
    let mut body = Vec::with_capacity(items.iter().map(put_item_request_bytes).sum::<usize>() + 1);
    body.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            body.push(b',');
        }
        // Writing to a Vec cannot fail, and every field serializes.
        serde_json::to_writer(&mut body, &WireItemRef::new(item)).expect("JSON into memory");
    }
    body.push(b']');
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bulk::InputFormat;
    use serde_json::json;

    fn item(value: &[u8], expiry: Expiry, metadata: Option<Json>) -> PutItem {
        PutItem {
            key: "k/\"é\"".into(),
            value: value.to_vec(),
            expiry,
            metadata,
        }
    }

    #[test]
    fn text_stays_text_and_binary_becomes_base64() {
        let text = WireItem::from_put_item(&item(b"hello \xE2\x9C\x93", Expiry::Never, None));
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"key":"k/\"é\"","value":"hello ✓"}"#
        );
        let binary =
            WireItem::from_put_item(&item(&[0, 159, 146, 150], Expiry::At(4_102_444_800), None));
        assert_eq!(
            serde_json::to_string(&binary).unwrap(),
            r#"{"key":"k/\"é\"","value":"AJ+Slg==","base64":true,"expiration":4102444800}"#
        );
        let full = WireItem::from_put_item(&item(
            b"",
            Expiry::Ttl(60),
            Some(json!({"b": 1, "a": [null]})),
        ));
        assert_eq!(
            serde_json::to_string(&full).unwrap(),
            r#"{"key":"k/\"é\"","value":"","expiration_ttl":60,"metadata":{"b":1,"a":[null]}}"#
        );
    }

    #[test]
    fn round_trips_through_json() {
        let all_bytes: Vec<u8> = (0..=255).collect();
        for original in [
            item(b"plain", Expiry::Never, None),
            item(&all_bytes, Expiry::At(4_102_444_800), Some(json!({"n": 1}))),
            item(b"\xFF", Expiry::Ttl(3600), Some(json!("just a string"))),
            item(b"", Expiry::Never, Some(json!([1, 2]))),
        ] {
            let text = serde_json::to_string(&WireItem::from_put_item(&original)).unwrap();
            let back: WireItem = serde_json::from_str(&text).unwrap();
            assert_eq!(back, WireItem::from_put_item(&original));
            // What `bulk put` reads back is the item that was exported.
            let input = super::super::BulkInput::spool(
                "wire",
                std::io::Cursor::new(text.clone().into_bytes()),
                InputFormat::Ndjson,
            )
            .unwrap();
            let mut read = Vec::new();
            super::super::read_put_items(&input, |_, item| {
                read.push(item);
                Ok(())
            })
            .unwrap();
            assert_eq!(read, vec![original.clone()]);
            // The borrowed form writes the very same JSON.
            assert_eq!(
                serde_json::to_string(&WireItemRef::new(&original)).unwrap(),
                text
            );
        }
    }

    #[test]
    fn the_body_is_a_json_array_of_wire_items() {
        let items = vec![
            item(b"a", Expiry::Never, None),
            item(&[0xFF, 0], Expiry::Ttl(60), None),
        ];
        let body = encode_put_body(&items);
        let parsed: Vec<WireItem> = serde_json::from_slice(&body).unwrap();
        assert_eq!(
            parsed,
            items
                .iter()
                .map(WireItem::from_put_item)
                .collect::<Vec<_>>()
        );
        assert_eq!(encode_put_body(&[]), b"[]");
    }

    #[test]
    fn request_bytes_match_the_body_that_is_sent() {
        let all_bytes: Vec<u8> = (0..=255).collect();
        let items = vec![
            PutItem {
                key: "a".into(),
                value: b"x".to_vec(),
                expiry: Expiry::Never,
                metadata: None,
            },
            PutItem {
                key: "quote\"and\\slash\n".into(),
                value: "tab\t ✓ \u{1}".as_bytes().to_vec(),
                expiry: Expiry::Ttl(60),
                metadata: Some(json!({"k": "v\"", "n": [1.5, null]})),
            },
            PutItem {
                key: "bin".into(),
                value: all_bytes,
                expiry: Expiry::At(4_102_444_800),
                metadata: None,
            },
        ];
        for item in &items {
            let json = serde_json::to_vec(&WireItem::from_put_item(item)).unwrap();
            assert_eq!(put_item_request_bytes(item), json.len() + 1);
        }
        // {"key":"a","value":"x"} is 23 bytes, plus the comma.
        assert_eq!(put_item_request_bytes(&items[0]), 24);
        let sum: usize = items.iter().map(put_item_request_bytes).sum();
        assert_eq!(encode_put_body(&items).len(), sum + 1);
    }
}
