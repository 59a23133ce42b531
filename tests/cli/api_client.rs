//! The API client over real HTTP: a small axum server on an ephemeral loopback port answers
//! as Cloudflare would (or misbehaves on purpose), and records every request it receives so
//! the tests can check paths, headers, bodies and how many attempts were made.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use serde_json::{json, Value as Json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wkv::api::{
    ApiClient, ApiError, ClientOptions, Credentials, RemoteStore, RetryEvent, RetryPolicy,
};
use wkv::error::{ErrorKind, WkvError};
use wkv::kv::{Expiry, KvStore, PutItem};

const ACCOUNT: &str = "0123456789abcdef0123456789abcdef";
const NAMESPACE: &str = "fedcba9876543210fedcba9876543210";
const TOKEN: &str = "test-token-S3CRET";

#[derive(Debug, Clone)]
struct Recorded {
    method: String,
    /// Exactly as sent, still percent-encoded.
    path: String,
    query: Option<String>,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Recorded {
    fn json(&self) -> Json {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }

    fn query_pairs(&self) -> Vec<(String, String)> {
        let query = self.query.clone().unwrap_or_default();
        reqwest::Url::parse(&format!("http://x/?{query}"))
            .unwrap()
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    fn param(&self, name: &str) -> Option<String> {
        self.query_pairs()
            .into_iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
    }
}

type Handler = dyn Fn(&Recorded, usize) -> Response + Send + Sync;

/// An axum server whose every request goes to `handler(request, index of this request)`.
struct TestServer {
    base_url: String,
    log: Arc<Mutex<Vec<Recorded>>>,
}

impl TestServer {
    async fn start(
        handler: impl Fn(&Recorded, usize) -> Response + Send + Sync + 'static,
    ) -> TestServer {
        let handler: Arc<Handler> = Arc::new(handler);
        let log: Arc<Mutex<Vec<Recorded>>> = Arc::default();
        let app_log = log.clone();
        let app = Router::new().fallback(move |request: Request| {
            let handler = handler.clone();
            let log = app_log.clone();
            async move {
                let (parts, body) = request.into_parts();
                let body = axum::body::to_bytes(body, usize::MAX)
                    .await
                    .unwrap()
                    .to_vec();
                let recorded = Recorded {
                    method: parts.method.to_string(),
                    path: parts.uri.path().to_string(),
                    query: parts.uri.query().map(str::to_string),
                    headers: parts.headers,
                    body,
                };
                let index = {
                    let mut log = log.lock().unwrap();
                    log.push(recorded.clone());
                    log.len() - 1
                };
                handler(&recorded, index)
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        TestServer {
            base_url: format!("http://127.0.0.1:{port}/client/v4"),
            log,
        }
    }

    fn requests(&self) -> Vec<Recorded> {
        self.log.lock().unwrap().clone()
    }

    fn count(&self) -> usize {
        self.log.lock().unwrap().len()
    }
}

/// A loopback URL where nothing listens: the port was just bound and released.
async fn closed_port_url() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}/client/v4")
}

fn options(base_url: &str) -> ClientOptions {
    ClientOptions {
        base_url: base_url.to_string(),
        retries: 3,
        verbose: false,
        requests_per_window: None,
        timeout: Duration::from_secs(10),
        on_retry: None,
        extra_headers: Vec::new(),
    }
}

fn fast_retries(retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries: retries,
        base_delay: Duration::from_millis(2),
        max_delay: Duration::from_millis(20),
        max_retry_after: Duration::from_secs(2),
    }
}

fn client_with(options: ClientOptions) -> ApiClient {
    let retries = options.retries;
    ApiClient::with_retry_policy(
        Credentials::api_token(TOKEN),
        options,
        fast_retries(retries),
    )
    .unwrap()
}

fn client(server: &TestServer) -> ApiClient {
    client_with(options(&server.base_url))
}

fn store(server: &TestServer) -> RemoteStore {
    RemoteStore::new(client(server), ACCOUNT.to_string(), NAMESPACE.to_string())
}

fn ok(result: Json) -> Response {
    axum::Json(json!({"success": true, "errors": [], "messages": [], "result": result}))
        .into_response()
}

fn ok_with_info(result: Json, info: Json) -> Response {
    axum::Json(json!({"success": true, "errors": [], "messages": [], "result": result, "result_info": info}))
        .into_response()
}

fn fail(status: u16, code: i64, message: &str) -> Response {
    let body = json!({"success": false, "errors": [{"code": code, "message": message}], "messages": [], "result": null});
    (
        StatusCode::from_u16(status).unwrap(),
        [("cf-ray", "8abc123-SJC")],
        axum::Json(body),
    )
        .into_response()
}

fn ns_path(rest: &str) -> String {
    format!("/client/v4/accounts/{ACCOUNT}/storage/kv/namespaces/{NAMESPACE}{rest}")
}

fn api_error(error: &anyhow::Error) -> &ApiError {
    error
        .downcast_ref::<ApiError>()
        .unwrap_or_else(|| panic!("not an ApiError: {error:#}"))
}

fn text_item(key: &str, value: &str) -> PutItem {
    PutItem {
        key: key.to_string(),
        value: value.as_bytes().to_vec(),
        expiry: Expiry::Never,
        metadata: None,
    }
}

// ---------------------------------------------------------------------------------------------
// Envelopes, values and error mapping

#[tokio::test]
async fn get_reads_raw_bytes_and_expiration_with_the_key_encoded() {
    let server = TestServer::start(|req, _| {
        assert_eq!(req.method, "GET");
        Response::builder()
            .header("expiration", "4102444800")
            .header("content-type", "application/octet-stream")
            .body(Body::from(if req.path.ends_with("bin") {
                vec![0u8, 255, 10]
            } else {
                b"hello".to_vec()
            }))
            .unwrap()
    })
    .await;
    let store = store(&server);
    let value = store.get("dir/a b:é?#").await.unwrap().unwrap();
    assert_eq!(value.bytes, b"hello");
    assert_eq!(value.expiration, Some(4_102_444_800));
    assert_eq!(value.metadata, None);
    let binary = store.get("bin").await.unwrap().unwrap();
    assert_eq!(binary.bytes, vec![0u8, 255, 10]);
    let requests = server.requests();
    assert_eq!(
        requests[0].path,
        ns_path("/values/dir%2Fa%20b%3A%C3%A9%3F%23")
    );
    assert_eq!(requests[0].query, None);
}

#[tokio::test]
async fn a_missing_key_is_none_and_a_missing_namespace_is_not_found() {
    let server = TestServer::start(|req, _| {
        if req.path.contains("/values/gone") || req.path.contains("/metadata/gone") {
            fail(404, 10009, "get: 'key not found'")
        } else {
            fail(404, 10013, "get: 'namespace not found'")
        }
    })
    .await;
    let store = store(&server);
    assert!(store.get("gone").await.unwrap().is_none());
    assert!(store.get_metadata("gone").await.unwrap().is_none());
    // Deleting a missing key succeeds.
    store.delete("gone").await.unwrap();

    let err = store.get("other").await.unwrap_err();
    let wkv = err.downcast_ref::<WkvError>().expect("a WkvError");
    assert_eq!(wkv.kind, ErrorKind::NotFound);
    assert!(
        wkv.message.contains(NAMESPACE) && wkv.message.contains("10013"),
        "{}",
        wkv.message
    );
    assert!(
        wkv.hints
            .iter()
            .any(|h| h.contains("`wkv namespace list`") && !h.contains("--remote")),
        "{:?}",
        wkv.hints
    );
    let err = store.list_page(None, 1000, None).await.unwrap_err();
    assert_eq!(
        err.downcast_ref::<WkvError>().unwrap().kind,
        ErrorKind::NotFound
    );
    // Not-found answers are final: no retries.
    assert_eq!(server.count(), 5);
}

#[tokio::test]
async fn api_errors_keep_status_codes_ray_and_kind() {
    let server = TestServer::start(|req, _| match req.path.rsplit('/').next().unwrap() {
        "toolong" => fail(
            414,
            10033,
            "UTF-8 encoded length of 600 exceeds key length limit of 512.",
        ),
        "auth" => fail(403, 10000, "Authentication error"),
        _ => (StatusCode::BAD_REQUEST, "plain text problem").into_response(),
    })
    .await;
    let store = store(&server);
    let err = store.put(text_item("toolong", "v")).await.unwrap_err();
    let api = api_error(&err);
    assert_eq!(api.status, Some(414));
    assert_eq!(api.code(), Some(10033));
    assert_eq!(api.cf_ray.as_deref(), Some("8abc123-SJC"));
    assert_eq!(api.method, "PUT");
    assert_eq!(
        api.path,
        format!("/accounts/{ACCOUNT}/storage/kv/namespaces/{NAMESPACE}/values/toolong")
    );
    assert_eq!(api.kind(), ErrorKind::Usage);
    assert_eq!(
        err.to_string(),
        "UTF-8 encoded length of 600 exceeds key length limit of 512. [code 10033]"
    );

    let err = store.get("auth").await.unwrap_err();
    let api = api_error(&err);
    assert_eq!(api.kind(), ErrorKind::Failure);
    assert!(api.hints().join(" ").contains("CLOUDFLARE_API_TOKEN"));

    let err = store.get("weird").await.unwrap_err();
    assert_eq!(err.to_string(), "HTTP 400 Bad Request: plain text problem");
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn metadata_is_read_from_its_own_route() {
    let server = TestServer::start(|req, _| {
        if req.path.ends_with("/with") {
            ok(json!({"owner": "me", "n": 1}))
        } else {
            ok(Json::Null)
        }
    })
    .await;
    let store = store(&server);
    assert_eq!(
        store.get_metadata("with").await.unwrap(),
        Some(Some(json!({"owner": "me", "n": 1})))
    );
    assert_eq!(store.get_metadata("without").await.unwrap(), Some(None));
    assert_eq!(server.requests()[0].path, ns_path("/metadata/with"));
}

// ---------------------------------------------------------------------------------------------
// Writes

#[tokio::test]
async fn put_with_an_expiration_and_a_ttl_sends_both_as_wrangler_does() {
    let server = TestServer::start(|_, _| ok(Json::Null)).await;
    store(&server)
        .put(PutItem {
            key: "both".into(),
            value: b"v".to_vec(),
            expiry: Expiry::as_given(Some(4_102_444_800), Some(600)),
            metadata: None,
        })
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(
        requests[0].param("expiration").as_deref(),
        Some("4102444800")
    );
    assert_eq!(requests[0].param("expiration_ttl").as_deref(), Some("600"));
}

#[tokio::test]
async fn put_sends_raw_bytes_or_a_multipart_form_with_metadata() {
    let server = TestServer::start(|_, _| ok(Json::Null)).await;
    let store = store(&server);
    store
        .put(PutItem {
            key: "plain".into(),
            value: vec![1, 2, 255],
            expiry: Expiry::At(4_102_444_800),
            metadata: None,
        })
        .await
        .unwrap();
    store
        .put(PutItem {
            key: "rich".into(),
            value: b"the value".to_vec(),
            expiry: Expiry::Ttl(3600),
            metadata: Some(json!({"owner": "me"})),
        })
        .await
        .unwrap();

    let requests = server.requests();
    let plain = &requests[0];
    assert_eq!(plain.method, "PUT");
    assert_eq!(plain.path, ns_path("/values/plain"));
    assert_eq!(plain.body, vec![1, 2, 255]);
    assert_eq!(plain.headers["content-type"], "application/octet-stream");
    assert_eq!(plain.param("expiration").as_deref(), Some("4102444800"));
    assert_eq!(plain.param("expiration_ttl"), None);

    let rich = &requests[1];
    assert_eq!(rich.param("expiration_ttl").as_deref(), Some("3600"));
    let content_type = rich.headers["content-type"].to_str().unwrap();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .expect(content_type);
    let body = String::from_utf8(rich.body.clone()).unwrap();
    let parts: Vec<&str> = body.split(&format!("--{boundary}")).collect();
    let value_part = parts
        .iter()
        .find(|p| p.contains("name=\"value\""))
        .expect("value part");
    assert!(
        value_part.ends_with("\r\n\r\nthe value\r\n"),
        "{value_part:?}"
    );
    let metadata_part = parts
        .iter()
        .find(|p| p.contains("name=\"metadata\""))
        .expect("metadata part");
    assert!(
        metadata_part.ends_with("\r\n\r\n{\"owner\":\"me\"}\r\n"),
        "{metadata_part:?}"
    );
}

#[tokio::test]
async fn bulk_write_delete_and_get_use_the_bulk_routes() {
    let server = TestServer::start(|req, _| match (req.method.as_str(), req.path.as_str()) {
        ("PUT", p) if p.ends_with("/bulk") => ok(json!({"successful_key_count": 1, "unsuccessful_keys": ["b"]})),
        ("POST", p) if p.ends_with("/bulk/delete") => ok(json!({"successful_key_count": 2, "unsuccessful_keys": []})),
        ("POST", p) if p.ends_with("/bulk/get") => {
            let body = req.json();
            if body["withMetadata"] == json!(true) {
                ok(json!({"values": {"a": {"value": "1", "metadata": {"m": true}, "expiration": 4102444800i64}, "zz": null}}))
            } else {
                ok(json!({"values": {"a": "1", "c": "3", "zz": null}}))
            }
        }
        other => panic!("unexpected {other:?}"),
    })
    .await;
    let store = store(&server);
    let outcome = store
        .put_batch(&[
            PutItem {
                key: "a".into(),
                value: b"1".to_vec(),
                expiry: Expiry::Ttl(120),
                metadata: Some(json!({"m": 1})),
            },
            PutItem {
                key: "b".into(),
                value: vec![0xff, 0xfe],
                expiry: Expiry::Never,
                metadata: None,
            },
        ])
        .await
        .unwrap();
    assert_eq!(outcome.unsuccessful_keys, vec!["b".to_string()]);
    let outcome = store
        .delete_batch(vec!["a".into(), "b/c".into()])
        .await
        .unwrap();
    assert!(outcome.unsuccessful_keys.is_empty());
    let values = store
        .get_batch(vec!["c".into(), "zz".into(), "a".into()], false)
        .await
        .unwrap();
    let bytes: Vec<Option<Vec<u8>>> = values.into_iter().map(|v| v.map(|v| v.bytes)).collect();
    assert_eq!(bytes, vec![Some(b"3".to_vec()), None, Some(b"1".to_vec())]);
    let values = store
        .get_batch(vec!["a".into(), "zz".into()], true)
        .await
        .unwrap();
    let a = values[0].clone().unwrap();
    assert_eq!(
        (a.bytes, a.metadata, a.expiration),
        (b"1".to_vec(), Some(json!({"m": true})), Some(4_102_444_800))
    );
    assert!(values[1].is_none());
    // Nothing to do, nothing sent.
    assert!(store
        .put_batch(&[])
        .await
        .unwrap()
        .unsuccessful_keys
        .is_empty());

    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!(requests[0].headers["content-type"], "application/json");
    assert_eq!(
        requests[0].json(),
        json!([
            {"key": "a", "value": "1", "expiration_ttl": 120, "metadata": {"m": 1}},
            {"key": "b", "value": "//4=", "base64": true}
        ])
    );
    assert_eq!(requests[1].json(), json!(["a", "b/c"]));
    assert_eq!(
        requests[2].json(),
        json!({"keys": ["c", "zz", "a"], "type": "text", "withMetadata": false})
    );
    assert_eq!(requests[3].json()["withMetadata"], json!(true));
}

#[tokio::test]
async fn bulk_get_splits_requests_at_100_keys() {
    let server = TestServer::start(|req, _| {
        let keys = req.json()["keys"].as_array().unwrap().clone();
        let values: serde_json::Map<String, Json> = keys
            .iter()
            .map(|k| {
                (
                    k.as_str().unwrap().to_string(),
                    json!(format!("v-{}", k.as_str().unwrap())),
                )
            })
            .collect();
        ok(json!({"values": values}))
    })
    .await;
    let keys: Vec<String> = (0..250).map(|i| format!("k{i:03}")).collect();
    let values = store(&server).get_batch(keys.clone(), false).await.unwrap();
    assert_eq!(values.len(), 250);
    assert_eq!(values[249].as_ref().unwrap().bytes, b"v-k249");
    let sizes: Vec<usize> = server
        .requests()
        .iter()
        .map(|r| r.json()["keys"].as_array().unwrap().len())
        .collect();
    assert_eq!(sizes, vec![100, 100, 50]);
}

// ---------------------------------------------------------------------------------------------
// Pagination

#[tokio::test]
async fn key_listing_follows_the_cursor_to_the_end() {
    let server = TestServer::start(|req, _| {
        let page = match req.param("cursor").as_deref() {
            None => (
                json!([{"name": "p:1"}, {"name": "p:2", "expiration": 4102444800i64}]),
                json!("c1"),
            ),
            Some("c1") => (json!([{"name": "p:3", "metadata": {"x": 1}}]), json!("c2")),
            Some("c2") => (json!([]), json!("")),
            Some(other) => panic!("unknown cursor {other}"),
        };
        ok_with_info(page.0, json!({"count": 1, "cursor": page.1}))
    })
    .await;
    let store = store(&server);
    let mut names = Vec::new();
    let mut listing = wkv::kv::Listing::of(std::sync::Arc::new(store.clone()), Some("p:".into()));
    while let Some(page) = listing.next_page().await.unwrap() {
        names.extend(page.keys.into_iter().map(|k| k.name));
    }
    assert_eq!(names, vec!["p:1", "p:2", "p:3"]);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[0].path, ns_path("/keys"));
    assert_eq!(requests[0].param("prefix").as_deref(), Some("p:"));
    assert_eq!(requests[0].param("limit").as_deref(), Some("1000"));
    assert_eq!(requests[2].param("cursor").as_deref(), Some("c2"));

    let page = store.list_page(None, 10, Some("c1")).await.unwrap();
    assert_eq!(page.keys[0].metadata, Some(json!({"x": 1})));
    assert_eq!(page.cursor.as_deref(), Some("c2"));
    assert_eq!(server.requests()[3].param("limit").as_deref(), Some("10"));
}

#[tokio::test]
async fn a_null_or_missing_cursor_ends_the_listing() {
    let server = TestServer::start(|req, _| match req.param("cursor").as_deref() {
        None => ok_with_info(json!([{"name": "a"}]), json!({"count": 1, "cursor": null})),
        Some(_) => panic!("no second page was offered"),
    })
    .await;
    let page = store(&server).list_page(None, 1000, None).await.unwrap();
    assert_eq!(page.cursor, None);
    let server = TestServer::start(|_, _| ok(json!([{"name": "a"}]))).await;
    assert_eq!(
        store(&server)
            .list_page(None, 1000, None)
            .await
            .unwrap()
            .cursor,
        None
    );
}

fn namespaces(range: std::ops::Range<usize>) -> Json {
    Json::Array(range.map(|i| json!({"id": format!("{i:032x}"), "title": format!("ns-{i}"), "supports_url_encoding": true})).collect())
}

#[tokio::test]
async fn namespace_listing_reads_every_page() {
    let server = TestServer::start(|req, _| {
        let page: usize = req.param("page").unwrap().parse().unwrap();
        let per_page: usize = req.param("per_page").unwrap().parse().unwrap();
        let start = ((page - 1) * per_page).min(250);
        let end = (page * per_page).min(250);
        ok_with_info(
            namespaces(start..end),
            json!({"page": page, "per_page": per_page, "count": end - start}),
        )
    })
    .await;
    let list = client(&server).list_namespaces(ACCOUNT).await.unwrap();
    assert_eq!(list.len(), 250);
    assert_eq!(list[249].title, "ns-249");
    assert_eq!(list[0].supports_url_encoding, Some(true));
    let requests = server.requests();
    assert_eq!(requests.len(), 3, "the short third page ends the listing");
    assert_eq!(
        requests[0].path,
        format!("/client/v4/accounts/{ACCOUNT}/storage/kv/namespaces")
    );
    assert_eq!(requests[0].param("per_page").as_deref(), Some("100"));
    // As wrangler: sorted by title, asked for on every page.
    for request in &requests {
        assert_eq!(request.param("order").as_deref(), Some("title"));
        assert_eq!(request.param("direction").as_deref(), Some("asc"));
    }
}

#[tokio::test]
async fn namespace_listing_stops_at_total_count_and_respects_a_capped_page_size() {
    // Full pages, but total_count says there are 200: no third request.
    let server = TestServer::start(|req, _| {
        let page: usize = req.param("page").unwrap().parse().unwrap();
        ok_with_info(
            namespaces((page - 1) * 100..page * 100),
            json!({"page": page, "per_page": 100, "total_count": 200}),
        )
    })
    .await;
    assert_eq!(
        client(&server)
            .list_namespaces(ACCOUNT)
            .await
            .unwrap()
            .len(),
        200
    );
    assert_eq!(server.count(), 2);

    // A server that caps per_page at 20 still gets read to the end.
    let server = TestServer::start(|req, _| {
        let page: usize = req.param("page").unwrap().parse().unwrap();
        let start = ((page - 1) * 20).min(45);
        let end = (page * 20).min(45);
        ok_with_info(
            namespaces(start..end),
            json!({"page": page, "per_page": 20}),
        )
    })
    .await;
    assert_eq!(
        client(&server)
            .list_namespaces(ACCOUNT)
            .await
            .unwrap()
            .len(),
        45
    );
    assert_eq!(server.count(), 3);
}

#[tokio::test]
async fn namespace_create_get_rename_delete() {
    let server = TestServer::start(|req, _| {
        let id = "0".repeat(32);
        match req.method.as_str() {
            "POST" => {
                ok(json!({"id": id, "title": req.json()["title"], "supports_url_encoding": true}))
            }
            "GET" => ok(json!({"id": id, "title": "t"})),
            "PUT" => ok(Json::Null),
            "DELETE" => ok(Json::Null),
            _ => unreachable!(),
        }
    })
    .await;
    let client = client(&server);
    let created = client
        .create_namespace(ACCOUNT, "my title", None)
        .await
        .unwrap();
    assert_eq!(created.title, "my title");
    assert_eq!(
        serde_json::to_value(&created).unwrap()["supports_url_encoding"],
        json!(true)
    );
    let fetched = client.get_namespace(ACCOUNT, &created.id).await.unwrap();
    assert_eq!(
        serde_json::to_string(&fetched).unwrap(),
        format!("{{\"id\":\"{}\",\"title\":\"t\"}}", created.id)
    );
    let renamed = client
        .rename_namespace(ACCOUNT, &created.id, "new")
        .await
        .unwrap();
    assert_eq!(
        (renamed.id.as_str(), renamed.title.as_str()),
        (created.id.as_str(), "new")
    );
    client.delete_namespace(ACCOUNT, &created.id).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests[0].json(), json!({"title": "my title"}));
    assert_eq!(requests[2].json(), json!({"title": "new"}));
    assert_eq!(requests[3].method, "DELETE");
    assert_eq!(
        requests[3].path,
        format!(
            "/client/v4/accounts/{ACCOUNT}/storage/kv/namespaces/{}",
            created.id
        )
    );
}

#[tokio::test]
async fn namespace_errors_name_the_namespace_or_the_title() {
    let server = TestServer::start(|req, _| match req.method.as_str() {
        "POST" => fail(
            400,
            10014,
            "create namespace: 'A namespace with this account ID and title already exists.'",
        ),
        _ => fail(404, 10013, "namespace not found"),
    })
    .await;
    let client = client(&server);
    let err = client
        .create_namespace(ACCOUNT, "dup", None)
        .await
        .unwrap_err();
    assert_eq!(api_error(&err).kind(), ErrorKind::Usage);
    assert!(api_error(&err).hints()[0].contains("already exists"));
    for err in [
        client.get_namespace(ACCOUNT, "nope").await.unwrap_err(),
        client
            .rename_namespace(ACCOUNT, "nope", "x")
            .await
            .unwrap_err(),
        client.delete_namespace(ACCOUNT, "nope").await.unwrap_err(),
    ] {
        let wkv = err.downcast_ref::<WkvError>().unwrap();
        assert_eq!(wkv.kind, ErrorKind::NotFound);
        assert!(wkv.message.contains("`nope`"), "{}", wkv.message);
    }
}

// ---------------------------------------------------------------------------------------------
// Accounts

/// The accounts a test server lists, on `/accounts` and (wrapped) on `/memberships`.
fn account_listing(path: &str, accounts: Json) -> Response {
    let count = accounts.as_array().map_or(0, Vec::len);
    let info = json!({"page": 1, "per_page": 50, "count": count});
    match path {
        "/client/v4/accounts" => ok_with_info(accounts, info),
        "/client/v4/memberships" => {
            let memberships: Vec<Json> = accounts
                .as_array()
                .unwrap()
                .iter()
                .map(|a| json!({"id": "m", "status": "accepted", "account": a}))
                .collect();
            ok_with_info(Json::Array(memberships), info)
        }
        other => panic!("unexpected request to {other}"),
    }
}

fn account_inputs<'a>(
    env: &'a wkv::auth::Environment,
    config: Option<&'a str>,
) -> wkv::auth::AccountInputs<'a> {
    wkv::auth::AccountInputs {
        config_account_id: config,
        env,
        profile_account: None,
        cache: None,
    }
}

#[tokio::test]
async fn the_account_comes_from_config_variable_or_the_only_account() {
    let server = TestServer::start(|req, _| {
        if req.headers["authorization"] == format!("Bearer {TOKEN}").as_str() {
            account_listing(&req.path, json!([{"id": "aaa", "name": "Solo"}]))
        } else {
            account_listing(
                &req.path,
                json!([{"id": "aaa", "name": "First Co"}, {"id": "bbb", "name": "Second Co"}]),
            )
        }
    })
    .await;
    let client = client(&server);
    let resolve = wkv::auth::account::resolve_account;
    let env = wkv::auth::Environment::of(&[("CLOUDFLARE_ACCOUNT_ID", "env-id")]);
    // wrangler's order: the config's account_id first, then the variable.
    let (id, _) = resolve(&client, &account_inputs(&env, Some("cfg-id")), None)
        .await
        .unwrap();
    assert_eq!(id, "cfg-id");
    let (id, _) = resolve(&client, &account_inputs(&env, Some("")), None)
        .await
        .unwrap();
    assert_eq!(id, "env-id");
    assert_eq!(server.count(), 0);
    let none = wkv::auth::Environment::of(&[]);
    let (id, _) = resolve(&client, &account_inputs(&none, None), None)
        .await
        .unwrap();
    assert_eq!(id, "aaa");

    let several = ApiClient::with_retry_policy(
        Credentials::api_token("another-token"),
        options(&server.base_url),
        fast_retries(0),
    )
    .unwrap();
    let err = resolve(&several, &account_inputs(&none, None), None)
        .await
        .unwrap_err();
    let wkv = err.downcast_ref::<WkvError>().unwrap();
    assert_eq!(wkv.kind, ErrorKind::Usage);
    assert!(
        wkv.message.contains("First Co: aaa") && wkv.message.contains("Second Co: bbb"),
        "{}",
        wkv.message
    );
    assert!(wkv.hints[0].contains("CLOUDFLARE_ACCOUNT_ID") && wkv.hints[0].contains("account_id"));
}

#[tokio::test]
async fn no_account_at_all_is_an_error() {
    let server = TestServer::start(|req, _| account_listing(&req.path, json!([]))).await;
    let none = wkv::auth::Environment::of(&[]);
    let err =
        wkv::auth::account::resolve_account(&client(&server), &account_inputs(&none, None), None)
            .await
            .unwrap_err();
    assert!(err
        .to_string()
        .contains("cannot see any Cloudflare account"));
}

// ---------------------------------------------------------------------------------------------
// Authentication

#[tokio::test]
async fn both_authentication_modes_send_their_headers() {
    let server = TestServer::start(|_, _| Response::new(Body::from("v"))).await;
    let token = RemoteStore::new(client(&server), ACCOUNT.into(), NAMESPACE.into());
    token.get("k").await.unwrap();
    let key_client = ApiClient::with_retry_policy(
        Credentials::global_key("global-KEY-S3CRET", "me@example.com"),
        options(&server.base_url),
        fast_retries(0),
    )
    .unwrap();
    RemoteStore::new(key_client, ACCOUNT.into(), NAMESPACE.into())
        .get("k")
        .await
        .unwrap();

    let requests = server.requests();
    assert_eq!(
        requests[0].headers["authorization"],
        format!("Bearer {TOKEN}").as_str()
    );
    assert!(requests[0].headers.get("x-auth-key").is_none());
    assert_eq!(requests[1].headers["x-auth-key"], "global-KEY-S3CRET");
    assert_eq!(requests[1].headers["x-auth-email"], "me@example.com");
    assert!(requests[1].headers.get("authorization").is_none());
    for request in &requests {
        assert_eq!(
            request.headers["user-agent"],
            concat!("wkv/", env!("CARGO_PKG_VERSION"))
        );
    }
}

#[tokio::test]
async fn credentials_never_show_in_errors_or_debug_output() {
    let server = TestServer::start(|_, _| fail(401, 10000, "Authentication error")).await;
    let client = client(&server);
    let store = RemoteStore::new(client.clone(), ACCOUNT.into(), NAMESPACE.into());
    let http_err = store.get("k").await.unwrap_err();
    // A refused connection.
    let offline = client_with(ClientOptions {
        retries: 0,
        ..options(&closed_port_url().await)
    });
    let transport_err = RemoteStore::new(offline.clone(), ACCOUNT.into(), NAMESPACE.into())
        .get("k")
        .await
        .unwrap_err();
    assert!(api_error(&transport_err).is_transport());
    assert!(
        transport_err
            .to_string()
            .contains("could not connect to 127.0.0.1:"),
        "{transport_err}"
    );
    let shown = [
        format!("{http_err} {http_err:#} {http_err:?}"),
        format!("{transport_err} {transport_err:#} {transport_err:?}"),
        format!("{:?}", Credentials::api_token(TOKEN)),
        format!("{client:?} {store:?} {:?}", options(&server.base_url)),
        format!("{}", wkv::api::VerboseApiError(api_error(&http_err))),
        api_error(&http_err).hints().join(" "),
    ];
    for text in shown {
        assert!(!text.contains("S3CRET"), "a credential leaked: {text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Retries

#[tokio::test]
async fn a_429_with_retry_after_is_retried_and_reported() {
    let server = TestServer::start(|_, index| {
        if index == 0 {
            (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "0")], axum::Json(json!({"success": false, "errors": [{"code": 971, "message": "Please wait and consider throttling your request speed"}], "result": null})))
                .into_response()
        } else {
            Response::new(Body::from("value"))
        }
    })
    .await;
    let events: Arc<Mutex<Vec<RetryEvent>>> = Arc::default();
    let sink = events.clone();
    let client = client_with(ClientOptions {
        on_retry: Some(Arc::new(move |event: &RetryEvent| {
            sink.lock().unwrap().push(event.clone())
        })),
        ..options(&server.base_url)
    });
    let store = RemoteStore::new(client.clone(), ACCOUNT.into(), NAMESPACE.into());
    assert_eq!(store.get("k").await.unwrap().unwrap().bytes, b"value");
    assert_eq!(server.count(), 2);
    let stats = client.stats();
    assert_eq!((stats.requests, stats.retries, stats.throttled), (2, 1, 1));
    let events = events.lock().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].delay, Duration::ZERO);
    assert_eq!(events[0].retry, 1);
    let line = events[0].to_string();
    assert!(
        line.contains("GET /accounts/")
            && line.contains("[code 971]")
            && line.contains("retry 1 of 3"),
        "{line}"
    );
}

#[tokio::test]
async fn retry_after_seconds_are_waited_for() {
    let server = TestServer::start(|_, index| {
        if index == 0 {
            (
                StatusCode::TOO_MANY_REQUESTS,
                [("retry-after", "1")],
                "slow down",
            )
                .into_response()
        } else {
            ok(Json::Null)
        }
    })
    .await;
    let start = Instant::now();
    store(&server).put(text_item("k", "v")).await.unwrap();
    assert!(
        start.elapsed() >= Duration::from_millis(950),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(server.count(), 2);
}

#[tokio::test]
async fn server_errors_are_retried_until_success() {
    let server = TestServer::start(|_, index| {
        if index < 2 {
            fail(500, 10001, "internal error")
        } else {
            ok_with_info(json!([{"name": "a"}]), json!({"cursor": ""}))
        }
    })
    .await;
    let store = store(&server);
    let page = store.list_page(None, 1000, None).await.unwrap();
    assert_eq!(page.keys.len(), 1);
    assert_eq!(server.count(), 3);
    assert_eq!(store.client().stats().retries, 2);
    // Every attempt carried the same request.
    let requests = server.requests();
    assert!(requests
        .iter()
        .all(|r| r.query == requests[0].query && r.path == requests[0].path));
}

#[tokio::test]
async fn request_bodies_are_sent_whole_on_every_attempt() {
    let server = TestServer::start(|_, index| {
        if index < 2 {
            fail(503, 0, "busy")
        } else {
            ok(Json::Null)
        }
    })
    .await;
    store(&server)
        .put(PutItem {
            key: "k".into(),
            value: vec![7u8; 300_000],
            expiry: Expiry::Never,
            metadata: Some(json!({"a": 1})),
        })
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    // Each attempt is a new form with its own boundary; apart from that the bodies are equal.
    let without_boundary = |r: &Recorded| {
        let content_type = r.headers["content-type"].to_str().unwrap();
        let boundary = content_type.rsplit('=').next().unwrap();
        String::from_utf8_lossy(&r.body).replace(boundary, "BOUNDARY")
    };
    let first = without_boundary(&requests[0]);
    assert!(first.len() > 300_000 && first.contains(&"\u{7}".repeat(300_000)));
    assert!(requests.iter().all(|r| without_boundary(r) == first));
}

#[tokio::test]
async fn exhausted_retries_return_the_last_error() {
    let server = TestServer::start(|_, _| fail(502, 0, "bad gateway")).await;
    let err = store(&server).get("k").await.unwrap_err();
    let api = api_error(&err);
    assert_eq!(api.attempts, 4);
    assert_eq!(api.status, Some(502));
    assert_eq!(api.kind(), ErrorKind::Failure);
    assert_eq!(
        err.to_string(),
        "bad gateway [code 0] (gave up after 4 attempts)"
    );
    assert_eq!(server.count(), 4, "one attempt and 3 retries");
}

#[tokio::test]
async fn namespace_create_is_not_repeated_after_it_may_have_run() {
    let server = TestServer::start(|_, _| fail(500, 10001, "internal")).await;
    let err = client(&server)
        .create_namespace(ACCOUNT, "t", None)
        .await
        .unwrap_err();
    assert_eq!(api_error(&err).attempts, 1);
    assert_eq!(server.count(), 1);

    let server = TestServer::start(|_, index| {
        if index == 0 {
            (StatusCode::TOO_MANY_REQUESTS, [("retry-after", "0")], "").into_response()
        } else {
            ok(json!({"id": "1", "title": "t"}))
        }
    })
    .await;
    assert_eq!(
        client(&server)
            .create_namespace(ACCOUNT, "t", None)
            .await
            .unwrap()
            .id,
        "1"
    );
    assert_eq!(server.count(), 2);
}

/// What the hand-written server does with the n-th connection.
#[derive(Clone, Copy)]
enum RawReply {
    /// Read the request, then hang up without answering.
    HangUp,
    /// Answer 200 with this body after a delay.
    Answer(Duration, &'static str),
}

/// A bare TCP server for failures axum cannot produce on purpose; returns its base URL and a
/// count of the connections it accepted.
async fn raw_server(reply: fn(usize) -> RawReply) -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = connections.clone();
    tokio::spawn(async move {
        loop {
            let (mut socket, _) = listener.accept().await.unwrap();
            let index = seen.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buffer = Vec::new();
                let mut chunk = [0u8; 4096];
                while !buffer.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                    }
                }
                let (delay, body) = match reply(index) {
                    RawReply::HangUp => return,
                    RawReply::Answer(delay, body) => (delay, body),
                };
                tokio::time::sleep(delay).await;
                let head = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(body.as_bytes()).await;
            });
        }
    });
    (format!("http://127.0.0.1:{port}/client/v4"), connections)
}

#[tokio::test]
async fn a_dropped_connection_is_retried() {
    let (base_url, connections) = raw_server(|index| {
        if index == 0 {
            RawReply::HangUp
        } else {
            RawReply::Answer(Duration::ZERO, "after the drop")
        }
    })
    .await;
    let client = client_with(options(&base_url));
    let value = RemoteStore::new(client.clone(), ACCOUNT.into(), NAMESPACE.into())
        .get("k")
        .await
        .unwrap();
    assert_eq!(value.unwrap().bytes, b"after the drop");
    assert_eq!(connections.load(Ordering::SeqCst), 2);
    assert_eq!(client.stats().retries, 1);
}

#[tokio::test]
async fn a_dropped_connection_is_not_retried_for_a_create() {
    let (base_url, connections) = raw_server(|_| RawReply::HangUp).await;
    let err = client_with(options(&base_url))
        .create_namespace(ACCOUNT, "t", None)
        .await
        .unwrap_err();
    assert!(
        err.to_string().starts_with("the connection to 127.0.0.1:"),
        "{err}"
    );
    assert!(api_error(&err).is_transport());
    assert_eq!(api_error(&err).attempts, 1);
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn timeouts_are_retried() {
    let (base_url, connections) = raw_server(|index| {
        if index == 0 {
            RawReply::Answer(Duration::from_secs(5), "too late")
        } else {
            RawReply::Answer(Duration::ZERO, "fast")
        }
    })
    .await;
    let client = client_with(ClientOptions {
        timeout: Duration::from_millis(300),
        ..options(&base_url)
    });
    let start = Instant::now();
    let value = RemoteStore::new(client.clone(), ACCOUNT.into(), NAMESPACE.into())
        .get("k")
        .await
        .unwrap();
    assert_eq!(value.unwrap().bytes, b"fast");
    assert_eq!(connections.load(Ordering::SeqCst), 2);
    let elapsed = start.elapsed();
    assert!(
        elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(3),
        "{elapsed:?}"
    );
    assert_eq!(client.stats().retries, 1);
}

#[tokio::test]
async fn a_refused_connection_is_retried_then_reported() {
    let events = Arc::new(AtomicUsize::new(0));
    let counter = events.clone();
    let client = client_with(ClientOptions {
        retries: 2,
        on_retry: Some(Arc::new(move |_: &RetryEvent| {
            counter.fetch_add(1, Ordering::SeqCst);
        })),
        ..options(&closed_port_url().await)
    });
    let err = client
        .create_namespace(ACCOUNT, "t", None)
        .await
        .unwrap_err();
    let api = api_error(&err);
    // Nothing was sent, so even a create may be retried.
    assert_eq!(api.attempts, 3);
    assert_eq!(events.load(Ordering::SeqCst), 2);
    assert_eq!(api.kind(), ErrorKind::Failure);
    assert!(api
        .hints()
        .iter()
        .any(|h| h.contains("CLOUDFLARE_API_BASE_URL")));
}

// ---------------------------------------------------------------------------------------------
// Rate limit

#[tokio::test]
async fn the_client_side_rate_limit_spaces_requests() {
    let server = TestServer::start(|_, _| Response::new(Body::from("v"))).await;
    let client = client_with(ClientOptions {
        requests_per_window: Some((3, Duration::from_millis(300))),
        ..options(&server.base_url)
    });
    let store = RemoteStore::new(client, ACCOUNT.into(), NAMESPACE.into());
    let start = Instant::now();
    let mut handles = Vec::new();
    for i in 0..7 {
        let store = store.clone();
        handles.push(tokio::spawn(async move {
            store.get(&format!("k{i}")).await.unwrap()
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    // 3 now, 3 after one window, 1 after two.
    assert!(
        start.elapsed() >= Duration::from_millis(600),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(server.count(), 7);
}
