//! The local store through the real binary: reading state written by the real wrangler byte for
//! byte, writing exactly its format, config resolution errors, concurrent writers.

use std::path::Path;

use crate::support::{snapshot, Sandbox, CACHE_ID, FIXTURE, SESSIONS_ID};
use serde_json::json;

fn fixture_file(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURE).join(name)).unwrap()
}

#[test]
fn key_list_of_the_fixture_equals_wranglers_output_byte_for_byte() {
    let sandbox = Sandbox::with_fixture();
    for (args, expected) in [
        (
            &["key", "list", "--binding", "CACHE"][..],
            "expected-list-CACHE.json",
        ),
        (
            &["key", "list", "--binding", "SESSIONS"][..],
            "expected-list-SESSIONS.json",
        ),
        (
            &["key", "list", "--binding", "CACHE", "--prefix", "user:"][..],
            "expected-list-CACHE-prefix-user.json",
        ),
    ] {
        let run = sandbox.run(args);
        run.success();
        assert_eq!(
            run.stdout_text(),
            String::from_utf8(fixture_file(expected)).unwrap(),
            "{args:?}"
        );
    }
    // The same through wrangler's own spellings.
    let kv = sandbox.run(&["kv", "key", "list", "--binding", "SESSIONS"]);
    assert_eq!(
        kv.success().stdout,
        fixture_file("expected-list-SESSIONS.json")
    );
    let colon = sandbox.run(&["kv:key", "list", "--namespace-id", SESSIONS_ID]);
    assert_eq!(
        colon.success().stdout,
        fixture_file("expected-list-SESSIONS.json")
    );
}

#[test]
fn every_fixture_value_equals_its_source_bytes() {
    let sandbox = Sandbox::with_fixture();
    let bulk: serde_json::Value = serde_json::from_slice(&fixture_file("bulk.json")).unwrap();
    for item in bulk.as_array().unwrap() {
        let key = item["key"].as_str().unwrap();
        let got = sandbox.run(&["key", "get", key, "--binding", "CACHE"]);
        got.success();
        if key == "binary:png" {
            assert_eq!(got.stdout, fixture_file("bytes256.bin"));
        } else {
            assert_eq!(
                got.stdout,
                item["value"].as_str().unwrap().as_bytes(),
                "{key}"
            );
        }
    }
    let blob = sandbox.run(&["key", "get", "blob:64k", "--binding", "SESSIONS"]);
    assert_eq!(blob.success().stdout, fixture_file("small.bin"));
    // Expired by hand after wrangler wrote it: absent from get and list.
    let expired = sandbox.run(&["key", "get", "session:expired", "--binding", "SESSIONS"]);
    expired.expect(3);
    assert!(expired.stdout.is_empty());
    let session = sandbox.run(&[
        "key",
        "get",
        "session:abc",
        "--binding",
        "CACHE",
        "--metadata",
    ]);
    assert_eq!(
        session.success().json(),
        json!({"createdAt": 1700000000000i64})
    );
}

#[test]
fn writes_have_the_exact_format_wrangler_writes() {
    let sandbox = Sandbox::new();
    let id = "0f2ac74b498b48028cb68387c421e279";
    let run = sandbox.run(&[
        "key",
        "put",
        "k",
        "value",
        "--namespace-id",
        id,
        "--expiration",
        "4102444800",
        "--metadata",
        r#"{"b":1,"a":[true]}"#,
    ]);
    run.success();
    let databases: Vec<_> =
        std::fs::read_dir(sandbox.kv_root().join("miniflare-KVNamespaceObject"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".sqlite"))
            .collect();
    assert_eq!(databases, vec![wkv::local::database_file_name(id)]);
    let database = sandbox
        .kv_root()
        .join("miniflare-KVNamespaceObject")
        .join(&databases[0]);
    let conn = rusqlite::Connection::open(&database).unwrap();
    let schema: Vec<String> = conn
        .prepare("SELECT sql FROM sqlite_master WHERE name LIKE '_mf_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let fixture_db = Path::new(FIXTURE)
        .join(".wrangler/state/v3/kv/miniflare-KVNamespaceObject")
        .join(wkv::local::database_file_name(CACHE_ID));
    let fixture_copy = tempfile::tempdir().unwrap();
    std::fs::copy(&fixture_db, fixture_copy.path().join("f.sqlite")).unwrap();
    let fixture_conn = rusqlite::Connection::open(fixture_copy.path().join("f.sqlite")).unwrap();
    let fixture_schema: Vec<String> = fixture_conn
        .prepare("SELECT sql FROM sqlite_master WHERE name LIKE '_mf_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(schema, fixture_schema);
    let (blob_id, expiration, metadata): (String, i64, String) = conn
        .query_row(
            "SELECT blob_id, expiration, metadata FROM _mf_entries WHERE key = 'k'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(expiration, 4_102_444_800_000, "milliseconds");
    assert_eq!(
        metadata, r#"{"b":1,"a":[true]}"#,
        "compact JSON in the order given"
    );
    assert_eq!(blob_id.len(), 80);
    assert!(blob_id
        .chars()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    let written_ms = i64::from_str_radix(&blob_id[64..], 16).unwrap();
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64;
    assert!(
        (now_ms - 60_000..=now_ms).contains(&written_ms),
        "blob id ends with the write time"
    );
    let blob = sandbox.kv_root().join(id).join("blobs").join(&blob_id);
    assert_eq!(std::fs::read(&blob).unwrap(), b"value");

    // Overwrite and delete remove the old value file.
    sandbox
        .run(&["key", "put", "k", "other", "--namespace-id", id])
        .success();
    assert!(!blob.exists());
    sandbox
        .run(&["key", "delete", "k", "--namespace-id", id])
        .success();
    assert_eq!(
        std::fs::read_dir(sandbox.kv_root().join(id).join("blobs"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn reading_a_namespace_that_has_no_data_creates_nothing() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["key", "list", "--namespace-id", "nothing-here"]);
    assert_eq!(run.success().stdout, b"[]\n");
    sandbox
        .run(&["key", "get", "k", "--namespace-id", "nothing-here"])
        .expect(3);
    assert!(!sandbox.path().join(".wrangler").exists());
}

#[test]
fn config_errors_are_clear_and_change_nothing() {
    let sandbox = Sandbox::with_fixture();
    let before = snapshot(sandbox.path());
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (
            vec!["key", "put", "k", "v", "--binding", "NOPE"],
            3,
            "No KV namespace with binding \"NOPE\"",
        ),
        (
            vec![
                "key",
                "put",
                "k",
                "v",
                "--binding",
                "CACHE",
                "--namespace-id",
                "x",
            ],
            2,
            "Conflicting options: --binding and --namespace-id cannot be used together",
        ),
        (
            vec!["key", "put", "k", "--namespace-id", "x"],
            2,
            "Missing required option: exactly one of <value> and --path must be provided",
        ),
        (
            vec!["key", "put", "k", "v", "--path", "f", "--namespace-id", "x"],
            2,
            "Conflicting options: <value> and --path cannot be used together",
        ),
        (vec!["key", "put", "k", "v"], 2, "--namespace-id"),
        (
            vec![
                "key",
                "put",
                "k",
                "v",
                "--binding",
                "CACHE",
                "-e",
                "staging",
            ],
            2,
            "staging",
        ),
        (
            vec![
                "key",
                "put",
                "k",
                "v",
                "--binding",
                "CACHE",
                "-c",
                "missing.toml",
            ],
            2,
            "missing.toml",
        ),
        (
            vec!["key", "list", "--local", "--remote", "--binding", "CACHE"],
            2,
            "cannot be used with",
        ),
    ];
    for (args, code, message) in cases {
        let run = sandbox.run(&args);
        run.expect(code);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
    }
    assert_eq!(snapshot(sandbox.path()), before);

    let empty = Sandbox::new();
    let run = empty.run(&["key", "list", "--binding", "CACHE"]);
    run.expect(2);
    assert!(run.stderr.contains("wrangler.toml"), "{}", run.stderr);
}

#[test]
fn binding_without_an_id_uses_its_name_locally() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "wrangler.jsonc",
        "{\n  // comment\n  \"kv_namespaces\": [{\"binding\": \"LOCAL_ONLY\"},],\n}\n",
    );
    sandbox
        .run(&["key", "put", "k", "v", "--binding", "LOCAL_ONLY"])
        .success();
    assert!(sandbox.kv_root().join("LOCAL_ONLY/blobs").is_dir());
    let by_id = sandbox.run(&["key", "get", "k", "--namespace-id", "LOCAL_ONLY"]);
    assert_eq!(by_id.success().stdout, b"v");
}

#[test]
fn preview_ids_and_environments() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "wrangler.toml",
        "[[kv_namespaces]]\nbinding = \"B\"\nid = \"prod\"\npreview_id = \"prev\"\n\n[env.staging]\n[[env.staging.kv_namespaces]]\nbinding = \"B\"\nid = \"stage\"\n",
    );
    // Both ids set: a write must say which.
    let ambiguous = sandbox.run(&["key", "put", "k", "v", "--binding", "B"]);
    ambiguous.expect(2);
    assert!(
        ambiguous.stderr.contains("--preview"),
        "{}",
        ambiguous.stderr
    );
    sandbox
        .run(&["key", "put", "k", "preview", "--binding", "B", "--preview"])
        .success();
    sandbox
        .run(&[
            "key",
            "put",
            "k",
            "production",
            "--binding",
            "B",
            "--preview",
            "false",
        ])
        .success();
    sandbox
        .run(&[
            "key",
            "put",
            "k",
            "staging",
            "--binding",
            "B",
            "-e",
            "staging",
        ])
        .success();
    // Reads with both ids set use `id`.
    assert_eq!(
        sandbox
            .run(&["key", "get", "k", "--binding", "B"])
            .success()
            .stdout,
        b"production"
    );
    assert_eq!(
        sandbox
            .run(&["key", "get", "--preview", "k", "--binding", "B"])
            .success()
            .stdout,
        b"preview"
    );
    assert_eq!(
        sandbox
            .run(&["key", "get", "k", "--namespace-id", "stage"])
            .success()
            .stdout,
        b"staging"
    );
    // The state sits next to the config file even when run from a subdirectory.
    std::fs::create_dir_all(sandbox.path().join("src/deep")).unwrap();
    let mut deep = sandbox.command();
    deep.current_dir(sandbox.path().join("src/deep")).args([
        "key",
        "get",
        "k",
        "--namespace-id",
        "prod",
    ]);
    let output = deep.output().unwrap();
    assert_eq!(output.stdout, b"production");
}

#[test]
fn a_failed_bulk_put_writes_nothing() {
    let sandbox = Sandbox::with_fixture();
    let before = snapshot(sandbox.path());
    // wrangler 4.86 wrote the first items and failed on an expiration above 2^31-1; wkv accepts
    // 64-bit expirations, so here an item further on is invalid instead.
    sandbox.write(
        "items.json",
        r#"[{"key": "new1", "value": "a", "expiration": 4102444800}, {"key": "new2", "value": "b", "expiration_ttl": 5}]"#,
    );
    let run = sandbox.run(&["bulk", "put", "items.json", "--binding", "CACHE"]);
    run.expect(2);
    assert!(run.stderr.contains("item 1"), "{}", run.stderr);
    std::fs::remove_file(sandbox.path().join("items.json")).unwrap();
    assert_eq!(snapshot(sandbox.path()), before);
}

#[test]
fn unknown_properties_warn_but_write() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "items.json",
        r#"[{"key": "a", "value": "1", "colour": "red"}]"#,
    );
    let run = sandbox.run(&["bulk", "put", "items.json", "--namespace-id", "n"]);
    run.success();
    assert!(
        run.stderr.contains("warning:") && run.stderr.contains("colour"),
        "{}",
        run.stderr
    );
    assert_eq!(
        sandbox
            .run(&["key", "get", "a", "--namespace-id", "n"])
            .success()
            .stdout,
        b"1"
    );
}

#[test]
fn two_concurrent_writers_both_succeed() {
    let sandbox = Sandbox::new();
    let items = |tag: &str| -> String {
        let items: Vec<_> = (0..2000)
            .map(|i| json!({"key": format!("{tag}:{i}"), "value": "x"}))
            .collect();
        serde_json::to_string(&items).unwrap()
    };
    sandbox.write("a.json", items("a"));
    sandbox.write("b.json", items("b"));
    let spawn = |file: &str| {
        sandbox
            .command()
            .args(["bulk", "put", file, "--namespace-id", "shared"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut writers = vec![spawn("a.json"), spawn("b.json")];
    for _ in 0..20 {
        writers.push(
            sandbox
                .command()
                .args([
                    "key",
                    "put",
                    &format!("single:{}", writers.len()),
                    "v",
                    "--namespace-id",
                    "shared",
                ])
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap(),
        );
    }
    for writer in writers {
        let output = writer.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let listed = sandbox
        .run(&["key", "list", "--namespace-id", "shared"])
        .success()
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 4020);
}

#[test]
fn namespace_list_local_shows_ids_and_bindings() {
    let sandbox = Sandbox::with_fixture();
    let run = sandbox.run(&["namespace", "list", "--local"]);
    assert_eq!(
        run.success().json(),
        json!([{"id": CACHE_ID, "binding": "CACHE"}, {"id": SESSIONS_ID, "binding": "SESSIONS"}])
    );
}

#[cfg(unix)]
#[test]
fn tables_on_a_terminal_json_when_piped() {
    let sandbox = Sandbox::with_fixture();
    let table = sandbox.run_with_stdout_on_terminal(&["key", "list", "--binding", "SESSIONS"]);
    assert_eq!(table.code, 0, "{}", table.terminal);
    let text = table.terminal;
    assert!(
        text.contains("NAME") && text.contains("session:ttl") && text.contains("2033-05-18"),
        "{text}"
    );
    let ndjson = sandbox.run(&["key", "list", "--binding", "SESSIONS", "--output", "ndjson"]);
    assert_eq!(
        ndjson.success().stdout_text(),
        "{\"name\":\"blob:64k\"}\n{\"name\":\"session:ttl\",\"expiration\":2000000000,\"metadata\":{\"userId\":\"u1\"}}\n"
    );
}

#[test]
fn bulk_delete_off_a_terminal_needs_force() {
    let sandbox = Sandbox::with_fixture();
    sandbox.write("names.json", r#"["user:1"]"#);
    let refused = sandbox.run(&["bulk", "delete", "names.json", "--binding", "CACHE"]);
    refused.expect(2);
    sandbox
        .run(&["key", "get", "user:1", "--binding", "CACHE"])
        .success();
    sandbox
        .run(&["bulk", "delete", "names.json", "--binding", "CACHE", "-f"])
        .success();
    sandbox
        .run(&["key", "get", "user:1", "--binding", "CACHE"])
        .expect(3);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let sandbox = Sandbox::new();
    let items: Vec<_> = (0..5000)
        .map(|i| json!({"key": format!("k{i}"), "value": "v"}))
        .collect();
    sandbox.write("items.json", serde_json::to_string(&items).unwrap());
    sandbox
        .run(&["bulk", "put", "items.json", "--namespace-id", "n"])
        .success();
    let mut child = sandbox
        .command()
        .args(["key", "list", "--namespace-id", "n"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

// SIGINT is sent with `kill -INT`: Unix only.
#[cfg(unix)]
#[test]
fn ctrl_c_during_a_local_bulk_put_writes_nothing() {
    let sandbox = Sandbox::new();
    let mut text = String::new();
    for i in 0..300_000 {
        text.push_str(&json!({"key": format!("k{i:07}"), "value": "v"}).to_string());
        text.push('\n');
    }
    sandbox.write("big.ndjson", text);
    sandbox
        .run(&["key", "put", "kept", "v", "--namespace-id", "n"])
        .success();
    let child = sandbox
        .command()
        .args(["bulk", "put", "big.ndjson", "--namespace-id", "n"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt once value files are being written, i.e. in the middle of the transaction.
    let blobs = sandbox.kv_root().join("n/blobs");
    let started = std::time::Instant::now();
    while std::fs::read_dir(&blobs).unwrap().count() < 100 {
        assert!(
            started.elapsed().as_secs() < 60,
            "the job never started writing"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("interrupted") && stderr.contains("rolled back"),
        "{stderr}"
    );
    let listed = sandbox
        .run(&["key", "list", "--namespace-id", "n"])
        .success()
        .json();
    assert_eq!(
        listed,
        json!([{"name": "kept"}]),
        "the earlier key stays, nothing new"
    );
    assert_eq!(
        std::fs::read_dir(&blobs).unwrap().count(),
        1,
        "only the earlier key's value file is left"
    );
}

#[test]
fn deleting_in_a_namespace_with_no_data_creates_nothing() {
    let sandbox = Sandbox::new();
    sandbox
        .run(&["key", "delete", "k", "--namespace-id", "nothing-here"])
        .success();
    sandbox.write("names.json", r#"["a", "b"]"#);
    sandbox
        .run(&[
            "bulk",
            "delete",
            "names.json",
            "--namespace-id",
            "nothing-here",
            "-f",
        ])
        .success();
    assert!(!sandbox.path().join(".wrangler").exists());
}
