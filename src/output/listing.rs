//! Data shapes on stdout. JSON is byte-compatible with what wrangler prints
//! (`JSON.stringify(value, null, 2)` and a newline), written element by element so a listing of
//! any size streams in constant memory; NDJSON is one compact value per line; tables are for
//! people and are collected before they are drawn.

use std::io::{self, Write};

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement};
use serde::Serialize;

use super::js_json::{write_compact, write_pretty};

/// Writes a JSON array (wrangler's 2-space shape) or NDJSON, one element at a time.
pub struct JsonArrayWriter {
    ndjson: bool,
    count: usize,
}

impl JsonArrayWriter {
    pub fn new(ndjson: bool) -> JsonArrayWriter {
        JsonArrayWriter { ndjson, count: 0 }
    }

    pub fn push(&mut self, out: &mut impl Write, element: &impl Serialize) -> io::Result<()> {
        if self.ndjson {
            write_compact(&mut *out, element)?;
            out.write_all(b"\n")?;
        } else {
            out.write_all(if self.count == 0 { b"[\n  " } else { b",\n  " })?;
            write_indented(out, element, 1)?;
        }
        self.count += 1;
        Ok(())
    }

    pub fn finish(self, out: &mut impl Write) -> io::Result<()> {
        if !self.ndjson {
            out.write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        }
        Ok(())
    }
}

/// Writes a JSON object (wrangler's 2-space shape) member by member; with NDJSON, one
/// `{"name": value}` object per line.
pub struct JsonObjectWriter {
    ndjson: bool,
    count: usize,
}

impl JsonObjectWriter {
    pub fn new(ndjson: bool) -> JsonObjectWriter {
        JsonObjectWriter { ndjson, count: 0 }
    }

    pub fn push(
        &mut self,
        out: &mut impl Write,
        name: &str,
        value: &impl Serialize,
    ) -> io::Result<()> {
        let name = serde_json::to_string(name)?;
        if self.ndjson {
            write!(out, "{{{name}:")?;
            write_compact(&mut *out, value)?;
            out.write_all(b"}\n")?;
        } else {
            out.write_all(if self.count == 0 { b"{\n  " } else { b",\n  " })?;
            write!(out, "{name}: ")?;
            write_indented(out, value, 1)?;
        }
        self.count += 1;
        Ok(())
    }

    pub fn finish(self, out: &mut impl Write) -> io::Result<()> {
        if !self.ndjson {
            out.write_all(if self.count == 0 { b"{}\n" } else { b"\n}\n" })?;
        }
        Ok(())
    }
}

/// Pretty-prints `value` with 2-space indentation as if nested `depth` levels deep.
/// A raw newline never occurs inside JSON text, so indenting after each newline is exact.
fn write_indented(out: &mut impl Write, value: &impl Serialize, depth: usize) -> io::Result<()> {
    let mut text = Vec::new();
    write_pretty(&mut text, value)?;
    let indent = "  ".repeat(depth);
    let mut lines = text.split(|byte| *byte == b'\n');
    if let Some(first) = lines.next() {
        out.write_all(first)?;
    }
    for line in lines {
        out.write_all(b"\n")?;
        out.write_all(indent.as_bytes())?;
        out.write_all(line)?;
    }
    Ok(())
}

/// A table for a terminal, fitted to its width (made by `Ui::table`, which knows whether stdout
/// is one).
pub struct Table {
    table: comfy_table::Table,
    rows: usize,
}

impl Table {
    /// A table `width` columns wide at most; `None` draws every cell whole.
    pub fn new(header: &[&str], width: Option<u16>) -> Table {
        let mut table = comfy_table::Table::new();
        table
            .load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(header.iter().map(|h| h.to_uppercase()));
        if let Some(width) = width {
            table.set_width(width);
        }
        Table { table, rows: 0 }
    }

    /// Adds a row; control characters in the cells are shown escaped (a table is for a
    /// terminal, and cells hold data).
    pub fn add_row(&mut self, cells: Vec<String>) {
        self.table.add_row(
            cells
                .iter()
                .map(|cell| super::shown(cell).into_owned())
                .collect::<Vec<_>>(),
        );
        self.rows += 1;
    }

    /// Draws the table; an empty one says so instead of drawing a lone header.
    pub fn write(&self, out: &mut impl Write, empty_message: &str) -> io::Result<()> {
        if self.rows == 0 {
            writeln!(out, "{empty_message}")
        } else {
            writeln!(out, "{}", self.table)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn array_matches_json_stringify_with_two_spaces() {
        let items = vec![
            json!({"name": "a"}),
            json!({"name": "b", "metadata": {"x": [1, 2]}}),
        ];
        let mut out = Vec::new();
        let mut writer = JsonArrayWriter::new(false);
        for item in &items {
            writer.push(&mut out, item).unwrap();
        }
        writer.finish(&mut out).unwrap();
        let expected = serde_json::to_string_pretty(&items).unwrap() + "\n";
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn empty_array_and_object() {
        let mut out = Vec::new();
        JsonArrayWriter::new(false).finish(&mut out).unwrap();
        JsonObjectWriter::new(false).finish(&mut out).unwrap();
        assert_eq!(out, b"[]\n{}\n");
    }

    #[test]
    fn object_matches_json_stringify_with_two_spaces() {
        let mut out = Vec::new();
        let mut writer = JsonObjectWriter::new(false);
        writer.push(&mut out, "a", &json!("x")).unwrap();
        writer.push(&mut out, "b\"", &json!(null)).unwrap();
        writer
            .push(&mut out, "c", &json!({"value": "v", "metadata": {"k": 1}}))
            .unwrap();
        writer.finish(&mut out).unwrap();
        let expected = serde_json::to_string_pretty(
            &json!({"a": "x", "b\"": null, "c": {"value": "v", "metadata": {"k": 1}}}),
        )
        .unwrap()
            + "\n";
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn ndjson_is_one_compact_value_per_line() {
        let mut out = Vec::new();
        let mut writer = JsonArrayWriter::new(true);
        writer.push(&mut out, &json!({"name": "a"})).unwrap();
        writer.push(&mut out, &json!({"name": "b"})).unwrap();
        writer.finish(&mut out).unwrap();
        assert_eq!(out, b"{\"name\":\"a\"}\n{\"name\":\"b\"}\n");
    }
}
