//! The outer shape of bulk items, deserialized so that any well-formed JSON succeeds: every
//! property is kept whatever its type, unknown ones are only named, and a value of the wrong
//! kind is recorded rather than failing. That keeps serde's type errors (which would stop the
//! whole read and may quote a secret value) out of the way, so `items.rs` can judge each item
//! in its own words. Deserializing into these is also much cheaper than into `serde_json::Value`.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::marker::PhantomData;

/// A `bulk put` item as found.
#[derive(Debug, Default)]
pub(crate) struct PutShell {
    /// What was found instead of an object, if it was not one.
    pub not_an_object: Option<&'static str>,
    pub key: Option<Value>,
    pub value: Option<Value>,
    pub expiration: Option<Value>,
    pub expiration_ttl: Option<Value>,
    pub metadata: Option<Value>,
    pub base64: Option<Value>,
    /// Names of properties that are not part of an item, in file order.
    pub unknown: Vec<String>,
}

/// A `bulk get` / `bulk delete` item as found: a bare name, an object, or something else.
#[derive(Debug)]
pub(crate) enum KeyShell {
    Name(String),
    Object {
        name: Option<Value>,
        key: Option<Value>,
    },
    Other(&'static str),
}

/// What each shell does with the kinds of JSON value it may meet.
trait Shell: Sized {
    fn from_object<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
    fn from_string(text: String) -> Self;
    fn from_other(kind: &'static str) -> Self;
}

impl Shell for PutShell {
    fn from_object<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut shell = PutShell::default();
        while let Some(property) = map.next_key::<PropertyName>()? {
            if is_number_in_disguise(&property) {
                map.next_value::<IgnoredAny>()?;
                return Ok(Self::from_other("a number"));
            }
            let slot = match property.as_str() {
                "key" => &mut shell.key,
                "value" => &mut shell.value,
                "expiration" => &mut shell.expiration,
                "expiration_ttl" => &mut shell.expiration_ttl,
                "metadata" => &mut shell.metadata,
                "base64" => &mut shell.base64,
                other => {
                    map.next_value::<IgnoredAny>()?;
                    if !shell.unknown.iter().any(|known| known == other) {
                        shell.unknown.push(other.to_owned());
                    }
                    continue;
                }
            };
            // A repeated property: the last one wins, as in JavaScript.
            *slot = Some(map.next_value()?);
        }
        Ok(shell)
    }

    fn from_string(_: String) -> Self {
        Self::from_other("a string")
    }

    fn from_other(kind: &'static str) -> Self {
        PutShell {
            not_an_object: Some(kind),
            ..PutShell::default()
        }
    }
}

impl Shell for KeyShell {
    fn from_object<'de, A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let (mut name, mut key) = (None, None);
        while let Some(property) = map.next_key::<PropertyName>()? {
            if is_number_in_disguise(&property) {
                map.next_value::<IgnoredAny>()?;
                return Ok(Self::from_other("a number"));
            }
            match property.as_str() {
                "name" => name = Some(map.next_value()?),
                "key" => key = Some(map.next_value()?),
                // `key list` output also carries expiration and metadata: not a problem.
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(KeyShell::Object { name, key })
    }

    fn from_string(text: String) -> Self {
        KeyShell::Name(text)
    }

    fn from_other(kind: &'static str) -> Self {
        KeyShell::Other(kind)
    }
}

impl<'de> Deserialize<'de> for PutShell {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ShellVisitor(PhantomData))
    }
}

impl<'de> Deserialize<'de> for KeyShell {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ShellVisitor(PhantomData))
    }
}

struct ShellVisitor<S>(PhantomData<S>);

impl<'de, S: Shell> Visitor<'de> for ShellVisitor<S> {
    type Value = S;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<S, E> {
        Ok(S::from_other("a boolean"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<S, E> {
        Ok(S::from_other("a number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<S, E> {
        Ok(S::from_other("a number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<S, E> {
        Ok(S::from_other("a number"))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<S, E> {
        Ok(S::from_string(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<S, E> {
        Ok(S::from_string(text))
    }

    fn visit_unit<E: de::Error>(self) -> Result<S, E> {
        Ok(S::from_other("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<S, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(S::from_other("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<S, A::Error> {
        S::from_object(map)
    }
}

/// serde_json's `arbitrary_precision` (on, so that metadata keeps the digits of any integer)
/// hands a number to `deserialize_any` as a map of this one private property holding the
/// literal.
const SERDE_JSON_NUMBER: &str = "$serde_json::private::Number";

fn is_number_in_disguise(property: &PropertyName) -> bool {
    property.as_str() == SERDE_JSON_NUMBER
}

/// An object's property name, unescaped. The names items use are recognised without allocating
/// (the common case on every item); any other name is kept to be reported.
enum PropertyName {
    Known(&'static str),
    Other(String),
}

const KNOWN_NAMES: [&str; 7] = [
    "key",
    "value",
    "expiration",
    "expiration_ttl",
    "metadata",
    "base64",
    "name",
];

impl PropertyName {
    fn as_str(&self) -> &str {
        match self {
            PropertyName::Known(name) => name,
            PropertyName::Other(name) => name,
        }
    }
}

impl<'de> Deserialize<'de> for PropertyName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(PropertyNameVisitor)
    }
}

struct PropertyNameVisitor;

impl Visitor<'_> for PropertyNameVisitor {
    type Value = PropertyName;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a property name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<PropertyName, E> {
        Ok(match KNOWN_NAMES.iter().find(|known| **known == name) {
            Some(known) => PropertyName::Known(known),
            None => PropertyName::Other(name.to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_json_kind_is_accepted() {
        for (text, kind) in [
            ("\"s\"", "a string"),
            ("1", "a number"),
            ("-1", "a number"),
            ("1.5", "a number"),
            ("true", "a boolean"),
            ("null", "null"),
            ("[1, {\"a\": [2]}]", "an array"),
        ] {
            let shell: PutShell = serde_json::from_str(text).unwrap();
            assert_eq!(shell.not_an_object, Some(kind), "{text}");
        }
        let shell: KeyShell = serde_json::from_str("\"k\\u00e9\"").unwrap();
        assert!(matches!(shell, KeyShell::Name(name) if name == "ké"));
        let shell: KeyShell = serde_json::from_str("[\"k\"]").unwrap();
        assert!(matches!(shell, KeyShell::Other("an array")));
    }

    #[test]
    fn properties_are_kept_whatever_their_type() {
        let text = r#"{"k\u0065y": 5, "value": {"x": [1]}, "odd": {"deep": [1, 2]}, "base64": "no", "odd": 1, "value": "last"}"#;
        let shell: PutShell = serde_json::from_str(text).unwrap();
        assert_eq!(shell.not_an_object, None);
        assert_eq!(shell.key, Some(Value::from(5)));
        assert_eq!(shell.value, Some(Value::from("last")));
        assert_eq!(shell.base64, Some(Value::from("no")));
        assert_eq!(shell.unknown, vec!["odd".to_string()]);
    }

    #[test]
    fn broken_json_still_fails() {
        assert!(serde_json::from_str::<PutShell>("{\"key\": \"a\u{1}\"}").is_err());
        assert!(serde_json::from_str::<PutShell>("{\"odd\": \"a\u{1}\"}").is_err());
        assert!(serde_json::from_str::<KeyShell>("{\"name\": tru}").is_err());
    }
}
