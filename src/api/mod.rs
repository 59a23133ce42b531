//! The thin client for Cloudflare's API v4 (Workers KV part), which `wkv serve` speaks too.
//! It owns the HTTP details: credentials, URLs and key encoding, the JSON envelope, error
//! decoding, pagination, retries with backoff and a client-side rate limit, and the `KvStore`
//! implementation over the API. It never prints: retries are reported through a callback that
//! the CLI wires to stderr, and failures come back as `ApiError` (or `WkvError` where a kind
//! such as "namespace not found" must reach the exit code).

mod accounts;
mod client;
mod credentials;
mod encode;
mod error;
mod namespaces;
mod rate;
mod remote_store;
mod retry;
mod wire;

pub use accounts::TokenStatus;
pub use client::{ApiClient, ClientOptions, RequestStats, RetryCallback, DEFAULT_BASE_URL};
pub use credentials::Credentials;
pub use encode::encode_uri_component;
pub use error::{ApiError, CloudflareError, VerboseApiError};
pub use namespaces::{Account, CreateBody, Namespace};
pub use rate::RateLimiter;
pub use remote_store::RemoteStore;
pub use retry::{resend_delay, retrying_cannot_fix, Failure, Replay, RetryEvent, RetryPolicy};
