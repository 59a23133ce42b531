//! JSON text as `JSON.stringify` writes it: serde_json's layout (compact, or pretty with two
//! spaces, which is `JSON.stringify(v, null, 2)`), with every number written by `js_number`.
//!
//! serde_json is built with `arbitrary_precision`, so every number reaches the formatter as the
//! literal that was read (`write_number_str`), and `js_number` writes it as JavaScript would,
//! except that an integer JavaScript cannot hold exactly keeps all its digits, however long.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter, PrettyFormatter};

use super::js_number::{json_number_text, number_to_string};

/// Writes `value` as compact JSON with JavaScript's numbers.
pub fn write_compact(out: &mut impl Write, value: &(impl Serialize + ?Sized)) -> io::Result<()> {
    let mut serializer = serde_json::Serializer::with_formatter(out, JsNumbers(CompactFormatter));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// Writes `value` as `JSON.stringify(value, null, 2)` does (no newline at the end).
pub fn write_pretty(out: &mut impl Write, value: &(impl Serialize + ?Sized)) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(out, JsNumbers(PrettyFormatter::with_indent(b"  ")));
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// Whether the two JSON values are the same to JavaScript: equal as serde_json values (objects
/// in any key order), or written alike by `JSON.stringify` (`0.10` and `0.1`).
pub fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    if a == b {
        return true;
    }
    let (mut left, mut right) = (Vec::new(), Vec::new());
    // Writing to a Vec cannot fail.
    write_compact(&mut left, a).is_ok() && write_compact(&mut right, b).is_ok() && left == right
}

/// A formatter that writes numbers as JavaScript does and leaves everything else to `F`.
struct JsNumbers<F>(F);

impl<F: Formatter> Formatter for JsNumbers<F> {
    fn write_f32<W: ?Sized + Write>(&mut self, writer: &mut W, value: f32) -> io::Result<()> {
        self.write_f64(writer, f64::from(value))
    }

    fn write_f64<W: ?Sized + Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        if value.is_finite() {
            writer.write_all(number_to_string(value).as_bytes())
        } else {
            // JSON.stringify(NaN) and JSON.stringify(Infinity) are null.
            writer.write_all(b"null")
        }
    }

    fn write_number_str<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        value: &str,
    ) -> io::Result<()> {
        writer.write_all(json_number_text(value).as_bytes())
    }

    // Integers of Rust types (i64, u64) need nothing: below 1e21 JavaScript writes all digits
    // too, and past 2^53 keeping every digit is the rule anyway. (Numbers read from JSON come
    // as literals, above.)

    fn begin_string<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_string(writer)
    }

    fn end_string<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_string(writer)
    }

    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        self.0.write_string_fragment(writer, fragment)
    }

    fn write_char_escape<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        char_escape: CharEscape,
    ) -> io::Result<()> {
        self.0.write_char_escape(writer, char_escape)
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_array_value(writer)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(writer, first)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_key(writer)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.begin_object_value(writer)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.0.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn compact(text: &str) -> String {
        let value: Value = serde_json::from_str(text).unwrap();
        let mut out = Vec::new();
        write_compact(&mut out, &value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_read_from_json_are_written_as_javascript_writes_them() {
        assert_eq!(
            compact(r#"{"a":2.0,"b":[1e21,1.5e-7,0.000001,-0,-0.0,1E2,0.10,100e-2]}"#),
            r#"{"a":2,"b":[1e+21,1.5e-7,0.000001,0,0,100,0.1,1]}"#
        );
        // Integers a double cannot hold keep their digits, past 64 bits too; -2^63 is a double,
        // so it is written as JavaScript writes it.
        assert_eq!(
            compact("[9007199254740993,18446744073709551615,123456789012345678901234567890]"),
            "[9007199254740993,18446744073709551615,123456789012345678901234567890]"
        );
        assert_eq!(compact("[-9223372036854775808]"), "[-9223372036854776000]");
    }

    #[test]
    fn values_are_the_same_when_javascript_writes_them_alike() {
        let read = |text: &str| serde_json::from_str::<Value>(text).unwrap();
        assert!(same_json(
            &read(r#"{"v":0.10,"n":1.0}"#),
            &read(r#"{"v":0.1,"n":1}"#)
        ));
        assert!(!same_json(&read(r#"{"v":0.2}"#), &read(r#"{"v":0.1}"#)));
        assert!(same_json(
            &read(r#"{"a":1,"b":2}"#),
            &read(r#"{"b":2,"a":1}"#)
        ));
    }

    #[test]
    fn number_literals_handed_over_whole_follow_the_same_rules() {
        let mut out = Vec::new();
        JsNumbers(CompactFormatter)
            .write_number_str(&mut out, "2.50")
            .unwrap();
        assert_eq!(out, b"2.5");
    }

    #[test]
    fn strings_keys_and_layout_are_serde_json_s() {
        let text = r#"{"k\"ey":"v\u001b\n","n":null,"t":true,"e":[],"o":{}}"#;
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(compact(text), serde_json::to_string(&value).unwrap());
        let mut pretty = Vec::new();
        write_pretty(&mut pretty, &value).unwrap();
        assert_eq!(
            String::from_utf8(pretty).unwrap(),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }

    #[test]
    fn doubles_from_rust_values_are_javascript_s_too() {
        let mut out = Vec::new();
        write_compact(&mut out, &[2.0f64, 1e21, f64::NAN, -0.0]).unwrap();
        assert_eq!(out, b"[2,1e+21,null,0]");
        let mut out = Vec::new();
        write_pretty(&mut out, &serde_json::json!({"n": 0.5})).unwrap();
        assert_eq!(out, b"{\n  \"n\": 0.5\n}");
    }
}
