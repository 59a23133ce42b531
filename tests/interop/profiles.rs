//! wrangler 4.160+ and wkv choose the same login profile, so a wkv command next to a wrangler
//! command reaches the same account: in a directory bound by `wrangler auth activate`, with
//! `CLOUDFLARE_AUTH_PROFILE`, with a reserved name; and both refuse the same
//! `CLOUDFLARE_API_HEADERS`. The sessions are the ones wrangler 4.164 wrote
//! (`tests/fixtures/wrangler-auth/profiles-4.164`); the server accepts only the `work` token. An
//! older wrangler has no profiles: the test says so and compares nothing.

use std::path::Path;
use std::process::Command;

use crate::support::{copy_dir, wrangler_config_dir, Run, Sandbox, Server, ACCOUNT_ID};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/wrangler-auth/profiles-4.164"
);
const WORK_TOKEN: &str = "work-oauth-token-S3CRET-1";

/// wrangler with the sandbox's HOME and config directory, as wkv gets them.
fn run_wrangler(
    wrangler: &str,
    sandbox: &Sandbox,
    dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> Run {
    let home = sandbox.path();
    let mut command = Command::new(wrangler);
    command
        .current_dir(dir)
        .args(args)
        .env("WRANGLER_SEND_METRICS", "false")
        .env("NO_COLOR", "1")
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env_remove("CLOUDFLARE_API_TOKEN")
        .env_remove("CLOUDFLARE_AUTH_PROFILE")
        .env_remove("CLOUDFLARE_API_HEADERS")
        .env_remove("CI")
        .stdin(std::process::Stdio::null());
    for (name, value) in env {
        command.env(name, value);
    }
    Run::from(command.output().expect("run wrangler"))
}

fn run_wkv(sandbox: &Sandbox, dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = sandbox.command();
    command.current_dir(dir).args(args);
    for (name, value) in env {
        command.env(name, value);
    }
    Run::from(
        command
            .stdin(std::process::Stdio::null())
            .output()
            .expect("run wkv"),
    )
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn wrangler_and_wkv_choose_the_same_profile_and_refuse_the_same_headers() {
    let wrangler = crate::wrangler::path();
    let version = crate::wrangler::version_numbers();
    if version < (4, 160, 0) {
        crate::wrangler::note(&format!(
            "profiles: wrangler {version:?} predates CLOUDFLARE_AUTH_PROFILE (4.160); nothing compared"
        ));
        return;
    }
    let server = Server::launch(tempfile::tempdir().unwrap(), Some(WORK_TOKEN), &[]);
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
    copy_dir(Path::new(FIXTURE), &wrangler_config_dir(&sandbox));
    let root = sandbox.path().canonicalize().unwrap();
    let project = root.join("project");
    std::fs::create_dir_all(project.join("sub")).unwrap();
    std::fs::write(
        wrangler_config_dir(&sandbox).join("profiles/directory-bindings.json"),
        format!("{{\n\t\"{}\": \"work\"\n}}", project.display()),
    )
    .unwrap();
    let common = [
        ("CLOUDFLARE_API_BASE_URL", server.base_url.as_str()),
        ("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID),
    ];
    let sub = project.join("sub");
    // (what, where, extra variables, whether the work session is used)
    type Case<'a> = (&'a str, &'a Path, Vec<(&'a str, &'a str)>, bool);
    let cases: Vec<Case> = vec![
        ("bound directory", &sub, vec![], true),
        ("unbound directory", &root, vec![], false),
        (
            "CLOUDFLARE_AUTH_PROFILE=work",
            &root,
            vec![("CLOUDFLARE_AUTH_PROFILE", "work")],
            true,
        ),
        (
            "CLOUDFLARE_AUTH_PROFILE=default in the bound directory",
            &project,
            vec![("CLOUDFLARE_AUTH_PROFILE", "default")],
            false,
        ),
        (
            "a reserved name",
            &project,
            vec![("CLOUDFLARE_AUTH_PROFILE", "staging")],
            false,
        ),
    ];
    for (what, dir, extra, works) in &cases {
        let env: Vec<(&str, &str)> = common
            .iter()
            .copied()
            .chain(extra.iter().copied())
            .collect();
        let by_wrangler =
            run_wrangler(&wrangler, &sandbox, dir, &["kv", "namespace", "list"], &env);
        let by_wkv = run_wkv(&sandbox, dir, &["namespace", "list"], extra);
        assert_eq!(
            by_wrangler.code == 0,
            *works,
            "wrangler, {what}: {}",
            by_wrangler.stderr
        );
        assert_eq!(by_wkv.code == 0, *works, "wkv, {what}: {}", by_wkv.stderr);
        by_wkv.hides("S3CRET");
    }
    let reserved = run_wkv(
        &sandbox,
        &project,
        &["namespace", "list"],
        &[("CLOUDFLARE_AUTH_PROFILE", "staging")],
    );
    assert!(
        reserved
            .stderr
            .contains("\"staging\" is a reserved profile name"),
        "{}",
        reserved.stderr
    );

    for (headers, says) in [
        (
            r#"{"Host": "x"}"#,
            "cannot set the protected header \"Host\"",
        ),
        (
            r#"{"x-a": "1", "X-A": "2"}"#,
            "contains duplicate header \"X-A\"",
        ),
        (r#"{"x-a": 1}"#, "must contain only string values"),
        ("nope", "must be a JSON object with string values"),
    ] {
        let extra = [
            ("CLOUDFLARE_AUTH_PROFILE", "work"),
            ("CLOUDFLARE_API_HEADERS", headers),
        ];
        let env: Vec<(&str, &str)> = common.iter().copied().chain(extra).collect();
        let key_get = [
            "kv",
            "key",
            "get",
            "k",
            "--namespace-id",
            "5f4e3d2c1b0a49588776655443322110",
            "--remote",
        ];
        let by_wrangler = run_wrangler(&wrangler, &sandbox, &root, &key_get, &env);
        let by_wkv = run_wkv(&sandbox, &root, &key_get, &extra);
        assert_ne!(by_wrangler.code, 0, "{headers}");
        assert!(
            by_wrangler.stderr.contains(says) || by_wrangler.stdout_text().contains(says),
            "wrangler, {headers}: {}",
            by_wrangler.stderr
        );
        by_wkv.expect(2);
        assert!(
            by_wkv.stderr.contains(says),
            "wkv, {headers}: {}",
            by_wkv.stderr
        );
    }
    // What both accept reaches the server with the work session's token.
    let extra = [
        ("CLOUDFLARE_AUTH_PROFILE", "work"),
        ("CLOUDFLARE_API_HEADERS", r#"{"x-gateway": "1"}"#),
    ];
    let env: Vec<(&str, &str)> = common.iter().copied().chain(extra).collect();
    run_wrangler(
        &wrangler,
        &sandbox,
        &root,
        &["kv", "namespace", "list"],
        &env,
    )
    .success();
    run_wkv(&sandbox, &root, &["namespace", "list"], &extra).success();
}
