//! What one bulk item must look like: turns a JSON value into a `PutItem` or a key name, or says
//! in a sentence what is wrong with it. It checks shape and types only; the API's limits (key
//! length, TTL, ...) are applied by the passes with `kv::limits`.

use super::shells::{KeyShell, PutShell};
use crate::kv::{Expiry, PutItem};
use base64::Engine as _;
use serde_json::Value;

/// A put item that has the right shape, with a note on properties that were ignored.
#[derive(Debug)]
pub(crate) struct ParsedPut {
    pub item: PutItem,
    pub warning: Option<String>,
}

/// Reads `{key, value, expiration?, expiration_ttl?, metadata?, base64?}`.
///
/// `value` is a string, as the API and wrangler require: stored as its UTF-8 bytes, or decoded
/// when `base64` is true. `metadata` is any JSON, as the API takes it. `null` for an optional
/// property means absent.
/// Every problem with the item is named, joined by "; ".
pub(crate) fn parse_put_item(shell: PutShell) -> Result<ParsedPut, String> {
    if let Some(found) = shell.not_an_object {
        return Err(format!(
            "expected an object with \"key\" and \"value\", found {found}"
        ));
    }
    let unknown: Vec<String> = shell
        .unknown
        .iter()
        .map(|name| format!("\"{name}\""))
        .collect();
    let mut problems = Vec::new();
    let key = match shell.key {
        Some(Value::String(key)) => Some(key),
        Some(other) => {
            problems.push(format!(
                "\"key\" must be a string, found {}",
                describe(&other)
            ));
            None
        }
        None => {
            problems.push("missing \"key\"".to_string());
            None
        }
    };
    let base64 = match shell.base64.filter(|v| !v.is_null()) {
        None => false,
        Some(Value::Bool(flag)) => flag,
        Some(other) => {
            problems.push(format!(
                "\"base64\" must be true or false, found {}",
                describe(&other)
            ));
            false
        }
    };
    let bytes = match shell.value {
        Some(Value::String(text)) if base64 => {
            match base64::engine::general_purpose::STANDARD.decode(&text) {
                Ok(bytes) => Some(bytes),
                Err(error) => {
                    problems.push(format!("\"value\" is not valid base64: {error}"));
                    None
                }
            }
        }
        Some(Value::String(text)) => Some(text.into_bytes()),
        Some(other) if base64 => {
            problems.push(format!(
                "\"value\" must be a base64 string when \"base64\" is true, found {}",
                describe(&other)
            ));
            None
        }
        Some(other) => {
            problems.push(format!(
                "\"value\" must be a string, found {} (to store JSON, write it as a string)",
                describe(&other)
            ));
            None
        }
        None => {
            problems.push("missing \"value\"".to_string());
            None
        }
    };
    let expiration = integer(shell.expiration, "expiration", &mut problems);
    let expiration_ttl = integer(shell.expiration_ttl, "expiration_ttl", &mut problems);
    // Any JSON, as the API takes it (wrangler wants an object): `bulk export` writes whatever
    // metadata a Worker stored, and `bulk put` must take its own exports back.
    let metadata = shell.metadata.filter(|v| !v.is_null());

    let unknown_note = match unknown.len() {
        0 => None,
        1 => Some(format!("unexpected property {} is ignored", unknown[0])),
        _ => Some(format!(
            "unexpected properties {} are ignored",
            unknown.join(", ")
        )),
    };
    match (key, bytes) {
        (Some(key), Some(value)) if problems.is_empty() => Ok(ParsedPut {
            item: PutItem {
                key,
                value,
                expiry: Expiry::as_given(expiration, expiration_ttl),
                metadata,
            },
            warning: unknown_note,
        }),
        _ => {
            // A misspelt property ("vaule") is the likely cause of a missing one: say so.
            problems.extend(unknown_note);
            Err(problems.join("; "))
        }
    }
}

/// Which items a file of keys (for bulk get and delete) may hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyItems {
    /// Names, and objects with a `name` (so `key list` output feeds them), as wrangler reads them.
    Names,
    /// Also bulk put items (`{"key": ...}`, e.g. a `bulk export`), when the user asks for it
    /// (`--from-put-file`); wrangler refuses them.
    NamesOrPutItems,
}

/// Reads a key name for bulk get and delete: a string, or an object with a string `name`, as
/// wrangler reads them. An object with `key` and no `name` (a bulk put item) is refused unless
/// `accept` allows it: a delete must not act on a file that was not meant as a list of keys.
pub(crate) fn parse_key_item(shell: KeyShell, accept: KeyItems) -> Result<String, String> {
    match shell {
        KeyShell::Name(name) => Ok(name),
        KeyShell::Object { name, key } => match (name, key) {
            (Some(Value::String(name)), _) => Ok(name),
            (Some(other), _) => Err(format!(
                "\"name\" must be a string, found {}",
                describe(&other)
            )),
            (None, Some(Value::String(key))) if accept == KeyItems::NamesOrPutItems => Ok(key),
            (None, Some(other)) if accept == KeyItems::NamesOrPutItems => Err(format!(
                "\"key\" must be a string, found {}",
                describe(&other)
            )),
            (None, Some(_)) => Err(
                "missing \"name\" (this looks like a bulk put item: pass --from-put-file to take its \"key\")"
                    .to_string(),
            ),
            (None, None) => Err("missing \"name\"".to_string()),
        },
        KeyShell::Other(found) => Err(format!(
            "expected a key name (a string, or an object with \"name\"), found {found}"
        )),
    }
}

/// A 64-bit integer property. `1e9` and `1.0` are integers too: JSON does not tell them apart
/// and the files may come from JavaScript.
fn integer(value: Option<Value>, name: &str, problems: &mut Vec<String>) -> Option<i64> {
    let value = value.filter(|v| !v.is_null())?;
    let as_integer = match &value {
        Value::Number(number) => number.as_i64().or_else(|| {
            number
                .as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= i64::MIN as f64 && *f < i64::MAX as f64)
                .map(|f| f as i64)
        }),
        _ => None,
    };
    if as_integer.is_none() {
        let found = match &value {
            Value::Number(number) => number.to_string(),
            other => describe(other).to_string(),
        };
        problems.push(format!(
            "\"{name}\" must be a 64-bit integer, found {found}"
        ));
    }
    as_integer
}

/// Names the type of a value without echoing it (values may be secrets).
fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse_put_item(value: Value) -> Result<ParsedPut, String> {
        super::parse_put_item(serde_json::from_value(value).unwrap())
    }

    fn parse_key_item(value: Value) -> Result<String, String> {
        super::parse_key_item(serde_json::from_value(value).unwrap(), KeyItems::Names)
    }

    fn put(value: Value) -> PutItem {
        let parsed = parse_put_item(value).unwrap();
        assert_eq!(parsed.warning, None);
        parsed.item
    }

    #[test]
    fn string_values_are_stored_as_utf8_or_decoded_base64() {
        assert_eq!(
            put(json!({"key": "k", "value": "zé"})).value,
            "zé".as_bytes()
        );
        assert_eq!(
            put(json!({"key": "k", "value": "AAH/", "base64": true})).value,
            vec![0, 1, 255]
        );
        assert_eq!(
            put(json!({"key": "k", "value": "AAH/", "base64": false})).value,
            b"AAH/"
        );
        assert_eq!(put(json!({"key": "k", "value": ""})).value, b"");
    }

    #[test]
    fn values_that_are_not_strings_are_refused_as_wrangler_and_the_api_do() {
        for value in [
            json!({"a": 1}),
            json!(42),
            json!(null),
            json!(false),
            json!(["x"]),
        ] {
            let problem = parse_put_item(json!({"key": "k", "value": value})).unwrap_err();
            assert!(
                problem.starts_with("\"value\" must be a string, found "),
                "{problem}"
            );
        }
    }

    #[test]
    fn metadata_is_any_json_as_the_api_takes_it() {
        for metadata in [
            json!("m"),
            json!(1),
            json!(true),
            json!([1]),
            json!({"a": 1}),
        ] {
            let item = put(json!({"key": "k", "value": "v", "metadata": metadata.clone()}));
            assert_eq!(item.metadata, Some(metadata));
        }
    }

    #[test]
    fn expiry_and_metadata_are_read() {
        let item = put(
            json!({"key": "k", "value": "v", "expiration": 4102444800_i64, "metadata": {"m": 1}}),
        );
        assert_eq!(item.expiry, Expiry::At(4_102_444_800));
        assert_eq!(item.metadata, Some(json!({"m": 1})));
        // Both are kept (a remote write sends both); the TTL is what takes effect.
        let item = put(json!({"key": "k", "value": "v", "expiration_ttl": 1e3, "expiration": 5}));
        assert_eq!(item.expiry, Expiry::Both { at: 5, ttl: 1000 });
        assert_eq!(item.expiry.effective(), Expiry::Ttl(1000));
        let item = put(json!({"key": "k", "value": "v", "expiration": null, "metadata": null}));
        assert_eq!((item.expiry, item.metadata), (Expiry::Never, None));
    }

    #[test]
    fn missing_and_mistyped_properties_are_all_named() {
        let problem = |v: Value| parse_put_item(v).unwrap_err();
        assert_eq!(problem(json!({"value": "v"})), "missing \"key\"");
        assert_eq!(problem(json!({"key": "k"})), "missing \"value\"");
        assert_eq!(problem(json!({})), "missing \"key\"; missing \"value\"");
        assert_eq!(
            problem(json!("k")),
            "expected an object with \"key\" and \"value\", found a string"
        );
        assert_eq!(
            problem(json!({"key": 1, "value": "v"})),
            "\"key\" must be a string, found a number"
        );
        assert_eq!(
            problem(json!({"key": "k", "value": "v", "expiration": "soon", "expiration_ttl": 1.5})),
            "\"expiration\" must be a 64-bit integer, found a string; \"expiration_ttl\" must be a 64-bit integer, found 1.5"
        );
        assert_eq!(
            problem(json!({"key": "k", "value": "v", "expiration": 18446744073709551615_u64})),
            "\"expiration\" must be a 64-bit integer, found 18446744073709551615"
        );
        assert_eq!(
            problem(json!({"key": "k", "value": "v", "base64": "yes"})),
            "\"base64\" must be true or false, found a string"
        );
        assert_eq!(
            problem(json!({"key": "k", "value": 5, "base64": true})),
            "\"value\" must be a base64 string when \"base64\" is true, found a number"
        );
        assert_eq!(
            problem(json!({"key": "k", "vaule": "v"})),
            "missing \"value\"; unexpected property \"vaule\" is ignored"
        );
    }

    #[test]
    fn bad_base64_is_an_error_for_the_item() {
        let problem =
            parse_put_item(json!({"key": "k", "value": "ab#=", "base64": true})).unwrap_err();
        assert!(
            problem.starts_with("\"value\" is not valid base64: "),
            "{problem}"
        );
        // Padding is required: this is the standard alphabet with padding.
        assert!(parse_put_item(json!({"key": "k", "value": "AAE", "base64": true})).is_err());
        // The URL-safe alphabet is not accepted.
        assert!(parse_put_item(json!({"key": "k", "value": "-_-_", "base64": true})).is_err());
    }

    #[test]
    fn unknown_properties_are_a_warning_only() {
        let parsed =
            parse_put_item(json!({"key": "k", "value": "v", "ttl": 60, "note": "x"})).unwrap();
        assert_eq!(parsed.item.value, b"v");
        assert_eq!(
            parsed.warning.as_deref(),
            Some("unexpected properties \"ttl\", \"note\" are ignored")
        );
    }

    #[test]
    fn key_items_are_strings_or_named_objects() {
        assert_eq!(parse_key_item(json!("a")).unwrap(), "a");
        assert_eq!(
            parse_key_item(json!({"name": "b", "expiration": 5, "metadata": {}})).unwrap(),
            "b"
        );
        let problem = parse_key_item(json!({"key": "c", "value": "v"})).unwrap_err();
        assert!(
            problem.starts_with("missing \"name\" (this looks like a bulk put item"),
            "{problem}"
        );
        assert_eq!(
            parse_key_item(json!({"name": "d", "key": "e"})).unwrap(),
            "d"
        );
        assert_eq!(
            parse_key_item(json!({"value": "v"})).unwrap_err(),
            "missing \"name\""
        );
        assert_eq!(
            parse_key_item(json!({"name": 7})).unwrap_err(),
            "\"name\" must be a string, found a number"
        );
        assert_eq!(
            parse_key_item(json!(7)).unwrap_err(),
            "expected a key name (a string, or an object with \"name\"), found a number"
        );
    }
}
