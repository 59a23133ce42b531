//! The API's limits, checked before anything is sent or written, with the messages the API and
//! the local runtime use (see `docs/cloudflare-kv-api.md`). Every check returns a usage error.

use crate::error::WkvError;
use crate::kv::Expiry;
use serde_json::Value as Json;

pub const MAX_KEY_BYTES: usize = 512;
pub const MAX_VALUE_BYTES: usize = 26_214_400;
pub const MAX_METADATA_BYTES: usize = 1024;
pub const MIN_TTL_SECS: i64 = 60;
pub const MIN_LIST_LIMIT: usize = 10;
pub const MAX_LIST_LIMIT: usize = 1000;
pub const MAX_BULK_GET_KEYS: usize = 100;
/// The most value bytes one bulk get may return: one value of the largest size, as the API's
/// 25 MB cap on a bulk read allows.
pub const MAX_BULK_GET_VALUE_BYTES: usize = MAX_VALUE_BYTES;
pub const MAX_BULK_WRITE_ITEMS: usize = 10_000;
/// The API refuses bulk request bodies of 100 MB or more.
pub const MAX_BULK_WRITE_BYTES: usize = 100_000_000;
pub const MAX_TITLE_CHARS: usize = 512;

pub fn validate_key(key: &str) -> Result<(), WkvError> {
    if key.is_empty() {
        return Err(WkvError::usage("Key names must not be empty"));
    }
    if key == "." || key == ".." {
        return Err(WkvError::usage(format!(
            "Illegal key name \"{key}\". Please use a different name."
        )));
    }
    if key.len() > MAX_KEY_BYTES {
        return Err(WkvError::usage(format!(
            "UTF-8 encoded length of {} exceeds key length limit of {MAX_KEY_BYTES}.",
            key.len()
        )));
    }
    Ok(())
}

pub fn validate_value_len(len: usize) -> Result<(), WkvError> {
    if len > MAX_VALUE_BYTES {
        return Err(WkvError::usage(format!(
            "Value length of {len} exceeds limit of {MAX_VALUE_BYTES}."
        )));
    }
    Ok(())
}

/// Checks the size of metadata as the API counts it (its compact JSON text) and returns that text.
pub fn validate_metadata(metadata: &Json) -> Result<String, WkvError> {
    let text = metadata.to_string();
    if text.len() > MAX_METADATA_BYTES {
        return Err(WkvError::usage(format!(
            "Metadata length of {} exceeds limit of {MAX_METADATA_BYTES}.",
            text.len()
        )));
    }
    Ok(text)
}

pub fn validate_ttl(ttl: i64) -> Result<(), WkvError> {
    if ttl < MIN_TTL_SECS {
        return Err(WkvError::usage(format!(
            "Invalid expiration_ttl of {ttl}. Expiration TTL must be at least {MIN_TTL_SECS}."
        )));
    }
    Ok(())
}

/// The latest expiration, in Unix seconds, whose milliseconds (the unit of local state) fit
/// in 64 bits. A later one would have to be clamped, that is, silently changed, so it is
/// refused everywhere: by `key put`, `bulk put`, the browser and `wkv serve` alike.
pub const MAX_EXPIRATION_SECS: i64 = i64::MAX / 1000;

/// An absolute expiration must be at least 60 seconds after `now_secs`, and storable.
pub fn validate_expiration(expiration: i64, now_secs: i64) -> Result<(), WkvError> {
    if expiration <= now_secs {
        return Err(WkvError::usage(format!(
            "Invalid expiration of {expiration}. Please specify integer greater than the current number of seconds since the UNIX epoch."
        )));
    }
    if expiration < now_secs.saturating_add(MIN_TTL_SECS) {
        return Err(WkvError::usage(format!(
            "Invalid expiration of {expiration}. Expiration times must be at least {MIN_TTL_SECS} seconds in the future."
        )));
    }
    if expiration > MAX_EXPIRATION_SECS {
        return Err(WkvError::usage(format!(
            "Invalid expiration of {expiration}. Please specify an integer of at most {MAX_EXPIRATION_SECS} seconds since the UNIX epoch."
        )));
    }
    Ok(())
}

/// A TTL must be at least 60 seconds, and end at a storable expiration.
pub fn validate_ttl_at(ttl: i64, now_secs: i64) -> Result<(), WkvError> {
    validate_ttl(ttl)?;
    if ttl > MAX_EXPIRATION_SECS.saturating_sub(now_secs) {
        return Err(WkvError::usage(format!(
            "Invalid expiration_ttl of {ttl}. It ends after the latest expiration that can be stored ({MAX_EXPIRATION_SECS} seconds since the UNIX epoch)."
        )));
    }
    Ok(())
}

/// The one expiry rule: the expiry that takes effect (a TTL over an absolute time, as the API
/// and miniflare decide) must be a minute ahead and storable exactly. With both given only the
/// TTL is checked; the API gets both and decides the same way.
pub fn validate_expiry(expiry: Expiry, now_secs: i64) -> Result<(), WkvError> {
    match expiry.effective() {
        Expiry::Never => Ok(()),
        Expiry::Ttl(ttl) | Expiry::Both { ttl, .. } => validate_ttl_at(ttl, now_secs),
        Expiry::At(at) => validate_expiration(at, now_secs),
    }
}

pub fn validate_list_limit(limit: usize) -> Result<(), WkvError> {
    if !(MIN_LIST_LIMIT..=MAX_LIST_LIMIT).contains(&limit) {
        return Err(WkvError::usage(format!(
            "Invalid key_limit of {limit}. Please specify an integer between {MIN_LIST_LIMIT} and {MAX_LIST_LIMIT}."
        )));
    }
    Ok(())
}

pub fn validate_title(title: &str) -> Result<(), WkvError> {
    if title.trim().is_empty() {
        return Err(WkvError::usage("a namespace title must not be empty"));
    }
    let chars = title.chars().count();
    if chars > MAX_TITLE_CHARS {
        return Err(WkvError::usage(format!(
            "a namespace title may have at most {MAX_TITLE_CHARS} characters; this one has {chars}"
        )));
    }
    Ok(())
}

/// Validates everything about one item to be written: key, value size, metadata, expiry.
pub fn validate_put(item: &crate::kv::PutItem, now_secs: i64) -> Result<(), WkvError> {
    validate_key(&item.key)?;
    validate_value_len(item.value.len())?;
    if let Some(metadata) = &item.metadata {
        validate_metadata(metadata)?;
    }
    validate_expiry(item.expiry, now_secs)
}

/// The current Unix time in seconds and milliseconds; one place so tests can reason about it.
pub fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

pub fn now_secs() -> i64 {
    now_millis() / 1000
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_limits_use_the_api_messages() {
        assert_eq!(
            validate_key("").unwrap_err().message,
            "Key names must not be empty"
        );
        assert!(validate_key("..")
            .unwrap_err()
            .message
            .contains("Illegal key name \"..\""));
        assert!(validate_key(&"k".repeat(512)).is_ok());
        assert_eq!(
            validate_key(&"k".repeat(513)).unwrap_err().message,
            "UTF-8 encoded length of 513 exceeds key length limit of 512."
        );
        // Counted in bytes, not characters.
        assert!(validate_key(&"é".repeat(257)).is_err());
    }

    #[test]
    fn expiration_must_be_a_minute_ahead() {
        assert!(validate_expiration(1_000, 1_000).is_err());
        assert!(validate_expiration(1_059, 1_000)
            .unwrap_err()
            .message
            .contains("at least 60"));
        assert!(validate_expiration(1_060, 1_000).is_ok());
        // 64-bit expirations are fine, up to the last one whose milliseconds fit.
        assert!(validate_expiration(4_102_444_800, 1_000).is_ok());
        assert!(validate_expiration(MAX_EXPIRATION_SECS, 1_000).is_ok());
        assert!(validate_expiration(MAX_EXPIRATION_SECS + 1, 1_000)
            .unwrap_err()
            .message
            .contains("at most 9223372036854775 seconds"));
    }

    #[test]
    fn the_effective_expiry_is_checked_and_must_be_storable() {
        let now = 1_700_000_000;
        assert!(validate_expiry(Expiry::Never, now).is_ok());
        assert!(validate_expiry(Expiry::Ttl(MAX_EXPIRATION_SECS - now), now).is_ok());
        assert!(validate_expiry(Expiry::Ttl(MAX_EXPIRATION_SECS - now + 1), now).is_err());
        assert!(validate_expiry(Expiry::Ttl(i64::MAX), now).is_err());
        assert!(validate_expiry(Expiry::At(99_999_999_999_999_999), now).is_err());
        // With both, the TTL takes effect and is the one checked.
        let both = Expiry::Both { at: 1, ttl: 120 };
        assert!(validate_expiry(both, now).is_ok());
        assert!(validate_expiry(
            Expiry::Both {
                at: now + 120,
                ttl: 1
            },
            now
        )
        .is_err());
    }

    #[test]
    fn ttl_and_metadata_limits() {
        assert!(validate_ttl(59).is_err());
        assert!(validate_ttl(60).is_ok());
        let big = Json::String("x".repeat(1100));
        assert!(validate_metadata(&big)
            .unwrap_err()
            .message
            .starts_with("Metadata length of 1102"));
    }
}
