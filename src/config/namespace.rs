//! Turning `--binding` / `--namespace-id` / `--preview` into one namespace id, with wrangler's
//! rules and (where wrangler has them) its messages, and making a binding name out of a
//! namespace title. Pure functions over an already loaded `Config`: no I/O.

use super::{discover, Config, KvBinding};
use crate::error::WkvError;

/// Whether the command only reads the namespace or may change it. With a binding that has both
/// an `id` and a `preview_id`, a read defaults to `id`; a write has to be told which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Read,
    Write,
}

/// The user's namespace selection flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NamespaceChoice<'a> {
    /// `--binding`: a `kv_namespaces` entry of the config.
    pub binding: Option<&'a str>,
    /// `--namespace-id`: used as given, no config needed.
    pub namespace_id: Option<&'a str>,
    /// `--preview` (`Some(true)`), `--preview false` (`Some(false)`), or neither.
    pub preview: Option<bool>,
}

/// Resolves the namespace id: exactly one of `--binding` and `--namespace-id`; a binding is
/// looked up in the config's `kv_namespaces` (of the selected environment) and its `id` or
/// `preview_id` picked by `--preview` and `access`. In local mode a binding with no id at all
/// stands for the namespace named after the binding, as under `wrangler dev`.
pub fn resolve_namespace_id(
    config: Option<&Config>,
    choice: &NamespaceChoice,
    access: Access,
    local: bool,
) -> anyhow::Result<String> {
    let binding = match (choice.binding, choice.namespace_id) {
        (Some(_), Some(_)) => {
            return Err(WkvError::usage(
                "Conflicting options: --binding and --namespace-id cannot be used together. \
                 Please provide only one.",
            )
            .into())
        }
        (None, None) => return Err(WkvError::usage(
            "Missing required option: exactly one of --binding and --namespace-id must be provided",
        )
        .into()),
        (None, Some(id)) if id.trim().is_empty() => {
            return Err(WkvError::usage("--namespace-id must not be empty").into())
        }
        (None, Some(id)) => return Ok(id.to_string()),
        (Some(binding), None) => binding,
    };

    let Some(config) = config else {
        // wrangler 4.164's wording for a run without a config file, then where wkv looked.
        return Err(WkvError::usage(format!(
            "No wrangler config file found. Use `--namespace-id` to specify the KV namespace \
             directly, or create a wrangler.json with a \"kv_namespaces\" section. (Looked for {} \
             in the working directory, or --cwd, and every directory above it.)",
            discover::names_in_words()
        ))
        .with_hint(
            "run from your Worker's directory, point --config at its wrangler config, \
             or use --namespace-id instead",
        )
        .into());
    };

    let Some(entry) = config
        .kv_namespaces
        .iter()
        .find(|entry| entry.binding == binding)
    else {
        return Err(binding_not_found(config, binding).into());
    };
    pick_id(config, entry, choice.preview, access, local)
}

fn binding_not_found(config: &Config, binding: &str) -> WkvError {
    // wrangler's wording, so that scripts matching it keep working.
    let mut message = if config.kv_namespaces.is_empty() {
        "No KV namespaces are configured in your wrangler config file. Use `--namespace-id` to \
         specify the namespace directly, or add a \"kv_namespaces\" entry to your config."
            .to_string()
    } else {
        format!(
            "No KV namespace with binding \"{binding}\" was found in the \"kv_namespaces\" section \
             of your wrangler config. Check the binding name is correct, or use `--namespace-id` \
             instead."
        )
    };
    if let Some(env) = &config.env {
        message.push_str(&format!(
            " Environment \"{env}\" is selected (--env), and environments do not inherit \
             \"kv_namespaces\" from the top level: the binding must be declared in env.{env}."
        ));
    }
    let declared: Vec<&str> = config
        .kv_namespaces
        .iter()
        .map(|entry| entry.binding.as_str())
        .collect();
    let declared = if declared.is_empty() {
        "it declares no KV bindings".to_string()
    } else {
        format!("its KV bindings: {}", declared.join(", "))
    };
    WkvError::not_found(message).with_hint(format!(
        "the config read was `{}` ({declared})",
        config.path.display()
    ))
}

/// Picks `id` or `preview_id` of a binding; see `resolve_namespace_id`.
fn pick_id(
    config: &Config,
    entry: &KvBinding,
    preview: Option<bool>,
    access: Access,
    local: bool,
) -> anyhow::Result<String> {
    // An empty string counts as unset, as it does in wrangler (JavaScript truthiness).
    let id = entry.id.as_deref().filter(|id| !id.is_empty());
    let preview_id = entry.preview_id.as_deref().filter(|id| !id.is_empty());
    let binding = &entry.binding;
    let file = config.path.display();

    if id.is_none() && preview_id.is_none() {
        if local {
            return Ok(binding.clone());
        }
        return Err(WkvError::usage(format!(
            "The binding \"{binding}\" in `{file}` has no \"id\", so it names no remote namespace. \
             Add the namespace's id to it, or use `--namespace-id` instead."
        ))
        .with_hint("`wkv namespace list` shows the ids of your namespaces")
        .into());
    }

    let picked = match preview {
        Some(true) => preview_id.ok_or_else(|| {
            // wrangler 4.164's wording, then wkv's way to the id.
            WkvError::usage(format!(
                "No preview namespace ID is configured for binding \"{binding}\". Add a \
                 \"preview_id\" to the \"{binding}\" entry in your config's \"kv_namespaces\" \
                 section, or use `--namespace-id` to specify a preview namespace directly."
            ))
            .with_hint(format!(
                "the config read was `{file}`; `--preview false` targets the binding's \"id\""
            ))
        })?,
        Some(false) => id.ok_or_else(|| {
            WkvError::usage(format!(
                "No namespace ID is configured for binding \"{binding}\". Add an \"id\" to the \
                 \"{binding}\" entry in your config's \"kv_namespaces\" section, or use \
                 `--namespace-id` instead."
            ))
            .with_hint(format!(
                "the config read was `{file}`; `--preview` targets the binding's \"preview_id\""
            ))
        })?,
        None => match (id, preview_id, access) {
            (Some(id), None, _) | (Some(id), Some(_), Access::Read) => id,
            (None, Some(preview_id), _) => preview_id,
            (Some(_), Some(_), Access::Write) => {
                return Err(WkvError::usage(format!(
                    "The binding \"{binding}\" has both an \"id\" and a \"preview_id\" configured. \
                     Pass `--preview` to target the preview namespace, or `--preview false` to \
                     target the production namespace."
                ))
                .into())
            }
            (None, None, _) => unreachable!("a binding without ids was handled above"),
        },
    };
    Ok(picked.to_string())
}

/// A binding name for a new namespace, made from the name the user gave `namespace create`:
/// wrangler's rule (whitespace and dashes become `_`, other characters outside
/// `[A-Za-z0-9_]` are dropped, runs of `_` collapse, a leading digit gets a `_` in front) with
/// wrangler's fallback `KV` when nothing usable is left.
pub fn make_binding_name(title: &str) -> String {
    let mut name = String::with_capacity(title.len());
    for c in title.chars() {
        let c = if c.is_whitespace() || c == '-' {
            '_'
        } else {
            c
        };
        if !(c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        if c == '_' && name.ends_with('_') {
            continue;
        }
        name.push(c);
    }
    if name.chars().all(|c| c == '_') {
        return "KV".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_support::{expect_kind, expect_usage, hints_of};
    use crate::config::ConfigFormat;
    use crate::error::ErrorKind;
    use std::path::PathBuf;

    fn binding(name: &str, id: Option<&str>, preview_id: Option<&str>) -> KvBinding {
        KvBinding {
            binding: name.into(),
            id: id.map(String::from),
            preview_id: preview_id.map(String::from),
        }
    }

    fn config(env: Option<&str>) -> Config {
        Config {
            path: PathBuf::from("/project/wrangler.toml"),
            format: ConfigFormat::Toml,
            name: Some("worker".into()),
            account_id: None,
            kv_namespaces: vec![
                binding("ONLY_ID", Some("id-1"), None),
                binding("ONLY_PREVIEW", None, Some("preview-2")),
                binding("BOTH", Some("id-3"), Some("preview-3")),
                binding("NONE", None, None),
                binding("EMPTY", Some(""), Some("")),
            ],
            env: env.map(String::from),
        }
    }

    fn by_binding(name: &str, preview: Option<bool>) -> NamespaceChoice<'_> {
        NamespaceChoice {
            binding: Some(name),
            namespace_id: None,
            preview,
        }
    }

    fn resolve(
        name: &str,
        preview: Option<bool>,
        access: Access,
        local: bool,
    ) -> anyhow::Result<String> {
        resolve_namespace_id(
            Some(&config(None)),
            &by_binding(name, preview),
            access,
            local,
        )
    }

    #[test]
    fn namespace_id_is_used_as_given_without_a_config() {
        let choice = NamespaceChoice {
            namespace_id: Some("abc"),
            ..Default::default()
        };
        assert_eq!(
            resolve_namespace_id(None, &choice, Access::Write, false).unwrap(),
            "abc"
        );
    }

    #[test]
    fn an_empty_namespace_id_is_a_usage_error() {
        let choice = NamespaceChoice {
            namespace_id: Some(" "),
            ..Default::default()
        };
        let message = expect_usage(resolve_namespace_id(None, &choice, Access::Read, true));
        assert_eq!(message, "--namespace-id must not be empty");
    }

    #[test]
    fn both_flags_are_a_usage_error() {
        let choice = NamespaceChoice {
            binding: Some("ONLY_ID"),
            namespace_id: Some("abc"),
            preview: None,
        };
        let message = expect_usage(resolve_namespace_id(
            Some(&config(None)),
            &choice,
            Access::Read,
            false,
        ));
        assert_eq!(
            message,
            "Conflicting options: --binding and --namespace-id cannot be used together. \
             Please provide only one."
        );
    }

    #[test]
    fn neither_flag_is_a_usage_error_saying_to_pass_one() {
        let message = expect_usage(resolve_namespace_id(
            Some(&config(None)),
            &NamespaceChoice::default(),
            Access::Read,
            false,
        ));
        assert_eq!(
            message,
            "Missing required option: exactly one of --binding and --namespace-id must be provided"
        );
    }

    #[test]
    fn binding_without_a_config_is_a_usage_error_saying_where_it_looked() {
        let result = resolve_namespace_id(None, &by_binding("KV", None), Access::Read, true);
        let hints = hints_of(resolve_namespace_id(
            None,
            &by_binding("KV", None),
            Access::Read,
            true,
        ));
        let message = expect_usage(result);
        assert!(
            message.starts_with("No wrangler config file found."),
            "{message}"
        );
        assert!(
            message.contains("wrangler.json, wrangler.jsonc or wrangler.toml"),
            "{message}"
        );
        assert!(
            message.contains("working directory, or --cwd, and every directory above it"),
            "{message}"
        );
        assert!(hints[0].contains("--namespace-id"), "{hints:?}");
    }

    #[test]
    fn an_unknown_binding_is_not_found_with_wranglers_message() {
        let message = expect_kind(
            resolve("MISSING", None, Access::Read, false),
            ErrorKind::NotFound,
        );
        assert_eq!(
            message,
            "No KV namespace with binding \"MISSING\" was found in the \"kv_namespaces\" section \
             of your wrangler config. Check the binding name is correct, or use `--namespace-id` \
             instead."
        );
        let hints = hints_of(resolve("MISSING", None, Access::Read, false));
        assert_eq!(
            hints,
            vec![
                "the config read was `/project/wrangler.toml` (its KV bindings: ONLY_ID, \
                 ONLY_PREVIEW, BOTH, NONE, EMPTY)"
                    .to_string()
            ]
        );
    }

    #[test]
    fn an_unknown_binding_under_an_env_mentions_the_env() {
        let mut staging = config(Some("staging"));
        staging.kv_namespaces.clear();
        let result = resolve_namespace_id(
            Some(&staging),
            &by_binding("ONLY_ID", None),
            Access::Read,
            true,
        );
        let hints = hints_of(resolve_namespace_id(
            Some(&staging),
            &by_binding("ONLY_ID", None),
            Access::Read,
            true,
        ));
        let message = expect_kind(result, ErrorKind::NotFound);
        assert!(
            message.starts_with("No KV namespaces are configured in your wrangler config file."),
            "{message}"
        );
        assert!(
            message.contains("Environment \"staging\" is selected"),
            "{message}"
        );
        assert!(message.contains("env.staging"), "{message}");
        assert!(hints[0].contains("it declares no KV bindings"), "{hints:?}");
    }

    #[test]
    fn preview_true_picks_preview_id() {
        assert_eq!(
            resolve("BOTH", Some(true), Access::Write, false).unwrap(),
            "preview-3"
        );
        assert_eq!(
            resolve("ONLY_PREVIEW", Some(true), Access::Read, false).unwrap(),
            "preview-2"
        );
    }

    #[test]
    fn preview_true_without_preview_id_is_a_clear_usage_error() {
        let result = resolve("ONLY_ID", Some(true), Access::Read, false);
        let hints = hints_of(resolve("ONLY_ID", Some(true), Access::Read, false));
        let message = expect_usage(result);
        assert!(
            message.starts_with("No preview namespace ID is configured for binding \"ONLY_ID\"."),
            "{message}"
        );
        assert!(hints[0].contains("`/project/wrangler.toml`"), "{hints:?}");
        assert!(hints[0].contains("`--preview false`"), "{hints:?}");
    }

    #[test]
    fn preview_false_picks_id() {
        assert_eq!(
            resolve("BOTH", Some(false), Access::Write, false).unwrap(),
            "id-3"
        );
        assert_eq!(
            resolve("ONLY_ID", Some(false), Access::Read, false).unwrap(),
            "id-1"
        );
    }

    #[test]
    fn preview_false_without_id_is_a_usage_error() {
        let message = expect_usage(resolve("ONLY_PREVIEW", Some(false), Access::Read, false));
        assert!(
            message.starts_with("No namespace ID is configured for binding \"ONLY_PREVIEW\"."),
            "{message}"
        );
    }

    #[test]
    fn without_preview_the_only_id_set_is_used() {
        for access in [Access::Read, Access::Write] {
            assert_eq!(resolve("ONLY_ID", None, access, false).unwrap(), "id-1");
            assert_eq!(
                resolve("ONLY_PREVIEW", None, access, false).unwrap(),
                "preview-2"
            );
        }
    }

    #[test]
    fn without_preview_and_both_ids_a_read_uses_id() {
        assert_eq!(resolve("BOTH", None, Access::Read, false).unwrap(), "id-3");
        assert_eq!(resolve("BOTH", None, Access::Read, true).unwrap(), "id-3");
    }

    #[test]
    fn without_preview_and_both_ids_a_write_must_choose() {
        for local in [false, true] {
            let message = expect_usage(resolve("BOTH", None, Access::Write, local));
            assert_eq!(
                message,
                "The binding \"BOTH\" has both an \"id\" and a \"preview_id\" configured. Pass \
                 `--preview` to target the preview namespace, or `--preview false` to target the \
                 production namespace."
            );
        }
    }

    #[test]
    fn a_binding_without_ids_is_its_own_namespace_locally() {
        for preview in [None, Some(true), Some(false)] {
            for access in [Access::Read, Access::Write] {
                assert_eq!(resolve("NONE", preview, access, true).unwrap(), "NONE");
                assert_eq!(resolve("EMPTY", preview, access, true).unwrap(), "EMPTY");
            }
        }
    }

    #[test]
    fn a_binding_without_ids_is_an_error_remotely() {
        for name in ["NONE", "EMPTY"] {
            let message = expect_usage(resolve(name, None, Access::Read, false));
            assert!(
                message.starts_with(&format!(
                    "The binding \"{name}\" in `/project/wrangler.toml` has no \"id\""
                )),
                "{message}"
            );
            assert!(message.contains("Add the namespace's id"), "{message}");
        }
    }

    #[test]
    fn binding_names_follow_wranglers_rule() {
        let cases = [
            ("my-namespace", "my_namespace"),
            ("MY NAME", "MY_NAME"),
            ("tab\tand\nnewline", "tab_and_newline"),
            ("MY-_ NAME", "MY_NAME"),
            ("cache.v2!", "cachev2"),
            ("2fa-codes", "_2fa_codes"),
            ("héllo", "hllo"),
            ("__x", "_x"),
            ("", "KV"),
            ("---", "KV"),
            ("!!!", "KV"),
            ("already_valid", "already_valid"),
        ];
        for (title, expected) in cases {
            assert_eq!(make_binding_name(title), expected, "title {title:?}");
        }
    }
}
