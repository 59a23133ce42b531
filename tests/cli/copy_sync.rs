//! Seeding, copying and syncing namespaces (issue 10): idempotent namespace steps, bulk reads
//! that survive the API's response cap, `wkv copy`, and the CI-facing results. Every test runs
//! the real binary against real local state or a real `wkv serve`.

use crate::support;

use crate::support::{Sandbox, Server};
use serde_json::{json, Value};

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
    sandbox.seed(
        &Value::from(items.clone()),
        &["--namespace-id", &id, "--remote"],
    );
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
    // The snippet names the namespace (JSON without a config, as wrangler prints it).
    let id = support::namespace_id_in_snippet(&first.stdout_text());
    assert_eq!(id.len(), 32, "{}", first.stdout_text());
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
    // A second run (the next CI build) finds the binding in place and changes nothing.
    let second = sandbox.run(&[
        "namespace",
        "create",
        "seeded",
        "--if-not-exists",
        "--update-config",
    ]);
    second.success();
    let again = std::fs::read_to_string(sandbox.path().join("wrangler.jsonc")).unwrap();
    assert_eq!(again, config);
    // Nor does it tell the user to add what is there already.
    assert!(!second.stderr.contains("add this"), "{}", second.stderr);
    assert!(
        second
            .stderr
            .contains("Nothing changed: the wrangler config already binds it as `seeded`"),
        "{}",
        second.stderr
    );
    let plain = sandbox.run(&["namespace", "create", "seeded", "--if-not-exists"]);
    assert!(
        !plain.success().stderr.contains("add this"),
        "{}",
        plain.stderr
    );
    assert_eq!(plain.stdout, second.stdout, "the same snippet on stdout");
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

// ---------------------------------------------------------------------------------------------
// wkv copy

const FAR: i64 = 4_102_444_800;

/// Binary values, metadata, expirations, unicode names and a few hundred plain keys: more than
/// one bulk read and more than one list page would hold with small pages.
fn sample_items() -> Vec<Value> {
    let mut items = vec![
        json!({"key": "bin", "value": "AAECA/8=", "base64": true, "metadata": {"kind": "bytes"}}),
        json!({"key": "unicode/ключ/🔑", "value": "значение ✓", "metadata": {"a": [1, 2]}}),
        json!({"key": "exp", "value": "v", "expiration": FAR}),
        json!({"key": "user:1", "value": "{\"name\":\"a\"}"}),
        json!({"key": "user:2", "value": "b", "metadata": null}),
    ];
    items.extend(
        (0..250).map(|i| json!({"key": format!("bulk:{i:04}"), "value": format!("value {i}")})),
    );
    items
}

/// Every key of a namespace with its value, metadata and expiration, as `bulk export` writes
/// them (sorted by name): what "the same namespace" means in these tests.
fn export(sandbox: &Sandbox, place_args: &[&str]) -> Value {
    let mut args = vec!["bulk", "export", "-"];
    args.extend_from_slice(place_args);
    sandbox.run(&args).success().json()
}

fn local_sandbox_with(items: &[Value]) -> Sandbox {
    let sandbox = Sandbox::new();
    sandbox.seed(&Value::from(items), &["--namespace-id", "src", "--local"]);
    sandbox
}

#[test]
fn copy_local_to_remote_and_back_is_byte_exact() {
    let server = Server::start();
    let mut sandbox = local_sandbox_with(&sample_items());
    sandbox.use_server(&server);
    let remote_id = sandbox.create_namespace("mirror");
    let original = export(&sandbox, &["--namespace-id", "src", "--local"]);
    assert_eq!(original.as_array().unwrap().len(), 255);

    // local → remote, naming the remote namespace by its title.
    sandbox
        .run(&["copy", "local:src", "remote:mirror"])
        .success();
    let remote = export(&sandbox, &["--namespace-id", &remote_id, "--remote"]);
    assert_eq!(remote, original);

    // remote (by id) → a new local namespace.
    sandbox
        .run(&["copy", &format!("remote:{remote_id}"), "local:back"])
        .success();
    assert_eq!(
        export(&sandbox, &["--namespace-id", "back", "--local"]),
        original
    );
    // The binary value is still the same bytes.
    assert_eq!(
        sandbox
            .run(&["key", "get", "bin", "--namespace-id", "back", "--local"])
            .success()
            .stdout,
        [0, 1, 2, 3, 255]
    );
}

#[test]
fn copy_local_to_local_by_binding_with_prefix_and_match() {
    let sandbox = local_sandbox_with(&sample_items());
    sandbox.write(
        "wrangler.toml",
        "name = \"app\"\n[[kv_namespaces]]\nbinding = \"CACHE\"\nid = \"cache-id\"\n",
    );
    sandbox
        .run(&["copy", "local:src", "local:CACHE", "--prefix", "user:"])
        .success();
    let names: Vec<String> = export(&sandbox, &["--binding", "CACHE", "--local"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, vec!["user:1", "user:2"]);
    // The binding's id is where the keys went.
    assert_eq!(
        sandbox
            .run(&[
                "key",
                "get",
                "user:2",
                "--namespace-id",
                "cache-id",
                "--local"
            ])
            .success()
            .stdout,
        b"b"
    );
    let summary = sandbox
        .run(&[
            "copy",
            "local:src",
            "local:matched",
            "--match",
            "bulk:00?5",
            "--output",
            "json",
        ])
        .success()
        .json();
    // Keys outside the pattern are not read, nor counted as skipped.
    assert_eq!(summary["written"], json!(10));
    assert_eq!(summary["skipped_expired"], json!(0));
    let names: Vec<String> = export(&sandbox, &["--namespace-id", "matched", "--local"])
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        vec![
            "bulk:0005",
            "bulk:0015",
            "bulk:0025",
            "bulk:0035",
            "bulk:0045",
            "bulk:0055",
            "bulk:0065",
            "bulk:0075",
            "bulk:0085",
            "bulk:0095"
        ]
    );
}

/// Two `wkv serve` processes standing for two accounts, each with its own token.
fn two_accounts() -> (Server, Server) {
    let account = |token| Server::launch(tempfile::tempdir().unwrap(), Some(token), &[]);
    (
        account("token-of-account-one"),
        account("token-of-account-two"),
    )
}

/// A namespace titled `prod` in the sandbox's account holding the sample items; returns them
/// as exported.
fn seeded_prod(sandbox: &Sandbox) -> Value {
    let id = sandbox.create_namespace("prod");
    let at = ["--namespace-id", id.as_str(), "--remote"];
    sandbox.seed(&Value::from(sample_items()), &at);
    export(sandbox, &at)
}

#[test]
fn copy_between_two_accounts_each_with_its_own_token() {
    let (first, second) = two_accounts();
    let mut one = remote_sandbox(&first);
    let original = seeded_prod(&one);
    let two = remote_sandbox(&second);
    let target_id = two.create_namespace("prod");

    // The source uses the usual variables (account one); the target its own (account two).
    one.set_env("WKV_TO_API_TOKEN", &second.token);
    one.set_env("WKV_TO_API_BASE_URL", &second.base_url);
    one.set_env("WKV_TO_ACCOUNT_ID", support::ACCOUNT_ID);
    let run = one.run(&["copy", "remote:prod", "remote:prod", "--output", "json"]);
    run.success();
    let summary = run.json();
    assert_eq!(summary["written"], json!(255));
    assert_eq!(summary["failed"], json!(0));
    assert!(summary["requests"].as_u64().unwrap() >= 4, "{summary}");
    assert_eq!(
        export(&two, &["--namespace-id", &target_id, "--remote"]),
        original
    );
    // Neither token reached the output.
    assert!(!run.stderr.contains("token-of-account"), "{}", run.stderr);
    assert!(!run.stdout_text().contains("token-of-account"));
}

#[test]
fn a_sides_own_variables_may_come_from_a_dotenv_file() {
    let (first, second) = two_accounts();
    // The source lives in account two; the target, of the same title, in account one.
    let two = remote_sandbox(&second);
    let original = seeded_prod(&two);
    let one = remote_sandbox(&first);
    let target_id = one.create_namespace("prod");

    // The source's own variables are only in `.env`, as wrangler users keep credentials.
    one.write(
        ".env",
        format!(
            "WKV_FROM_API_TOKEN={}\nWKV_FROM_API_BASE_URL={}\nWKV_FROM_ACCOUNT_ID={}\n",
            second.token,
            second.base_url,
            support::ACCOUNT_ID
        ),
    );
    let run = one.run(&["copy", "remote:prod", "remote:prod", "--output", "json"]);
    run.success();
    assert_eq!(run.json()["written"], json!(255));
    assert_eq!(
        export(&one, &["--namespace-id", &target_id, "--remote"]),
        original
    );
    assert!(!run.stderr.contains("token-of-account"), "{}", run.stderr);

    // A real variable beats the file, as for every credential variable: a wrong token in the
    // environment is used (and refused), not the file's.
    let mut overridden = remote_sandbox(&first);
    overridden.write(".env", std::fs::read(one.path().join(".env")).unwrap());
    overridden.set_env("WKV_FROM_API_TOKEN", "not-the-token");
    let refused = overridden.run(&["copy", "remote:prod", "remote:prod"]);
    assert_ne!(refused.code, 0, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("WKV_FROM_API_TOKEN environment variable"),
        "{}",
        refused.stderr
    );
    assert!(
        !refused.stderr.contains("not-the-token"),
        "{}",
        refused.stderr
    );
}

#[test]
fn a_profile_place_signs_that_side_in_with_the_profile() {
    let server = Server::start();
    let mut sandbox = local_sandbox_with(&sample_items());
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", support::ACCOUNT_ID);
    sandbox.set_env("WKV_RETRY_BASE_MS", "5");
    sandbox
        .run_with_stdin(
            &["auth", "login", "--profile", "work", "--with-token"],
            format!("{}\n", server.token).as_bytes(),
        )
        .success();
    // A token in the environment wins over the default profile, but not over a named one: the
    // server refuses this one, so only the `work@` side can reach it.
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "a-token-the-server-refuses");
    let created = sandbox.run(&["namespace", "create", "target", "--profile", "work"]);
    let id = support::namespace_id_in_snippet(&created.success().stdout_text());

    let unsigned = sandbox.run(&["copy", "local:src", "remote:target"]);
    unsigned.expect(1);
    let run = sandbox.run(&[
        "copy",
        "local:src",
        "work@remote:target",
        "--output",
        "json",
    ]);
    run.success();
    assert_eq!(run.json()["written"], json!(255));
    assert!(!run.stderr.contains(&server.token), "{}", run.stderr);
    assert_eq!(
        export(
            &sandbox,
            &["--namespace-id", &id, "--remote", "--profile", "work"]
        ),
        export(&sandbox, &["--namespace-id", "src", "--local"])
    );

    // A profile nobody saved signs nothing in; a profile and the side's own variables clash.
    let unknown = sandbox.run(&["copy", "local:src", "nobody@remote:target"]);
    assert!(unknown.code != 0, "{}", unknown.stderr);
    sandbox.set_env("WKV_TO_API_TOKEN", &server.token);
    let both = sandbox.run(&["copy", "local:src", "work@remote:target"]);
    both.expect(2);
    assert!(both.stderr.contains("names the profile"), "{}", both.stderr);
}

#[test]
fn copy_refuses_bad_places_before_reading() {
    let server = Server::start();
    let mut sandbox = local_sandbox_with(&sample_items());
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("target");

    // A place that names nothing: exit 3.
    let missing = sandbox.run(&["copy", "remote:no-such-title", "local:x"]);
    missing.expect(3);
    assert!(
        missing.stderr.contains("names nothing"),
        "{}",
        missing.stderr
    );
    sandbox
        .run(&["copy", "local:no-such-namespace", "remote:target"])
        .expect(3);

    // The same place twice: exit 2 (by title and by id are the same namespace).
    sandbox
        .run(&["copy", "remote:target", &format!("remote:{id}")])
        .expect(2);
    sandbox.run(&["copy", "local:src", "local:src"]).expect(2);

    // Malformed places: exit 2.
    sandbox.run(&["copy", "src", "remote:target"]).expect(2);
    sandbox
        .run(&["copy", "cloud:src", "remote:target"])
        .expect(2);

    // The target has its own address but no token: exit 2, nothing read or written.
    sandbox.set_env("WKV_TO_API_BASE_URL", &server.base_url);
    let no_token = sandbox.run(&["copy", "local:src", "remote:target"]);
    no_token.expect(2);
    assert!(
        no_token.stderr.contains("WKV_TO_API_TOKEN"),
        "{}",
        no_token.stderr
    );
    assert_eq!(
        export(&sandbox, &["--namespace-id", &id, "--remote"]),
        json!([])
    );
}

// ---------------------------------------------------------------------------------------------
// --sync, --changed-only, --dry-run, --backup, --max-writes

/// A remote target holding: some of the source's keys unchanged, some changed, some extra
/// (inside and outside the prefix).
fn diverged_target(sandbox: &Sandbox, target_id: &str) {
    sandbox.write(
        "target.json",
        serde_json::to_vec(&json!([
            {"key": "user:1", "value": "{\"name\":\"a\"}"},
            {"key": "user:2", "value": "old", "metadata": {"v": 1}},
            {"key": "user:9", "value": "extra inside the prefix"},
            {"key": "zzz", "value": "extra outside the prefix"},
        ]))
        .unwrap(),
    );
    sandbox
        .run(&[
            "bulk",
            "put",
            "target.json",
            "--namespace-id",
            target_id,
            "--remote",
        ])
        .success();
}

fn user_items() -> Vec<Value> {
    vec![
        json!({"key": "user:1", "value": "{\"name\":\"a\"}"}),
        json!({"key": "user:2", "value": "new", "metadata": {"v": 2}}),
        json!({"key": "user:3", "value": "AAECA/8=", "base64": true, "expiration": FAR}),
        json!({"key": "other", "value": "not under the prefix"}),
    ]
}

#[test]
fn sync_deletes_extras_only_inside_the_prefix_and_the_dry_run_plan_matches() {
    let server = Server::start();
    let mut sandbox = local_sandbox_with(&user_items());
    sandbox.use_server(&server);
    let target_id = sandbox.create_namespace("target");
    diverged_target(&sandbox, &target_id);
    let before = export(&sandbox, &["--namespace-id", &target_id, "--remote"]);
    let args = [
        "copy",
        "local:src",
        "remote:target",
        "--prefix",
        "user:",
        "--sync",
        "--changed-only",
        "--output",
        "json",
    ];

    let mut dry_args = args.to_vec();
    dry_args.push("--dry-run");
    let plan = sandbox.run(&dry_args).success().json();
    // Nothing changed, byte for byte.
    assert_eq!(
        export(&sandbox, &["--namespace-id", &target_id, "--remote"]),
        before
    );
    assert_eq!(plan["dry_run"], json!(true));
    assert_eq!(plan["keys"]["added"], json!(["user:3"]));
    assert_eq!(plan["keys"]["changed"], json!(["user:2"]));
    assert_eq!(plan["keys"]["deleted"], json!(["user:9"]));

    let done = sandbox.run(&args).success().json();
    for count in [
        "added",
        "changed",
        "written",
        "unchanged",
        "deleted",
        "failed",
    ] {
        assert_eq!(done[count], plan[count], "{count}: plan {plan} run {done}");
    }
    assert_eq!(done["written"], json!(2));
    assert_eq!(done["unchanged"], json!(1));
    assert_eq!(done["deleted"], json!(1));
    let after = export(&sandbox, &["--namespace-id", &target_id, "--remote"]);
    let source = export(
        &sandbox,
        &["--namespace-id", "src", "--local", "--prefix", "user:"],
    );
    let after_users: Vec<&Value> = after
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["key"].as_str().unwrap().starts_with("user:"))
        .collect();
    assert_eq!(json!(after_users), source);
    // Outside the prefix nothing was touched.
    assert!(after.as_array().unwrap().iter().any(|i| i["key"] == "zzz"));
    assert!(!after
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["key"] == "other"));
}

#[test]
fn changed_only_writes_exactly_the_changed_keys() {
    let server = Server::start();
    let mut sandbox = local_sandbox_with(&user_items());
    sandbox.use_server(&server);
    let target_id = sandbox.create_namespace("target");
    diverged_target(&sandbox, &target_id);
    // Every value the server writes is a new blob file in its state: count them.
    let blobs = || -> std::collections::BTreeSet<String> {
        support::snapshot(&server.kv_root())
            .into_iter()
            .map(|(name, _)| name)
            .filter(|name| name.contains("/blobs/"))
            .collect()
    };
    let before = blobs();
    let args = [
        "copy",
        "local:src",
        "remote:target",
        "--prefix",
        "user:",
        "--changed-only",
        "--output",
        "json",
    ];
    let summary = sandbox.run(&args).success().json();
    let written: Vec<String> = blobs().difference(&before).cloned().collect();
    assert_eq!(written.len(), 2, "{written:?}");
    assert_eq!(summary["written"], json!(2));
    assert_eq!(summary["unchanged"], json!(1));
    // A second run finds nothing to write, and the server writes nothing.
    let before = blobs();
    let summary = sandbox.run(&args).success().json();
    assert_eq!(summary["written"], json!(0));
    assert_eq!(summary["unchanged"], json!(3));
    assert_eq!(blobs(), before);
    // Without --changed-only every key is written again.
    let summary = sandbox
        .run(&[
            "copy",
            "local:src",
            "remote:target",
            "--prefix",
            "user:",
            "--output",
            "json",
        ])
        .success()
        .json();
    assert_eq!(summary["written"], json!(3));
    assert_eq!(blobs().difference(&before).count(), 3);
}

#[test]
fn a_backup_restores_what_a_sync_overwrote_and_deleted() {
    let server = Server::start();
    let mut sandbox = local_sandbox_with(&user_items());
    sandbox.use_server(&server);
    let target_id = sandbox.create_namespace("target");
    diverged_target(&sandbox, &target_id);
    let before = export(&sandbox, &["--namespace-id", &target_id, "--remote"]);
    sandbox
        .run(&[
            "copy",
            "local:src",
            "remote:target",
            "--sync",
            "--backup",
            "backup.json",
        ])
        .success();
    assert_ne!(
        export(&sandbox, &["--namespace-id", &target_id, "--remote"]),
        before
    );
    // The backup holds the old values of the keys the run overwrote or deleted.
    let backup: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("backup.json")).unwrap())
            .unwrap();
    let mut saved: Vec<&str> = backup
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    saved.sort();
    assert_eq!(saved, vec!["user:1", "user:2", "user:9", "zzz"]);
    // Putting it back, and deleting what the run added, restores the namespace exactly.
    sandbox
        .run(&[
            "bulk",
            "put",
            "backup.json",
            "--namespace-id",
            &target_id,
            "--remote",
        ])
        .success();
    sandbox.write("added.json", r#"["user:3", "other"]"#);
    sandbox
        .run(&[
            "bulk",
            "delete",
            "added.json",
            "--namespace-id",
            &target_id,
            "--remote",
            "-f",
        ])
        .success();
    assert_eq!(
        export(&sandbox, &["--namespace-id", &target_id, "--remote"]),
        before
    );
}

#[test]
fn max_writes_stops_and_the_next_run_completes() {
    let mut items = user_items();
    items.extend((0..30).map(|i| json!({"key": format!("n:{i:02}"), "value": format!("{i}")})));
    let server = Server::start();
    let mut sandbox = local_sandbox_with(&items);
    sandbox.use_server(&server);
    let target_id = sandbox.create_namespace("target");
    let run = sandbox.run(&[
        "copy",
        "local:src",
        "remote:target",
        "--max-writes",
        "10",
        "--failed",
        "rest.json",
        "--output",
        "json",
    ]);
    let summary = run.success().json();
    assert_eq!(summary["written"], json!(10));
    assert_eq!(summary["deferred"], json!(24));
    assert!(
        run.stderr.contains("--max-writes 10 reached"),
        "{}",
        run.stderr
    );
    assert_eq!(
        export(&sandbox, &["--namespace-id", &target_id, "--remote"])
            .as_array()
            .unwrap()
            .len(),
        10
    );
    // The next run continues from the --failed file.
    sandbox
        .run(&[
            "bulk",
            "put",
            "rest.json",
            "--namespace-id",
            &target_id,
            "--remote",
        ])
        .success();
    assert_eq!(
        export(&sandbox, &["--namespace-id", &target_id, "--remote"]),
        export(&sandbox, &["--namespace-id", "src", "--local"])
    );
    // Or the same copy again with --changed-only, a few writes at a time.
    let other_id = sandbox.create_namespace("other");
    for _ in 0..4 {
        sandbox
            .run(&[
                "copy",
                "local:src",
                "remote:other",
                "--changed-only",
                "--max-writes",
                "10",
            ])
            .success();
    }
    assert_eq!(
        export(&sandbox, &["--namespace-id", &other_id, "--remote"]),
        export(&sandbox, &["--namespace-id", "src", "--local"])
    );
}

// ---------------------------------------------------------------------------------------------
// bulk put --sync and friends, local and remote

fn bulk_put_sync_on(sandbox: &Sandbox, place: &[&str]) {
    let with = |args: &[&str]| -> Vec<String> {
        args.iter()
            .chain(place.iter())
            .map(|s| s.to_string())
            .collect()
    };
    let run = |args: &[&str]| {
        let args = with(args);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        sandbox.run(&args)
    };
    let mut export_args = vec!["bulk", "export", "-"];
    export_args.extend_from_slice(place);
    let state = || sandbox.run(&export_args).success().json();

    sandbox.write(
        "old.json",
        serde_json::to_vec(&json!([
            {"key": "cfg:a", "value": "1"},
            {"key": "cfg:b", "value": "2", "metadata": {"m": true}},
            {"key": "cfg:stale", "value": "gone soon"},
            {"key": "keep", "value": "outside the prefix"},
        ]))
        .unwrap(),
    );
    run(&["bulk", "put", "old.json"]).success();
    let before = state();
    sandbox.write(
        "new.json",
        serde_json::to_vec(&json!([
            {"key": "cfg:a", "value": "1"},
            {"key": "cfg:b", "value": "2", "metadata": {"m": false}},
            {"key": "cfg:c", "value": "AAEC", "base64": true},
        ]))
        .unwrap(),
    );
    let sync = [
        "bulk",
        "put",
        "new.json",
        "--prefix",
        "cfg:",
        "--sync",
        "--changed-only",
        "--output",
        "json",
    ];
    let mut dry = sync.to_vec();
    dry.push("--dry-run");
    let plan = run(&dry).success().json();
    assert_eq!(state(), before, "a dry run wrote something");
    assert_eq!(plan["keys"]["added"], json!(["cfg:c"]));
    assert_eq!(plan["keys"]["changed"], json!(["cfg:b"]));
    assert_eq!(plan["keys"]["deleted"], json!(["cfg:stale"]));
    assert_eq!(plan["unchanged"], json!(1));

    let mut with_backup = sync.to_vec();
    with_backup.extend(["--backup", "undo.json"]);
    let done = run(&with_backup).success().json();
    for count in ["added", "changed", "written", "unchanged", "deleted"] {
        assert_eq!(done[count], plan[count], "{count}");
    }
    let after = state();
    let names: Vec<&str> = after
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["key"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["cfg:a", "cfg:b", "cfg:c", "keep"]);
    assert_eq!(after[1]["metadata"], json!({"m": false}));

    // The backup undoes the overwrite and the delete; the added key is deleted by hand.
    run(&["bulk", "put", "undo.json"]).success();
    sandbox.write("added.json", r#"["cfg:c"]"#);
    run(&["bulk", "delete", "added.json", "-f"]).success();
    assert_eq!(state(), before);

    // An item outside --prefix: exit 2, nothing written.
    sandbox.write("outside.json", r#"[{"key": "other", "value": "x"}]"#);
    run(&["bulk", "put", "outside.json", "--prefix", "cfg:", "--sync"]).expect(2);
    assert_eq!(state(), before);
}

#[test]
fn bulk_put_sync_locally() {
    let sandbox = Sandbox::new();
    bulk_put_sync_on(&sandbox, &["--namespace-id", "seeded", "--local"]);
}

#[test]
fn bulk_put_sync_remotely() {
    let server = Server::start();
    let mut sandbox = remote_sandbox(&server);
    let temp = sandbox.path().join("tmp");
    std::fs::create_dir_all(&temp).unwrap();
    sandbox.set_env("TMPDIR", temp.to_str().unwrap());
    let id = sandbox.create_namespace("seeded");
    bulk_put_sync_on(&sandbox, &["--namespace-id", &id, "--remote"]);
    // Nothing of the staging, which held the file's values, is left in TMPDIR.
    assert_eq!(std::fs::read_dir(&temp).unwrap().count(), 0);
}

// ---------------------------------------------------------------------------------------------
// CI-friendly results

#[test]
fn under_ci_a_write_that_stays_local_by_default_is_warned_about() {
    let mut sandbox = Sandbox::new();
    sandbox.write("items.json", r#"[{"key": "a", "value": "1"}]"#);
    let quiet = sandbox.run(&["bulk", "put", "items.json", "--namespace-id", "ns"]);
    assert!(
        !quiet.success().stderr.contains("local state only"),
        "{}",
        quiet.stderr
    );
    sandbox.set_env("CI", "true");
    let warned = sandbox.run(&["bulk", "put", "items.json", "--namespace-id", "ns"]);
    assert!(
        warned.success().stderr.contains("local state only"),
        "{}",
        warned.stderr
    );
    let key = sandbox.run(&["key", "put", "b", "2", "--namespace-id", "ns"]);
    assert!(
        key.success().stderr.contains("local state only"),
        "{}",
        key.stderr
    );
    // Saying --local, or reading, is not warned about.
    let explicit = sandbox.run(&["key", "put", "b", "2", "--namespace-id", "ns", "--local"]);
    assert!(!explicit.success().stderr.contains("local state only"));
    let read = sandbox.run(&["key", "get", "b", "--namespace-id", "ns"]);
    assert!(!read.success().stderr.contains("local state only"));
}

#[test]
fn results_go_to_stdout_as_json_and_to_the_github_step_summary() {
    let mut sandbox = local_sandbox_with(&user_items());
    let summary_file = sandbox.path().join("summary.md");
    sandbox.set_env("GITHUB_STEP_SUMMARY", summary_file.to_str().unwrap());
    let run = sandbox.run(&["copy", "local:src", "local:dst", "--output", "json"]);
    let result = run.success().json();
    for field in [
        "written",
        "unchanged",
        "deleted",
        "failed",
        "requests",
        "retries",
        "seconds",
    ] {
        assert!(result.get(field).is_some(), "{field} missing: {result}");
    }
    assert_eq!(result["written"], json!(4));
    let markdown = std::fs::read_to_string(&summary_file).unwrap();
    assert!(
        markdown.contains("### wkv copy local:src local:dst"),
        "{markdown}"
    );
    assert!(markdown.contains("| 4 | 0 | 0 | 0 |"), "{markdown}");
    // Without --output, stdout stays empty.
    let plain = sandbox.run(&["copy", "local:src", "local:dst2"]);
    assert!(plain.success().stdout.is_empty());
}

#[test]
fn bulk_delete_dry_run_deletes_nothing_and_backup_restores() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let id = sandbox.create_namespace("ns");
    sandbox.seed(
        &Value::from(sample_items()),
        &["--namespace-id", &id, "--remote", "--output", "json"],
    );
    let before = export(&sandbox, &["--namespace-id", &id, "--remote"]);
    let place = ["--namespace-id", id.as_str(), "--remote"];
    let mut dry = vec![
        "bulk",
        "delete",
        "--prefix",
        "user:",
        "--dry-run",
        "--output",
        "json",
    ];
    dry.extend_from_slice(&place);
    let plan = sandbox.run(&dry).success().json();
    assert_eq!(plan["deleted"], json!(2));
    assert_eq!(plan["keys"]["deleted"], json!(["user:1", "user:2"]));
    assert_eq!(
        export(&sandbox, &["--namespace-id", &id, "--remote"]),
        before
    );

    sandbox.write("doomed.json", r#"["bin", "exp", "unicode/ключ/🔑"]"#);
    let mut real = vec![
        "bulk",
        "delete",
        "doomed.json",
        "-f",
        "--backup",
        "saved.ndjson",
        "--output",
        "json",
    ];
    real.extend_from_slice(&place);
    let done = sandbox.run(&real).success().json();
    assert_eq!(done["deleted"], json!(3));
    assert!(done["requests"].as_u64().unwrap() >= 2);
    assert_eq!(
        export(&sandbox, &["--namespace-id", &id, "--remote"])
            .as_array()
            .unwrap()
            .len(),
        252
    );
    let mut restore = vec!["bulk", "put", "saved.ndjson"];
    restore.extend_from_slice(&place);
    sandbox.run(&restore).success();
    assert_eq!(
        export(&sandbox, &["--namespace-id", &id, "--remote"]),
        before
    );
}

// ---------------------------------------------------------------------------------------------
// Directories

#[test]
fn a_directory_round_trips_through_export_and_put_with_awkward_names() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let id = sandbox.create_namespace("site");
    let keys: Vec<(&str, Vec<u8>)> = vec![
        ("site/index.html", b"<h1>hi</h1>".to_vec()),
        ("site/img/logo.png", vec![0x89, b'P', b'N', b'G', 0, 255]),
        ("site/a:b?.txt", b"colon and question mark".to_vec()),
        ("site/CON", b"reserved on Windows".to_vec()),
        ("site/trailing.", b"dot".to_vec()),
        ("site//double", b"empty segment".to_vec()),
        ("site/100%", b"percent".to_vec()),
        ("site/ключ 🔑", b"unicode".to_vec()),
    ];
    let items: Vec<Value> = keys
        .iter()
        .map(|(k, v)| {
            use base64::Engine;
            json!({"key": k, "value": base64::engine::general_purpose::STANDARD.encode(v), "base64": true})
        })
        .collect();
    sandbox.seed(&Value::from(items), &["--namespace-id", &id, "--remote"]);
    sandbox
        .run(&[
            "bulk",
            "export",
            "--dir",
            "out",
            "--prefix",
            "site/",
            "--namespace-id",
            &id,
            "--remote",
        ])
        .success();
    let out = sandbox.path().join("out");
    assert_eq!(std::fs::read(out.join("img/logo.png")).unwrap(), keys[1].1);
    assert!(out.join("a%3Ab%3F.txt").is_file());
    assert!(out.join("%43ON").is_file());
    assert!(out.join("%/double").is_file());

    // Back into another namespace under the same prefix: the same keys and bytes.
    let copy_id = sandbox.create_namespace("copy");
    sandbox
        .run(&[
            "bulk",
            "put",
            "--dir",
            "out",
            "--prefix",
            "site/",
            "--namespace-id",
            &copy_id,
            "--remote",
        ])
        .success();
    let values = |ns: &str| -> Vec<(String, Value)> {
        export(&sandbox, &["--namespace-id", ns, "--remote"])
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (i["key"].as_str().unwrap().to_string(), i["value"].clone()))
            .collect()
    };
    assert_eq!(values(&copy_id), values(&id));

    // --sync with a directory: a file removed locally is deleted remotely.
    std::fs::remove_file(out.join("index.html")).unwrap();
    let run = sandbox.run(&[
        "bulk",
        "put",
        "--dir",
        "out",
        "--prefix",
        "site/",
        "--sync",
        "--changed-only",
        "--namespace-id",
        &copy_id,
        "--remote",
        "--output",
        "json",
    ]);
    let summary = run.success().json();
    assert_eq!(summary["deleted"], json!(1));
    assert_eq!(summary["written"], json!(0));
    assert_eq!(values(&copy_id).len(), keys.len() - 1);
}

/// Keys whose file names are one on macOS and Windows (case, Unicode normalisation), or a key
/// that is a file where another needs a directory, are refused by name on every system, before
/// the directory is even created.
#[test]
fn a_directory_export_refuses_keys_whose_file_names_would_clash_and_writes_nothing() {
    let clashing: [&[&str]; 4] = [
        &["docs/Config", "docs/config"],
        &["caf\u{e9}", "cafe\u{301}"],
        &["Users/a", "users/b"],
        &["a", "a/b"],
    ];
    for keys in clashing {
        let items: Vec<Value> = keys
            .iter()
            .chain(["zzz-last"].iter())
            .map(|k| json!({"key": k, "value": "v"}))
            .collect();
        let sandbox = local_sandbox_with(&items);
        let run = sandbox.run(&[
            "bulk",
            "export",
            "--dir",
            "out",
            "--namespace-id",
            "src",
            "--local",
        ]);
        run.expect(2);
        assert!(
            run.stderr.starts_with("error: cannot export the keys"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
        assert!(run.stderr.contains("hint: "), "{}", run.stderr);
        assert!(!sandbox.path().join("out").exists(), "{keys:?}");
    }
    // The same keys filtered down to one of each pair export, and the names stay as they were.
    let items: Vec<Value> = ["docs/Config", "docs/config", "docs/other"]
        .iter()
        .map(|k| json!({"key": k, "value": k}))
        .collect();
    let sandbox = local_sandbox_with(&items);
    sandbox
        .run(&[
            "bulk",
            "export",
            "--dir",
            "out",
            "--match",
            "docs/[Co]*",
            "--namespace-id",
            "src",
            "--local",
        ])
        .success();
    let out = sandbox.path().join("out/docs");
    assert_eq!(
        std::fs::read_to_string(out.join("Config")).unwrap(),
        "docs/Config"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("other")).unwrap(),
        "docs/other"
    );
    assert!(!out.join("config").exists());
}

#[test]
fn a_directory_with_a_file_over_25_mib_is_refused_and_nothing_is_written() {
    let sandbox = Sandbox::new();
    sandbox.write("dir/small.txt", "small");
    let big = std::fs::File::create(sandbox.path().join("dir/big.bin")).unwrap();
    big.set_len(25 * 1024 * 1024 + 1).unwrap();
    let run = sandbox.run(&[
        "bulk",
        "put",
        "--dir",
        "dir",
        "--namespace-id",
        "ns",
        "--local",
    ]);
    run.expect(2);
    assert!(run.stderr.contains("big.bin"), "{}", run.stderr);
    assert_eq!(
        sandbox
            .run(&["key", "list", "--namespace-id", "ns", "--local"])
            .success()
            .json(),
        json!([])
    );
    // Neither a file nor --dir: exit 2.
    sandbox
        .run(&["bulk", "put", "--namespace-id", "ns", "--local"])
        .expect(2);
}

#[test]
fn a_dry_run_copy_into_local_state_creates_nothing() {
    let sandbox = local_sandbox_with(&user_items());
    let before = support::snapshot(&sandbox.kv_root());
    let plan = sandbox
        .run(&[
            "copy",
            "local:src",
            "local:fresh",
            "--dry-run",
            "--output",
            "json",
        ])
        .success()
        .json();
    assert_eq!(plan["added"], json!(4));
    assert_eq!(support::snapshot(&sandbox.kv_root()), before);
}

#[test]
fn serve_latency_switch_delays_every_request() {
    let server = Server::start_with(&["--latency-ms", "300"]);
    let sandbox = remote_sandbox(&server);
    let started = std::time::Instant::now();
    sandbox.run(&["namespace", "list"]).success();
    assert!(started.elapsed() >= std::time::Duration::from_millis(300));
}

#[test]
fn changed_only_compares_metadata_numbers_as_javascript_does() {
    // `0.10` and `0.1` are one number to the API: not a change worth a write.
    let sandbox = Sandbox::new();
    for (namespace, metadata) in [("a", r#"{"v":0.1}"#), ("b", r#"{"v":0.10}"#)] {
        sandbox
            .run(&[
                "key",
                "put",
                "k",
                "same",
                "--namespace-id",
                namespace,
                "--metadata",
                metadata,
            ])
            .success();
    }
    let summary = sandbox
        .run(&[
            "copy",
            "local:a",
            "local:b",
            "--changed-only",
            "--output",
            "json",
        ])
        .success()
        .json();
    assert_eq!(summary["unchanged"], json!(1));
    assert_eq!(summary["written"], json!(0));
}
