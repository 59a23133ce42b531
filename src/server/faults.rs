//! Fault injection for testing clients against `wkv serve` (`--inject-faults RATE`, hidden from
//! help): a share of the requests on key data (keys, values, metadata, bulk) fail the way the
//! real API fails under load, so a client's retries and its accounting of what was written can
//! be tested over real HTTP. Namespace and account routes are never touched, so a test can set
//! up its namespaces on a faulty server.
//!
//! The faults: 429 with `retry-after: 0`; 500; a connection dropped after the status line; and,
//! for bulk writes and deletes only, one of part of the batch that names the rest in
//! `unsuccessful_keys`, as Cloudflare does. `--inject-faults-on PATH_END` keeps the faults to
//! one kind of request.

use std::pin::Pin;
use std::task::{Context, Poll};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Value as Json};

use super::envelope::ApiError;
use super::fault_schedule::Fault;
use super::state::ServerState;

/// The middleware: passes requests through, or fails them as the injector decides.
pub async fn inject(State(state): State<ServerState>, request: Request, next: Next) -> Response {
    let Some(faults) = state.faults() else {
        return next.run(request).await;
    };
    let path = request.uri().path();
    let data_route = ["/keys", "/values/", "/metadata/", "/bulk"]
        .iter()
        .any(|p| path.contains(p));
    if !data_route || !faults.chooses(path) {
        return next.run(request).await;
    }
    let partial = if request.method() == Method::PUT && path.ends_with("/bulk") {
        Some(Fault::PartialWrite)
    } else if request.method() == Method::POST && path.ends_with("/bulk/delete") {
        Some(Fault::PartialDelete)
    } else {
        None
    };
    match faults.roll(partial) {
        None => next.run(request).await,
        Some(Fault::Throttle) => {
            let mut response = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                971,
                "Please wait and consider throttling your request speed",
            )
            .into_response();
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("0"));
            response
        }
        Some(Fault::ServerError) => ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            10001,
            "Internal error (injected fault)",
        )
        .into_response(),
        Some(Fault::DropConnection) => dropped_connection(),
        Some(Fault::PartialWrite) => {
            partial_write(state, request, next, |item| {
                item.get("key").cloned().unwrap_or(Json::Null)
            })
            .await
        }
        Some(Fault::PartialDelete) => partial_write(state, request, next, Json::clone).await,
    }
}

/// `--latency-ms N` (hidden, for benchmarks): every request waits N ms before it is handled,
/// standing for the round trip to a distant API.
pub async fn delay(State(state): State<ServerState>, request: Request, next: Next) -> Response {
    let latency = state.latency();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    next.run(request).await
}

/// A response whose body fails after the headers, which makes the server abort the connection.
fn dropped_connection() -> Response {
    Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::CONTENT_LENGTH, "4096")
        .body(Body::new(SeveredBody))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

struct SeveredBody;

impl http_body::Body for SeveredBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "injected fault: connection dropped",
        ))))
    }
}

/// Writes (or deletes) every other item of a bulk request and reports the rest as
/// unsuccessful; `key_of` names an item (a put item's key, or a name to delete).
async fn partial_write(
    state: ServerState,
    request: Request,
    next: Next,
    key_of: fn(&Json) -> Json,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, state.max_body_bytes()).await else {
        return ApiError::bad_request("could not read the request body").into_response();
    };
    let Ok(items) = serde_json::from_slice::<Vec<Json>>(&bytes) else {
        // Not a well-formed batch: let the real handler give the real error.
        return next
            .run(Request::from_parts(parts, Body::from(bytes)))
            .await;
    };
    let mut kept = Vec::with_capacity(items.len() / 2 + 1);
    let mut unsuccessful = Vec::with_capacity(items.len() / 2);
    for (index, item) in items.into_iter().enumerate() {
        if index % 2 == 0 {
            kept.push(item);
        } else {
            unsuccessful.push(key_of(&item));
        }
    }
    let body = Body::from(serde_json::to_vec(&kept).unwrap_or_default());
    let response = next.run(Request::from_parts(parts, body)).await;
    if !response.status().is_success() {
        return response;
    }
    let envelope = json!({
        "success": true,
        "errors": [],
        "messages": [],
        "result": { "successful_key_count": kept.len(), "unsuccessful_keys": unsuccessful },
    });
    (StatusCode::OK, axum::Json(envelope)).into_response()
}
