//! wkv's own sign-in profiles, for people with several accounts or no browser: API tokens saved
//! by `wkv auth login` in `profiles.toml` under `dirs::config_dir()/wkv/` (e.g.
//! `~/.config/wkv/profiles.toml` on Linux), mode 0600, replaced atomically. Each profile has a
//! token and optionally a default account; one profile may be the default.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::WkvError;

pub const FILE_NAME: &str = "profiles.toml";

/// One saved sign-in. `Debug` is redacted.
#[derive(Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Profile {
    pub token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Profile")
            .field("token", &"(redacted)")
            .field("account_id", &self.account_id)
            .field("account_name", &self.account_name)
            .finish()
    }
}

/// The whole file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Profiles {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// Where the profiles live.
#[derive(Debug, Clone)]
pub struct ProfileStore {
    pub path: PathBuf,
}

impl ProfileStore {
    /// `dirs::config_dir()/wkv/profiles.toml`; `None` when the OS has no config directory.
    pub fn default_location() -> Option<ProfileStore> {
        Some(ProfileStore {
            path: dirs::config_dir()?.join("wkv").join(FILE_NAME),
        })
    }

    pub fn at(path: impl Into<PathBuf>) -> ProfileStore {
        ProfileStore { path: path.into() }
    }

    /// The saved profiles (none when the file does not exist).
    pub fn load(&self) -> anyhow::Result<Profiles> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Profiles::default()),
            Err(e) => {
                return Err(WkvError::failure(format!(
                    "cannot read wkv's profiles `{}`: {e}",
                    self.path.display()
                ))
                .into())
            }
        };
        // The parser's message may quote a line holding a token: say only where.
        toml::from_str(&text).map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map(|span| text[..span.start.min(text.len())].lines().count().max(1));
            WkvError::usage(format!(
                "wkv's profiles file `{}` is malformed{}",
                self.path.display(),
                line.map(|l| format!(" (line {l})")).unwrap_or_default()
            ))
            .with_hint("fix it, or delete it and sign in again with `wkv auth login`")
            .into()
        })
    }

    pub fn save(&self, profiles: &Profiles) -> anyhow::Result<()> {
        let text = toml::to_string(profiles)?;
        super::wrangler_session::write_atomically(&self.path, text.as_bytes())
    }

    pub fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// Profile names as wrangler allows them: letters, digits, `_` and `-`, and not one of the names
/// wrangler reserves (`staging`, and `default` in another case), so that a name means the same
/// to both tools. `default` itself is the profile `wkv auth login` saves without `--profile`:
/// like wrangler's `default`, the one used when nothing else is chosen.
pub fn validate_name(name: &str) -> anyhow::Result<()> {
    if name == "default" {
        return Ok(());
    }
    super::wrangler_profiles::check_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_privately_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = ProfileStore::at(dir.path().join("wkv").join(FILE_NAME));
        assert!(store.load().unwrap().profiles.is_empty());
        let mut profiles = Profiles::default();
        profiles.profiles.insert(
            "work".into(),
            Profile {
                token: "s3cret".into(),
                account_id: Some("abc".into()),
                account_name: None,
                email: None,
            },
        );
        profiles.default = Some("work".into());
        store.save(&profiles).unwrap();
        let back = store.load().unwrap();
        assert_eq!(back.default.as_deref(), Some("work"));
        assert_eq!(back.profiles["work"].token, "s3cret");
        assert!(!format!("{back:?}").contains("s3cret"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&store.path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn names_are_checked() {
        assert!(validate_name("work-2_x").is_ok());
        assert!(validate_name("default").is_ok());
        for bad in ["", "a b", "../x", "é", "staging", "Default"] {
            assert!(validate_name(bad).is_err(), "{bad}");
        }
    }
}
