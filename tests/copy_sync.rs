//! Seeding, copying and syncing namespaces (issue 10): idempotent namespace steps, bulk reads
//! that survive the API's response cap, `wkv copy`, and the CI-facing results. Every test runs
//! the real binary against real local state or a real `wkv serve`.

mod support;

use serde_json::{json, Value};
use support::{Sandbox, Server};

fn remote_sandbox(server: &Server) -> Sandbox {
    let mut sandbox = Sandbox::new();
    sandbox.use_server(server);
    sandbox
}

// ---------------------------------------------------------------------------------------------
// Bulk get splits a chunk the server refuses with 413

#[test]
fn bulk_get_splits_a_chunk_refused_as_too_large_down_to_single_gets() {
    // The server refuses any bulk read whose values total more than 1,000 bytes.
    let server = Server::start_with(&["--inject-bulk-get-cap", "1000"]);
    let sandbox = remote_sandbox(&server);
    let id = sandbox.create_namespace("big");
    let mut items: Vec<Value> = (0..6)
        .map(|i| json!({"key": format!("k{i}"), "value": "x".repeat(400), "metadata": {"i": i}}))
        .collect();
    // One value larger than the cap on its own: only a single get can read it.
    items.push(json!({"key": "huge", "value": "h".repeat(3000), "expiration": 4102444800i64}));
    sandbox.write("items.json", serde_json::to_vec(&items).unwrap());
    sandbox
        .run(&[
            "bulk",
            "put",
            "items.json",
            "--namespace-id",
            &id,
            "--remote",
        ])
        .success();
    let names: Vec<String> = items
        .iter()
        .map(|i| i["key"].as_str().unwrap().to_string())
        .chain(["missing".to_string()])
        .collect();
    sandbox.write("names.json", serde_json::to_vec(&names).unwrap());
    let got = sandbox
        .run(&[
            "bulk",
            "get",
            "names.json",
            "--with-metadata",
            "--namespace-id",
            &id,
            "--remote",
        ])
        .success()
        .json();
    for i in 0..6 {
        assert_eq!(
            got[format!("k{i}")],
            json!({"value": "x".repeat(400), "metadata": {"i": i}}),
        );
    }
    assert_eq!(got["huge"]["value"], json!("h".repeat(3000)));
    assert_eq!(got["huge"]["expiration"], json!(4102444800i64));
    assert_eq!(got["missing"], Value::Null);

    // Without the split the same read fails: the cap is real.
    let plain = Server::start_with(&["--inject-bulk-get-cap", "10"]);
    let other = remote_sandbox(&plain);
    let id = other.create_namespace("small");
    other.write("two.json", r#"[{"key":"a","value":"0123456789ab"}]"#);
    other
        .run(&["bulk", "put", "two.json", "--namespace-id", &id, "--remote"])
        .success();
    other.write("a.json", r#"["a"]"#);
    let one = other
        .run(&["bulk", "get", "a.json", "--namespace-id", &id, "--remote"])
        .success()
        .json();
    assert_eq!(one, json!({"a": "0123456789ab"}));
}

// ---------------------------------------------------------------------------------------------
// Idempotent namespaces

#[test]
fn create_if_not_exists_twice_gives_one_namespace_and_the_same_output() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let first = sandbox.run(&["namespace", "create", "cache", "--if-not-exists"]);
    first.success();
    let second = sandbox.run(&["namespace", "create", "cache", "--if-not-exists"]);
    second.success();
    assert_eq!(first.stdout, second.stdout);
    assert!(
        first.stdout_text().contains("id = \""),
        "{}",
        first.stdout_text()
    );
    let list = sandbox.run(&["namespace", "list"]).success().json();
    let titled: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["title"] == "cache")
        .collect();
    assert_eq!(titled.len(), 1);
    // Without the flag a second create fails, as the API refuses a duplicate title.
    assert_ne!(
        sandbox.run(&["namespace", "create", "cache"]).code,
        0,
        "a duplicate create without --if-not-exists must fail"
    );
}

#[test]
fn create_if_not_exists_still_updates_the_config() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let id = sandbox.create_namespace("seeded");
    sandbox.write("wrangler.jsonc", "{\n  \"name\": \"app\"\n}\n");
    sandbox
        .run(&[
            "namespace",
            "create",
            "seeded",
            "--if-not-exists",
            "--update-config",
        ])
        .success();
    let config = std::fs::read_to_string(sandbox.path().join("wrangler.jsonc")).unwrap();
    assert!(config.contains(&id), "{config}");
}

#[test]
fn namespace_id_prints_the_id_reading_every_page_and_exits_3_when_missing() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    // More than one page of 100 namespaces, the one asked for on the last page.
    for i in 0..105 {
        sandbox
            .run(&["namespace", "create", &format!("ns-{i:03}")])
            .success();
    }
    let id = sandbox.create_namespace("zz-last");
    let run = sandbox.run(&["namespace", "id", "zz-last"]);
    assert_eq!(run.success().stdout_text(), format!("{id}\n"));
    let missing = sandbox.run(&["namespace", "id", "nope"]);
    missing.expect(3);
    assert!(missing.stdout.is_empty());
    assert!(missing.stderr.contains("nope"), "{}", missing.stderr);
}
