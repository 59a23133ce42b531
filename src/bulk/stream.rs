//! Walks the items of a bulk input one at a time, in either layout, handing each item with its
//! position to a callback. Only one item is ever held in memory, however large the file. Items
//! are deserialized into `T` (one of the lenient shells), so only broken JSON fails here.

use super::input::{BulkInput, InputFormat};
use super::position::{LineColumn, Position};
use super::scan::{ArrayScanner, ScanError, MAX_ELEMENT_BYTES};
use crate::error::WkvError;
use serde::de::DeserializeOwned;
use std::io::{BufRead, Read};

/// One item as read, or, for an NDJSON line that is not JSON, why not. (In a JSON array a
/// syntax error ends the whole read instead, because nothing after it can be trusted.)
pub(crate) type RawItem<T> = Result<T, String>;

/// An element or line buffer that grew past this is released after use, so one huge value does
/// not pin its memory for the rest of the file.
const KEEP_BUFFER_BYTES: usize = 1 << 20;

/// Calls `each` for every item in file order and returns how many there were. An `Err` from
/// `each` stops the walk and is returned as it is.
pub(crate) fn for_each_item<T: DeserializeOwned>(
    input: &BulkInput,
    each: impl FnMut(Position, RawItem<T>) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    for_each_item_within(input, MAX_ELEMENT_BYTES, each)
}

/// `for_each_item`, failing on an item (or NDJSON line) of more than `max_item_bytes` rather
/// than reading on into memory.
fn for_each_item_within<T: DeserializeOwned>(
    input: &BulkInput,
    max_item_bytes: usize,
    each: impl FnMut(Position, RawItem<T>) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    match input.format() {
        InputFormat::Json => for_each_array_element(input, max_item_bytes, each),
        InputFormat::Ndjson => for_each_line(input, max_item_bytes, each),
    }
}

fn for_each_array_element<T: DeserializeOwned>(
    input: &BulkInput,
    max_item_bytes: usize,
    mut each: impl FnMut(Position, RawItem<T>) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let mut scanner = ArrayScanner::new(input.reader()?).with_max_element_bytes(max_item_bytes);
    let mut element = Vec::new();
    let mut count = 0;
    loop {
        let start = match scanner.next_element(&mut element) {
            Ok(Some(start)) => start,
            Ok(None) => return Ok(count),
            Err(error) => return Err(scan_failure(input, error, count, max_item_bytes)),
        };
        let item = match serde_json::from_slice::<T>(&element) {
            Ok(item) => item,
            Err(error) => {
                let error = with_following_byte::<T>(error, &mut element, scanner.following_byte());
                let at = LineColumn::within(start, error.line(), error.column());
                return Err(malformed(input, &reason_of(&error), at, count));
            }
        };
        each(
            Position {
                index: count,
                line: start.line,
                column: start.column,
            },
            Ok(item),
        )?;
        count += 1;
        if element.capacity() > KEEP_BUFFER_BYTES {
            element = Vec::new();
        }
    }
}

/// An element like `-` or `1e` ends early in its own slice, where serde_json says "EOF"; in the
/// file it was followed by a byte, which is where and why serde_json would have failed on the
/// whole file. Parse again with that byte to get the same message.
fn with_following_byte<T: DeserializeOwned>(
    error: serde_json::Error,
    element: &mut Vec<u8>,
    following: Option<u8>,
) -> serde_json::Error {
    match following {
        Some(byte) if error.is_eof() => {
            element.push(byte);
            serde_json::from_slice::<T>(element).err().unwrap_or(error)
        }
        _ => error,
    }
}

fn scan_failure(
    input: &BulkInput,
    error: ScanError,
    complete: usize,
    max_item_bytes: usize,
) -> anyhow::Error {
    let name = input.name();
    match error {
        ScanError::Io(error) => input.read_error(error),
        ScanError::Syntax { reason, at } => malformed(input, reason, at, complete),
        ScanError::NotAnArray { found, at } => WkvError::usage(format!(
            "{name} must hold a JSON array of items, but it holds {found} (line {}, column {})",
            at.line, at.column
        ))
        .with_hint(
            "a file with one JSON value per line is NDJSON: name it *.ndjson or *.jsonl, \
             or choose the NDJSON format explicitly",
        )
        .into(),
        ScanError::TooLarge { start } => too_large(input, complete, start, max_item_bytes),
    }
}

fn too_large(input: &BulkInput, index: usize, start: LineColumn, limit: usize) -> anyhow::Error {
    WkvError::usage(format!(
        "{}: item {index} (line {}, column {}) is over {} of JSON, more than any valid item; \
         is a closing quote or bracket missing?",
        input.name(),
        start.line,
        start.column,
        human_size(limit)
    ))
    .into()
}

fn human_size(bytes: usize) -> String {
    if bytes >= 1 << 20 {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

fn malformed(input: &BulkInput, reason: &str, at: LineColumn, complete: usize) -> anyhow::Error {
    let after = match complete {
        0 => String::new(),
        1 => " (after 1 complete item)".to_string(),
        n => format!(" (after {n} complete items)"),
    };
    WkvError::usage(format!(
        "{} is not valid JSON: {reason} at line {} column {}{after}",
        input.name(),
        at.line,
        at.column
    ))
    .into()
}

/// serde_json's message without its " at line L column C", which is relative to the fragment.
fn reason_of(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_string()
}

fn for_each_line<T: DeserializeOwned>(
    input: &BulkInput,
    max_line_bytes: usize,
    mut each: impl FnMut(Position, RawItem<T>) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let mut reader = input.reader()?;
    refuse_what_cannot_start_json(input, &mut reader)?;
    let mut line = Vec::new();
    let mut line_number = 0;
    let mut count = 0;
    loop {
        line.clear();
        // One byte over the limit tells a line that is too long from one that just fits.
        let read = (&mut reader)
            .take(max_line_bytes as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| input.read_error(e))?;
        if read == 0 {
            return Ok(count);
        }
        line_number += 1;
        if line.len() > max_line_bytes && !line.ends_with(b"\n") {
            return Err(too_large(
                input,
                count,
                LineColumn {
                    line: line_number,
                    column: 1,
                },
                max_line_bytes,
            ));
        }
        let text = line.strip_suffix(b"\n").unwrap_or(&line);
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        if let Some(start) = text.iter().position(|b| !is_json_whitespace(*b)) {
            let position = Position {
                index: count,
                line: line_number,
                column: start + 1,
            };
            count += 1;
            let item = serde_json::from_slice::<T>(text)
                .map_err(|e| format!("not valid JSON: {} at column {}", reason_of(&e), e.column()));
            each(position, item)?;
        }
        if line.capacity() > KEEP_BUFFER_BYTES {
            line = Vec::new();
        }
    }
}

/// Stops at once when the first byte that is not whitespace cannot begin a JSON value (binary
/// data, `/dev/zero`, a file in some other format): reading on would buffer a "line" up to the
/// item size limit, or copy an endless stream, only to report it afterwards. Later lines that
/// are not JSON are item problems, reported with the others.
fn refuse_what_cannot_start_json(
    input: &BulkInput,
    reader: &mut impl BufRead,
) -> anyhow::Result<()> {
    let start = reader.fill_buf().map_err(|e| input.read_error(e))?;
    let Some(offset) = start.iter().position(|b| !is_json_whitespace(*b)) else {
        return Ok(());
    };
    let byte = start[offset];
    if matches!(
        byte,
        b'{' | b'[' | b'"' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
    ) {
        return Ok(());
    }
    let before = &start[..offset];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let column = offset
        - before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1)
        + 1;
    Err(WkvError::usage(format!(
        "{} is not NDJSON: line {line}, column {column} begins with {}, which cannot begin a JSON value",
        input.name(),
        describe_byte(byte)
    ))
    .into())
}

/// A byte for a message: printable ASCII quoted, anything else in hex.
fn describe_byte(byte: u8) -> String {
    if byte.is_ascii_graphic() {
        format!("`{}`", byte as char)
    } else {
        format!("the byte 0x{byte:02X}")
    }
}

fn is_json_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use serde_json::Value;

    fn input(text: &str, format: InputFormat) -> BulkInput {
        BulkInput::spool("test.json", std::io::Cursor::new(text.to_owned()), format).unwrap()
    }

    fn collect(input: &BulkInput) -> anyhow::Result<Vec<(Position, RawItem<Value>)>> {
        let mut items = Vec::new();
        for_each_item(input, |position, item| {
            items.push((position, item));
            Ok(())
        })?;
        Ok(items)
    }

    fn at(index: usize, line: usize, column: usize) -> Position {
        Position {
            index,
            line,
            column,
        }
    }

    fn usage_message(error: anyhow::Error) -> String {
        let wkv = error.downcast_ref::<WkvError>().expect("a WkvError");
        assert_eq!(wkv.kind, ErrorKind::Usage);
        wkv.message.clone()
    }

    #[test]
    fn array_elements_start_where_their_first_byte_is() {
        let text = "[\n  {\"a\": 1},\n  \"two\",\n\n     3, [4,\n5], null\n  ,true]";
        let items = collect(&input(text, InputFormat::Json)).unwrap();
        let positions: Vec<Position> = items.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            positions,
            vec![
                at(0, 2, 3),
                at(1, 3, 3),
                at(2, 5, 6),
                at(3, 5, 9),
                at(4, 6, 5),
                at(5, 7, 4)
            ]
        );
        let values: Vec<Value> = items.into_iter().map(|(_, v)| v.unwrap()).collect();
        assert_eq!(values[0], serde_json::json!({"a": 1}));
        assert_eq!(values[3], serde_json::json!([4, 5]));
        assert_eq!(values[5], Value::Bool(true));
    }

    #[test]
    fn compact_arrays_count_columns_in_bytes() {
        // "é" is two bytes, so the second element starts at byte column 8, not 7.
        let items = collect(&input("[\"é\", \"b\"]", InputFormat::Json)).unwrap();
        assert_eq!(items[0].0, at(0, 1, 2));
        assert_eq!(items[1].0, at(1, 1, 8));
    }

    #[test]
    fn an_empty_array_has_no_items() {
        assert!(collect(&input(" [ ] \n", InputFormat::Json))
            .unwrap()
            .is_empty());
    }

    #[test]
    fn malformed_arrays_fail_with_line_and_column() {
        let start = usage_message(collect(&input("x[1]", InputFormat::Json)).unwrap_err());
        assert_eq!(
            start,
            "test.json is not valid JSON: expected value at line 1 column 1"
        );

        let middle = "[\n  1,\n  2\n  3\n]";
        let message = usage_message(collect(&input(middle, InputFormat::Json)).unwrap_err());
        assert_eq!(
            message,
            "test.json is not valid JSON: expected `,` or `]` at line 4 column 3 (after 2 complete items)"
        );

        let end = "[\n  1,\n  2\n";
        let message = usage_message(collect(&input(end, InputFormat::Json)).unwrap_err());
        assert_eq!(
            message,
            "test.json is not valid JSON: EOF while parsing a list at line 4 column 0 (after 2 complete items)"
        );

        let trailing = "[1]\n]";
        let message = usage_message(collect(&input(trailing, InputFormat::Json)).unwrap_err());
        assert_eq!(
            message,
            "test.json is not valid JSON: trailing characters at line 2 column 1 (after 1 complete item)"
        );

        let empty = usage_message(collect(&input("", InputFormat::Json)).unwrap_err());
        assert!(
            empty.contains("EOF while parsing a value at line 1 column 0"),
            "{empty}"
        );
    }

    #[test]
    fn syntax_errors_are_placed_where_serde_json_places_them_in_the_whole_file() {
        let documents = [
            "[{\"a\": 1",
            "[\n {\"a\":\n   [1, 2,\n    tru]}]",
            "[1, {\"a\" 1}]",
            "[\"x\",\n  {\"k\": \"v\"\n   \"w\": 2}]",
            "[\"unterminated\n\"]",
            "[\"bad escape \\q\"]",
            "[1, [2}, 3]",
            "[1, 2x]",
            "[1, -]",
            "[{\"a\": [1, 2]]]",
            "[ {}, {\"a\":\t\"\t\"} ]",
            "[ 1, 2 ,, 3]",
            "[\n\n  ]  ,",
        ];
        for document in documents {
            let expected = serde_json::from_str::<Vec<Value>>(document).unwrap_err();
            let message = usage_message(collect(&input(document, InputFormat::Json)).unwrap_err());
            let place = format!(" at line {} column {}", expected.line(), expected.column());
            assert!(
                message.contains(&place),
                "{document:?}: {message} / serde_json: {expected}"
            );
        }
    }

    #[test]
    fn a_top_level_object_is_not_an_array() {
        let error = collect(&input("{\"key\": \"a\"}\n", InputFormat::Json)).unwrap_err();
        let wkv = error.downcast_ref::<WkvError>().unwrap();
        assert_eq!(
            wkv.message,
            "test.json must hold a JSON array of items, but it holds an object (line 1, column 1)"
        );
        assert!(wkv.hints[0].contains("NDJSON"));
    }

    #[test]
    fn the_callback_error_stops_the_walk_and_comes_back_unchanged() {
        let mut seen = 0;
        let error = for_each_item(
            &input("[1, 2, 3]", InputFormat::Json),
            |_, _: RawItem<Value>| {
                seen += 1;
                if seen == 2 {
                    anyhow::bail!("upload failed");
                }
                Ok(())
            },
        )
        .unwrap_err();
        assert_eq!(seen, 2);
        assert_eq!(error.to_string(), "upload failed");
        assert!(error.downcast_ref::<WkvError>().is_none());

        let mut seen = 0;
        let error = for_each_item(
            &input("1\n2\n3\n", InputFormat::Ndjson),
            |_, _: RawItem<Value>| {
                seen += 1;
                anyhow::bail!("upload failed");
            },
        )
        .unwrap_err();
        assert_eq!((seen, error.to_string().as_str()), (1, "upload failed"));
    }

    #[test]
    fn ndjson_lines_skip_blanks_and_report_bad_lines_as_items() {
        let text = "{\"a\":1}\r\n\n   \n  \"two\"\n{\"a\": tru}\n[3]";
        let items = collect(&input(text, InputFormat::Ndjson)).unwrap();
        let positions: Vec<Position> = items.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            positions,
            vec![at(0, 1, 1), at(1, 4, 3), at(2, 5, 1), at(3, 6, 1)]
        );
        assert_eq!(items[0].1.as_ref().unwrap(), &serde_json::json!({"a": 1}));
        assert_eq!(items[1].1.as_ref().unwrap(), &Value::String("two".into()));
        assert_eq!(
            items[2].1.as_ref().unwrap_err(),
            "not valid JSON: expected ident at column 10"
        );
        assert_eq!(items[3].1.as_ref().unwrap(), &serde_json::json!([3]));
    }

    #[test]
    fn ndjson_that_cannot_begin_with_json_stops_at_its_first_byte() {
        let quiet = |_: Position, _: RawItem<Value>| Ok(());
        let binary = input("\n  \0\0\0{\"a\":1}", InputFormat::Ndjson);
        let message = usage_message(for_each_item(&binary, quiet).unwrap_err());
        assert_eq!(
            message,
            "test.json is not NDJSON: line 2, column 3 begins with the byte 0x00, which cannot \
             begin a JSON value"
        );
        let text = input("key,value\nk,v\n", InputFormat::Ndjson);
        let message = usage_message(for_each_item(&text, quiet).unwrap_err());
        assert!(
            message.contains("line 1, column 1 begins with `k`"),
            "{message}"
        );
        // Every way a JSON value can begin passes the check.
        for start in ["{}", "[]", "\"s\"", "-1", "0", "true", "false", "null"] {
            assert!(
                collect(&input(start, InputFormat::Ndjson)).is_ok(),
                "{start}"
            );
        }
    }

    #[test]
    fn an_item_past_the_size_limit_fails_instead_of_filling_memory() {
        let quiet = |_: Position, _: RawItem<Value>| Ok(());
        let unclosed = input(
            "[\"ok\", \"this string never closes and goes on",
            InputFormat::Json,
        );
        let message = usage_message(for_each_item_within(&unclosed, 16, quiet).unwrap_err());
        assert_eq!(
            message,
            "test.json: item 1 (line 1, column 8) is over 16 bytes of JSON, more than any valid item; \
             is a closing quote or bracket missing?"
        );
        let long_line = input(
            "\"short\"\n\"a line longer than the limit\"\n",
            InputFormat::Ndjson,
        );
        let message = usage_message(for_each_item_within(&long_line, 16, quiet).unwrap_err());
        assert!(
            message.starts_with("test.json: item 1 (line 2, column 1) is over 16 bytes"),
            "{message}"
        );
        // A line of exactly the limit (newline aside) is fine.
        let fits = input("\"0123456789abcd\"\n", InputFormat::Ndjson);
        assert_eq!(for_each_item_within(&fits, 16, quiet).unwrap(), 1);
    }

    #[test]
    fn two_values_on_one_ndjson_line_are_a_problem() {
        let items = collect(&input("1 2\n", InputFormat::Ndjson)).unwrap();
        assert_eq!(
            items[0].1.as_ref().unwrap_err(),
            "not valid JSON: trailing characters at column 3"
        );
    }
}
