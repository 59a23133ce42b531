//! One behavioural suite, run twice: against local state, and in remote mode against a real
//! `wkv serve` process on a loopback port. Both places must behave the same, byte for byte on
//! stdout.

use crate::support::{Run, Sandbox, Server};
use serde_json::{json, Value};

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Local,
    Remote,
}

/// A namespace bound as `DATA` in a wrangler.toml, local or behind `wkv serve`.
struct Env {
    sandbox: Sandbox,
    mode: Mode,
    _server: Option<Server>,
}

impl Env {
    fn new(mode: Mode) -> Env {
        let mut sandbox = Sandbox::new();
        let (id, server) = match mode {
            Mode::Local => ("0f2ac74b498b48028cb68387c421e279".to_string(), None),
            Mode::Remote => {
                let server = Server::start();
                sandbox.use_server(&server);
                let id = sandbox.create_namespace("data");
                (id, Some(server))
            }
        };
        sandbox.write(
            "wrangler.toml",
            format!("name = \"t\"\n[[kv_namespaces]]\nbinding = \"DATA\"\nid = \"{id}\"\n"),
        );
        Env {
            sandbox,
            mode,
            _server: server,
        }
    }

    fn args<'a>(&self, args: &[&'a str]) -> Vec<&'a str> {
        let mut all = args.to_vec();
        all.extend(["--binding", "DATA"]);
        if self.mode == Mode::Remote {
            all.push("--remote");
        }
        all
    }

    fn wkv(&self, args: &[&str]) -> Run {
        self.sandbox.run(&self.args(args))
    }

    fn wkv_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        self.sandbox.run_with_stdin(&self.args(args), stdin)
    }

    fn names(&self, extra: &[&str]) -> Vec<String> {
        let mut args = vec!["key", "list"];
        args.extend(extra);
        let listed = self.wkv(&args);
        listed.success();
        listed
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["name"].as_str().unwrap().to_string())
            .collect()
    }
}

macro_rules! both_modes {
    ($($name:ident),* $(,)?) => {
        mod local {
            $( #[test] fn $name() { super::$name(super::Env::new(super::Mode::Local)) } )*
        }
        mod remote {
            $( #[test] fn $name() { super::$name(super::Env::new(super::Mode::Remote)) } )*
        }
    };
}

both_modes!(
    put_then_get_returns_the_exact_bytes,
    binary_values_from_a_file_and_stdin,
    unicode_and_reserved_characters_in_keys,
    empty_value,
    metadata_round_trip,
    ttl_and_expiration_show_in_the_listing,
    overwrite_then_delete,
    key_get_missing_exits_3_with_nothing_on_stdout,
    listing_pages_with_limit_and_cursor,
    listing_with_prefix,
    bad_input_exits_2_and_writes_nothing,
    bulk_put_get_delete_across_batches,
    bulk_get_with_metadata_and_binary,
    bulk_put_rejects_a_malformed_file_and_writes_nothing,
    bulk_delete_by_prefix,
    export_then_put_elsewhere_is_identical,
);

fn put_then_get_returns_the_exact_bytes(env: Env) {
    let put = env.wkv(&["key", "put", "greeting", "hello world"]);
    put.success();
    assert!(put.stdout.is_empty(), "put prints nothing on stdout");
    assert!(
        !put.stderr.contains("hello world"),
        "the value is never echoed: {}",
        put.stderr
    );
    let got = env.wkv(&["key", "get", "greeting"]);
    got.success();
    assert_eq!(got.stdout, b"hello world");
    let text = env.wkv(&["key", "get", "greeting", "--text"]);
    assert_eq!(text.success().stdout, b"hello world\n");
}

fn binary_values_from_a_file_and_stdin(env: Env) {
    let bytes: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    env.sandbox.write("blob.bin", &bytes);
    env.wkv(&["key", "put", "file", "--path", "blob.bin"])
        .success();
    assert_eq!(env.wkv(&["key", "get", "file"]).success().stdout, bytes);
    env.wkv_stdin(&["key", "put", "piped", "--path", "-"], &bytes[..300])
        .success();
    assert_eq!(
        env.wkv(&["key", "get", "piped"]).success().stdout,
        &bytes[..300]
    );
}

fn unicode_and_reserved_characters_in_keys(env: Env) {
    let keys = [
        "unicode/ключ/🔑",
        "path/with spaces/and?query=1&x#frag",
        "a%2Fb",
        "+plus=",
        "~tilde'*()!",
    ];
    for (i, key) in keys.iter().enumerate() {
        env.wkv(&["key", "put", key, &format!("v{i}")]).success();
    }
    for (i, key) in keys.iter().enumerate() {
        assert_eq!(
            env.wkv(&["key", "get", key]).success().stdout,
            format!("v{i}").as_bytes(),
            "{key}"
        );
    }
    let mut expected: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
    expected.sort(); // Rust sorts strings by their UTF-8 bytes, as the API lists them.
    assert_eq!(env.names(&[]), expected);
}

fn empty_value(env: Env) {
    env.wkv(&["key", "put", "empty", ""]).success();
    let got = env.wkv(&["key", "get", "empty"]);
    assert!(got.success().stdout.is_empty());
    assert_eq!(env.names(&[]), vec!["empty"]);
}

fn metadata_round_trip(env: Env) {
    env.wkv(&[
        "key",
        "put",
        "m",
        "v",
        "--metadata",
        r#"{"tags":["a","b"],"version":2}"#,
    ])
    .success();
    let metadata = env.wkv(&["key", "get", "m", "--metadata"]);
    assert_eq!(
        metadata.success().json(),
        json!({"tags": ["a", "b"], "version": 2})
    );
    let listed = env.wkv(&["key", "list"]);
    assert_eq!(
        listed.success().json(),
        json!([{"name": "m", "metadata": {"tags": ["a", "b"], "version": 2}}])
    );
    env.wkv(&["key", "put", "plain", "v"]).success();
    assert_eq!(
        env.wkv(&["key", "get", "plain", "--metadata"])
            .success()
            .stdout,
        b"null\n"
    );
}

fn ttl_and_expiration_show_in_the_listing(env: Env) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    env.wkv(&["key", "put", "ttl", "v", "--ttl", "3600"])
        .success();
    // After 2038: expirations are 64-bit.
    env.wkv(&["key", "put", "far", "v", "--expiration", "4102444800"])
        .success();
    let listed = env.wkv(&["key", "list"]).success().json();
    assert_eq!(
        listed[0],
        json!({"name": "far", "expiration": 4102444800i64})
    );
    let ttl_expiration = listed[1]["expiration"].as_i64().unwrap();
    assert!(
        (now + 3590..=now + 3700).contains(&ttl_expiration),
        "{ttl_expiration}"
    );
}

fn overwrite_then_delete(env: Env) {
    env.wkv(&["key", "put", "k", "first", "--metadata", r#"{"n":1}"#])
        .success();
    env.wkv(&["key", "put", "k", "second"]).success();
    assert_eq!(env.wkv(&["key", "get", "k"]).success().stdout, b"second");
    // A write replaces value, expiration and metadata together.
    assert_eq!(
        env.wkv(&["key", "list"]).success().json(),
        json!([{"name": "k"}])
    );
    env.wkv(&["key", "delete", "k"]).success();
    env.wkv(&["key", "get", "k"]).expect(3);
    assert_eq!(env.wkv(&["key", "list"]).success().stdout, b"[]\n");
}

fn key_get_missing_exits_3_with_nothing_on_stdout(env: Env) {
    let missing = env.wkv(&["key", "get", "nope"]);
    missing.expect(3);
    assert!(missing.stdout.is_empty());
    assert!(
        missing.stderr.contains("key `nope` not found"),
        "{}",
        missing.stderr
    );
}

fn listing_pages_with_limit_and_cursor(env: Env) {
    let items: Vec<Value> = (0..25)
        .map(|i| json!({"key": format!("k{i:03}"), "value": "v"}))
        .collect();
    env.sandbox
        .write("items.json", serde_json::to_vec(&items).unwrap());
    env.wkv(&["bulk", "put", "items.json"]).success();
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut args = vec!["key", "list", "--limit", "10"];
        if let Some(c) = &cursor {
            args.extend(["--cursor", c.as_str()]);
        }
        let page = env.wkv(&args);
        page.success();
        let names: Vec<String> = page
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["name"].as_str().unwrap().to_string())
            .collect();
        assert!(names.len() <= 10);
        seen.extend(names);
        cursor = page
            .stderr
            .lines()
            .find_map(|l| l.strip_prefix("more keys follow: continue with --cursor "))
            .map(str::to_string);
        if cursor.is_none() {
            break;
        }
    }
    let expected: Vec<String> = (0..25).map(|i| format!("k{i:03}")).collect();
    assert_eq!(seen, expected);
    // Without --limit the listing has no cap.
    assert_eq!(env.names(&[]), expected);
    env.wkv(&["key", "list", "--limit", "5"]).expect(2);
}

fn listing_with_prefix(env: Env) {
    for key in ["user:1", "user:2", "users", "config"] {
        env.wkv(&["key", "put", key, "v"]).success();
    }
    assert_eq!(env.names(&["--prefix", "user:"]), vec!["user:1", "user:2"]);
    assert_eq!(env.names(&["--prefix", "zzz"]), Vec::<String>::new());
}

fn bad_input_exits_2_and_writes_nothing(env: Env) {
    env.wkv(&["key", "put", "keep", "v"]).success();
    let long_key = "k".repeat(513);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["key", "put", &long_key, "v"],
            "exceeds key length limit of 512",
        ),
        (vec!["key", "put", "..", "v"], "Illegal key name"),
        (
            vec!["key", "put", "k", "v", "--ttl", "30"],
            "Expiration TTL must be at least 60",
        ),
        (
            vec!["key", "put", "k", "v", "--expiration", "1000"],
            "Invalid expiration of 1000",
        ),
        (
            vec!["key", "put", "k", "v", "--metadata", "{bad"],
            "not valid JSON",
        ),
    ];
    for (args, message) in cases {
        let run = env.wkv(&args);
        run.expect(2);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
    let big_metadata = format!(r#"{{"x":"{}"}}"#, "y".repeat(1100));
    let run = env.wkv(&["key", "put", "k", "v", "--metadata", &big_metadata]);
    run.expect(2);
    assert!(
        run.stderr.contains("exceeds limit of 1024"),
        "{}",
        run.stderr
    );
    assert_eq!(env.names(&[]), vec!["keep"]);
}

fn bulk_put_get_delete_across_batches(env: Env) {
    // 25,000 items: three remote batches of at most 10,000.
    let items: Vec<Value> = (0..25_000)
        .map(|i| json!({"key": format!("item:{i:05}"), "value": format!("value {i}")}))
        .collect();
    env.sandbox
        .write("items.json", serde_json::to_vec(&items).unwrap());
    let put = env.wkv(&["bulk", "put", "items.json"]);
    put.success();
    assert!(put.stdout.is_empty());
    assert!(put.stderr.contains("Wrote 25000 items"), "{}", put.stderr);
    assert_eq!(env.names(&[]).len(), 25_000);

    // bulk get: 250 names (three chunks of at most 100) plus a missing one, in input order.
    let mut names: Vec<Value> = (0..250)
        .rev()
        .map(|i| json!(format!("item:{i:05}")))
        .collect();
    names.push(json!({"name": "missing"}));
    env.sandbox
        .write("names.json", serde_json::to_vec(&names).unwrap());
    let got = env.wkv(&["bulk", "get", "names.json"]);
    let text = got.success().stdout_text();
    assert!(
        text.starts_with("{\n  \"item:00249\": \"value 249\",\n"),
        "{}",
        &text[..80]
    );
    assert!(text.ends_with(",\n  \"missing\": null\n}\n"));
    assert_eq!(got.json().as_object().unwrap().len(), 251);

    // bulk delete of 12,000 keys (two batches) given as {name} objects, as `key list` prints.
    let doomed: Vec<Value> = (0..12_000)
        .map(|i| json!({"name": format!("item:{i:05}")}))
        .collect();
    env.sandbox
        .write("doomed.json", serde_json::to_vec(&doomed).unwrap());
    let refused = env.wkv(&["bulk", "delete", "doomed.json"]);
    refused.expect(2);
    assert!(refused.stderr.contains("--force"), "{}", refused.stderr);
    env.wkv(&["bulk", "delete", "doomed.json", "--force"])
        .success();
    let left = env.names(&[]);
    assert_eq!(left.len(), 13_000);
    assert_eq!(left[0], "item:12000");
}

fn bulk_get_with_metadata_and_binary(env: Env) {
    let items = json!([
        {"key": "bin", "value": "AAECA/8=", "base64": true, "metadata": {"kind": "bytes"}},
        {"key": "text", "value": "plain", "expiration": 4102444800i64},
        {"key": "number", "value": "42"},
    ]);
    env.sandbox.write("items.json", items.to_string());
    env.wkv(&["bulk", "put", "items.json"]).success();
    assert_eq!(
        env.wkv(&["key", "get", "bin"]).success().stdout,
        [0, 1, 2, 3, 255]
    );
    assert_eq!(env.wkv(&["key", "get", "number"]).success().stdout, b"42");
    env.sandbox
        .write("names.json", r#"["bin", "text", "gone"]"#);
    let got = env
        .wkv(&["bulk", "get", "names.json", "--with-metadata"])
        .success()
        .json();
    assert_eq!(
        got,
        json!({
            "bin": {"value": "AAECA/8=", "base64": true, "metadata": {"kind": "bytes"}},
            "text": {"value": "plain", "metadata": null, "expiration": 4102444800i64},
            "gone": null,
        })
    );
}

fn bulk_put_rejects_a_malformed_file_and_writes_nothing(env: Env) {
    env.sandbox.write("bad.json", "[\n  {\"key\": \"a\", \"value\": \"1\"},\n  {\"value\": \"no key\"},\n  {\"key\": \"c\"}\n]");
    let run = env.wkv(&["bulk", "put", "bad.json"]);
    run.expect(2);
    assert!(run.stderr.contains("line 3"), "{}", run.stderr);
    assert!(run.stderr.contains("line 4"), "{}", run.stderr);
    env.sandbox.write(
        "broken.json",
        "[{\"key\": \"a\", \"value\": \"1\"}, {\"key\": ",
    );
    env.wkv(&["bulk", "put", "broken.json"]).expect(2);
    assert_eq!(env.wkv(&["key", "list"]).success().stdout, b"[]\n");
}

fn bulk_delete_by_prefix(env: Env) {
    let items: Vec<Value> = (0..1500)
        .map(|i| json!({"key": format!("{}:{i}", if i % 2 == 0 { "tmp" } else { "keep" }), "value": "v"}))
        .collect();
    env.sandbox
        .write("items.json", serde_json::to_vec(&items).unwrap());
    env.wkv(&["bulk", "put", "items.json"]).success();
    env.wkv(&["bulk", "delete", "--prefix", "tmp:", "-f"])
        .success();
    let left = env.names(&[]);
    assert_eq!(left.len(), 750);
    assert!(left.iter().all(|k| k.starts_with("keep:")));
}

fn export_then_put_elsewhere_is_identical(env: Env) {
    let items = json!([
        {"key": "bin", "value": "AAECA/8=", "base64": true},
        {"key": "unicode/ключ/🔑", "value": "значение ✓", "metadata": {"a": 1}},
        {"key": "exp", "value": "v", "expiration": 4102444800i64},
    ]);
    env.sandbox.write("items.json", items.to_string());
    env.wkv(&["bulk", "put", "items.json"]).success();
    let exported = env.wkv(&["bulk", "export"]);
    exported.success();
    // Into a second, local namespace and out again: the same file.
    let other = ["--namespace-id", "second"];
    let put = env
        .sandbox
        .run_with_stdin(&["bulk", "put", "-", other[0], other[1]], &exported.stdout);
    put.success();
    let again = env.sandbox.run(&["bulk", "export", other[0], other[1]]);
    assert_eq!(again.success().stdout_text(), exported.stdout_text());
    assert_eq!(
        env.sandbox
            .run(&["key", "get", "bin", other[0], other[1]])
            .success()
            .stdout,
        [0, 1, 2, 3, 255]
    );
}
