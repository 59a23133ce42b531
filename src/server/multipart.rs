//! `multipart/form-data` (RFC 7578) for the API's "write key-value pair with metadata" form:
//! parts named `value` and `metadata`. `multer` parses; this file adds the server's limits and
//! turns multer's errors into the text of a 400. The body is already in memory (bounded by the
//! server's body limit, `server::body`). A form is refused while it is parsed as soon as it has
//! more parts, or a part more header bytes, than any real form needs, so a body of millions of
//! empty parts costs no more than the body itself. Parts must have headers (form-data parts
//! always carry `Content-Disposition`).

use std::future::ready;

use axum::body::Bytes;
use axum::http::header::CONTENT_TYPE;
use futures_util::FutureExt as _;

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

impl From<multer::Error> for MultipartError {
    fn from(error: multer::Error) -> Self {
        MultipartError(format!("malformed multipart form: {error}"))
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
    let invalid =
        || MultipartError("multipart/form-data request without a valid boundary".to_string());
    match multer::parse_boundary(content_type) {
        Ok(boundary) if !boundary.is_empty() && boundary.len() <= MAX_BOUNDARY_LEN => {
            Some(Ok(boundary))
        }
        Ok(_) | Err(multer::Error::NoBoundary) => Some(Err(invalid())),
        // A content type that does not even parse is a form only if it says it is one.
        Err(multer::Error::DecodeContentType(_)) => {
            let media_type = content_type.split(';').next().unwrap_or("").trim();
            media_type
                .eq_ignore_ascii_case("multipart/form-data")
                .then(|| Err(invalid()))
        }
        Err(_) => None,
    }
}

/// Splits a form body into its parts.
pub fn parse(body: &Bytes, boundary: &str) -> Result<Vec<Part>, MultipartError> {
    // The whole body is one ready chunk, so multer never waits for more: the future completes
    // on its first poll, and a body it cannot finish is an error rather than a wait.
    let stream = futures_util::stream::once(ready(Ok::<_, std::convert::Infallible>(body.clone())));
    let mut form = multer::Multipart::new(stream, boundary);
    read_parts(&mut form)
        .now_or_never()
        .unwrap_or_else(|| Err(MultipartError("multipart body is not terminated".into())))
}

async fn read_parts(form: &mut multer::Multipart<'_>) -> Result<Vec<Part>, MultipartError> {
    let mut parts = Vec::new();
    while let Some(field) = form.next_field().await? {
        if parts.len() == MAX_PARTS {
            return Err(MultipartError(format!(
                "a multipart form may have at most {MAX_PARTS} parts"
            )));
        }
        let header_bytes: usize = field
            .headers()
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 4)
            .sum();
        if header_bytes > MAX_PART_HEADER_BYTES {
            return Err(MultipartError(format!(
                "multipart part headers are longer than {MAX_PART_HEADER_BYTES} bytes"
            )));
        }
        let name = field.name().map(str::to_string);
        let filename = field.file_name().map(str::to_string);
        let content_type = field
            .headers()
            .get(CONTENT_TYPE)
            .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned());
        let data = field.bytes().await?;
        parts.push(Part {
            name,
            filename,
            content_type,
            data,
        });
    }
    Ok(parts)
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
            body.extend_from_slice(b"--b\r\nContent-Disposition: form-data; name=x\r\n\r\n\r\n");
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
