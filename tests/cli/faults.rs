//! Nothing lost under faults: remote bulk jobs against a `wkv serve` that answers a share of
//! data requests with 429 (retry-after), 500, a dropped connection, or a bulk write that
//! reports some keys as not written (`--inject-faults`, a test-only switch of `wkv serve`).
//! What was written is checked through local state, which the faults do not touch.

use crate::support::{Sandbox, Server};
use serde_json::{json, Value};

pub(crate) fn items(count: usize, tag: &str) -> Vec<Value> {
    (0..count)
        .map(|i| json!({"key": format!("{tag}:{i:06}"), "value": format!("value {i} of {tag}")}))
        .collect()
}

/// The namespace's content read straight from the server's local state, as a bulk-put file.
pub(crate) fn exported_locally(
    sandbox: &Sandbox,
    server_state: &std::path::Path,
    id: &str,
) -> Vec<Value> {
    let persist = server_state.to_str().unwrap();
    let exported = sandbox.run(&[
        "bulk",
        "export",
        "--namespace-id",
        id,
        "--local",
        "--persist-to",
        persist,
    ]);
    exported.success().json().as_array().unwrap().clone()
}

#[test]
fn bulk_put_through_transient_faults_writes_every_item() {
    let server = Server::start_with(&["--inject-faults", "0.3"]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("faulty");
    let items = items(50_000, "item");
    sandbox.write("items.json", serde_json::to_vec(&items).unwrap());
    let put = sandbox.run(&[
        "bulk",
        "put",
        "items.json",
        "--namespace-id",
        &id,
        "--remote",
        "--rate-limit",
        "0",
        "--retries",
        "10",
    ]);
    put.success();
    assert!(put.stderr.contains("Wrote 50000 items"), "{}", put.stderr);
    // The faults really happened: requests were retried or batches resent.
    let summary = put.stderr.lines().find(|l| l.starts_with("Wrote")).unwrap();
    assert!(
        summary.contains(" retried)") || summary.contains(" resent"),
        "no fault was injected: {summary}"
    );
    let stored = exported_locally(&sandbox, server.state_dir.path(), &id);
    assert_eq!(stored, items, "every item written exactly as given");
}

#[test]
fn faults_that_never_clear_leave_a_failed_file_that_finishes_the_job() {
    let server = Server::start_with(&["--inject-faults", "1.0"]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("broken");
    let items = items(3_000, "item");
    sandbox.write("items.json", serde_json::to_vec(&items).unwrap());
    let put = sandbox.run(&[
        "bulk",
        "put",
        "items.json",
        "--namespace-id",
        &id,
        "--remote",
        "--rate-limit",
        "0",
        "--retries",
        "2",
        "--failed",
        "failed.json",
    ]);
    put.expect(1);
    assert!(put.stderr.contains("were not written"), "{}", put.stderr);
    assert!(put.stderr.contains("failed.json"), "{}", put.stderr);

    // Written and failed together are exactly the input, with no overlap.
    let failed: Vec<Value> =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("failed.json")).unwrap())
            .unwrap();
    let written = exported_locally(&sandbox, server.state_dir.path(), &id);
    assert!(!failed.is_empty());
    let mut union: Vec<Value> = failed.iter().chain(written.iter()).cloned().collect();
    union.sort_by(|a, b| a["key"].as_str().cmp(&b["key"].as_str()));
    assert_eq!(union, items);
    let count = failed.len();
    assert!(
        put.stderr
            .contains(&format!("{count} of 3000 items were not written")),
        "{}",
        put.stderr
    );

    // The same state served without faults: re-running the failed file completes the job.
    let state = server.stop();
    let healthy = Server::launch(state, Some("test-token-1234"), &[]);
    sandbox.use_server(&healthy);
    sandbox
        .run(&[
            "bulk",
            "put",
            "failed.json",
            "--namespace-id",
            &id,
            "--remote",
            "--failed",
            "failed-again.json",
        ])
        .success();
    assert!(
        !sandbox.path().join("failed-again.json").exists(),
        "no failed file when nothing failed"
    );
    assert_eq!(
        exported_locally(&sandbox, healthy.state_dir.path(), &id),
        items
    );
}

#[test]
fn without_a_failed_file_the_missing_keys_are_named() {
    let server = Server::start_with(&["--inject-faults", "1.0"]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("named");
    sandbox.write("items.json", serde_json::to_vec(&items(5, "k")).unwrap());
    let put = sandbox.run(&[
        "bulk",
        "put",
        "items.json",
        "--namespace-id",
        &id,
        "--remote",
        "--retries",
        "1",
    ]);
    put.expect(1);
    let written: Vec<String> = exported_locally(&sandbox, server.state_dir.path(), &id)
        .iter()
        .map(|item| item["key"].as_str().unwrap().to_string())
        .collect();
    for i in 0..5 {
        let key = format!("k:{i:06}");
        assert!(
            written.contains(&key) || put.stderr.contains(&key),
            "{key} neither written nor named: {}",
            put.stderr
        );
    }
}

#[test]
fn single_key_commands_retry_transient_faults() {
    let server = Server::start_with(&["--inject-faults", "0.5"]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("single");
    for i in 0..20 {
        let key = format!("k{i}");
        sandbox
            .run(&[
                "key",
                "put",
                &key,
                "v",
                "--namespace-id",
                &id,
                "--remote",
                "--retries",
                "10",
            ])
            .success();
        let got = sandbox.run(&[
            "key",
            "get",
            &key,
            "--namespace-id",
            &id,
            "--remote",
            "--retries",
            "10",
        ]);
        assert_eq!(got.success().stdout, b"v");
    }
}

// SIGINT is sent with `kill -INT`: Unix only.
#[cfg(unix)]
#[test]
fn ctrl_c_stops_cleanly_and_records_what_was_not_written() {
    // A server that fails most requests keeps the job busy with retries long enough to
    // interrupt it half way.
    let server = Server::start_with(&["--inject-faults", "0.8"]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    sandbox.set_env("WKV_RETRY_BASE_MS", "40");
    let id = sandbox.create_namespace("interrupted");
    let items = items(40_000, "item");
    sandbox.write("items.json", serde_json::to_vec(&items).unwrap());
    let child = sandbox
        .command()
        .args([
            "bulk",
            "put",
            "items.json",
            "--namespace-id",
            &id,
            "--remote",
            "--rate-limit",
            "0",
            "--retries",
            "8",
            "--concurrency",
            "1",
            "--failed",
            "rest.json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Interrupt once the first batch has landed: the job is then surely under way.
    let persist = server.state_dir.path().to_str().unwrap().to_string();
    let started = std::time::Instant::now();
    loop {
        let listed = sandbox.run(&[
            "key",
            "list",
            "--namespace-id",
            &id,
            "--local",
            "--persist-to",
            &persist,
            "--limit",
            "10",
        ]);
        if listed.code == 0
            && listed
                .json()
                .as_array()
                .is_some_and(|keys| !keys.is_empty())
        {
            break;
        }
        assert!(
            started.elapsed().as_secs() < 60,
            "the job never started writing"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    let rest: Vec<Value> =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("rest.json")).unwrap()).unwrap();
    let written = exported_locally(&sandbox, server.state_dir.path(), &id);
    assert!(!rest.is_empty(), "the job was interrupted before the end");
    let mut union: Vec<Value> = rest.iter().chain(written.iter()).cloned().collect();
    union.sort_by(|a, b| a["key"].as_str().cmp(&b["key"].as_str()));
    union.dedup();
    assert_eq!(
        union, items,
        "every item is either written or in the failed file"
    );
}
