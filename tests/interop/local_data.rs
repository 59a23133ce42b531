//! The real wrangler and wkv on the same data: local state written by either tool is read by
//! the other, and remote commands of both against one `wkv serve`.

use std::process::Command;

use crate::support::{Sandbox, Server, ACCOUNT_ID};
use serde_json::json;

/// Runs wrangler in the sandbox with the sandbox's environment; returns (code, stdout, stderr).
fn run_wrangler(
    wrangler: &str,
    sandbox: &Sandbox,
    args: &[&str],
    env: &[(&str, &str)],
) -> (i32, String, String) {
    let mut command = Command::new(wrangler);
    command
        .current_dir(sandbox.path())
        .args(args)
        .env("WRANGLER_SEND_METRICS", "false");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("run wrangler");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn local_state_written_by_either_tool_is_read_by_the_other() {
    let wrangler = crate::wrangler::path();
    let sandbox = Sandbox::new();
    sandbox.write("wrangler.toml", "name = \"interop\"\n[[kv_namespaces]]\nbinding = \"DATA\"\nid = \"0f2ac74b498b48028cb68387c421e279\"\n");
    let (code, _, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &[
            "kv",
            "key",
            "put",
            "from-wrangler",
            "w-value",
            "--binding",
            "DATA",
            "--local",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        sandbox
            .run(&["key", "get", "from-wrangler", "--binding", "DATA"])
            .success()
            .stdout,
        b"w-value"
    );

    sandbox
        .run(&[
            "key",
            "put",
            "from-wkv",
            "k-value",
            "--binding",
            "DATA",
            "--metadata",
            r#"{"by":"wkv"}"#,
        ])
        .success();
    let (code, stdout, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &[
            "kv",
            "key",
            "get",
            "from-wkv",
            "--binding",
            "DATA",
            "--local",
        ],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("k-value"), "{stdout}");

    // Both tools list the same keys, byte for byte.
    let (code, wrangler_list, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &["kv", "key", "list", "--binding", "DATA", "--local"],
        &[],
    );
    assert_eq!(code, 0, "{stderr}");
    let wkv_list = sandbox.run(&["key", "list", "--binding", "DATA"]);
    assert_eq!(wkv_list.success().stdout_text(), wrangler_list);
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn wrangler_remote_commands_work_against_wkv_serve() {
    let wrangler = crate::wrangler::path();
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let env = [
        ("CLOUDFLARE_API_BASE_URL", server.base_url.as_str()),
        ("CLOUDFLARE_API_TOKEN", server.token.as_str()),
        ("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID),
    ];
    let (code, _, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &["kv", "namespace", "create", "interop"],
        &env,
    );
    assert_eq!(code, 0, "{stderr}");
    let listed = sandbox.run(&["namespace", "list"]).success().json();
    let id = listed[0]["id"].as_str().unwrap().to_string();

    sandbox.write(
        "items.json",
        json!([{"key": "a", "value": "1"}, {"key": "b", "value": "2", "metadata": {"m": 1}}])
            .to_string(),
    );
    let (code, _, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &[
            "kv",
            "bulk",
            "put",
            "items.json",
            "--namespace-id",
            &id,
            "--remote",
        ],
        &env,
    );
    assert_eq!(code, 0, "{stderr}");
    let (code, wrangler_list, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &["kv", "key", "list", "--namespace-id", &id, "--remote"],
        &env,
    );
    assert_eq!(code, 0, "{stderr}");
    let wkv_list = sandbox.run(&["key", "list", "--namespace-id", &id, "--remote"]);
    assert_eq!(wkv_list.success().stdout_text(), wrangler_list);

    sandbox
        .run(&[
            "key",
            "put",
            "c",
            "from wkv",
            "--namespace-id",
            &id,
            "--remote",
        ])
        .success();
    let (code, stdout, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &["kv", "key", "get", "c", "--namespace-id", &id, "--remote"],
        &env,
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("from wkv"), "{stdout}");
    sandbox.write("names.json", r#"["a", "b"]"#);
    let (code, _, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &[
            "kv",
            "bulk",
            "delete",
            "names.json",
            "--namespace-id",
            &id,
            "--remote",
            "--force",
        ],
        &env,
    );
    assert_eq!(code, 0, "{stderr}");
    let left = sandbox
        .run(&["key", "list", "--namespace-id", &id, "--remote"])
        .success()
        .json();
    assert_eq!(left, json!([{"name": "c"}]));
}
