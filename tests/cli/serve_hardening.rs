//! `wkv serve` against hostile clients (issue 7): bodies built to amplify memory, connections
//! that stall, values and names at the edges of the limits, and flags that would start a server
//! nobody can use or everybody can. Each test starts a real `wkv serve` process and talks raw
//! HTTP/1.1 to it over loopback, so the requests are exactly the bytes written here; memory is
//! the server process's own peak (`VmHWM`) or current (`VmRSS`) resident size from `/proc`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::Sandbox;
use serde_json::{json, Value as Json};

const ACCOUNT: &str = "0123456789abcdef0123456789abcdef";
const MB: u64 = 1024 * 1024;

/// A `wkv serve` process without a token, with its pid and everything it wrote on stderr.
struct HostileTarget {
    child: Child,
    /// Held open so the server's stdout stays a live pipe.
    _stdout: BufReader<ChildStdout>,
    address: String,
    stderr: Arc<Mutex<String>>,
    state_dir: tempfile::TempDir,
}

/// What the server answered.
struct Reply {
    status: u16,
    body: Vec<u8>,
}

impl Reply {
    fn json(&self) -> Json {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}): {}",
                String::from_utf8_lossy(&self.body[..self.body.len().min(2000)])
            )
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl HostileTarget {
    fn start(extra: &[&str]) -> HostileTarget {
        let state_dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_wkv"))
            .args(["serve", "--port", "0", "--persist-to"])
            .arg(state_dir.path())
            .args(extra)
            .env_remove("WKV_SERVE_TOKEN")
            .env("HOME", state_dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start wkv serve");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap();
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        let mut line = String::new();
        stdout.read_line(&mut line).expect("read the base URL");
        let address = line
            .trim()
            .strip_prefix("http://")
            .and_then(|rest| rest.strip_suffix("/client/v4"))
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
            .to_string();
        HostileTarget {
            child,
            _stdout: stdout,
            address,
            stderr,
            state_dir,
        }
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(&self.address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .unwrap();
        stream
    }

    /// One request on its own connection, with the body sent whole.
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
        let mut stream = self.connect();
        stream
            .write_all(head(method, path, headers, Some(body.len())).as_bytes())
            .unwrap();
        // A server that answers early may close before taking everything; the answer decides.
        let _ = stream.write_all(body);
        read_reply(&mut stream).expect("an answer")
    }

    fn json_request(&self, method: &str, path: &str, body: &Json) -> Reply {
        let body = serde_json::to_vec(body).unwrap();
        self.request(method, path, &[("content-type", "application/json")], &body)
    }

    fn create_namespace(&self, title: &str) -> String {
        let reply = self.json_request(
            "POST",
            &format!("/accounts/{ACCOUNT}/storage/kv/namespaces"),
            &json!({ "title": title }),
        );
        assert_eq!(reply.status, 200, "{}", reply.text());
        reply.json()["result"]["id"].as_str().unwrap().to_string()
    }

    /// A field of `/proc/<pid>/status` in bytes (`VmHWM` is the peak resident size so far).
    fn memory(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status
            .lines()
            .find(|line| line.starts_with(&format!("{field}:")))
            .unwrap_or_else(|| panic!("no {field} in /proc status"));
        let kb: u64 = line
            .split_whitespace()
            .nth(1)
            .and_then(|n| n.parse().ok())
            .unwrap();
        kb * 1024
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for HostileTarget {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ns_path(ns: &str, rest: &str) -> String {
    format!("/accounts/{ACCOUNT}/storage/kv/namespaces/{ns}{rest}")
}

fn head(method: &str, path: &str, headers: &[(&str, &str)], length: Option<usize>) -> String {
    let mut text = format!("{method} /client/v4{path} HTTP/1.1\r\nhost: localhost\r\n");
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(length) = length {
        text.push_str(&format!("content-length: {length}\r\n"));
    }
    text.push_str("connection: close\r\n\r\n");
    text
}

/// Reads an answer to the end of the connection.
fn read_reply(stream: &mut TcpStream) -> std::io::Result<Reply> {
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other(format!("no complete answer: {raw:?}")))?;
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line: {head}")))?;
    Ok(Reply {
        status,
        body: raw[split + 4..].to_vec(),
    })
}

fn error_message(reply: &Reply) -> String {
    reply.json()["errors"][0]["message"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

// ---------------------------------------------------------------------------------------------
// Item 1: memory amplification.

#[test]
fn bulk_get_reads_a_repeated_name_once_and_caps_its_answer() {
    let server = HostileTarget::start(&[]);
    let ns = server.create_namespace("bulk-get");
    let value = vec![b'a'; 26_214_400];
    let put = server.request("PUT", &ns_path(&ns, "/values/big"), &[], &value);
    assert_eq!(put.status, 200, "{}", put.text());
    drop(value);
    let before = server.memory("VmHWM");

    // 1.3 KB asking for the same 25 MiB value 100 times.
    let names = vec!["big"; 100];
    let reply = server.json_request(
        "POST",
        &ns_path(&ns, "/bulk/get"),
        &json!({ "keys": names }),
    );
    assert_eq!(reply.status, 200, "{}", error_message(&reply));
    let values = reply.json()["result"]["values"].clone();
    assert_eq!(values.as_object().unwrap().len(), 1);
    assert_eq!(values["big"].as_str().unwrap().len(), 26_214_400);
    let peak = server.memory("VmHWM");
    eprintln!(
        "bulk get of one 25 MiB name x100: peak {} MiB (before: {} MiB)",
        peak / MB,
        before / MB
    );
    // Reading it 100 times took the server to 2.6 GB; once is the value and its answer.
    assert!(
        peak < before + 200 * MB,
        "bulk get of one 25 MiB name 100 times: peak {} MiB (was {} MiB before)",
        peak / MB,
        before / MB
    );

    // Two values of 14 MB are more than one answer may carry.
    for name in ["half-1", "half-2"] {
        let put = server.request(
            "PUT",
            &ns_path(&ns, &format!("/values/{name}")),
            &[],
            &vec![b'h'; 14_000_000],
        );
        assert_eq!(put.status, 200);
    }
    let reply = server.json_request(
        "POST",
        &ns_path(&ns, "/bulk/get"),
        &json!({ "keys": ["half-1", "half-2"] }),
    );
    assert_eq!(reply.status, 413, "{}", reply.text());
    assert!(
        error_message(&reply).contains("26214400"),
        "{}",
        reply.text()
    );
    let reply = server.json_request(
        "POST",
        &ns_path(&ns, "/bulk/get"),
        &json!({ "keys": ["half-1", "half-1", "missing"] }),
    );
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(
        reply.json()["result"]["values"]["missing"],
        Json::Null,
        "a missing key is null"
    );
}

/// Sends `body` as a bulk request and returns the answer and the server's peak memory.
fn hostile_bulk(method: &str, rest: &str, headers: &[(&str, &str)], body: &[u8]) -> (Reply, u64) {
    let server = HostileTarget::start(&[]);
    let ns = server.create_namespace("hostile");
    let reply = server.request(method, &ns_path(&ns, rest), headers, body);
    let peak = server.memory("VmHWM");
    eprintln!(
        "{method} {rest} with a {} MiB body: {} {}, peak {} MiB",
        body.len() as u64 / MB,
        reply.status,
        error_message(&reply),
        peak / MB
    );
    (reply, peak)
}

fn repeated(unit: &[u8], total: usize, open: &[u8], close: &[u8]) -> Vec<u8> {
    let mut body = Vec::with_capacity(total + close.len());
    body.extend_from_slice(open);
    while body.len() + unit.len() + close.len() <= total {
        body.extend_from_slice(unit);
    }
    body.extend_from_slice(close);
    body
}

#[test]
fn a_bulk_write_of_millions_of_tiny_items_is_refused_at_item_10001() {
    // 96 MB, four million items: parsed whole it cost the server over a gigabyte.
    let mut body = repeated(br#"{"key":"k","value":""},"#, 96_000_000, b"[", b"");
    body.pop();
    body.push(b']');
    let (reply, peak) = hostile_bulk("PUT", "/bulk", &[], &body);
    assert_refused_in_bounded_memory(&reply, peak, body.len(), "at most 10000 items");
}

/// A 400 naming `wanted`, with the server's peak memory within twice the body and some slack.
#[track_caller]
fn assert_refused_in_bounded_memory(reply: &Reply, peak: u64, body_len: usize, wanted: &str) {
    assert_eq!(reply.status, 400, "{}", reply.text());
    assert!(error_message(reply).contains(wanted), "{}", reply.text());
    assert!(
        peak < 2 * body_len as u64 + 64 * MB,
        "peak {} MiB for a {} MiB body",
        peak / MB,
        body_len as u64 / MB
    );
}

#[test]
fn a_bulk_delete_of_millions_of_names_is_refused_at_key_10001() {
    let mut body = repeated(br#""k","#, 96_000_000, b"[", b"");
    body.pop();
    body.push(b']');
    let (reply, peak) = hostile_bulk("POST", "/bulk/delete", &[], &body);
    assert_refused_in_bounded_memory(&reply, peak, body.len(), "at most 10000 keys");
}

#[test]
fn a_form_of_millions_of_empty_parts_is_refused_while_parsing() {
    // 99 MB of parts with no headers and no data, never closed.
    let body = repeated(b"\r\n\r\n\r\n--b", 99_000_000, b"--b", b"");
    let (reply, peak) = hostile_bulk(
        "PUT",
        "/values/form",
        &[("content-type", "multipart/form-data; boundary=b")],
        &body,
    );
    assert_eq!(reply.status, 400, "{}", reply.text());
    assert!(
        error_message(&reply).contains("at most 64 parts"),
        "{}",
        reply.text()
    );
    assert!(
        peak < 2 * body.len() as u64 + 64 * MB,
        "peak {} MiB for a {} MiB body",
        peak / MB,
        body.len() as u64 / MB
    );
}

#[test]
fn a_bulk_metadata_field_of_a_huge_array_is_refused_before_it_is_built() {
    // One item whose metadata is 20 MB of numbers: as a JSON tree, over a gigabyte.
    let numbers = repeated(b"0,", 20_000_000, b"[", b"0]");
    let mut body = br#"[{"key":"k","value":"v","metadata":"#.to_vec();
    body.extend_from_slice(&numbers);
    body.extend_from_slice(b"}]");
    let (reply, peak) = hostile_bulk("PUT", "/bulk", &[], &body);
    assert_eq!(reply.status, 413, "{}", reply.text());
    assert!(
        error_message(&reply).contains("Metadata length"),
        "{}",
        reply.text()
    );
    assert!(
        peak < 3 * body.len() as u64 + 64 * MB,
        "peak {} MiB for a {} MiB body",
        peak / MB,
        body.len() as u64 / MB
    );
}

// ---------------------------------------------------------------------------------------------
// Item 4: the 100 MB limit is "100 MB or less".

#[test]
fn a_bulk_write_of_exactly_100_mb_is_accepted_and_one_byte_more_is_not() {
    const LIMIT: usize = 100_000_000;
    let server = HostileTarget::start(&[]);
    let ns = server.create_namespace("hundred");
    // Four items whose values fill the body to exactly 100,000,000 bytes.
    let item =
        |index: usize, len: usize| format!(r#"{{"key":"k{index}","value":"{}"}}"#, "x".repeat(len));
    let overhead = 2 + 3 + 4 * item(0, 0).len();
    let each = (LIMIT - overhead) / 4;
    let last = LIMIT - overhead - 3 * each;
    let items: Vec<String> = (0..4)
        .map(|i| item(i, if i == 3 { last } else { each }))
        .collect();
    let body = format!("[{}]", items.join(","));
    assert_eq!(body.len(), LIMIT);
    let reply = server.request("PUT", &ns_path(&ns, "/bulk"), &[], body.as_bytes());
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(reply.json()["result"]["successful_key_count"], 4);
    let peak = server.memory("VmHWM");
    eprintln!("bulk write of exactly 100 MB: peak {} MiB", peak / MB);
    assert!(
        peak < 3 * LIMIT as u64 + 64 * MB,
        "peak {} MiB for a 100 MB body",
        peak / MB
    );
    let read = server.request("GET", &ns_path(&ns, "/values/k3"), &[], b"");
    assert_eq!(read.body.len(), last);

    // One byte more is refused on its announced length alone.
    let mut stream = server.connect();
    let head = head("PUT", &ns_path(&ns, "/bulk"), &[], Some(LIMIT + 1));
    stream.write_all(head.as_bytes()).unwrap();
    let reply = read_reply(&mut stream).unwrap();
    assert_eq!(reply.status, 413, "{}", reply.text());
}

#[test]
fn expirations_past_what_milliseconds_hold_are_refused_not_clamped() {
    let server = HostileTarget::start(&[]);
    let ns = server.create_namespace("late");
    // i64::MAX / 1000 + 1: its milliseconds do not fit in 64 bits.
    let too_late = "9223372036854776";
    let reply = server.request(
        "PUT",
        &ns_path(&ns, &format!("/values/k?expiration={too_late}")),
        &[],
        b"v",
    );
    assert_eq!(reply.status, 400, "{}", reply.text());
    assert!(error_message(&reply).contains(too_late), "{}", reply.text());
    let reply = server.request(
        "PUT",
        &ns_path(&ns, "/values/k?expiration_ttl=9223372036854775"),
        &[],
        b"v",
    );
    assert_eq!(reply.status, 400, "{}", reply.text());
    let reply = server.request(
        "PUT",
        &ns_path(&ns, "/bulk"),
        &[],
        format!(r#"[{{"key":"k","value":"v","expiration":{too_late}}}]"#).as_bytes(),
    );
    assert_eq!(reply.status, 400, "{}", reply.text());
    let read = server.request("GET", &ns_path(&ns, "/values/k"), &[], b"");
    assert_eq!(read.status, 404, "nothing was written");

    // The latest one that fits is stored exactly.
    let latest = "9223372036854775";
    let reply = server.request(
        "PUT",
        &ns_path(&ns, &format!("/values/k?expiration={latest}")),
        &[],
        b"v",
    );
    assert_eq!(reply.status, 200, "{}", reply.text());
    let reply = server.request("GET", &ns_path(&ns, "/keys"), &[], b"");
    assert_eq!(reply.json()["result"][0]["expiration"].to_string(), latest);
}

#[test]
fn names_and_prefixes_that_are_not_utf8_are_refused() {
    let server = HostileTarget::start(&[]);
    let ns = server.create_namespace("utf8");
    let reply = server.request("PUT", &ns_path(&ns, "/values/%EF%BF%BDx"), &[], b"v");
    assert_eq!(reply.status, 200, "U+FFFD itself is a fine key");
    for query in ["prefix=%FF", "prefix=%EF%BF", "limit=10&prefix=a%C3"] {
        let reply = server.request("GET", &ns_path(&ns, &format!("/keys?{query}")), &[], b"");
        assert_eq!(reply.status, 400, "{query}: {}", reply.text());
        assert!(error_message(&reply).contains("UTF-8"), "{}", reply.text());
    }
    let reply = server.request("GET", &ns_path(&ns, "/keys?prefix=%E2%9C%93"), &[], b"");
    assert_eq!(reply.status, 200, "{}", reply.text());
    for rest in ["/values/%FFx", "/metadata/%FFx"] {
        let reply = server.request("GET", &ns_path(&ns, rest), &[], b"");
        assert_eq!(reply.status, 400, "{rest}: {}", reply.text());
    }
}

#[test]
fn internal_errors_tell_the_client_nothing_about_the_server() {
    let server = HostileTarget::start(&[]);
    let ns = server.create_namespace("broken");
    let reply = server.request("PUT", &ns_path(&ns, "/values/k"), &[], b"v");
    assert_eq!(reply.status, 200);
    // Damage the state: the value's file disappears behind the server's back.
    let mut removed = 0;
    for entry in walk(server.state_dir.path()) {
        if entry.parent().is_some_and(|p| p.ends_with("blobs")) {
            std::fs::remove_file(&entry).unwrap();
            removed += 1;
        }
    }
    assert_eq!(removed, 1);
    let reply = server.request("GET", &ns_path(&ns, "/values/k"), &[], b"");
    assert_eq!(reply.status, 500, "{}", reply.text());
    let text = reply.text();
    let state = server.state_dir.path().to_string_lossy().into_owned();
    assert!(
        !text.contains(&state),
        "the answer names a server path: {text}"
    );
    assert!(!text.contains("blobs"), "{text}");
    assert!(!text.contains('/'), "{text}");
    // The operator still learns what happened.
    let deadline = Instant::now() + Duration::from_secs(5);
    while !server.stderr().contains("internal error") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        server.stderr().contains("internal error"),
        "{}",
        server.stderr()
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

// ---------------------------------------------------------------------------------------------
// Item 2: read timeouts.

/// Waits for the server to close `stream`, reading whatever it sends; the answer, if any.
fn wait_for_close(stream: &mut TcpStream, within: Duration) -> Result<Vec<u8>, String> {
    stream.set_read_timeout(Some(within)).unwrap();
    let mut received = Vec::new();
    match stream.read_to_end(&mut received) {
        Ok(_) => Ok(received),
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => Ok(received),
        Err(e) => Err(format!("still open after {within:?}: {e}")),
    }
}

#[test]
fn connections_that_never_finish_their_headers_are_closed() {
    let server = HostileTarget::start(&["--header-timeout", "0.5"]);
    let mut silent = server.connect();
    let mut partial = server.connect();
    partial
        .write_all(b"GET /client/v4/accounts HTTP/1.1\r\nhost: x\r\n")
        .unwrap();
    let started = Instant::now();
    wait_for_close(&mut silent, Duration::from_secs(20)).unwrap();
    wait_for_close(&mut partial, Duration::from_secs(20)).unwrap();
    assert!(started.elapsed() < Duration::from_secs(15));
    // The server still serves everyone else.
    let reply = server.request("GET", "/accounts", &[], b"");
    assert_eq!(reply.status, 200);
}

#[test]
fn an_upload_that_stalls_times_out_and_its_memory_is_freed() {
    let server = HostileTarget::start(&["--body-timeout", "3"]);
    let ns = server.create_namespace("stalled");
    let baseline = server.memory("VmRSS");
    // Three uploads announce 50 MB, send 30 MB each, then stop sending.
    let chunk = vec![b'x'; 30_000_000];
    let mut stalled: Vec<TcpStream> = (0..3)
        .map(|i| {
            let mut stream = server.connect();
            let path = ns_path(&ns, &format!("/values/stall-{i}"));
            stream
                .write_all(head("PUT", &path, &[], Some(50_000_000)).as_bytes())
                .unwrap();
            stream.write_all(&chunk).unwrap();
            stream
        })
        .collect();
    // Let the server take in what was sent.
    std::thread::sleep(Duration::from_millis(1000));
    let holding = server.memory("VmRSS");
    assert!(
        holding > baseline + 60 * MB,
        "the uploads should be buffered: {} -> {} MiB",
        baseline / MB,
        holding / MB
    );
    for stream in &mut stalled {
        let answer = wait_for_close(stream, Duration::from_secs(30)).unwrap();
        let text = String::from_utf8_lossy(&answer);
        assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    }
    let after = server.memory("VmRSS");
    eprintln!(
        "stalled uploads: {} MiB idle, {} MiB while stalled, {} MiB after the timeout",
        baseline / MB,
        holding / MB,
        after / MB
    );
    assert!(
        after < holding - 60 * MB,
        "the buffers should be freed: {} MiB while stalled, {} MiB after",
        holding / MB,
        after / MB
    );
    let read = server.request("GET", &ns_path(&ns, "/values/stall-0"), &[], b"");
    assert_eq!(read.status, 404, "a stalled upload writes nothing");
}

#[test]
fn timeouts_must_be_positive_numbers_of_seconds() {
    let sandbox = Sandbox::new();
    for flag in ["--header-timeout", "--body-timeout"] {
        for bad in ["0", "-1", "inf", "soon"] {
            let run = sandbox.run(&["serve", "--port", "0", &format!("{flag}={bad}")]);
            run.expect(2);
            assert!(run.stderr.contains(flag), "{}", run.stderr);
        }
    }
    // Good values start a server, which is still running when stopped.
    let (code, stderr) = serve_briefly(
        &sandbox,
        &[
            "--port",
            "0",
            "--header-timeout",
            "2.5",
            "--body-timeout",
            "60",
        ],
        Duration::from_secs(2),
    );
    assert_eq!(code, None, "{stderr}");
}

// ---------------------------------------------------------------------------------------------
// Item 4: flags that would start a useless or an open server.

/// Runs `wkv serve` with `args`, stopping it if it is still running after `within`.
fn serve_briefly(sandbox: &Sandbox, args: &[&str], within: Duration) -> (Option<i32>, String) {
    let mut child = sandbox
        .command()
        .arg("serve")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + within;
    let code = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (code, stderr)
}

#[test]
fn a_token_no_request_could_present_is_refused() {
    let mut sandbox = Sandbox::new();
    for token in ["", " padded ", "tab\tinside"] {
        let (code, stderr) = serve_briefly(
            &sandbox,
            &["--port", "0", "--token", token],
            Duration::from_secs(10),
        );
        assert_eq!(code, Some(2), "--token {token:?}: {stderr}");
        assert!(stderr.contains("--token"), "{stderr}");
    }
    sandbox.set_env("WKV_SERVE_TOKEN", "");
    let (code, stderr) = serve_briefly(&sandbox, &["--port", "0"], Duration::from_secs(10));
    assert_eq!(code, Some(2), "empty WKV_SERVE_TOKEN: {stderr}");
}

#[test]
fn a_network_address_without_a_token_is_warned_about() {
    let sandbox = Sandbox::new();
    // 192.0.2.1 is reserved for documentation: binding it fails, after the flags are judged.
    let (_, stderr) = serve_briefly(
        &sandbox,
        &["--port", "0", "--host", "192.0.2.1"],
        Duration::from_secs(10),
    );
    assert!(stderr.contains("warning:"), "{stderr}");
    assert!(stderr.contains("anyone"), "{stderr}");
    assert!(stderr.contains("read and write"), "{stderr}");
    let (_, stderr) = serve_briefly(
        &sandbox,
        &["--port", "0", "--host", "192.0.2.1", "--token", "t0k3n"],
        Duration::from_secs(10),
    );
    assert!(!stderr.contains("warning:"), "{stderr}");
    assert!(
        !stderr.contains("t0k3n"),
        "the token is never shown: {stderr}"
    );
}
