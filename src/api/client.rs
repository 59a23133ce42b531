//! The HTTP core: one `reqwest::Client` per run with the credentials and user agent, URL
//! building, the send loop with retries and the shared rate limiter, decoding of the JSON
//! envelope and of error responses into `ApiError`, and request counters. Operations
//! (namespaces, keys) live in their own files and go through `send` / `call`.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::body::Bytes; // the `bytes` crate's type, re-exported; cheap to clone for each attempt
use reqwest::header::{HeaderMap, CONTENT_TYPE, USER_AGENT};
use reqwest::multipart::{Form, Part};
use reqwest::{Method, StatusCode, Url};
use serde::de::DeserializeOwned;

use super::credentials::Credentials;
use super::error::{status_line, ApiError, CODE_THROTTLED};
use super::rate::{ConcurrencyGate, RateLimiter};
use super::retry::{parse_retry_after, random_jitter, Failure, Replay, RetryEvent, RetryPolicy};
use super::wire::{Envelope, ResultInfo};
use crate::error::WkvError;

pub const DEFAULT_BASE_URL: &str = "https://api.cloudflare.com/client/v4";
const BASE_URL_VAR: &str = "CLOUDFLARE_API_BASE_URL";
/// Uploads get this much extra time per byte on top of the timeout, so that a 25 MiB value
/// on a slow link is not cut off while a stalled small request still is.
const MIN_UPLOAD_BYTES_PER_SEC: u64 = 64 * 1024;
const MAX_CONNECT_TIMEOUT: Duration = Duration::from_secs(15);

/// Receives each retry as it is about to happen.
pub type RetryCallback = Arc<dyn Fn(&RetryEvent) + Send + Sync>;

#[derive(Clone)]
pub struct ClientOptions {
    pub base_url: String,
    /// How many times a failed request is retried (not counting the first attempt).
    pub retries: u32,
    /// Kept for callers that decide what to report; the client itself never prints.
    pub verbose: bool,
    /// At most this many requests per window for the whole run; `None` disables the limit.
    pub requests_per_window: Option<(u32, Duration)>,
    /// How long to wait for a response, and for each chunk of a response body.
    pub timeout: Duration,
    /// Called before each retry (the CLI prints it on stderr in verbose mode).
    pub on_retry: Option<RetryCallback>,
    /// Sent with every request after the credentials and the user agent (wrangler's
    /// `CLOUDFLARE_API_HEADERS`, checked by `crate::auth::api_headers`); values are sensitive.
    pub extra_headers: Vec<(reqwest::header::HeaderName, reqwest::header::HeaderValue)>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            // `auth::region` picks the run's API from the variables; the client never reads them.
            base_url: DEFAULT_BASE_URL.to_string(),
            retries: super::retry::DEFAULT_RETRIES,
            verbose: false,
            requests_per_window: Some((1200, Duration::from_secs(300))),
            timeout: Duration::from_secs(60),
            on_retry: None,
            extra_headers: Vec::new(),
        }
    }
}

impl fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientOptions")
            .field("base_url", &self.base_url)
            .field("retries", &self.retries)
            .field("verbose", &self.verbose)
            .field("requests_per_window", &self.requests_per_window)
            .field("timeout", &self.timeout)
            .field("on_retry", &self.on_retry.as_ref().map(|_| "callback"))
            .field(
                "extra_headers",
                &self
                    .extra_headers
                    .iter()
                    .map(|(name, _)| name.as_str())
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// What a run has sent so far, for bulk summaries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RequestStats {
    /// Attempts sent, retries included.
    pub requests: u64,
    pub retries: u64,
    /// Attempts the API answered with 429 (or code 971).
    pub throttled: u64,
}

/// A cheap-to-clone handle on the run's HTTP client; all clones share one connection pool,
/// one rate limiter and one set of counters.
#[derive(Clone)]
pub struct ApiClient {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    /// `host[:port]` of the base URL, for transport error messages.
    host: String,
    policy: RetryPolicy,
    limiter: RateLimiter,
    /// How many requests are in flight at once, adapted to the API's answers.
    gate: ConcurrencyGate,
    timeout: Duration,
    verbose: bool,
    on_retry: Option<RetryCallback>,
    /// Where the credentials came from, for authentication errors.
    credential_source: String,
    requests: AtomicU64,
    retries: AtomicU64,
    throttled: AtomicU64,
}

impl fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiClient")
            .field("base_url", &self.inner.base_url)
            .finish_non_exhaustive()
    }
}

impl ApiClient {
    pub fn new(credentials: Credentials, options: ClientOptions) -> anyhow::Result<ApiClient> {
        let policy = RetryPolicy::with_retries(options.retries);
        Self::with_retry_policy(credentials, options, policy)
    }

    /// Like `new`, with explicit backoff delays (tests use a few milliseconds).
    pub fn with_retry_policy(
        credentials: Credentials,
        options: ClientOptions,
        policy: RetryPolicy,
    ) -> anyhow::Result<ApiClient> {
        let base_url = options.base_url.trim().trim_end_matches('/').to_string();
        let parsed = Url::parse(&base_url)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https") && url.host_str().is_some())
            .ok_or_else(|| {
                WkvError::usage(format!(
                    "the API base URL `{base_url}` is not a valid http(s) URL"
                ))
                .with_hint(format!(
                    "check {BASE_URL_VAR}, or unset it to use {DEFAULT_BASE_URL}"
                ))
            })?;
        let host = match (parsed.host_str(), parsed.port()) {
            (Some(host), Some(port)) => format!("{host}:{port}"),
            (Some(host), None) => host.to_string(),
            (None, _) => base_url.clone(),
        };
        let credential_source = credentials.source().to_string();
        let mut headers = credentials.headers()?;
        headers.insert(
            USER_AGENT,
            reqwest::header::HeaderValue::from_static(concat!("wkv/", env!("CARGO_PKG_VERSION"))),
        );
        for (name, value) in options.extra_headers {
            headers.insert(name, value);
        }
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .connect_timeout(options.timeout.min(MAX_CONNECT_TIMEOUT))
            .build()
            .map_err(|e| anyhow::anyhow!("could not set up the HTTP client: {e}"))?;
        Ok(ApiClient {
            inner: Arc::new(Inner {
                http,
                base_url,
                host,
                policy,
                limiter: RateLimiter::new(options.requests_per_window),
                gate: ConcurrencyGate::new(),
                timeout: options.timeout,
                verbose: options.verbose,
                on_retry: options.on_retry,
                credential_source,
                requests: AtomicU64::new(0),
                retries: AtomicU64::new(0),
                throttled: AtomicU64::new(0),
            }),
        })
    }

    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    pub fn verbose(&self) -> bool {
        self.inner.verbose
    }

    pub fn stats(&self) -> RequestStats {
        RequestStats {
            requests: self.inner.requests.load(Ordering::Relaxed),
            retries: self.inner.retries.load(Ordering::Relaxed),
            throttled: self.inner.throttled.load(Ordering::Relaxed),
        }
    }

    /// Sends the request, retrying as the policy allows. Only a 2xx response is `Ok`.
    pub(crate) async fn send(&self, request: &ApiRequest) -> Result<ApiResponse, ApiError> {
        let url = self.url_for(request)?;
        let policy = &self.inner.policy;
        let mut retries_done = 0;
        loop {
            let slot = self.inner.gate.enter().await;
            self.inner.limiter.acquire().await;
            self.inner.requests.fetch_add(1, Ordering::Relaxed);
            let (mut error, failure) = match self.attempt(request, &url).await {
                Ok(response) => {
                    slot.succeeded();
                    return Ok(response);
                }
                Err(failed) => failed,
            };
            let throttled = matches!(failure, Failure::Throttled { .. });
            if throttled {
                self.inner.throttled.fetch_add(1, Ordering::Relaxed);
                slot.throttled();
            }
            // Not held while waiting to retry: the place goes to a request that can be sent.
            drop(slot);
            if !policy.should_retry(failure, request.replay, retries_done) {
                error.attempts = retries_done + 1;
                error.credential_source = Some(self.inner.credential_source.clone());
                return Err(error);
            }
            let delay = policy.delay(failure, retries_done, random_jitter());
            if throttled {
                // The API throttles the user, so every concurrent request would get a 429 too.
                self.inner
                    .limiter
                    .pause_until(tokio::time::Instant::now() + delay);
            }
            retries_done += 1;
            self.inner.retries.fetch_add(1, Ordering::Relaxed);
            if let Some(on_retry) = &self.inner.on_retry {
                on_retry(&RetryEvent {
                    method: request.method.to_string(),
                    path: request.path.clone(),
                    retry: retries_done,
                    max_retries: policy.max_retries,
                    delay,
                    reason: error.to_string(),
                });
            }
            tokio::time::sleep(delay).await;
        }
    }

    /// Sends the request and decodes the JSON envelope around its result.
    pub(crate) async fn call<T: DeserializeOwned>(
        &self,
        request: &ApiRequest,
    ) -> Result<Decoded<T>, ApiError> {
        let response = self.send(request).await?;
        if response.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Decoded {
                result: None,
                info: ResultInfo::default(),
            });
        }
        let envelope: Envelope<T> = serde_json::from_slice(&response.body).map_err(|e| {
            let mut error = request.error();
            error.status = Some(response.status.as_u16());
            error.cf_ray = cf_ray(&response.headers);
            error.detail = Some(format!("could not read the API's response: {e}"));
            error
        })?;
        if envelope.success == Some(false) {
            let mut error = request.error();
            error.credential_source = Some(self.inner.credential_source.clone());
            error.status = Some(response.status.as_u16());
            error.cf_ray = cf_ray(&response.headers);
            error.errors = envelope.errors;
            if error.errors.is_empty() {
                error.detail = Some("the API reported a failure without saying why".to_string());
            }
            return Err(error);
        }
        Ok(Decoded {
            result: envelope.result,
            info: envelope.result_info.unwrap_or_default(),
        })
    }

    // An `ApiError` is large, but it is made at most once per request.
    #[allow(clippy::result_large_err)]
    fn url_for(&self, request: &ApiRequest) -> Result<Url, ApiError> {
        // Ids and keys are percent-encoded, which leaves `.` and `..` as they are, and a URL
        // parser resolves those as steps up the path. Commands refuse such ids first; this is the
        // backstop that keeps a request from ever reaching another API path.
        if request
            .path
            .split('/')
            .any(|step| step == "." || step == "..")
        {
            let mut error = request.error();
            error.detail = Some("the request path holds a `.` or `..` segment".to_string());
            return Err(error);
        }
        let mut url =
            Url::parse(&format!("{}{}", self.inner.base_url, request.path)).map_err(|e| {
                let mut error = request.error();
                error.detail = Some(format!("could not build the request URL: {e}"));
                error
            })?;
        if !request.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (name, value) in &request.query {
                pairs.append_pair(name, value);
            }
        }
        Ok(url)
    }

    /// One attempt: send, then read the whole body, each phase under the timeout.
    async fn attempt(
        &self,
        request: &ApiRequest,
        url: &Url,
    ) -> Result<ApiResponse, (ApiError, Failure)> {
        let timeout = self.inner.timeout;
        let upload_allowance =
            Duration::from_secs(request.body.len() as u64 / MIN_UPLOAD_BYTES_PER_SEC);
        let builder = request
            .body
            .apply(self.inner.http.request(request.method.clone(), url.clone()));
        let mut response =
            match tokio::time::timeout(timeout + upload_allowance, builder.send()).await {
                Ok(Ok(response)) => response,
                Ok(Err(e)) => return Err(self.transport_failure(request, &e)),
                Err(_) => return Err(self.timeout_failure(request, timeout + upload_allowance)),
            };
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let mut body =
            Vec::with_capacity(response.content_length().unwrap_or(0).min(1 << 26) as usize);
        loop {
            match tokio::time::timeout(timeout, response.chunk()).await {
                Ok(Ok(Some(chunk))) => body.extend_from_slice(&chunk),
                Ok(Ok(None)) => break,
                Ok(Err(e)) => return Err(self.transport_failure(request, &e)),
                Err(_) => return Err(self.timeout_failure(request, timeout)),
            }
        }
        if status.is_success() {
            Ok(ApiResponse {
                status,
                headers,
                body,
            })
        } else {
            Err(http_failure(request, status, &headers, &body))
        }
    }

    fn transport_failure(&self, request: &ApiRequest, e: &reqwest::Error) -> (ApiError, Failure) {
        let host = &self.inner.host;
        let cause = cause_chain(e);
        let (failure, detail) = if e.is_connect() {
            (
                Failure::NotSent,
                format!("could not connect to {host}: {cause}"),
            )
        } else if e.is_timeout() {
            (
                Failure::Timeout,
                format!("no response from {host} in time: {cause}"),
            )
        } else if e.is_builder() {
            (
                Failure::Permanent,
                format!("could not build the request: {cause}"),
            )
        } else {
            (
                Failure::ConnectionLost,
                format!("the connection to {host} failed: {cause}"),
            )
        };
        let mut error = request.error();
        error.detail = Some(detail);
        (error, failure)
    }

    fn timeout_failure(&self, request: &ApiRequest, after: Duration) -> (ApiError, Failure) {
        let mut error = request.error();
        error.detail = Some(format!(
            "no response from {} within {:.1}s",
            self.inner.host,
            after.as_secs_f64()
        ));
        (error, Failure::Timeout)
    }
}

/// Decodes a non-2xx response into the error and how to treat it.
fn http_failure(
    request: &ApiRequest,
    status: StatusCode,
    headers: &HeaderMap,
    body: &[u8],
) -> (ApiError, Failure) {
    let mut error = request.error();
    error.status = Some(status.as_u16());
    error.cf_ray = cf_ray(headers);
    match serde_json::from_slice::<Envelope<serde::de::IgnoredAny>>(body) {
        Ok(envelope) if !envelope.errors.is_empty() => error.errors = envelope.errors,
        _ => error.detail = Some(describe_unexpected_body(status, body)),
    }
    let failure = if status == StatusCode::TOO_MANY_REQUESTS || error.has_code(CODE_THROTTLED) {
        let retry_after = headers
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        Failure::Throttled { retry_after }
    } else if status.is_server_error() {
        Failure::Server
    } else {
        Failure::Permanent
    };
    (error, failure)
}

/// A short, printable excerpt of a body that is not an API envelope (proxies, plain-text
/// servers); HTML error pages are left out as noise.
fn describe_unexpected_body(status: StatusCode, body: &[u8]) -> String {
    let line = status_line(status.as_u16());
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() || text.starts_with('<') || text.starts_with('{') {
        return line;
    }
    let excerpt: String = text
        .chars()
        .take(200)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("{line}: {excerpt}")
}

fn cf_ray(headers: &HeaderMap) -> Option<String> {
    headers
        .get("cf-ray")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The causes under reqwest's own message, which would repeat the URL.
fn cause_chain(e: &reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        let text = cause.to_string();
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }
    if parts.is_empty() {
        // Without the URL: its query string has no place in messages.
        return match e.url() {
            Some(url) => e.to_string().replace(&format!(" for url ({url})"), ""),
            None => e.to_string(),
        };
    }
    parts.join(": ")
}

/// A request that can be sent any number of times: its body is kept, not consumed.
#[derive(Debug, Clone)]
pub(crate) struct ApiRequest {
    pub method: Method,
    /// Below the base URL, starting with `/`, every segment already percent-encoded.
    pub path: String,
    pub query: Vec<(&'static str, String)>,
    pub body: RequestBody,
    pub replay: Replay,
}

#[derive(Debug, Clone)]
pub(crate) enum RequestBody {
    Empty,
    Json(Bytes),
    Raw(Bytes),
    /// The form of a value write with metadata: parts `value` and `metadata`.
    ValueWithMetadata {
        value: Bytes,
        metadata: String,
    },
}

impl RequestBody {
    fn len(&self) -> usize {
        match self {
            RequestBody::Empty => 0,
            RequestBody::Json(bytes) | RequestBody::Raw(bytes) => bytes.len(),
            RequestBody::ValueWithMetadata { value, metadata } => value.len() + metadata.len(),
        }
    }

    fn apply(&self, builder: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self {
            RequestBody::Empty => builder,
            RequestBody::Json(bytes) => builder
                .header(CONTENT_TYPE, "application/json")
                .body(bytes.clone()),
            RequestBody::Raw(bytes) => builder
                .header(CONTENT_TYPE, "application/octet-stream")
                .body(bytes.clone()),
            RequestBody::ValueWithMetadata { value, metadata } => {
                let value_part = Part::stream_with_length(
                    reqwest::Body::from(value.clone()),
                    value.len() as u64,
                );
                builder.multipart(
                    Form::new()
                        .part("value", value_part)
                        .text("metadata", metadata.clone()),
                )
            }
        }
    }
}

impl ApiRequest {
    pub fn new(method: Method, path: String) -> ApiRequest {
        ApiRequest {
            method,
            path,
            query: Vec::new(),
            body: RequestBody::Empty,
            replay: Replay::Always,
        }
    }

    pub fn get(path: String) -> ApiRequest {
        Self::new(Method::GET, path)
    }

    pub fn query(mut self, name: &'static str, value: impl ToString) -> ApiRequest {
        self.query.push((name, value.to_string()));
        self
    }

    pub fn json(mut self, body: &impl serde::Serialize) -> anyhow::Result<ApiRequest> {
        self.body = RequestBody::Json(Bytes::from(serde_json::to_vec(body)?));
        Ok(self)
    }

    pub fn body(mut self, body: RequestBody) -> ApiRequest {
        self.body = body;
        self
    }

    pub fn replay(mut self, replay: Replay) -> ApiRequest {
        self.replay = replay;
        self
    }

    /// An error about this request, to be filled in.
    pub fn error(&self) -> ApiError {
        ApiError::new(self.method.as_str(), &self.path)
    }
}

/// A successful (2xx) response, read whole.
#[derive(Debug)]
pub(crate) struct ApiResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

/// The decoded envelope of a successful response.
#[derive(Debug)]
pub(crate) struct Decoded<T> {
    pub result: Option<T>,
    pub info: ResultInfo,
}
