//! Which of wrangler's login profiles wrangler 4.164 would use, and why, read from wrangler's own
//! rules: `--profile NAME`, else `CLOUDFLARE_AUTH_PROFILE`, else the directory binding written by
//! `wrangler auth activate NAME [DIR]` (`<cfg>/profiles/directory-bindings.json`, a JSON object
//! of absolute directory to profile name; the longest bound directory that is the working
//! directory or one of its parents wins), else `default`. The working directory is the folder of
//! the `--config` file when one is given, as in wrangler. `default` (exactly) means the default
//! session; `default` in any other case and `staging` are reserved, so `staging.toml`, the
//! staging API's session, is never read as a profile.

use std::path::{Component, Path, PathBuf};

use crate::error::WkvError;

pub const DIRECTORY_BINDINGS: &str = "profiles/directory-bindings.json";

/// Why a wrangler profile was chosen when no `--profile` named one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileReason {
    /// `CLOUDFLARE_AUTH_PROFILE`.
    AuthProfileVariable,
    /// A `wrangler auth activate` binding of this directory (or of a parent).
    Directory { dir: String, file: PathBuf },
}

impl ProfileReason {
    pub fn describe(&self) -> String {
        match self {
            ProfileReason::AuthProfileVariable => "CLOUDFLARE_AUTH_PROFILE".to_string(),
            ProfileReason::Directory { dir, file } => format!(
                "the binding of `{dir}` by `wrangler auth activate` (`{}`)",
                file.display()
            ),
        }
    }

    /// A stable word for JSON output.
    pub fn kind(&self) -> &'static str {
        match self {
            ProfileReason::AuthProfileVariable => "CLOUDFLARE_AUTH_PROFILE",
            ProfileReason::Directory { .. } => "directory-binding",
        }
    }
}

/// A profile chosen before the variables are looked at; `name` is `default` for the default
/// session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChoice {
    pub name: String,
    pub reason: ProfileReason,
}

/// wrangler's check of a profile name: `default` and `staging` (any case) are reserved, and a
/// name is letters, digits, `_` and `-`. The messages are wrangler's.
pub fn check_name(name: &str) -> anyhow::Result<()> {
    if ["default", "staging"].contains(&name.to_ascii_lowercase().as_str()) {
        return Err(WkvError::usage(format!("\"{name}\" is a reserved profile name"))
            .with_hint("`default` is the session of `wrangler login` and `wrangler logout`, the fallback everywhere; `staging` is the staging API's session")
            .into());
    }
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(WkvError::usage(format!(
            "invalid profile name \"{name}\": profile names may only contain letters, digits, `-` and `_`"
        ))
        .into());
    }
    Ok(())
}

/// The profile of `CLOUDFLARE_AUTH_PROFILE` or of a directory binding; `None` means wrangler
/// would use its default session. A chosen name is checked as wrangler checks it when it opens
/// the session (a binding to `staging` is an error there too).
pub fn choose(
    auth_profile_variable: Option<&str>,
    config_dir: Option<&Path>,
    cwd: &Path,
) -> anyhow::Result<Option<ProfileChoice>> {
    let choice = if let Some(name) = auth_profile_variable.filter(|n| !n.is_empty()) {
        ProfileChoice {
            name: name.to_string(),
            reason: ProfileReason::AuthProfileVariable,
        }
    } else if let Some((dir, name)) = config_dir.and_then(|c| bound_profile(c, cwd)) {
        ProfileChoice {
            name,
            reason: ProfileReason::Directory {
                dir,
                file: config_dir.map(bindings_file).unwrap_or_default(),
            },
        }
    } else {
        return Ok(None);
    };
    if choice.name != "default" {
        check_name(&choice.name)?;
    }
    Ok(Some(choice))
}

pub fn bindings_file(config_dir: &Path) -> PathBuf {
    config_dir.join(DIRECTORY_BINDINGS)
}

/// The binding of `cwd`: `(bound directory, profile)`. An unreadable or malformed file counts
/// as no bindings, as in wrangler; entries whose value is not a string are skipped.
fn bound_profile(config_dir: &Path, cwd: &Path) -> Option<(String, String)> {
    let text = std::fs::read_to_string(bindings_file(config_dir)).ok()?;
    let bindings: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).ok()?;
    let dir = normalize(cwd);
    let dir = dir.to_string_lossy();
    let separator = std::path::MAIN_SEPARATOR;
    bindings
        .iter()
        .filter_map(|(bound, profile)| Some((bound, profile.as_str()?)))
        // wrangler compares strings: the directory itself, or a child of it (a bound `/` only
        // matches `/`, as there).
        .filter(|(bound, _)| {
            dir == bound.as_str()
                || (dir.starts_with(bound.as_str()) && dir[bound.len()..].starts_with(separator))
        })
        .max_by_key(|(bound, _)| bound.len())
        .map(|(bound, profile)| (bound.clone(), profile.to_string()))
}

/// The directory wrangler resolves profiles from: the `--config` file's folder, else `cwd`.
pub fn resolution_dir(cwd: &Path, config: Option<&Path>) -> PathBuf {
    match config {
        Some(file) => normalize(&cwd.join(file))
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| cwd.to_path_buf()),
        None => normalize(cwd),
    }
}

/// `path.resolve` without touching the disk: `.` dropped, `..` taken back.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_with(bindings: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("profiles")).unwrap();
        std::fs::write(bindings_file(dir.path()), bindings).unwrap();
        dir
    }

    #[test]
    fn the_longest_bound_parent_wins_and_prefixes_are_not_parents() {
        let cfg = config_with(r#"{"/p": "outer", "/p/inner": "inner", "/p/in": "no"}"#);
        let at = |cwd: &str| {
            choose(None, Some(cfg.path()), Path::new(cwd))
                .unwrap()
                .map(|c| c.name)
        };
        assert_eq!(at("/p/inner/x/y").as_deref(), Some("inner"));
        assert_eq!(at("/p/inner").as_deref(), Some("inner"));
        assert_eq!(at("/p/inside").as_deref(), Some("outer"));
        assert_eq!(at("/pq").as_deref(), None);
        assert_eq!(at("/p/./inner/../inner").as_deref(), Some("inner"));
    }

    #[test]
    fn the_variable_beats_a_binding_and_reserved_names_are_refused() {
        let cfg = config_with(r#"{"/p": "work"}"#);
        let choice = choose(Some("ci"), Some(cfg.path()), Path::new("/p")).unwrap();
        assert_eq!(choice.unwrap().reason, ProfileReason::AuthProfileVariable);
        assert_eq!(
            choose(Some("default"), Some(cfg.path()), Path::new("/p"))
                .unwrap()
                .unwrap()
                .name,
            "default"
        );
        for bad in ["staging", "Staging", "DEFAULT", "a b"] {
            assert!(choose(Some(bad), None, Path::new("/")).is_err(), "{bad}");
        }
        let cfg = config_with(r#"{"/p": "staging"}"#);
        assert!(choose(None, Some(cfg.path()), Path::new("/p")).is_err());
    }

    #[test]
    fn a_malformed_bindings_file_is_no_binding() {
        for text in ["{", "[]", r#"{"/p": 5}"#] {
            let cfg = config_with(text);
            assert_eq!(
                choose(None, Some(cfg.path()), Path::new("/p")).unwrap(),
                None
            );
        }
    }

    #[test]
    fn a_config_file_moves_the_directory() {
        assert_eq!(
            resolution_dir(Path::new("/a/b"), Some(Path::new("../c/wrangler.toml"))),
            PathBuf::from("/a/c")
        );
        assert_eq!(
            resolution_dir(Path::new("/a/b"), None),
            PathBuf::from("/a/b")
        );
    }
}
