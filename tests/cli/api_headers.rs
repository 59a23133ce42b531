//! `CLOUDFLARE_API_HEADERS` (wrangler 4.160+): the headers reach `wkv serve` on every kind of
//! request wkv makes (seen through a recording proxy in front of it), each of wrangler's
//! refusals stops the run before any request, and no value is ever printed, at any verbosity.

use crate::support;

use crate::support::recording_proxy::RecordingProxy;
use crate::support::{Run, Sandbox, Server, ACCOUNT_ID};

const VALUE: &str = "gateway-S3CRET-value";

fn sandbox_through(proxy: &RecordingProxy, server: &Server) -> Sandbox {
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &proxy.base_url);
    sandbox.set_env("CLOUDFLARE_API_TOKEN", &server.token);
    sandbox.set_env("WKV_RETRY_BASE_MS", "5");
    sandbox
}

#[track_caller]
fn run(sandbox: &Sandbox, args: &[&str]) -> Run {
    let run = sandbox.run(args);
    run.hides("S3CRET");
    run
}

#[test]
fn the_headers_reach_the_api_on_every_kind_of_request() {
    let server = Server::start();
    let proxy = RecordingProxy::start(&server.base_url);
    let mut sandbox = sandbox_through(&proxy, &server);
    sandbox.set_env(
        "CLOUDFLARE_API_HEADERS",
        &format!(
            r#"{{"X-Gateway": "{VALUE}", "cf-access-client-id": "id-1", "User-Agent": "custom"}}"#
        ),
    );
    // No CLOUDFLARE_ACCOUNT_ID: the account is looked up through the API too.
    let created = run(&sandbox, &["namespace", "create", "headers", "-v"]);
    created.success();
    let id = support::namespace_id_in_snippet(&created.stdout_text());
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
    let at = ["--namespace-id", id.as_str(), "--remote", "-v"];
    let with = |args: &[&'static str]| -> Vec<String> {
        args.iter()
            .map(|a| a.to_string())
            .chain(at.iter().map(|a| a.to_string()))
            .collect()
    };
    let steps: Vec<Vec<String>> = vec![
        with(&["key", "put", "plain", "v"]),
        with(&["key", "put", "meta", "v", "--metadata", r#"{"a":1}"#]),
        with(&["key", "get", "plain"]),
        with(&["key", "get", "missing"]),
        with(&["key", "list"]),
        with(&["key", "delete", "plain"]),
        with(&["bulk", "get", "-"]),
        with(&["bulk", "put", "-"]),
        with(&["bulk", "delete", "-", "--force"]),
    ];
    for step in &steps {
        let args: Vec<&str> = step.iter().map(String::as_str).collect();
        let stdin: &[u8] = match args[..2] {
            ["bulk", "put"] => br#"[{"key": "b", "value": "1"}]"#,
            _ => br#"["b", "meta"]"#,
        };
        let result = Run::from(
            sandbox
                .command()
                .args(&args)
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .and_then(|mut child| {
                    use std::io::Write;
                    child.stdin.take().unwrap().write_all(stdin)?;
                    child.wait_with_output()
                })
                .unwrap(),
        );
        result.hides("S3CRET");
        let wanted = if args[2] == "missing" { 3 } else { 0 };
        result.expect(wanted);
    }
    run(
        &sandbox,
        &[
            "namespace",
            "rename",
            "headers",
            "--new-name",
            "headers-2",
            "-v",
        ],
    )
    .success();
    run(&sandbox, &["namespace", "list", "-v"]).success();
    run(&sandbox, &["whoami", "-v"]).success();
    run(&sandbox, &["namespace", "delete", "headers-2", "-y", "-v"]).success();

    let requests = proxy.requests();
    let lines: Vec<&str> = requests.iter().map(|r| r.line.as_str()).collect();
    for (method, path) in [
        ("POST", "/storage/kv/namespaces "),
        ("GET", "/storage/kv/namespaces?"),
        ("PUT", "/storage/kv/namespaces/"),
        ("DELETE", "/storage/kv/namespaces/"),
        ("PUT", "/values/plain"),
        ("PUT", "/values/meta"),
        ("GET", "/values/plain"),
        ("GET", "/values/missing"),
        ("GET", "/keys"),
        ("DELETE", "/values/plain"),
        ("POST", "/bulk/get"),
        ("PUT", "/bulk"),
        ("POST", "/bulk/delete"),
        ("GET", "/accounts"),
        ("GET", "/memberships"),
        ("GET", "/user"),
        ("GET", "/user/tokens/verify"),
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(method) && l.contains(path)),
            "no {method} {path} among {lines:#?}"
        );
    }
    for request in &requests {
        assert_eq!(request.header("x-gateway"), Some(VALUE), "{}", request.line);
        assert_eq!(
            request.header("cf-access-client-id"),
            Some("id-1"),
            "{}",
            request.line
        );
        // As in wrangler, the variable may replace the user agent, not the credentials.
        assert_eq!(
            request.header("user-agent"),
            Some("custom"),
            "{}",
            request.line
        );
        assert_eq!(
            request.header("authorization"),
            Some(format!("Bearer {}", server.token).as_str()),
            "{}",
            request.line
        );
    }
}

#[test]
fn each_refusal_stops_the_run_before_any_request_and_never_shows_a_value() {
    let server = Server::start();
    let proxy = RecordingProxy::start(&server.base_url);
    let mut sandbox = sandbox_through(&proxy, &server);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
    for (value, says) in [
        (
            "not json S3CRET",
            "CLOUDFLARE_API_HEADERS must be a JSON object with string values",
        ),
        (
            r#"["S3CRET"]"#,
            "CLOUDFLARE_API_HEADERS must be a JSON object with string values",
        ),
        (
            r#"{"x-a": 1}"#,
            "CLOUDFLARE_API_HEADERS must contain only string values",
        ),
        (
            r#"{"x a": "S3CRET"}"#,
            "CLOUDFLARE_API_HEADERS contains an invalid HTTP header name or value",
        ),
        (
            r#"{"x-a": "S3CRET\r\nx-b: 1"}"#,
            "CLOUDFLARE_API_HEADERS contains an invalid HTTP header name or value",
        ),
        (
            r#"{"Host": "S3CRET"}"#,
            "CLOUDFLARE_API_HEADERS cannot set the protected header \"Host\"",
        ),
        (
            r#"{"Content-Type": "S3CRET"}"#,
            "protected header \"Content-Type\"",
        ),
        (
            r#"{"content-length": "S3CRET"}"#,
            "protected header \"content-length\"",
        ),
        (r#"{"Transfer-Encoding": "S3CRET"}"#, "protected header"),
        (
            r#"{"Authorization": "Bearer S3CRET"}"#,
            "cannot set the credential header \"Authorization\"",
        ),
        (r#"{"X-Auth-Key": "S3CRET"}"#, "credential header"),
        (
            r#"{"x-a": "S3CRET", "X-A": "S3CRET"}"#,
            "CLOUDFLARE_API_HEADERS contains duplicate header \"X-A\"",
        ),
    ] {
        sandbox.set_env("CLOUDFLARE_API_HEADERS", value);
        for args in [&["namespace", "list", "-v"][..], &["whoami", "-v"]] {
            let refused = run(&sandbox, args);
            refused.expect(2);
            assert!(
                refused.stderr.starts_with("error: CLOUDFLARE_API_HEADERS ")
                    && refused.stderr.contains(says),
                "{value}: {}",
                refused.stderr
            );
            assert!(refused.stderr.contains("hint: "), "{}", refused.stderr);
        }
    }
    assert!(proxy.requests().is_empty(), "{:?}", proxy.requests());
    // Local commands send nothing and do not read it, as in wrangler.
    run(&sandbox, &["key", "list", "--namespace-id", "local-ns"]).success();
}
