//! Finding the wrangler config file by walking up from the base directory. Only looks at the
//! file system; parsing is `parse.rs`'s job.

use std::path::{Path, PathBuf};

/// The config file names, in the order they win when several sit in one directory.
pub const CONFIG_FILE_NAMES: [&str; 3] = ["wrangler.json", "wrangler.jsonc", "wrangler.toml"];

/// The first config file in `start` or the nearest directory above it that has one.
///
/// The nearest directory wins, then the name order within it. (wrangler itself searches for each
/// name all the way up before trying the next, so a `wrangler.json` in a parent beats a
/// `wrangler.toml` next to you; that surprises people, so wkv takes the nearest file.)
pub fn find_config_file(start: &Path) -> Option<PathBuf> {
    start.ancestors().find_map(|dir| {
        CONFIG_FILE_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// "wrangler.json, wrangler.jsonc or wrangler.toml", for messages.
pub fn names_in_words() -> String {
    let (last, rest) = CONFIG_FILE_NAMES
        .split_last()
        .expect("the list of config names is not empty");
    format!("{} or {last}", rest.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn finds_the_file_in_the_start_directory() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("wrangler.toml"), "").unwrap();
        assert_eq!(
            find_config_file(dir.path()),
            Some(dir.path().join("wrangler.toml"))
        );
    }

    #[test]
    fn searches_upward_from_a_nested_directory() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a/b/c");
        fs::create_dir_all(&nested).unwrap();
        fs::write(dir.path().join("a/wrangler.jsonc"), "{}").unwrap();
        assert_eq!(
            find_config_file(&nested),
            Some(dir.path().join("a/wrangler.jsonc"))
        );
    }

    #[test]
    fn json_beats_jsonc_beats_toml_in_one_directory() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("wrangler.toml"), "").unwrap();
        fs::write(dir.path().join("wrangler.jsonc"), "{}").unwrap();
        assert_eq!(
            find_config_file(dir.path()),
            Some(dir.path().join("wrangler.jsonc"))
        );
        fs::write(dir.path().join("wrangler.json"), "{}").unwrap();
        assert_eq!(
            find_config_file(dir.path()),
            Some(dir.path().join("wrangler.json"))
        );
    }

    #[test]
    fn the_nearest_directory_wins_over_the_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let child = dir.path().join("worker");
        fs::create_dir_all(&child).unwrap();
        fs::write(dir.path().join("wrangler.json"), "{}").unwrap();
        fs::write(child.join("wrangler.toml"), "").unwrap();
        assert_eq!(find_config_file(&child), Some(child.join("wrangler.toml")));
    }

    #[test]
    fn a_directory_with_a_config_name_is_not_a_config() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("wrangler.json")).unwrap();
        fs::write(dir.path().join("wrangler.toml"), "").unwrap();
        assert_eq!(
            find_config_file(dir.path()),
            Some(dir.path().join("wrangler.toml"))
        );
    }

    #[test]
    fn nothing_found_is_none() {
        let dir = tempfile::tempdir().unwrap();
        // The temp dir's ancestors could in theory hold a config; the test only means something
        // when they do not, which is the case on any sane machine.
        let parent = dir.path().parent().expect("a temp dir has a parent");
        if find_config_file(parent).is_none() {
            assert_eq!(find_config_file(dir.path()), None);
        }
    }

    #[test]
    fn names_in_words_lists_every_name() {
        assert_eq!(
            names_in_words(),
            "wrangler.json, wrangler.jsonc or wrangler.toml"
        );
    }
}
