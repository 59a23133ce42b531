//! `.env` files, loaded as wrangler 4 loads them: `.env`, `.env.local`, then with `-e ENV`
//! `.env.ENV` and `.env.ENV.local`, from the working directory, a later file overriding an
//! earlier one; or only the `--env-file` files when given. The syntax is the `dotenv` package's
//! (`KEY=value`, `export KEY=value`, quotes, `#` comments, multi-line quoted values), with
//! `$NAME` / `${NAME}` expanded as `dotenv-expand` does (real variables first). Missing default
//! files are skipped; a missing `--env-file` is an error.
//! Not `dotenvy`: it has no `${NAME:-default}`, no backtick quotes, no `-` in names and no
//! expansion from an earlier file, all of which wrangler's `dotenv` + `dotenv-expand` do.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::WkvError;

/// The files to read, in order.
pub fn default_files(dir: &Path, env: Option<&str>) -> Vec<PathBuf> {
    let mut names = vec![".env".to_string(), ".env.local".to_string()];
    if let Some(env) = env {
        names.push(format!(".env.{env}"));
        names.push(format!(".env.{env}.local"));
    }
    names.into_iter().map(|name| dir.join(name)).collect()
}

/// Reads the files: `(name, value, file)` in load order. `required` files must exist.
pub fn load(
    files: &[PathBuf],
    required: bool,
    process: &HashMap<String, String>,
) -> anyhow::Result<Vec<(String, String, PathBuf)>> {
    let mut loaded = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for path in files {
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => continue,
            Err(e) => {
                return Err(WkvError::usage(format!(
                    "cannot read the env file `{}`: {e}",
                    path.display()
                ))
                .into())
            }
        };
        for (name, value) in parse(&text) {
            let value = expand(&value, process, &seen);
            seen.insert(name.clone(), value.clone());
            loaded.push((name, value, path.clone()));
        }
    }
    Ok(loaded)
}

/// The `NAME=value` pairs of a file, in order, before expansion.
pub fn parse(text: &str) -> Vec<(String, RawValue)> {
    let text = text.replace("\r\n", "\n");
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = &text[pos..line_end];
        let mut next = line_end + 1;
        let trimmed = line.trim_start();
        let trimmed = trimmed
            .strip_prefix("export ")
            .map_or(trimmed, str::trim_start);
        let pair = trimmed.split_once('=').filter(|(name, _)| {
            let name = name.trim();
            !name.is_empty()
                && !name.starts_with('#')
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'))
        });
        if let Some((name, value)) = pair {
            let value = value.trim_start();
            let quote = value
                .chars()
                .next()
                .filter(|c| matches!(c, '"' | '\'' | '`'));
            let parsed = match quote {
                Some(q) => {
                    // A quoted value may run over several lines, up to its closing quote.
                    let body_start = value.as_ptr() as usize - text.as_ptr() as usize + 1;
                    match text[body_start..].find(q) {
                        Some(len) => {
                            let close = body_start + len;
                            next = text[close..]
                                .find('\n')
                                .map_or(text.len(), |i| close + i + 1);
                            RawValue::quoted(q, &text[body_start..close])
                        }
                        None => RawValue::plain(value.trim_end()),
                    }
                }
                None => {
                    let value = if value.starts_with('#') {
                        ""
                    } else {
                        value.split(" #").next().unwrap_or("")
                    };
                    RawValue::plain(value.trim())
                }
            };
            out.push((name.trim().to_string(), parsed));
        }
        pos = next;
    }
    out
}

/// A value as written, before expansion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawValue {
    pub text: String,
    pub expand: bool,
}

impl RawValue {
    fn plain(text: &str) -> RawValue {
        RawValue {
            text: text.to_string(),
            expand: true,
        }
    }

    fn quoted(quote: char, inside: &str) -> RawValue {
        match quote {
            '"' => RawValue {
                text: inside.replace("\\n", "\n").replace("\\r", "\r"),
                expand: true,
            },
            '\'' => RawValue {
                text: inside.to_string(),
                expand: false,
            },
            _ => RawValue::plain(inside),
        }
    }
}

/// `$NAME` and `${NAME}` (also `${NAME:-default}`) from the real environment, else from the
/// files read so far; `\$` is a literal dollar.
fn expand(
    value: &RawValue,
    process: &HashMap<String, String>,
    files: &HashMap<String, String>,
) -> String {
    if !value.expand || !value.text.contains('$') {
        return value.text.clone();
    }
    let lookup = |name: &str| process.get(name).or_else(|| files.get(name)).cloned();
    let text = &value.text;
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\\' && text[i + 1..].starts_with('$') {
            out.push('$');
            chars.next();
            continue;
        }
        if c != '$' {
            out.push(c);
            continue;
        }
        let rest = &text[i + 1..];
        if let Some(inner) = rest.strip_prefix('{') {
            if let Some(end) = inner.find('}') {
                let spec = &inner[..end];
                let (name, default) = match spec.split_once(":-") {
                    Some((n, d)) => (n, Some(d)),
                    None => (spec, None),
                };
                let found = lookup(name).filter(|v| !v.is_empty());
                out.push_str(&found.or(default.map(str::to_string)).unwrap_or_default());
                for _ in 0..end + 2 {
                    chars.next();
                }
                continue;
            }
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if name.is_empty() {
            out.push('$');
            continue;
        }
        out.push_str(&lookup(&name).unwrap_or_default());
        for _ in 0..name.len() {
            chars.next();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(String, String)> {
        parse(text).into_iter().map(|(n, v)| (n, v.text)).collect()
    }

    #[test]
    fn parses_the_dotenv_syntax() {
        let parsed = values(
            "# comment\nA=1\nexport B = two # trailing\nC=\"x\\ny\"\nD='$literal'\nE=\nF=\"multi\nline\"\nG=after\n  not a line\n",
        );
        let expected: Vec<(String, String)> = [
            ("A", "1"),
            ("B", "two"),
            ("C", "x\ny"),
            ("D", "$literal"),
            ("E", ""),
            ("F", "multi\nline"),
            ("G", "after"),
        ]
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        assert_eq!(parsed, expected);
    }

    #[test]
    fn expands_variables_real_ones_first() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".env");
        std::fs::write(
            &file,
            "BASE=http://x\nURL=${BASE}/v4\nHOMEY=$REAL\nD=${MISSING:-dflt}\nLIT='${BASE}'\nESC=\\$BASE\n",
        )
        .unwrap();
        let process: HashMap<String, String> = [("REAL".to_string(), "r".to_string())].into();
        let loaded = load(&[file], true, &process).unwrap();
        let get = |n: &str| {
            loaded
                .iter()
                .rev()
                .find(|(name, ..)| name == n)
                .map(|(_, v, _)| v.clone())
                .unwrap()
        };
        assert_eq!(get("URL"), "http://x/v4");
        assert_eq!(get("HOMEY"), "r");
        assert_eq!(get("D"), "dflt");
        assert_eq!(get("LIT"), "${BASE}");
        assert_eq!(get("ESC"), "$BASE");
    }

    #[test]
    fn a_missing_env_file_is_an_error_only_when_asked_for() {
        let missing = PathBuf::from("/nonexistent/.env");
        assert!(load(std::slice::from_ref(&missing), false, &HashMap::new())
            .unwrap()
            .is_empty());
        assert!(load(&[missing], true, &HashMap::new()).is_err());
    }

    #[test]
    fn env_specific_files_come_last() {
        let files = default_files(Path::new("/p"), Some("staging"));
        let names: Vec<_> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [".env", ".env.local", ".env.staging", ".env.staging.local"]
        );
    }
}
