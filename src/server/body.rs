//! Reading a request body into memory under a byte limit. A body that announces (or turns out)
//! larger than the limit is refused with 413 as soon as that is known, so a client can never make
//! the server buffer more than the limit. Handlers take the raw `Body` and call this instead of
//! axum's `Bytes`/`Json` extractors, whose rejections are not the API's envelope.

use std::pin::Pin;

use axum::body::{Body, Bytes, HttpBody};
use axum::http::{header, HeaderMap, StatusCode};

use super::envelope::{ApiError, CODE_BAD_REQUEST};
use super::idle_body::is_idle_timeout;

/// The body's announced length, when the client sent a usable `Content-Length`.
pub fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|text| text.trim().parse().ok())
}

/// Reads the whole body, refusing it with 413 once it passes `limit` bytes, and with 408 when
/// the client stops sending (the idle timeout). The bytes are gathered into one buffer as they
/// arrive, sized from `Content-Length` when there is one, so a body costs about its own size.
pub async fn read_limited(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
) -> Result<Bytes, ApiError> {
    let announced = content_length(headers);
    if announced.is_some_and(|len| len > limit as u64) {
        return Err(ApiError::body_too_large(limit));
    }
    let mut body = body;
    // Reserving address space is not using memory: pages are only touched as data arrives.
    let mut buffer: Vec<u8> = Vec::with_capacity(announced.unwrap_or(0) as usize);
    let mut single: Option<Bytes> = None;
    while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
        let frame = frame.map_err(body_read_error)?;
        // Trailers carry nothing the API uses.
        let Ok(data) = frame.into_data() else {
            continue;
        };
        if data.is_empty() {
            continue;
        }
        let total = buffer.len() + single.as_ref().map_or(0, Bytes::len) + data.len();
        if total > limit {
            return Err(ApiError::body_too_large(limit));
        }
        // The common case for small requests is one chunk, kept without a copy.
        if buffer.is_empty() && single.is_none() {
            single = Some(data);
            continue;
        }
        if let Some(first) = single.take() {
            buffer.reserve(first.len() + data.len());
            buffer.extend_from_slice(&first);
        }
        buffer.extend_from_slice(&data);
    }
    Ok(match single {
        Some(only) => only,
        None => Bytes::from(buffer),
    })
}

/// A body that could not be read: 408 when the client went quiet, 400 otherwise.
fn body_read_error(error: axum::Error) -> ApiError {
    if is_idle_timeout(&error) {
        return ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            CODE_BAD_REQUEST,
            format!("Request body timed out: {}", error.into_inner()),
        );
    }
    ApiError::bad_request(format!("cannot read the request body: {error}"))
}

/// Parses a JSON request body, answering 400 with serde's explanation when it is not valid.
pub fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes)
        .map_err(|error| ApiError::bad_request(format!("Invalid request body: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[tokio::test]
    async fn reads_bodies_up_to_the_limit_and_refuses_larger_ones() {
        let headers = HeaderMap::new();
        let bytes = read_limited(&headers, Body::from(vec![7u8; 100]), 100)
            .await
            .unwrap();
        assert_eq!(bytes.len(), 100);
        let refused = read_limited(&headers, Body::from(vec![7u8; 101]), 100)
            .await
            .unwrap_err();
        assert_eq!(refused.status, axum::http::StatusCode::PAYLOAD_TOO_LARGE);
    }

    #[tokio::test]
    async fn an_announced_length_over_the_limit_is_refused_before_reading() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from_static("1000"));
        // The body itself is small: only the announcement can have caused the refusal.
        let refused = read_limited(&headers, Body::from("x"), 10)
            .await
            .unwrap_err();
        assert_eq!(refused.status, axum::http::StatusCode::PAYLOAD_TOO_LARGE);
    }
}
