//! Bulk jobs at scale through the real binary: a generated file of 200,000 items goes through
//! put, export and delete; malformed items at the start, the middle and the end of a large
//! file write nothing; copies between local and remote are byte for byte.

use crate::support::{Sandbox, Server};
use serde_json::{json, Value};

const CREATED_AT: i64 = 1_700_000_000_000;

fn write_ndjson(sandbox: &Sandbox, name: &str, count: usize) {
    let mut text = String::with_capacity(count * 64);
    for i in 0..count {
        text.push_str(&json!({"key": format!("big:{i:07}"), "value": format!("v{i}")}).to_string());
        text.push('\n');
    }
    sandbox.write(name, text);
}

/// Puts, exports and deletes 200,000 items in the namespace and place that `args` name
/// (`bulk_args` go to the bulk commands only) and checks each step.
fn two_hundred_thousand_items(sandbox: &Sandbox, args: &[&str], bulk_args: &[&str]) {
    write_ndjson(sandbox, "big.ndjson", 200_000);
    let run = |command: &[&str]| {
        let extra = if command[0] == "bulk" {
            bulk_args
        } else {
            &[][..]
        };
        let all: Vec<&str> = command.iter().chain(args).chain(extra).copied().collect();
        sandbox.run(&all)
    };
    let put = run(&["bulk", "put", "big.ndjson"]);
    put.success();
    assert!(put.stderr.contains("Wrote 200000 items"), "{}", put.stderr);

    run(&["bulk", "export", "export.ndjson"]).success();
    let exported = std::fs::read_to_string(sandbox.path().join("export.ndjson")).unwrap();
    let original = std::fs::read_to_string(sandbox.path().join("big.ndjson")).unwrap();
    assert!(
        exported == original,
        "the export is the input, item for item"
    );

    // An export is bulk put items: deleting its keys is asked for explicitly.
    let delete = run(&[
        "bulk",
        "delete",
        "export.ndjson",
        "--force",
        "--from-put-file",
    ]);
    delete.success();
    assert!(
        delete.stderr.contains("Deleted 200000 keys"),
        "{}",
        delete.stderr
    );
    assert_eq!(run(&["key", "list"]).success().stdout, b"[]\n");
}

#[test]
fn two_hundred_thousand_items_put_export_delete_locally() {
    let sandbox = Sandbox::new();
    two_hundred_thousand_items(&sandbox, &["--namespace-id", "big"], &[]);
    let blobs = std::fs::read_dir(sandbox.kv_root().join("big/blobs"))
        .unwrap()
        .count();
    assert_eq!(blobs, 0, "every value file removed");
}

#[test]
fn two_hundred_thousand_items_put_export_delete_remotely() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("big");
    // Twenty batches of 10,000 each way and 2,000 bulk reads, all through the API; the server
    // is local, so the client-side limit at Cloudflare's rate is lifted.
    let place = ["--namespace-id", id.as_str(), "--remote"];
    two_hundred_thousand_items(&sandbox, &place, &["--rate-limit", "0"]);
}

#[test]
fn malformed_items_anywhere_in_a_large_file_write_nothing() {
    let count = 50_000;
    for (bad_index, damage) in [
        (0, "missing key"),
        (count / 2, "bad base64"),
        (count - 1, "truncated"),
    ] {
        let sandbox = Sandbox::new();
        let mut text = String::from("[\n");
        for i in 0..count {
            let item = match (i == bad_index, damage) {
                (true, "missing key") => json!({"value": "no key"}).to_string(),
                (true, "bad base64") => {
                    json!({"key": format!("k{i}"), "value": "***", "base64": true}).to_string()
                }
                (true, _) => format!("{{\"key\": \"k{i}\", \"value\": "),
                _ => json!({"key": format!("k{i}"), "value": "v"}).to_string(),
            };
            text.push_str(&item);
            if i + 1 < count && !(i == bad_index && damage == "truncated") {
                text.push_str(",\n");
            }
        }
        if damage != "truncated" {
            text.push_str("\n]\n");
        }
        sandbox.write("items.json", text);
        let run = sandbox.run(&["bulk", "put", "items.json", "--namespace-id", "n"]);
        run.expect(2);
        let line = bad_index + 2;
        assert!(
            run.stderr.contains(&format!("line {line}")),
            "{damage}: {}",
            run.stderr
        );
        if damage != "truncated" {
            assert!(
                run.stderr.contains(&format!("item {bad_index}")),
                "{damage}: {}",
                run.stderr
            );
        }
        assert!(
            !sandbox.path().join(".wrangler").exists(),
            "{damage}: nothing written"
        );
    }
}

/// A namespace's content with binary values, metadata, expirations and unicode keys.
fn varied_items() -> Value {
    json!([
        {"key": "bin", "value": "AAECAwQFBgcICQoLDA0ODxAREhP/", "base64": true, "metadata": {"type": "bytes"}},
        {"key": "unicode/ключ/🔑", "value": "значение ✓"},
        {"key": "expiring", "value": "soon", "expiration": 4102444800i64, "metadata": {"createdAt": CREATED_AT}},
        {"key": "empty", "value": ""},
        {"key": "path/with spaces/and?query=1&x#frag", "value": "weird"},
    ])
}

#[test]
fn copies_between_local_and_remote_are_byte_for_byte() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let remote_id = sandbox.create_namespace("copy");
    sandbox.write("items.json", varied_items().to_string());
    sandbox
        .run(&["bulk", "put", "items.json", "--namespace-id", "source"])
        .success();

    // local -> remote
    let local_export = sandbox.run(&["bulk", "export", "--namespace-id", "source"]);
    local_export.success();
    sandbox
        .run_with_stdin(
            &["bulk", "put", "-", "--namespace-id", &remote_id, "--remote"],
            &local_export.stdout,
        )
        .success();
    let remote_export = sandbox.run(&["bulk", "export", "--namespace-id", &remote_id, "--remote"]);
    assert_eq!(
        remote_export.success().stdout_text(),
        local_export.stdout_text()
    );

    // remote -> local
    sandbox
        .run_with_stdin(
            &["bulk", "put", "-", "--namespace-id", "back"],
            &remote_export.stdout,
        )
        .success();
    let back = sandbox.run(&["bulk", "export", "--namespace-id", "back"]);
    assert_eq!(back.success().stdout_text(), local_export.stdout_text());
    let binary = sandbox.run(&["key", "get", "bin", "--namespace-id", "back"]);
    let mut expected: Vec<u8> = (0u8..20).collect();
    expected.push(255);
    assert_eq!(binary.success().stdout, expected);
}
