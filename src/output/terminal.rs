//! Text on its way to a person's terminal, made inert. Key names, namespace titles, cursors and
//! API messages are data (a Worker often writes key names from user input); raw ESC, BEL, CR or
//! C1 bytes among them would let that data recolour, retitle or rewrite the terminal, or hide
//! what a line says. Everything that goes to stderr, and every table cell, passes through here;
//! JSON and NDJSON on stdout do not (they must stay exact, and JSON escapes controls itself).

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether a newline in the text is kept (a message of several lines) or shown as `\n`
/// (a single name or table cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Newlines {
    Keep,
    Escape,
}

/// The text with every control character written as an escape: `\n`, `\r`, `\t`, `\e` for ESC,
/// `\x07`-style for other C0 bytes and DEL, `\u{9b}`-style for C1 controls and for the Unicode
/// direction overrides and isolates (which reorder what a line appears to say). Borrowed when
/// there is nothing to escape, which is almost always.
pub fn escape_controls(text: &str, newlines: Newlines) -> Cow<'_, str> {
    if !text.chars().any(|c| needs_escape(c, newlines)) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !needs_escape(c, newlines) {
            escaped.push(c);
            continue;
        }
        match c {
            '\n' => escaped.push_str("\\n"),
            '\r' => escaped.push_str("\\r"),
            '\t' => escaped.push_str("\\t"),
            '\u{1b}' => escaped.push_str("\\e"),
            c if (c as u32) < 0x80 => {
                let _ = write!(escaped, "\\x{:02x}", c as u32);
            }
            c => {
                let _ = write!(escaped, "\\u{{{:x}}}", c as u32);
            }
        }
    }
    Cow::Owned(escaped)
}

/// A name (key, namespace id, title) for a message or a table: nothing in it can act on the
/// terminal or start a new line.
pub fn shown(name: &str) -> Cow<'_, str> {
    escape_controls(name, Newlines::Escape)
}

fn needs_escape(c: char, newlines: Newlines) -> bool {
    match c {
        '\n' => newlines == Newlines::Escape,
        // C0, DEL and C1 controls.
        c if c.is_control() => true,
        // Bidirectional embeddings, overrides and isolates.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let text = "Wrote key `user:1` to namespace `n` (local) — ok\nsecond line";
        assert!(matches!(
            escape_controls(text, Newlines::Keep),
            Cow::Borrowed(_)
        ));
        assert_eq!(shown("ünïcödé/ключ 🔑"), "ünïcödé/ключ 🔑");
    }

    #[test]
    fn escape_sequences_and_bells_become_visible_text() {
        assert_eq!(
            shown("a\u{1b}]0;pwned\u{7}b\u{1b}[2Jc"),
            "a\\e]0;pwned\\x07b\\e[2Jc"
        );
        assert_eq!(shown("x\ry\u{8}z\u{7f}\0"), "x\\ry\\x08z\\x7f\\x00");
        assert_eq!(shown("tab\there"), "tab\\there");
    }

    #[test]
    fn c1_controls_and_direction_overrides_are_escaped() {
        assert_eq!(shown("a\u{9b}31mb"), "a\\u{9b}31mb");
        assert_eq!(shown("file\u{202e}txt.exe"), "file\\u{202e}txt.exe");
        assert_eq!(shown("\u{2066}x\u{2069}"), "\\u{2066}x\\u{2069}");
    }

    #[test]
    fn newlines_are_kept_in_messages_and_escaped_in_names() {
        assert_eq!(
            escape_controls("line 1\nline \u{1b}2", Newlines::Keep),
            "line 1\nline \\e2"
        );
        assert_eq!(shown("fake\nerror: line"), "fake\\nerror: line");
    }
}
