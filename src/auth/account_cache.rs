//! wrangler's account cache, `wrangler-account.json`, read and written in wrangler's format so
//! that wrangler and wkv share the account a person picked. The folder is chosen as wrangler
//! 4.86 chooses it: `WRANGLER_CACHE_DIR`; else an existing `.cache/wrangler` under the nearest
//! `node_modules` up from the working directory; else an existing `.wrangler/cache`; else the
//! `node_modules` one if there is a `node_modules`; else `.wrangler/cache`. The file holds
//! `{"account": {"id", "name"}}` (2-space JSON, no trailing newline), merged with other keys.

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use crate::api::Account;

use super::env::Environment;

pub const FILE_NAME: &str = "wrangler-account.json";

/// The cache folder for a run started in `cwd`.
pub fn cache_folder(cwd: &Path, env: &Environment) -> PathBuf {
    if let Some(dir) = env.value("WRANGLER_CACHE_DIR") {
        return cwd.join(dir);
    }
    let node_modules = cwd
        .ancestors()
        .map(|dir| dir.join("node_modules"))
        .find(|dir| dir.exists());
    let node_cache = node_modules.map(|dir| dir.join(".cache").join("wrangler"));
    let wrangler_cache = cwd.join(".wrangler").join("cache");
    match node_cache {
        Some(dir) if dir.exists() => dir,
        _ if wrangler_cache.exists() => wrangler_cache,
        Some(dir) => dir,
        None => wrangler_cache,
    }
}

/// The cached account, if any (an unreadable cache counts as none, as in wrangler).
pub fn read(folder: &Path, file_name: &str) -> Option<Account> {
    let bytes = std::fs::read(folder.join(file_name)).ok()?;
    let json: Value = serde_json::from_slice(&bytes).ok()?;
    let account = json.get("account")?;
    let id = account.get("id")?.as_str()?.trim();
    if id.is_empty() {
        return None;
    }
    Some(Account {
        id: id.to_string(),
        name: account
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    })
}

/// Saves the account, keeping the file's other keys.
pub fn write(folder: &Path, file_name: &str, account: &Account) -> std::io::Result<()> {
    let path = folder.join(file_name);
    let mut object = std::fs::read(&path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Map<String, Value>>(&bytes).ok())
        .unwrap_or_default();
    object.insert(
        "account".to_string(),
        json!({"id": account.id, "name": account.name}),
    );
    std::fs::create_dir_all(folder)?;
    let text =
        serde_json::to_string_pretty(&Value::Object(object)).map_err(std::io::Error::other)?;
    std::fs::write(path, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_rules() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("app");
        std::fs::create_dir_all(&project).unwrap();
        let env = Environment::of(&[]);
        assert_eq!(
            cache_folder(&project, &env),
            project.join(".wrangler/cache")
        );
        std::fs::create_dir_all(dir.path().join("node_modules")).unwrap();
        let node = dir.path().join("node_modules/.cache/wrangler");
        assert_eq!(cache_folder(&project, &env), node);
        std::fs::create_dir_all(project.join(".wrangler/cache")).unwrap();
        assert_eq!(
            cache_folder(&project, &env),
            project.join(".wrangler/cache")
        );
        std::fs::create_dir_all(&node).unwrap();
        assert_eq!(cache_folder(&project, &env), node);
        let env = Environment::of(&[("WRANGLER_CACHE_DIR", "/somewhere")]);
        assert_eq!(cache_folder(&project, &env), PathBuf::from("/somewhere"));
    }

    #[test]
    fn writes_wranglers_format_and_keeps_other_keys() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), r#"{"other": 1}"#).unwrap();
        let account = Account {
            id: "abc".into(),
            name: "Acme".into(),
        };
        write(dir.path(), FILE_NAME, &account).unwrap();
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert_eq!(
            text,
            "{\n  \"other\": 1,\n  \"account\": {\n    \"id\": \"abc\",\n    \"name\": \"Acme\"\n  }\n}"
        );
        assert_eq!(read(dir.path(), FILE_NAME), Some(account));
    }
}
