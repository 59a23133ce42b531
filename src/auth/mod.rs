//! Signing in: which credentials and which account a remote run uses, found the way wrangler 4
//! finds them (environment variables, `.env` files, wrangler's login session with its refresh,
//! wrangler's account cache) plus wkv's own profiles. `src/api/` receives ready `Credentials`
//! and an account id; it never looks at the environment or at files itself. Each concern has
//! its own file: `env` and `dotenv` (variables), `region` (API base), `sources` (precedence),
//! `wrangler_dir`, `session_file`, `timestamp`, `token_refresh` and `wrangler_session`
//! (reusing `wrangler login`), `wrangler_profiles` (which of wrangler's profiles), `profiles`
//! (wkv's), `api_headers` (`CLOUDFLARE_API_HEADERS`), `account` and `account_cache`.

pub mod account;
pub mod account_cache;
pub mod api_headers;
pub mod dotenv;
pub mod env;
pub mod profiles;
pub mod region;
pub mod session_file;
pub mod sources;
pub mod timestamp;
pub mod token_refresh;
pub mod wrangler_dir;
pub mod wrangler_profiles;
pub mod wrangler_session;

use std::path::{Path, PathBuf};

pub use account::{AccountInputs, AccountOrigin};
pub use env::Environment;
pub use profiles::ProfileStore;
pub use region::ApiEndpoint;
pub use sources::{SignIn, Source};

use crate::api::Account;

/// Everything sign-in depends on for one run, read once.
pub struct AuthSetup {
    pub env: Environment,
    /// `--profile` / `WKV_PROFILE`.
    pub profile: Option<String>,
    /// How `profile` was named, for `whoami`: "--profile", "WKV_PROFILE", ...
    pub profile_via: String,
    /// The working directory (for wrangler's account cache).
    pub cwd: PathBuf,
    /// Where wrangler would look up its directory bindings: the `--config` file's folder, else
    /// `cwd`.
    pub profile_dir: PathBuf,
    pub wrangler_dir: Option<PathBuf>,
    pub profiles: Option<ProfileStore>,
}

impl AuthSetup {
    /// Reads the process environment and the `.env` files: `env_files` when given (each must
    /// exist), else `.env`, `.env.local` and, with an environment name, `.env.NAME` and
    /// `.env.NAME.local` in `cwd`. `config_file` is the `--config` flag.
    pub fn from_process(
        cwd: &Path,
        config_file: Option<&Path>,
        env_name: Option<&str>,
        env_files: &[PathBuf],
        profile: Option<String>,
        profile_via: &str,
    ) -> anyhow::Result<AuthSetup> {
        let process: std::collections::HashMap<String, String> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect();
        let env_name = env_name
            .map(str::to_string)
            .or_else(|| process.get("CLOUDFLARE_ENV").cloned())
            .filter(|e| !e.is_empty());
        let files = if env_files.is_empty() {
            dotenv::load(
                &dotenv::default_files(cwd, env_name.as_deref()),
                false,
                &process,
            )?
        } else {
            let files: Vec<PathBuf> = env_files.iter().map(|f| cwd.join(f)).collect();
            dotenv::load(&files, true, &process)?
        };
        let env = Environment::new(process, files);
        let os = wrangler_dir::Os::current();
        let lookup = |name: &str| env.value(name);
        let wrangler_dir = wrangler_dir::config_dir(os, &lookup, &|p: &Path| p.is_dir());
        let profile = profile.filter(|p| !p.is_empty());
        Ok(AuthSetup {
            env,
            profile,
            profile_via: profile_via.to_string(),
            cwd: cwd.to_path_buf(),
            profile_dir: wrangler_profiles::resolution_dir(cwd, config_file),
            wrangler_dir,
            profiles: ProfileStore::default_location(),
        })
    }

    pub fn api_endpoint(&self) -> anyhow::Result<ApiEndpoint> {
        region::api_endpoint(&self.env)
    }

    /// The headers of `CLOUDFLARE_API_HEADERS`, checked; sent with every API request.
    pub fn api_headers(&self) -> anyhow::Result<api_headers::ApiHeaders> {
        api_headers::from_env(&self.env)
    }

    /// The run's credentials (refreshing wrangler's session if it has expired).
    pub async fn sign_in(&self) -> anyhow::Result<SignIn> {
        let endpoint = self.api_endpoint()?;
        let inputs = sources::SourceInputs {
            env: &self.env,
            profile: self
                .profile
                .as_deref()
                .map(|name| sources::ExplicitProfile {
                    name,
                    via: &self.profile_via,
                }),
            profile_dir: &self.profile_dir,
            profiles: self.profiles.as_ref(),
            wrangler_dir: self.wrangler_dir.as_deref(),
            policy: wrangler_session::SessionPolicy {
                env: &self.env,
                endpoint: token_refresh::TokenEndpoint::from_env(&self.env),
                fedramp: endpoint.fedramp,
            },
        };
        sources::resolve(&inputs).await
    }

    /// What decides the account for this sign-in.
    pub fn account_inputs<'a>(
        &'a self,
        config_account_id: Option<&'a str>,
        sign_in: &'a SignIn,
    ) -> AccountInputs<'a> {
        let cache = match &sign_in.source {
            // A wkv profile carries its own account; the shared cache belongs to wrangler's
            // sign-ins and the environment's.
            Source::WkvProfile { .. } => None,
            _ => {
                let file = match &sign_in.wrangler_profile {
                    Some(profile) => format!("wrangler-account-{profile}.json"),
                    None => account_cache::FILE_NAME.to_string(),
                };
                Some((account_cache::cache_folder(&self.cwd, &self.env), file))
            }
        };
        AccountInputs {
            config_account_id,
            env: &self.env,
            profile_account: sign_in.profile_account.as_ref(),
            cache,
        }
    }
}

/// An account for messages: "Acme (0123...)" or just the id.
pub fn describe_account(account: &Account) -> String {
    if account.name.is_empty() {
        account.id.clone()
    } else {
        format!("{} ({})", account.name, account.id)
    }
}
