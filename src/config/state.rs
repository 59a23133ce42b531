//! Where local KV state lives: the directory wrangler (and `wrangler dev`) use, so that both
//! tools see the same data. Only computes paths; creating or opening them is `local/`'s job.

use std::path::{Path, PathBuf};

use super::Config;

/// The local KV state root `<dir>/v3/kv`, where `<dir>` is `--persist-to` (relative to
/// `base_dir`) if given, else `.wrangler/state` next to the config file, else
/// `<base_dir>/.wrangler/state`.
pub fn local_kv_root(
    config: Option<&Config>,
    base_dir: &Path,
    persist_to: Option<&Path>,
) -> PathBuf {
    let state_dir = match (persist_to, config) {
        (Some(persist_to), _) => base_dir.join(persist_to),
        (None, Some(config)) => {
            // `join` keeps an absolute parent as is and anchors a relative one at base_dir.
            let config_dir = config.path.parent().unwrap_or(Path::new(""));
            base_dir.join(config_dir).join(".wrangler").join("state")
        }
        (None, None) => base_dir.join(".wrangler").join("state"),
    };
    state_dir.join("v3").join("kv")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ConfigFormat;

    fn config_at(path: &str) -> Config {
        Config {
            path: PathBuf::from(path),
            format: ConfigFormat::Toml,
            name: None,
            account_id: None,
            kv_namespaces: Vec::new(),
            env: None,
        }
    }

    #[test]
    fn without_config_the_state_is_under_the_base_dir() {
        assert_eq!(
            local_kv_root(None, Path::new("/work/app"), None),
            PathBuf::from("/work/app/.wrangler/state/v3/kv")
        );
    }

    #[test]
    fn with_a_config_the_state_is_next_to_the_config_file() {
        let config = config_at("/repo/worker/wrangler.toml");
        assert_eq!(
            local_kv_root(Some(&config), Path::new("/repo/worker/src/deep"), None),
            PathBuf::from("/repo/worker/.wrangler/state/v3/kv")
        );
    }

    #[test]
    fn a_relative_config_path_is_anchored_at_the_base_dir() {
        assert_eq!(
            local_kv_root(Some(&config_at("wrangler.json")), Path::new("/app"), None),
            PathBuf::from("/app/.wrangler/state/v3/kv")
        );
        assert_eq!(
            local_kv_root(
                Some(&config_at("cfg/wrangler.json")),
                Path::new("/app"),
                None
            ),
            PathBuf::from("/app/cfg/.wrangler/state/v3/kv")
        );
    }

    #[test]
    fn persist_to_wins_and_is_relative_to_the_base_dir() {
        let config = config_at("/repo/wrangler.toml");
        assert_eq!(
            local_kv_root(
                Some(&config),
                Path::new("/repo/sub"),
                Some(Path::new("state"))
            ),
            PathBuf::from("/repo/sub/state/v3/kv")
        );
        assert_eq!(
            local_kv_root(None, Path::new("/repo"), Some(Path::new("/var/kv"))),
            PathBuf::from("/var/kv/v3/kv")
        );
    }
}
