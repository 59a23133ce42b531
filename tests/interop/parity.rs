//! wkv and the real wrangler side by side against the same `wkv serve`: `namespace list` order,
//! `namespace create`'s snippet and config edit, and the bulk files both refuse.

use std::process::Command;

use crate::support::{Run, Sandbox, Server, ACCOUNT_ID};
use serde_json::{json, Value};

/// Runs wrangler in the sandbox against the server, with HOME inside the sandbox.
fn run_wrangler(wrangler: &str, sandbox: &Sandbox, server: &Server, args: &[&str]) -> Run {
    let home = sandbox.path().join(".wrangler-home");
    let output = Command::new(wrangler)
        .current_dir(sandbox.path())
        .args(args)
        .env("CLOUDFLARE_API_BASE_URL", &server.base_url)
        .env("CLOUDFLARE_API_TOKEN", &server.token)
        .env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID)
        .env("WRANGLER_SEND_METRICS", "false")
        .env("NO_COLOR", "1")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env_remove("CI")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run wrangler");
    Run::from(output)
}

fn remote(server: &Server) -> Sandbox {
    let mut sandbox = Sandbox::new();
    sandbox.use_server(server);
    sandbox
}

/// The first JSON object or array printed on its own lines in `text` (wrangler prints
/// status lines around its snippet on stdout).
fn json_block(text: &str) -> Value {
    let lines: Vec<&str> = text.lines().collect();
    for start in 0..lines.len() {
        if lines[start] != "{" && lines[start] != "[" {
            continue;
        }
        for end in start..lines.len() {
            if let Ok(value) = serde_json::from_str(&lines[start..=end].join("\n")) {
                return value;
            }
        }
    }
    panic!("no JSON block in:\n{text}")
}

/// Replaces every 32-hex namespace id in `value` by `ID`, so two creations compare.
fn without_ids(value: &Value) -> Value {
    match value {
        Value::String(s) if s.len() == 32 && s.chars().all(|c| c.is_ascii_hexdigit()) => {
            json!("ID")
        }
        Value::Array(items) => Value::Array(items.iter().map(without_ids).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), without_ids(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn namespace_list_matches_wrangler_in_title_order() {
    let wrangler = crate::wrangler::path();
    let server = Server::start();
    std::fs::create_dir_all(server.kv_root()).unwrap();
    std::fs::write(
        server.kv_root().join("wkv-namespaces.json"),
        json!({
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": "zeta",
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": "mid",
            "cccccccccccccccccccccccccccccccc": "alpha",
        })
        .to_string(),
    )
    .unwrap();
    let sandbox = remote(&server);
    let theirs = run_wrangler(&wrangler, &sandbox, &server, &["kv", "namespace", "list"]);
    theirs.success();
    let ours = sandbox.run(&["namespace", "list"]);
    ours.success();
    assert_eq!(ours.json(), json_block(&theirs.stdout_text()));
    assert_eq!(ours.json()[0]["title"], "alpha");
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn namespace_create_snippet_and_config_edit_match_wrangler() {
    let wrangler = crate::wrangler::path();
    let server = Server::start();
    for (round, (config_name, config)) in [
        ("wrangler.jsonc", "{\n  \"name\": \"w\"\n}\n"),
        ("wrangler.toml", "name = \"w\"\n"),
    ]
    .into_iter()
    .enumerate()
    {
        for flags in [
            &["--binding", "MY_KV"][..],
            &["--binding", "my-kv", "--use-remote"],
            &[],
        ] {
            let created = |tool: &str, title: &str| -> (Value, String, String) {
                let sandbox = remote(&server);
                sandbox.write(config_name, config);
                let mut args = vec!["namespace", "create", title];
                args.extend(flags);
                let run = if tool == "wrangler" {
                    let mut full = vec!["kv"];
                    full.extend(&args);
                    run_wrangler(&wrangler, &sandbox, &server, &full)
                } else {
                    sandbox.run(&args)
                };
                run.success();
                let stdout = run.stdout_text();
                let snippet = if config_name.ends_with(".toml") {
                    // The TOML snippet: from `[[kv_namespaces]]` to the next blank line.
                    let start = stdout.find("[[kv_namespaces]]").expect(&stdout);
                    let text = &stdout[start..];
                    let end = text.find("\n\n").map_or(text.len(), |at| at + 1);
                    json!(text[..end].to_string())
                } else {
                    json_block(&stdout)
                };
                let written = std::fs::read_to_string(sandbox.path().join(config_name)).unwrap();
                (without_ids(&snippet), written, stdout)
            };
            let title = format!("t{round}{}", flags.len());
            let (their_snippet, their_config, their_out) =
                created("wrangler", &format!("w-{title}"));
            let (our_snippet, our_config, our_out) = created("wkv", &format!("k-{title}"));
            let their_snippet = serde_json::to_string(&their_snippet)
                .unwrap()
                .replace("w-t", "x-t")
                .replace("w_t", "x_t");
            let our_snippet = serde_json::to_string(&our_snippet)
                .unwrap()
                .replace("k-t", "x-t")
                .replace("k_t", "x_t");
            let their_snippet = normalize_ids(&their_snippet);
            let our_snippet = normalize_ids(&our_snippet);
            assert_eq!(
                our_snippet, their_snippet,
                "{config_name} {flags:?}\nwkv: {our_out}\nwrangler: {their_out}"
            );
            if config_name.ends_with(".toml") {
                assert_eq!(our_config, config);
                assert_eq!(their_config, config);
            } else {
                let parse = |text: &str, prefix: &str| {
                    let value: Value = serde_json::from_str(text).unwrap();
                    normalize_ids(
                        &serde_json::to_string(&without_ids(&value))
                            .unwrap()
                            .replace(&format!("{prefix}-t"), "x-t")
                            .replace(&format!("{prefix}_t"), "x_t"),
                    )
                };
                assert_eq!(
                    parse(&our_config, "k"),
                    parse(&their_config, "w"),
                    "{flags:?}"
                );
            }
        }
    }
}

/// Namespace ids inside a serialized TOML snippet string, replaced by `ID`.
fn normalize_ids(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_hexdigit()) {
        out.push_str(&rest[..at]);
        let run: String = rest[at..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit())
            .collect();
        out.push_str(if run.len() == 32 { "ID" } else { &run });
        rest = &rest[at + run.len()..];
    }
    out.push_str(rest);
    out
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn bulk_files_wrangler_refuses_are_refused_by_wkv_too() {
    let wrangler = crate::wrangler::path();
    let server = Server::start();
    let sandbox = remote(&server);
    let id = sandbox.create_namespace("bulk-parity");
    sandbox
        .run(&["key", "put", "keep", "v", "--namespace-id", &id, "--remote"])
        .success();
    for (name, contents, verb) in [
        ("number.json", json!([{"key": "a", "value": 1}]), "put"),
        (
            "object.json",
            json!([{"key": "a", "value": {"n": 1}}]),
            "put",
        ),
        (
            "put-items.json",
            json!([{"key": "keep", "value": "v"}]),
            "delete",
        ),
        ("bad-names.json", json!([{"name": 5}]), "delete"),
        ("get-items.json", json!([{"key": "keep"}]), "get"),
    ] {
        sandbox.write(name, contents.to_string());
        let mut args = vec!["bulk", verb, name, "--namespace-id", &id, "--remote"];
        if verb == "delete" {
            args.push("--force");
        }
        let mut wrangler_args = vec!["kv"];
        wrangler_args.extend(&args);
        let theirs = run_wrangler(&wrangler, &sandbox, &server, &wrangler_args);
        assert_ne!(theirs.code, 0, "wrangler took {name}: {}", theirs.stderr);
        let ours = sandbox.run(&args);
        ours.expect(2);
        // Neither wrote or deleted anything.
        sandbox
            .run(&["key", "get", "a", "--namespace-id", &id, "--remote"])
            .expect(3);
        assert_eq!(
            sandbox
                .run(&["key", "get", "keep", "--namespace-id", &id, "--remote"])
                .success()
                .stdout,
            b"v"
        );
    }
}
