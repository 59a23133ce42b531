//! The text of wrangler's session file (`<cfg>/config/default.toml`): read leniently (any RFC
//! 3339 or bare TOML datetime, any key order, unknown keys ignored) and written exactly as
//! wrangler 4.86 writes it with smol-toml: `oauth_token`, `expiration_time`, `refresh_token`,
//! `scopes` in that order, absent keys left out, strings JSON-quoted (with DEL escaped), arrays
//! as `[ "a", "b" ]`, one trailing newline. Parse errors name the line, never its content: the
//! line may hold a token.

use crate::error::WkvError;

/// What the file holds. `Debug` is redacted.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct SessionFile {
    pub oauth_token: Option<String>,
    pub expiration_time: Option<String>,
    pub refresh_token: Option<String>,
    pub scopes: Option<Vec<String>>,
    /// Written only by wrangler 1's `wrangler config`; never refreshed.
    pub api_token: Option<String>,
}

impl std::fmt::Debug for SessionFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionFile")
            .field(
                "oauth_token",
                &self.oauth_token.as_ref().map(|_| "(redacted)"),
            )
            .field("expiration_time", &self.expiration_time)
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "(redacted)"),
            )
            .field("scopes", &self.scopes)
            .field("api_token", &self.api_token.as_ref().map(|_| "(redacted)"))
            .finish()
    }
}

impl SessionFile {
    /// Reads the file's text; `what` names the file in errors.
    pub fn parse(text: &str, what: &str) -> anyhow::Result<SessionFile> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map(|span| text[..span.start.min(text.len())].lines().count().max(1));
            let at = line.map(|l| format!(" at line {l}")).unwrap_or_default();
            malformed(what, &format!("it is not valid TOML{at}"))
        })?;
        let string = |key: &str| -> anyhow::Result<Option<String>> {
            match table.get(key) {
                None => Ok(None),
                Some(toml::Value::String(s)) => Ok(Some(s.clone())),
                Some(toml::Value::Datetime(d)) if key == "expiration_time" => {
                    Ok(Some(d.to_string()))
                }
                Some(_) => Err(malformed(what, &format!("`{key}` is not a string"))),
            }
        };
        let scopes = match table.get("scopes") {
            None => None,
            Some(toml::Value::Array(items)) => Some(
                items
                    .iter()
                    .map(|item| item.as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
                    .ok_or_else(|| malformed(what, "`scopes` is not a list of strings"))?,
            ),
            Some(_) => return Err(malformed(what, "`scopes` is not a list of strings")),
        };
        Ok(SessionFile {
            oauth_token: string("oauth_token")?,
            expiration_time: string("expiration_time")?,
            refresh_token: string("refresh_token")?,
            scopes,
            api_token: string("api_token")?,
        })
    }

    /// The file as wrangler writes it after a login or a refresh (only the four OAuth keys).
    pub fn to_wrangler_toml(&self) -> String {
        let mut out = String::new();
        let mut line = |key: &str, value: String| {
            out.push_str(key);
            out.push_str(" = ");
            out.push_str(&value);
            out.push('\n');
        };
        if let Some(v) = &self.oauth_token {
            line("oauth_token", quote(v));
        }
        if let Some(v) = &self.expiration_time {
            line("expiration_time", quote(v));
        }
        if let Some(v) = &self.refresh_token {
            line("refresh_token", quote(v));
        }
        if let Some(scopes) = &self.scopes {
            let value = if scopes.is_empty() {
                "[]".to_string()
            } else {
                let items: Vec<String> = scopes.iter().map(|s| quote(s)).collect();
                format!("[ {} ]", items.join(", "))
            };
            line("scopes", value);
        }
        if out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// A string as smol-toml writes it: `JSON.stringify`, then DEL as `\u007f`.
fn quote(value: &str) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('\u{7f}', "\\u007f")
}

fn malformed(what: &str, why: &str) -> anyhow::Error {
    WkvError::usage(format!(
        "wrangler's session file `{what}` is malformed: {why}"
    ))
    .with_hint("run `wrangler login` to write it again, or set CLOUDFLARE_API_TOKEN")
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const WRITTEN: &str = "oauth_token = \"tok\"\nexpiration_time = \"2026-08-22T19:55:46.123Z\"\nrefresh_token = \"ref\"\nscopes = [ \"account:read\", \"offline_access\" ]\n";

    #[test]
    fn round_trips_wranglers_format() {
        let file = SessionFile::parse(WRITTEN, "f").unwrap();
        assert_eq!(file.oauth_token.as_deref(), Some("tok"));
        assert_eq!(file.scopes.as_ref().unwrap().len(), 2);
        assert_eq!(file.to_wrangler_toml(), WRITTEN);
    }

    #[test]
    fn writes_like_smol_toml() {
        let file = SessionFile {
            oauth_token: Some("a\"b\\c\u{7f}\u{1}".into()),
            expiration_time: None,
            refresh_token: None,
            scopes: Some(Vec::new()),
            api_token: Some("dropped".into()),
        };
        assert_eq!(
            file.to_wrangler_toml(),
            "oauth_token = \"a\\\"b\\\\c\\u007f\\u0001\"\nscopes = []\n"
        );
    }

    #[test]
    fn reads_bare_datetimes_and_legacy_tokens() {
        let file = SessionFile::parse(
            "expiration_time = 2099-01-01T00:00:00Z\napi_token = \"legacy\"\n",
            "f",
        )
        .unwrap();
        assert_eq!(
            file.expiration_time.as_deref(),
            Some("2099-01-01T00:00:00Z")
        );
        assert_eq!(file.api_token.as_deref(), Some("legacy"));
    }

    #[test]
    fn errors_never_quote_the_file() {
        for text in [
            "oauth_token = \"s3cret-tok\nrefresh_token = 1",
            "oauth_token = 5",
            "scopes = [1]",
            "oauth_token = s3cret-tok",
        ] {
            let err = SessionFile::parse(text, "f").unwrap_err();
            let shown = format!("{err:#} {err:?}");
            assert!(!shown.contains("s3cret"), "{shown}");
            assert!(shown.contains("malformed"), "{shown}");
        }
        let file = SessionFile::parse(WRITTEN, "f").unwrap();
        assert!(!format!("{file:?}").contains("tok\""));
    }
}
