//! The outcome of the validating pass: how many items, how many bytes, and the first problems
//! found, each with its position; and the one usage error that lists them. Keeps a bounded
//! number of problems so a file with a million bad items still fits in memory.

use super::position::Position;
use crate::error::WkvError;
use std::fmt;

/// How many errors and warnings a report keeps word for word (wrangler also lists 12).
pub const KEPT_PROBLEMS: usize = 12;

/// Something wrong (or doubtful) about one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemProblem {
    pub position: Position,
    pub message: String,
}

impl fmt::Display for ItemProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.position, self.message)
    }
}

/// What the validating pass found. Counts are complete; the lists keep the first problems only.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValidationReport {
    pub items: usize,
    /// Total size of the values to write (put files only; 0 for key files).
    pub value_bytes: u64,
    pub errors: Vec<ItemProblem>,
    pub error_count: usize,
    pub warnings: Vec<ItemProblem>,
    pub warning_count: usize,
}

impl ValidationReport {
    pub(crate) fn add_error(&mut self, position: Position, message: String) {
        self.error_count += 1;
        if self.errors.len() < KEPT_PROBLEMS {
            self.errors.push(ItemProblem { position, message });
        }
    }

    pub(crate) fn add_warning(&mut self, position: Position, message: String) {
        self.warning_count += 1;
        if self.warnings.len() < KEPT_PROBLEMS {
            self.warnings.push(ItemProblem { position, message });
        }
    }

    pub fn is_valid(&self) -> bool {
        self.error_count == 0
    }

    /// The warnings as lines for a person, ending with `and N more warnings` when some were not
    /// kept.
    pub fn warning_lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self.warnings.iter().map(ToString::to_string).collect();
        let untold = self.warning_count - self.warnings.len();
        if untold > 0 {
            lines.push(format!(
                "and {untold} more {}",
                plural(untold, "warning", "warnings")
            ));
        }
        lines
    }
}

/// `Ok(())` when the report has no errors; otherwise one usage error (exit 2) that names the
/// input (`what`, e.g. "items.json") and lists the problems, one per line:
/// `item 3 (line 12, column 3): missing "value"`, up to 12, then `and N more`.
pub fn report_to_result(report: &ValidationReport, what: &str) -> anyhow::Result<()> {
    if report.error_count == 0 {
        return Ok(());
    }
    let mut message = format!(
        "{what}: {} of {} {} invalid (items are numbered from 0):",
        report.error_count,
        report.items,
        plural(report.items, "item is", "items are"),
    );
    for problem in &report.errors {
        message.push_str("\n  ");
        message.push_str(&problem.to_string());
    }
    let untold = report.error_count - report.errors.len();
    if untold > 0 {
        message.push_str(&format!("\n  and {untold} more"));
    }
    Err(WkvError::usage(message).into())
}

fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    fn at(index: usize) -> Position {
        Position {
            index,
            line: index + 2,
            column: 3,
        }
    }

    #[test]
    fn a_clean_report_is_ok() {
        let report = ValidationReport {
            items: 5,
            ..Default::default()
        };
        assert!(report.is_valid());
        report_to_result(&report, "items.json").unwrap();
    }

    #[test]
    fn errors_are_listed_up_to_twelve_then_counted() {
        let mut report = ValidationReport {
            items: 40,
            ..Default::default()
        };
        for index in 0..15 {
            report.add_error(at(index), format!("problem {index}"));
        }
        assert_eq!((report.errors.len(), report.error_count), (12, 15));
        let error = report_to_result(&report, "items.json").unwrap_err();
        let wkv = error.downcast_ref::<WkvError>().unwrap();
        assert_eq!(wkv.kind, ErrorKind::Usage);
        let lines: Vec<&str> = wkv.message.lines().collect();
        assert_eq!(
            lines[0],
            "items.json: 15 of 40 items are invalid (items are numbered from 0):"
        );
        assert_eq!(lines[1], "  item 0 (line 2, column 3): problem 0");
        assert_eq!(lines[12], "  item 11 (line 13, column 3): problem 11");
        assert_eq!(lines[13], "  and 3 more");
        assert_eq!(lines.len(), 14);
    }

    #[test]
    fn one_error_reads_naturally() {
        let mut report = ValidationReport {
            items: 1,
            ..Default::default()
        };
        report.add_error(at(0), "missing \"value\"".into());
        let message = report_to_result(&report, "stdin").unwrap_err().to_string();
        assert_eq!(
            message,
            "stdin: 1 of 1 item is invalid (items are numbered from 0):\n  item 0 (line 2, column 3): missing \"value\""
        );
    }

    #[test]
    fn warnings_are_kept_and_counted() {
        let mut report = ValidationReport::default();
        for index in 0..13 {
            report.add_warning(at(index), "unexpected property \"x\" is ignored".into());
        }
        let lines = report.warning_lines();
        assert_eq!(lines.len(), 13);
        assert_eq!(
            lines[0],
            "item 0 (line 2, column 3): unexpected property \"x\" is ignored"
        );
        assert_eq!(lines[12], "and 1 more warning");
        assert!(report.is_valid());
    }
}
