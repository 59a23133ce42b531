//! The local listing's opaque cursor and the key range a page is read from. The cursor is the
//! last key of the previous page in base64url, so paging resumes exactly after it however keys
//! change in between; the range turns a prefix into bounds the primary-key index can seek.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::error::WkvError;

pub fn encode_cursor(last_key: &str) -> String {
    URL_SAFE_NO_PAD.encode(last_key.as_bytes())
}

/// Decodes a cursor made by `encode_cursor`. Standard base64 and padding are accepted too, as
/// miniflare's own cursors are standard base64 of the same key.
pub fn decode_cursor(cursor: &str) -> Result<String, WkvError> {
    let normalized: String = cursor
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            other => other,
        })
        .collect();
    URL_SAFE_NO_PAD
        .decode(normalized.as_bytes())
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .ok_or_else(|| WkvError::usage(format!("invalid list cursor `{cursor}`")))
}

/// Where a page starts: at `key` itself (a prefix) or just after it (the previous page's last key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LowerBound {
    pub key: String,
    pub inclusive: bool,
}

/// The keys a page may contain: from the lower bound up to (not including) the upper bound.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRange {
    pub lower: LowerBound,
    pub upper: Option<String>,
}

impl KeyRange {
    /// The range for keys under `prefix` after the key in `after`, reduced to one lower bound so
    /// SQLite seeks once instead of choosing between two.
    pub fn new(prefix: Option<&str>, after: Option<String>) -> KeyRange {
        let prefix = prefix.unwrap_or("");
        let lower = match after {
            Some(after) if after.as_str() >= prefix => LowerBound {
                key: after,
                inclusive: false,
            },
            _ => LowerBound {
                key: prefix.to_string(),
                inclusive: true,
            },
        };
        KeyRange {
            lower,
            upper: prefix_upper_bound(prefix),
        }
    }
}

/// The smallest string greater than every string that starts with `prefix`, or `None` when no
/// such string exists (empty prefix, or only maximal code points). UTF-8 byte order equals code
/// point order, so bumping the last code point that can be bumped gives the bound, and the
/// result stays valid UTF-8 (which SQLite text parameters must be).
pub fn prefix_upper_bound(prefix: &str) -> Option<String> {
    let mut chars: Vec<char> = prefix.chars().collect();
    while let Some(last) = chars.pop() {
        if let Some(next) = next_char(last) {
            chars.push(next);
            return Some(chars.into_iter().collect());
        }
    }
    None
}

fn next_char(c: char) -> Option<char> {
    match c {
        char::MAX => None,
        // Surrogates are not characters; the next one after the gap is U+E000.
        '\u{D7FF}' => Some('\u{E000}'),
        other => char::from_u32(other as u32 + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_any_key() {
        for key in ["user:1", "unicode/ключ/🔑", "a?b&c#d e", "\u{10FFFF}"] {
            assert_eq!(decode_cursor(&encode_cursor(key)).unwrap(), key);
        }
        assert!(!encode_cursor("??>>").contains(['+', '/', '=']));
    }

    #[test]
    fn standard_base64_cursors_are_accepted() {
        // "??>>" is "Pz8+Pg==" in standard base64.
        assert_eq!(decode_cursor("Pz8+Pg==").unwrap(), "??>>");
    }

    #[test]
    fn malformed_cursors_are_usage_errors() {
        for bad in ["!!!", "a", "_w"] {
            let err = decode_cursor(bad).unwrap_err();
            assert_eq!(err.kind, crate::error::ErrorKind::Usage, "{bad}");
        }
    }

    #[test]
    fn upper_bounds_sort_after_every_prefixed_key() {
        assert_eq!(prefix_upper_bound(""), None);
        assert_eq!(prefix_upper_bound("user:").as_deref(), Some("user;"));
        assert_eq!(
            prefix_upper_bound("a\u{D7FF}").as_deref(),
            Some("a\u{E000}")
        );
        assert_eq!(prefix_upper_bound("a\u{10FFFF}").as_deref(), Some("b"));
        assert_eq!(prefix_upper_bound("\u{10FFFF}\u{10FFFF}"), None);
        let bound = prefix_upper_bound("ab\u{FFFF}").unwrap();
        for key in [
            "ab\u{FFFF}",
            "ab\u{FFFF}\u{10FFFF}\u{10FFFF}",
            "ab\u{FFFF}zz",
        ] {
            assert!(key.as_bytes() < bound.as_bytes(), "{key:?}");
        }
        assert!("ab\u{10000}".as_bytes() >= bound.as_bytes());
    }

    #[test]
    fn the_later_of_prefix_and_cursor_starts_the_page() {
        let range = KeyRange::new(Some("user:"), Some("user:5".into()));
        assert_eq!(
            range.lower,
            LowerBound {
                key: "user:5".into(),
                inclusive: false
            }
        );
        let range = KeyRange::new(Some("user:"), Some("config".into()));
        assert_eq!(
            range.lower,
            LowerBound {
                key: "user:".into(),
                inclusive: true
            }
        );
        assert_eq!(KeyRange::new(None, None).upper, None);
    }
}

/// Property tests: the decoder reads untrusted text from `wkv serve` clients and `--cursor`.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn every_key_round_trips(key in any::<String>()) {
            prop_assert_eq!(decode_cursor(&encode_cursor(&key)).unwrap(), key);
        }

        #[test]
        fn any_text_decodes_to_its_canonical_key_or_a_usage_error(text in any::<String>()) {
            match decode_cursor(&text) {
                Ok(key) => {
                    let canonical: String = text
                        .trim_end_matches('=')
                        .replace('+', "-")
                        .replace('/', "_");
                    prop_assert_eq!(encode_cursor(&key), canonical);
                }
                Err(error) => prop_assert_eq!(error.kind, crate::error::ErrorKind::Usage),
            }
        }

        #[test]
        fn cursors_of_bytes_that_are_not_utf8_are_refused(bytes in proptest::collection::vec(any::<u8>(), 1..64)) {
            let cursor = URL_SAFE_NO_PAD.encode(&bytes);
            let decoded = decode_cursor(&cursor);
            match String::from_utf8(bytes) {
                Ok(text) => prop_assert_eq!(decoded.unwrap(), text),
                Err(_) => prop_assert!(decoded.is_err()),
            }
        }
    }
}
