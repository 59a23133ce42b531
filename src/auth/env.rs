//! The variables a run sees, the way wrangler sees them: the process environment laid over the
//! values of the `.env` files (a real variable always wins), with wrangler's rules for the
//! deprecated `CF_*` spellings (read only when the new name is absent; an empty new name hides
//! the old one). Each value remembers where it came from, so that messages can name the source
//! of a credential without ever showing it.

use std::collections::HashMap;
use std::path::PathBuf;

/// Where a variable's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Process,
    File(PathBuf),
}

/// A variable that is set and not empty (surrounding whitespace, such as the newline of
/// `$(cat token.txt)`, is dropped). Its `Debug` never shows the value: it may be a secret.
#[derive(Clone, PartialEq, Eq)]
pub struct Var {
    /// The name it was read under: the new one or its deprecated alias.
    pub name: String,
    pub value: String,
    pub origin: Origin,
}

/// The process environment over the `.env` values, fixed for the run. Its `Debug` lists names
/// only.
#[derive(Clone, Default)]
pub struct Environment {
    process: HashMap<String, String>,
    files: HashMap<String, (String, PathBuf)>,
}

impl Var {
    /// The `.env` file the value came from; `None` for the process environment.
    pub fn file(&self) -> Option<&std::path::Path> {
        match &self.origin {
            Origin::Process => None,
            Origin::File(path) => Some(path),
        }
    }
}

impl std::fmt::Debug for Var {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Var")
            .field("name", &self.name)
            .field("value", &"(redacted)")
            .field("origin", &self.origin)
            .finish()
    }
}

impl std::fmt::Debug for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<&String> = self.process.keys().chain(self.files.keys()).collect();
        names.sort();
        names.dedup();
        f.debug_struct("Environment")
            .field("names", &names)
            .finish()
    }
}

impl Environment {
    /// The real process environment and the values of the `.env` files given, in order (a later
    /// file overrides an earlier one).
    pub fn from_process(files: Vec<(String, String, PathBuf)>) -> Environment {
        let process = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect();
        Environment::new(process, files)
    }

    pub fn new(
        process: HashMap<String, String>,
        files: Vec<(String, String, PathBuf)>,
    ) -> Environment {
        let mut from_files = HashMap::new();
        for (name, value, path) in files {
            from_files.insert(name, (value, path));
        }
        Environment {
            process,
            files: from_files,
        }
    }

    /// Only the given variables, no files (unit tests).
    pub fn of(vars: &[(&str, &str)]) -> Environment {
        Environment::new(
            vars.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            Vec::new(),
        )
    }

    /// The value as the process would see it after wrangler's `.env` loading, empty or not.
    fn raw(&self, name: &str) -> Option<(String, Origin)> {
        if let Some(value) = self.process.get(name) {
            return Some((value.clone(), Origin::Process));
        }
        self.files
            .get(name)
            .map(|(value, path)| (value.clone(), Origin::File(path.clone())))
    }

    /// Whether the variable exists at all (an empty value counts).
    pub fn is_present(&self, name: &str) -> bool {
        self.raw(name).is_some()
    }

    /// The variable when set and not empty.
    pub fn get(&self, name: &str) -> Option<Var> {
        let (value, origin) = self.raw(name)?;
        let value = value.trim();
        (!value.is_empty()).then(|| Var {
            name: name.to_string(),
            value: value.to_string(),
            origin,
        })
    }

    /// `name`, or its deprecated spelling when `name` is absent (an empty `name` hides it).
    pub fn get_or_legacy(&self, name: &str, legacy: &str) -> Option<Var> {
        if self.is_present(name) {
            self.get(name)
        } else {
            self.get(legacy)
        }
    }

    /// The plain value, for settings that are not secrets.
    pub fn value(&self, name: &str) -> Option<String> {
        self.get(name).map(|var| var.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_variables_win_over_files() {
        let env = Environment::new(
            [("A".to_string(), "real".to_string())].into(),
            vec![
                ("A".into(), "file".into(), PathBuf::from(".env")),
                ("B".into(), "one".into(), PathBuf::from(".env")),
                ("B".into(), "two".into(), PathBuf::from(".env.local")),
            ],
        );
        assert_eq!(env.get("A").unwrap().value, "real");
        assert_eq!(env.get("A").unwrap().origin, Origin::Process);
        let b = env.get("B").unwrap();
        assert_eq!(b.value, "two");
        assert_eq!(b.origin, Origin::File(PathBuf::from(".env.local")));
    }

    #[test]
    fn debug_output_hides_values() {
        let env = Environment::of(&[("CLOUDFLARE_API_TOKEN", "s3cret")]);
        let var = env.get("CLOUDFLARE_API_TOKEN").unwrap();
        let shown = format!("{env:?} {var:?}");
        assert!(
            shown.contains("CLOUDFLARE_API_TOKEN") && !shown.contains("s3cret"),
            "{shown}"
        );
    }

    #[test]
    fn an_empty_new_name_hides_the_legacy_one() {
        let env = Environment::of(&[("CLOUDFLARE_API_TOKEN", ""), ("CF_API_TOKEN", "old")]);
        assert_eq!(
            env.get_or_legacy("CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"),
            None
        );
        let env = Environment::of(&[("CF_API_TOKEN", " old\n")]);
        let var = env
            .get_or_legacy("CLOUDFLARE_API_TOKEN", "CF_API_TOKEN")
            .unwrap();
        assert_eq!(
            (var.name.as_str(), var.value.as_str()),
            ("CF_API_TOKEN", "old")
        );
    }
}
