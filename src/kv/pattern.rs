//! Name patterns that filter key listings after the prefix: a glob (`--match`), a regular
//! expression (`--regex`), or, in the browser, plain text that a name must contain. Shared by
//! `key list`, `bulk delete`, `bulk export` and `wkv browse`, so what people find in the
//! browser they can script with the same syntax. `copy --match` uses the same glob.
//! Not `globset`: it reads `{a,b}` as alternatives where ours keeps `{` literal, its `\`
//! escapes depend on the platform, and it adds crates for a 50-line translation to a regex.

use regex::Regex;

use crate::error::WkvError;

/// A test on key names.
#[derive(Debug, Clone)]
pub enum NamePattern {
    /// The name contains this text.
    Contains(String),
    /// The whole name matches a glob: `*` any run of characters, `?` one character, `[...]` a
    /// set (`[!...]` its complement), `\` escapes the next character.
    Glob { source: String, regex: Regex },
    /// The name contains a match of this regular expression (anchor with `^`/`$`).
    Regex(Regex),
}

impl NamePattern {
    pub fn glob(glob: &str) -> Result<NamePattern, WkvError> {
        let regex = Regex::new(&glob_to_regex(glob)?)
            .map_err(|e| WkvError::usage(format!("invalid glob `{glob}`: {e}")))?;
        Ok(NamePattern::Glob {
            source: glob.to_string(),
            regex,
        })
    }

    pub fn regex(source: &str) -> Result<NamePattern, WkvError> {
        Regex::new(source)
            .map(NamePattern::Regex)
            .map_err(|e| WkvError::usage(format!("invalid regular expression `{source}`: {e}")))
    }

    /// The pattern of the `--match GLOB` / `--regex RE` flags (clap keeps them exclusive).
    pub fn from_flags(
        glob: Option<&str>,
        regex: Option<&str>,
    ) -> Result<Option<NamePattern>, WkvError> {
        match (glob, regex) {
            (Some(glob), _) => NamePattern::glob(glob).map(Some),
            (None, Some(regex)) => NamePattern::regex(regex).map(Some),
            (None, None) => Ok(None),
        }
    }

    /// What the browser's filter box means: empty is no filter; `~RE` a regular expression;
    /// text with `*`, `?` or `[` a glob; anything else a substring of the name.
    pub fn from_filter_text(text: &str) -> Result<Option<NamePattern>, WkvError> {
        if text.is_empty() {
            return Ok(None);
        }
        if let Some(regex) = text.strip_prefix('~') {
            return NamePattern::regex(regex).map(Some);
        }
        if text.contains(['*', '?', '[']) {
            return NamePattern::glob(text).map(Some);
        }
        Ok(Some(NamePattern::Contains(text.to_string())))
    }

    pub fn matches(&self, name: &str) -> bool {
        match self {
            NamePattern::Contains(text) => name.contains(text.as_str()),
            NamePattern::Glob { regex, .. } | NamePattern::Regex(regex) => regex.is_match(name),
        }
    }

    /// The pattern in words, for confirmations: ``matching glob `a*` ``.
    pub fn describe(&self) -> String {
        match self {
            NamePattern::Contains(text) => format!("containing `{text}`"),
            NamePattern::Glob { source, .. } => format!("matching glob `{source}`"),
            NamePattern::Regex(regex) => format!("matching regex `{}`", regex.as_str()),
        }
    }
}

/// Translates a glob into an anchored regular expression; every other character is literal.
fn glob_to_regex(glob: &str) -> Result<String, WkvError> {
    let mut out = String::from("^(?s:");
    let mut chars = glob.chars();
    while let Some(c) = chars.next() {
        match c {
            '*' => out.push_str(".*"),
            '?' => out.push('.'),
            '\\' => match chars.next() {
                Some(escaped) => out.push_str(&regex::escape(&escaped.to_string())),
                None => {
                    return Err(WkvError::usage(format!(
                        "invalid glob `{glob}`: it ends with `\\`"
                    )))
                }
            },
            '[' => {
                let mut set = String::from("[");
                let mut closed = false;
                let mut first = true;
                while let Some(c) = chars.next() {
                    match c {
                        ']' if !first => {
                            closed = true;
                            break;
                        }
                        '!' | '^' if first => set.push('^'),
                        '\\' => match chars.next() {
                            Some(escaped) => set.push_str(&regex::escape(&escaped.to_string())),
                            None => break,
                        },
                        // Characters special inside a regex class but literal in a glob set.
                        '[' | '&' | '~' => {
                            set.push('\\');
                            set.push(c);
                        }
                        ']' => set.push_str("\\]"),
                        other => set.push(other),
                    }
                    first = false;
                }
                if !closed {
                    return Err(WkvError::usage(format!(
                        "invalid glob `{glob}`: a `[` set is not closed with `]`"
                    )));
                }
                set.push(']');
                out.push_str(&set);
            }
            other => out.push_str(&regex::escape(&other.to_string())),
        }
    }
    out.push_str(")$");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glob(g: &str) -> NamePattern {
        NamePattern::glob(g).unwrap()
    }

    #[test]
    fn globs_match_whole_names() {
        assert!(glob("user:*").matches("user:1"));
        assert!(glob("user:*").matches("user:"));
        assert!(!glob("user:*").matches("a-user:1"));
        assert!(glob("*:png").matches("binary:png"));
        assert!(glob("k?y").matches("key"));
        assert!(!glob("k?y").matches("kkey"));
        assert!(glob("*").matches("with\nnewline"));
    }

    #[test]
    fn glob_sets_and_escapes() {
        assert!(glob("user:[12]").matches("user:1"));
        assert!(!glob("user:[12]").matches("user:3"));
        assert!(glob("user:[!12]").matches("user:3"));
        assert!(glob("v[a-c]").matches("vb"));
        assert!(glob("a\\*b").matches("a*b"));
        assert!(!glob("a\\*b").matches("axb"));
        assert!(glob("a.b").matches("a.b"));
        assert!(
            !glob("a.b").matches("axb"),
            "regex metacharacters are literal"
        );
        assert!(glob("[]]").matches("]"));
        // Braces are plain characters, not alternatives.
        assert!(glob("a{b,c}").matches("a{b,c}"));
        assert!(!glob("a{b,c}").matches("ab"));
    }

    #[test]
    fn bad_patterns_are_usage_errors() {
        for bad in ["[abc", "abc\\"] {
            let err = NamePattern::glob(bad).unwrap_err();
            assert_eq!(err.kind, crate::error::ErrorKind::Usage, "{bad}");
        }
        assert!(NamePattern::regex("(").is_err());
    }

    #[test]
    fn regexes_search_within_names() {
        let re = NamePattern::regex("^user:[0-9]+$").unwrap();
        assert!(re.matches("user:12"));
        assert!(!re.matches("user:x"));
        assert!(NamePattern::regex("png").unwrap().matches("binary:png"));
    }

    #[test]
    fn filter_text_picks_the_kind() {
        let plain = NamePattern::from_filter_text("ses").unwrap().unwrap();
        assert!(plain.matches("session:1"));
        assert!(plain.matches("my-session"));
        let star = NamePattern::from_filter_text("ses*").unwrap().unwrap();
        assert!(star.matches("session:1"));
        assert!(!star.matches("my-session"));
        let re = NamePattern::from_filter_text("~^s.*1$").unwrap().unwrap();
        assert!(re.matches("session:1"));
        assert!(NamePattern::from_filter_text("").unwrap().is_none());
    }
}
