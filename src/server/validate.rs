//! The API's input checks as HTTP answers: `kv::limits` decides what is wrong and says it in the
//! API's words; this file adds the status each failure gets (414 for a long key, 413 for a large
//! value or metadata, 400 for the rest) and turns query or JSON expirations into an `Expiry`.

use axum::http::StatusCode;
use serde_json::Value as Json;

use super::envelope::ApiError;
use crate::error::WkvError;
use crate::kv::limits::{
    validate_expiry, validate_key, validate_metadata, validate_value_len, MAX_KEY_BYTES,
    MAX_METADATA_BYTES,
};
use crate::kv::Expiry;

pub fn check_key(key: &str) -> Result<(), ApiError> {
    validate_key(key).map_err(|error| {
        let status = if key.len() > MAX_KEY_BYTES {
            StatusCode::URI_TOO_LONG
        } else {
            StatusCode::BAD_REQUEST
        };
        ApiError::invalid(status, error)
    })
}

pub fn check_value_len(len: usize) -> Result<(), ApiError> {
    validate_value_len(len).map_err(|error| ApiError::invalid(StatusCode::PAYLOAD_TOO_LARGE, error))
}

pub fn check_metadata(metadata: &Json) -> Result<(), ApiError> {
    validate_metadata(metadata)
        .map(|_| ())
        .map_err(|error| ApiError::invalid(StatusCode::PAYLOAD_TOO_LARGE, error))
}

/// The expiry rule of `kv::limits` (the same one the CLI applies before it writes), as a 400.
pub fn check_expiry(expiry: Expiry, now_secs: i64) -> Result<(), ApiError> {
    validate_expiry(expiry, now_secs)
        .map_err(|error| ApiError::invalid(StatusCode::BAD_REQUEST, error))
}

/// Metadata sent as JSON text is parsed only when the text could be within the limit: a
/// serialized tree is never longer than this, however the client spaced it.
const MAX_METADATA_TEXT_BYTES: usize = 64 * 1024;

/// Parses metadata sent as JSON text (a form part, a bulk item's field), refusing text far
/// over the limit with 413 before building anything from it.
pub fn metadata_from_text(text: &str) -> Result<Json, ApiError> {
    if text.len() > MAX_METADATA_TEXT_BYTES {
        return Err(ApiError::invalid(
            StatusCode::PAYLOAD_TOO_LARGE,
            WkvError::usage(format!(
                "Metadata length of {} exceeds limit of {MAX_METADATA_BYTES}.",
                text.len()
            )),
        ));
    }
    serde_json::from_str(text)
        .map_err(|e| ApiError::bad_request(format!("The metadata is not valid JSON: {e}")))
}

/// A bulk item's `expiration` or `expiration_ttl` as JSON, when its text is short enough to be
/// a number; anything longer becomes a string, which the expiry checks refuse.
pub fn number_from_text(text: &str) -> Json {
    const MAX_NUMBER_TEXT: usize = 64;
    if text.len() <= MAX_NUMBER_TEXT {
        if let Ok(value) = serde_json::from_str(text) {
            return value;
        }
    }
    let shown: String = text.chars().take(MAX_NUMBER_TEXT).collect();
    Json::String(format!("{shown}..."))
}

/// The `expiration` / `expiration_ttl` query parameters of a single write.
pub fn expiry_from_query(expiration: Option<&str>, ttl: Option<&str>) -> Result<Expiry, ApiError> {
    let expiration = expiration
        .map(|text| seconds_from_text(text).ok_or_else(|| bad_expiration(text)))
        .transpose()?;
    let ttl = ttl
        .map(|text| seconds_from_text(text).ok_or_else(|| bad_ttl(text)))
        .transpose()?;
    Ok(Expiry::from_parts(expiration, ttl))
}

/// The `expiration` / `expiration_ttl` fields of a bulk item (JSON numbers; `null` is absent).
pub fn expiry_from_json(expiration: Option<&Json>, ttl: Option<&Json>) -> Result<Expiry, ApiError> {
    let expiration = expiration
        .filter(|value| !value.is_null())
        .map(|value| seconds_from_json(value).ok_or_else(|| bad_expiration(&value.to_string())))
        .transpose()?;
    let ttl = ttl
        .filter(|value| !value.is_null())
        .map(|value| seconds_from_json(value).ok_or_else(|| bad_ttl(&value.to_string())))
        .transpose()?;
    Ok(Expiry::from_parts(expiration, ttl))
}

/// Whole seconds; the schema types them as numbers, so `1.7e9` is as good as `1700000000`.
fn seconds_from_text(text: &str) -> Option<i64> {
    let text = text.trim();
    text.parse::<i64>()
        .ok()
        .or_else(|| whole_number(text.parse::<f64>().ok()?))
}

fn seconds_from_json(value: &Json) -> Option<i64> {
    value.as_i64().or_else(|| whole_number(value.as_f64()?))
}

fn whole_number(value: f64) -> Option<i64> {
    let fits = value.is_finite() && value.fract() == 0.0 && value.abs() < 9.0e18;
    fits.then_some(value as i64)
}

fn bad_expiration(text: &str) -> ApiError {
    ApiError::bad_request(format!(
        "Invalid expiration of {text}. Please specify integer greater than the current number of seconds since the UNIX epoch."
    ))
}

fn bad_ttl(text: &str) -> ApiError {
    ApiError::bad_request(format!(
        "Invalid expiration_ttl of {text}. Please specify an integer number of seconds, at least 60."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_failures_get_the_api_statuses() {
        assert_eq!(check_key("").unwrap_err().status, StatusCode::BAD_REQUEST);
        assert_eq!(check_key("..").unwrap_err().status, StatusCode::BAD_REQUEST);
        assert_eq!(
            check_key(&"k".repeat(513)).unwrap_err().status,
            StatusCode::URI_TOO_LONG
        );
        assert!(check_key(&"k".repeat(512)).is_ok());
    }

    #[test]
    fn expirations_parse_from_text_and_json_with_the_ttl_winning() {
        assert_eq!(
            expiry_from_query(Some("2000000000"), Some("120")).unwrap(),
            Expiry::Ttl(120)
        );
        assert_eq!(
            expiry_from_query(Some("2e9"), None).unwrap(),
            Expiry::At(2_000_000_000)
        );
        assert_eq!(expiry_from_query(None, None).unwrap(), Expiry::Never);
        assert!(expiry_from_query(Some("soon"), None)
            .unwrap_err()
            .message
            .contains("soon"));
        assert!(expiry_from_query(None, Some("1.5")).is_err());
        let at = Json::from(5_000_000_000i64);
        assert_eq!(
            expiry_from_json(Some(&at), Some(&Json::Null)).unwrap(),
            Expiry::At(5_000_000_000)
        );
        assert!(expiry_from_json(Some(&Json::from("1")), None).is_err());
    }

    #[test]
    fn expirations_whose_milliseconds_overflow_are_refused_not_clamped() {
        use crate::kv::limits::MAX_EXPIRATION_SECS;
        let now = 1_700_000_000;
        assert!(check_expiry(Expiry::At(MAX_EXPIRATION_SECS), now).is_ok());
        let late = check_expiry(Expiry::At(MAX_EXPIRATION_SECS + 1), now).unwrap_err();
        assert_eq!(late.status, StatusCode::BAD_REQUEST);
        assert!(check_expiry(Expiry::Ttl(MAX_EXPIRATION_SECS - now), now).is_ok());
        let long = check_expiry(Expiry::Ttl(MAX_EXPIRATION_SECS - now + 1), now).unwrap_err();
        assert_eq!(long.status, StatusCode::BAD_REQUEST);
        assert!(check_expiry(Expiry::Ttl(i64::MAX), now).is_err());
    }
}
