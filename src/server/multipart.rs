//! A small `multipart/form-data` parser (RFC 7578 over RFC 2046), enough for the API's
//! "write key-value pair with metadata" form: parts named `value` and `metadata`, each with a
//! `Content-Disposition` header and optionally a file name and content type. The body is already
//! in memory (bounded by the server's body limit), so parts are zero-copy slices of it.
//! It parses; it does not decide what a part means. A form is refused while it is parsed as soon
//! as it has more parts, or a part more header bytes, than any real form needs, so a body of
//! millions of empty parts costs no more than the body itself.

use axum::body::Bytes;

/// One part of a form.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The `name` parameter of `Content-Disposition: form-data`.
    pub name: Option<String>,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Bytes,
}

/// Why a form could not be parsed; the text goes into a 400 answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MultipartError(pub String);

impl std::fmt::Display for MultipartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// RFC 2046 caps boundaries at 70 characters; a little slack costs nothing.
const MAX_BOUNDARY_LEN: usize = 200;

/// The write form has two parts; form builders may add a few of their own.
pub const MAX_PARTS: usize = 64;

/// A part's headers are a line or three; 8 KiB is generous.
pub const MAX_PART_HEADER_BYTES: usize = 8 * 1024;

/// The boundary of a `multipart/form-data` content type, or `None` for any other content type.
/// A form without a usable boundary is an error, not "not a form".
pub fn form_boundary(content_type: &str) -> Option<Result<String, MultipartError>> {
    let mut pieces = split_params(content_type);
    let media_type = pieces.next()?.trim().to_ascii_lowercase();
    if media_type != "multipart/form-data" {
        return None;
    }
    let boundary = pieces
        .filter_map(parse_param)
        .find(|(name, _)| name == "boundary")
        .map(|(_, value)| value);
    Some(match boundary {
        Some(b) if !b.is_empty() && b.len() <= MAX_BOUNDARY_LEN => Ok(b),
        _ => Err(MultipartError(
            "multipart/form-data request without a valid boundary".to_string(),
        )),
    })
}

/// Splits a form body into its parts.
pub fn parse(body: &Bytes, boundary: &str) -> Result<Vec<Part>, MultipartError> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut close = b"\r\n".to_vec();
    close.extend_from_slice(&delimiter);

    // The first delimiter opens the body, or follows a preamble that ends with CRLF.
    let mut pos = if body.starts_with(&delimiter) {
        delimiter.len()
    } else {
        find(body, &close, 0)
            .map(|at| at + close.len())
            .ok_or_else(|| MultipartError("multipart body has no opening boundary".into()))?
    };

    let mut parts = Vec::new();
    loop {
        if body[pos..].starts_with(b"--") {
            // The closing delimiter; anything after it is an epilogue to ignore.
            return Ok(parts);
        }
        // Transport padding may sit between the boundary and its line break.
        while matches!(body.get(pos), Some(b' ' | b'\t')) {
            pos += 1;
        }
        pos = skip_line_break(body, pos)
            .ok_or_else(|| MultipartError("malformed multipart boundary line".into()))?;

        if parts.len() == MAX_PARTS {
            return Err(MultipartError(format!(
                "a multipart form may have at most {MAX_PARTS} parts"
            )));
        }
        let (headers, content_start) = if let Some(after) = skip_line_break(body, pos) {
            // No headers at all: the blank line comes first.
            (&body[pos..pos], after)
        } else {
            // Only the first few kilobytes can hold the end of the headers.
            let window = &body[..body.len().min(pos + MAX_PART_HEADER_BYTES + 4)];
            let end = find(window, b"\r\n\r\n", pos).ok_or_else(|| {
                MultipartError(format!(
                    "multipart part headers are longer than {MAX_PART_HEADER_BYTES} bytes or never end"
                ))
            })?;
            (&body[pos..end], end + 4)
        };
        let content_end = find(body, &close, content_start)
            .ok_or_else(|| MultipartError("multipart body is not terminated".into()))?;

        let mut part = Part {
            name: None,
            filename: None,
            content_type: None,
            data: body.slice(content_start..content_end),
        };
        read_part_headers(headers, &mut part)?;
        parts.push(part);
        pos = content_end + close.len();
    }
}

fn read_part_headers(block: &[u8], part: &mut Part) -> Result<(), MultipartError> {
    let text = String::from_utf8_lossy(block);
    for line in text.split("\r\n").filter(|line| !line.is_empty()) {
        let (name, value) = line
            .split_once(':')
            .ok_or_else(|| MultipartError(format!("malformed multipart header '{line}'")))?;
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-disposition" => {
                for (param, param_value) in split_params(value).skip(1).filter_map(parse_param) {
                    match param.as_str() {
                        "name" => part.name = Some(param_value),
                        "filename" => part.filename = Some(param_value),
                        _ => {}
                    }
                }
            }
            "content-type" => part.content_type = Some(value.to_string()),
            _ => {}
        }
    }
    Ok(())
}

/// Splits a header value at the semicolons that are not inside a quoted string.
fn split_params(value: &str) -> impl Iterator<Item = &str> {
    let mut pieces = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => {
                pieces.push(&value[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    pieces.push(&value[start..]);
    pieces.into_iter()
}

/// `name=value` or `name="quoted \" value"`, with the name lowercased; `None` without `=`.
fn parse_param(piece: &str) -> Option<(String, String)> {
    let (name, value) = piece.split_once('=')?;
    let name = name.trim().to_ascii_lowercase();
    let value = value.trim();
    let value = match value.strip_prefix('"') {
        Some(rest) => {
            let mut out = String::new();
            let mut chars = rest.chars();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => out.extend(chars.next()),
                    '"' => break,
                    other => out.push(other),
                }
            }
            out
        }
        None => value.to_string(),
    };
    Some((name, value))
}

fn skip_line_break(body: &[u8], pos: usize) -> Option<usize> {
    if body[pos..].starts_with(b"\r\n") {
        Some(pos + 2)
    } else {
        None
    }
}

/// The first position at or after `from` where `needle` occurs.
fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let first = *needle.first()?;
    let mut at = from;
    while at + needle.len() <= haystack.len() {
        let offset = haystack[at..=haystack.len() - needle.len()]
            .iter()
            .position(|&b| b == first)?;
        at += offset;
        if haystack[at..].starts_with(needle) {
            return Some(at);
        }
        at += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(parts: &[(&str, &str, &[u8])], boundary: &str) -> Bytes {
        let mut body = Vec::new();
        for (headers, _, data) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n{headers}\r\n\r\n").as_bytes());
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        Bytes::from(body)
    }

    #[test]
    fn finds_the_boundary_of_form_content_types_only() {
        assert_eq!(
            form_boundary("multipart/form-data; boundary=abc"),
            Some(Ok("abc".to_string()))
        );
        assert_eq!(
            form_boundary("Multipart/Form-Data; charset=utf-8; boundary=\"a;b c\""),
            Some(Ok("a;b c".to_string()))
        );
        assert!(matches!(form_boundary("multipart/form-data"), Some(Err(_))));
        assert_eq!(form_boundary("application/octet-stream"), None);
        assert_eq!(form_boundary("text/plain; boundary=x"), None);
    }

    #[test]
    fn parses_value_and_metadata_parts_with_binary_data() {
        let binary: Vec<u8> = (0u8..=255)
            .chain(b"\r\n--not-the-boundary".iter().copied())
            .collect();
        let body = form(
            &[
                (
                    "Content-Disposition: form-data; name=\"value\"; filename=\"k\"\r\nContent-Type: application/octet-stream",
                    "",
                    &binary,
                ),
                ("content-disposition: form-data; name=metadata", "", b"{\"a\":1}"),
            ],
            "----formdata-undici-0123",
        );
        let parts = parse(&body, "----formdata-undici-0123").unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name.as_deref(), Some("value"));
        assert_eq!(parts[0].filename.as_deref(), Some("k"));
        assert_eq!(
            parts[0].content_type.as_deref(),
            Some("application/octet-stream")
        );
        assert_eq!(&parts[0].data[..], &binary[..]);
        assert_eq!(parts[1].name.as_deref(), Some("metadata"));
        assert_eq!(&parts[1].data[..], b"{\"a\":1}");
    }

    #[test]
    fn accepts_a_preamble_padding_empty_parts_and_an_epilogue() {
        let body = Bytes::from_static(
            b"preamble\r\n--b \t\r\nContent-Disposition: form-data; name=\"value\"\r\n\r\n\r\n--b--\r\nepilogue",
        );
        let parts = parse(&body, "b").unwrap();
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].name.as_deref(), Some("value"));
        assert!(parts[0].data.is_empty());
    }

    #[test]
    fn escaped_quotes_in_names_survive() {
        let body = form(
            &[(
                "Content-Disposition: form-data; name=\"va\\\"lue\"; filename=\"a;b\"",
                "",
                b"x",
            )],
            "b",
        );
        let parts = parse(&body, "b").unwrap();
        assert_eq!(parts[0].name.as_deref(), Some("va\"lue"));
        assert_eq!(parts[0].filename.as_deref(), Some("a;b"));
    }

    #[test]
    fn malformed_bodies_are_errors_not_panics() {
        for body in [
            &b""[..],
            b"no boundary here",
            b"--b\r\nContent-Disposition: form-data; name=value\r\n\r\nunterminated",
            b"--b\r\nContent-Disposition: form-data; name=value",
            b"--bX\r\n\r\nx\r\n--b--",
            b"--b\r\nno colon here\r\n\r\nx\r\n--b--",
            b"--b",
        ] {
            let result = parse(&Bytes::copy_from_slice(body), "b");
            assert!(result.is_err(), "{:?}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn forms_with_too_many_parts_are_refused_while_parsing() {
        let mut body = Vec::new();
        for _ in 0..MAX_PARTS + 1 {
            body.extend_from_slice(b"--b\r\n\r\n\r\n");
        }
        // Never closed: only the part count can have stopped the parser.
        let error = parse(&Bytes::from(body), "b").unwrap_err();
        assert!(error.0.contains("at most"), "{error}");
        let huge_header = format!(
            "--b\r\nX-Pad: {}\r\n\r\nv\r\n--b--",
            "p".repeat(MAX_PART_HEADER_BYTES)
        );
        assert!(parse(&Bytes::from(huge_header), "b").is_err());
    }
}

/// Property tests: arbitrary bytes never panic the parser, well-formed forms come back exactly,
/// and a form cut short anywhere is an error.
#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn boundary() -> impl Strategy<Value = String> {
        "[0-9A-Za-z'()+_,./:=?-]{1,70}"
    }

    fn part() -> impl Strategy<Value = (String, Vec<u8>)> {
        ("[a-z]{1,8}", proptest::collection::vec(any::<u8>(), 0..64))
    }

    fn build(boundary: &str, parts: &[(String, Vec<u8>)]) -> Vec<u8> {
        let mut body = Vec::new();
        for (name, data) in parts {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n")
                    .as_bytes(),
            );
            body.extend_from_slice(data);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        body
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack
            .windows(needle.len())
            .any(|window| window == needle)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..512), boundary in boundary()) {
            if let Ok(parts) = parse(&Bytes::from(body), &boundary) {
                prop_assert!(parts.len() <= MAX_PARTS);
            }
        }

        #[test]
        fn near_forms_never_panic(
            parts in proptest::collection::vec(part(), 0..6),
            boundary in boundary(),
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
        ) {
            let mut body = build(&boundary, &parts);
            for (at, byte) in flips {
                let at = at.index(body.len());
                body[at] = byte;
            }
            if let Ok(parsed) = parse(&Bytes::from(body), &boundary) {
                prop_assert!(parsed.len() <= MAX_PARTS);
            }
        }

        #[test]
        fn well_formed_forms_round_trip_and_any_cut_is_an_error(
            parts in proptest::collection::vec(part(), 0..6),
            boundary in boundary(),
        ) {
            let close = format!("\r\n--{boundary}");
            prop_assume!(parts.iter().all(|(_, data)| !contains(data, close.as_bytes())));
            let body = build(&boundary, &parts);
            let parsed = parse(&Bytes::from(body.clone()), &boundary).unwrap();
            let got: Vec<(String, Vec<u8>)> = parsed
                .into_iter()
                .map(|part| (part.name.unwrap_or_default(), part.data.to_vec()))
                .collect();
            prop_assert_eq!(&got, &parts);
            // The closing delimiter ends at `len - 2` (before its CRLF); any shorter body lacks it.
            for cut in 0..body.len() - 2 {
                let result = parse(&Bytes::copy_from_slice(&body[..cut]), &boundary);
                prop_assert!(result.is_err(), "a body cut at {} parsed", cut);
            }
        }
    }
}
