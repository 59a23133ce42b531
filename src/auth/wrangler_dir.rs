//! Where wrangler keeps its global config (and so its login), found exactly as wrangler 4 finds
//! it: a `~/.wrangler` directory wins; otherwise `$XDG_CONFIG_HOME/.wrangler` on every OS, or
//! the OS default base (`~/.config` on Linux, `~/Library/Preferences` on macOS,
//! `%APPDATA%\xdg.config` on Windows) plus `.wrangler`. The `dirs` crate's `config_dir()` is not
//! used here on purpose: it differs from wrangler's choice on macOS and Windows. The functions
//! take the OS and the variables as arguments so every layout can be tested on any machine.

use std::path::{Path, PathBuf};

/// The operating systems whose layouts differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Linux,
    MacOs,
    Windows,
}

impl Os {
    pub fn current() -> Os {
        if cfg!(target_os = "macos") {
            Os::MacOs
        } else if cfg!(windows) {
            Os::Windows
        } else {
            Os::Linux
        }
    }

    fn join(self, base: &str, parts: &[&str]) -> PathBuf {
        // Windows paths are built with backslashes even when tested on another OS.
        if self == Os::Windows {
            let mut text = base.trim_end_matches(['\\', '/']).to_string();
            for part in parts {
                text.push('\\');
                text.push_str(part);
            }
            PathBuf::from(text)
        } else {
            let mut path = PathBuf::from(base);
            path.extend(parts);
            path
        }
    }
}

/// The home directory as Node's `os.homedir()` sees it: `$HOME` on POSIX; `USERPROFILE`, then
/// `HOME`, then `HOMEDRIVE` + `HOMEPATH` on Windows; else what the OS says.
pub fn home_dir(os: Os, var: &dyn Fn(&str) -> Option<String>) -> Option<String> {
    let set = |name: &str| var(name).filter(|v| !v.is_empty());
    let from_vars = match os {
        Os::Windows => set("USERPROFILE")
            .or_else(|| set("HOME"))
            .or_else(|| Some(format!("{}{}", set("HOMEDRIVE")?, set("HOMEPATH")?))),
        _ => set("HOME"),
    };
    from_vars.or_else(|| dirs::home_dir().map(|p| p.to_string_lossy().into_owned()))
}

/// wrangler's global config directory (`<cfg>`).
pub fn config_dir(
    os: Os,
    var: &dyn Fn(&str) -> Option<String>,
    is_dir: &dyn Fn(&Path) -> bool,
) -> Option<PathBuf> {
    let home = home_dir(os, var);
    if let Some(home) = &home {
        let legacy = os.join(home, &[".wrangler"]);
        if is_dir(&legacy) {
            return Some(legacy);
        }
    }
    if let Some(xdg) = var("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        return Some(os.join(&xdg, &[".wrangler"]));
    }
    match os {
        Os::Linux => Some(os.join(&home?, &[".config", ".wrangler"])),
        Os::MacOs => Some(os.join(&home?, &["Library", "Preferences", ".wrangler"])),
        Os::Windows => {
            let app_data = var("APPDATA").filter(|v| !v.is_empty()).or_else(|| {
                Some(
                    os.join(&home?, &["AppData", "Roaming"])
                        .to_string_lossy()
                        .into_owned(),
                )
            })?;
            Some(os.join(&app_data, &["xdg.config", ".wrangler"]))
        }
    }
}

/// The base name of a session file: `default`, `staging` under
/// `WRANGLER_API_ENVIRONMENT=staging`, or a wrangler profile's name.
pub fn session_base_name(profile: Option<&str>, staging: bool) -> String {
    match profile {
        Some(name) if name != "default" => name.to_string(),
        _ if staging => "staging".to_string(),
        _ => "default".to_string(),
    }
}

/// `<cfg>/config/<base>.toml`.
pub fn session_file(config_dir: &Path, base: &str) -> PathBuf {
    config_dir.join("config").join(format!("{base}.toml"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn vars(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    fn no_dirs(_: &Path) -> bool {
        false
    }

    #[test]
    fn linux_layout() {
        let dir = config_dir(Os::Linux, &vars(&[("HOME", "/home/u")]), &no_dirs).unwrap();
        assert_eq!(dir, PathBuf::from("/home/u/.config/.wrangler"));
        let dir = config_dir(
            Os::Linux,
            &vars(&[("HOME", "/home/u"), ("XDG_CONFIG_HOME", "/x")]),
            &no_dirs,
        )
        .unwrap();
        assert_eq!(dir, PathBuf::from("/x/.wrangler"));
        let dir = config_dir(
            Os::Linux,
            &vars(&[("HOME", "/home/u"), ("XDG_CONFIG_HOME", "")]),
            &no_dirs,
        )
        .unwrap();
        assert_eq!(dir, PathBuf::from("/home/u/.config/.wrangler"));
    }

    #[test]
    fn macos_layout() {
        let dir = config_dir(Os::MacOs, &vars(&[("HOME", "/Users/u")]), &no_dirs).unwrap();
        assert_eq!(dir, PathBuf::from("/Users/u/Library/Preferences/.wrangler"));
        let dir = config_dir(
            Os::MacOs,
            &vars(&[("HOME", "/Users/u"), ("XDG_CONFIG_HOME", "/Users/u/.cfg")]),
            &no_dirs,
        )
        .unwrap();
        assert_eq!(dir, PathBuf::from("/Users/u/.cfg/.wrangler"));
    }

    #[test]
    fn windows_layout() {
        let env = vars(&[
            ("USERPROFILE", r"C:\Users\u"),
            ("APPDATA", r"C:\Users\u\AppData\Roaming"),
        ]);
        let dir = config_dir(Os::Windows, &env, &no_dirs).unwrap();
        assert_eq!(
            dir,
            PathBuf::from(r"C:\Users\u\AppData\Roaming\xdg.config\.wrangler")
        );
        // Without APPDATA, the roaming folder under the home directory.
        let env = vars(&[("HOMEDRIVE", "D:"), ("HOMEPATH", r"\home")]);
        let dir = config_dir(Os::Windows, &env, &no_dirs).unwrap();
        assert_eq!(
            dir,
            PathBuf::from(r"D:\home\AppData\Roaming\xdg.config\.wrangler")
        );
        let env = vars(&[
            ("USERPROFILE", r"C:\Users\u"),
            ("XDG_CONFIG_HOME", r"E:\cfg"),
        ]);
        assert_eq!(
            config_dir(Os::Windows, &env, &no_dirs).unwrap(),
            PathBuf::from(r"E:\cfg\.wrangler")
        );
    }

    #[test]
    fn a_legacy_home_directory_wins_everywhere() {
        for (os, home, expected) in [
            (Os::Linux, "/home/u", "/home/u/.wrangler"),
            (Os::MacOs, "/Users/u", "/Users/u/.wrangler"),
            (Os::Windows, r"C:\Users\u", r"C:\Users\u\.wrangler"),
        ] {
            let env = vars(&[
                ("HOME", home),
                ("USERPROFILE", home),
                ("XDG_CONFIG_HOME", "/x"),
            ]);
            let legacy = PathBuf::from(expected);
            let is_dir = move |p: &Path| p == legacy.as_path();
            assert_eq!(
                config_dir(os, &env, &is_dir).unwrap(),
                PathBuf::from(expected),
                "{os:?}"
            );
        }
    }

    #[test]
    fn session_files_per_environment_and_profile() {
        assert_eq!(session_base_name(None, false), "default");
        assert_eq!(session_base_name(None, true), "staging");
        assert_eq!(session_base_name(Some("default"), true), "staging");
        assert_eq!(session_base_name(Some("work"), true), "work");
        assert_eq!(
            session_file(Path::new("/c"), "default"),
            PathBuf::from("/c/config/default.toml")
        );
    }
}
