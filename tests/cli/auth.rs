//! Signing in: the precedence of credential sources (one test per row of the README's table;
//! rows 5 and 6, wrangler's profiles and directory bindings, are in `tests/wrangler_profiles.rs`),
//! reuse of wrangler 4.86's own session files (read, refreshed against a stand-in token endpoint,
//! rewritten byte for byte, the single-use refresh token spent once even by 8 concurrent
//! processes), and one clear error, with nothing written, for each way sign-in can fail. Every
//! secret used here contains `S3CRET`; every run checks that none reached stdout or stderr.

use crate::support;

use std::path::{Path, PathBuf};

use crate::support::token_endpoint::TokenEndpoint;
use crate::support::{
    copy_dir, files_with_modes, wrangler_config_dir, Run, Sandbox, Server, ACCOUNT_ID,
};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wrangler-auth");
const MARKER: &str = "S3CRET";
const NAMESPACE: &str = "5f4e3d2c1b0a49588776655443322110";

/// Fails when a secret reached an output.
#[track_caller]
fn no_secret(run: &Run) {
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        !stdout.contains(MARKER) && !run.stderr.contains(MARKER),
        "a secret leaked\nstdout: {stdout}\nstderr: {}",
        run.stderr
    );
}

/// Runs wkv and checks that no secret appears in what it printed.
#[track_caller]
fn wkv(sandbox: &Sandbox, args: &[&str]) -> Run {
    let run = sandbox.run(args);
    no_secret(&run);
    run
}

/// `key get k --remote` in the fixed namespace: enough to see whether signing in worked.
const GET_REMOTELY: &[&str] = &["key", "get", "k", "--namespace-id", NAMESPACE, "--remote"];

fn get_remotely(sandbox: &Sandbox) -> Run {
    wkv(sandbox, GET_REMOTELY)
}

#[track_caller]
fn run_verbose(sandbox: &Sandbox, args: &[&str]) -> Run {
    let mut with_v = args.to_vec();
    with_v.push("-v");
    wkv(sandbox, &with_v)
}

/// Copies a fixture folder in as wrangler's config directory; returns the session file.
fn install(sandbox: &Sandbox, fixture: &str) -> PathBuf {
    let dir = wrangler_config_dir(sandbox);
    copy_dir(&Path::new(FIXTURES).join(fixture), &dir);
    dir.join("config").join("default.toml")
}

/// A server that accepts exactly `token`.
fn server_for(token: &str) -> Server {
    Server::launch(tempfile::tempdir().unwrap(), Some(token), &[])
}

/// A sandbox pointed at `server`, with no credentials of its own.
fn sandbox_for(server: &Server) -> Sandbox {
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
    sandbox.set_env("WKV_RETRY_BASE_MS", "5");
    sandbox
}

/// Proves which credentials were used (the server accepts only one token): creates a
/// namespace, writes a key and reads it back.
#[track_caller]
fn works_remotely(sandbox: &Sandbox) {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let title = format!(
        "auth-{}",
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let created = wkv(sandbox, &["namespace", "create", &title]);
    created.success();
    let id = support::namespace_id_in_snippet(&created.stdout_text());
    wkv(
        sandbox,
        &["key", "put", "k", "v", "--namespace-id", &id, "--remote"],
    )
    .success();
    let got = wkv(
        sandbox,
        &["key", "get", "k", "--namespace-id", &id, "--remote"],
    );
    got.success();
    assert_eq!(got.stdout, b"v");
}

fn whoami(sandbox: &Sandbox) -> Value {
    let run = wkv(sandbox, &["whoami", "--json"]);
    run.success();
    run.json()
}

fn source_of(sandbox: &Sandbox) -> (String, String) {
    let json = whoami(sandbox);
    (
        json["source"]["kind"].as_str().unwrap().to_string(),
        json["source"]["description"].as_str().unwrap().to_string(),
    )
}

fn save_profile(sandbox: &Sandbox, name: &str, token: &str) {
    let run = sandbox.run_with_stdin(
        &["auth", "login", "--profile", name, "--with-token"],
        token.as_bytes(),
    );
    no_secret(&run);
    run.success();
}

// ---------------------------------------------------------------------------------------------
// Precedence: one test per row of the README's table

#[test]
fn row_1_an_explicit_profile_beats_environment_credentials() {
    let server = Server::start_without_token();
    let mut sandbox = sandbox_for(&server);
    save_profile(&sandbox, "work", "profile-token-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "env-token-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_KEY", "env-key-S3CRET");
    sandbox.set_env("CLOUDFLARE_EMAIL", "me@example.com");
    let json: Value = {
        let run = wkv(&sandbox, &["whoami", "--json", "--profile", "work"]);
        run.success();
        run.json()
    };
    assert_eq!(json["source"]["kind"], "wkv-profile");
    assert!(json["source"]["description"]
        .as_str()
        .unwrap()
        .contains("`work`"));
    // WKV_PROFILE is the same choice.
    sandbox.set_env("WKV_PROFILE", "work");
    assert_eq!(source_of(&sandbox).0, "wkv-profile");

    // End to end: only the profile's token opens this server.
    let strict = server_for("profile-token-S3CRET");
    let mut sandbox2 = sandbox_for(&strict);
    save_profile(&sandbox2, "work", "profile-token-S3CRET");
    sandbox2.set_env("CLOUDFLARE_API_TOKEN", "env-token-S3CRET");
    sandbox2.set_env("WKV_PROFILE", "work");
    works_remotely(&sandbox2);
}

#[test]
fn row_1_a_profile_name_wkv_does_not_have_is_wranglers_named_profile() {
    let server = server_for("named-profile-token-S3CRET");
    let mut sandbox = sandbox_for(&server);
    let dir = wrangler_config_dir(&sandbox).join("config");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("staff.toml"),
        "oauth_token = \"named-profile-token-S3CRET\"\nexpiration_time = \"2099-01-01T00:00:00.000Z\"\nrefresh_token = \"r-S3CRET\"\nscopes = [ \"workers_kv:write\" ]\n",
    )
    .unwrap();
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "env-token-S3CRET");
    sandbox.set_env("WKV_PROFILE", "staff");
    works_remotely(&sandbox);
    let (kind, description) = source_of(&sandbox);
    assert_eq!(kind, "wrangler-session");
    assert!(description.contains("staff.toml"), "{description}");
    // A name neither tool knows is bad input.
    let run = wkv(&sandbox, &["whoami", "--profile", "nobody"]);
    run.expect(2);
    assert!(run.stderr.contains("nobody") && run.stderr.contains("wkv auth list"));
}

#[test]
fn row_2_a_global_key_with_its_email_beats_a_token() {
    let server = Server::start_without_token();
    let mut sandbox = sandbox_for(&server);
    install(&sandbox, "valid");
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "env-token-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_KEY", "env-key-S3CRET");
    sandbox.set_env("CLOUDFLARE_EMAIL", "me@example.com");
    let json = whoami(&sandbox);
    assert_eq!(json["authType"], "Global API Key");
    assert_eq!(json["email"], "me@example.com");
    // The server wants the token: the key was sent instead, so the request is refused.
    let strict = server_for("env-token-S3CRET");
    let mut sandbox = sandbox_for(&strict);
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "env-token-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_KEY", "env-key-S3CRET");
    sandbox.set_env("CLOUDFLARE_EMAIL", "me@example.com");
    get_remotely(&sandbox).expect(1);
    // The deprecated spellings count too.
    let mut legacy = sandbox_for(&server);
    legacy.set_env("CF_API_KEY", "env-key-S3CRET");
    legacy.set_env("CF_EMAIL", "me@example.com");
    let run = wkv(&legacy, &["whoami", "--json"]);
    run.success();
    assert!(
        run.stderr.contains("CF_API_KEY is deprecated"),
        "{}",
        run.stderr
    );
}

#[test]
fn row_3_a_token_variable_beats_profiles_and_wranglers_session() {
    let server = server_for("env-token-S3CRET");
    let mut sandbox = sandbox_for(&server);
    install(&sandbox, "valid");
    save_profile(&sandbox, "other", "env-token-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "env-token-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_KEY", "key-without-email-S3CRET");
    works_remotely(&sandbox);
    let (kind, description) = source_of(&sandbox);
    assert_eq!(kind, "environment");
    assert_eq!(description, "the CLOUDFLARE_API_TOKEN environment variable");
}

#[test]
fn row_3_deprecated_token_names_and_empty_values() {
    let server = server_for("legacy-env-token-S3CRET");
    let mut sandbox = sandbox_for(&server);
    sandbox.set_env("CF_API_TOKEN", "legacy-env-token-S3CRET");
    works_remotely(&sandbox);
    // An empty new name hides the old one (wrangler's rule): no credentials at all.
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "");
    get_remotely(&sandbox).expect(2);
}

#[test]
fn row_4_dotenv_files_count_as_variables_and_real_variables_win() {
    let server = server_for("dotenv-local-token-S3CRET");
    let sandbox = sandbox_for(&server);
    sandbox.write(".env", "CLOUDFLARE_API_TOKEN=dotenv-token-S3CRET\n");
    sandbox.write(
        ".env.local",
        "# overrides .env\nCLOUDFLARE_API_TOKEN=\"dotenv-local-token-S3CRET\"\n",
    );
    works_remotely(&sandbox);
    let (kind, description) = source_of(&sandbox);
    assert_eq!(kind, "env-file");
    assert!(description.contains(".env.local"), "{description}");
    // -e ENV adds .env.ENV and .env.ENV.local; --env-file replaces the defaults.
    sandbox.write("wrangler.toml", "name = \"w\"\n[env.staging]\n");
    sandbox.write(
        ".env.staging",
        "CLOUDFLARE_API_TOKEN=staging-token-S3CRET\n",
    );
    // This server refuses the staging token; the error names the file it came from.
    let refused = wkv(
        &sandbox,
        &[
            "key",
            "get",
            "k",
            "--namespace-id",
            NAMESPACE,
            "--remote",
            "-e",
            "staging",
        ],
    );
    refused.expect(1);
    assert!(
        refused.stderr.contains("CLOUDFLARE_API_TOKEN in `")
            && refused.stderr.contains(".env.staging`"),
        "{}",
        refused.stderr
    );
    sandbox.write("ci.env", "CLOUDFLARE_API_TOKEN=dotenv-local-token-S3CRET\n");
    sandbox.write(".env.local", "CLOUDFLARE_API_TOKEN=wrong-S3CRET\n");
    wkv(
        &sandbox,
        &[
            "key",
            "get",
            "k",
            "--namespace-id",
            NAMESPACE,
            "--remote",
            "--env-file",
            "ci.env",
        ],
    )
    .expect(3);
    wkv(&sandbox, &["whoami", "--env-file", "missing.env"]).expect(2);
    // A real variable beats every file.
    let real = server_for("real-token-S3CRET");
    let mut sandbox = sandbox_for(&real);
    sandbox.write(".env", "CLOUDFLARE_API_TOKEN=dotenv-token-S3CRET\nCLOUDFLARE_ACCOUNT_ID=ffffffffffffffffffffffffffffffff\n");
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "real-token-S3CRET");
    works_remotely(&sandbox);
    assert_eq!(whoami(&sandbox)["account"]["id"], ACCOUNT_ID);
}

#[test]
fn row_7_the_default_wkv_profile_beats_wranglers_session() {
    let server = server_for("profile-token-S3CRET");
    let sandbox = sandbox_for(&server);
    install(&sandbox, "valid");
    save_profile(&sandbox, "main", "profile-token-S3CRET");
    works_remotely(&sandbox);
    assert_eq!(source_of(&sandbox).0, "wkv-profile");
}

#[test]
fn row_8_wranglers_login_session_is_used_as_wrangler_wrote_it() {
    let server = server_for("wrangler-access-S3CRET");
    let sandbox = sandbox_for(&server);
    let session = install(&sandbox, "valid");
    let before = std::fs::read(&session).unwrap();
    works_remotely(&sandbox);
    let json = whoami(&sandbox);
    assert_eq!(json["authType"], "OAuth Token");
    assert_eq!(json["source"]["kind"], "wrangler-session");
    assert_eq!(json["source"]["expiresAt"], "2090-04-18T01:58:45.468Z");
    assert!(json["tokenPermissions"]
        .as_array()
        .unwrap()
        .contains(&"workers_kv:write".into()));
    assert_eq!(json["workersKv"], true);
    // A valid session is read, never rewritten.
    assert_eq!(std::fs::read(&session).unwrap(), before);
    let text = wkv(&sandbox, &["whoami"]);
    text.success();
    let text = text.stdout_text();
    assert!(
        text.contains("wrangler's login session") && text.contains("token expires in"),
        "{text}"
    );
}

#[test]
fn row_8_a_legacy_home_directory_and_the_staging_file() {
    let server = server_for("wrangler-access-S3CRET");
    let mut sandbox = sandbox_for(&server);
    // ~/.wrangler wins over $XDG_CONFIG_HOME/.wrangler when it exists.
    copy_dir(
        &Path::new(FIXTURES).join("valid"),
        &sandbox.path().join(".wrangler"),
    );
    install(&sandbox, "expired");
    works_remotely(&sandbox);
    // WRANGLER_API_ENVIRONMENT=staging reads staging.toml.
    let staging = server_for("staging-token-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &staging.base_url);
    sandbox.set_env("WRANGLER_API_ENVIRONMENT", "staging");
    sandbox.write(
        ".wrangler/config/staging.toml",
        "oauth_token = \"staging-token-S3CRET\"\nexpiration_time = \"2099-01-01T00:00:00+00:00\"\n",
    );
    works_remotely(&sandbox);
}

#[test]
fn row_9_wrangler_1s_api_token() {
    let server = server_for("legacy-api-token-S3CRET");
    let sandbox = sandbox_for(&server);
    install(&sandbox, "legacy-api-token");
    works_remotely(&sandbox);
    let run = wkv(&sandbox, &["whoami", "--json"]);
    run.success();
    assert_eq!(run.json()["source"]["kind"], "wrangler-api-token");
    assert!(
        run.stderr.contains("deprecated api_token"),
        "{}",
        run.stderr
    );
}

#[test]
fn row_10_no_credentials_at_all_is_bad_input_naming_every_way_in() {
    let server = Server::start();
    let sandbox = sandbox_for(&server);
    let run = get_remotely(&sandbox);
    run.expect(2);
    for needle in ["CLOUDFLARE_API_TOKEN", "wkv auth login", "wrangler login"] {
        assert!(run.stderr.contains(needle), "{}", run.stderr);
    }
    let json = sandbox.run(&["whoami", "--json"]);
    json.expect(2);
    assert_eq!(json.json()["loggedIn"], false);
}

// ---------------------------------------------------------------------------------------------
// Refreshing wrangler's session

/// A sandbox with wrangler's expired session, a token endpoint that accepts its refresh token
/// once, and a server that accepts only the token the first refresh hands out.
fn expired_setup() -> (Sandbox, Server, TokenEndpoint, PathBuf) {
    let endpoint = TokenEndpoint::start("expired-refresh-S3CRET");
    let server = server_for(&TokenEndpoint::access_token(1));
    let mut sandbox = sandbox_for(&server);
    sandbox.set_env("WRANGLER_TOKEN_URL", &endpoint.url);
    let session = install(&sandbox, "expired");
    (sandbox, server, endpoint, session)
}

#[test]
fn an_expired_session_is_refreshed_and_rewritten_as_wrangler_writes_it() {
    let (sandbox, _server, endpoint, session) = expired_setup();
    let started = std::time::SystemTime::now();
    works_remotely(&sandbox);
    assert_eq!(endpoint.uses("expired-refresh-S3CRET"), 1);
    assert_eq!(
        endpoint.requests(),
        1,
        "the second run must use the refreshed token"
    );
    let form = &endpoint.forms()[0];
    assert_eq!(form["grant_type"], "refresh_token");
    assert_eq!(
        form["client_id"],
        support::token_endpoint::WRANGLER_CLIENT_ID
    );
    assert!(endpoint.content_types()[0].starts_with("application/x-www-form-urlencoded"));

    // Byte for byte what wrangler writes: the fixture's layout with the new values.
    let written = std::fs::read_to_string(&session).unwrap();
    let expiry = written
        .lines()
        .nth(1)
        .and_then(|l| l.strip_prefix("expiration_time = \""))
        .and_then(|l| l.strip_suffix('"'))
        .unwrap_or_else(|| panic!("{written}"))
        .to_string();
    assert_eq!(expiry.len(), "2026-08-22T19:55:46.123Z".len(), "{expiry}");
    assert!(
        expiry.ends_with('Z') && expiry.as_bytes()[19] == b'.',
        "{expiry}"
    );
    let expected = format!(
        "oauth_token = \"{}\"\nexpiration_time = \"{expiry}\"\nrefresh_token = \"{}\"\nscopes = [ \"account:read\", \"user:read\", \"workers:write\", \"workers_kv:write\", \"offline_access\" ]\n",
        TokenEndpoint::access_token(1),
        TokenEndpoint::refresh_token(1)
    );
    assert_eq!(written, expected);
    // About an hour (expires_in 3600) from the refresh.
    let epoch =
        |t: std::time::SystemTime| t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let expires = {
        let (date, time) = expiry.split_once('T').unwrap();
        let days = date
            .split('-')
            .map(|p| p.parse::<i64>().unwrap())
            .collect::<Vec<_>>();
        let secs: Vec<f64> = time
            .trim_end_matches('Z')
            .split(':')
            .map(|p| p.parse().unwrap())
            .collect();
        // Days from civil (enough for 1970..2100).
        let (y, m, d) = (days[0], days[1], days[2]);
        let (y, m) = if m <= 2 { (y - 1, m + 12) } else { (y, m) };
        let day_number =
            365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 719_469;
        day_number as u64 * 86_400 + (secs[0] * 3600.0 + secs[1] * 60.0 + secs[2]) as u64
    };
    let start = epoch(started);
    assert!(
        expires >= start + 3590 && expires <= start + 3700,
        "{expires} vs {start}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&session).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // No temporary or lock file is left in wrangler's folder.
    let names: Vec<String> = files_with_modes(&wrangler_config_dir(&sandbox))
        .into_iter()
        .map(|(name, ..)| name)
        .collect();
    assert_eq!(names, ["config/default.toml"]);
}

#[test]
fn eight_concurrent_processes_spend_the_refresh_token_once() {
    let (sandbox, _server, endpoint, session) = expired_setup();
    let children: Vec<_> = (0..8)
        .map(|_| {
            sandbox
                .command()
                .args([
                    "key",
                    "get",
                    "missing",
                    "--namespace-id",
                    NAMESPACE,
                    "--remote",
                ])
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let run = Run::from(child.wait_with_output().unwrap());
        no_secret(&run);
        // 3: the key is missing, which the server says only to the refreshed token.
        run.expect(3);
    }
    assert_eq!(endpoint.uses("expired-refresh-S3CRET"), 1);
    assert_eq!(endpoint.requests(), 1);
    assert!(std::fs::read_to_string(session)
        .unwrap()
        .contains(&TokenEndpoint::refresh_token(1)));
}

#[test]
fn a_refresh_answer_without_a_refresh_token_keeps_the_old_one() {
    let (sandbox, _server, endpoint, session) = expired_setup();
    endpoint.omit_refresh_token();
    works_remotely(&sandbox);
    let text = std::fs::read_to_string(session).unwrap();
    assert!(
        text.contains("refresh_token = \"expired-refresh-S3CRET\""),
        "{text}"
    );
}

/// Runs a failing sign-in and proves it wrote nothing in wrangler's folder or wkv's.
#[track_caller]
fn fails_without_writing(sandbox: &Sandbox, code: i32) -> Run {
    let before = files_with_modes(sandbox.path());
    let run = run_verbose(sandbox, GET_REMOTELY);
    run.expect(code);
    assert_eq!(
        files_with_modes(sandbox.path()),
        before,
        "a failed sign-in wrote something"
    );
    run
}

#[test]
fn invalid_grant_is_one_clear_error_and_nothing_is_written() {
    let endpoint = TokenEndpoint::start("some-other-refresh-S3CRET");
    let server = Server::start();
    let mut sandbox = sandbox_for(&server);
    sandbox.set_env("WRANGLER_TOKEN_URL", &endpoint.url);
    install(&sandbox, "expired");
    let run = fails_without_writing(&sandbox, 1);
    assert!(
        run.stderr.contains("invalid_grant") && run.stderr.contains("wrangler login"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
    // Refused once, then not retried with the same token.
    assert_eq!(endpoint.uses("expired-refresh-S3CRET"), 1);
}

#[test]
fn wranglers_client_id_variable_is_honoured() {
    let (mut sandbox, _server, endpoint, _) = expired_setup();
    sandbox.set_env("WRANGLER_CLIENT_ID", "another-client");
    let run = fails_without_writing(&sandbox, 1);
    assert!(run.stderr.contains("invalid_client"), "{}", run.stderr);
    assert_eq!(endpoint.forms()[0]["client_id"], "another-client");
}

#[test]
fn an_unreachable_token_endpoint_is_one_clear_error() {
    let (mut sandbox, _server, _endpoint, _) = expired_setup();
    sandbox.set_env("WRANGLER_TOKEN_URL", "http://127.0.0.1:9/oauth2/token");
    let run = fails_without_writing(&sandbox, 1);
    assert!(
        run.stderr.contains("could not be refreshed"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_keyring_session_is_one_clear_error_naming_the_ways_out() {
    let server = Server::start();
    let mut sandbox = sandbox_for(&server);
    install(&sandbox, "keyring");
    install(&sandbox, "valid");
    let run = fails_without_writing(&sandbox, 1);
    assert!(run.stderr.contains("keyring"), "{}", run.stderr);
    assert!(
        run.stderr.contains("wrangler auth token") && run.stderr.contains("CLOUDFLARE_API_TOKEN"),
        "{}",
        run.stderr
    );
    // CLOUDFLARE_AUTH_USE_KEYRING=false forces the plain file, as in wrangler.
    let plain = server_for("wrangler-access-S3CRET");
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &plain.base_url);
    sandbox.set_env("CLOUDFLARE_AUTH_USE_KEYRING", "false");
    works_remotely(&sandbox);
    // =true forces the keyring even without its files.
    let mut forced = sandbox_for(&server);
    install(&forced, "valid");
    forced.set_env("CLOUDFLARE_AUTH_USE_KEYRING", "true");
    fails_without_writing(&forced, 1);
}

#[test]
fn a_malformed_session_file_is_bad_input_and_never_quoted() {
    let server = Server::start();
    let sandbox = sandbox_for(&server);
    let session = install(&sandbox, "valid");
    std::fs::write(
        &session,
        "oauth_token = \"half-written-S3CRET\nexpiration_time = 12\n",
    )
    .unwrap();
    let run = fails_without_writing(&sandbox, 2);
    assert!(
        run.stderr.contains("malformed") && run.stderr.contains("line 1"),
        "{}",
        run.stderr
    );
    std::fs::write(&session, "oauth_token = [\"x-S3CRET\"]\n").unwrap();
    fails_without_writing(&sandbox, 2);
}

#[test]
fn a_token_without_the_kv_permission_is_named_with_its_source() {
    let server = Server::launch(
        tempfile::tempdir().unwrap(),
        Some("test-token-1234"),
        &["--token-without-kv", "no-kv-token-S3CRET"],
    );
    let mut sandbox = sandbox_for(&server);
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "no-kv-token-S3CRET");
    let run = fails_without_writing(&sandbox, 1);
    assert!(run.stderr.contains("Workers KV Storage"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the CLOUDFLARE_API_TOKEN environment variable"),
        "{}",
        run.stderr
    );
    // whoami says so too, and still shows the accounts.
    let json = whoami(&sandbox);
    assert_eq!(json["workersKv"], false);
    assert_eq!(json["accounts"][0]["workersKv"], false);
}

#[test]
fn oauth_is_refused_in_fedramp_high_as_in_wrangler() {
    let server = Server::start();
    let mut sandbox = sandbox_for(&server);
    install(&sandbox, "valid");
    sandbox.set_env("CLOUDFLARE_COMPLIANCE_REGION", "fedramp_high");
    let run = fails_without_writing(&sandbox, 2);
    assert!(
        run.stderr.contains("fedramp_high") && run.stderr.contains("CLOUDFLARE_API_TOKEN"),
        "{}",
        run.stderr
    );
    sandbox.set_env("CLOUDFLARE_API_TOKEN", &server.token);
    run_verbose(&sandbox, GET_REMOTELY).expect(3);
    sandbox.set_env("CLOUDFLARE_COMPLIANCE_REGION", "moon");
    get_remotely(&sandbox).expect(2);
}

#[test]
fn whoami_says_when_a_wrangler_login_lacks_the_kv_scope() {
    let server = server_for("narrow-token-S3CRET");
    let sandbox = sandbox_for(&server);
    let session = install(&sandbox, "valid");
    std::fs::write(
        &session,
        "oauth_token = \"narrow-token-S3CRET\"\nexpiration_time = \"2099-01-01T00:00:00.000Z\"\nrefresh_token = \"r-S3CRET\"\nscopes = [ \"account:read\", \"user:read\" ]\n",
    )
    .unwrap();
    assert_eq!(whoami(&sandbox)["workersKv"], false);
    let text = wkv(&sandbox, &["whoami"]);
    text.success();
    assert!(
        text.stdout_text()
            .contains("Workers KV: no: the session lacks the workers_kv:write scope"),
        "{}",
        text.stdout_text()
    );
}
