//! Behaviour that wrangler's own kv tests pin down (issue 12): namespace list order, `key put`
//! with both expiry flags, `namespace create` and the config file, bulk file validation, help
//! for command groups, and the checks wrangler added after 4.86. Key and bulk cases run
//! locally and against a real `wkv serve`; namespace commands are remote only, as in wrangler.

use crate::support;

use crate::support::{Run, Sandbox, Server};
use serde_json::{json, Value};

/// A sandbox in remote mode against its own `wkv serve`.
fn remote() -> (Sandbox, Server) {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    (sandbox, server)
}

fn namespaces(sandbox: &Sandbox) -> Vec<Value> {
    sandbox
        .run(&["namespace", "list"])
        .success()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

fn read(sandbox: &Sandbox, name: &str) -> String {
    std::fs::read_to_string(sandbox.path().join(name)).unwrap()
}

fn parse_jsonc(text: &str) -> Value {
    jsonc_value(text).unwrap_or_else(|| panic!("not JSONC: {text}"))
}

/// JSONC as wrangler reads it: comments and trailing commas allowed.
fn jsonc_value(text: &str) -> Option<Value> {
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            plain.push(c);
            if c == '\\' {
                plain.extend(chars.next());
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            plain.push(c);
        } else if c == '/' && chars.peek() == Some(&'/') {
            for c in chars.by_ref() {
                if c == '\n' {
                    plain.push('\n');
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    let no_trailing_commas = plain.replace(",\n}", "\n}").replace(",\n]", "\n]");
    serde_json::from_str(&no_trailing_commas).ok()
}

// ---------------------------------------------------------------------------------------------
// 1. namespace list: by title, as wrangler asks for it

#[test]
fn namespace_list_is_sorted_by_title_not_by_id() {
    let (sandbox, server) = remote();
    // Titles whose order is the reverse of their ids' (the server lists by id by default).
    std::fs::create_dir_all(server.kv_root()).unwrap();
    let titles = json!({
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa": "zeta",
        "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": "mid",
        "cccccccccccccccccccccccccccccccc": "alpha",
    });
    std::fs::write(
        server.kv_root().join("wkv-namespaces.json"),
        titles.to_string(),
    )
    .unwrap();
    let listed: Vec<String> = namespaces(&sandbox)
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, ["alpha", "mid", "zeta"]);

    // The server honours the API's own parameters, both ways.
    let base = format!(
        "{}/accounts/{}/storage/kv/namespaces",
        server.base_url,
        support::ACCOUNT_ID
    );
    let titles_of = |query: &str| -> Vec<String> {
        let response: Value = ureq_get(&format!("{base}?{query}"), &server.token);
        response["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["title"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(titles_of("order=id"), ["zeta", "mid", "alpha"]);
    assert_eq!(
        titles_of("order=title&direction=desc"),
        ["zeta", "mid", "alpha"]
    );
    assert_eq!(
        titles_of("order=id&direction=desc"),
        ["alpha", "mid", "zeta"]
    );

    // Deleting and renaming by title find the namespace in that listing.
    sandbox
        .run(&["namespace", "rename", "mid", "--new-name", "beta"])
        .success();
    sandbox
        .run(&["namespace", "delete", "zeta", "-y"])
        .success();
    let listed: Vec<String> = namespaces(&sandbox)
        .iter()
        .map(|n| n["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed, ["alpha", "beta"]);
    let missing = sandbox.run(&["namespace", "delete", "zeta", "-y"]);
    missing.expect(3);
    assert!(
        missing
            .stderr
            .contains("no KV namespace named \"zeta\" was found"),
        "{}",
        missing.stderr
    );
}

/// A GET with the bearer token (see `http`).
fn ureq_get(url: &str, token: &str) -> Value {
    http("GET", url, token, None).1
}

/// One request with the bearer token over a plain TCP connection (the tests have no HTTP
/// client); returns the status and the JSON body.
fn http(method: &str, url: &str, token: &str, body: Option<&str>) -> (u16, Value) {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap());
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    let body = body.unwrap_or("");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response[9..12].parse().unwrap();
    let payload = &response[response.find("\r\n\r\n").unwrap() + 4..];
    // The server may answer in chunks; the JSON is the one line that starts with `{`.
    let json = payload
        .lines()
        .find(|line| line.starts_with('{'))
        .unwrap_or_else(|| panic!("no JSON in {response}"));
    (status, serde_json::from_str(json).unwrap())
}

#[test]
fn the_server_takes_the_apis_jurisdictions_only() {
    let server = Server::start();
    let url = format!(
        "{}/accounts/{}/storage/kv/namespaces",
        server.base_url,
        support::ACCOUNT_ID
    );
    let (status, body) = http(
        "POST",
        &url,
        &server.token,
        Some(r#"{"title": "x", "jurisdiction": "mars"}"#),
    );
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["success"], false);
    let (status, body) = http(
        "POST",
        &url,
        &server.token,
        Some(r#"{"title": "y", "jurisdiction": "fedramp"}"#),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["result"]["jurisdiction"], "fedramp");
    let id = body["result"]["id"].as_str().unwrap();
    let (_, got) = http("GET", &format!("{url}/{id}"), &server.token, None);
    assert_eq!(got["result"]["jurisdiction"], "fedramp");
    // A rename keeps it; a delete forgets it.
    let (_, renamed) = http(
        "PUT",
        &format!("{url}/{id}"),
        &server.token,
        Some(r#"{"title": "z"}"#),
    );
    assert_eq!(renamed["result"]["jurisdiction"], "fedramp");
    http("DELETE", &format!("{url}/{id}"), &server.token, None);
    let (_, listed) = http("GET", &url, &server.token, None);
    assert_eq!(listed["result"], json!([]));
    let stored = std::fs::read_to_string(server.kv_root().join("wkv-jurisdictions.json")).unwrap();
    assert_eq!(serde_json::from_str::<Value>(&stored).unwrap(), json!({}));
}

// ---------------------------------------------------------------------------------------------
// 2. key put --expiration X --ttl Y: the TTL takes effect (the API decides; miniflare does so)

fn expiration_of(sandbox: &Sandbox, extra: &[&str], key: &str) -> i64 {
    let mut args = vec!["key", "list"];
    args.extend(extra);
    let listed = sandbox.run(&args).success().json();
    listed
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["name"] == key)
        .and_then(|k| k["expiration"].as_i64())
        .unwrap_or_else(|| panic!("no expiration for {key}: {listed}"))
}

fn both_expiry_flags(sandbox: &Sandbox, extra: &[&str]) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let mut args = vec![
        "key",
        "put",
        "both",
        "v",
        "--expiration",
        "4102444800",
        "--ttl",
        "600",
    ];
    args.extend(extra);
    sandbox.run(&args).success();
    let expiration = expiration_of(sandbox, extra, "both");
    assert!(
        (now + 590..now + 700).contains(&expiration),
        "the TTL wins: {expiration} (now {now})"
    );
    // With a TTL, an expiration in the past is not checked, as in miniflare.
    let mut args = vec![
        "key",
        "put",
        "past",
        "v",
        "--expiration",
        "1000",
        "--ttl",
        "600",
    ];
    args.extend(extra);
    sandbox.run(&args).success();
}

#[test]
fn key_put_with_expiration_and_ttl_locally() {
    let sandbox = Sandbox::new();
    both_expiry_flags(&sandbox, &["--namespace-id", "local-ns"]);
}

#[test]
fn key_put_with_expiration_and_ttl_remotely() {
    let (sandbox, _server) = remote();
    let id = sandbox.create_namespace("expiry");
    both_expiry_flags(&sandbox, &["--namespace-id", &id, "--remote"]);
}

/// What every place says of an expiration whose milliseconds do not fit in 64 bits.
const UNSTORABLE_EXPIRATION: &str = "Invalid expiration of 99999999999999999. Please specify an integer of at most 9223372036854775 seconds since the UNIX epoch.";

/// `key put` and `bulk put` refuse it before writing anything (exit 2), with the words serve
/// uses; so does a TTL that would end past it.
fn unstorable_expirations_are_refused(sandbox: &Sandbox, extra: &[&str]) {
    let mut args = vec!["key", "put", "e", "v", "--expiration", "99999999999999999"];
    args.extend(extra);
    let run = sandbox.run(&args);
    run.expect(2);
    assert!(run.stderr.contains(UNSTORABLE_EXPIRATION), "{}", run.stderr);

    let mut args = vec!["key", "put", "t", "v", "--ttl", "9223372036854775807"];
    args.extend(extra);
    let run = sandbox.run(&args);
    run.expect(2);
    assert!(
        run.stderr
            .contains("Invalid expiration_ttl of 9223372036854775807."),
        "{}",
        run.stderr
    );

    sandbox.write(
        "late.json",
        r#"[{"key":"ok","value":"v"},{"key":"late","value":"v","expiration":99999999999999999}]"#,
    );
    let mut args = vec!["bulk", "put", "late.json"];
    args.extend(extra);
    let run = sandbox.run(&args);
    run.expect(2);
    assert!(run.stderr.contains(UNSTORABLE_EXPIRATION), "{}", run.stderr);

    let mut args = vec!["key", "list"];
    args.extend(extra);
    assert_eq!(sandbox.run(&args).success().json(), json!([]));
}

#[test]
fn an_unstorable_expiration_is_refused_locally() {
    let sandbox = Sandbox::new();
    unstorable_expirations_are_refused(&sandbox, &["--namespace-id", "local-ns", "--local"]);
}

#[test]
fn an_unstorable_expiration_is_refused_remotely_and_by_serve_itself() {
    let (sandbox, server) = remote();
    let id = sandbox.create_namespace("expiry-bound");
    unstorable_expirations_are_refused(&sandbox, &["--namespace-id", &id, "--remote"]);
    // A client that does not check first (wrangler, curl) gets a 400 with the same words.
    let url = format!(
        "{}/accounts/{}/storage/kv/namespaces/{id}/values/e?expiration=99999999999999999",
        server.base_url,
        support::ACCOUNT_ID
    );
    let (status, body) = http("PUT", &url, &server.token, Some("v"));
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["errors"][0]["message"], UNSTORABLE_EXPIRATION);
    assert_eq!(
        sandbox
            .run(&["key", "list", "--namespace-id", &id, "--remote"])
            .success()
            .json(),
        json!([])
    );
}

// ---------------------------------------------------------------------------------------------
// 3. namespace create and the config file

#[test]
fn create_with_binding_adds_it_to_a_json_config_top_level_and_per_environment() {
    let (sandbox, _server) = remote();
    sandbox.write(
        "wrangler.jsonc",
        "{\n  // keep me\n  \"name\": \"w\",\n  \"env\": {\n    \"staging\": {\n      \"vars\": {}\n    }\n  }\n}\n",
    );
    let created = sandbox.run(&["namespace", "create", "cache", "--binding", "CACHE"]);
    created.success();
    let snippet = created.json();
    let id = snippet["kv_namespaces"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        snippet,
        json!({"kv_namespaces": [{"binding": "CACHE", "id": id}]})
    );
    let text = read(&sandbox, "wrangler.jsonc");
    assert!(text.contains("// keep me"), "{text}");
    let config = parse_jsonc(&text);
    assert_eq!(
        config["kv_namespaces"],
        json!([{"binding": "CACHE", "id": id}])
    );

    // -e writes under env.<name> only; the binding name is made an identifier, as wrangler does.
    sandbox
        .run(&[
            "namespace",
            "create",
            "cache",
            "-e",
            "staging",
            "--binding",
            "stage-cache",
        ])
        .success();
    let config = parse_jsonc(&read(&sandbox, "wrangler.jsonc"));
    let staged = &config["env"]["staging"]["kv_namespaces"];
    assert_eq!(staged[0]["binding"], "stage_cache", "{config}");
    let titles: Vec<Value> = namespaces(&sandbox)
        .iter()
        .map(|n| n["title"].clone())
        .collect();
    assert!(titles.contains(&json!("staging-cache")), "{titles:?}");
    assert_eq!(config["kv_namespaces"].as_array().unwrap().len(), 1);
    // The binding written works for key commands.
    sandbox
        .run(&["key", "put", "k", "v", "--binding", "CACHE", "--remote"])
        .success();
}

#[test]
fn off_a_terminal_without_binding_nothing_is_written() {
    let (sandbox, _server) = remote();
    let original = "{\n  \"name\": \"w\"\n}\n";
    sandbox.write("wrangler.json", original);
    let created = sandbox.run(&["namespace", "create", "quiet"]);
    created.success();
    assert_eq!(created.json()["kv_namespaces"][0]["binding"], "quiet");
    assert_eq!(read(&sandbox, "wrangler.json"), original);
}

#[test]
fn a_toml_config_gets_the_snippet_only() {
    let (sandbox, _server) = remote();
    let original = "name = \"w\"\n";
    sandbox.write("wrangler.toml", original);
    let created = sandbox.run(&[
        "namespace",
        "create",
        "t",
        "--binding",
        "T_KV",
        "--use-remote",
    ]);
    let snippet = created.success().stdout_text();
    let id = namespaces(&sandbox)[0]["id"].as_str().unwrap().to_string();
    assert_eq!(
        snippet,
        format!("[[kv_namespaces]]\nbinding = \"T_KV\"\nid = \"{id}\"\nremote = true\n")
    );
    assert_eq!(read(&sandbox, "wrangler.toml"), original);
}

#[test]
fn use_remote_marks_the_snippet_and_the_binding_written() {
    let (sandbox, _server) = remote();
    sandbox.write("wrangler.json", "{\"name\": \"w\", \"kv_namespaces\": []}");
    let created = sandbox.run(&[
        "namespace",
        "create",
        "far",
        "--binding",
        "FAR",
        "--use-remote",
    ]);
    let snippet = created.success().json();
    let id = snippet["kv_namespaces"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let entry = json!({"binding": "FAR", "id": id, "remote": true});
    assert_eq!(snippet, json!({"kv_namespaces": [entry]}));
    let config: Value = serde_json::from_str(&read(&sandbox, "wrangler.json")).unwrap();
    assert_eq!(config["kv_namespaces"], json!([entry]));
}

#[test]
fn jurisdiction_is_sent_shown_stored_and_listed() {
    let (sandbox, server) = remote();
    let created = sandbox.run(&["namespace", "create", "eu-data", "--jurisdiction", "eu"]);
    created.success();
    assert!(
        created.stderr.contains("(jurisdiction: eu)"),
        "{}",
        created.stderr
    );
    assert!(
        created.stderr.contains("in jurisdiction eu"),
        "the server's answer is shown: {}",
        created.stderr
    );
    sandbox.run(&["namespace", "create", "anywhere"]).success();
    let listed = namespaces(&sandbox);
    let eu = listed.iter().find(|n| n["title"] == "eu-data").unwrap();
    assert_eq!(eu["jurisdiction"], "eu");
    let other = listed.iter().find(|n| n["title"] == "anywhere").unwrap();
    assert!(other.get("jurisdiction").is_none(), "{other}");
    // Stored: a restarted server still knows it.
    let state = server.stop();
    let server = Server::launch(state, Some("test-token-1234"), &[]);
    let mut again = Sandbox::new();
    again.use_server(&server);
    let listed = namespaces(&again);
    assert_eq!(
        listed.iter().find(|n| n["title"] == "eu-data").unwrap()["jurisdiction"],
        "eu"
    );
    // Not one of the API's jurisdictions: refused before anything is sent.
    let bad = again.run(&["namespace", "create", "x", "--jurisdiction", "mars"]);
    bad.expect(2);
    assert_eq!(namespaces(&again).len(), 2);
}

#[cfg(unix)]
#[test]
fn on_a_terminal_create_asks_whether_and_how_to_add_the_binding() {
    let (sandbox, _server) = remote();
    sandbox.write("wrangler.jsonc", "{\n  \"name\": \"w\"\n}\n");
    let run = sandbox.run_in_terminal(
        &["namespace", "create", "asked"],
        &[
            ("add it to your config?", "y"),
            ("What binding name would you like to use?", "MY-KV"),
            ("instead of a local resource?", "y"),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.terminal);
    let snippet: Value = serde_json::from_slice(&run.stdout).unwrap();
    let id = snippet["kv_namespaces"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    // The snippet shows the default name; the file gets the name typed (made an identifier).
    assert_eq!(snippet["kv_namespaces"][0]["binding"], "asked");
    let config = parse_jsonc(&read(&sandbox, "wrangler.jsonc"));
    assert_eq!(
        config["kv_namespaces"],
        json!([{"binding": "MY_KV", "id": id, "remote": true}])
    );
    assert!(
        run.terminal.contains("Added binding `MY_KV`"),
        "{}",
        run.terminal
    );

    // Enter takes the defaults: yes, the suggested name, local.
    let run = sandbox.run_in_terminal(
        &["namespace", "create", "defaults"],
        &[
            ("add it to your config?", ""),
            ("What binding name would you like to use?", ""),
            ("instead of a local resource?", ""),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.terminal);
    let config = parse_jsonc(&read(&sandbox, "wrangler.jsonc"));
    let entry = &config["kv_namespaces"][1];
    assert_eq!(entry["binding"], "defaults", "{config}");
    assert!(entry.get("remote").is_none(), "{config}");

    // Declining writes nothing.
    let before = read(&sandbox, "wrangler.jsonc");
    let run = sandbox.run_in_terminal(
        &["namespace", "create", "declined"],
        &[("add it to your config?", "n")],
    );
    assert_eq!(run.code, 0, "{}", run.terminal);
    assert_eq!(read(&sandbox, "wrangler.jsonc"), before);
    assert!(!run.terminal.contains("binding name"), "{}", run.terminal);
}

#[cfg(unix)]
#[test]
fn on_a_terminal_a_preview_namespace_is_not_offered_for_the_config() {
    let (sandbox, _server) = remote();
    let original = "{\n  \"name\": \"w\"\n}\n";
    sandbox.write("wrangler.jsonc", original);
    let run = sandbox.run_in_terminal(&["namespace", "create", "p", "--preview"], &[]);
    assert_eq!(run.code, 0, "{}", run.terminal);
    assert!(!run.terminal.contains("add it"), "{}", run.terminal);
    assert_eq!(read(&sandbox, "wrangler.jsonc"), original);
}

// ---------------------------------------------------------------------------------------------
// 4. Bulk file validation, locally and remotely

fn bulk_validation(sandbox: &Sandbox, extra: &[&str]) {
    let with = |args: &[&str]| -> Run {
        let mut all = args.to_vec();
        all.extend(extra);
        sandbox.run(&all)
    };
    with(&["key", "put", "keep", "v"]).success();

    // A value that is not a string is refused, as by wrangler and the API; nothing is written.
    sandbox.write(
        "numbers.json",
        json!([{"key": "a", "value": "ok"}, {"key": "b", "value": 42}, {"key": "c", "value": {"n": 1}}])
            .to_string(),
    );
    let refused = with(&["bulk", "put", "numbers.json"]);
    refused.expect(2);
    assert!(
        refused
            .stderr
            .contains("\"value\" must be a string, found a number"),
        "{}",
        refused.stderr
    );
    assert!(
        refused
            .stderr
            .contains("\"value\" must be a string, found an object"),
        "{}",
        refused.stderr
    );
    with(&["key", "get", "a"]).expect(3);

    // Metadata is any JSON, as the API takes it (so an export always goes back in).
    sandbox.write(
        "meta.json",
        json!([{"key": "m", "value": "v", "metadata": "just text"}]).to_string(),
    );
    with(&["bulk", "put", "meta.json"]).success();
    assert_eq!(
        with(&["key", "get", "m", "--metadata"]).success().json(),
        json!("just text")
    );

    // Bulk put items are not keys to delete: refused, and `keep` survives.
    sandbox.write(
        "put-items.json",
        json!([{"key": "keep", "value": "v"}]).to_string(),
    );
    let refused = with(&["bulk", "delete", "put-items.json", "--force"]);
    refused.expect(2);
    assert!(
        refused.stderr.contains("looks like a bulk put item"),
        "{}",
        refused.stderr
    );
    let refused = with(&["bulk", "get", "put-items.json"]);
    refused.expect(2);
    assert_eq!(with(&["key", "get", "keep"]).success().stdout, b"v");

    // Unless asked for: --from-put-file takes their "key".
    let got = with(&["bulk", "get", "put-items.json", "--from-put-file"]);
    assert_eq!(got.success().json(), json!({"keep": "v"}));
    with(&["key", "put", "other", "v"]).success();
    sandbox.write("export.ndjson", "{\"key\": \"other\", \"value\": \"v\"}\n");
    with(&[
        "bulk",
        "delete",
        "export.ndjson",
        "--force",
        "--from-put-file",
    ])
    .success();
    with(&["key", "get", "other"]).expect(3);

    // Names and {"name"} objects (key list output) still work.
    sandbox.write(
        "names.json",
        json!(["m", {"name": "keep", "expiration": 5}]).to_string(),
    );
    with(&["bulk", "delete", "names.json", "--force"]).success();
    with(&["key", "get", "keep"]).expect(3);
}

#[test]
fn bulk_validation_locally() {
    let sandbox = Sandbox::new();
    bulk_validation(&sandbox, &["--namespace-id", "local-ns"]);
}

#[test]
fn bulk_validation_remotely() {
    let (sandbox, _server) = remote();
    let id = sandbox.create_namespace("bulk");
    bulk_validation(&sandbox, &["--namespace-id", &id, "--remote"]);
}

// ---------------------------------------------------------------------------------------------
// 5. Command groups without a subcommand print their help; 7. wrangler's later checks

#[test]
fn command_groups_without_a_subcommand_print_help_and_succeed() {
    let sandbox = Sandbox::new();
    for group in [
        &["kv"][..],
        &["namespace"],
        &["key"],
        &["bulk"],
        &["kv:key"],
        &["kv:namespace"],
        &["kv:bulk"],
        &["kv", "namespace"],
        &["kv", "key"],
        &["kv", "bulk"],
    ] {
        let run = sandbox.run(group);
        run.success();
        let help = run.stdout_text();
        assert!(help.contains("Usage: wkv"), "{group:?}: {help}");
        assert!(help.contains("Commands:"), "{group:?}: {help}");
        assert!(run.stderr.is_empty(), "{group:?}: {}", run.stderr);
    }
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion() {
    let sandbox = Sandbox::new();
    let run = sandbox.run(&["kv", "kye", "get", "greeting", "--binding", "CACHE"]);
    run.expect(2);
    assert!(
        run.stderr
            .contains("Did you mean \"wkv kv key get greeting\"?"),
        "{}",
        run.stderr
    );
    let run = sandbox.run(&["key", "gte", "greeting"]);
    run.expect(2);
    assert!(
        run.stderr
            .contains("Did you mean \"wkv key get greeting\"?"),
        "{}",
        run.stderr
    );
    // Options before the command and their values are skipped.
    let run = sandbox.run(&["-e", "staging", "namspace", "list"]);
    run.expect(2);
    assert!(
        run.stderr.contains("Did you mean \"wkv namespace list\"?"),
        "{}",
        run.stderr
    );
    let run = sandbox.run(&["key", "nothing-like-it"]);
    run.expect(2);
    assert!(!run.stderr.contains("Did you mean"), "{}", run.stderr);
}

#[test]
fn metadata_flag_must_be_json() {
    // Issue 7 asks for any JSON value, as the API takes (newer wrangler wants an object; the
    // README lists the difference). Text that is not JSON is refused before anything is written.
    let sandbox = Sandbox::new();
    for bad in ["not json", "{\"open\": ", "'single'"] {
        let run = sandbox.run(&[
            "key",
            "put",
            "k",
            "v",
            "--namespace-id",
            "n",
            "--metadata",
            bad,
        ]);
        run.expect(2);
        assert!(run.stderr.contains("--metadata"), "{bad}: {}", run.stderr);
    }
    sandbox
        .run(&["key", "get", "k", "--namespace-id", "n"])
        .expect(3);
}

#[test]
fn bulk_delete_takes_namespace_delete_s_yes_as_well_as_force() {
    // wrangler spells it --force for bulk delete and -y for namespace delete; wkv takes -y and
    // --yes on bulk delete too, so fingers used to either do not hit a refusal.
    let sandbox = Sandbox::new();
    for key in ["a", "b", "c"] {
        sandbox
            .run(&["key", "put", key, "v", "--namespace-id", "ns"])
            .success();
    }
    sandbox.write("one.json", r#"["a"]"#);
    sandbox.write("two.json", r#"["b"]"#);
    sandbox
        .run(&["bulk", "delete", "one.json", "--namespace-id", "ns", "-y"])
        .success();
    sandbox
        .run(&[
            "bulk",
            "delete",
            "two.json",
            "--namespace-id",
            "ns",
            "--yes",
        ])
        .success();
    let left = sandbox
        .run(&["key", "list", "--namespace-id", "ns"])
        .success()
        .json();
    assert_eq!(left, json!([{"name": "c"}]));
}
