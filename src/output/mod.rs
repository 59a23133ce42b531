//! Everything that reaches the terminal goes through here: data on stdout, status lines,
//! warnings, prompts and progress bars on stderr. Whether a stream is a terminal is decided
//! once, in `Ui::new`, so handlers never look at TTYs themselves.

pub mod export_file;
mod js_json;
mod js_number;
mod listing;
mod progress;
mod terminal;
pub(crate) mod time;
mod words;

pub use js_json::{same_json, write_compact, write_pretty};
pub use js_number::{json_number_text, number_to_string};
pub use listing::{JsonArrayWriter, JsonObjectWriter, Table};
pub use progress::{human_bytes, Progress};
pub use terminal::{escape_controls, shown, Newlines};
pub use time::format_unix_seconds;
pub use words::count_of;

use std::io::{self, BufWriter, IsTerminal, Write};

/// How data is printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// The JSON wrangler prints (2-space indent)
    Json,
    /// One compact JSON value per line
    Ndjson,
    /// A table for people
    Table,
}

/// A callback that reports events on stderr.
pub type Reporter<T> = std::sync::Arc<dyn Fn(&T) + Send + Sync>;

/// Prints status lines on stderr unless --quiet; cheap to copy into callbacks.
#[derive(Debug, Clone, Copy)]
pub struct StatusLine {
    quiet: bool,
}

impl StatusLine {
    pub fn print(self, message: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", for_stderr(message.as_ref()));
        }
    }
}

/// Which of the standard streams are terminals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminals {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

impl Terminals {
    /// What the process's streams are.
    pub fn of_process() -> Terminals {
        Terminals {
            stdin: io::stdin().is_terminal(),
            stdout: io::stdout().is_terminal(),
            stderr: io::stderr().is_terminal(),
        }
    }
}

/// The process's streams and what we know about them: the one place that decides whether data
/// is a table, whether a person can be asked, whether the screen can be taken, whether colour
/// is wanted and how a line reaches stderr.
pub struct Ui {
    stdout: BufWriter<io::Stdout>,
    terminals: Terminals,
    no_color: bool,
    quiet: bool,
    verbose: bool,
    explicit_format: Option<OutputFormat>,
}

impl Ui {
    /// `format` is `--output` when given; `quiet` and `verbose` are `-q` and `-v`.
    pub fn new(format: Option<OutputFormat>, quiet: bool, verbose: bool) -> Ui {
        Ui::with_terminals(Terminals::of_process(), format, quiet, verbose)
    }

    /// A `Ui` that takes the given streams for terminals, whatever they are (for tests).
    pub fn with_terminals(
        terminals: Terminals,
        format: Option<OutputFormat>,
        quiet: bool,
        verbose: bool,
    ) -> Ui {
        Ui {
            stdout: BufWriter::with_capacity(64 * 1024, io::stdout()),
            terminals,
            // https://no-color.org: set and not empty.
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            quiet,
            verbose,
            explicit_format: format,
        }
    }

    /// The shape of data on stdout: as asked, else a table on a terminal and JSON elsewhere.
    pub fn format(&self) -> OutputFormat {
        self.explicit_format.unwrap_or(if self.terminals.stdout {
            OutputFormat::Table
        } else {
            OutputFormat::Json
        })
    }

    /// The format given with --output, if any: commands whose stdout is empty by default print
    /// their result object only when asked.
    pub fn explicit_format(&self) -> Option<OutputFormat> {
        self.explicit_format
    }

    /// A table for stdout, fitted to the terminal's width when stdout is one (what
    /// comfy-table's `tty` feature would do, through the crossterm ratatui already brings).
    pub fn table(&self, header: &[&str]) -> listing::Table {
        let width = self
            .terminals
            .stdout
            .then(|| ratatui::crossterm::terminal::size().ok())
            .flatten()
            .map(|(columns, _)| columns);
        listing::Table::new(header, width)
    }

    /// Where data goes. Buffered: call `flush` (or let `main` do it) at the end.
    pub fn out(&mut self) -> &mut BufWriter<io::Stdout> {
        &mut self.stdout
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.stdout.flush()
    }

    /// A status line for people, on stderr; silenced by --quiet.
    pub fn status(&self, message: impl AsRef<str>) {
        self.status_line().print(message);
    }

    /// A printer of status lines that does not borrow the `Ui`, for callbacks.
    pub fn status_line(&self) -> StatusLine {
        StatusLine { quiet: self.quiet }
    }

    /// With -v, a callback that reports each event (a retry, say) on its own stderr line.
    pub fn verbose_reporter<T: std::fmt::Display + ?Sized>(&self) -> Option<Reporter<T>> {
        if self.verbose {
            Some(std::sync::Arc::new(|event: &T| {
                eprintln!("{}", for_stderr(&event.to_string()))
            }))
        } else {
            None
        }
    }

    /// A warning on stderr. Shown even with --quiet: it may mean the data is not what was meant.
    pub fn warn(&self, message: impl AsRef<str>) {
        eprintln!("warning: {}", for_stderr(message.as_ref()));
    }

    /// Whether we may ask the user a question: stdin and stderr are terminals.
    pub fn can_prompt(&self) -> bool {
        self.terminals.stdin && self.terminals.stderr
    }

    /// Whether a full-screen program can run: keys from stdin, the screen on stdout.
    pub fn can_take_screen(&self) -> bool {
        self.terminals.stdin && self.terminals.stdout
    }

    /// Whether colour is wanted (NO_COLOR unset or empty).
    pub fn color(&self) -> bool {
        !self.no_color
    }

    /// Asks a yes/no question on stderr and reads the answer from stdin; anything but
    /// y/yes is a no.
    pub fn confirm(&self, question: &str) -> io::Result<bool> {
        eprint!("{} [y/N] ", for_stderr(question));
        io::stderr().flush()?;
        let mut answer = String::new();
        io::stdin().read_line(&mut answer)?;
        let answer = answer.trim().to_ascii_lowercase();
        Ok(answer == "y" || answer == "yes")
    }

    /// A yes/no question whose empty answer is `default`, shown as [Y/n] or [y/N].
    pub fn confirm_or(&self, question: &str, default: bool) -> io::Result<bool> {
        eprint!(
            "{} {} ",
            for_stderr(question),
            if default { "[Y/n]" } else { "[y/N]" }
        );
        io::stderr().flush()?;
        let mut answer = String::new();
        io::stdin().read_line(&mut answer)?;
        Ok(match answer.trim().to_ascii_lowercase().as_str() {
            "" => default,
            answer => answer == "y" || answer == "yes",
        })
    }

    /// Asks for a line of text on stderr; an empty answer (or end of input) is `default`.
    pub fn ask(&self, question: &str, default: &str) -> io::Result<String> {
        eprint!("{} [{}] ", for_stderr(question), for_stderr(default));
        io::stderr().flush()?;
        let mut answer = String::new();
        io::stdin().read_line(&mut answer)?;
        let answer = answer.trim();
        Ok(if answer.is_empty() {
            default.to_string()
        } else {
            answer.to_string()
        })
    }

    /// A progress bar on stderr, drawn only when stderr is a terminal and not --quiet.
    pub fn progress(&self, total_items: Option<u64>, label: &str) -> Progress {
        Progress::new(self.terminals.stderr && !self.quiet, total_items, label)
    }
}

/// Every line for stderr passes through here: it may hold data (key names, titles, messages
/// from the API), whose control characters must not reach the terminal.
pub fn for_stderr(text: &str) -> std::borrow::Cow<'_, str> {
    escape_controls(text, Newlines::Keep)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ui(stdin: bool, stdout: bool, stderr: bool, format: Option<OutputFormat>) -> Ui {
        let terminals = Terminals {
            stdin,
            stdout,
            stderr,
        };
        Ui::with_terminals(terminals, format, false, false)
    }

    #[test]
    fn a_person_is_asked_only_with_stdin_and_stderr_on_a_terminal() {
        assert!(ui(true, false, true, None).can_prompt());
        assert!(!ui(false, true, true, None).can_prompt());
        assert!(!ui(true, true, false, None).can_prompt());
    }

    #[test]
    fn the_screen_is_taken_only_with_stdin_and_stdout_on_a_terminal() {
        assert!(ui(true, true, false, None).can_take_screen());
        assert!(!ui(true, false, true, None).can_take_screen());
        assert!(!ui(false, true, true, None).can_take_screen());
    }

    #[test]
    fn data_is_a_table_on_a_terminal_and_json_elsewhere_unless_asked() {
        assert_eq!(ui(false, true, false, None).format(), OutputFormat::Table);
        assert_eq!(ui(true, false, true, None).format(), OutputFormat::Json);
        let asked = Some(OutputFormat::Ndjson);
        assert_eq!(ui(false, true, false, asked).format(), OutputFormat::Ndjson);
    }
}
