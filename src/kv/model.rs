//! Plain data types shared by every store and every command.

use serde::Serialize;
use serde_json::Value as Json;

/// When a written key expires, as the API takes it: an absolute time or a time-to-live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Expiry {
    #[default]
    Never,
    /// Absolute Unix time in seconds.
    At(i64),
    /// Seconds from the moment of the write.
    Ttl(i64),
    /// Both were given (`key put --expiration X --ttl Y`). The API receives both and decides;
    /// every store that resolves it itself uses the TTL, as the API and miniflare do.
    Both { at: i64, ttl: i64 },
}

impl Expiry {
    /// Builds the expiry from the API's two optional fields; like the API, a TTL wins when
    /// both are given.
    pub fn from_parts(expiration: Option<i64>, expiration_ttl: Option<i64>) -> Self {
        match (expiration, expiration_ttl) {
            (_, Some(ttl)) => Expiry::Ttl(ttl),
            (Some(at), None) => Expiry::At(at),
            (None, None) => Expiry::Never,
        }
    }

    /// Keeps both fields when both are given, so a client can send both as wrangler does.
    pub fn as_given(expiration: Option<i64>, expiration_ttl: Option<i64>) -> Self {
        match (expiration, expiration_ttl) {
            (Some(at), Some(ttl)) => Expiry::Both { at, ttl },
            _ => Expiry::from_parts(expiration, expiration_ttl),
        }
    }

    /// The expiry that takes effect: the TTL when both are given.
    pub fn effective(self) -> Self {
        match self {
            Expiry::Both { ttl, .. } => Expiry::Ttl(ttl),
            other => other,
        }
    }

    /// The `expiration` and `expiration_ttl` fields to send, as given.
    pub fn parts(self) -> (Option<i64>, Option<i64>) {
        match self {
            Expiry::Never => (None, None),
            Expiry::At(at) => (Some(at), None),
            Expiry::Ttl(ttl) => (None, Some(ttl)),
            Expiry::Both { at, ttl } => (Some(at), Some(ttl)),
        }
    }

    /// The absolute expiration in Unix seconds, given the current time in Unix seconds.
    pub fn resolve(self, now_secs: i64) -> Option<i64> {
        match self.effective() {
            Expiry::Never => None,
            Expiry::At(at) => Some(at),
            Expiry::Ttl(ttl) | Expiry::Both { ttl, .. } => Some(now_secs.saturating_add(ttl)),
        }
    }
}

/// One key to write: the bytes exactly as they are to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct PutItem {
    pub key: String,
    pub value: Vec<u8>,
    pub expiry: Expiry,
    pub metadata: Option<Json>,
}

/// A value read back from a store. `expiration` is in Unix seconds.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredValue {
    pub bytes: Vec<u8>,
    pub expiration: Option<i64>,
    pub metadata: Option<Json>,
}

/// One entry of a key listing, serialized exactly as wrangler and the API print it:
/// `{"name", "expiration"?, "metadata"?}` in that order.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct KeyInfo {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub expiration: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub metadata: Option<Json>,
}

/// One page of a key listing. `cursor` is `None` on the last page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPage {
    pub keys: Vec<KeyInfo>,
    pub cursor: Option<String>,
}

/// What a bulk write or delete did: the keys the store reports as not done, to be retried.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BatchOutcome {
    pub unsuccessful_keys: Vec<String>,
}
