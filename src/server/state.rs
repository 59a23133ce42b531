//! What every request handler shares: the namespace registry (with its open stores), the
//! optional API token, and the body size limit. Cheap to clone.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use super::fault_schedule::FaultInjector;
use super::registry::Registry;

/// The default request body limit: a bulk write may be just under 100 MB, plus slack for the
/// multipart framing of a single large value.
pub const DEFAULT_MAX_BODY_BYTES: usize = 100_000_000 + 1024 * 1024;

/// How long a connection may take to send a request's headers (and how long an idle
/// keep-alive connection stays open) before the server closes it.
pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a request body may send nothing before the request fails and its connection closes.
pub const DEFAULT_BODY_IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// How `wkv serve` runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub host: String,
    pub port: u16,
    /// `<persist dir>/v3/kv`: the same local state `wkv --local` and `wrangler dev` use.
    pub kv_root: PathBuf,
    /// When set, every request must carry `Authorization: Bearer <token>`.
    pub token: Option<String>,
    pub max_body_bytes: usize,
    /// The share of data requests to fail on purpose (`--inject-faults`), for testing clients.
    pub fault_rate: f64,
    /// Only requests whose path ends with this get faults (`--inject-faults-on`).
    pub fault_route: Option<String>,
    /// For testing clients (`--inject-bulk-get-cap`): a bulk get whose values total more than
    /// this many bytes is refused with 413, as the API refuses one over its 25 MB cap.
    pub bulk_get_cap: usize,
    /// For benchmarks (`--latency-ms`): how long every request waits before it is handled.
    pub latency: Duration,
    /// A connection that has not sent complete request headers after this long is closed.
    pub header_timeout: Duration,
    /// A request whose body sends nothing for this long fails with 408 and its connection closes.
    pub body_idle_timeout: Duration,
    /// The accounts `/accounts` and `/memberships` list; empty means the one local account.
    pub accounts: Vec<ServedAccount>,
    /// A second accepted token that may not use Workers KV (for testing clients).
    pub token_without_kv: Option<String>,
}

/// An account the server offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServedAccount {
    pub id: String,
    pub name: String,
}

impl ServeOptions {
    /// Loopback, an OS-chosen port, no token, the default body limit.
    pub fn new(kv_root: impl Into<PathBuf>) -> ServeOptions {
        ServeOptions {
            kv_root: kv_root.into(),
            ..ServeOptions::default()
        }
    }
}

/// Loopback, an OS-chosen port, no token, the default body limit, and an empty `kv_root`
/// (relative paths resolve against the working directory: set it).
impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            host: "127.0.0.1".to_string(),
            port: 0,
            kv_root: PathBuf::new(),
            token: None,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            fault_rate: 0.0,
            fault_route: None,
            bulk_get_cap: crate::kv::limits::MAX_BULK_GET_VALUE_BYTES,
            latency: Duration::ZERO,
            header_timeout: DEFAULT_HEADER_TIMEOUT,
            body_idle_timeout: DEFAULT_BODY_IDLE_TIMEOUT,
            accounts: Vec::new(),
            token_without_kv: None,
        }
    }
}

/// The server's shared state; build it with `ServerState::new` and hand it to `router`.
#[derive(Clone)]
pub struct ServerState {
    shared: Arc<Shared>,
}

struct Shared {
    registry: Registry,
    token: Option<String>,
    max_body_bytes: usize,
    body_idle_timeout: Duration,
    faults: Option<FaultInjector>,
    accounts: Vec<ServedAccount>,
    token_without_kv: Option<String>,
    bulk_get_cap: usize,
    latency: Duration,
}

impl ServerState {
    /// Creates the KV root if needed; nothing else is touched until requests arrive.
    pub fn new(options: &ServeOptions) -> anyhow::Result<ServerState> {
        Ok(ServerState {
            shared: Arc::new(Shared {
                registry: Registry::new(&options.kv_root)?,
                token: options.token.clone(),
                max_body_bytes: options.max_body_bytes,
                body_idle_timeout: options.body_idle_timeout,
                bulk_get_cap: options.bulk_get_cap,
                latency: options.latency,
                faults: (options.fault_rate > 0.0)
                    .then(|| FaultInjector::new(options.fault_rate, options.fault_route.clone())),
                accounts: if options.accounts.is_empty() {
                    vec![ServedAccount {
                        id: super::LOCAL_ACCOUNT_ID.to_string(),
                        name: super::LOCAL_ACCOUNT_NAME.to_string(),
                    }]
                } else {
                    options.accounts.clone()
                },
                token_without_kv: options.token_without_kv.clone(),
            }),
        })
    }

    pub fn kv_root(&self) -> &Path {
        self.shared.registry.kv_root()
    }

    pub(crate) fn registry(&self) -> &Registry {
        &self.shared.registry
    }

    pub(crate) fn token(&self) -> Option<&str> {
        self.shared.token.as_deref()
    }

    pub(crate) fn max_body_bytes(&self) -> usize {
        self.shared.max_body_bytes
    }

    pub(crate) fn body_idle_timeout(&self) -> Duration {
        self.shared.body_idle_timeout
    }

    pub(crate) fn accounts(&self) -> &[ServedAccount] {
        &self.shared.accounts
    }

    pub(crate) fn token_without_kv(&self) -> Option<&str> {
        self.shared.token_without_kv.as_deref()
    }

    /// The most value bytes one bulk get returns before it is refused with 413.
    pub(crate) fn bulk_get_cap(&self) -> usize {
        self.shared.bulk_get_cap
    }

    pub(crate) fn latency(&self) -> Duration {
        self.shared.latency
    }

    pub(crate) fn faults(&self) -> Option<&FaultInjector> {
        self.shared.faults.as_ref()
    }
}
