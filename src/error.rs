//! The error type that carries an exit code. Modules raise `WkvError` for the failures a user
//! must tell apart (bad input, not found); anything else stays a plain `anyhow` error and exits 1.
//! Only `main` turns errors into exit codes and messages; nothing here prints.

use std::fmt;

/// What kind of failure this is, which decides the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The operation failed (network, API, I/O): exit 1.
    Failure,
    /// Bad usage or bad input, detected before anything was written: exit 2.
    Usage,
    /// A key, namespace or binding does not exist: exit 3.
    NotFound,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Failure => 1,
            ErrorKind::Usage => 2,
            ErrorKind::NotFound => 3,
        }
    }
}

/// An error with a kind and optional `hint:` lines telling the user what to do next.
#[derive(Debug)]
pub struct WkvError {
    pub kind: ErrorKind,
    pub message: String,
    pub hints: Vec<String>,
}

impl WkvError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        WkvError {
            kind,
            message: message.into(),
            hints: Vec::new(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failure, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

impl fmt::Display for WkvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WkvError {}

/// Shorthand for returning a usage error from a function that returns `anyhow::Result`.
pub fn usage<T>(message: impl Into<String>) -> anyhow::Result<T> {
    Err(WkvError::usage(message).into())
}
