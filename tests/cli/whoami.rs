//! `wkv whoami`, `wkv auth login|list|use|logout|token`, and the account a remote command
//! picks, end to end against `wkv serve --account ...` offering several accounts: the picker on
//! a pseudo-terminal, the error off a terminal, wrangler's account cache, and no account
//! look-up when the account is known. Secrets contain `S3CRET` and must never be printed (but
//! by `wkv auth token`, whose job that is).

use crate::support::{Run, Sandbox, Server};
use serde_json::Value;

const MARKER: &str = "S3CRET";
const ACME: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const BETA: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

#[track_caller]
fn no_secret(run: &Run) {
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        !stdout.contains(MARKER) && !run.stderr.contains(MARKER),
        "a secret leaked\nstdout: {stdout}\nstderr: {}",
        run.stderr
    );
}

#[track_caller]
fn wkv(sandbox: &Sandbox, args: &[&str]) -> Run {
    let run = sandbox.run(args);
    no_secret(&run);
    run
}

/// A server with two accounts that accepts `token`.
fn two_accounts(token: &str) -> Server {
    Server::launch(
        tempfile::tempdir().unwrap(),
        Some(token),
        &[
            "--account",
            &format!("{ACME}=Acme Corp"),
            "--account",
            &format!("{BETA}=Beta Ltd"),
        ],
    )
}

fn signed_in(server: &Server, token: &str) -> Sandbox {
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_API_TOKEN", token);
    sandbox.set_env("WKV_RETRY_BASE_MS", "5");
    sandbox
}

fn get(server: &Server, path: &str, token: &str) -> Value {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let body = runtime.block_on(async {
        reqwest::Client::new()
            .get(format!("{}{path}", server.base_url))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
    });
    serde_json::from_slice(&body).unwrap()
}

#[test]
fn serve_offers_several_accounts_as_the_api_lists_them() {
    let token = "serve-token-S3CRET";
    let server = two_accounts(token);
    let accounts = get(&server, "/accounts", token);
    assert_eq!(accounts["success"], true);
    let listed: Vec<(&str, &str)> = accounts["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["id"].as_str().unwrap(), a["name"].as_str().unwrap()))
        .collect();
    assert_eq!(listed, [(ACME, "Acme Corp"), (BETA, "Beta Ltd")]);
    assert_eq!(accounts["result_info"]["total_count"], 2);
    let page2 = get(&server, "/accounts?page=2&per_page=1", token);
    assert_eq!(page2["result"][0]["id"], BETA);
    assert_eq!(page2["result_info"]["total_pages"], 2);
    let memberships = get(&server, "/memberships", token);
    assert_eq!(memberships["result"][1]["account"]["id"], BETA);
    assert_eq!(memberships["result"][1]["status"], "accepted");
    assert_eq!(
        get(&server, "/user", token)["result"]["email"],
        "wkv-serve@localhost"
    );
    assert_eq!(
        get(&server, "/user/tokens/verify", token)["result"]["status"],
        "active"
    );
    // --token is honoured on every one of them.
    for path in ["/accounts", "/memberships", "/user", "/user/tokens/verify"] {
        let refused = get(&server, path, "wrong");
        assert_eq!(refused["errors"][0]["code"], 10000, "{path}");
    }
    // A malformed --account is refused at start.
    let sandbox = Sandbox::new();
    let run = wkv(&sandbox, &["serve", "--port", "0", "--account", "nope=X"]);
    run.expect(2);
    assert!(run.stderr.contains("32 hexadecimal"), "{}", run.stderr);
}

#[test]
fn several_accounts_off_a_terminal_are_listed_in_one_error() {
    let token = "picker-token-S3CRET";
    let server = two_accounts(token);
    let sandbox = signed_in(&server, token);
    let run = wkv(&sandbox, &["namespace", "list"]);
    run.expect(2);
    assert!(
        run.stderr.contains(&format!("Acme Corp: {ACME}"))
            && run.stderr.contains(&format!("Beta Ltd: {BETA}")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("CLOUDFLARE_ACCOUNT_ID"),
        "{}",
        run.stderr
    );
    assert!(!sandbox.path().join(".wrangler/cache").exists());
}

#[test]
fn a_known_account_needs_no_look_up() {
    // With two accounts a look-up would stop the command off a terminal, so success proves
    // none was made, whether the id comes from the variable, the config or wrangler's cache.
    let token = "known-token-S3CRET";
    let server = two_accounts(token);
    let mut sandbox = signed_in(&server, token);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", BETA);
    wkv(&sandbox, &["namespace", "list"]).success();
    let mut config = signed_in(&server, token);
    config.write(
        "wrangler.toml",
        format!("name = \"w\"\naccount_id = \"{ACME}\"\n"),
    );
    // The config's account_id comes before the variable, as in wrangler.
    config.set_env("CLOUDFLARE_ACCOUNT_ID", "not/an-id");
    wkv(&config, &["namespace", "list"]).success();
    let cached = signed_in(&server, token);
    cached.write(
        "node_modules/.cache/wrangler/wrangler-account.json",
        format!(
            "{{\n  \"account\": {{\n    \"id\": \"{BETA}\",\n    \"name\": \"Beta Ltd\"\n  }}\n}}"
        ),
    );
    wkv(&cached, &["namespace", "list"]).success();
    let json = wkv(&cached, &["whoami", "--json"]).json();
    assert_eq!(json["account"]["id"], BETA);
    assert!(json["account"]["from"]
        .as_str()
        .unwrap()
        .contains("wrangler-account.json"));
}

/// An account the credentials cannot see: the API answers 403 with code 10000 and
/// "Authentication error" (what wrangler users meet as `Authentication error [code: 10000]`),
/// and so does `wkv serve`; `whoami` says the account in use is out of reach.
#[test]
fn a_foreign_account_is_refused_as_the_api_refuses_it_and_whoami_warns() {
    let server = Server::start();
    let foreign = "ffffffffffffffffffffffffffffffff";
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let answer = |account: &str| {
        runtime.block_on(async {
            let response = reqwest::Client::new()
                .get(format!(
                    "{}/accounts/{account}/storage/kv/namespaces",
                    server.base_url
                ))
                .bearer_auth(&server.token)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let body: Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
            (status, body)
        })
    };
    let (status, body) = answer(foreign);
    assert_eq!(status, 403, "{body}");
    assert_eq!(
        body,
        serde_json::json!({
            "success": false,
            "errors": [{"code": 10000, "message": "Authentication error"}],
            "messages": [],
            "result": null
        })
    );
    // The default account is the one the README's examples use; a malformed id is unroutable.
    assert_eq!(answer(crate::support::ACCOUNT_ID).0, 200);
    let (status, body) = answer("not-an-account");
    assert_eq!(
        (status, &body["errors"][0]["code"]),
        (404, &Value::from(7003))
    );

    let mut sandbox = signed_in(&server, &server.token);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", foreign);
    let run = wkv(&sandbox, &["namespace", "list"]);
    run.expect(1);
    assert!(run.stderr.contains("10000"), "{}", run.stderr);
    let run = wkv(&sandbox, &["whoami"]);
    run.success();
    let text = run.stdout_text();
    assert!(
        text.contains(&format!("Account in use: {foreign}")),
        "{text}"
    );
    assert!(
        text.contains(
            "Workers KV: no: the account in use is not one of these credentials' accounts"
        ),
        "{text}"
    );
    assert!(
        run.stderr.contains(&format!(
            "warning: the account in use, {foreign} (from CLOUDFLARE_ACCOUNT_ID), is not one these credentials can reach: they reach only wkv serve ({})",
            crate::support::ACCOUNT_ID
        )),
        "{}",
        run.stderr
    );
    let json = wkv(&sandbox, &["whoami", "--json"]).json();
    assert_eq!(json["account"]["reachable"], false);
    assert_eq!(json["workersKv"], false);
    // The account the credentials reach: no warning.
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", crate::support::ACCOUNT_ID);
    let run = wkv(&sandbox, &["whoami"]);
    assert!(!run.success().stderr.contains("warning"), "{}", run.stderr);
    assert!(run.stdout_text().contains("Workers KV: yes"));
}

#[test]
fn the_only_account_is_used_and_cached_in_wranglers_format() {
    let server = Server::start();
    let sandbox = signed_in(&server, &server.token);
    wkv(&sandbox, &["namespace", "list"]).success();
    let cache = sandbox.path().join(".wrangler/cache/wrangler-account.json");
    assert_eq!(
        std::fs::read_to_string(cache).unwrap(),
        format!(
            "{{\n  \"account\": {{\n    \"id\": \"{}\",\n    \"name\": \"wkv serve\"\n  }}\n}}",
            crate::support::ACCOUNT_ID
        )
    );
}

#[cfg(unix)]
#[test]
fn auth_login_on_a_terminal_hides_the_token_and_offers_the_accounts() {
    let token = "typed-token-S3CRET";
    let server = two_accounts(token);
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    let run = sandbox.run_in_terminal(
        &["auth", "login", "--profile", "typed"],
        &[("input is hidden", token), ("Account [1-2]", "1")],
    );
    let (code, shown) = (run.code, run.terminal);
    assert_eq!(code, 0, "{shown}");
    // Typed with echo off: the token never appeared on the terminal.
    assert!(!shown.contains(MARKER), "the token was echoed: {shown}");
    assert!(shown.contains("permissionGroupKeys="), "{shown}");
    assert!(shown.contains("Acme Corp"), "{shown}");
    let list = wkv(&sandbox, &["auth", "list"]).json();
    assert_eq!(list[0]["name"], "typed");
    assert_eq!(list[0]["account_id"], ACME);
}

#[cfg(unix)]
#[test]
fn the_account_picker_on_a_terminal_remembers_the_choice_for_wrangler_too() {
    let token = "pty-token-S3CRET";
    let server = two_accounts(token);
    let sandbox = signed_in(&server, token);
    let run = sandbox.run_in_terminal(
        &["namespace", "list", "--output", "json"],
        &[("Account [1-2]", "2")],
    );
    let (code, stdout, shown) = (run.code, run.stdout, run.terminal);
    assert_eq!(code, 0, "{shown}");
    assert!(!shown.contains(MARKER) && !String::from_utf8_lossy(&stdout).contains(MARKER));
    assert!(
        shown.contains("Select an account")
            && shown.contains("Acme Corp")
            && shown.contains("Beta Ltd"),
        "{shown}"
    );
    assert_eq!(stdout, b"[]\n");
    let cache = sandbox.path().join(".wrangler/cache/wrangler-account.json");
    let cached: Value = serde_json::from_slice(&std::fs::read(cache).unwrap()).unwrap();
    assert_eq!(cached["account"]["id"], BETA);
    assert_eq!(cached["account"]["name"], "Beta Ltd");
    // The next run off a terminal uses the choice without asking.
    wkv(&sandbox, &["namespace", "list"]).success();
}

#[test]
fn auth_login_saves_a_checked_token_privately() {
    let token = "login-token-S3CRET";
    let server = two_accounts(token);
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    let profiles = sandbox.path().join(".config/wkv/profiles.toml");

    // No terminal and no --with-token: nothing to read the token from.
    wkv(&sandbox, &["auth", "login"]).expect(2);
    // A wrong token is refused and nothing is saved.
    let refused = sandbox.run_with_stdin(&["auth", "login", "--with-token"], b"wrong-S3CRET\n");
    no_secret(&refused);
    refused.expect(1);
    assert!(
        refused.stderr.contains("refused the token"),
        "{}",
        refused.stderr
    );
    assert!(!profiles.exists());

    let saved = sandbox.run_with_stdin(
        &[
            "auth",
            "login",
            "--profile",
            "work",
            "--with-token",
            "--account",
            BETA,
        ],
        format!("{token}\n").as_bytes(),
    );
    no_secret(&saved);
    saved.success();
    assert!(
        saved.stderr.contains("Beta Ltd") && saved.stderr.contains("(the default)"),
        "{}",
        saved.stderr
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&profiles).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Several accounts off a terminal: saved without a default account.
    let second = sandbox.run_with_stdin(
        &["auth", "login", "--profile", "spare", "--with-token"],
        token.as_bytes(),
    );
    no_secret(&second);
    second.success();

    let list = wkv(&sandbox, &["auth", "list"]);
    list.success();
    let list = list.json();
    assert_eq!(list[0]["name"], "spare");
    assert_eq!(list[0]["default"], false);
    assert_eq!(list[1]["name"], "work");
    assert_eq!(list[1]["default"], true);
    assert_eq!(list[1]["account_id"], BETA);
    assert_eq!(list[1]["email"], "wkv-serve@localhost");

    // The default profile signs in, with its account: no look-up, no picker.
    let created = wkv(&sandbox, &["namespace", "create", "from-profile"]);
    created.success();
    let whoami = wkv(&sandbox, &["whoami", "--json"]).json();
    assert_eq!(whoami["account"]["id"], BETA);
    assert_eq!(whoami["email"], "wkv-serve@localhost");
    assert_eq!(whoami["authType"], "User API Token");

    // `auth token` prints the token for scripts (its one job), and nothing else.
    let printed = sandbox.run(&["auth", "token"]);
    printed.success();
    assert_eq!(printed.stdout, format!("{token}\n").as_bytes());
    assert!(!printed.stderr.contains(MARKER));

    wkv(&sandbox, &["auth", "use", "spare"]).success();
    assert_eq!(wkv(&sandbox, &["auth", "list"]).json()[0]["default"], true);
    wkv(&sandbox, &["auth", "use", "nobody"]).expect(2);
    wkv(&sandbox, &["auth", "logout"]).success();
    let left = wkv(&sandbox, &["auth", "list"]).json();
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["name"], "work");
    assert_eq!(left[0]["default"], false);
    wkv(&sandbox, &["auth", "logout"]).expect(2);
    wkv(&sandbox, &["auth", "logout", "work"]).success();
    assert_eq!(wkv(&sandbox, &["auth", "list"]).stdout, b"[]\n");
}

#[test]
fn auth_login_refuses_a_token_without_the_kv_permission() {
    let server = Server::launch(
        tempfile::tempdir().unwrap(),
        Some("test-token-1234"),
        &["--token-without-kv", "no-kv-S3CRET"],
    );
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    let run = sandbox.run_with_stdin(&["auth", "login", "--with-token"], b"no-kv-S3CRET");
    no_secret(&run);
    run.expect(1);
    assert!(
        run.stderr.contains("Workers KV Storage") && run.stderr.contains("nothing was saved"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("dash.cloudflare.com/profile/api-tokens?permissionGroupKeys="),
        "{}",
        run.stderr
    );
    assert!(!sandbox.path().join(".config/wkv").exists());
}

#[test]
fn auth_token_refuses_a_global_key() {
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_KEY", "key-S3CRET");
    sandbox.set_env("CLOUDFLARE_EMAIL", "me@example.com");
    let run = wkv(&sandbox, &["auth", "token"]);
    run.expect(2);
    assert!(run.stdout.is_empty());
}

#[test]
fn whoami_for_people() {
    let token = "whoami-token-S3CRET";
    let server = two_accounts(token);
    let mut sandbox = signed_in(&server, token);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACME);
    let run = wkv(&sandbox, &["whoami"]);
    run.success();
    let text = run.stdout_text();
    for needle in [
        "You are signed in with a User API Token, as wkv-serve@localhost.",
        "Credentials: the CLOUDFLARE_API_TOKEN environment variable",
        "Acme Corp",
        BETA,
        &format!("Account in use: Acme Corp ({ACME}) (from CLOUDFLARE_ACCOUNT_ID)"),
        "Workers KV: yes",
    ] {
        assert!(text.contains(needle), "{needle}\n{text}");
    }
    let json = wkv(&sandbox, &["whoami", "--json"]).json();
    assert_eq!(json["loggedIn"], true);
    assert_eq!(json["accounts"].as_array().unwrap().len(), 2);
    assert_eq!(json["workersKv"], true);
}
