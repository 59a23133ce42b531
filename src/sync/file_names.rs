//! Key names as relative file paths and back, for `bulk export --dir` and `bulk put --dir`.
//! A key's `/` separates directories. Each path segment that could not be a file name on Linux,
//! macOS or Windows is escaped, reversibly, with `%XX` (the UTF-8 bytes in hex):
//! - `%` itself, the characters Windows forbids (`< > : " \ | ? *`) and control characters;
//! - a trailing space or dot (Windows drops them), and the segments `.` and `..`;
//! - the first character of a name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with
//!   or without an extension).
//!
//! An empty segment (`a//b`, or a key that starts or ends with `/`) is written as a lone `%`.
//! Anything else is kept as it is, so ordinary keys give ordinary file names.

use crate::error::WkvError;

/// The longest file name most file systems accept, in bytes.
const MAX_SEGMENT_BYTES: usize = 255;

/// The relative path, with `/` separators, that stands for `key`.
pub fn key_to_path(key: &str) -> Result<String, WkvError> {
    let mut segments = Vec::new();
    for segment in key.split('/') {
        let escaped = escape_segment(segment);
        if escaped.len() > MAX_SEGMENT_BYTES {
            return Err(WkvError::usage(format!(
                "the key `{}` has a part of {} bytes once escaped; file names are at most {MAX_SEGMENT_BYTES} bytes",
                crate::output::shown(key),
                escaped.len()
            )));
        }
        segments.push(escaped);
    }
    Ok(segments.join("/"))
}

/// The key a relative path (with `/` separators) stands for: the reverse of `key_to_path`.
pub fn path_to_key(path: &str) -> Result<String, WkvError> {
    let segments: Result<Vec<String>, WkvError> = path.split('/').map(unescape_segment).collect();
    Ok(segments?.join("/"))
}

fn escape_segment(segment: &str) -> String {
    if segment.is_empty() {
        return "%".to_string();
    }
    if segment == "." || segment == ".." {
        return segment.bytes().map(|b| format!("%{b:02X}")).collect();
    }
    let chars: Vec<char> = segment.chars().collect();
    let reserved = is_reserved_windows_name(segment);
    let mut out = String::with_capacity(segment.len());
    for (index, &c) in chars.iter().enumerate() {
        let last = index + 1 == chars.len();
        let escape = matches!(c, '%' | '<' | '>' | ':' | '"' | '\\' | '|' | '?' | '*')
            || c.is_control()
            || (last && (c == ' ' || c == '.'))
            || (index == 0 && reserved);
        if escape {
            let mut buffer = [0u8; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn is_reserved_windows_name(segment: &str) -> bool {
    let stem = segment
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    let stem = stem.trim_end_matches(' ');
    matches!(stem, "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit()
            && stem.as_bytes()[3] != b'0')
}

fn unescape_segment(segment: &str) -> Result<String, WkvError> {
    if segment == "%" {
        return Ok(String::new());
    }
    let bad = || {
        WkvError::usage(format!(
            "the file name `{}` holds a `%` that is not followed by two hex digits: escape a `%` in a key as %25",
            crate::output::shown(segment)
        ))
    };
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = bytes.get(index + 1..index + 3).ok_or_else(bad)?;
            let text = std::str::from_utf8(hex).map_err(|_| bad())?;
            out.push(u8::from_str_radix(text, 16).map_err(|_| bad())?);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).map_err(|_| {
        WkvError::usage(format!(
            "the file name `{}` escapes bytes that are not UTF-8",
            crate::output::shown(segment)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_keys_are_ordinary_paths() {
        assert_eq!(
            key_to_path("user/42/profile.json").unwrap(),
            "user/42/profile.json"
        );
        assert_eq!(key_to_path("ключ 🔑").unwrap(), "ключ 🔑");
    }

    #[test]
    fn awkward_keys_are_escaped_and_come_back() {
        let cases = [
            ("a:b", "a%3Ab"),
            ("100%", "100%25"),
            ("/lead", "%/lead"),
            ("trail/", "trail/%"),
            ("a//b", "a/%/b"),
            (".", "%2E"),
            ("../up", "%2E%2E/up"),
            ("name.", "name%2E"),
            ("name ", "name%20"),
            ("CON", "%43ON"),
            ("nul.txt", "%6Eul.txt"),
            ("com1", "%63om1"),
            ("com10", "com10"),
            ("tab\there", "tab%09here"),
            ("q?*<>|\"\\", "q%3F%2A%3C%3E%7C%22%5C"),
        ];
        for (key, path) in cases {
            assert_eq!(key_to_path(key).unwrap(), path, "{key:?}");
            assert_eq!(path_to_key(path).unwrap(), key, "{path:?}");
        }
    }

    #[test]
    fn every_short_key_round_trips() {
        let alphabet = ['a', '/', '%', '.', ' ', ':', 'C', 'O', 'N', '\u{1}', 'é'];
        let mut keys = vec![String::new()];
        for _ in 0..4 {
            keys = keys
                .iter()
                .flat_map(|k| alphabet.iter().map(move |c| format!("{k}{c}")))
                .collect();
            for key in &keys {
                let path = key_to_path(key).unwrap();
                assert_eq!(&path_to_key(&path).unwrap(), key, "{path}");
                for segment in path.split('/') {
                    assert!(!segment.is_empty() && segment != "." && segment != "..");
                    assert!(
                        !segment.ends_with(' ') && !segment.ends_with('.'),
                        "{segment}"
                    );
                }
            }
        }
    }

    #[test]
    fn malformed_escapes_are_refused() {
        for path in ["a%", "a%4", "a%zz", "%FF"] {
            assert!(path_to_key(path).is_err(), "{path}");
        }
    }
}
