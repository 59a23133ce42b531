//! Helpers shared by the config module's unit tests: writing config files into temp dirs and
//! checking an error's kind before looking at its message.

use std::path::{Path, PathBuf};

use crate::error::{ErrorKind, WkvError};

/// Writes `text` to `dir/name` (creating parent directories) and returns the path.
pub fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path
}

/// The message of an error that must be a `WkvError` of `kind`.
pub fn expect_kind<T: std::fmt::Debug>(result: anyhow::Result<T>, kind: ErrorKind) -> String {
    let err = result.expect_err("expected an error");
    let wkv = err
        .downcast_ref::<WkvError>()
        .unwrap_or_else(|| panic!("not a WkvError: {err:#}"));
    assert_eq!(wkv.kind, kind, "wrong kind for: {}", wkv.message);
    wkv.message.clone()
}

/// The message of an error that must be a usage error.
pub fn expect_usage<T: std::fmt::Debug>(result: anyhow::Result<T>) -> String {
    expect_kind(result, ErrorKind::Usage)
}

/// The hints of an error that must be a `WkvError`.
pub fn hints_of<T: std::fmt::Debug>(result: anyhow::Result<T>) -> Vec<String> {
    let err = result.expect_err("expected an error");
    err.downcast_ref::<WkvError>()
        .unwrap_or_else(|| panic!("not a WkvError: {err:#}"))
        .hints
        .clone()
}
