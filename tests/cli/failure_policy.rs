//! One failure policy for every remote bulk job, against a real `wkv serve`: errors that
//! retrying cannot fix stop the job at once with the command's usual exit code and hint; the
//! client alone retries transient errors (no batch is re-sent on top); `unsuccessful_keys` are
//! re-sent for deletes as for writes; delete failures are reported, by `bulk delete` and by
//! `copy --sync`, never counted as done.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::faults::{exported_locally, items};
use crate::support::{Sandbox, Server};

const MISSING_NAMESPACE: &str = "0123456789abcdef0123456789abcdef";

/// The key names the served state holds in `id`, read locally.
fn stored_names(sandbox: &Sandbox, server: &Server, id: &str) -> Vec<String> {
    exported_locally(sandbox, server.state_dir.path(), id)
        .iter()
        .map(|item| item["key"].as_str().unwrap().to_string())
        .collect()
}

/// A server whose bulk deletes all fail, in turn: 429, 500, a dropped connection, and a
/// partial delete naming half the batch in `unsuccessful_keys`.
fn failing_deletes() -> (Server, Sandbox) {
    let server = Server::start_with(&[
        "--inject-faults",
        "1.0",
        "--inject-faults-on",
        "/bulk/delete",
    ]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    (server, sandbox)
}

/// Writes `items` to `id` (bulk writes are not faulted) and a file `names.json` of their keys.
fn seed(sandbox: &Sandbox, id: &str, items: &[Value]) {
    sandbox.write("items.json", serde_json::to_vec(items).unwrap());
    sandbox
        .run(&[
            "bulk",
            "put",
            "items.json",
            "--namespace-id",
            id,
            "--remote",
        ])
        .success();
    let names: Vec<Value> = items.iter().map(|i| i["key"].clone()).collect();
    sandbox.write("names.json", serde_json::to_vec(&names).unwrap());
}

/// `bulk delete names.json` from `id`, with `retries` retries of each request.
fn delete_names(sandbox: &Sandbox, id: &str, retries: &str) -> crate::support::Run {
    sandbox.run(&[
        "bulk",
        "delete",
        "names.json",
        "--namespace-id",
        id,
        "--remote",
        "--force",
        "--retries",
        retries,
    ])
}

#[test]
fn bulk_put_to_a_missing_namespace_exits_3_at_once_without_resending() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    sandbox.write(
        "items.json",
        serde_json::to_vec(&items(25_000, "k")).unwrap(),
    );
    let started = Instant::now();
    let put = sandbox.run(&[
        "-v",
        "bulk",
        "put",
        "items.json",
        "--namespace-id",
        MISSING_NAMESPACE,
        "--remote",
        "--failed",
        "failed.json",
    ]);
    let took = started.elapsed();
    put.expect(3);
    assert!(
        took < Duration::from_secs(2),
        "took {took:?}: {}",
        put.stderr
    );
    assert!(put.stderr.contains("not found"), "{}", put.stderr);
    assert!(
        put.stderr.contains("`wkv namespace list`"),
        "{}",
        put.stderr
    );
    assert!(
        !put.stderr.contains("retrying"),
        "a request was sent again: {}",
        put.stderr
    );
    assert!(!put.stderr.contains("resent"), "{}", put.stderr);
    assert!(
        !sandbox.path().join("failed.json").exists(),
        "a failed file that does not hold what is left to write"
    );
}

#[test]
fn bulk_put_with_a_token_lacking_kv_fails_at_once_with_the_permission_hint() {
    let server = Server::start_with(&["--token-without-kv", "no-kv-token-S3CRET"]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("guarded");
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "no-kv-token-S3CRET");
    sandbox.write(
        "items.json",
        serde_json::to_vec(&items(25_000, "k")).unwrap(),
    );
    let started = Instant::now();
    let put = sandbox.run(&[
        "-v",
        "bulk",
        "put",
        "items.json",
        "--namespace-id",
        &id,
        "--remote",
    ]);
    let took = started.elapsed();
    put.expect(1);
    assert!(
        took < Duration::from_secs(2),
        "took {took:?}: {}",
        put.stderr
    );
    assert!(put.stderr.contains("Workers KV Storage"), "{}", put.stderr);
    assert!(!put.stderr.contains("retrying"), "{}", put.stderr);
    assert!(
        !put.stderr.contains("S3CRET"),
        "the token leaked: {}",
        put.stderr
    );
}

/// The client retries the 429, the 500 and the dropped connection; the keys the partial delete
/// names are sent again until none is left.
#[test]
fn bulk_delete_resends_unsuccessful_keys() {
    let (server, mut sandbox) = failing_deletes();
    sandbox.set_env("WKV_RETRY_BASE_MS", "5");
    let id = sandbox.create_namespace("partial");
    seed(&sandbox, &id, &items(8, "k"));
    let deleted = delete_names(&sandbox, &id, "5");
    deleted.success();
    assert!(
        deleted.stderr.contains("Deleted 8 keys"),
        "{}",
        deleted.stderr
    );
    assert_eq!(stored_names(&sandbox, &server, &id), Vec::<String>::new());
}

#[test]
fn bulk_delete_reports_the_keys_it_could_not_delete() {
    let (server, sandbox) = failing_deletes();
    let id = sandbox.create_namespace("refusing");
    seed(&sandbox, &id, &items(5, "k"));
    // No retries: the first answer, a 429, is final.
    let deleted = delete_names(&sandbox, &id, "0");
    deleted.expect(1);
    assert!(
        deleted.stderr.contains("5 keys were not deleted"),
        "{}",
        deleted.stderr
    );
    assert!(deleted.stderr.contains("k:000004"), "{}", deleted.stderr);
    assert!(
        !deleted.stderr.contains("Deleted 5 keys"),
        "{}",
        deleted.stderr
    );
    assert_eq!(stored_names(&sandbox, &server, &id).len(), 5);
}

#[test]
fn copy_sync_reports_delete_failures() {
    let (server, sandbox) = failing_deletes();
    let source = sandbox.create_namespace("source");
    let target = sandbox.create_namespace("target");
    seed(&sandbox, &source, &items(3, "keep"));
    seed(&sandbox, &target, &items(4, "extra"));
    let copy = sandbox.run(&[
        "copy",
        "remote:source",
        "remote:target",
        "--sync",
        "--retries",
        "0",
        "--output",
        "json",
    ]);
    copy.expect(1);
    assert!(
        copy.stderr.contains("4 keys were not deleted"),
        "{}",
        copy.stderr
    );
    assert!(copy.stderr.contains("extra:000000"), "{}", copy.stderr);
    assert!(
        !copy.stderr.contains("not written"),
        "the writes went through: {}",
        copy.stderr
    );
    let summary = copy.json();
    assert_eq!(summary["written"], 3, "{summary}");
    assert_eq!(summary["deleted"], 0, "{summary}");
    assert_eq!(summary["failed"], 4, "{summary}");
    assert_eq!(stored_names(&sandbox, &server, &target).len(), 7);
}
