//! Reading one config file into a `Config`: TOML with the `toml` crate, JSON and JSONC with
//! `jsonc-parser` (wrangler parses both `.json` and `.jsonc` as JSONC, so comments and trailing
//! commas work in either), then applying the `--env` section. Fields wkv does not use are
//! ignored; the fields it uses are checked and a wrong one is a usage error naming the file.

use std::path::Path;

use serde_json::{Map, Value};

use super::text_position::line_and_column;
use super::{Config, ConfigFormat, KvBinding};
use crate::error::WkvError;

type Table = Map<String, Value>;

/// Reads, parses and resolves the config at `path` for the environment `env` (`None`: top level).
pub fn read_config(path: &Path, env: Option<&str>) -> anyhow::Result<Config> {
    let format = format_of(path)?;
    let bytes = super::limits::read_bounded(path)?;
    let text = String::from_utf8(bytes).map_err(|_| {
        WkvError::usage(format!(
            "the config file `{}` is not valid UTF-8",
            path.display()
        ))
    })?;
    // Editors on Windows like to start files with a byte-order mark; neither parser accepts it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    super::limits::check_depth(text, format, path)?;
    let root = parse_text(text, format, path)?;
    resolve(&root, env, path, format)
}

/// The format a file name implies. wrangler decides by extension too.
pub fn format_of(path: &Path) -> anyhow::Result<ConfigFormat> {
    let extension = path
        .extension()
        .and_then(|ext| ext.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("toml") => Ok(ConfigFormat::Toml),
        Some("json") => Ok(ConfigFormat::Json),
        Some("jsonc") => Ok(ConfigFormat::Jsonc),
        _ => Err(WkvError::usage(format!(
            "cannot tell the format of the config file `{}`: its name must end in .toml, .json or .jsonc",
            path.display()
        ))
        .into()),
    }
}

/// Parses the text into its top-level table, turning syntax errors into usage errors that name
/// the file, line and column.
pub fn parse_text(text: &str, format: ConfigFormat, path: &Path) -> anyhow::Result<Table> {
    let value = match format {
        ConfigFormat::Toml => {
            let table = text.parse::<toml::Table>().map_err(|err| {
                let offset = err.span().map_or(0, |span| span.start);
                let (line, column) = line_and_column(text, offset);
                syntax_error(path, line, column, err.message())
            })?;
            serde_json::to_value(table).map_err(|err| {
                WkvError::usage(format!("cannot read `{}`: {err}", path.display()))
            })?
        }
        ConfigFormat::Json | ConfigFormat::Jsonc => {
            let parsed =
                jsonc_parser::parse_to_serde_value(text, &jsonc_options()).map_err(|err| {
                    syntax_error(
                        path,
                        err.line_display(),
                        err.column_display(),
                        &err.kind().to_string(),
                    )
                })?;
            // An empty file is an empty config, as an empty TOML file is.
            parsed.unwrap_or_else(|| Value::Object(Table::new()))
        }
    };
    match value {
        Value::Object(table) => Ok(table),
        _ => Err(WkvError::usage(format!(
            "the config file `{}` must contain an object at the top level",
            path.display()
        ))
        .into()),
    }
}

/// JSONC as wrangler reads it: comments and trailing commas, but property names in quotes.
pub fn jsonc_options() -> jsonc_parser::ParseOptions {
    jsonc_parser::ParseOptions {
        allow_comments: true,
        allow_loose_object_property_names: false,
        allow_trailing_commas: true,
    }
}

fn syntax_error(path: &Path, line: usize, column: usize, message: &str) -> WkvError {
    WkvError::usage(format!(
        "cannot parse the config file `{}` at line {line}, column {column}: {}",
        path.display(),
        message.trim_end()
    ))
}

/// Applies the environment: `account_id` and `name` are inherited from the top level,
/// `kv_namespaces` is not (wrangler's rule for bindings).
fn resolve(
    root: &Table,
    env: Option<&str>,
    path: &Path,
    format: ConfigFormat,
) -> anyhow::Result<Config> {
    let Some(env) = env else {
        return Ok(Config {
            path: path.to_path_buf(),
            format,
            name: optional_string(root, "name", "", path)?,
            account_id: optional_string(root, "account_id", "", path)?,
            kv_namespaces: kv_namespaces(root.get("kv_namespaces"), "kv_namespaces", path)?,
            env: None,
        });
    };

    let section = env_section(root, env, path, format)?;
    let prefix = format!("env.{env}.");
    let top_name = optional_string(root, "name", "", path)?;
    let name = match optional_string(section, "name", &prefix, path)? {
        Some(name) => Some(name),
        // wrangler's "legacy environments" (the default) deploy an env as `<name>-<env>`;
        // with `legacy_env = false` the env shares the top-level name.
        None if root.get("legacy_env") == Some(&Value::Bool(false)) => top_name,
        None => top_name.map(|name| format!("{name}-{env}")),
    };
    let account_id = match optional_string(section, "account_id", &prefix, path)? {
        Some(account_id) => Some(account_id),
        None => optional_string(root, "account_id", "", path)?,
    };
    Ok(Config {
        path: path.to_path_buf(),
        format,
        name,
        account_id,
        kv_namespaces: kv_namespaces(
            section.get("kv_namespaces"),
            &format!("{prefix}kv_namespaces"),
            path,
        )?,
        env: Some(env.to_string()),
    })
}

/// The `env.<env>` table, or a usage error that says which environments the file defines.
fn env_section<'a>(
    root: &'a Table,
    env: &str,
    path: &Path,
    format: ConfigFormat,
) -> anyhow::Result<&'a Table> {
    let envs = match root.get("env") {
        None | Some(Value::Null) => None,
        Some(Value::Object(envs)) => Some(envs),
        Some(_) => {
            return Err(WkvError::usage(format!(
                "\"env\" in the config file `{}` must be {}",
                path.display(),
                table_word(format)
            ))
            .into())
        }
    };
    match envs.and_then(|envs| envs.get(env)) {
        Some(Value::Object(section)) => Ok(section),
        Some(_) => Err(WkvError::usage(format!(
            "\"env.{env}\" in the config file `{}` must be {}",
            path.display(),
            table_word(format)
        ))
        .into()),
        None => {
            let defined: Vec<&str> = envs
                .map(|envs| envs.keys().map(String::as_str).collect())
                .unwrap_or_default();
            let defined = if defined.is_empty() {
                "it defines no environments".to_string()
            } else {
                format!("it defines: {}", defined.join(", "))
            };
            let section = match format {
                ConfigFormat::Toml => format!("an [env.{env}] section"),
                ConfigFormat::Json | ConfigFormat::Jsonc => {
                    format!("an \"env\": {{ \"{env}\": {{ ... }} }} section")
                }
            };
            Err(WkvError::usage(format!(
                "environment \"{env}\" is not defined in the config file `{}` ({defined})",
                path.display()
            ))
            .with_hint(format!(
                "add {section}, or leave out --env to use the top level; wkv does not fall back to \
                 the top level on its own, so that a write meant for \"{env}\" cannot reach production"
            ))
            .into())
        }
    }
}

fn table_word(format: ConfigFormat) -> &'static str {
    match format {
        ConfigFormat::Toml => "a table",
        ConfigFormat::Json | ConfigFormat::Jsonc => "an object",
    }
}

/// A string field that may be absent (or `null` in JSON); any other type is a usage error.
fn optional_string(
    table: &Table,
    key: &str,
    prefix: &str,
    path: &Path,
) -> anyhow::Result<Option<String>> {
    match table.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(value)) => Ok(Some(value.clone())),
        Some(_) => Err(WkvError::usage(format!(
            "\"{prefix}{key}\" in the config file `{}` must be a string",
            path.display()
        ))
        .into()),
    }
}

/// Parses a `kv_namespaces` list; `label` is where it sits, for messages.
fn kv_namespaces(
    value: Option<&Value>,
    label: &str,
    path: &Path,
) -> anyhow::Result<Vec<KvBinding>> {
    let items = match value {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => {
            return Err(WkvError::usage(format!(
                "\"{label}\" in the config file `{}` must be a list of {{binding, id, preview_id}} entries",
                path.display()
            ))
            .into())
        }
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let location = format!("{label}[{index}]");
            let Value::Object(entry) = item else {
                return Err(WkvError::usage(format!(
                    "\"{location}\" in the config file `{}` must be a {{binding, id, preview_id}} entry",
                    path.display()
                ))
                .into());
            };
            let prefix = format!("{location}.");
            let binding = optional_string(entry, "binding", &prefix, path)?
                .filter(|binding| !binding.is_empty())
                .ok_or_else(|| {
                    WkvError::usage(format!(
                        "\"{location}\" in the config file `{}` has no \"binding\": every KV namespace \
                         entry needs the name the Worker uses for it",
                        path.display()
                    ))
                })?;
            Ok(KvBinding {
                binding,
                id: optional_string(entry, "id", &prefix, path)?,
                preview_id: optional_string(entry, "preview_id", &prefix, path)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_support::{expect_usage, write};

    #[test]
    fn the_extension_decides_the_format() {
        assert_eq!(
            format_of(Path::new("x/wrangler.toml")).unwrap(),
            ConfigFormat::Toml
        );
        assert_eq!(format_of(Path::new("a.JSON")).unwrap(), ConfigFormat::Json);
        assert_eq!(
            format_of(Path::new("a.jsonc")).unwrap(),
            ConfigFormat::Jsonc
        );
        let message = expect_usage(format_of(Path::new("wrangler.yaml")));
        assert!(message.contains("wrangler.yaml"), "{message}");
        assert!(message.contains(".toml, .json or .jsonc"), "{message}");
    }

    #[test]
    fn toml_syntax_errors_name_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.toml", "name = \"w\"\naccount_id = \n");
        let message = expect_usage(read_config(&path, None));
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("line 2, column"), "{message}");
    }

    #[test]
    fn jsonc_syntax_errors_name_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "wrangler.jsonc",
            "{\n  // a comment\n  \"name\": \"w\",\n  \"account_id\": ,\n}\n",
        );
        let message = expect_usage(read_config(&path, None));
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(message.contains("line 4, column 17"), "{message}");
    }

    #[test]
    fn unquoted_keys_are_rejected_as_wrangler_rejects_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.json", "{\n  name: \"w\"\n}");
        let message = expect_usage(read_config(&path, None));
        assert!(message.contains("line 2, column 3"), "{message}");
    }

    #[test]
    fn a_top_level_that_is_not_an_object_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.json", "[1, 2]");
        let message = expect_usage(read_config(&path, None));
        assert!(message.contains("object at the top level"), "{message}");
    }

    #[test]
    fn an_empty_file_is_an_empty_config() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["wrangler.json", "wrangler.toml"] {
            let path = write(dir.path(), name, "");
            let config = read_config(&path, None).unwrap();
            assert_eq!(config.name, None);
            assert!(config.kv_namespaces.is_empty());
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.json", "\u{feff}{\"name\": \"w\"}");
        assert_eq!(read_config(&path, None).unwrap().name.as_deref(), Some("w"));
    }

    #[test]
    fn wrong_types_are_usage_errors_naming_the_field() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            ("{\"account_id\": 5}", "\"account_id\""),
            ("{\"kv_namespaces\": {}}", "\"kv_namespaces\""),
            ("{\"kv_namespaces\": [\"X\"]}", "\"kv_namespaces[0]\""),
            (
                "{\"kv_namespaces\": [{\"binding\": \"A\", \"id\": 1}]}",
                "\"kv_namespaces[0].id\"",
            ),
        ];
        for (text, field) in cases {
            let path = write(dir.path(), "wrangler.json", text);
            let message = expect_usage(read_config(&path, None));
            assert!(message.contains(field), "{text}: {message}");
            assert!(
                message.contains(&path.display().to_string()),
                "{text}: {message}"
            );
        }
    }

    #[test]
    fn a_kv_entry_without_binding_is_a_usage_error_naming_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "wrangler.toml",
            "[[kv_namespaces]]\nbinding = \"A\"\nid = \"1\"\n\n[[kv_namespaces]]\nid = \"2\"\n",
        );
        let message = expect_usage(read_config(&path, None));
        assert!(message.contains("\"kv_namespaces[1]\""), "{message}");
        assert!(message.contains("has no \"binding\""), "{message}");
        assert!(message.contains(&path.display().to_string()), "{message}");
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "wrangler.toml",
            "name = \"w\"\nmain = \"src/index.ts\"\ncompatibility_date = 2024-01-01\n\
             [vars]\nA = 1\n[[kv_namespaces]]\nbinding = \"A\"\nid = \"1\"\nremote = true\n",
        );
        let config = read_config(&path, None).unwrap();
        assert_eq!(
            config.kv_namespaces,
            vec![KvBinding {
                binding: "A".into(),
                id: Some("1".into()),
                preview_id: None
            }]
        );
    }
}
