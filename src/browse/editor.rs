//! The editor round-trip: a value (or metadata) goes into a temporary file readable by its
//! owner only (0600), `$VISUAL` or `$EDITOR` (else `vi`; Notepad on Windows) edits it, and the
//! file is removed
//! whatever happens. A fingerprint of what was read lets the caller check, before writing,
//! that nobody changed the key in the meantime.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use anyhow::Context as _;
use sha2::{Digest, Sha256};

use crate::kv::StoredValue;

/// The editor everybody has when the person chose none.
const DEFAULT_EDITOR: &str = if cfg!(windows) { "notepad" } else { "vi" };

/// The editor command line the person chose, if any.
fn chosen_editor() -> Option<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
}

/// Runs the editor on `initial` and returns the edited bytes, or `None` when they are
/// unchanged. `suffix` (`.json`, `.txt`) lets the editor pick its syntax highlighting.
pub fn edit_bytes(initial: &[u8], suffix: &str) -> anyhow::Result<Option<Vec<u8>>> {
    // tempfile creates the file with mode 0600 and removes it when `file` drops.
    let mut file = tempfile::Builder::new()
        .prefix("wkv-edit-")
        .suffix(suffix)
        .tempfile()
        .context("cannot create a temporary file for the editor")?;
    file.write_all(initial)?;
    file.flush()?;
    run_editor(file.path())?;
    // Read by path: many editors replace the file rather than write into it.
    let edited = std::fs::read(file.path()).context("cannot read the edited file back")?;
    Ok((edited != initial).then_some(edited))
}

fn run_editor(path: &Path) -> anyhow::Result<()> {
    let (editor, mut command) = match chosen_editor() {
        Some(editor) => {
            let command = shell_command(&editor, path);
            (editor, command)
        }
        None => {
            let mut command = Command::new(DEFAULT_EDITOR);
            command.arg(path);
            (DEFAULT_EDITOR.to_string(), command)
        }
    };
    let status = command
        .status()
        .with_context(|| format!("cannot start the editor `{editor}`"))?;
    if !status.success() {
        anyhow::bail!("the editor `{editor}` exited with {status}; nothing was written");
    }
    Ok(())
}

/// The person's editor run through the shell, as git does, so that it may carry arguments
/// (`code --wait`); the path is passed as `$1`, never spliced into the line.
#[cfg(unix)]
fn shell_command(editor: &str, path: &Path) -> Command {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path);
    command
}

/// Windows has no `sh`: cmd runs the line. `/S` makes cmd drop only the outer pair of quotes
/// and keep the rest as typed, so an editor path in quotes with arguments works; a temporary
/// file's path holds no `"`, which Windows forbids in names.
#[cfg(windows)]
fn shell_command(editor: &str, path: &Path) -> Command {
    use std::os::windows::process::CommandExt;
    let mut command = Command::new("cmd");
    command.raw_arg(format!("/D /S /C \"{editor} \"{}\"\"", path.display()));
    command
}

/// What identifies the state of a key: its bytes, expiration and metadata (or its absence).
pub fn fingerprint(value: Option<&StoredValue>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    match value {
        None => hasher.update(b"absent"),
        Some(value) => {
            hasher.update(b"present");
            hasher.update((value.bytes.len() as u64).to_le_bytes());
            hasher.update(&value.bytes);
            hasher.update(format!("{:?}", value.expiration).as_bytes());
            hasher.update(
                value
                    .metadata
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default()
                    .as_bytes(),
            );
        }
    }
    hasher.finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_tell_every_part_apart() {
        let value = StoredValue {
            bytes: b"v".to_vec(),
            expiration: None,
            metadata: None,
        };
        let base = fingerprint(Some(&value));
        assert_eq!(base, fingerprint(Some(&value.clone())));
        assert_ne!(base, fingerprint(None));
        let mut other = value.clone();
        other.bytes = b"w".to_vec();
        assert_ne!(base, fingerprint(Some(&other)));
        let mut other = value.clone();
        other.expiration = Some(1);
        assert_ne!(base, fingerprint(Some(&other)));
        let mut other = value;
        other.metadata = Some(serde_json::json!({}));
        assert_ne!(base, fingerprint(Some(&other)));
    }
}
