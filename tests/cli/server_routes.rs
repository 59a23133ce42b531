//! `wkv serve` over real HTTP: the router runs in-process on an ephemeral loopback port over a
//! temporary KV root, and reqwest (or a raw TCP socket, where a client would tidy the request)
//! drives every route and every documented failure. What the server writes is read back with
//! `LocalStore` directly, to prove both share the same files.

use std::path::Path;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value as Json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use wkv::kv::{Expiry, KvStore, PutItem};
use wkv::local::LocalStore;
use wkv::server::{router, serve_until, ServeOptions, ServerState, TITLES_FILE};

/// reqwest's `json` feature is not enabled in this crate; this is all of it the tests need.
trait JsonBody {
    fn json_body<T: serde::Serialize + ?Sized>(self, value: &T) -> Self;
}

impl JsonBody for reqwest::RequestBuilder {
    fn json_body<T: serde::Serialize + ?Sized>(self, value: &T) -> Self {
        self.header("content-type", "application/json")
            .body(serde_json::to_vec(value).unwrap())
    }
}

const ACCOUNT: &str = "0123456789abcdef0123456789abcdef";

struct TestServer {
    /// `http://127.0.0.1:PORT/client/v4`
    base: String,
    addr: std::net::SocketAddr,
    dir: tempfile::TempDir,
    client: reqwest::Client,
}

impl TestServer {
    async fn start() -> TestServer {
        Self::start_with(|_| {}).await
    }

    async fn start_with(configure: impl FnOnce(&mut ServeOptions)) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let mut options = ServeOptions::new(dir.path().join("v3/kv"));
        configure(&mut options);
        let state = ServerState::new(&options).unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
        TestServer {
            base: format!("http://{addr}/client/v4"),
            addr,
            dir,
            client: reqwest::Client::new(),
        }
    }

    fn kv_root(&self) -> std::path::PathBuf {
        self.dir.path().join("v3/kv")
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn ns_url(&self, ns: &str, rest: &str) -> String {
        self.url(&format!(
            "/accounts/{ACCOUNT}/storage/kv/namespaces/{ns}{rest}"
        ))
    }

    fn value_url(&self, ns: &str, key: &str) -> String {
        self.ns_url(ns, &format!("/values/{}", encode(key)))
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> (StatusCode, Json) {
        let response = request.send().await.unwrap();
        let status = response.status();
        let text = response.text().await.unwrap();
        let body = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("not JSON ({e}), status {status}: {text}"));
        (status, body)
    }

    async fn get_json(&self, url: &str) -> (StatusCode, Json) {
        self.send(self.client.get(url)).await
    }

    async fn create_namespace(&self, title: &str) -> String {
        let (status, body) = self
            .send(
                self.client
                    .post(self.url(&format!("/accounts/{ACCOUNT}/storage/kv/namespaces")))
                    .json_body(&json!({"title": title})),
            )
            .await;
        assert_eq!(status, 200, "{body}");
        body["result"]["id"].as_str().unwrap().to_string()
    }

    async fn put_raw(
        &self,
        ns: &str,
        key: &str,
        value: impl Into<reqwest::Body>,
    ) -> (StatusCode, Json) {
        self.send(self.client.put(self.value_url(ns, key)).body(value))
            .await
    }

    /// A request written byte for byte on a fresh connection, for paths a URL library would
    /// normalize and for bodies announced but never sent.
    async fn raw(&self, request: &str) -> (u16, String) {
        let mut stream = tokio::net::TcpStream::connect(self.addr).await.unwrap();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        let read = tokio::time::timeout(Duration::from_secs(10), async {
            let mut buf = [0u8; 8192];
            loop {
                match stream.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        response.extend_from_slice(&buf[..n]);
                        // The whole answer is small; stop once the JSON body has closed.
                        if response.ends_with(b"}") {
                            break;
                        }
                    }
                }
            }
        });
        read.await.expect("the server answered in time");
        let text = String::from_utf8_lossy(&response).into_owned();
        let status = text
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (status, text)
    }
}

/// JavaScript's encodeURIComponent, as wrangler encodes key names.
fn encode(key: &str) -> String {
    let mut out = String::new();
    for byte in key.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn assert_error(status: StatusCode, body: &Json, want_status: u16, want_code: u64) {
    assert_eq!(status.as_u16(), want_status, "{body}");
    assert_eq!(body["success"], false, "{body}");
    assert_eq!(body["result"], Json::Null, "{body}");
    assert_eq!(body["messages"], json!([]), "{body}");
    assert_eq!(body["errors"][0]["code"], want_code, "{body}");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| !m.is_empty()),
        "{body}"
    );
}

fn assert_success(status: StatusCode, body: &Json) {
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["success"], true, "{body}");
    assert_eq!(body["errors"], json!([]), "{body}");
    assert_eq!(body["messages"], json!([]), "{body}");
}

fn now_secs() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

async fn local_store(kv_root: &Path, ns: &str) -> LocalStore {
    LocalStore::open_existing(kv_root, ns)
        .unwrap()
        .expect("the namespace exists on disk")
}

#[tokio::test]
async fn account_routes_answer_for_the_one_local_account() {
    let server = TestServer::start().await;
    let (status, body) = server.get_json(&server.url("/accounts")).await;
    assert_success(status, &body);
    assert_eq!(body["result"][0]["name"], "wkv serve");
    assert_eq!(body["result"][0]["id"].as_str().unwrap().len(), 32);
    assert_eq!(body["result_info"]["total_count"], 1);

    let (status, body) = server
        .get_json(&server.url("/accounts?page=2&per_page=50"))
        .await;
    assert_success(status, &body);
    assert_eq!(body["result"], json!([]));
    assert_eq!(body["result_info"]["per_page"], 50);
    let (status, body) = server.get_json(&server.url("/accounts?per_page=0")).await;
    assert_error(status, &body, 400, 10001);

    let (status, body) = server.get_json(&server.url("/memberships")).await;
    assert_success(status, &body);
    assert_eq!(body["result"][0]["account"]["name"], "wkv serve");

    let (status, body) = server.get_json(&server.url("/user/tokens/verify")).await;
    assert_success(status, &body);
    assert_eq!(body["result"]["status"], "active");
}

#[tokio::test]
async fn namespaces_are_created_read_renamed_and_deleted() {
    let server = TestServer::start().await;
    let id = server.create_namespace("first").await;
    assert_eq!(id.len(), 32);
    assert!(
        id.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
        "{id}"
    );

    let (status, body) = server.get_json(&server.ns_url(&id, "")).await;
    assert_success(status, &body);
    assert_eq!(body["result"]["id"], id.as_str());
    assert_eq!(body["result"]["title"], "first");

    // Titles live in our own file next to the local state.
    let titles: Json =
        serde_json::from_slice(&std::fs::read(server.kv_root().join(TITLES_FILE)).unwrap())
            .unwrap();
    assert_eq!(titles, json!({id.clone(): "first"}));

    let create_url = server.url(&format!("/accounts/{ACCOUNT}/storage/kv/namespaces"));
    let (status, body) = server
        .send(
            server
                .client
                .post(&create_url)
                .json_body(&json!({"title": "first"})),
        )
        .await;
    assert_error(status, &body, 400, 10014);
    let (status, body) = server
        .send(
            server
                .client
                .post(&create_url)
                .json_body(&json!({"title": ""})),
        )
        .await;
    assert_error(status, &body, 400, 10001);
    let long = "t".repeat(513);
    let (status, body) = server
        .send(
            server
                .client
                .post(&create_url)
                .json_body(&json!({"title": long})),
        )
        .await;
    assert_error(status, &body, 400, 10001);
    let (status, body) = server
        .send(server.client.post(&create_url).body("{not json"))
        .await;
    assert_error(status, &body, 400, 10001);
    let (status, body) = server
        .send(
            server
                .client
                .post(&create_url)
                .json_body(&json!({"name": "x"})),
        )
        .await;
    assert_error(status, &body, 400, 10001);

    let other = server.create_namespace("second").await;
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(&id, ""))
                .json_body(&json!({"title": "renamed"})),
        )
        .await;
    assert_success(status, &body);
    assert_eq!(
        body["result"],
        json!({"id": id, "title": "renamed", "supports_url_encoding": true})
    );
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(&id, ""))
                .json_body(&json!({"title": "second"})),
        )
        .await;
    assert_error(status, &body, 400, 10014);
    // Renaming to its own title is no conflict.
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(&other, ""))
                .json_body(&json!({"title": "second"})),
        )
        .await;
    assert_success(status, &body);

    let missing = "ffffffffffffffffffffffffffffffff";
    let (status, body) = server.get_json(&server.ns_url(missing, "")).await;
    assert_error(status, &body, 404, 10013);
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(missing, ""))
                .json_body(&json!({"title": "x"})),
        )
        .await;
    assert_error(status, &body, 404, 10013);

    // A namespace with data loses its files too.
    let (status, body) = server.put_raw(&id, "k", "v").await;
    assert_success(status, &body);
    assert!(server.kv_root().join(&id).join("blobs").is_dir());
    let (status, body) = server
        .send(
            server
                .client
                .delete(server.ns_url(&id, ""))
                .json_body(&json!({})),
        )
        .await;
    assert_success(status, &body);
    assert_eq!(body["result"], Json::Null);
    assert!(!server.kv_root().join(&id).exists());
    let (status, body) = server.get_json(&server.ns_url(&id, "")).await;
    assert_error(status, &body, 404, 10013);
    let (status, body) = server
        .send(server.client.delete(server.ns_url(&id, "")))
        .await;
    assert_error(status, &body, 404, 10013);
    let (status, body) = server.get_json(&server.value_url(&id, "k")).await;
    assert_error(status, &body, 404, 10013);
}

#[tokio::test]
async fn namespace_listing_pages_orders_and_checks_its_parameters() {
    let server = TestServer::start().await;
    let mut ids = Vec::new();
    for i in 0..25 {
        ids.push(
            server
                .create_namespace(&format!("title-{:02}", 24 - i))
                .await,
        );
    }
    let list =
        |query: &str| server.url(&format!("/accounts/{ACCOUNT}/storage/kv/namespaces{query}"));

    let (status, body) = server.get_json(&list("")).await;
    assert_success(status, &body);
    assert_eq!(body["result"].as_array().unwrap().len(), 20);
    assert_eq!(body["result_info"]["page"], 1);
    assert_eq!(body["result_info"]["per_page"], 20);
    assert_eq!(body["result_info"]["count"], 20);
    assert_eq!(body["result_info"]["total_count"], 25);

    // Default order is by id; pages continue where the last one stopped.
    let (_, page2) = server.get_json(&list("?page=2")).await;
    assert_eq!(page2["result_info"]["count"], 5);
    let mut seen: Vec<String> = body["result"]
        .as_array()
        .unwrap()
        .iter()
        .chain(page2["result"].as_array().unwrap())
        .map(|ns| ns["id"].as_str().unwrap().to_string())
        .collect();
    let listed = seen.clone();
    seen.sort();
    assert_eq!(listed, seen);
    let mut sorted_ids = ids.clone();
    sorted_ids.sort();
    assert_eq!(listed, sorted_ids);

    let (_, page3) = server.get_json(&list("?page=3")).await;
    assert_eq!(page3["result"], json!([]));

    let (_, by_title) = server
        .get_json(&list("?order=title&direction=desc&per_page=3"))
        .await;
    let titles: Vec<&str> = by_title["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|ns| ns["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["title-24", "title-23", "title-22"]);
    assert_eq!(by_title["result_info"]["total_count"], 25);

    for bad in [
        "?per_page=0",
        "?per_page=1001",
        "?page=0",
        "?page=x",
        "?order=size",
        "?direction=up",
    ] {
        let (status, body) = server.get_json(&list(bad)).await;
        assert_error(status, &body, 400, 10001);
    }
    let (status, body) = server.get_json(&list("?per_page=1000")).await;
    assert_success(status, &body);
    assert_eq!(body["result_info"]["count"], 25);
}

#[tokio::test]
async fn namespaces_written_by_wrangler_or_wkv_local_are_listed_by_id() {
    let server = TestServer::start().await;
    let local_id = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
    let store = LocalStore::open(&server.kv_root(), local_id).unwrap();
    store
        .put(PutItem {
            key: "from-local".into(),
            value: b"hello".to_vec(),
            expiry: Expiry::Never,
            metadata: None,
        })
        .await
        .unwrap();
    let titled = server.create_namespace("titled").await;

    let (_, body) = server
        .get_json(&server.url(&format!(
            "/accounts/{ACCOUNT}/storage/kv/namespaces?per_page=100"
        )))
        .await;
    let result = body["result"].as_array().unwrap();
    assert_eq!(result.len(), 2);
    assert!(
        result.contains(&json!({"id": local_id, "title": local_id, "supports_url_encoding": true}))
    );
    assert!(
        result.contains(&json!({"id": titled, "title": "titled", "supports_url_encoding": true}))
    );

    let (_, body) = server.get_json(&server.ns_url(local_id, "")).await;
    assert_eq!(body["result"]["title"], local_id);
    let response = server
        .client
        .get(server.value_url(local_id, "from-local"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"hello");

    // Renaming it gives it a title of its own.
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(local_id, ""))
                .json_body(&json!({"title": "adopted"})),
        )
        .await;
    assert_success(status, &body);
    let (_, body) = server.get_json(&server.ns_url(local_id, "")).await;
    assert_eq!(body["result"]["title"], "adopted");
}

#[tokio::test]
async fn values_round_trip_with_expirations_and_awkward_key_names() {
    let server = TestServer::start().await;
    let ns = server.create_namespace("values").await;

    let binary: Vec<u8> = (0u8..=255).collect();
    for key in [
        "plain",
        "a/b",
        "with space",
        "q?x=1&y#z",
        "ключ",
        "emoji 🎉",
        "%2F literally",
        "...",
    ] {
        let (status, body) = server.put_raw(&ns, key, binary.clone()).await;
        assert_success(status, &body);
        let response = server
            .client
            .get(server.value_url(&ns, key))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{key}");
        assert_eq!(
            response.headers()["content-type"],
            "application/octet-stream"
        );
        assert!(response.headers().get("expiration").is_none());
        assert_eq!(
            response.bytes().await.unwrap().as_ref(),
            &binary[..],
            "{key}"
        );
    }
    // The key is decoded from the URL: `%2F` is stored as `/`.
    let store = local_store(&server.kv_root(), &ns).await;
    assert!(store.get("a/b").await.unwrap().is_some());

    // An empty value is a value.
    let (status, body) = server.put_raw(&ns, "empty", "").await;
    assert_success(status, &body);
    let response = server
        .client
        .get(server.value_url(&ns, "empty"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.bytes().await.unwrap().is_empty());

    // expiration_ttl wins over expiration; the header carries Unix seconds.
    let before = now_secs();
    let url = format!(
        "{}?expiration_ttl=120&expiration=99999999999",
        server.value_url(&ns, "ttl")
    );
    let (status, body) = server.send(server.client.put(url).body("v")).await;
    assert_success(status, &body);
    let response = server
        .client
        .get(server.value_url(&ns, "ttl"))
        .send()
        .await
        .unwrap();
    let expiration: i64 = response.headers()["expiration"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (before + 120..=now_secs() + 120).contains(&expiration),
        "{expiration}"
    );

    // A 64-bit absolute expiration, after 2038.
    let url = format!("{}?expiration=4102444800", server.value_url(&ns, "far"));
    let (status, body) = server.send(server.client.put(url).body("v")).await;
    assert_success(status, &body);
    let response = server
        .client
        .get(server.value_url(&ns, "far"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["expiration"], "4102444800");

    // Expiration failures.
    let soon = format!("expiration={}", now_secs() + 30);
    let cases = [
        ("expiration_ttl=59", "Expiration TTL must be at least 60"),
        ("expiration_ttl=abc", "Invalid expiration_ttl of abc"),
        (
            "expiration=1000",
            "greater than the current number of seconds",
        ),
        (soon.as_str(), "at least 60 seconds in the future"),
    ];
    for (query, fragment) in cases {
        let url = format!("{}?{query}", server.value_url(&ns, "bad-expiry"));
        let (status, body) = server.send(server.client.put(url).body("v")).await;
        assert_error(status, &body, 400, 10001);
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains(fragment),
            "{body}"
        );
    }
    let (status, body) = server.get_json(&server.value_url(&ns, "bad-expiry")).await;
    assert_error(status, &body, 404, 10009);

    // Missing keys.
    let (status, body) = server.get_json(&server.value_url(&ns, "nope")).await;
    assert_error(status, &body, 404, 10009);
    assert_eq!(body["errors"][0]["message"], "get: 'key not found'");
    let (status, body) = server.get_json(&server.ns_url(&ns, "/metadata/nope")).await;
    assert_error(status, &body, 404, 10009);

    // Deleting, twice: a missing key deletes fine.
    for _ in 0..2 {
        let (status, body) = server
            .send(server.client.delete(server.value_url(&ns, "plain")))
            .await;
        assert_success(status, &body);
        assert_eq!(body["result"], Json::Null);
    }
    let (status, body) = server.get_json(&server.value_url(&ns, "plain")).await;
    assert_error(status, &body, 404, 10009);
}

#[tokio::test]
async fn key_and_value_limits_answer_with_the_api_statuses_and_messages() {
    let server = TestServer::start().await;
    let ns = server.create_namespace("limits").await;

    let long_key = "k".repeat(513);
    let (status, body) = server.put_raw(&ns, &long_key, "v").await;
    assert_error(status, &body, 414, 10001);
    assert_eq!(
        body["errors"][0]["message"],
        "UTF-8 encoded length of 513 exceeds key length limit of 512."
    );
    let (status, body) = server.get_json(&server.value_url(&ns, &long_key)).await;
    assert_error(status, &body, 414, 10001);
    let (status, body) = server.put_raw(&ns, &"k".repeat(512), "v").await;
    assert_success(status, &body);

    let (status, body) = server.put_raw(&ns, "big", vec![b'x'; 26_214_401]).await;
    assert_error(status, &body, 413, 10001);
    assert_eq!(
        body["errors"][0]["message"],
        "Value length of 26214401 exceeds limit of 26214400."
    );
    let (status, body) = server.put_raw(&ns, "big", vec![b'x'; 26_214_400]).await;
    assert_success(status, &body);

    // Paths a URL library would tidy up: an empty key, `.` and `..`.
    let prefix = format!("/client/v4/accounts/{ACCOUNT}/storage/kv/namespaces/{ns}");
    let (status, text) = server
        .raw(&format!(
            "GET {prefix}/values/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        ))
        .await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("Key names must not be empty"), "{text}");
    for key in [".", ".."] {
        let request = format!("PUT {prefix}/values/{key} HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nConnection: close\r\n\r\nv");
        let (status, text) = server.raw(&request).await;
        assert_eq!(status, 400, "{text}");
        assert!(
            text.contains(&format!("Illegal key name \\\"{key}\\\"")),
            "{text}"
        );
    }
}

#[tokio::test]
async fn multipart_writes_carry_metadata() {
    let server = TestServer::start().await;
    let ns = server.create_namespace("forms").await;
    let binary: Vec<u8> = (0u8..=255).rev().collect();

    // The form wrangler sends: the value as a file part, metadata as JSON text.
    let form = reqwest::multipart::Form::new()
        .part(
            "value",
            reqwest::multipart::Part::bytes(binary.clone())
                .file_name("user:1")
                .mime_str("application/octet-stream")
                .unwrap(),
        )
        .text("metadata", r#"{"role":"admin","n":[1,2]}"#);
    let url = format!("{}?expiration_ttl=600", server.value_url(&ns, "user:1"));
    let (status, body) = server.send(server.client.put(url).multipart(form)).await;
    assert_success(status, &body);

    let response = server
        .client
        .get(server.value_url(&ns, "user:1"))
        .send()
        .await
        .unwrap();
    assert!(response.headers().contains_key("expiration"));
    assert_eq!(response.bytes().await.unwrap().as_ref(), &binary[..]);
    let (status, body) = server
        .get_json(&server.ns_url(&ns, "/metadata/user%3A1"))
        .await;
    assert_success(status, &body);
    assert_eq!(body["result"], json!({"role": "admin", "n": [1, 2]}));

    // Without a metadata part the key has none, and a write replaces the old metadata.
    let form = reqwest::multipart::Form::new().text("value", "plain text");
    let (status, body) = server
        .send(
            server
                .client
                .put(server.value_url(&ns, "user:1"))
                .multipart(form),
        )
        .await;
    assert_success(status, &body);
    let (_, body) = server
        .get_json(&server.ns_url(&ns, "/metadata/user%3A1"))
        .await;
    assert_eq!(body["result"], Json::Null);
    let stored = local_store(&server.kv_root(), &ns)
        .await
        .get("user:1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.bytes, b"plain text");
    assert_eq!(stored.expiration, None);

    let too_big = json!({"x": "y".repeat(1100)}).to_string();
    let form = reqwest::multipart::Form::new()
        .text("value", "v")
        .text("metadata", too_big);
    let (status, body) = server
        .send(
            server
                .client
                .put(server.value_url(&ns, "m"))
                .multipart(form),
        )
        .await;
    assert_error(status, &body, 413, 10001);
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Metadata length of 1108 exceeds limit of 1024"),
        "{body}"
    );

    let form = reqwest::multipart::Form::new()
        .text("value", "v")
        .text("metadata", "{oops");
    let (status, body) = server
        .send(
            server
                .client
                .put(server.value_url(&ns, "m"))
                .multipart(form),
        )
        .await;
    assert_error(status, &body, 400, 10001);

    let form = reqwest::multipart::Form::new().text("metadata", "{}");
    let (status, body) = server
        .send(
            server
                .client
                .put(server.value_url(&ns, "m"))
                .multipart(form),
        )
        .await;
    assert_error(status, &body, 400, 10001);

    let broken = server
        .client
        .put(server.value_url(&ns, "m"))
        .header("content-type", "multipart/form-data; boundary=zzz")
        .body("--zzz\r\nContent-Disposition: form-data; name=\"value\"\r\n\r\nno end");
    let (status, body) = server.send(broken).await;
    assert_error(status, &body, 400, 10001);
    let (status, body) = server.get_json(&server.value_url(&ns, "m")).await;
    assert_error(status, &body, 404, 10009);
}

#[tokio::test]
async fn key_listing_pages_with_cursors_prefixes_and_limits() {
    let server = TestServer::start().await;
    let ns = server.create_namespace("listing").await;
    let mut items = Vec::new();
    for i in 0..25 {
        items.push(json!({"key": format!("item:{i:02}"), "value": "v"}));
    }
    items.push(
        json!({"key": "other", "value": "v", "metadata": {"m": 1}, "expiration": 4102444800i64}),
    );
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(&ns, "/bulk"))
                .json_body(&items),
        )
        .await;
    assert_success(status, &body);

    let mut names = Vec::new();
    let mut cursor = String::new();
    let mut pages = 0;
    loop {
        let url = format!(
            "{}?limit=10&prefix=item%3A&cursor={cursor}",
            server.ns_url(&ns, "/keys")
        );
        let (status, body) = server.get_json(&url).await;
        assert_success(status, &body);
        pages += 1;
        let page = body["result"].as_array().unwrap();
        assert_eq!(body["result_info"]["count"], page.len());
        names.extend(page.iter().map(|k| k["name"].as_str().unwrap().to_string()));
        cursor = body["result_info"]["cursor"]
            .as_str()
            .expect("cursor is always a string")
            .to_string();
        if cursor.is_empty() {
            break;
        }
        assert!(pages < 10, "the listing never ends");
    }
    assert_eq!(pages, 3);
    let expected: Vec<String> = (0..25).map(|i| format!("item:{i:02}")).collect();
    assert_eq!(names, expected);

    let (_, body) = server.get_json(&server.ns_url(&ns, "/keys")).await;
    let all = body["result"].as_array().unwrap();
    assert_eq!(all.len(), 26);
    assert_eq!(all[0], json!({"name": "item:00"}));
    assert_eq!(
        all[25],
        json!({"name": "other", "expiration": 4102444800i64, "metadata": {"m": 1}})
    );
    assert_eq!(body["result_info"], json!({"count": 26, "cursor": ""}));

    for bad in ["9", "1001", "ten", "-1"] {
        let (status, body) = server
            .get_json(&format!("{}?limit={bad}", server.ns_url(&ns, "/keys")))
            .await;
        assert_error(status, &body, 400, 10001);
    }
    let (status, body) = server
        .get_json(&format!("{}?cursor=%25%25%25", server.ns_url(&ns, "/keys")))
        .await;
    assert_error(status, &body, 400, 10001);
}

#[tokio::test]
async fn bulk_routes_write_read_and_delete_batches() {
    let server = TestServer::start().await;
    let ns = server.create_namespace("bulk").await;
    let bytes: Vec<u8> = (0u8..=255).collect();
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(&bytes);
    let items = json!([
        {"key": "text", "value": "hello"},
        {"key": "json", "value": "{\"a\":[1,2]}", "metadata": {"kind": "json"}, "expiration_ttl": 3600},
        {"key": "binary", "value": encoded, "base64": true},
        {"key": "null-metadata", "value": "x", "metadata": null, "expiration": null},
    ]);
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(&ns, "/bulk"))
                .json_body(&items),
        )
        .await;
    assert_success(status, &body);
    assert_eq!(
        body["result"],
        json!({"successful_key_count": 4, "unsuccessful_keys": []})
    );

    let response = server
        .client
        .get(server.value_url(&ns, "binary"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.bytes().await.unwrap().as_ref(), &bytes[..]);

    let get = |body: Json| {
        server
            .client
            .post(server.ns_url(&ns, "/bulk/get"))
            .json_body(&body)
    };
    let (status, body) = server
        .send(get(json!({"keys": ["text", "json", "missing"]})))
        .await;
    assert_success(status, &body);
    assert_eq!(
        body["result"],
        json!({"values": {"text": "hello", "json": "{\"a\":[1,2]}", "missing": null}})
    );

    let (_, body) = server
        .send(get(json!({"keys": ["json"], "type": "json"})))
        .await;
    assert_eq!(body["result"], json!({"values": {"json": {"a": [1, 2]}}}));

    let (_, body) = server
        .send(get(
            json!({"keys": ["json", "text", "missing"], "withMetadata": true}),
        ))
        .await;
    let values = &body["result"]["values"];
    assert_eq!(values["json"]["value"], "{\"a\":[1,2]}");
    assert_eq!(values["json"]["metadata"], json!({"kind": "json"}));
    assert!(values["json"]["expiration"].as_i64().unwrap() > now_secs());
    assert_eq!(values["text"], json!({"value": "hello", "metadata": null}));
    assert_eq!(values["missing"], Json::Null);

    let (status, body) = server
        .send(get(json!({"keys": ["text"], "type": "json"})))
        .await;
    assert_error(status, &body, 400, 10001);
    let (status, body) = server
        .send(get(json!({"keys": ["text"], "type": "arraybuffer"})))
        .await;
    assert_error(status, &body, 400, 10001);
    let many: Vec<String> = (0..101).map(|i| format!("k{i}")).collect();
    let (status, body) = server.send(get(json!({"keys": many}))).await;
    assert_error(status, &body, 400, 10001);
    assert_eq!(
        body["errors"][0]["message"],
        "You can request a maximum of 100 keys"
    );
    let (status, body) = server.send(get(json!({"keys": []}))).await;
    assert_error(status, &body, 400, 10001);
    let (status, body) = server.send(get(json!({"keys": [""]}))).await;
    assert_error(status, &body, 400, 10001);

    // Both delete routes.
    let (status, body) = server
        .send(
            server
                .client
                .post(server.ns_url(&ns, "/bulk/delete"))
                .json_body(&json!(["text", "never-there"])),
        )
        .await;
    assert_success(status, &body);
    assert_eq!(
        body["result"],
        json!({"successful_key_count": 2, "unsuccessful_keys": []})
    );
    let (status, body) = server
        .send(
            server
                .client
                .delete(server.ns_url(&ns, "/bulk"))
                .json_body(&json!(["json", "binary"])),
        )
        .await;
    assert_success(status, &body);
    let (_, body) = server.get_json(&server.ns_url(&ns, "/keys")).await;
    assert_eq!(body["result"], json!([{"name": "null-metadata"}]));

    let (status, body) = server
        .send(
            server
                .client
                .post(server.ns_url(&ns, "/bulk/delete"))
                .json_body(&json!([{"name": "x"}])),
        )
        .await;
    assert_error(status, &body, 400, 10001);
    let (status, body) = server
        .send(
            server
                .client
                .post(server.ns_url(&ns, "/bulk/delete"))
                .json_body(&json!([".."])),
        )
        .await;
    assert_error(status, &body, 400, 10001);
}

#[tokio::test]
async fn a_bulk_write_with_one_bad_item_writes_nothing() {
    let server = TestServer::start().await;
    let ns = server.create_namespace("atomic").await;
    let cases = [
        (json!({"key": "", "value": "v"}), 400),
        (json!({"key": "..", "value": "v"}), 400),
        (json!({"key": "k".repeat(513), "value": "v"}), 414),
        (
            json!({"key": "k", "value": "not base64!", "base64": true}),
            400,
        ),
        (json!({"key": "k", "value": "v", "expiration_ttl": 10}), 400),
        (json!({"key": "k", "value": "v", "expiration": 5}), 400),
        (
            json!({"key": "k", "value": "v", "metadata": {"x": "y".repeat(1100)}}),
            413,
        ),
        (json!({"key": "k", "value": 5}), 400),
        (json!({"value": "v"}), 400),
    ];
    for (bad, want) in cases {
        let items = json!([{"key": "good", "value": "v"}, bad]);
        let (status, body) = server
            .send(
                server
                    .client
                    .put(server.ns_url(&ns, "/bulk"))
                    .json_body(&items),
            )
            .await;
        assert_error(status, &body, want, 10001);
        let (status, body) = server.get_json(&server.value_url(&ns, "good")).await;
        assert_error(status, &body, 404, 10009);
    }
    let too_many: Vec<Json> = (0..10_001)
        .map(|i| json!({"key": format!("k{i}"), "value": ""}))
        .collect();
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(&ns, "/bulk"))
                .json_body(&too_many),
        )
        .await;
    assert_error(status, &body, 400, 10001);
    let (status, body) = server
        .send(server.client.put(server.ns_url(&ns, "/bulk")).body("{}"))
        .await;
    assert_error(status, &body, 400, 10001);

    let ten_thousand: Vec<Json> = (0..10_000)
        .map(|i| json!({"key": format!("k{i:05}"), "value": format!("{i}")}))
        .collect();
    let (status, body) = server
        .send(
            server
                .client
                .put(server.ns_url(&ns, "/bulk"))
                .json_body(&ten_thousand),
        )
        .await;
    assert_success(status, &body);
    assert_eq!(body["result"]["successful_key_count"], 10_000);
}

#[tokio::test]
async fn what_the_server_writes_is_what_local_state_holds() {
    let server = TestServer::start().await;
    let ns = server.create_namespace("shared").await;
    let form = reqwest::multipart::Form::new()
        .part(
            "value",
            reqwest::multipart::Part::bytes(vec![0u8, 159, 146, 150]),
        )
        .text("metadata", r#"{"owner":"server"}"#);
    let (status, body) = server
        .send(
            server
                .client
                .put(server.value_url(&ns, "k/1"))
                .multipart(form),
        )
        .await;
    assert_success(status, &body);

    let store = local_store(&server.kv_root(), &ns).await;
    let stored = store
        .get_batch(vec!["k/1".into()], true)
        .await
        .unwrap()
        .remove(0)
        .unwrap();
    assert_eq!(stored.bytes, vec![0u8, 159, 146, 150]);
    assert_eq!(stored.metadata, Some(json!({"owner": "server"})));

    // And the other way: a write made directly to local state is served.
    store
        .put(PutItem {
            key: "from-disk".into(),
            value: b"disk".to_vec(),
            expiry: Expiry::Ttl(3600),
            metadata: None,
        })
        .await
        .unwrap();
    let response = server
        .client
        .get(server.value_url(&ns, "from-disk"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.headers().contains_key("expiration"));
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"disk");
}

#[tokio::test]
async fn unknown_namespaces_accounts_and_routes_are_envelopes() {
    let server = TestServer::start().await;
    let missing = "0000000000000000000000000000beef";
    for (method, rest) in [
        (Method::GET, "/keys"),
        (Method::GET, "/values/k"),
        (Method::PUT, "/values/k"),
        (Method::DELETE, "/values/k"),
        (Method::GET, "/metadata/k"),
        (Method::PUT, "/bulk"),
        (Method::POST, "/bulk/get"),
        (Method::POST, "/bulk/delete"),
        (Method::DELETE, "/bulk"),
    ] {
        let body = if rest == "/bulk/get" {
            json!({"keys": ["k"]})
        } else {
            json!([])
        };
        let request = server
            .client
            .request(method.clone(), server.ns_url(missing, rest));
        let request = if method == Method::PUT && rest == "/values/k" {
            request.body("v")
        } else {
            request.json_body(&body)
        };
        let (status, body) = server.send(request).await;
        assert_error(status, &body, 404, 10013);
    }
    // Path-like namespace ids cannot exist.
    let (status, body) = server.get_json(&server.ns_url("..%2F..", "/keys")).await;
    assert_error(status, &body, 404, 10013);

    let (status, body) = server
        .get_json(&server.url("/accounts/not-an-account/storage/kv/namespaces"))
        .await;
    assert_error(status, &body, 404, 7003);
    let (status, body) = server.get_json(&server.url("/zones")).await;
    assert_error(status, &body, 404, 7003);
    assert_eq!(body["errors"][0]["message"], "No route for that URI");
    let (status, body) = server.get_json(&format!("http://{}/", server.addr)).await;
    assert_error(status, &body, 404, 7003);
    // A known path with a method it does not take.
    let (status, body) = server
        .send(
            server
                .client
                .patch(server.url(&format!("/accounts/{ACCOUNT}/storage/kv/namespaces"))),
        )
        .await;
    assert_error(status, &body, 404, 7003);
    let (status, body) = server
        .send(server.client.get(server.ns_url(missing, "/bulk/get")))
        .await;
    assert_error(status, &body, 404, 7003);
}

#[tokio::test]
async fn a_token_is_required_when_one_is_set() {
    let server = TestServer::start_with(|options| options.token = Some("s3cret".into())).await;
    let accounts = server.url("/accounts");
    let (status, body) = server.get_json(&accounts).await;
    assert_error(status, &body, 401, 10000);
    assert_eq!(body["errors"][0]["message"], "Authentication error");
    let (status, body) = server
        .send(server.client.get(&accounts).bearer_auth("wrong"))
        .await;
    assert_error(status, &body, 401, 10000);
    let (status, body) = server
        .send(
            server
                .client
                .get(&accounts)
                .header("X-Auth-Email", "a@b.c")
                .header("X-Auth-Key", "s3cret"),
        )
        .await;
    assert_error(status, &body, 401, 10000);
    // Even unknown routes stay hidden behind the token.
    let (status, body) = server.get_json(&server.url("/zones")).await;
    assert_error(status, &body, 401, 10000);

    let (status, body) = server
        .send(server.client.get(&accounts).bearer_auth("s3cret"))
        .await;
    assert_success(status, &body);
    let create = server.url(&format!("/accounts/{ACCOUNT}/storage/kv/namespaces"));
    let (status, body) = server
        .send(
            server
                .client
                .post(&create)
                .bearer_auth("s3cret")
                .json_body(&json!({"title": "t"})),
        )
        .await;
    assert_success(status, &body);

    // Without a token, any credentials are fine.
    let open = TestServer::start().await;
    let (status, body) = open
        .send(
            open.client
                .get(open.url("/accounts"))
                .bearer_auth("anything"),
        )
        .await;
    assert_success(status, &body);
}

#[tokio::test]
async fn oversized_bodies_are_refused_without_being_read() {
    let server = TestServer::start_with(|options| options.max_body_bytes = 1000).await;
    let ns = server.create_namespace("small").await;
    let path = format!("/client/v4/accounts/{ACCOUNT}/storage/kv/namespaces/{ns}/values/k");
    // Announce 50 MB and send none of it: the answer must come anyway.
    let request = format!("PUT {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n");
    let (status, text) = server.raw(&request).await;
    assert_eq!(status, 413, "{text}");
    assert!(text.contains("\"success\":false"), "{text}");

    // A chunked body with no announced length is cut off once it passes the limit.
    let chunk = "x".repeat(600);
    let request = format!(
        "PUT {path} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n{:x}\r\n{chunk}\r\n",
        chunk.len(),
        chunk.len()
    );
    let (status, text) = server.raw(&request).await;
    assert_eq!(status, 413, "{text}");

    let (status, body) = server.put_raw(&ns, "k", "x".repeat(1000)).await;
    assert_success(status, &body);
}

#[tokio::test]
async fn serve_until_reports_its_url_and_stops_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let options = ServeOptions::new(dir.path().join("kv"));
    let (url_tx, url_rx) = tokio::sync::oneshot::channel::<String>();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve_until(
        options,
        move |url| {
            let _ = url_tx.send(url.to_string());
        },
        async {
            let _ = stop_rx.await;
        },
    ));
    let base = url_rx.await.unwrap();
    assert!(
        base.starts_with("http://127.0.0.1:") && base.ends_with("/client/v4"),
        "{base}"
    );
    let response = reqwest::get(format!("{base}/accounts")).await.unwrap();
    assert_eq!(response.status(), 200);
    stop_tx.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert!(reqwest::get(format!("{base}/accounts")).await.is_err());
}
