//! Reading a JSON array of at most N items, and stopping at item N+1. A bulk body may be 100 MB;
//! parsing all of it into a `Vec` before counting lets 96 MB of tiny items cost a gigabyte or
//! more of parsed values. Here the count is checked element by element, so an over-long array is
//! refused after N+1 items whatever follows, and memory stays bounded by N items.

use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, Error as _, IgnoredAny};
use serde::de::{SeqAccess, Visitor};

/// Why an array was not read.
#[derive(Debug)]
pub enum ArrayError {
    /// The array holds more than the maximum number of items.
    TooManyItems,
    /// The text is not a JSON array of the expected items; serde's explanation.
    Invalid(serde_json::Error),
}

/// Parses `bytes` as a JSON array of `T`, refusing it as soon as item `max + 1` begins.
pub fn parse_bounded_array<T: DeserializeOwned>(
    bytes: &[u8],
    max: usize,
) -> Result<Vec<T>, ArrayError> {
    let too_many = Cell::new(false);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let seed = BoundedArray {
        max,
        too_many: &too_many,
        item: PhantomData,
    };
    let parsed = seed
        .deserialize(&mut deserializer)
        .and_then(|items| deserializer.end().map(|()| items));
    match parsed {
        Ok(items) => Ok(items),
        Err(_) if too_many.get() => Err(ArrayError::TooManyItems),
        Err(error) => Err(ArrayError::Invalid(error)),
    }
}

struct BoundedArray<'a, T> {
    max: usize,
    /// Set when the array turned out too long, so the caller can tell that apart from bad JSON.
    too_many: &'a Cell<bool>,
    item: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for BoundedArray<'_, T> {
    type Value = Vec<T>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<T>, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for BoundedArray<'_, T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an array of at most {} items", self.max)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        // The length hint is the client's claim; never preallocate more than the maximum.
        let capacity = seq.size_hint().unwrap_or(0).min(self.max).min(1024);
        let mut items = Vec::with_capacity(capacity);
        loop {
            if items.len() == self.max {
                // One more item, skipped without building it, is enough to know.
                if seq.next_element::<IgnoredAny>()?.is_some() {
                    self.too_many.set(true);
                    return Err(A::Error::custom("too many items"));
                }
                return Ok(items);
            }
            match seq.next_element::<T>()? {
                Some(item) => items.push(item),
                None => return Ok(items),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_arrays_up_to_the_maximum() {
        let items: Vec<String> = parse_bounded_array(br#"["a", "b"]"#, 2).unwrap();
        assert_eq!(items, ["a", "b"]);
        let empty: Vec<String> = parse_bounded_array(b" [ ] ", 2).unwrap();
        assert!(empty.is_empty());
    }

    #[test]
    fn stops_at_the_first_item_past_the_maximum() {
        // What follows the third item is not even JSON: the parser never gets that far.
        let result = parse_bounded_array::<String>(br#"["a", "b", "c", this is not json"#, 2);
        assert!(
            matches!(result, Err(ArrayError::TooManyItems)),
            "{result:?}"
        );
    }

    #[test]
    fn bad_json_and_trailing_text_are_invalid() {
        for text in [&b"[\"a\","[..], b"{}", b"[1]", b"[\"a\"] x", b""] {
            let result = parse_bounded_array::<String>(text, 5);
            assert!(matches!(result, Err(ArrayError::Invalid(_))), "{text:?}");
        }
    }
}
