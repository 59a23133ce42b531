//! Cuts a JSON array, read from a stream, into its elements' raw bytes, one element at a time,
//! tracking the line and column of every byte. It checks the array's own punctuation (brackets,
//! commas) and finds where each element ends, but leaves the elements' syntax to serde_json,
//! which parses each cut element from a slice: much faster than parsing from a reader, which
//! serde_json does one byte per call.

use super::position::LineColumn;
use std::io::{self, BufRead};

/// No valid item comes near this (a value is at most 25 MiB, six times that when every byte is
/// written as a `\u` escape); an element that grows past it means a quote or bracket is missing,
/// and reading on would load the rest of the file into memory.
pub(crate) const MAX_ELEMENT_BYTES: usize = 200 * 1024 * 1024;

#[derive(Debug)]
pub(crate) enum ScanError {
    Io(io::Error),
    /// Broken JSON, in serde_json's words, at the given place.
    Syntax {
        reason: &'static str,
        at: LineColumn,
    },
    /// Well-formed start of some other JSON value where the array should be.
    NotAnArray {
        found: &'static str,
        at: LineColumn,
    },
    /// An element that started here grew past the size limit.
    TooLarge {
        start: LineColumn,
    },
}

impl From<io::Error> for ScanError {
    fn from(error: io::Error) -> Self {
        ScanError::Io(error)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    BeforeArray,
    FirstElement,
    NextElement,
    Done,
}

pub(crate) struct ArrayScanner<R> {
    reader: R,
    at: LineColumn,
    state: State,
    /// Closing brackets still expected inside the current element.
    closers: Vec<u8>,
    /// The byte that ended the last element when it was not part of it (after a number,
    /// `true`, ...), still unread.
    following: Option<u8>,
    max_element_bytes: usize,
}

impl<R: BufRead> ArrayScanner<R> {
    pub fn new(reader: R) -> Self {
        ArrayScanner {
            reader,
            at: LineColumn::START,
            state: State::BeforeArray,
            closers: Vec::new(),
            following: None,
            max_element_bytes: MAX_ELEMENT_BYTES,
        }
    }

    /// Lowers the size limit (tests cannot afford 200 MiB).
    pub fn with_max_element_bytes(mut self, max_element_bytes: usize) -> Self {
        self.max_element_bytes = max_element_bytes;
        self
    }

    /// Copies the next element's bytes into `element` and returns where it starts; `None` once the
    /// closing bracket has been read and nothing but whitespace follows it.
    ///
    /// The bytes are only cut, not checked: an element whose syntax is broken comes back cut at
    /// the break (or at the end of the input), for serde_json to report.
    pub fn next_element(&mut self, element: &mut Vec<u8>) -> Result<Option<LineColumn>, ScanError> {
        if self.state == State::BeforeArray {
            match self.skip_whitespace()? {
                None => return Err(self.syntax("EOF while parsing a value", self.at)),
                Some(b'[') => {
                    self.read_byte(b'[');
                    self.state = State::FirstElement;
                }
                Some(other) => return Err(self.not_an_array(other)),
            }
        }
        let next = match (self.state, self.skip_whitespace()?) {
            (State::Done, _) => return Ok(None),
            (_, None) => return Err(self.syntax("EOF while parsing a list", self.at)),
            (_, Some(b']')) => {
                self.read_byte(b']');
                self.state = State::Done;
                return match self.skip_whitespace()? {
                    None => Ok(None),
                    Some(other) => Err(self.syntax("trailing characters", self.at.after(other))),
                };
            }
            (State::FirstElement, Some(first)) => first,
            (_, Some(b',')) => {
                self.read_byte(b',');
                match self.skip_whitespace()? {
                    None => return Err(self.syntax("EOF while parsing a value", self.at)),
                    Some(b']') => return Err(self.syntax("trailing comma", self.at.after(b']'))),
                    Some(first) => first,
                }
            }
            (_, Some(other)) => {
                return Err(self.syntax("expected `,` or `]`", self.at.after(other)))
            }
        };
        self.state = State::NextElement;
        let start = self.at.after(next);
        element.clear();
        self.following = None;
        match next {
            b'"' | b'{' | b'[' => self.cut_nested(element, start)?,
            _ => self.cut_scalar(element, start)?,
        }
        Ok(Some(start))
    }

    /// Cuts a string, object or array: up to the quote or bracket that closes it, or up to the
    /// first byte that cannot be right (a mismatched bracket, a raw control character in a
    /// string), so a broken element never swallows the rest of the file.
    fn cut_nested(&mut self, element: &mut Vec<u8>, start: LineColumn) -> Result<(), ScanError> {
        self.closers.clear();
        let mut in_string = false;
        let mut escaped = false;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            let mut end = None;
            let mut i = 0;
            while i < chunk.len() {
                if in_string && !escaped {
                    // Most bytes are plain string content, which holds no newline: skip them
                    // in one go, moving only the column.
                    let run = chunk[i..]
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                        .unwrap_or(chunk.len() - i);
                    self.at.column += run;
                    i += run;
                    if i == chunk.len() {
                        break;
                    }
                }
                let byte = chunk[i];
                i += 1;
                self.at.advance(byte);
                let finished = if in_string {
                    if escaped {
                        escaped = false;
                        false
                    } else if byte == b'\\' {
                        escaped = true;
                        false
                    } else if byte == b'"' {
                        in_string = false;
                        self.closers.is_empty()
                    } else {
                        byte < 0x20
                    }
                } else {
                    match byte {
                        b'"' => {
                            in_string = true;
                            false
                        }
                        b'{' => {
                            self.closers.push(b'}');
                            false
                        }
                        b'[' => {
                            self.closers.push(b']');
                            false
                        }
                        b'}' | b']' => self.closers.pop() != Some(byte) || self.closers.is_empty(),
                        _ => false,
                    }
                };
                if finished {
                    end = Some(i);
                    break;
                }
            }
            let taken = end.unwrap_or(chunk.len());
            element.extend_from_slice(&chunk[..taken]);
            self.reader.consume(taken);
            if element.len() > self.max_element_bytes {
                return Err(ScanError::TooLarge { start });
            }
            if end.is_some() {
                return Ok(());
            }
        }
    }

    /// Cuts a number, `true`, `false` or `null` (or garbage): up to the next whitespace or
    /// punctuation.
    fn cut_scalar(&mut self, element: &mut Vec<u8>, start: LineColumn) -> Result<(), ScanError> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(());
            }
            let end = chunk.iter().position(|&b| {
                matches!(
                    b,
                    b' ' | b'\t' | b'\r' | b'\n' | b',' | b']' | b'}' | b'[' | b'{' | b':' | b'"'
                )
            });
            let taken = end.unwrap_or(chunk.len());
            self.following = end.map(|i| chunk[i]);
            for &byte in &chunk[..taken] {
                self.at.advance(byte);
            }
            element.extend_from_slice(&chunk[..taken]);
            self.reader.consume(taken);
            if element.len() > self.max_element_bytes {
                return Err(ScanError::TooLarge { start });
            }
            if end.is_some() {
                return Ok(());
            }
        }
    }

    /// The unread byte that ended the last element, if the element did not end itself (as a
    /// string, object or array does) and the input did not end there. A parser that stopped at
    /// the end of such an element would, on the whole file, have stopped at this byte instead.
    pub fn following_byte(&self) -> Option<u8> {
        self.following
    }

    /// Reads past whitespace and returns the next byte without reading it (`None` at the end).
    fn skip_whitespace(&mut self) -> io::Result<Option<u8>> {
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                return Ok(None);
            }
            let first = chunk
                .iter()
                .position(|&b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
            let skipped = first.unwrap_or(chunk.len());
            for &byte in &chunk[..skipped] {
                self.at.advance(byte);
            }
            let next = first.map(|i| chunk[i]);
            self.reader.consume(skipped);
            if next.is_some() {
                return Ok(next);
            }
        }
    }

    /// Reads one byte that `skip_whitespace` has just shown.
    fn read_byte(&mut self, byte: u8) {
        self.reader.consume(1);
        self.at.advance(byte);
    }

    fn syntax(&self, reason: &'static str, at: LineColumn) -> ScanError {
        ScanError::Syntax { reason, at }
    }

    fn not_an_array(&self, first: u8) -> ScanError {
        let at = self.at.after(first);
        let found = match first {
            b'{' => "an object",
            b'"' => "a string",
            b'-' | b'0'..=b'9' => "a number",
            b't' | b'f' => "a boolean",
            b'n' => "null",
            _ => return self.syntax("expected value", at),
        };
        ScanError::NotAnArray { found, at }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str) -> Result<Vec<(LineColumn, String)>, ScanError> {
        let mut scanner = ArrayScanner::new(io::BufReader::with_capacity(3, text.as_bytes()));
        let mut element = Vec::new();
        let mut elements = Vec::new();
        while let Some(start) = scanner.next_element(&mut element)? {
            elements.push((start, String::from_utf8(element.clone()).unwrap()));
        }
        Ok(elements)
    }

    fn lc(line: usize, column: usize) -> LineColumn {
        LineColumn { line, column }
    }

    #[test]
    fn cuts_elements_across_buffer_boundaries() {
        // A 3-byte buffer makes every element straddle refills.
        let text = "[ {\"a\": [1, \"]}\\\"\"]},\n \"s\\\\\" , 12.5e3,true ,[[], {}], null]\n";
        let elements = cut(text).unwrap();
        let texts: Vec<&str> = elements.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "{\"a\": [1, \"]}\\\"\"]}",
                "\"s\\\\\"",
                "12.5e3",
                "true",
                "[[], {}]",
                "null"
            ]
        );
        let starts: Vec<LineColumn> = elements.iter().map(|(s, _)| *s).collect();
        assert_eq!(
            starts,
            vec![
                lc(1, 3),
                lc(2, 2),
                lc(2, 10),
                lc(2, 17),
                lc(2, 23),
                lc(2, 33)
            ]
        );
    }

    #[test]
    fn broken_elements_are_cut_at_the_break() {
        // A mismatched bracket ends the element there.
        let mut scanner = ArrayScanner::new("[[1}, 2]".as_bytes());
        let mut element = Vec::new();
        scanner.next_element(&mut element).unwrap();
        assert_eq!(element, b"[1}");
        // A raw newline cannot be inside a string: an unclosed quote stops at the line's end.
        let mut scanner = ArrayScanner::new("[\"abc\n, \"d\"]".as_bytes());
        scanner.next_element(&mut element).unwrap();
        assert_eq!(element, b"\"abc\n");
    }

    #[test]
    fn an_element_that_never_ends_stops_at_the_limit() {
        let text = format!("[1, [{}", "[0],".repeat(100));
        let mut scanner = ArrayScanner::new(io::BufReader::with_capacity(16, text.as_bytes()))
            .with_max_element_bytes(64);
        let mut element = Vec::new();
        assert_eq!(scanner.next_element(&mut element).unwrap(), Some(lc(1, 2)));
        match scanner.next_element(&mut element) {
            Err(ScanError::TooLarge { start }) => assert_eq!(start, lc(1, 5)),
            other => panic!("{other:?}"),
        }
        assert!(element.len() <= 64 + 16);
        let mut scanner =
            ArrayScanner::new(io::BufReader::with_capacity(16, "[123456789]".as_bytes()))
                .with_max_element_bytes(4);
        assert!(matches!(
            scanner.next_element(&mut element),
            Err(ScanError::TooLarge { .. })
        ));
    }

    #[test]
    fn punctuation_errors_point_at_the_byte() {
        let at = |text: &str| match cut(text) {
            Err(ScanError::Syntax { reason, at }) => (reason, at.line, at.column),
            other => panic!("{other:?}"),
        };
        assert_eq!(at(""), ("EOF while parsing a value", 1, 0));
        assert_eq!(at("  x"), ("expected value", 1, 3));
        assert_eq!(at("[1,\n2"), ("EOF while parsing a list", 2, 1));
        assert_eq!(at("[1,\n]"), ("trailing comma", 2, 1));
        assert_eq!(at("[1 2]"), ("expected `,` or `]`", 1, 4));
        assert_eq!(at("[1] x"), ("trailing characters", 1, 5));
        assert_eq!(at("[1,"), ("EOF while parsing a value", 1, 3));
        match cut(" {\"a\": 1}") {
            Err(ScanError::NotAnArray { found, at }) => {
                assert_eq!((found, at), ("an object", lc(1, 2)))
            }
            other => panic!("{other:?}"),
        }
    }
}
