//! The namespaces present in a local KV root, and removing one entirely. Local state has no
//! registry of namespaces, so presence is read from the directories miniflare leaves behind.

use std::fs;
use std::io;
use std::path::Path;

use anyhow::Context;

use super::naming::{database_path, namespace_dir, validate_namespace_id};

/// Namespace ids present in local state: directories under kv_root other than
/// miniflare-KVNamespaceObject whose database exists (or which have a blobs dir), sorted.
pub fn list_namespace_ids(kv_root: &Path) -> anyhow::Result<Vec<String>> {
    let entries = match fs::read_dir(kv_root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", kv_root.display())),
    };
    let mut ids = Vec::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("cannot read {}", kv_root.display()))?;
        if !entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            continue;
        }
        // A directory whose name is not UTF-8 cannot be a namespace id wkv could address;
        // the id check also skips miniflare's own database directory.
        let Ok(id) = entry.file_name().into_string() else {
            continue;
        };
        if validate_namespace_id(&id).is_err() {
            continue;
        }
        if database_path(kv_root, &id).is_file() || entry.path().join("blobs").is_dir() {
            ids.push(id);
        }
    }
    ids.sort();
    Ok(ids)
}

/// Removes a namespace's database (+ -wal/-shm) and its blob directory (used by `wkv serve`
/// namespace delete). Parts already missing are not an error.
pub fn destroy_namespace(kv_root: &Path, namespace_id: &str) -> anyhow::Result<()> {
    validate_namespace_id(namespace_id)?;
    let db = database_path(kv_root, namespace_id);
    for suffix in ["", "-wal", "-shm"] {
        let mut path = db.clone().into_os_string();
        path.push(suffix);
        let path = Path::new(&path);
        match fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("cannot remove {}", path.display())),
        }
    }
    let dir = namespace_dir(kv_root, namespace_id);
    match fs::remove_dir_all(&dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e).with_context(|| format!("cannot remove {}", dir.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local::naming::OBJECT_DIR;
    use crate::local::LocalStore;

    #[test]
    fn lists_only_namespace_directories_and_destroys_one() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        assert!(list_namespace_ids(&root.join("missing"))
            .unwrap()
            .is_empty());
        LocalStore::open(root, "bbb").unwrap();
        LocalStore::open(root, "aaa").unwrap();
        fs::create_dir_all(root.join("not-a-namespace")).unwrap();
        fs::write(root.join("stray-file"), b"x").unwrap();
        assert_eq!(list_namespace_ids(root).unwrap(), vec!["aaa", "bbb"]);

        destroy_namespace(root, "aaa").unwrap();
        assert_eq!(list_namespace_ids(root).unwrap(), vec!["bbb"]);
        assert!(!database_path(root, "aaa").exists());
        assert!(!root.join("aaa").exists());
        assert!(database_path(root, "bbb").exists());
        // Destroying again, or something never created, is fine.
        destroy_namespace(root, "aaa").unwrap();
        assert!(destroy_namespace(root, "..").is_err());
        assert!(root.join(OBJECT_DIR).is_dir());
    }
}
