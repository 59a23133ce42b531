//! wrangler and wkv share one login session. Both tools refresh against the stand-in token
//! endpoint and talk to `wkv serve`; nothing reaches the internet (wrangler's Access probe goes
//! to a closed local port, metrics are off).

use std::path::Path;
use std::process::Command;

use crate::support::token_endpoint::TokenEndpoint;
use crate::support::{copy_dir, Sandbox, Server, ACCOUNT_ID};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wrangler-auth");

/// A sandbox holding wrangler's expired session, the endpoint that refreshes it once, and a
/// server that accepts only the refreshed token.
fn setup() -> (Sandbox, Server, TokenEndpoint) {
    let endpoint = TokenEndpoint::start("expired-refresh-S3CRET");
    let server = Server::launch(
        tempfile::tempdir().unwrap(),
        Some(&TokenEndpoint::access_token(1)),
        &[],
    );
    let mut sandbox = Sandbox::new();
    // A home apart from the project: wrangler creates `.wrangler/` in the project, which in
    // the home directory would become the legacy config directory that wins over XDG's.
    let home = sandbox.path().join("home");
    copy_dir(
        &Path::new(FIXTURES).join("expired"),
        &home.join(".config/.wrangler"),
    );
    sandbox.set_env("HOME", home.to_str().unwrap());
    sandbox.set_env("XDG_CONFIG_HOME", home.join(".config").to_str().unwrap());
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
    sandbox.set_env("WRANGLER_TOKEN_URL", &endpoint.url);
    (sandbox, server, endpoint)
}

/// Runs wrangler in the sandbox with its `home` as the home directory; returns (code, stdout, stderr).
fn run_wrangler(
    wrangler: &str,
    sandbox: &Sandbox,
    server: &Server,
    endpoint: &TokenEndpoint,
    args: &[&str],
) -> (i32, String, String) {
    let home = sandbox.path().join("home");
    let output = Command::new(wrangler)
        .current_dir(sandbox.path())
        .args(args)
        .env_remove("CLOUDFLARE_API_TOKEN")
        .env_remove("CLOUDFLARE_API_KEY")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("WRANGLER_SEND_METRICS", "false")
        .env("WRANGLER_TOKEN_URL", &endpoint.url)
        .env("WRANGLER_AUTH_DOMAIN", "127.0.0.1:9")
        .env("CLOUDFLARE_API_BASE_URL", &server.base_url)
        .env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID)
        .output()
        .expect("run wrangler");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn create_namespace(sandbox: &Sandbox, title: &str) -> String {
    sandbox.create_namespace(title)
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn wkv_uses_a_session_wrangler_refreshed() {
    let wrangler = crate::wrangler::path();
    let (sandbox, server, endpoint) = setup();
    let (code, _, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &server,
        &endpoint,
        &["kv", "namespace", "list"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(endpoint.requests(), 1, "wrangler refreshed the session");
    // wkv reads what wrangler wrote, with no refresh of its own.
    let id = create_namespace(&sandbox, "from-wkv");
    let run = sandbox.run(&["key", "put", "k", "v", "--namespace-id", &id, "--remote"]);
    run.success();
    assert_eq!(endpoint.requests(), 1);
    assert!(!run.stderr.contains("S3CRET"));
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn wrangler_keeps_working_with_a_session_wkv_refreshed() {
    let wrangler = crate::wrangler::path();
    let (sandbox, server, endpoint) = setup();
    let id = create_namespace(&sandbox, "shared");
    sandbox
        .run(&[
            "key",
            "put",
            "k",
            "from-wkv",
            "--namespace-id",
            &id,
            "--remote",
        ])
        .success();
    assert_eq!(endpoint.requests(), 1, "wkv refreshed the session");
    let (code, stdout, stderr) = run_wrangler(
        &wrangler,
        &sandbox,
        &server,
        &endpoint,
        &["kv", "key", "get", "k", "--namespace-id", &id, "--remote"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim_end(), "from-wkv");
    // wrangler used the token wkv wrote, and its refresh token is the rotated one.
    assert_eq!(endpoint.requests(), 1);
    assert_eq!(endpoint.uses(&TokenEndpoint::refresh_token(1)), 0);
    let written = std::fs::read_to_string(
        sandbox
            .path()
            .join("home/.config/.wrangler/config/default.toml"),
    )
    .unwrap();
    assert!(written.contains(&TokenEndpoint::refresh_token(1)));
}
