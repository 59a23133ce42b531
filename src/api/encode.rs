//! Percent-encoding of key names and ids in URL paths, exactly like JavaScript's
//! `encodeURIComponent`, which is what wrangler uses and what the API decodes. A key is one
//! path segment, so `/` must be encoded too; nothing else in this module.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The bytes `encodeURIComponent` leaves alone besides ASCII letters and digits.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

/// Encodes every byte of the UTF-8 text except `A-Z a-z 0-9 - _ . ! ~ * ' ( )` as `%XX`
/// (uppercase hex).
pub fn encode_uri_component(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

#[cfg(test)]
mod tests {
    use super::encode_uri_component;

    #[test]
    fn unreserved_characters_are_kept() {
        let kept = "ABCXYZabcxyz0189-_.!~*'()";
        assert_eq!(encode_uri_component(kept), kept);
    }

    #[test]
    fn reserved_and_special_characters_are_encoded() {
        assert_eq!(encode_uri_component("a/b"), "a%2Fb");
        assert_eq!(encode_uri_component("user:1"), "user%3A1");
        assert_eq!(encode_uri_component("a b"), "a%20b");
        assert_eq!(encode_uri_component("%"), "%25");
        assert_eq!(
            encode_uri_component("?#&=+,;$@[]"),
            "%3F%23%26%3D%2B%2C%3B%24%40%5B%5D"
        );
        assert_eq!(
            encode_uri_component("\"<>\\^`{|}"),
            "%22%3C%3E%5C%5E%60%7B%7C%7D"
        );
        assert_eq!(encode_uri_component("\t\n\u{7f}"), "%09%0A%7F");
    }

    #[test]
    fn unicode_is_encoded_as_uppercase_utf8_bytes() {
        assert_eq!(encode_uri_component("é"), "%C3%A9");
        assert_eq!(encode_uri_component("日本"), "%E6%97%A5%E6%9C%AC");
        assert_eq!(encode_uri_component("😀"), "%F0%9F%98%80");
    }

    #[test]
    fn every_ascii_byte_matches_encode_uri_component() {
        for byte in 0u8..=0x7f {
            let c = byte as char;
            let expected = if c.is_ascii_alphanumeric() || "-_.!~*'()".contains(c) {
                c.to_string()
            } else {
                format!("%{byte:02X}")
            };
            assert_eq!(
                encode_uri_component(&c.to_string()),
                expected,
                "byte {byte:#04x}"
            );
        }
    }
}
