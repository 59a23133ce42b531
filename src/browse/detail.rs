//! How a value is shown on the detail pane: JSON pretty-printed (and coloured), text as it is,
//! and anything that is not UTF-8 as a hex + ASCII dump with the type its first bytes reveal.
//! Only a prefix of a large value ever reaches this code (see `DISPLAY_LIMIT`).

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use serde_json::Value as Json;

/// The most of a value kept for display. Larger values are cut, and the pane says so.
pub const DISPLAY_LIMIT: usize = 64 * 1024;

/// A value ready to draw.
#[derive(Debug, Clone)]
pub struct FormattedValue {
    /// What the value looks like: `JSON`, `text`, `PNG image`, `binary`, ...
    pub kind: String,
    pub lines: Vec<Line<'static>>,
}

/// Formats the displayed prefix of a value whose full size is `total` bytes.
pub fn format_value(prefix: &[u8], total: u64, color: bool) -> FormattedValue {
    let cut = (prefix.len() as u64) < total;
    if prefix.is_empty() && total == 0 {
        return FormattedValue {
            kind: "empty".into(),
            lines: vec![Line::from("(empty value)")],
        };
    }
    let text = match std::str::from_utf8(prefix) {
        Ok(text) => Some(text),
        // A cut may fall inside a multi-byte character: what comes before it is still text.
        Err(e) if cut && e.error_len().is_none() => {
            Some(std::str::from_utf8(&prefix[..e.valid_up_to()]).unwrap_or_default())
        }
        Err(_) => None,
    };
    let mut formatted = match text {
        Some(text) => match serde_json::from_str::<Json>(text) {
            Ok(json) if json.is_object() || json.is_array() => FormattedValue {
                kind: "JSON".into(),
                lines: json_lines(&json, color),
            },
            _ => FormattedValue {
                kind: "text".into(),
                lines: text
                    .lines()
                    .map(|l| Line::from(printable_line(l)))
                    .collect(),
            },
        },
        None => FormattedValue {
            kind: detect_type(prefix).unwrap_or("binary").to_string(),
            lines: hex_dump(prefix),
        },
    };
    if cut {
        formatted.lines.push(Line::from(format!(
            "... cut: showing the first {} of {} bytes",
            prefix.len(),
            total
        )));
    }
    formatted
}

/// Text as it may reach the terminal: tabs become spaces, and other control characters (an
/// escape sequence in a value must not drive the terminal) become U+FFFD.
pub fn printable_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\t' => out.push_str("    "),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The file type of a value from its first bytes (magic numbers), when it is a common one.
pub fn detect_type(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1f\x8b", "gzip data"),
        (b"(\xb5/\xfd", "zstd data"),
        (b"BZh", "bzip2 data"),
        (b"\xfd7zXZ\x00", "xz data"),
        (b"\x00asm", "WebAssembly module"),
        (b"\x7fELF", "ELF binary"),
        (b"SQLite format 3\x00", "SQLite database"),
    ];
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("WebP image");
    }
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, name)| *name)
}

/// `00000010  10 11 ... 17  18 ... 1f  |................|`, 16 bytes a line.
pub fn hex_dump(bytes: &[u8]) -> Vec<Line<'static>> {
    bytes
        .chunks(16)
        .enumerate()
        .map(|(i, chunk)| {
            let mut hex = String::with_capacity(50);
            for (j, byte) in chunk.iter().enumerate() {
                if j == 8 {
                    hex.push(' ');
                }
                hex.push_str(&format!("{byte:02x} "));
            }
            let ascii: String = chunk
                .iter()
                .map(|&b| {
                    if b.is_ascii_graphic() || b == b' ' {
                        b as char
                    } else {
                        '.'
                    }
                })
                .collect();
            Line::from(format!("{:08x}  {hex:<49} |{ascii}|", i * 16))
        })
        .collect()
}

/// Pretty-printed JSON (2-space indent), keys, strings, numbers and literals in colours.
pub fn json_lines(json: &Json, color: bool) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut current = Vec::new();
    write_json(json, 0, &mut current, &mut lines, color);
    lines.push(Line::from(current));
    lines
}

fn style(color: bool, c: Color) -> Style {
    if color {
        Style::default().fg(c)
    } else {
        Style::default()
    }
}

fn write_json(
    json: &Json,
    depth: usize,
    current: &mut Vec<Span<'static>>,
    lines: &mut Vec<Line<'static>>,
    color: bool,
) {
    let indent = |depth: usize| Span::raw("  ".repeat(depth));
    match json {
        Json::Object(map) if !map.is_empty() => {
            current.push(Span::raw("{"));
            let count = map.len();
            for (i, (key, value)) in map.iter().enumerate() {
                lines.push(Line::from(std::mem::take(current)));
                current.push(indent(depth + 1));
                current.push(Span::styled(
                    Json::String(key.clone()).to_string(),
                    style(color, Color::Cyan).add_modifier(if color {
                        Modifier::BOLD
                    } else {
                        Modifier::empty()
                    }),
                ));
                current.push(Span::raw(": "));
                write_json(value, depth + 1, current, lines, color);
                if i + 1 < count {
                    current.push(Span::raw(","));
                }
            }
            lines.push(Line::from(std::mem::take(current)));
            current.push(indent(depth));
            current.push(Span::raw("}"));
        }
        Json::Array(items) if !items.is_empty() => {
            current.push(Span::raw("["));
            let count = items.len();
            for (i, item) in items.iter().enumerate() {
                lines.push(Line::from(std::mem::take(current)));
                current.push(indent(depth + 1));
                write_json(item, depth + 1, current, lines, color);
                if i + 1 < count {
                    current.push(Span::raw(","));
                }
            }
            lines.push(Line::from(std::mem::take(current)));
            current.push(indent(depth));
            current.push(Span::raw("]"));
        }
        Json::String(_) => current.push(Span::styled(json.to_string(), style(color, Color::Green))),
        Json::Number(_) => {
            current.push(Span::styled(json.to_string(), style(color, Color::Yellow)))
        }
        Json::Bool(_) | Json::Null => {
            current.push(Span::styled(json.to_string(), style(color, Color::Magenta)))
        }
        // Empty object or array.
        other => current.push(Span::raw(other.to_string())),
    }
}

/// "in 5d 3h", "in 42s", "expired 3m ago": the two largest units of the time left.
pub fn relative_expiry(expiration: i64, now: i64) -> String {
    let delta = expiration - now;
    let span = human_duration(delta.unsigned_abs());
    if delta >= 0 {
        format!("in {span}")
    } else {
        format!("{span} ago")
    }
}

fn human_duration(secs: u64) -> String {
    const UNITS: [(u64, &str); 4] = [(86_400, "d"), (3_600, "h"), (60, "m"), (1, "s")];
    let mut parts = Vec::new();
    let mut rest = secs;
    for (size, unit) in UNITS {
        if rest >= size || (parts.is_empty() && size == 1) {
            parts.push(format!("{}{unit}", rest / size));
            rest %= size;
        }
        if parts.len() == 2 || (!parts.is_empty() && rest == 0) {
            break;
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn json_is_pretty_printed() {
        let value = format_value(br#"{"a":[1,true],"b":{}}"#, 21, false);
        assert_eq!(value.kind, "JSON");
        assert_eq!(
            text(&value.lines),
            [
                "{",
                "  \"a\": [",
                "    1,",
                "    true",
                "  ],",
                "  \"b\": {}",
                "}"
            ]
        );
    }

    #[test]
    fn json_is_coloured_unless_told_not_to() {
        let coloured = json_lines(&serde_json::json!({"k": "v"}), true);
        assert!(coloured[1]
            .spans
            .iter()
            .any(|s| s.style.fg == Some(Color::Green)));
        let plain = json_lines(&serde_json::json!({"k": "v"}), false);
        assert!(plain[1].spans.iter().all(|s| s.style.fg.is_none()));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_dumped_in_hex() {
        let bytes: Vec<u8> = (0..=255).collect();
        let value = format_value(&bytes, 256, false);
        assert_eq!(value.kind, "binary");
        assert_eq!(value.lines.len(), 16);
        assert_eq!(
            value.lines[4].to_string(),
            "00000040  40 41 42 43 44 45 46 47  48 49 4a 4b 4c 4d 4e 4f  |@ABCDEFGHIJKLMNO|"
        );
    }

    #[test]
    fn control_characters_never_reach_the_terminal() {
        let value = format_value(b"a\x1b[2Jb\tc\rd", 10, false);
        assert_eq!(text(&value.lines), ["a\u{fffd}[2Jb    c\u{fffd}d"]);
    }

    #[test]
    fn known_types_are_named() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff";
        assert_eq!(format_value(png, png.len() as u64, false).kind, "PNG image");
        assert_eq!(detect_type(b"GIF89a..."), Some("GIF image"));
        assert_eq!(detect_type(b"RIFF\0\0\0\0WEBPVP8 "), Some("WebP image"));
        assert_eq!(detect_type(&[0, 1, 2]), None);
    }

    #[test]
    fn a_cut_value_says_so_and_survives_a_split_character() {
        let mut prefix = "é".repeat(10).into_bytes();
        prefix.pop();
        let value = format_value(&prefix, 1_000_000, false);
        assert_eq!(value.kind, "text");
        let lines = text(&value.lines);
        assert_eq!(lines[0], "é".repeat(9));
        assert!(lines.last().unwrap().contains("of 1000000 bytes"));
    }

    #[test]
    fn expiries_read_as_durations() {
        assert_eq!(
            relative_expiry(1000 + 5 * 86_400 + 3 * 3600 + 7, 1000),
            "in 5d 3h"
        );
        assert_eq!(relative_expiry(1042, 1000), "in 42s");
        assert_eq!(relative_expiry(1000 - 180, 1000), "3m ago");
        assert_eq!(relative_expiry(1000 + 3600, 1000), "in 1h");
    }
}
