//! Reusing a `wrangler login`: read the session file, and when its OAuth token has expired
//! refresh it and write the result back where wrangler will find it. The refresh token is
//! single-use, so concurrent wkv processes must not both spend it: the refresher holds an
//! exclusive lock (on the `config` directory itself, so no lock file is left in wrangler's
//! folder; a lock file beside it on Windows) and re-reads the file once it has the lock, using a
//! token a sibling process already refreshed. The rewrite is atomic (a temporary file renamed
//! over the old one), mode 0600, in wrangler's exact format. A session kept in the OS keyring
//! by newer wrangler versions is detected and refused with a clear way out.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::WkvError;

use super::env::Environment;
use super::session_file::SessionFile;
use super::timestamp;
use super::token_refresh::{self, RefreshError, TokenEndpoint};

/// How long to wait for another process's refresh before giving up.
const LOCK_WAIT: Duration = Duration::from_secs(60);
const LOCK_POLL: Duration = Duration::from_millis(20);

/// Which session file: `<cfg>/config/<base>.toml`.
#[derive(Debug, Clone)]
pub struct SessionLocation {
    pub config_dir: PathBuf,
    pub base: String,
}

impl SessionLocation {
    pub fn file(&self) -> PathBuf {
        super::wrangler_dir::session_file(&self.config_dir, &self.base)
    }

    fn encrypted_file(&self) -> PathBuf {
        self.config_dir
            .join("config")
            .join(format!("{}.enc", self.base))
    }
}

/// A usable token from wrangler's session.
#[derive(Clone)]
pub struct SessionToken {
    pub token: String,
    pub path: PathBuf,
    pub kind: SessionKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionKind {
    /// `oauth_token`: refreshed when expired.
    OAuth {
        expires_at: SystemTime,
        scopes: Vec<String>,
        /// This run refreshed it (and rewrote the file).
        refreshed: bool,
    },
    /// wrangler 1's `api_token`: used as is.
    LegacyApiToken,
}

/// What the run allows.
pub struct SessionPolicy<'a> {
    pub env: &'a Environment,
    pub endpoint: TokenEndpoint,
    /// Under `CLOUDFLARE_COMPLIANCE_REGION=fedramp_high` OAuth is refused, as wrangler does.
    pub fedramp: bool,
}

/// The session's token, refreshed if needed; `None` when there is no session.
pub async fn load(
    location: &SessionLocation,
    policy: &SessionPolicy<'_>,
) -> anyhow::Result<Option<SessionToken>> {
    check_keyring(location, policy.env)?;
    let path = location.file();
    let Some(file) = read(&path)? else {
        return Ok(None);
    };
    let shown = path.display().to_string();
    if non_empty(&file.oauth_token).is_some() {
        if policy.fedramp {
            return Err(WkvError::usage(format!(
                "wrangler's OAuth session (`{shown}`) cannot be used in the fedramp_high compliance region"
            ))
            .with_hint("set CLOUDFLARE_API_TOKEN to an API token, as wrangler requires there")
            .into());
        }
        if let Some(token) = fresh(&file, &path, false) {
            return Ok(Some(token));
        }
        return refresh_locked(location, policy).await.map(Some);
    }
    if let Some(token) = non_empty(&file.api_token) {
        return Ok(Some(SessionToken {
            token: token.to_string(),
            path,
            kind: SessionKind::LegacyApiToken,
        }));
    }
    Ok(None)
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

/// The file's OAuth token if it has not expired (a missing or unreadable expiry counts as
/// expired; wrangler uses no margin).
fn fresh(file: &SessionFile, path: &Path, refreshed: bool) -> Option<SessionToken> {
    let token = non_empty(&file.oauth_token)?;
    let expires_at = file.expiration_time.as_deref().and_then(timestamp::parse)?;
    (SystemTime::now() < expires_at).then(|| SessionToken {
        token: token.to_string(),
        path: path.to_path_buf(),
        kind: SessionKind::OAuth {
            expires_at,
            scopes: file.scopes.clone().unwrap_or_default(),
            refreshed,
        },
    })
}

fn read(path: &Path) -> anyhow::Result<Option<SessionFile>> {
    match std::fs::read(path) {
        Ok(bytes) => {
            let text = String::from_utf8(bytes).map_err(|_| {
                WkvError::usage(format!(
                    "wrangler's session file `{}` is malformed: it is not UTF-8 text",
                    path.display()
                ))
                .with_hint("run `wrangler login` to write it again, or set CLOUDFLARE_API_TOKEN")
            })?;
            SessionFile::parse(&text, &path.display().to_string()).map(Some)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(WkvError::failure(format!(
            "cannot read wrangler's session file `{}`: {e}",
            path.display()
        ))
        .into()),
    }
}

/// wrangler 4.107+ may keep the session encrypted with a key in the OS keyring.
fn check_keyring(location: &SessionLocation, env: &Environment) -> anyhow::Result<()> {
    let forced = env
        .value("CLOUDFLARE_AUTH_USE_KEYRING")
        .map(|v| v.to_ascii_lowercase());
    let in_keyring = match forced.as_deref() {
        Some("false") | Some("0") => false,
        Some("true") | Some("1") => true,
        _ => {
            let preferences = location.config_dir.join("preferences.json");
            let enabled = std::fs::read(&preferences)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                .and_then(|json| json.get("keyring_enabled")?.as_bool())
                .unwrap_or(false);
            enabled || location.encrypted_file().exists()
        }
    };
    if in_keyring {
        return Err(WkvError::failure(format!(
            "wrangler keeps its session in the OS keyring (under `{}`), which wkv cannot read",
            location.config_dir.display()
        ))
        .with_hint("run `export CLOUDFLARE_API_TOKEN=$(wrangler auth token)` to hand wrangler's token to wkv for this shell")
        .with_hint("or set CLOUDFLARE_API_TOKEN to an API token, or run `wkv auth login`")
        .into());
    }
    Ok(())
}

/// Refreshes under the lock, after checking that no sibling process did it first.
async fn refresh_locked(
    location: &SessionLocation,
    policy: &SessionPolicy<'_>,
) -> anyhow::Result<SessionToken> {
    let path = location.file();
    let _lock = acquire_lock(location).await?;
    let mut tried: Option<String> = None;
    loop {
        let file = read(&path)?.ok_or_else(|| {
            WkvError::failure(format!(
                "wrangler's session file `{}` disappeared while wkv was refreshing it",
                path.display()
            ))
        })?;
        if let Some(token) = fresh(&file, &path, false) {
            return Ok(token);
        }
        let Some(refresh_token) = non_empty(&file.refresh_token).map(str::to_string) else {
            return Err(expired(&path, "it has no refresh token"));
        };
        if tried.as_deref() == Some(refresh_token.as_str()) {
            return Err(expired(
                &path,
                "the token endpoint refused the refresh token (invalid_grant)",
            ));
        }
        match token_refresh::refresh(&policy.endpoint, &refresh_token).await {
            Ok(grant) => {
                let expires_at =
                    SystemTime::now() + Duration::from_secs_f64(grant.expires_in.max(0.0));
                let scopes: Vec<String> = grant
                    .scope
                    .as_deref()
                    .filter(|s| !s.is_empty())
                    .map(|s| s.split(' ').map(str::to_string).collect())
                    .unwrap_or_default();
                let updated = SessionFile {
                    oauth_token: Some(grant.access_token.clone()),
                    expiration_time: Some(timestamp::to_iso_millis(expires_at)),
                    refresh_token: Some(grant.refresh_token.clone().unwrap_or(refresh_token)),
                    scopes: Some(scopes.clone()),
                    api_token: None,
                };
                write_atomically(&path, updated.to_wrangler_toml().as_bytes())?;
                return Ok(SessionToken {
                    token: grant.access_token,
                    path,
                    kind: SessionKind::OAuth {
                        expires_at,
                        scopes,
                        refreshed: true,
                    },
                });
            }
            // A wrangler process (which takes no lock) may have rotated the token meanwhile:
            // read the file again and try once more with the new one.
            Err(RefreshError::InvalidGrant) => tried = Some(refresh_token),
            Err(RefreshError::Other(why)) => return Err(expired(&path, &why)),
        }
    }
}

fn expired(path: &Path, why: &str) -> anyhow::Error {
    WkvError::failure(format!(
        "wrangler's session (`{}`) has expired and could not be refreshed: {why}",
        path.display()
    ))
    .with_hint(
        "run `wrangler login` again, or sign in with `wkv auth login` or CLOUDFLARE_API_TOKEN",
    )
    .into()
}

/// Holds the refresh lock until dropped.
struct RefreshLock(#[allow(dead_code)] std::fs::File);

async fn acquire_lock(location: &SessionLocation) -> anyhow::Result<RefreshLock> {
    use fs4::fs_std::FileExt;
    let file = open_lock_target(location)?;
    let deadline = tokio::time::Instant::now() + LOCK_WAIT;
    loop {
        match FileExt::try_lock_exclusive(&file) {
            Ok(true) => return Ok(RefreshLock(file)),
            Ok(false) => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) => {
                return Err(WkvError::failure(format!(
                    "cannot lock wrangler's session for a refresh: {e}"
                ))
                .into())
            }
        }
        if tokio::time::Instant::now() >= deadline {
            return Err(WkvError::failure(
                "another process has been refreshing wrangler's session for a minute; gave up",
            )
            .into());
        }
        tokio::time::sleep(LOCK_POLL).await;
    }
}

#[cfg(unix)]
fn open_lock_target(location: &SessionLocation) -> anyhow::Result<std::fs::File> {
    let dir = location.config_dir.join("config");
    std::fs::File::open(&dir)
        .map_err(|e| anyhow::anyhow!("cannot open `{}` to lock it: {e}", dir.display()))
}

#[cfg(not(unix))]
fn open_lock_target(location: &SessionLocation) -> anyhow::Result<std::fs::File> {
    let path = location
        .config_dir
        .join("config")
        .join(format!("{}.toml.wkv-lock", location.base));
    std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| anyhow::anyhow!("cannot open `{}` to lock it: {e}", path.display()))
}

/// Writes a sibling temporary file (mode 0600), flushes it, and renames it over `path`.
pub fn write_atomically(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| anyhow::anyhow!("cannot write in `{}`: {e}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    temp.persist(path)
        .map_err(|e| anyhow::anyhow!("cannot replace `{}`: {}", path.display(), e.error))?;
    Ok(())
}
