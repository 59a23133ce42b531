//! Wrangler configuration, resolved the way wrangler 4 resolves it: which directory commands run
//! from (`--cwd`), which config file applies (`wrangler.json`, `wrangler.jsonc` or `wrangler.toml`
//! found upward, or `--config`), which environment section applies (`--env`), which namespace id a
//! `--binding` names, and where local KV state lives. It also edits a JSON(C) config for
//! `namespace create --update-config`. Nothing here prints, talks to the network or reads
//! credentials; every problem a user can fix is a `WkvError` with the right kind.

mod discover;
mod edit;
mod limits;
mod namespace;
mod parse;
mod state;
mod text_position;

#[cfg(test)]
mod test_support;

use std::path::{Path, PathBuf};

use crate::error::WkvError;

pub use discover::CONFIG_FILE_NAMES;
pub use edit::{add_kv_namespace, kv_namespace_snippet};
pub use limits::{MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH};
pub use namespace::{make_binding_name, resolve_namespace_id, Access, NamespaceChoice};
pub use state::local_kv_root;

/// What the user said on the command line about where the config is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigSource {
    /// `-c/--config`: a config file, relative to the base directory.
    pub config: Option<PathBuf>,
    /// `--cwd`: run as if started in this directory.
    pub cwd: Option<PathBuf>,
    /// `-e/--env`: the environment section to apply.
    pub env: Option<String>,
}

/// The syntax of a config file, which decides how it is parsed and which snippet a user is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigFormat {
    Toml,
    Json,
    Jsonc,
}

/// One `kv_namespaces` entry: `{binding, id?, preview_id?}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KvBinding {
    pub binding: String,
    pub id: Option<String>,
    pub preview_id: Option<String>,
}

/// A config file after the environment was applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The file that was read (absolute when it came from `load`).
    pub path: PathBuf,
    pub format: ConfigFormat,
    /// The Worker name; under `--env E` wrangler's default is `<name>-E` unless the env sets one.
    pub name: Option<String>,
    /// The env section's `account_id`, else the top level's (wrangler lets envs inherit it).
    pub account_id: Option<String>,
    /// Not inherited: with `--env E` only `env.E`'s list, empty when it declares none.
    pub kv_namespaces: Vec<KvBinding>,
    /// The environment that was applied, `None` for the top level.
    pub env: Option<String>,
}

impl ConfigSource {
    /// The directory commands work from: `--cwd` (must exist, else a usage error) or the process
    /// working directory. Always absolute, so paths derived from it stay valid in messages.
    pub fn base_dir(&self) -> anyhow::Result<PathBuf> {
        let process_dir = std::env::current_dir().map_err(|err| {
            WkvError::failure(format!("cannot read the current working directory: {err}"))
        })?;
        let Some(cwd) = &self.cwd else {
            return Ok(process_dir);
        };
        let dir = process_dir.join(cwd);
        match std::fs::metadata(&dir) {
            Ok(meta) if meta.is_dir() => Ok(dir),
            Ok(_) => {
                Err(WkvError::usage(format!("--cwd `{}` is not a directory", cwd.display())).into())
            }
            Err(_) => {
                Err(WkvError::usage(format!("--cwd `{}` does not exist", cwd.display())).into())
            }
        }
    }

    /// The `--env` value that selects a section. An empty `--env ""` means the top level, as in
    /// wrangler (where an empty string is falsy).
    fn selected_env(&self) -> Option<&str> {
        self.env.as_deref().filter(|env| !env.is_empty())
    }
}

/// Finds and parses the config: `--config` (relative to the base directory), else the first of
/// `wrangler.json`, `wrangler.jsonc`, `wrangler.toml` in the base directory or the nearest
/// directory above it that has one. `Ok(None)` when nothing is found and `--config` was not given.
///
/// `--env E` without an `env.E` section is a usage error; wrangler silently falls back to the top
/// level there, which can send a staging write to production.
pub fn load(source: &ConfigSource) -> anyhow::Result<Option<Config>> {
    let base_dir = source.base_dir()?;
    let path = match &source.config {
        Some(config) => {
            let path = base_dir.join(config);
            if !path.is_file() {
                let problem = if path.is_dir() {
                    "is a directory, not a config file"
                } else {
                    "does not exist"
                };
                return Err(WkvError::usage(format!(
                    "the config file `{}` given with --config {problem}",
                    path.display()
                ))
                .into());
            }
            path
        }
        None => match discover::find_config_file(&base_dir) {
            Some(path) => path,
            None => return Ok(None),
        },
    };
    parse::read_config(&path, source.selected_env()).map(Some)
}

/// Where `load` looks, in words, for messages that explain why no config was found.
pub fn describe_search(base_dir: &Path) -> String {
    format!(
        "looked for {} in `{}` and every directory above it",
        discover::names_in_words(),
        base_dir.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::test_support::{expect_usage, hints_of, write};

    fn source(dir: &Path, config: Option<&str>, env: Option<&str>) -> ConfigSource {
        ConfigSource {
            config: config.map(PathBuf::from),
            cwd: Some(dir.to_path_buf()),
            env: env.map(String::from),
        }
    }

    fn kv(binding: &str, id: Option<&str>, preview_id: Option<&str>) -> KvBinding {
        KvBinding {
            binding: binding.into(),
            id: id.map(String::from),
            preview_id: preview_id.map(String::from),
        }
    }

    const TOML_WITH_ENVS: &str = r#"
name = "worker"
account_id = "top-account"

[[kv_namespaces]]
binding = "CACHE"
id = "prod-cache"
preview_id = "preview-cache"

[env.staging]
# no account_id and no name: both inherited
[[env.staging.kv_namespaces]]
binding = "CACHE"
id = "staging-cache"

[env.eu]
name = "worker-europe"
account_id = "eu-account"
"#;

    #[test]
    fn base_dir_is_the_process_cwd_or_an_existing_cwd_flag() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            ConfigSource::default().base_dir().unwrap(),
            std::env::current_dir().unwrap()
        );
        assert_eq!(
            source(dir.path(), None, None).base_dir().unwrap(),
            dir.path()
        );
    }

    #[test]
    fn a_missing_cwd_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope");
        let message = expect_usage(source(&missing, None, None).base_dir());
        assert_eq!(
            message,
            format!("--cwd `{}` does not exist", missing.display())
        );
        let file = write(dir.path(), "file.txt", "");
        let message = expect_usage(load(&source(&file, None, None)));
        assert!(message.ends_with("is not a directory"), "{message}");
    }

    #[test]
    fn load_finds_the_config_upward_from_cwd() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.toml", "name = \"w\"\n");
        let nested = dir.path().join("src/handlers");
        std::fs::create_dir_all(&nested).unwrap();
        let config = load(&source(&nested, None, None)).unwrap().unwrap();
        assert_eq!(config.path, path);
        assert_eq!(config.format, ConfigFormat::Toml);
        assert_eq!(config.name.as_deref(), Some("w"));
        assert_eq!(config.env, None);
    }

    #[test]
    fn load_prefers_json_then_jsonc_then_toml() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "wrangler.toml", "name = \"from-toml\"\n");
        write(dir.path(), "wrangler.jsonc", "{ \"name\": \"from-jsonc\" }");
        let config = load(&source(dir.path(), None, None)).unwrap().unwrap();
        assert_eq!(config.name.as_deref(), Some("from-jsonc"));
        assert_eq!(config.format, ConfigFormat::Jsonc);
        write(dir.path(), "wrangler.json", "{ \"name\": \"from-json\" }");
        let config = load(&source(dir.path(), None, None)).unwrap().unwrap();
        assert_eq!(config.name.as_deref(), Some("from-json"));
        assert_eq!(config.format, ConfigFormat::Json);
    }

    #[test]
    fn no_config_and_no_flag_is_none() {
        let dir = tempfile::tempdir().unwrap();
        let parent = dir.path().parent().unwrap();
        // Only meaningful when no directory above the temp dir holds a config.
        if discover::find_config_file(parent).is_none() {
            assert_eq!(
                load(&source(dir.path(), None, Some("staging"))).unwrap(),
                None
            );
        }
    }

    #[test]
    fn config_flag_is_relative_to_cwd_and_skips_discovery() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "wrangler.json", "{ \"name\": \"discovered\" }");
        let chosen = write(dir.path(), "configs/prod.toml", "name = \"chosen\"\n");
        let config = load(&source(dir.path(), Some("configs/prod.toml"), None))
            .unwrap()
            .unwrap();
        assert_eq!(config.name.as_deref(), Some("chosen"));
        assert_eq!(config.path, chosen);
        let absolute = chosen.to_str().unwrap();
        let other_dir = tempfile::tempdir().unwrap();
        let config = load(&source(other_dir.path(), Some(absolute), None))
            .unwrap()
            .unwrap();
        assert_eq!(config.path, chosen);
    }

    #[test]
    fn a_missing_config_flag_is_a_usage_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "wrangler.toml", "");
        let message = expect_usage(load(&source(dir.path(), Some("missing.toml"), None)));
        assert_eq!(
            message,
            format!(
                "the config file `{}` given with --config does not exist",
                dir.path().join("missing.toml").display()
            )
        );
        let message = expect_usage(load(&source(dir.path(), Some("."), None)));
        assert!(message.contains("is a directory"), "{message}");
    }

    #[test]
    fn top_level_without_env() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "wrangler.toml", TOML_WITH_ENVS);
        let config = load(&source(dir.path(), None, None)).unwrap().unwrap();
        assert_eq!(config.name.as_deref(), Some("worker"));
        assert_eq!(config.account_id.as_deref(), Some("top-account"));
        assert_eq!(
            config.kv_namespaces,
            vec![kv("CACHE", Some("prod-cache"), Some("preview-cache"))]
        );
        // `--env ""` is the top level, as in wrangler.
        let config = load(&source(dir.path(), None, Some(""))).unwrap().unwrap();
        assert_eq!(config.env, None);
        assert_eq!(config.account_id.as_deref(), Some("top-account"));
    }

    #[test]
    fn an_env_inherits_account_id_and_name_but_not_kv_namespaces() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "wrangler.toml", TOML_WITH_ENVS);
        let staging = load(&source(dir.path(), None, Some("staging")))
            .unwrap()
            .unwrap();
        assert_eq!(staging.env.as_deref(), Some("staging"));
        assert_eq!(staging.account_id.as_deref(), Some("top-account"));
        assert_eq!(staging.name.as_deref(), Some("worker-staging"));
        assert_eq!(
            staging.kv_namespaces,
            vec![kv("CACHE", Some("staging-cache"), None)]
        );

        let eu = load(&source(dir.path(), None, Some("eu")))
            .unwrap()
            .unwrap();
        assert_eq!(eu.account_id.as_deref(), Some("eu-account"));
        assert_eq!(eu.name.as_deref(), Some("worker-europe"));
        assert!(eu.kv_namespaces.is_empty(), "{:?}", eu.kv_namespaces);
    }

    #[test]
    fn service_environments_keep_the_top_level_name() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "wrangler.json",
            r#"{"name": "w", "legacy_env": false, "env": {"dev": {}}}"#,
        );
        let config = load(&source(dir.path(), None, Some("dev")))
            .unwrap()
            .unwrap();
        assert_eq!(config.name.as_deref(), Some("w"));
    }

    #[test]
    fn an_unknown_env_is_a_usage_error_naming_env_and_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.toml", TOML_WITH_ENVS);
        let result = load(&source(dir.path(), None, Some("production")));
        let hints = hints_of(load(&source(dir.path(), None, Some("production"))));
        let message = expect_usage(result);
        assert_eq!(
            message,
            format!(
                "environment \"production\" is not defined in the config file `{}` (it defines: eu, staging)",
                path.display()
            )
        );
        assert!(
            hints[0].starts_with("add an [env.production] section"),
            "{hints:?}"
        );
        assert!(hints[0].contains("cannot reach production"), "{hints:?}");
    }

    #[test]
    fn an_unknown_env_in_json_without_envs() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "wrangler.jsonc", "{ \"name\": \"w\" }");
        let result = load(&source(dir.path(), None, Some("staging")));
        let hints = hints_of(load(&source(dir.path(), None, Some("staging"))));
        let message = expect_usage(result);
        assert_eq!(
            message,
            format!(
                "environment \"staging\" is not defined in the config file `{}` (it defines no environments)",
                path.display()
            )
        );
        assert!(
            hints[0].starts_with("add an \"env\": { \"staging\": { ... } } section"),
            "{hints:?}"
        );
    }

    #[test]
    fn jsonc_with_comments_and_trailing_commas() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "wrangler.jsonc",
            r#"{
    // The Worker
    "name": "w", /* inline */
    "account_id": "acc",
    "kv_namespaces": [
        { "binding": "A", "id": "1", },
        { "binding": "B", "preview_id": "2" }, // trailing comma next
    ],
    "env": {
        "staging": {
            "kv_namespaces": [ { "binding": "A", "id": "s1" } ],
        },
    },
}
"#,
        );
        let config = load(&source(dir.path(), None, None)).unwrap().unwrap();
        assert_eq!(config.account_id.as_deref(), Some("acc"));
        assert_eq!(
            config.kv_namespaces,
            vec![kv("A", Some("1"), None), kv("B", None, Some("2"))]
        );
        let staging = load(&source(dir.path(), None, Some("staging")))
            .unwrap()
            .unwrap();
        assert_eq!(staging.account_id.as_deref(), Some("acc"));
        assert_eq!(staging.kv_namespaces, vec![kv("A", Some("s1"), None)]);
    }

    #[test]
    fn a_json_file_may_hold_comments_too() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "wrangler.json",
            "{\n  // wrangler reads .json as JSONC\n  \"name\": \"w\",\n}",
        );
        let config = load(&source(dir.path(), None, None)).unwrap().unwrap();
        assert_eq!(config.name.as_deref(), Some("w"));
    }

    #[test]
    fn describe_search_names_the_files_and_the_start() {
        assert_eq!(
            describe_search(Path::new("/app")),
            "looked for wrangler.json, wrangler.jsonc or wrangler.toml in `/app` and every directory above it"
        );
    }
}
