//! Numbers written the way JavaScript writes them, so that JSON on stdout is byte for byte what
//! wrangler prints (`JSON.stringify` uses `Number::toString`, ECMA-262 §6.1.6.1.20): `2.0` is
//! `2`, `1e21` is `1e+21`, `1.5e-7` stays `1.5e-7`, `0.000001` stays `0.000001`, `-0` is `0`.
//! One deliberate difference: an integer JavaScript cannot hold exactly (past 2^53, say an id
//! written by another language) keeps all its digits instead of being rounded.

use std::borrow::Cow;

/// `Number::prototype.toString()` for a double: the shortest digits that read back as the same
/// double (of two equally close, the even one), laid out by the spec's rules for where the
/// decimal point and exponent go. `ryu-js` implements exactly that.
pub fn number_to_string(x: f64) -> String {
    ryu_js::Buffer::new().format(x).to_string()
}

/// What `JSON.stringify(JSON.parse(literal))` writes for a JSON number literal, except that an
/// integer literal JavaScript would round keeps its exact digits. A literal too large for a
/// double is `Infinity` to JavaScript, which JSON writes as `null`.
pub fn json_number_text(literal: &str) -> Cow<'_, str> {
    let Ok(x) = literal.parse::<f64>() else {
        // Not a number at all; serde_json never hands us one. Leave it as it is.
        return Cow::Borrowed(literal);
    };
    if !x.is_finite() {
        return Cow::Borrowed("null");
    }
    let is_integer_literal = !literal.contains(['.', 'e', 'E']);
    if is_integer_literal && !represents_exactly(literal, x) {
        return Cow::Borrowed(literal);
    }
    let text = number_to_string(x);
    if text == literal {
        Cow::Borrowed(literal)
    } else {
        Cow::Owned(text)
    }
}

/// Whether the double `x` parsed from the integer literal is that very integer (Rust writes a
/// double's exact decimal value with `{:.0}`).
fn represents_exactly(literal: &str, x: f64) -> bool {
    let exact = format!("{x:.0}");
    let literal = literal.strip_prefix('-').unwrap_or(literal);
    let exact = exact.strip_prefix('-').unwrap_or(&exact);
    literal == exact
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, what JavaScript's `String(x)` gives), checked against node.
    // The tie cases are written with the double's exact value on purpose.
    #[allow(clippy::excessive_precision)]
    const SPEC_CASES: &[(f64, &str)] = &[
        (0.0, "0"),
        (-0.0, "0"),
        (1.0, "1"),
        (-1.0, "-1"),
        (2.0, "2"),
        (0.1, "0.1"),
        (0.5, "0.5"),
        (1.5, "1.5"),
        (-1.5, "-1.5"),
        (123.456, "123.456"),
        (100.0, "100"),
        (1e20, "100000000000000000000"),
        (1e21, "1e+21"),
        (1.5e21, "1.5e+21"),
        (123456789012345680000.0, "123456789012345680000"),
        (1e-6, "0.000001"),
        (1.5e-6, "0.0000015"),
        (1e-7, "1e-7"),
        (1.5e-7, "1.5e-7"),
        (-1.5e-7, "-1.5e-7"),
        (0.000123, "0.000123"),
        (1e100, "1e+100"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (5e-324, "5e-324"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (9007199254740991.0, "9007199254740991"),
        (9007199254740992.0, "9007199254740992"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1.0 / 3.0, "0.3333333333333333"),
        (4.35, "4.35"),
        (1234.5678e10, "12345678000000"),
        (1.2345e-5, "0.000012345"),
        (123e-20, "1.23e-18"),
        // Exactly halfway between two 17-digit candidates: the even one, as the spec says.
        (-18693637910241.8125, "-18693637910241.812"),
        (18693637910241.8125, "18693637910241.812"),
    ];

    #[test]
    fn doubles_print_as_javascript_prints_them() {
        for (x, expected) in SPEC_CASES {
            assert_eq!(number_to_string(*x), *expected, "{x:e}");
        }
        assert_eq!(number_to_string(f64::NAN), "NaN");
        assert_eq!(number_to_string(f64::INFINITY), "Infinity");
        assert_eq!(number_to_string(f64::NEG_INFINITY), "-Infinity");
    }

    #[test]
    fn json_literals_are_rewritten_as_json_stringify_would() {
        for (literal, expected) in [
            ("2.0", "2"),
            ("2", "2"),
            ("-0", "0"),
            ("-0.0", "0"),
            ("1e21", "1e+21"),
            ("1E21", "1e+21"),
            ("1e+21", "1e+21"),
            ("1.5e-7", "1.5e-7"),
            ("0.000001", "0.000001"),
            ("1e-6", "0.000001"),
            ("0.10", "0.1"),
            ("1.0e2", "100"),
            ("100e-2", "1"),
            ("12.50", "12.5"),
            ("1e400", "null"),
            ("-1e400", "null"),
            ("1000000000000000000000", "1e+21"),
            ("9007199254740993.0", "9007199254740992"),
        ] {
            assert_eq!(json_number_text(literal), expected, "{literal}");
        }
    }

    #[test]
    fn integers_javascript_cannot_hold_keep_their_digits() {
        for literal in [
            "9007199254740993",
            "-9007199254740993",
            "18446744073709551617",
            "123456789012345678901234567890",
        ] {
            assert_eq!(json_number_text(literal), literal);
        }
        // Exactly representable large integers are written as JavaScript writes them.
        assert_eq!(json_number_text("9007199254740992"), "9007199254740992");
        assert_eq!(
            json_number_text("100000000000000000000"),
            "100000000000000000000"
        );
    }

    #[test]
    fn unchanged_literals_are_borrowed() {
        assert!(matches!(json_number_text("42"), Cow::Borrowed(_)));
        assert!(matches!(json_number_text("1.5e-7"), Cow::Borrowed(_)));
    }
}
