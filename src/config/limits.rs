//! Bounds on a config file before it is parsed: its size, and how deeply a JSON(C) file nests.
//! Config files are found automatically, so a cloned repository decides what wkv reads; a
//! 200 MB file or 10,000 nested brackets must give a clear error, not an out-of-memory or a stack
//! overflow in the parser (jsonc-parser recurses once per level and has no limit of its own; the
//! `toml` crate refuses deep nesting itself).

use std::io::Read;
use std::path::Path;

use super::ConfigFormat;
use crate::error::WkvError;

/// No real wrangler config comes near this; it only stops a huge file from being read whole.
pub const MAX_CONFIG_BYTES: u64 = 10 * 1024 * 1024;

/// Arrays and objects nested deeper than this are refused. wrangler configs nest four or five
/// levels; serde_json's own default limit is 128 as well.
pub const MAX_CONFIG_DEPTH: usize = 128;

/// Reads at most `MAX_CONFIG_BYTES` of the file; a larger file is a usage error naming it.
/// Reads through a `take`, so a file that grows while it is read is bounded too.
pub fn read_bounded(path: &Path) -> anyhow::Result<Vec<u8>> {
    let cannot_read = |err: std::io::Error| {
        WkvError::failure(format!(
            "cannot read the config file `{}`: {err}",
            path.display()
        ))
    };
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(too_large(path).into());
    }
    Ok(bytes)
}

fn too_large(path: &Path) -> WkvError {
    WkvError::usage(format!(
        "the config file `{}` is larger than {} MiB, the most wkv reads",
        path.display(),
        MAX_CONFIG_BYTES >> 20
    ))
    .with_hint("a wrangler config is a few kilobytes; check that this is the file you meant")
}

/// Refuses JSON(C) text whose arrays and objects nest deeper than `MAX_CONFIG_DEPTH`, naming the
/// line and column where the limit is passed. Strings and comments are skipped, so brackets
/// inside them do not count. TOML is left to its parser, which has its own limit.
pub fn check_depth(text: &str, format: ConfigFormat, path: &Path) -> Result<(), WkvError> {
    if format == ConfigFormat::Toml {
        return Ok(());
    }
    match deepest_offset(text.as_bytes(), MAX_CONFIG_DEPTH) {
        None => Ok(()),
        Some(offset) => {
            let (line, column) = super::text_position::line_and_column(text, offset);
            Err(WkvError::usage(format!(
                "the config file `{}` nests arrays and objects more than {MAX_CONFIG_DEPTH} \
                 levels deep (at line {line}, column {column}), deeper than wkv reads",
                path.display()
            )))
        }
    }
}

/// The byte offset of the first `[` or `{` that opens level `max_depth + 1`, if any.
fn deepest_offset(text: &[u8], max_depth: usize) -> Option<usize> {
    #[derive(PartialEq)]
    enum State {
        Code,
        String { escaped: bool },
        LineComment,
        BlockComment { star: bool },
    }
    let mut state = State::Code;
    let mut depth = 0usize;
    let mut i = 0;
    while i < text.len() {
        let byte = text[i];
        state = match state {
            State::Code => match byte {
                b'"' => State::String { escaped: false },
                b'/' if text.get(i + 1) == Some(&b'/') => {
                    i += 1;
                    State::LineComment
                }
                b'/' if text.get(i + 1) == Some(&b'*') => {
                    i += 1;
                    State::BlockComment { star: false }
                }
                b'[' | b'{' => {
                    depth += 1;
                    if depth > max_depth {
                        return Some(i);
                    }
                    State::Code
                }
                b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    State::Code
                }
                _ => State::Code,
            },
            State::String { escaped: true } => State::String { escaped: false },
            State::String { escaped: false } => match byte {
                b'\\' => State::String { escaped: true },
                b'"' => State::Code,
                _ => State::String { escaped: false },
            },
            State::LineComment => match byte {
                b'\n' => State::Code,
                _ => State::LineComment,
            },
            State::BlockComment { star } => match byte {
                b'/' if star => State::Code,
                b'*' => State::BlockComment { star: true },
                _ => State::BlockComment { star: false },
            },
        };
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_support::{expect_usage, write};

    fn nested(depth: usize) -> String {
        format!(
            "{{\"a\": {}{}}}",
            "[".repeat(depth - 1),
            "]".repeat(depth - 1)
        )
    }

    #[test]
    fn nesting_up_to_the_limit_is_fine_and_one_more_is_not() {
        assert_eq!(deepest_offset(nested(128).as_bytes(), 128), None);
        let text = nested(129);
        assert_eq!(deepest_offset(text.as_bytes(), 128), Some(6 + 127));
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let text = format!(
            "{{\"a\": \"{}\", // {}\n /* {} */ \"b\": \"\\\"[[\"}}",
            "[".repeat(500),
            "{".repeat(500),
            "[".repeat(500)
        );
        assert_eq!(deepest_offset(text.as_bytes(), 2), None);
        // A `*` before the `/` that ends a block comment, and an escaped backslash before a quote.
        assert_eq!(deepest_offset(b"/* **/ {\"\\\\\": [[]]}", 3), None);
        assert_eq!(deepest_offset(b"/* **/ {\"\\\\\": [[]]}", 2), Some(15));
    }

    #[test]
    fn a_deep_config_is_a_usage_error_naming_file_limit_and_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.json", &nested(10_000));
        let message = expect_usage(crate::config::parse::read_config(&path, None));
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("128 levels"), "{message}");
        assert!(message.contains("line 1, column 134"), "{message}");
    }

    #[test]
    fn a_config_over_the_size_cap_is_refused_without_parsing() {
        let dir = tempfile::tempdir().unwrap();
        let mut text = String::from("{\"name\": \"w\"}");
        text.push_str(&" ".repeat(MAX_CONFIG_BYTES as usize));
        let path = write(dir.path(), "wrangler.jsonc", &text);
        let message = expect_usage(crate::config::parse::read_config(&path, None));
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("10 MiB"), "{message}");
        // Exactly at the cap is read.
        text.truncate(MAX_CONFIG_BYTES as usize);
        let path = write(dir.path(), "wrangler.json", &text);
        let config = crate::config::parse::read_config(&path, None).unwrap();
        assert_eq!(config.name.as_deref(), Some("w"));
    }
}
