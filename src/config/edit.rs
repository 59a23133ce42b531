//! Adding a KV binding to a config file for `namespace create --update-config`, and the snippet
//! shown to users who edit their config themselves. JSON and JSONC files are edited by inserting
//! text at positions found with jsonc-parser's syntax tree, so comments, key order and layout
//! survive; the result is re-parsed and checked before it replaces the file. TOML files are not
//! edited (a round trip through a TOML library loses comments): the error carries the snippet.

use std::path::Path;

use jsonc_parser::ast::{Array, Object, Value as Node};
use jsonc_parser::common::Ranged;
use serde_json::{json, Value};

use super::parse::jsonc_options;
use super::{Config, ConfigFormat};
use crate::error::WkvError;

/// The config text to paste for a new binding: `[[kv_namespaces]]` TOML for a TOML config, an
/// object with `kv_namespaces` otherwise; inside the env section when `env` is given. `remote`
/// adds `remote = true` (the binding then reaches the real namespace under `wrangler dev`).
pub fn kv_namespace_snippet(
    format: ConfigFormat,
    env: Option<&str>,
    binding: &str,
    id: &str,
    preview: bool,
    remote: bool,
) -> String {
    let field = id_field(preview);
    match format {
        ConfigFormat::Toml => {
            let table = match env {
                Some(env) => format!("env.{}.kv_namespaces", toml_key(env)),
                None => "kv_namespaces".to_string(),
            };
            format!(
                "[[{table}]]\nbinding = {}\n{field} = {}\n{}",
                quoted(binding),
                quoted(id),
                if remote { "remote = true\n" } else { "" }
            )
        }
        ConfigFormat::Json | ConfigFormat::Jsonc => {
            let mut entry = serde_json::Map::new();
            entry.insert("binding".into(), json!(binding));
            entry.insert(field.into(), json!(id));
            if remote {
                entry.insert("remote".into(), json!(true));
            }
            let mut snippet = json!({ "kv_namespaces": [entry] });
            if let Some(env) = env {
                snippet = json!({ "env": { env: snippet } });
            }
            serde_json::to_string_pretty(&snippet).expect("a JSON value always serializes")
        }
    }
}

/// Adds `{binding, id}` (or `{binding, preview_id}`) to `kv_namespaces` of a JSON or JSONC config
/// file, in `env.<env>` when the config was loaded with an environment. When an entry for the
/// binding exists and lacks that field, the field is added to it (so `--preview` completes an
/// existing binding); an entry that already has a different id is left alone and reported.
/// `remote` adds `"remote": true` to the entry written (or completed).
pub fn add_kv_namespace(
    config: &Config,
    binding: &str,
    id: &str,
    preview: bool,
    remote: bool,
) -> anyhow::Result<()> {
    let path = &config.path;
    let env = config.env.as_deref();
    if config.format == ConfigFormat::Toml {
        return Err(WkvError::usage(format!(
            "wkv does not edit TOML config files (their comments would be lost); add this to `{}` \
             yourself:\n\n{}",
            path.display(),
            kv_namespace_snippet(ConfigFormat::Toml, env, binding, id, preview, remote)
        ))
        .into());
    }

    let original = String::from_utf8(super::limits::read_bounded(path)?).map_err(|_| {
        WkvError::usage(format!(
            "the config file `{}` is not valid UTF-8",
            path.display()
        ))
    })?;
    super::limits::check_depth(&original, config.format, path)?;
    let (bom, text) = match original.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", original.as_str()),
    };
    let field = id_field(preview);
    let edited = match insert_binding(text, env, binding, field, id, remote) {
        Ok(Some(edited)) => edited,
        // The binding already has exactly this id: nothing to do.
        Ok(None) => return Ok(()),
        Err(reason) => {
            return Err(WkvError::usage(format!(
                "cannot add the binding \"{binding}\" to `{}`: {reason}",
                path.display()
            ))
            .with_hint(format!(
                "add this to it yourself:\n{}",
                kv_namespace_snippet(config.format, env, binding, id, preview, remote)
            ))
            .into())
        }
    };
    if !declares(&edited, env, binding, field, id, remote) {
        return Err(WkvError::failure(format!(
            "adding the binding \"{binding}\" to `{}` went wrong, so the file was left unchanged; \
             this is a bug in wkv",
            path.display()
        ))
        .into());
    }
    write_replacing(path, &format!("{bom}{edited}"))
}

fn id_field(preview: bool) -> &'static str {
    if preview {
        "preview_id"
    } else {
        "id"
    }
}

/// A JSON string literal, which is also a valid TOML basic string.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).expect("a string always serializes")
}

/// A TOML key: bare when it can be, quoted otherwise.
fn toml_key(key: &str) -> String {
    let bare = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        key.to_string()
    } else {
        quoted(key)
    }
}

/// The edited text, `Ok(None)` when the binding already has this id, or why it cannot be done.
fn insert_binding(
    text: &str,
    env: Option<&str>,
    binding: &str,
    field: &str,
    id: &str,
    remote: bool,
) -> Result<Option<String>, String> {
    let parsed = jsonc_parser::parse_to_ast(text, &Default::default(), &jsonc_options())
        .map_err(|err| format!("it does not parse: {err}"))?;
    let Some(Node::Object(root)) = &parsed.value else {
        return Err("its top level is not an object".to_string());
    };
    let target = match env {
        None => root,
        Some(env) => root
            .get_object("env")
            .and_then(|envs| envs.get_object(env))
            .ok_or_else(|| format!("it has no \"env\": {{ \"{env}\": {{ ... }} }} section"))?,
    };
    let layout = Layout::of(text);
    let entry =
        |indent: &str, inline: bool| layout.entry(indent, inline, binding, field, id, remote);

    let Some(list) = target.get("kv_namespaces") else {
        return Ok(Some(layout.insert_into_object(target, |indent, inline| {
            let list = if inline {
                format!("[{}]", entry(indent, true))
            } else {
                let inner = format!("{indent}{}", layout.unit);
                format!(
                    "[{eol}{inner}{}{eol}{indent}]",
                    entry(&inner, false),
                    eol = layout.eol
                )
            };
            format!("\"kv_namespaces\": {list}")
        })));
    };
    let Node::Array(list) = &list.value else {
        return Err("its \"kv_namespaces\" is not a list".to_string());
    };

    let existing = list.elements.iter().find_map(|element| match element {
        Node::Object(object)
            if object.get_string("binding").map(|b| b.value.as_ref()) == Some(binding) =>
        {
            Some(object)
        }
        _ => None,
    });
    match existing {
        None => Ok(Some(layout.insert_into_array(list, entry))),
        Some(object) => match object.get(field).map(|prop| &prop.value) {
            None => Ok(Some(layout.insert_into_object(object, |indent, inline| {
                let mut member = format!("\"{field}\": {}", quoted(id));
                if remote && object.get("remote").is_none() {
                    let separator = if inline {
                        ", ".to_string()
                    } else {
                        format!(",{}{indent}", layout.eol)
                    };
                    member.push_str(&format!("{separator}\"remote\": true"));
                }
                member
            }))),
            Some(Node::StringLit(current)) if current.value == id => Ok(None),
            Some(Node::StringLit(current)) => Err(format!(
                "the binding already has \"{field}\": \"{}\"; wkv does not replace it",
                current.value
            )),
            // `null` included: replacing a value in place is left to the user.
            Some(_) => Err(format!("the binding's \"{field}\" is not a string")),
        },
    }
}

/// Whether `text` (after editing) declares the binding with this id in the right section.
fn declares(
    text: &str,
    env: Option<&str>,
    binding: &str,
    field: &str,
    id: &str,
    remote: bool,
) -> bool {
    let Ok(Some(root)) = jsonc_parser::parse_to_serde_value(text, &jsonc_options()) else {
        return false;
    };
    let section = match env {
        Some(env) => root.get("env").and_then(|envs| envs.get(env)),
        None => Some(&root),
    };
    section
        .and_then(|section| section.get("kv_namespaces"))
        .and_then(Value::as_array)
        .is_some_and(|entries| {
            entries.iter().any(|entry| {
                entry.get("binding").and_then(Value::as_str) == Some(binding)
                    && entry.get(field).and_then(Value::as_str) == Some(id)
                    && (!remote || entry.get("remote").is_some())
            })
        })
}

/// Replaces the file through a temp file in the same directory, so that a crash cannot leave it
/// half written; the original permissions are kept.
fn write_replacing(path: &Path, text: &str) -> anyhow::Result<()> {
    let failure = |err: std::io::Error| {
        WkvError::failure(format!(
            "cannot write the config file `{}`: {err}",
            path.display()
        ))
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(failure)?;
    std::io::Write::write_all(&mut temp, text.as_bytes()).map_err(failure)?;
    if let Ok(metadata) = std::fs::metadata(path) {
        temp.as_file()
            .set_permissions(metadata.permissions())
            .map_err(failure)?;
    }
    temp.persist(path).map_err(|err| failure(err.error))?;
    Ok(())
}

/// How the file is laid out, so inserted text looks like the text around it.
struct Layout<'t> {
    text: &'t str,
    /// One level of indentation.
    unit: String,
    eol: &'static str,
}

/// An insertion: where, and what.
type Edit = (usize, String);

impl<'t> Layout<'t> {
    fn of(text: &'t str) -> Self {
        // The first indented line shows one level (in JSON the first nested line is one deep).
        let unit = text
            .lines()
            .map(|line| &line[..line.len() - line.trim_start().len()])
            .find(|indent| !indent.is_empty())
            .map(|indent| {
                if indent.starts_with('\t') {
                    "\t".to_string()
                } else {
                    " ".repeat(indent.chars().take_while(|&c| c == ' ').count().max(1))
                }
            })
            .unwrap_or_else(|| "  ".to_string());
        let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
        Layout { text, unit, eol }
    }

    /// A `{binding, field, remote?}` object whose closing brace sits at `indent`.
    fn entry(
        &self,
        indent: &str,
        inline: bool,
        binding: &str,
        field: &str,
        id: &str,
        remote: bool,
    ) -> String {
        let mut members = vec![
            format!("\"binding\": {}", quoted(binding)),
            format!("\"{field}\": {}", quoted(id)),
        ];
        if remote {
            members.push("\"remote\": true".to_string());
        }
        if inline {
            format!("{{ {} }}", members.join(", "))
        } else {
            let inner = format!("{indent}{}", self.unit);
            let body = members.join(&format!(",{}{inner}", self.eol));
            format!("{{{eol}{inner}{body}{eol}{indent}}}", eol = self.eol)
        }
    }

    fn insert_into_object(&self, object: &Object, render: impl Fn(&str, bool) -> String) -> String {
        let last = object.properties.last().map(|prop| prop.range);
        self.insert_member(object.range.start, object.range.end - 1, last, render)
    }

    fn insert_into_array(&self, array: &Array, render: impl Fn(&str, bool) -> String) -> String {
        let last = array.elements.last().map(|element| element.range());
        self.insert_member(array.range.start, array.range.end - 1, last, render)
    }

    /// Inserts a member rendered by `render(indent, inline)` after the last member of the
    /// container whose brackets are at `open` and `close`.
    fn insert_member(
        &self,
        open: usize,
        close: usize,
        last: Option<jsonc_parser::common::Range>,
        render: impl Fn(&str, bool) -> String,
    ) -> String {
        let text = self.text;
        let inline = !text[open..close].contains('\n');
        let edits: Vec<Edit> = match last {
            Some(last) => {
                let comma = self.trailing_comma(last.end, close);
                let indent = if text[open..last.start].contains('\n') {
                    line_indent(text, last.start).to_string()
                } else {
                    format!("{}{}", line_indent(text, open), self.unit)
                };
                if inline {
                    match comma {
                        Some(comma) => vec![(comma + 1, format!(" {},", render(&indent, true)))],
                        None => vec![(last.end, format!(", {}", render(&indent, true)))],
                    }
                } else {
                    let anchor = comma.map_or(last.end, |comma| comma + 1);
                    let at = self.end_of_line_if_only_comment(anchor);
                    let member = format!(
                        "{}{indent}{}{}",
                        self.eol,
                        render(&indent, false),
                        if comma.is_some() { "," } else { "" }
                    );
                    match comma {
                        Some(_) => vec![(at, member)],
                        None => vec![(last.end, ",".to_string()), (at, member)],
                    }
                }
            }
            None => {
                let outer = line_indent(text, open);
                let inner = format!("{outer}{}", self.unit);
                let close_line_start = line_start(text, close);
                if !inline && text[close_line_start..close].trim().is_empty() {
                    // `[` ... newline ... `]`: the new member goes on its own line just above
                    // the closing bracket, after any comments inside.
                    let inner = format!("{}{}", line_indent(text, close), self.unit);
                    vec![(
                        close_line_start,
                        format!("{inner}{}{}", render(&inner, false), self.eol),
                    )]
                } else {
                    vec![(
                        open + 1,
                        format!(
                            "{eol}{inner}{}{eol}{outer}",
                            render(&inner, false),
                            eol = self.eol
                        ),
                    )]
                }
            }
        };
        apply(text, edits)
    }

    /// The position of the comma after a member, skipping whitespace and comments, if any.
    fn trailing_comma(&self, from: usize, close: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        while at < close {
            match bytes[at] {
                b',' => return Some(at),
                b' ' | b'\t' | b'\r' | b'\n' => at += 1,
                b'/' if bytes.get(at + 1) == Some(&b'/') => {
                    at = self.text[at..].find('\n').map_or(close, |nl| at + nl + 1);
                }
                b'/' if bytes.get(at + 1) == Some(&b'*') => {
                    at = self.text[at + 2..]
                        .find("*/")
                        .map_or(close, |end| at + 2 + end + 2);
                }
                _ => return None,
            }
        }
        None
    }

    /// `at`, moved to the end of its line when only blanks and a `//` comment follow it there,
    /// so a comment that ends a member's line stays with that member.
    fn end_of_line_if_only_comment(&self, at: usize) -> usize {
        let rest = &self.text[at..];
        let line_end = rest.find('\n').map_or(rest.len(), |nl| nl);
        let line = &rest[..line_end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with("//") {
            at + line.len()
        } else {
            at
        }
    }
}

/// Byte index where the line holding `pos` starts.
fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |nl| nl + 1)
}

/// The blanks that start the line holding `pos`.
fn line_indent(text: &str, pos: usize) -> &str {
    let start = line_start(text, pos);
    let line = &text[start..];
    let blanks = line.len() - line.trim_start_matches([' ', '\t']).len();
    &line[..blanks]
}

/// Applies insertions; at one position they keep the order they were listed in.
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|(at, _)| *at);
    let mut out =
        String::with_capacity(text.len() + edits.iter().map(|e| e.1.len()).sum::<usize>());
    let mut done = 0;
    for (at, insert) in edits {
        out.push_str(&text[done..at]);
        out.push_str(&insert);
        done = at;
    }
    out.push_str(&text[done..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_support::{expect_kind, expect_usage, hints_of, write};
    use crate::config::{load, ConfigSource, KvBinding};
    use crate::error::ErrorKind;

    fn load_from(dir: &Path, env: Option<&str>) -> Config {
        load(&ConfigSource {
            config: None,
            cwd: Some(dir.to_path_buf()),
            env: env.map(String::from),
        })
        .unwrap()
        .expect("a config file")
    }

    fn kv(binding: &str, id: Option<&str>, preview_id: Option<&str>) -> KvBinding {
        KvBinding {
            binding: binding.into(),
            id: id.map(String::from),
            preview_id: preview_id.map(String::from),
        }
    }

    /// Adds a binding to `text` written as `name`, returns the new text after checking that it
    /// loads with the binding appended.
    fn add(
        name: &str,
        text: &str,
        env: Option<&str>,
        binding: &str,
        id: &str,
        preview: bool,
    ) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), name, text);
        let config = load_from(dir.path(), env);
        add_kv_namespace(&config, binding, id, preview, false).unwrap();
        let after = load_from(dir.path(), env);
        let mut expected = config.kv_namespaces.clone();
        match expected.iter_mut().find(|entry| entry.binding == binding) {
            Some(entry) if preview => entry.preview_id = Some(id.into()),
            Some(entry) => entry.id = Some(id.into()),
            None if preview => expected.push(kv(binding, None, Some(id))),
            None => expected.push(kv(binding, Some(id), None)),
        }
        assert_eq!(after.kv_namespaces, expected);
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn appends_to_a_tab_indented_jsonc_list_keeping_comments() {
        let text = "{\n\t// my worker\n\t\"name\": \"w\",\n\t\"kv_namespaces\": [\n\t\t{ \"binding\": \"A\", \"id\": \"1\" } // first\n\t],\n\t/* trailing */\n}\n";
        let after = add("wrangler.jsonc", text, None, "B", "2", false);
        assert_eq!(
            after,
            "{\n\t// my worker\n\t\"name\": \"w\",\n\t\"kv_namespaces\": [\n\t\t{ \"binding\": \"A\", \"id\": \"1\" }, // first\n\t\t{\n\t\t\t\"binding\": \"B\",\n\t\t\t\"id\": \"2\"\n\t\t}\n\t],\n\t/* trailing */\n}\n"
        );
    }

    #[test]
    fn keeps_a_trailing_comma_style() {
        let text = "{\n  \"kv_namespaces\": [\n    {\"binding\": \"A\", \"id\": \"1\"},\n  ],\n}\n";
        let after = add("wrangler.jsonc", text, None, "B", "2", false);
        assert_eq!(
            after,
            "{\n  \"kv_namespaces\": [\n    {\"binding\": \"A\", \"id\": \"1\"},\n    {\n      \"binding\": \"B\",\n      \"id\": \"2\"\n    },\n  ],\n}\n"
        );
    }

    #[test]
    fn adds_the_list_when_the_config_has_none() {
        let text = "{\n  \"name\": \"w\" // the name\n}\n";
        let after = add("wrangler.json", text, None, "CACHE", "abc", false);
        assert_eq!(
            after,
            "{\n  \"name\": \"w\", // the name\n  \"kv_namespaces\": [\n    {\n      \"binding\": \"CACHE\",\n      \"id\": \"abc\"\n    }\n  ]\n}\n"
        );
    }

    #[test]
    fn fills_an_empty_object_and_an_empty_list() {
        let after = add("wrangler.json", "{}", None, "A", "1", false);
        assert_eq!(
            after,
            "{\n  \"kv_namespaces\": [\n    {\n      \"binding\": \"A\",\n      \"id\": \"1\"\n    }\n  ]\n}"
        );
        let text = "{\n\t\"kv_namespaces\": [\n\t\t// none yet\n\t]\n}\n";
        let after = add("wrangler.jsonc", text, None, "A", "1", false);
        assert_eq!(
            after,
            "{\n\t\"kv_namespaces\": [\n\t\t// none yet\n\t\t{\n\t\t\t\"binding\": \"A\",\n\t\t\t\"id\": \"1\"\n\t\t}\n\t]\n}\n"
        );
        let after = add(
            "wrangler.json",
            "{\"kv_namespaces\": []}",
            None,
            "A",
            "1",
            false,
        );
        assert!(after.contains("\"binding\": \"A\""), "{after}");
    }

    #[test]
    fn one_line_lists_stay_on_one_line() {
        let text = "{\"name\": \"w\", \"kv_namespaces\": [{\"binding\": \"A\", \"id\": \"1\"}]}";
        let after = add("wrangler.json", text, None, "B", "2", false);
        assert_eq!(
            after,
            "{\"name\": \"w\", \"kv_namespaces\": [{\"binding\": \"A\", \"id\": \"1\"}, { \"binding\": \"B\", \"id\": \"2\" }]}"
        );
    }

    #[test]
    fn writes_into_the_env_section_only() {
        let text = "{\n  \"kv_namespaces\": [{\"binding\": \"A\", \"id\": \"top\"}],\n  \"env\": {\n    \"staging\": {\n      \"account_id\": \"x\"\n    }\n  }\n}\n";
        let after = add(
            "wrangler.jsonc",
            text,
            Some("staging"),
            "A",
            "stage-id",
            false,
        );
        assert!(
            after.contains(
                "    \"staging\": {\n      \"account_id\": \"x\",\n      \"kv_namespaces\": [\n        {\n          \"binding\": \"A\",\n          \"id\": \"stage-id\"\n        }\n      ]\n    }"
            ),
            "{after}"
        );
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "wrangler.jsonc", &after);
        assert_eq!(
            load_from(dir.path(), None).kv_namespaces,
            vec![kv("A", Some("top"), None)]
        );
    }

    #[test]
    fn preview_completes_an_existing_binding() {
        let text = "{\n  \"kv_namespaces\": [\n    {\n      \"binding\": \"A\",\n      \"id\": \"1\" // prod\n    }\n  ]\n}\n";
        let after = add("wrangler.json", text, None, "A", "p1", true);
        assert_eq!(
            after,
            "{\n  \"kv_namespaces\": [\n    {\n      \"binding\": \"A\",\n      \"id\": \"1\", // prod\n      \"preview_id\": \"p1\"\n    }\n  ]\n}\n"
        );
    }

    #[test]
    fn the_same_id_again_changes_nothing() {
        let text = "{\"kv_namespaces\": [{\"binding\": \"A\", \"id\": \"1\"}]}";
        let after = add("wrangler.json", text, None, "A", "1", false);
        assert_eq!(after, text);
    }

    #[test]
    fn a_different_existing_id_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let text = "{\"kv_namespaces\": [{\"binding\": \"A\", \"id\": \"1\"}]}";
        let path = write(dir.path(), "wrangler.json", text);
        let config = load_from(dir.path(), None);
        let result = add_kv_namespace(&config, "A", "2", false, false);
        let hints = hints_of(add_kv_namespace(&config, "A", "2", false, false));
        let message = expect_usage(result);
        assert!(message.contains("already has \"id\": \"1\""), "{message}");
        assert!(hints[0].contains("\"id\": \"2\""), "{hints:?}");
        assert_eq!(std::fs::read_to_string(path).unwrap(), text);
    }

    #[test]
    fn keeps_crlf_line_ends_and_a_byte_order_mark() {
        let text = "\u{feff}{\r\n  \"name\": \"w\"\r\n}\r\n";
        let after = add("wrangler.json", text, None, "A", "1", false);
        assert!(after.starts_with('\u{feff}'));
        assert!(!after.replace("\r\n", "").contains('\n'), "{after:?}");
    }

    #[test]
    fn escapes_what_needs_escaping() {
        let after = add("wrangler.json", "{}", None, "A\"B", "x\\y", false);
        assert!(after.contains(r#""binding": "A\"B""#), "{after}");
    }

    #[test]
    fn refuses_toml_and_prints_the_snippet() {
        let dir = tempfile::tempdir().unwrap();
        let text = "# keep me\nname = \"w\"\n[env.staging]\n";
        let path = write(dir.path(), "wrangler.toml", text);
        let config = load_from(dir.path(), Some("staging"));
        let message = expect_usage(add_kv_namespace(&config, "CACHE", "abc", true, false));
        assert!(message.contains("does not edit TOML"), "{message}");
        assert!(message.contains(&path.display().to_string()), "{message}");
        assert!(
            message.ends_with(
                "[[env.staging.kv_namespaces]]\nbinding = \"CACHE\"\npreview_id = \"abc\"\n"
            ),
            "{message}"
        );
        assert_eq!(std::fs::read_to_string(path).unwrap(), text);
    }

    #[test]
    fn a_list_that_is_not_a_list_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "wrangler.json", "{}");
        let mut config = load_from(dir.path(), None);
        std::fs::write(&config.path, "{\"kv_namespaces\": 5}").unwrap();
        let message = expect_usage(add_kv_namespace(&config, "A", "1", false, false));
        assert!(message.contains("is not a list"), "{message}");
        config.path = dir.path().join("missing.json");
        expect_kind(
            add_kv_namespace(&config, "A", "1", false, false),
            ErrorKind::Failure,
        );
    }

    #[test]
    fn remote_is_written_in_new_entries_and_when_completing_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "wrangler.json",
            "{\n  \"kv_namespaces\": []\n}\n",
        );
        let config = load_from(dir.path(), None);
        add_kv_namespace(&config, "R", "1", false, true).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\n  \"kv_namespaces\": [\n    {\n      \"binding\": \"R\",\n      \"id\": \"1\",\n      \"remote\": true\n    }\n  ]\n}\n"
        );
        // Completing the binding with a preview id keeps the one `remote`.
        add_kv_namespace(&config, "R", "p", true, true).unwrap();
        let after: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            after["kv_namespaces"],
            json!([{"binding": "R", "id": "1", "remote": true, "preview_id": "p"}])
        );
        // An existing entry without `remote` gets it next to the id it is given.
        let text = "{\"kv_namespaces\": [{\"binding\": \"A\", \"id\": \"1\"}]}";
        std::fs::write(&path, text).unwrap();
        add_kv_namespace(&config, "A", "p", true, true).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "{\"kv_namespaces\": [{\"binding\": \"A\", \"id\": \"1\", \"preview_id\": \"p\", \"remote\": true}]}"
        );
    }

    #[test]
    fn remote_snippets() {
        assert_eq!(
            kv_namespace_snippet(ConfigFormat::Toml, None, "K", "1", false, true),
            "[[kv_namespaces]]\nbinding = \"K\"\nid = \"1\"\nremote = true\n"
        );
        let json_snippet = kv_namespace_snippet(ConfigFormat::Json, None, "K", "1", false, true);
        assert_eq!(
            serde_json::from_str::<Value>(&json_snippet).unwrap(),
            json!({"kv_namespaces": [{"binding": "K", "id": "1", "remote": true}]})
        );
    }

    #[test]
    fn snippets_match_wranglers_shapes() {
        assert_eq!(
            kv_namespace_snippet(ConfigFormat::Toml, None, "MY_KV", "abc", false, false),
            "[[kv_namespaces]]\nbinding = \"MY_KV\"\nid = \"abc\"\n"
        );
        assert_eq!(
            kv_namespace_snippet(ConfigFormat::Toml, Some("my env"), "K", "p", true, false),
            "[[env.\"my env\".kv_namespaces]]\nbinding = \"K\"\npreview_id = \"p\"\n"
        );
        assert_eq!(
            kv_namespace_snippet(ConfigFormat::Jsonc, None, "MY_KV", "abc", false, false),
            "{\n  \"kv_namespaces\": [\n    {\n      \"binding\": \"MY_KV\",\n      \"id\": \"abc\"\n    }\n  ]\n}"
        );
        let with_env =
            kv_namespace_snippet(ConfigFormat::Json, Some("staging"), "K", "1", false, false);
        let value: Value = serde_json::from_str(&with_env).unwrap();
        assert_eq!(value["env"]["staging"]["kv_namespaces"][0]["id"], "1");
    }
}
