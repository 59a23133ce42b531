//! Remote mode through the real binary against a real `wkv serve`: namespace commands,
//! credentials and authentication, account resolution, error codes.

use crate::support::{Sandbox, Server, ACCOUNT_ID};
use serde_json::json;

fn remote_sandbox(server: &Server) -> Sandbox {
    let mut sandbox = Sandbox::new();
    sandbox.use_server(server);
    sandbox
}

fn namespaces(sandbox: &Sandbox) -> Vec<serde_json::Value> {
    sandbox
        .run(&["namespace", "list"])
        .success()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn namespace_create_list_rename_delete() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    assert_eq!(
        sandbox.run(&["namespace", "list"]).success().stdout,
        b"[]\n"
    );

    let created = sandbox.run(&["namespace", "create", "my-cache"]);
    created.success();
    let snippet = created.stdout_text();
    // No config file: JSON, as wrangler prints it.
    assert!(
        snippet.starts_with(
            "{\n  \"kv_namespaces\": [\n    {\n      \"binding\": \"my_cache\",\n      \"id\": \""
        ),
        "{snippet}"
    );
    let listed = namespaces(&sandbox);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["title"], "my-cache");
    let id = listed[0]["id"].as_str().unwrap().to_string();
    assert!(snippet.contains(&id));

    // A duplicate title is the API's 10014: bad input, nothing created, exit 2.
    let duplicate = sandbox.run(&["namespace", "create", "my-cache"]);
    duplicate.expect(2);
    assert!(duplicate.stderr.contains("10014"), "{}", duplicate.stderr);

    // --preview and --env shape the title and the snippet.
    let preview = sandbox.run(&[
        "namespace",
        "create",
        "my-cache",
        "--preview",
        "-e",
        "staging",
    ]);
    preview.success();
    assert!(
        preview.stdout_text().contains("\"preview_id\": \""),
        "{}",
        preview.stdout_text()
    );
    let titles: Vec<String> = namespaces(&sandbox)
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_string())
        .collect();
    assert!(
        titles.contains(&"staging-my-cache_preview".to_string()),
        "{titles:?}"
    );

    sandbox
        .run(&["namespace", "rename", "my-cache", "--new-name", "renamed"])
        .success();
    assert!(namespaces(&sandbox)
        .iter()
        .any(|n| n["id"] == id.as_str() && n["title"] == "renamed"));
    sandbox
        .run(&[
            "namespace",
            "rename",
            "--namespace-id",
            &id,
            "--new-name",
            "again",
        ])
        .success();
    sandbox
        .run(&["namespace", "rename", "nope", "--new-name", "x"])
        .expect(3);

    // Off a terminal, delete refuses without -y and changes nothing.
    let refused = sandbox.run(&["namespace", "delete", "again"]);
    refused.expect(2);
    assert!(refused.stderr.contains("-y"), "{}", refused.stderr);
    assert_eq!(namespaces(&sandbox).len(), 2);
    sandbox
        .run(&["namespace", "delete", "again", "-y"])
        .success();
    assert_eq!(namespaces(&sandbox).len(), 1);
    sandbox
        .run(&["namespace", "delete", "--namespace-id", &id, "-y"])
        .expect(3);
}

#[test]
fn namespace_create_in_a_json_config_prints_json_and_can_update_it() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    sandbox.write(
        "wrangler.jsonc",
        "{\n  // my worker\n  \"name\": \"w\",\n  \"kv_namespaces\": []\n}\n",
    );
    let created = sandbox.run(&["namespace", "create", "sessions"]);
    let snippet = created.success().json();
    let id = snippet["kv_namespaces"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        snippet,
        json!({"kv_namespaces": [{"binding": "sessions", "id": id}]})
    );

    sandbox
        .run(&["namespace", "create", "cache", "--update-config"])
        .success();
    let config = std::fs::read_to_string(sandbox.path().join("wrangler.jsonc")).unwrap();
    assert!(
        config.contains("// my worker"),
        "comments survive: {config}"
    );
    // The binding written into the config now works for key commands.
    sandbox
        .run(&["key", "put", "k", "v", "--binding", "cache", "--remote"])
        .success();
    assert_eq!(
        sandbox
            .run(&["key", "get", "k", "--binding", "cache", "--remote"])
            .success()
            .stdout,
        b"v"
    );

    // A TOML config is refused before anything is created.
    let toml = remote_sandbox(&server);
    toml.write("wrangler.toml", "name = \"w\"\n");
    let before = namespaces(&toml).len();
    toml.run(&["namespace", "create", "x", "--update-config"])
        .expect(2);
    assert_eq!(namespaces(&toml).len(), before);
}

#[test]
fn missing_credentials_say_which_variables_to_set() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    let run = sandbox.run(&["key", "list", "--namespace-id", "abc", "--remote"]);
    run.expect(2);
    assert!(
        run.stderr.contains("CLOUDFLARE_API_TOKEN"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("CLOUDFLARE_API_KEY") && run.stderr.contains("CLOUDFLARE_EMAIL"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn a_wrong_token_is_refused_and_never_echoed() {
    let server = Server::start();
    let mut sandbox = remote_sandbox(&server);
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "wrong-secret-value");
    let run = sandbox.run(&["namespace", "list", "-v"]);
    run.expect(1);
    assert!(
        run.stderr.contains("10000") || run.stderr.contains("Authentication"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("wrong-secret-value"),
        "the token leaked: {}",
        run.stderr
    );
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
}

#[test]
fn legacy_key_and_email_headers_work_against_a_server_without_a_token() {
    let server = Server::start_without_token();
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_API_KEY", "legacy-key");
    sandbox.set_env("CLOUDFLARE_EMAIL", "me@example.com");
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
    sandbox.run(&["namespace", "create", "legacy"]).success();
    assert_eq!(namespaces(&sandbox).len(), 1);
}

#[test]
fn the_account_comes_from_the_api_when_not_configured() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_API_TOKEN", &server.token);
    sandbox.run(&["namespace", "create", "found"]).success();
    assert_eq!(namespaces(&sandbox).len(), 1);
}

#[test]
fn an_unknown_namespace_exits_3() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let run = sandbox.run(&[
        "key",
        "get",
        "k",
        "--namespace-id",
        "0123456789abcdef0123456789abcdef",
        "--remote",
    ]);
    run.expect(3);
    assert!(run.stderr.contains("10013"), "{}", run.stderr);
    assert!(
        run.stderr.contains("`wkv namespace list`"),
        "{}",
        run.stderr
    );
    // `namespace list` is always remote: no hint suggests --remote for it.
    assert!(
        !run.stderr.contains("namespace list --remote"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_clean_remote_bulk_put_summary_mentions_no_retries() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let id = sandbox.create_namespace("clean");
    sandbox.write(
        "items.json",
        r#"[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]"#,
    );
    let run = sandbox.run(&[
        "bulk",
        "put",
        "items.json",
        "--namespace-id",
        &id,
        "--remote",
    ]);
    let summary = run
        .success()
        .stderr
        .lines()
        .find(|l| l.starts_with("Wrote"))
        .unwrap_or_else(|| panic!("no summary: {}", run.stderr))
        .to_string();
    assert!(summary.starts_with("Wrote 2 items"), "{summary}");
    assert!(summary.contains(" in 1 request, "), "{summary}");
    assert!(
        !summary.contains("retried") && !summary.contains("resent"),
        "{summary}"
    );
}

#[test]
fn data_written_through_the_server_is_local_state() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let id = sandbox.create_namespace("shared");
    sandbox
        .run(&[
            "key",
            "put",
            "k",
            "through the API",
            "--namespace-id",
            &id,
            "--remote",
        ])
        .success();
    let persist = server.state_dir.path().to_str().unwrap().to_string();
    let local = sandbox.run(&[
        "key",
        "get",
        "k",
        "--namespace-id",
        &id,
        "--local",
        "--persist-to",
        &persist,
    ]);
    assert_eq!(local.success().stdout, b"through the API");
    let listed = sandbox
        .run(&["namespace", "list", "--local", "--persist-to", &persist])
        .success()
        .json();
    assert_eq!(listed, json!([{"id": id}]));
}

#[test]
fn a_binding_clash_in_the_config_is_refused_before_anything_is_created() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let kept = sandbox.create_namespace("kept");
    let config = format!(
        "{{\n  \"name\": \"w\",\n  \"kv_namespaces\": [{{ \"binding\": \"CACHE\", \"id\": \"{kept}\" }}]\n}}\n"
    );
    sandbox.write("wrangler.json", &config);
    let before = namespaces(&sandbox);
    for args in [
        &["namespace", "create", "other", "--binding", "CACHE"][..],
        &["namespace", "create", "CACHE", "--update-config"],
        // --if-not-exists: a namespace of that title that is not the bound one clashes too.
        &[
            "namespace",
            "create",
            "other",
            "--binding",
            "CACHE",
            "--if-not-exists",
        ],
    ] {
        let refused = sandbox.run(args);
        refused.expect(2);
        assert!(
            refused.stderr.starts_with(&format!(
                "error: the binding \"CACHE\" in `{}` already has \"id\": \"{kept}\"; wkv does not replace it",
                sandbox.path().join("wrangler.json").display()
            )),
            "{args:?}: {}",
            refused.stderr
        );
        assert!(
            refused.stderr.contains("hint: nothing was created"),
            "{}",
            refused.stderr
        );
        assert!(refused.stdout.is_empty(), "{args:?}");
        assert_eq!(namespaces(&sandbox), before, "{args:?} changed the account");
        assert_eq!(
            std::fs::read_to_string(sandbox.path().join("wrangler.json")).unwrap(),
            config
        );
    }
    // The preview slot of the same binding is free: --preview adds the preview_id.
    sandbox
        .run(&[
            "namespace",
            "create",
            "other",
            "--binding",
            "CACHE",
            "--preview",
        ])
        .success();
    assert_eq!(namespaces(&sandbox).len(), before.len() + 1);
}

#[test]
fn experimental_mode_instant_is_sent_stored_and_listed() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    for (flag, title) in [("--experimental-mode", "fast"), ("--x-mode", "fast-2")] {
        let created = sandbox.run(&["namespace", "create", title, flag, "instant"]);
        created.success();
        assert!(
            created.stderr.contains(&format!(
                "Creating namespace with title `{title}` (mode: instant)"
            )),
            "{}",
            created.stderr
        );
    }
    sandbox.run(&["namespace", "create", "classic"]).success();
    let listed = namespaces(&sandbox);
    let mode_of = |title: &str| {
        listed
            .iter()
            .find(|n| n["title"] == title)
            .map(|n| n["mode"].clone())
            .unwrap()
    };
    assert_eq!(mode_of("fast"), json!("instant"));
    assert_eq!(mode_of("fast-2"), json!("instant"));
    assert_eq!(mode_of("classic"), serde_json::Value::Null);
    // Refused with a jurisdiction, and any mode but `instant`, before any request.
    let before = namespaces(&sandbox).len();
    for args in [
        &[
            "namespace",
            "create",
            "x",
            "--x-mode",
            "instant",
            "--jurisdiction",
            "eu",
        ][..],
        &["namespace", "create", "x", "--x-mode", "slow"],
    ] {
        sandbox.run(args).expect(2);
    }
    assert_eq!(namespaces(&sandbox).len(), before);
}

#[test]
fn binding_errors_use_wrangler_4_164s_words() {
    let server = Server::start();
    let sandbox = remote_sandbox(&server);
    let get = ["key", "get", "k", "--binding", "CACHE", "--remote"];
    let run = sandbox.run(&get);
    run.expect(2);
    assert!(
        run.stderr.starts_with("error: No wrangler config file found. Use `--namespace-id` to specify the KV namespace directly, or create a wrangler.json with a \"kv_namespaces\" section."),
        "{}",
        run.stderr
    );
    sandbox.write("wrangler.json", "{\"name\": \"w\"}");
    let run = sandbox.run(&get);
    run.expect(3);
    assert!(
        run.stderr.starts_with("error: No KV namespaces are configured in your wrangler config file. Use `--namespace-id` to specify the namespace directly, or add a \"kv_namespaces\" entry to your config."),
        "{}",
        run.stderr
    );
    sandbox.write(
        "wrangler.json",
        "{\"name\": \"w\", \"kv_namespaces\": [{\"binding\": \"CACHE\", \"id\": \"abc\"}]}",
    );
    let run = sandbox.run(&[
        "key",
        "get",
        "k",
        "--binding",
        "CACHE",
        "--remote",
        "--preview",
    ]);
    run.expect(2);
    assert!(
        run.stderr.starts_with("error: No preview namespace ID is configured for binding \"CACHE\". Add a \"preview_id\" to the \"CACHE\" entry in your config's \"kv_namespaces\" section, or use `--namespace-id` to specify a preview namespace directly."),
        "{}",
        run.stderr
    );
    let run = sandbox.run(&[
        "key",
        "get",
        "k",
        "--binding",
        "CACHE",
        "--namespace-id",
        "abc",
    ]);
    run.expect(2);
    assert_eq!(
        run.stderr,
        "error: Conflicting options: --binding and --namespace-id cannot be used together. Please provide only one.\n"
    );
}
