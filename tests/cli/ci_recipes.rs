//! Runs the shell blocks of the README's "CI recipes" section, in order, with the real `wkv` on
//! PATH against two `wkv serve` processes (production and staging accounts), and checks what each
//! recipe did. A recipe edited in the README is tested as written. Then the whole pipeline runs
//! again and must converge: its second run writes and deletes nothing, anywhere.

use crate::support;

use std::process::Command;

use crate::support::{Sandbox, Server, ACCOUNT_ID};
use serde_json::{json, Value};

/// The ```sh blocks between "## CI recipes" and the next "## " heading.
fn recipes() -> Vec<String> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("\n## CI recipes\n")
        .expect("a CI recipes section");
    let section = &readme[start + 1..];
    let end = section[3..].find("\n## ").map_or(section.len(), |i| i + 3);
    let mut blocks = Vec::new();
    let mut lines = section[..end].lines();
    while let Some(line) = lines.next() {
        if line.trim() == "```sh" {
            let block: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
            blocks.push(block.join("\n"));
        }
    }
    blocks
}

fn run_recipe(sandbox: &Sandbox, script: &str) -> support::Run {
    let run = run_in_bash(sandbox, script);
    assert_eq!(run.code, 0, "{script}\n{}", run.stderr);
    run
}

fn run_in_bash(sandbox: &Sandbox, script: &str) -> support::Run {
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_wkv"))
        .parent()
        .unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    // The recipe runs in bash with the environment the sandbox gives wkv (its own HOME, the
    // server's variables), and nothing else.
    let command = sandbox.command();
    let mut bash = Command::new("bash");
    bash.current_dir(sandbox.path());
    bash.env_clear();
    for (name, value) in command.get_envs() {
        if let Some(value) = value {
            bash.env(name, value);
        }
    }
    bash.env("PATH", path)
        .args(["-euo", "pipefail", "-c", script]);
    support::Run::from(bash.output().expect("run bash"))
}

/// The two accounts of the pipeline and a sandbox (the CI runner) set up for all five recipes:
/// a wrangler config binding `CACHE` locally, the seed file, the assets directory, and the
/// staging account's own namespace and credentials.
struct Pipeline {
    production: Server,
    staging: Server,
    sandbox: Sandbox,
    in_staging: Sandbox,
    staging_ns: String,
}

fn pipeline() -> Pipeline {
    let production = Server::launch(tempfile::tempdir().unwrap(), Some("production-token"), &[]);
    let staging = Server::launch(tempfile::tempdir().unwrap(), Some("staging-token"), &[]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&production);
    sandbox.set_env("CI", "true");
    sandbox.write(
        "wrangler.toml",
        "name = \"app\"\n[[kv_namespaces]]\nbinding = \"CACHE\"\nid = \"local-cache\"\n",
    );
    sandbox.write(
        "seed.json",
        serde_json::to_vec(&json!([
            {"key": "config:theme", "value": "dark"},
            {"key": "config:flags", "value": "{\"beta\":true}"},
        ]))
        .unwrap(),
    );
    sandbox.write("public/index.html", "<h1>hello</h1>");
    sandbox.write("public/img/logo.bin", [0u8, 1, 2, 255]);
    let mut in_staging = Sandbox::new();
    in_staging.use_server(&staging);
    let staging_ns = in_staging.create_namespace("cache");
    sandbox.set_env("STAGING_API_TOKEN", &staging.token);
    sandbox.set_env("STAGING_ACCOUNT_ID", ACCOUNT_ID);
    // Where the staging account's API is: in a real pipeline, Cloudflare's for both.
    sandbox.set_env("WKV_TO_API_BASE_URL", &staging.base_url);
    Pipeline {
        production,
        staging,
        sandbox,
        in_staging,
        staging_ns,
    }
}

#[test]
fn every_ci_recipe_in_the_readme_works() {
    let blocks = recipes();
    assert_eq!(blocks.len(), 5, "{blocks:#?}");
    // Every field bound: the servers stop when dropped.
    let Pipeline {
        sandbox,
        in_staging,
        staging_ns,
        production: _production,
        staging: _staging,
    } = pipeline();

    // 1. Seed idempotently: twice gives one namespace and the same keys.
    for _ in 0..2 {
        let run = run_recipe(&sandbox, &blocks[0]);
        assert!(!run.stderr.contains("local state only"), "{}", run.stderr);
    }
    let namespaces = sandbox.run(&["namespace", "list"]).success().json();
    assert_eq!(namespaces.as_array().unwrap().len(), 1, "{namespaces}");
    let ns = sandbox
        .run(&["namespace", "id", "cache"])
        .success()
        .stdout_text();
    let ns = ns.trim();
    let result: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("seed-result.json")).unwrap())
            .unwrap();
    assert_eq!(
        result["unchanged"],
        json!(2),
        "the second run rewrote keys: {result}"
    );
    assert_eq!(result["written"], json!(0));

    // 2. Sync a directory.
    run_recipe(&sandbox, &blocks[1]);
    assert_eq!(
        sandbox
            .run(&[
                "key",
                "get",
                "assets/img/logo.bin",
                "--namespace-id",
                ns,
                "--remote"
            ])
            .success()
            .stdout,
        [0, 1, 2, 255]
    );
    // The seed, run again, leaves the assets alone.
    run_recipe(&sandbox, &blocks[0]);
    let result: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("seed-result.json")).unwrap())
            .unwrap();
    assert_eq!(
        (&result["written"], &result["deleted"]),
        (&json!(0), &json!(0)),
        "{result}"
    );

    // 3. Pull production into local dev state.
    run_recipe(&sandbox, &blocks[2]);
    assert_eq!(
        sandbox
            .run(&[
                "key",
                "get",
                "config:theme",
                "--binding",
                "CACHE",
                "--local"
            ])
            .success()
            .stdout,
        b"dark"
    );

    // 4. Nightly backup: a file bulk put restores.
    run_recipe(&sandbox, &blocks[3]);
    let backup = std::fs::read_dir(sandbox.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("backup-") && n.ends_with(".json"))
        .expect("a dated backup file");
    let saved: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join(&backup)).unwrap()).unwrap();
    assert_eq!(saved.as_array().unwrap().len(), 4);

    // 5. Copy between accounts: staging has its own token and account.
    let run = run_recipe(&sandbox, &blocks[4]);
    let exported = |s: &Sandbox, id: &str| {
        s.run(&["bulk", "export", "-", "--namespace-id", id, "--remote"])
            .success()
            .json()
    };
    assert_eq!(exported(&in_staging, &staging_ns), exported(&sandbox, ns));
    assert!(!run.stderr.contains("staging-token"));
}

/// The `written` and `deleted` of every transfer the step summary recorded.
fn summary_counts(markdown: &str) -> Vec<(String, u64, u64)> {
    let mut counts = Vec::new();
    let mut title = String::new();
    for line in markdown.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            title = heading.to_string();
        } else if line.starts_with("| ") && line[2..].starts_with(|c: char| c.is_ascii_digit()) {
            let cells: Vec<u64> = line
                .split('|')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(|c| c.parse::<f64>().unwrap() as u64)
                .collect();
            counts.push((title.clone(), cells[0], cells[2]));
        }
    }
    counts
}

/// All five recipes, in order, as one pipeline, twice. The second run must write and delete
/// nothing: by what each step reports (GitHub Actions' step summary), and by the state of both
/// accounts and of local state, compared file by file and row by row (a rewrite gives a value a
/// new blob id, so even a write of the same bytes shows).
#[test]
fn the_pipeline_of_all_recipes_converges_a_second_run_writes_and_deletes_nothing() {
    let blocks = recipes();
    let Pipeline {
        production,
        staging,
        mut sandbox,
        ..
    } = pipeline();
    let states = |sandbox: &Sandbox| {
        (
            support::snapshot(&production.kv_root()),
            support::snapshot(&staging.kv_root()),
            support::snapshot(&sandbox.kv_root()),
        )
    };
    let run_pipeline = |sandbox: &Sandbox| {
        for block in &blocks {
            run_recipe(sandbox, block);
        }
    };
    let first_summary = sandbox.path().join("first-summary.md");
    sandbox.set_env("GITHUB_STEP_SUMMARY", first_summary.to_str().unwrap());
    run_pipeline(&sandbox);
    let first = summary_counts(&std::fs::read_to_string(&first_summary).unwrap());
    assert_eq!(first.len(), 4, "{first:?}");
    assert!(
        first.iter().all(|(_, written, _)| *written > 0),
        "{first:?}"
    );
    let after_first = states(&sandbox);

    let second_summary = sandbox.path().join("second-summary.md");
    sandbox.set_env("GITHUB_STEP_SUMMARY", second_summary.to_str().unwrap());
    run_pipeline(&sandbox);
    let second = summary_counts(&std::fs::read_to_string(&second_summary).unwrap());
    assert_eq!(second.len(), 4, "{second:?}");
    for (step, written, deleted) in &second {
        assert_eq!(
            (*written, *deleted),
            (0, 0),
            "{step} changed the target again"
        );
    }
    let after_second = states(&sandbox);
    assert!(
        after_first == after_second,
        "the second run changed the state"
    );
    // Nothing was lost on the way either: production holds the seed and the assets.
    let ns = sandbox
        .run(&["namespace", "id", "cache"])
        .success()
        .stdout_text();
    assert_eq!(
        key_names(&sandbox, ns.trim()),
        [
            "assets/img/logo.bin",
            "assets/index.html",
            "config:flags",
            "config:theme"
        ]
    );
}

/// The names of the keys of a remote namespace, in order.
fn key_names(sandbox: &Sandbox, id: &str) -> Vec<String> {
    sandbox
        .run(&["key", "list", "--namespace-id", id, "--remote"])
        .success()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["name"].as_str().unwrap().to_string())
        .collect()
}

/// The exclusion the seed recipe relies on: an item of the file that matches it is refused
/// before anything is written, and a copy with --sync neither copies nor deletes what it
/// matches.
#[test]
fn exclude_leaves_keys_alone_and_refuses_file_items_it_matches() {
    let production = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&production);
    let ns = sandbox.create_namespace("owned");
    sandbox.seed(
        &json!([{"key": "assets/a", "value": "A"}, {"key": "old", "value": "gone"}]),
        &["--namespace-id", &ns, "--remote"],
    );
    let before = support::snapshot(&production.kv_root());
    sandbox.write(
        "bad.json",
        r#"[{"key": "assets/b", "value": "B"}, {"key": "x", "value": "1"}]"#,
    );
    let run = sandbox.run(&[
        "bulk",
        "put",
        "bad.json",
        "--namespace-id",
        &ns,
        "--remote",
        "--sync",
        "--exclude",
        "assets/*",
    ]);
    run.expect(2);
    assert!(
        run.stderr
            .contains("1 item of the file matches --exclude: assets/b"),
        "{}",
        run.stderr
    );
    assert!(
        support::snapshot(&production.kv_root()) == before,
        "nothing was written"
    );

    sandbox.write("good.json", r#"[{"key": "x", "value": "1"}]"#);
    sandbox
        .run(&[
            "bulk",
            "put",
            "good.json",
            "--namespace-id",
            &ns,
            "--remote",
            "--sync",
            "--exclude",
            "assets/*",
        ])
        .success();
    assert_eq!(
        key_names(&sandbox, &ns),
        ["assets/a", "x"],
        "`old` deleted, assets/a kept"
    );

    let copy = sandbox.create_namespace("mirror");
    sandbox.seed(
        &json!([{"key": "assets/mine", "value": "M"}, {"key": "stale", "value": "S"}]),
        &["--namespace-id", &copy, "--remote"],
    );
    sandbox
        .run(&[
            "copy",
            &format!("remote:{ns}"),
            &format!("remote:{copy}"),
            "--sync",
            "--exclude",
            "assets/*",
        ])
        .success();
    assert_eq!(key_names(&sandbox, &copy), ["assets/mine", "x"]);
}
