//! The namespaces `wkv serve` knows: titles kept in `<kv_root>/wkv-namespaces.json` (a file of
//! ours that `wrangler dev` ignores) joined with the namespaces present in local state, and a
//! cache of open `LocalStore`s so requests do not reopen SQLite. It owns namespace existence,
//! creation, renaming and deletion; it knows nothing about HTTP beyond the errors it answers.
//!
//! Lock order: the titles mutex is taken before the store cache, by everything that can create
//! or destroy a namespace, so a delete cannot race a first open into resurrecting files.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use anyhow::Context;
use axum::http::StatusCode;

use super::envelope::{ApiError, CODE_DUPLICATE_TITLE};
use crate::kv::limits::validate_title;
use crate::local::{destroy_namespace, list_namespace_ids, LocalStore};

/// The file holding namespace titles, next to the local state.
pub const TITLES_FILE: &str = "wkv-namespaces.json";

/// The jurisdictions namespaces were created in (`{id: "eu"}`), next to the titles; only
/// namespaces created with one are listed.
pub const JURISDICTIONS_FILE: &str = "wkv-jurisdictions.json";

/// The storage modes namespaces were created with (`{id: "instant"}`), likewise.
pub const MODES_FILE: &str = "wkv-modes.json";

/// What a namespace may be created with besides its title (the API's create body).
#[derive(Debug, Clone, Copy, Default)]
pub struct CreateChoices<'a> {
    pub jurisdiction: Option<&'a str>,
    pub mode: Option<&'a str>,
}

/// The choices namespaces were created with, by id; each kind in its own file.
#[derive(Debug, Clone, Default)]
pub struct CreatedWith {
    pub jurisdictions: BTreeMap<String, String>,
    pub modes: BTreeMap<String, String>,
}

/// As many namespaces as one Cloudflare account may hold.
pub const MAX_NAMESPACES: usize = 1000;

/// A namespace as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamespaceInfo {
    pub id: String,
    pub title: String,
}

pub struct Registry {
    kv_root: PathBuf,
    /// Serializes every read-modify-write of the titles file.
    titles_lock: Mutex<()>,
    stores: RwLock<HashMap<String, Arc<LocalStore>>>,
}

impl Registry {
    pub fn new(kv_root: &Path) -> anyhow::Result<Registry> {
        std::fs::create_dir_all(kv_root).with_context(|| {
            format!("cannot create the KV state directory {}", kv_root.display())
        })?;
        Ok(Registry {
            kv_root: kv_root.to_path_buf(),
            titles_lock: Mutex::new(()),
            stores: RwLock::new(HashMap::new()),
        })
    }

    pub fn kv_root(&self) -> &Path {
        &self.kv_root
    }

    /// Every namespace, titled or only present in local state (titled by its id), by id.
    pub fn list(&self) -> Result<Vec<NamespaceInfo>, ApiError> {
        let _guard = self.lock_titles();
        Ok(self.list_locked()?)
    }

    pub fn get(&self, id: &str) -> Result<NamespaceInfo, ApiError> {
        let _guard = self.lock_titles();
        self.find_locked(id)?
            .ok_or_else(ApiError::namespace_not_found)
    }

    pub fn create(&self, title: &str) -> Result<NamespaceInfo, ApiError> {
        check_title(title)?;
        let _guard = self.lock_titles();
        let all = self.list_locked()?;
        if all.iter().any(|ns| ns.title == title) {
            return Err(duplicate_title());
        }
        if all.len() >= MAX_NAMESPACES {
            return Err(ApiError::bad_request(format!(
                "This account already has the maximum of {MAX_NAMESPACES} namespaces."
            )));
        }
        let mut titles = self.read_titles()?;
        let id = new_namespace_id()?;
        titles.insert(id.clone(), title.to_string());
        self.write_titles(&titles)?;
        Ok(NamespaceInfo {
            id,
            title: title.to_string(),
        })
    }

    /// Creates a namespace and records the jurisdiction and mode it was created with, if any.
    pub fn create_in(
        &self,
        title: &str,
        choices: CreateChoices<'_>,
    ) -> Result<NamespaceInfo, ApiError> {
        let created = self.create(title)?;
        let _guard = self.lock_titles();
        for (file, value) in [
            (JURISDICTIONS_FILE, choices.jurisdiction),
            (MODES_FILE, choices.mode),
        ] {
            if let Some(value) = value {
                let path = self.kv_root.join(file);
                let mut all = read_map(&path, file)?;
                all.insert(created.id.clone(), value.to_string());
                self.write_map(&path, &all)?;
            }
        }
        Ok(created)
    }

    /// The jurisdiction and mode of every namespace created with one, by id.
    pub fn created_with(&self) -> Result<CreatedWith, ApiError> {
        let _guard = self.lock_titles();
        Ok(CreatedWith {
            jurisdictions: read_map(&self.kv_root.join(JURISDICTIONS_FILE), "jurisdiction")?,
            modes: read_map(&self.kv_root.join(MODES_FILE), "mode")?,
        })
    }

    pub fn rename(&self, id: &str, title: &str) -> Result<NamespaceInfo, ApiError> {
        check_title(title)?;
        let _guard = self.lock_titles();
        let all = self.list_locked()?;
        if !all.iter().any(|ns| ns.id == id) {
            return Err(ApiError::namespace_not_found());
        }
        if all.iter().any(|ns| ns.title == title && ns.id != id) {
            return Err(duplicate_title());
        }
        let mut titles = self.read_titles()?;
        titles.insert(id.to_string(), title.to_string());
        self.write_titles(&titles)?;
        Ok(NamespaceInfo {
            id: id.to_string(),
            title: title.to_string(),
        })
    }

    /// Removes the namespace's title and its local state (database and value files).
    ///
    /// Ordered against writes so that each one either lands before the delete (and goes with
    /// the namespace) or fails with 404 after it, leaving nothing behind: new requests wait on
    /// the titles lock and then find nothing; requests already holding the store are waited
    /// for by `retire`, and later ones are refused by it; writers in other processes are
    /// waited for on SQLite's write lock and refuse to commit into the deleted file. Blocks:
    /// call it off the async workers.
    pub fn delete(&self, id: &str) -> Result<(), ApiError> {
        let _guard = self.lock_titles();
        if self.find_locked(id)?.is_none() {
            return Err(ApiError::namespace_not_found());
        }
        let cached = self.write_stores().remove(id);
        let store = match cached {
            Some(store) => Some(store),
            None => LocalStore::open_existing(&self.kv_root, id)?.map(Arc::new),
        };
        let destroy = || destroy_namespace(&self.kv_root, id);
        match store {
            Some(store) => store.retire(destroy)?,
            None => destroy()?,
        }
        let mut titles = self.read_titles()?;
        if titles.remove(id).is_some() {
            self.write_titles(&titles)?;
        }
        for file in [JURISDICTIONS_FILE, MODES_FILE] {
            let path = self.kv_root.join(file);
            let mut all = read_map(&path, file)?;
            if all.remove(id).is_some() {
                self.write_map(&path, &all)?;
            }
        }
        Ok(())
    }

    /// The open store of an existing namespace; 404 / 10013 for one that does not exist.
    /// A titled namespace without local state yet gets its (empty) database created here.
    pub fn store(&self, id: &str) -> Result<Arc<LocalStore>, ApiError> {
        if let Some(store) = self.read_stores().get(id) {
            return Ok(Arc::clone(store));
        }
        let _guard = self.lock_titles();
        if let Some(store) = self.read_stores().get(id) {
            return Ok(Arc::clone(store));
        }
        if !usable_id(id) {
            return Err(ApiError::namespace_not_found());
        }
        let store = if self.read_titles()?.contains_key(id) {
            LocalStore::open(&self.kv_root, id)?
        } else {
            match LocalStore::open_existing(&self.kv_root, id)? {
                Some(store) => store,
                None => return Err(ApiError::namespace_not_found()),
            }
        };
        let store = Arc::new(store);
        self.write_stores()
            .insert(id.to_string(), Arc::clone(&store));
        Ok(store)
    }

    fn list_locked(&self) -> anyhow::Result<Vec<NamespaceInfo>> {
        let mut titles = self.read_titles()?;
        for id in list_namespace_ids(&self.kv_root)? {
            titles.entry(id.clone()).or_insert(id);
        }
        Ok(titles
            .into_iter()
            .map(|(id, title)| NamespaceInfo { id, title })
            .collect())
    }

    fn find_locked(&self, id: &str) -> anyhow::Result<Option<NamespaceInfo>> {
        if !usable_id(id) {
            return Ok(None);
        }
        if let Some(title) = self.read_titles()?.remove(id) {
            return Ok(Some(NamespaceInfo {
                id: id.to_string(),
                title,
            }));
        }
        Ok(list_namespace_ids(&self.kv_root)?
            .into_iter()
            .find(|known| known == id)
            .map(|id| NamespaceInfo {
                title: id.clone(),
                id,
            }))
    }

    fn titles_path(&self) -> PathBuf {
        self.kv_root.join(TITLES_FILE)
    }

    fn read_titles(&self) -> anyhow::Result<BTreeMap<String, String>> {
        read_map(&self.titles_path(), "title")
    }

    /// Temp file and rename, so a crash never leaves a half-written titles file.
    fn write_titles(&self, titles: &BTreeMap<String, String>) -> anyhow::Result<()> {
        self.write_map(&self.titles_path(), titles)
    }

    fn write_map(&self, path: &Path, map: &BTreeMap<String, String>) -> anyhow::Result<()> {
        let mut text = serde_json::to_vec_pretty(map)?;
        text.push(b'\n');
        let mut temp = tempfile::NamedTempFile::new_in(&self.kv_root)
            .with_context(|| format!("cannot create a file in {}", self.kv_root.display()))?;
        temp.write_all(&text)?;
        temp.as_file().sync_all()?;
        temp.persist(path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    }

    fn lock_titles(&self) -> MutexGuard<'_, ()> {
        // The guarded data is a file; a panic elsewhere cannot have left it inconsistent.
        self.titles_lock
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn read_stores(&self) -> std::sync::RwLockReadGuard<'_, HashMap<String, Arc<LocalStore>>> {
        self.stores
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn write_stores(&self) -> std::sync::RwLockWriteGuard<'_, HashMap<String, Arc<LocalStore>>> {
        self.stores
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A JSON object of namespace id to `what` (a missing file is empty).
fn read_map(path: &Path, what: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let text = match std::fs::read(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    serde_json::from_slice(&text).with_context(|| {
        format!(
            "{} is not a JSON object of namespace id to {what}",
            path.display()
        )
    })
}

/// Namespace ids come from URLs and become directory names: anything path-like cannot exist.
fn usable_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 256
        && id != "."
        && id != ".."
        && !id.contains(['/', '\\', '\0'])
        // The directory miniflare keeps every namespace database in.
        && id != "miniflare-KVNamespaceObject"
}

fn check_title(title: &str) -> Result<(), ApiError> {
    validate_title(title).map_err(|e| ApiError::invalid(StatusCode::BAD_REQUEST, e))
}

fn duplicate_title() -> ApiError {
    ApiError::new(
        StatusCode::BAD_REQUEST,
        CODE_DUPLICATE_TITLE,
        "a namespace with this account ID and title already exists",
    )
}

/// 32 lowercase hex characters of OS randomness, like Cloudflare's namespace ids.
fn new_namespace_id() -> anyhow::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| anyhow::anyhow!("the operating system's random source failed: {e}"))?;
    Ok(hex::encode(bytes))
}
