//! Runs the shell blocks of the README's "CI recipes" section, in order, with the real `wkv` on
//! PATH against two `wkv serve` processes (production and staging accounts), and checks what each
//! recipe did. A recipe edited in the README is tested as written.

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

#[test]
fn every_ci_recipe_in_the_readme_works() {
    let blocks = recipes();
    assert_eq!(blocks.len(), 5, "{blocks:#?}");
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

    // 1. Seed idempotently: twice gives one namespace and the same keys.
    for _ in 0..2 {
        let run = run_recipe(&sandbox, &blocks[0]);
        assert_eq!(run.code, 0, "{}", run.stderr);
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
    let run = run_recipe(&sandbox, &blocks[1]);
    assert_eq!(run.code, 0, "{}", run.stderr);
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

    // 3. Pull production into local dev state.
    let run = run_recipe(&sandbox, &blocks[2]);
    assert_eq!(run.code, 0, "{}", run.stderr);
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
    let run = run_recipe(&sandbox, &blocks[3]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let backup = std::fs::read_dir(sandbox.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("backup-") && n.ends_with(".json"))
        .expect("a dated backup file");
    let saved: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join(&backup)).unwrap()).unwrap();
    assert_eq!(saved.as_array().unwrap().len(), 4);

    // 5. Copy between accounts: staging has its own token and account.
    let mut in_staging = Sandbox::new();
    in_staging.use_server(&staging);
    let staging_ns = in_staging.create_namespace("cache");
    sandbox.set_env("STAGING_API_TOKEN", &staging.token);
    sandbox.set_env("STAGING_ACCOUNT_ID", ACCOUNT_ID);
    // Where the staging account's API is: in a real pipeline, Cloudflare's for both.
    sandbox.set_env("WKV_TO_API_BASE_URL", &staging.base_url);
    let run = run_recipe(&sandbox, &blocks[4]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let exported = |s: &Sandbox, id: &str| {
        s.run(&["bulk", "export", "-", "--namespace-id", id, "--remote"])
            .success()
            .json()
    };
    assert_eq!(exported(&in_staging, &staging_ns), exported(&sandbox, ns));
    assert!(!run.stderr.contains("staging-token"));
}
