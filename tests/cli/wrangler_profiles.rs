//! wrangler 4.164's login profiles, read from files wrangler 4.164 wrote itself
//! (`tests/fixtures/wrangler-auth/profiles-4.164`: a default and a `work` session, and the
//! directory binding of `wrangler auth activate work`): which token reaches the API in a bound
//! directory, with `CLOUDFLARE_AUTH_PROFILE`, with `--profile`, and with the names wrangler
//! reserves; what `whoami` says about the choice. Each server accepts exactly one token, so a
//! run that succeeds proves which session was used. Every token contains `S3CRET`, and no run
//! may print one.

use std::path::{Path, PathBuf};

use crate::support::{copy_dir, wrangler_config_dir, Run, Sandbox, Server, ACCOUNT_ID};
use serde_json::Value;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/wrangler-auth/profiles-4.164"
);
/// The directory wrangler 4.164 was run in for `wrangler auth activate work`.
const RECORDED_DIR: &str = "/work/scratch/fx/home/project";
const DEFAULT_TOKEN: &str = "default-oauth-token-S3CRET-1";
const WORK_TOKEN: &str = "work-oauth-token-S3CRET-1";

/// A sandbox holding wrangler 4.164's files, with its binding moved to `<sandbox>/project`, and
/// pointed at a server that accepts only `token`.
struct Setup {
    sandbox: Sandbox,
    _server: Server,
    project: PathBuf,
}

fn setup(token: &str) -> Setup {
    let server = Server::launch(tempfile::tempdir().unwrap(), Some(token), &[]);
    let mut sandbox = Sandbox::new();
    sandbox.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
    sandbox.set_env("WKV_RETRY_BASE_MS", "5");
    let config_dir = wrangler_config_dir(&sandbox);
    copy_dir(Path::new(FIXTURE), &config_dir);
    // The process's working directory is the physical path, as wrangler's `process.cwd()`.
    let recorded =
        std::fs::read_to_string(config_dir.join("profiles/directory-bindings.json")).unwrap();
    assert_eq!(recorded, format!("{{\n\t\"{RECORDED_DIR}\": \"work\"\n}}"));
    let project = sandbox.path().canonicalize().unwrap().join("project");
    std::fs::create_dir_all(project.join("sub")).unwrap();
    bind(&sandbox, &[(&project, "work")]);
    Setup {
        sandbox,
        _server: server,
        project,
    }
}

/// Rewrites wrangler's bindings file as wrangler writes it (tab-indented JSON).
fn bind(sandbox: &Sandbox, bindings: &[(&Path, &str)]) {
    let file = wrangler_config_dir(sandbox).join("profiles/directory-bindings.json");
    let map: serde_json::Map<String, Value> = bindings
        .iter()
        .map(|(dir, profile)| (dir.to_str().unwrap().to_string(), Value::from(*profile)))
        .collect();
    let mut text = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b"\t");
    let mut serializer = serde_json::Serializer::with_formatter(&mut text, formatter);
    serde::Serialize::serialize(&map, &mut serializer).unwrap();
    std::fs::write(&file, text).unwrap();
}

#[track_caller]
fn run_in(sandbox: &Sandbox, dir: &Path, args: &[&str]) -> Run {
    let run = Run::from(
        sandbox
            .command()
            .current_dir(dir)
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap(),
    );
    run.hides("S3CRET");
    run
}

/// `namespace list` works only with the token the server accepts.
#[track_caller]
fn lists(sandbox: &Sandbox, dir: &Path, extra: &[&str]) -> Run {
    let mut args = vec!["namespace", "list"];
    args.extend_from_slice(extra);
    run_in(sandbox, dir, &args)
}

fn profile_in_whoami(sandbox: &Sandbox, dir: &Path, extra: &[&str]) -> Value {
    let mut args = vec!["whoami", "--json"];
    args.extend_from_slice(extra);
    let run = run_in(sandbox, dir, &args);
    run.success();
    run.json()["profile"].clone()
}

#[test]
fn in_a_bound_directory_and_below_it_the_bound_profiles_token_is_sent() {
    let work = setup(WORK_TOKEN);
    let sub = work.project.join("sub");
    lists(&work.sandbox, &sub, &[]).success();
    lists(&work.sandbox, &work.project, &[]).success();
    let profile = profile_in_whoami(&work.sandbox, &sub, &[]);
    assert_eq!(profile["owner"], "wrangler");
    assert_eq!(profile["name"], "work");
    assert_eq!(profile["reason"], "directory-binding");
    assert!(
        profile["why"]
            .as_str()
            .unwrap()
            .contains(work.project.to_str().unwrap()),
        "{profile}"
    );
    let text = run_in(&work.sandbox, &sub, &["whoami"]);
    text.success();
    assert!(
        text.stdout_text()
            .contains("Profile: wrangler profile `work`, chosen by the binding of"),
        "{}",
        text.stdout_text()
    );
    // Outside the bound directory (a sibling whose name starts the same way included), the
    // default session is used, which this server refuses.
    let sibling = work
        .sandbox
        .path()
        .canonicalize()
        .unwrap()
        .join("project-2");
    std::fs::create_dir_all(&sibling).unwrap();
    for dir in [work.sandbox.path().to_path_buf(), sibling] {
        lists(&work.sandbox, &dir, &[]).expect(1);
    }
    let default = setup(DEFAULT_TOKEN);
    lists(&default.sandbox, default.sandbox.path(), &[]).success();
    lists(&default.sandbox, &default.project, &[]).expect(1);
}

#[test]
fn the_longest_bound_directory_wins_and_a_config_file_moves_the_lookup() {
    let work = setup(WORK_TOKEN);
    let root = work.sandbox.path().canonicalize().unwrap();
    let sub = work.project.join("sub");
    bind(
        &work.sandbox,
        &[(&root, "default"), (&work.project, "work")],
    );
    lists(&work.sandbox, &sub, &[]).success();
    lists(&work.sandbox, &root, &[]).expect(1);
    // wrangler resolves from the folder of `--config`: run at the root with the project's file.
    std::fs::write(work.project.join("wrangler.json"), r#"{"name": "w"}"#).unwrap();
    lists(&work.sandbox, &root, &["-c", "project/wrangler.json"]).success();
}

#[test]
fn cloudflare_auth_profile_beats_a_binding_and_profile_beats_both() {
    let mut work = setup(WORK_TOKEN);
    let root = work.sandbox.path().to_path_buf();
    work.sandbox.set_env("CLOUDFLARE_AUTH_PROFILE", "work");
    lists(&work.sandbox, &root, &[]).success();
    let profile = profile_in_whoami(&work.sandbox, &root, &[]);
    assert_eq!(profile["reason"], "CLOUDFLARE_AUTH_PROFILE");
    assert_eq!(profile["name"], "work");
    // In the bound directory, CLOUDFLARE_AUTH_PROFILE=default wins over the binding ...
    work.sandbox.set_env("CLOUDFLARE_AUTH_PROFILE", "default");
    lists(&work.sandbox, &work.project, &[]).expect(1);
    // ... and --profile over both.
    lists(&work.sandbox, &root, &["--profile", "work"]).success();
    let profile = profile_in_whoami(&work.sandbox, &root, &["--profile", "work"]);
    assert_eq!(profile["reason"], "explicit");
    assert_eq!(profile["why"], "--profile");
    let mut default = setup(DEFAULT_TOKEN);
    default.sandbox.set_env("CLOUDFLARE_AUTH_PROFILE", "work");
    lists(
        &default.sandbox,
        &default.project,
        &["--profile", "default"],
    )
    .success();
    default.sandbox.set_env("WKV_PROFILE", "default");
    let profile = profile_in_whoami(&default.sandbox, &default.project, &[]);
    assert_eq!(profile["why"], "WKV_PROFILE");
    assert_eq!(profile["name"], "default");
}

#[test]
fn the_variables_come_first_as_in_wrangler() {
    let mut work = setup(WORK_TOKEN);
    work.sandbox.set_env("CLOUDFLARE_API_TOKEN", WORK_TOKEN);
    work.sandbox.set_env("CLOUDFLARE_AUTH_PROFILE", "default");
    let root = work.sandbox.path().to_path_buf();
    lists(&work.sandbox, &root, &[]).success();
    assert_eq!(profile_in_whoami(&work.sandbox, &root, &[]), Value::Null);
}

#[test]
fn a_binding_beats_the_default_wkv_profile() {
    let with_profile = setup(WORK_TOKEN);
    let store = with_profile
        .sandbox
        .path()
        .join(".config")
        .join("wkv")
        .join("profiles.toml");
    std::fs::create_dir_all(store.parent().unwrap()).unwrap();
    std::fs::write(
        &store,
        "default = \"mine\"\n\n[profiles.mine]\ntoken = \"mine-token-S3CRET\"\n",
    )
    .unwrap();
    let root = with_profile.sandbox.path().to_path_buf();
    // The default wkv profile is used where no binding applies (and refused by this server) ...
    let run = lists(&with_profile.sandbox, &root, &[]);
    run.expect(1);
    assert!(run.stderr.contains("wkv profile `mine`"), "{}", run.stderr);
    // ... and the binding wins in its directory.
    lists(&with_profile.sandbox, &with_profile.project, &[]).success();
}

#[test]
fn reserved_and_invalid_names_are_refused_and_staging_toml_is_never_a_profile() {
    let mut work = setup(WORK_TOKEN);
    // A staging session the server would accept: a profile named `staging` must not reach it.
    let config = wrangler_config_dir(&work.sandbox).join("config");
    let work_file = std::fs::read(config.join("work.toml")).unwrap();
    std::fs::write(config.join("staging.toml"), &work_file).unwrap();
    let root = work.sandbox.path().to_path_buf();
    for name in ["staging", "Staging", "DEFAULT"] {
        let run = lists(&work.sandbox, &root, &["--profile", name]);
        run.expect(2);
        assert!(
            run.stderr
                .contains(&format!("error: \"{name}\" is a reserved profile name")),
            "{}",
            run.stderr
        );
    }
    let run = lists(&work.sandbox, &root, &["--profile", "a/b"]);
    run.expect(2);
    assert!(
        run.stderr.contains("invalid profile name"),
        "{}",
        run.stderr
    );
    work.sandbox.set_env("CLOUDFLARE_AUTH_PROFILE", "staging");
    lists(&work.sandbox, &root, &[]).expect(2);
    work.sandbox.set_env("CLOUDFLARE_AUTH_PROFILE", "");
    bind(&work.sandbox, &[(&work.project, "staging")]);
    let run = lists(&work.sandbox, &work.project, &[]);
    run.expect(2);
    assert!(
        run.stderr.contains("reserved profile name"),
        "{}",
        run.stderr
    );
    // wkv's own profiles take the same names as wrangler.
    let saved = work.sandbox.run_with_stdin(
        &["auth", "login", "--profile", "staging", "--with-token"],
        b"x-S3CRET",
    );
    saved.expect(2);
    assert!(
        saved.stderr.contains("reserved profile name"),
        "{}",
        saved.stderr
    );
}

#[test]
fn a_chosen_profile_without_a_session_is_an_error_not_the_default_account() {
    let mut default = setup(DEFAULT_TOKEN);
    bind(&default.sandbox, &[(&default.project, "gone")]);
    let run = lists(&default.sandbox, &default.project, &[]);
    run.expect(2);
    assert!(
        run.stderr
            .contains("error: wrangler's profile `gone` has no session (chosen by the binding of"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("wrangler auth create gone"),
        "{}",
        run.stderr
    );
    default.sandbox.set_env("CLOUDFLARE_AUTH_PROFILE", "gone");
    let root = default.sandbox.path().to_path_buf();
    let run = lists(&default.sandbox, &root, &[]);
    run.expect(2);
    assert!(
        run.stderr.contains("(chosen by CLOUDFLARE_AUTH_PROFILE)"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_malformed_bindings_file_is_ignored_as_wrangler_ignores_it() {
    let default = setup(DEFAULT_TOKEN);
    let file = wrangler_config_dir(&default.sandbox).join("profiles/directory-bindings.json");
    for text in ["{not json", "[]"] {
        std::fs::write(&file, text).unwrap();
        lists(&default.sandbox, &default.project, &[]).success();
    }
}
