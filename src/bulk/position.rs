//! Where an item sits in a bulk file, and the line-and-column arithmetic shared by the readers.
//! Lines and columns follow serde_json's rules, so our own messages and the ones serde_json
//! writes point at the same place. This file only counts; it never parses or judges items.

use std::fmt;

/// Where an item starts: its index in the file (counted from 0, like a JSON array index) and
/// the 1-based line and column of its first byte. Columns count bytes, as serde_json's do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub index: usize,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "item {} (line {}, column {})",
            self.index, self.line, self.column
        )
    }
}

/// The line and column of the last byte read (column 0: nothing read yet on this line, that
/// is, the last byte was a newline). An error "at" a byte is reported at the position that byte
/// would have once read; an error at the end of the input at the position of the last byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineColumn {
    pub line: usize,
    pub column: usize,
}

impl LineColumn {
    pub const START: LineColumn = LineColumn { line: 1, column: 0 };

    #[inline]
    pub fn advance(&mut self, byte: u8) {
        if byte == b'\n' {
            self.line += 1;
            self.column = 0;
        } else {
            self.column += 1;
        }
    }

    /// Where `byte` would sit if it were read next.
    pub fn after(self, byte: u8) -> LineColumn {
        let mut next = self;
        next.advance(byte);
        next
    }

    /// Turns a position that serde_json reported inside a fragment of the file into a position in
    /// the file, given where the fragment's first byte is.
    pub fn within(fragment_start: LineColumn, line: usize, column: usize) -> LineColumn {
        if line <= 1 {
            LineColumn {
                line: fragment_start.line,
                column: fragment_start.column - 1 + column,
            }
        } else {
            LineColumn {
                line: fragment_start.line + line - 1,
                column,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advances_like_serde_json() {
        let mut position = LineColumn::START;
        for byte in b"ab\nc" {
            position.advance(*byte);
        }
        assert_eq!(position, LineColumn { line: 2, column: 1 });
        assert_eq!(position.after(b'\n'), LineColumn { line: 3, column: 0 });
        assert_eq!(position.after(b'x'), LineColumn { line: 2, column: 2 });
    }

    #[test]
    fn fragment_positions_map_into_the_file() {
        let start = LineColumn { line: 7, column: 5 };
        assert_eq!(LineColumn::within(start, 1, 1), start);
        assert_eq!(
            LineColumn::within(start, 1, 4),
            LineColumn { line: 7, column: 8 }
        );
        assert_eq!(
            LineColumn::within(start, 3, 2),
            LineColumn { line: 9, column: 2 }
        );
    }

    #[test]
    fn displays_like_the_error_lines() {
        let position = Position {
            index: 3,
            line: 12,
            column: 3,
        };
        assert_eq!(position.to_string(), "item 3 (line 12, column 3)");
    }
}
