//! `--match GLOB` and `--regex RE` on `key list`, `bulk delete` and `bulk export`: the real
//! binary over a copy of the wrangler fixture, locally and through `wkv serve`.

use crate::support;

use crate::support::{Sandbox, Server};

fn names(run: &support::Run) -> Vec<String> {
    run.json()
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            k["name"]
                .as_str()
                .or(k["key"].as_str())
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn key_list_filters_names_by_glob_and_regex() {
    let sandbox = Sandbox::with_fixture();
    let run = sandbox.run(&["key", "list", "--binding", "CACHE", "--match", "*:*"]);
    run.success();
    assert_eq!(
        names(&run),
        [
            "binary:png",
            "config:theme",
            "session:abc",
            "user:1",
            "user:2"
        ]
    );
    let run = sandbox.run(&["key", "list", "--binding", "CACHE", "--regex", "^u.*[12]$"]);
    assert_eq!(names(&run), ["user:1", "user:2"]);
    // After the prefix; the output keeps wrangler's shape (metadata and all).
    let run = sandbox.run(&[
        "key",
        "list",
        "--binding",
        "CACHE",
        "--prefix",
        "user:",
        "--match",
        "*2",
    ]);
    let listed = run.json();
    assert_eq!(listed[0]["name"], "user:2");
    assert_eq!(listed[0]["metadata"]["version"], "1.0");
    assert_eq!(listed.as_array().unwrap().len(), 1);
    // No match is an empty listing, not an error.
    let run = sandbox.run(&["key", "list", "--binding", "CACHE", "--match", "nothing*"]);
    run.success();
    assert_eq!(run.stdout_text(), "[]\n");
}

#[test]
fn bad_patterns_and_both_flags_are_usage_errors() {
    let sandbox = Sandbox::with_fixture();
    let before = support::snapshot(&sandbox.kv_root());
    let run = sandbox.run(&["key", "list", "--binding", "CACHE", "--match", "[abc"]);
    run.expect(2);
    assert!(run.stderr.contains("invalid glob `[abc`"), "{}", run.stderr);
    let run = sandbox.run(&["key", "list", "--binding", "CACHE", "--regex", "("]);
    run.expect(2);
    assert!(
        run.stderr.contains("invalid regular expression"),
        "{}",
        run.stderr
    );
    sandbox
        .run(&[
            "key",
            "list",
            "--binding",
            "CACHE",
            "--match",
            "a",
            "--regex",
            "b",
        ])
        .expect(2);
    sandbox
        .run(&[
            "bulk",
            "delete",
            "--binding",
            "CACHE",
            "--match",
            "[x",
            "-f",
        ])
        .expect(2);
    sandbox
        .run(&[
            "bulk",
            "delete",
            "keys.json",
            "--binding",
            "CACHE",
            "--match",
            "x",
            "-f",
        ])
        .expect(2);
    assert_eq!(support::snapshot(&sandbox.kv_root()), before);
}

#[test]
fn bulk_delete_by_pattern_deletes_only_matching_keys() {
    let sandbox = Sandbox::with_fixture();
    let sessions = support::snapshot(&sandbox.kv_root());
    let run = sandbox.run(&[
        "bulk",
        "delete",
        "--binding",
        "CACHE",
        "--match",
        "user:*",
        "-f",
    ]);
    run.success();
    assert!(run.stderr.contains("Deleted 2 keys"), "{}", run.stderr);
    let left = sandbox.run(&["key", "list", "--binding", "CACHE"]);
    assert_eq!(
        names(&left),
        [
            "binary:png",
            "config:theme",
            "empty",
            "path/with spaces/and?query=1&x#frag",
            "session:abc",
            "unicode/ключ/🔑"
        ]
    );
    // With a prefix too: only keys under it that match.
    sandbox
        .run(&[
            "bulk",
            "delete",
            "--binding",
            "CACHE",
            "--prefix",
            "s",
            "--regex",
            "abc$",
            "-f",
        ])
        .success();
    let left = sandbox.run(&["key", "list", "--binding", "CACHE", "--prefix", "s"]);
    assert!(names(&left).is_empty());
    // SESSIONS was not touched.
    let now = support::snapshot(&sandbox.kv_root());
    let sessions_files = |snapshot: &[(String, Vec<u8>)]| -> Vec<(String, Vec<u8>)> {
        snapshot
            .iter()
            .filter(|(name, _)| name.starts_with(support::SESSIONS_ID))
            .cloned()
            .collect()
    };
    assert_eq!(sessions_files(&now), sessions_files(&sessions));
}

#[test]
fn bulk_delete_by_pattern_asks_off_a_terminal_with_force_only() {
    let sandbox = Sandbox::with_fixture();
    let run = sandbox.run(&["bulk", "delete", "--binding", "CACHE", "--match", "user:*"]);
    run.expect(2);
    assert_eq!(
        names(&sandbox.run(&["key", "list", "--binding", "CACHE"])).len(),
        8
    );
}

#[test]
fn bulk_export_by_pattern_writes_only_matching_keys() {
    let sandbox = Sandbox::with_fixture();
    let run = sandbox.run(&["bulk", "export", "--binding", "CACHE", "--match", "*:png"]);
    run.success();
    let exported = run.json();
    assert_eq!(exported.as_array().unwrap().len(), 1);
    assert_eq!(exported[0]["key"], "binary:png");
    assert_eq!(exported[0]["base64"], true);
    let run = sandbox.run(&[
        "bulk",
        "export",
        "--binding",
        "CACHE",
        "--regex",
        "^(user|config):",
    ]);
    assert_eq!(names(&run), ["config:theme", "user:1", "user:2"]);
}

#[test]
fn patterns_work_against_wkv_serve() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("patterns");
    sandbox.write(
        "seed.json",
        r#"[{"key":"a:1","value":"1"},{"key":"a:2","value":"2"},{"key":"b:1","value":"3"}]"#,
    );
    let remote = ["--namespace-id", id.as_str(), "--remote"];
    let with = |args: &[&str]| -> Vec<String> {
        let mut all: Vec<&str> = args.to_vec();
        all.extend_from_slice(&remote);
        all.iter().map(|s| s.to_string()).collect()
    };
    let run_with = |args: &[&str]| {
        let all = with(args);
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        sandbox.run(&refs)
    };
    run_with(&["bulk", "put", "seed.json"]).success();
    assert_eq!(
        names(&run_with(&["key", "list", "--match", "*:1"])),
        ["a:1", "b:1"]
    );
    assert_eq!(
        names(&run_with(&["bulk", "export", "--regex", "^a"])),
        ["a:1", "a:2"]
    );
    run_with(&["bulk", "delete", "--match", "a:*", "-f"]).success();
    assert_eq!(names(&run_with(&["key", "list"])), ["b:1"]);
}
