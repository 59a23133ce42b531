//! Hostile input to the CLI (issue 7): config files from a cloned repository, endless or binary
//! bulk input, interrupted spools, paths and ids that are bad usage. Every case must end with a
//! clear message and the right exit code, never a crash, and leave nothing behind.

use crate::support;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::support::Sandbox;

fn nested_json(depth: usize) -> String {
    format!(
        "{{\"name\": \"w\", \"x\": {}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    )
}

#[test]
fn a_deeply_nested_config_is_exit_2_naming_the_file_and_the_limit() {
    for name in ["wrangler.json", "wrangler.jsonc"] {
        let sandbox = Sandbox::new();
        let path = sandbox.write(name, nested_json(10_000));
        let run = sandbox.run(&["key", "list", "--binding", "DATA"]);
        run.expect(2);
        assert!(
            run.stderr.contains(&path.display().to_string()),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("128 levels"), "{}", run.stderr);
        assert!(!run.stderr.contains("overflow"), "{}", run.stderr);
    }
    // TOML's parser has its own limit; it is a usage error naming the file too.
    let sandbox = Sandbox::new();
    let path = sandbox.write(
        "wrangler.toml",
        format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
    );
    let run = sandbox.run(&["key", "list", "--binding", "DATA"]);
    run.expect(2);
    assert!(
        run.stderr.contains(&path.display().to_string()),
        "{}",
        run.stderr
    );
}

#[test]
fn a_huge_config_is_refused_without_being_read_whole() {
    let sandbox = Sandbox::new();
    // 200 MB of zero bytes, sparse on disk: reading it whole would take 200 MB of memory.
    let path = sandbox.path().join("wrangler.json");
    std::fs::File::create(&path)
        .unwrap()
        .set_len(200_000_000)
        .unwrap();
    let run = sandbox.run(&["key", "list", "--binding", "DATA"]);
    run.expect(2);
    assert!(
        run.stderr.contains(&path.display().to_string()) && run.stderr.contains("10 MiB"),
        "{}",
        run.stderr
    );
}

#[test]
fn commands_that_need_no_config_ignore_a_hostile_one() {
    let sandbox = Sandbox::new();
    sandbox.write("wrangler.json", nested_json(10_000));
    // The state directory is given, so the config has nothing to say.
    let args = ["--namespace-id", "n", "--persist-to", "state"];
    let mut put = vec!["key", "put", "k", "v"];
    put.extend(args);
    sandbox.run(&put).success();
    let mut get = vec!["key", "get", "k"];
    get.extend(args);
    assert_eq!(sandbox.run(&get).success().stdout, b"v");
    sandbox.run(&["completions", "bash"]).success();
    // A config that is needed (the state lives next to it) is still refused, with exit 2.
    sandbox
        .run(&["key", "get", "k", "--namespace-id", "n"])
        .expect(2);

    // Remote mode reads the config for its `account_id`, which comes before
    // CLOUDFLARE_ACCOUNT_ID as in wrangler: a hostile one is refused with exit 2, naming the file,
    // before any request.
    let server = support::Server::start();
    let mut remote = Sandbox::new();
    remote.use_server(&server);
    let id = remote.create_namespace("hostile");
    remote.write("wrangler.json", nested_json(10_000));
    for args in [
        vec!["key", "get", "k", "--namespace-id", id.as_str(), "--remote"],
        vec!["namespace", "list"],
        vec!["key", "get", "k", "--binding", "X", "--remote"],
    ] {
        let run = remote.run(&args);
        run.expect(2);
        assert!(
            run.stderr.contains("wrangler.json"),
            "{args:?}: {}",
            run.stderr
        );
    }
}

/// Runs `wkv` with stdout and stderr captured and a deadline; returns (exit code, stderr).
fn wait_with_deadline(mut child: Child, deadline: Duration) -> (i32, String) {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            return (status.code().unwrap_or(-1), stderr);
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            panic!("wkv still running after {deadline:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn entries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn bulk_put_of_dev_zero_fails_at_once_in_both_formats() {
    let sandbox = Sandbox::new();
    let tmp = sandbox.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    for format in ["json", "ndjson"] {
        let child = sandbox
            .command()
            .args(["bulk", "put", "/dev/zero", "--format", format])
            .args(["--namespace-id", "n", "--persist-to", "state"])
            .env("TMPDIR", &tmp)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Generous: before the fix this copied /dev/zero until the disk was full.
        let (code, stderr) = wait_with_deadline(child, Duration::from_secs(30));
        assert_eq!(code, 2, "{format}: {stderr}");
        assert!(stderr.contains("/dev/zero"), "{stderr}");
        assert!(entries(&tmp).is_empty(), "{:?}", entries(&tmp));
    }
    assert!(!sandbox.path().join("state").exists());
}

#[test]
fn an_endless_stdin_stops_at_the_spool_cap_with_exit_2() {
    let sandbox = Sandbox::new();
    let tmp = sandbox.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let mut child = sandbox
        .command()
        .args(["bulk", "put", "-", "--format", "ndjson"])
        .args(["--namespace-id", "n", "--persist-to", "state"])
        .env("TMPDIR", &tmp)
        .env("WKV_MAX_SPOOL_BYTES", "2000000")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Valid items for ever, until wkv stops reading.
    let feeder = std::thread::spawn(move || {
        let line = b"{\"key\":\"k\",\"value\":\"v\"}\n".repeat(1000);
        while stdin.write_all(&line).is_ok() {}
    });
    let (code, stderr) = wait_with_deadline(child, Duration::from_secs(60));
    feeder.join().unwrap();
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("stdin is larger than 2000000 bytes"),
        "{stderr}"
    );
    assert!(entries(&tmp).is_empty(), "{:?}", entries(&tmp));
    assert!(!sandbox.path().join("state").exists());
}

/// The paths of the files wkv has open under `dir`, as /proc shows them.
#[cfg(target_os = "linux")]
fn open_files_under(pid: u32, dir: &Path) -> Vec<String> {
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return Vec::new();
    };
    fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
        .map(|target| target.to_string_lossy().into_owned())
        .filter(|target| target.starts_with(&dir.display().to_string()))
        .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn a_signal_during_the_spool_leaves_no_file_in_tmpdir() {
    for signal in ["TERM", "INT"] {
        let sandbox = Sandbox::new();
        let tmp = sandbox.path().join("tmp");
        std::fs::create_dir(&tmp).unwrap();
        let mut child = sandbox
            .command()
            .args(["bulk", "put", "-", "--format", "ndjson"])
            .args(["--namespace-id", "n", "--persist-to", "state"])
            .env("TMPDIR", &tmp)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        // 2 MB of secrets, more than a pipe holds: once written, wkv has read and spooled most.
        let line = b"{\"key\":\"k\",\"value\":\"secret-value\"}\n".repeat(60_000);
        stdin.write_all(&line).unwrap();
        // The spool exists (wkv holds it open in TMPDIR) but has no name there.
        let started = Instant::now();
        let spool = loop {
            let open = open_files_under(child.id(), &tmp);
            if !open.is_empty() {
                break open;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "wkv never opened a file in TMPDIR"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(
            spool.iter().all(|path| path.ends_with(" (deleted)")),
            "{spool:?}"
        );
        assert!(entries(&tmp).is_empty(), "{:?}", entries(&tmp));
        let killed = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        drop(stdin);
        assert!(!status.success(), "{signal}: {status:?}");
        assert!(entries(&tmp).is_empty(), "{signal}: {:?}", entries(&tmp));
    }
}

/// SIGKILLs a `wkv` run once it has opened a file in `tmp`, having checked that what it holds
/// there has no name; then nothing may be left in `tmp`.
#[cfg(target_os = "linux")]
fn kill_once_staged(sandbox: &Sandbox, tmp: &Path, args: &[&str]) {
    let mut child = sandbox
        .command()
        .args(args)
        .env("TMPDIR", tmp)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while open_files_under(child.id(), tmp).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{args:?}: wkv never opened a file in TMPDIR"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    // Give the staging time to fill the file with values (the requests wait far longer). A
    // small input may have been read whole and closed by then; whatever is open has no name.
    std::thread::sleep(Duration::from_millis(300));
    let staged = open_files_under(child.id(), tmp);
    assert!(
        staged.iter().all(|path| path.ends_with(" (deleted)")),
        "{args:?}: {staged:?}"
    );
    assert!(entries(tmp).is_empty(), "{args:?}: {:?}", entries(tmp));
    child.kill().unwrap();
    assert!(!child.wait().unwrap().success());
    assert!(entries(tmp).is_empty(), "{args:?}: {:?}", entries(tmp));
}

#[cfg(target_os = "linux")]
#[test]
fn a_kill_during_a_staged_sync_or_directory_put_leaves_no_file_in_tmpdir() {
    // Every request waits, so the runs are still going when they are killed.
    let server = support::Server::start_with(&["--latency-ms", "500"]);
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("staged");
    let tmp = sandbox.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let items: Vec<serde_json::Value> = (0..5_000)
        .map(|i| serde_json::json!({"key": format!("k{i}"), "value": "secret-value"}))
        .collect();
    sandbox.write("items.json", serde_json::to_vec(&items).unwrap());
    let target = ["--namespace-id", id.as_str(), "--remote"];
    let sync = [&["bulk", "put", "items.json", "--sync"][..], &target].concat();
    kill_once_staged(&sandbox, &tmp, &sync);
    for i in 0..200 {
        sandbox.write(&format!("site/page{i}.html"), "secret-value");
    }
    let dir = [&["bulk", "put", "--dir", "site"][..], &target].concat();
    kill_once_staged(&sandbox, &tmp, &dir);
}

#[test]
fn completions_survive_a_closed_pipe_and_a_full_disk() {
    let sandbox = Sandbox::new();
    let mut child = sandbox
        .command()
        .args(["completions", "bash"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte and hang up: the script is larger than a pipe holds, so wkv's write fails.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let (code, stderr) = wait_with_deadline(child, Duration::from_secs(30));
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    if Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = sandbox
            .command()
            .args(["completions", "zsh"])
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains("No space left"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn persist_to_a_regular_file_is_exit_2_for_reads_deletes_and_writes() {
    let sandbox = Sandbox::new();
    sandbox.write("notes.txt", "not a directory");
    sandbox.write("keys.json", "[\"a\"]");
    sandbox.write("items.json", "[{\"key\": \"a\", \"value\": \"1\"}]");
    let commands: [&[&str]; 6] = [
        &["key", "get", "a"],
        &["key", "list"],
        &["key", "put", "a", "1"],
        &["key", "delete", "a"],
        &["bulk", "delete", "keys.json", "--force"],
        &["bulk", "put", "items.json"],
    ];
    for command in commands {
        let mut args = command.to_vec();
        args.extend(["--namespace-id", "n", "--persist-to", "notes.txt"]);
        let run = sandbox.run(&args);
        run.expect(2);
        assert!(
            run.stderr.contains("notes.txt") && run.stderr.contains("is a file"),
            "{command:?}: {}",
            run.stderr
        );
    }
    assert_eq!(
        std::fs::read_to_string(sandbox.path().join("notes.txt")).unwrap(),
        "not a directory"
    );
}

#[test]
fn a_namespace_id_too_long_for_a_file_name_is_exit_2() {
    let sandbox = Sandbox::new();
    let long = "n".repeat(300);
    for command in [&["key", "put", "k", "v"][..], &["key", "get", "k"]] {
        let mut args = command.to_vec();
        args.extend(["--namespace-id", &long]);
        let run = sandbox.run(&args);
        run.expect(2);
        assert!(run.stderr.contains("255 bytes"), "{}", run.stderr);
    }
    assert!(!sandbox.path().join(".wrangler").exists());
}

#[test]
fn key_put_from_a_directory_is_exit_2() {
    let sandbox = Sandbox::new();
    std::fs::create_dir(sandbox.path().join("dir")).unwrap();
    let run = sandbox.run(&["key", "put", "k", "--path", "dir", "--namespace-id", "n"]);
    run.expect(2);
    assert!(run.stderr.contains("is a directory"), "{}", run.stderr);
    assert!(!sandbox.path().join(".wrangler").exists());
}

#[test]
fn remote_mode_refuses_ids_that_would_change_the_url_path_before_any_request() {
    // A listener that counts connections stands in for the API: nothing may reach it.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let mut sandbox = Sandbox::new();
    sandbox.set_env(
        "CLOUDFLARE_API_BASE_URL",
        &format!("http://{}/client/v4", listener.local_addr().unwrap()),
    );
    sandbox.set_env("CLOUDFLARE_API_TOKEN", "token");
    sandbox.write("keys.json", "[\"a\"]");
    sandbox.write("items.json", "[{\"key\": \"a\", \"value\": \"1\"}]");
    for id in [".", "..", "a\u{1b}b"] {
        sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", "0123456789abcdef0123456789abcdef");
        let commands: [&[&str]; 7] = [
            &["key", "get", "a", "--remote"],
            &["key", "put", "a", "1", "--remote"],
            &["key", "list", "--remote"],
            &["bulk", "put", "items.json", "--remote"],
            &["bulk", "delete", "keys.json", "--force", "--remote"],
            &["namespace", "delete", "-y"],
            &["namespace", "rename", "--new-name", "x"],
        ];
        for command in commands {
            let mut args = command.to_vec();
            args.extend(["--namespace-id", id]);
            let run = sandbox.run(&args);
            run.expect(2);
            assert!(
                run.stderr.contains("not a usable namespace id"),
                "{command:?}: {}",
                run.stderr
            );
        }
        // The account id is a path segment too.
        sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", id);
        let run = sandbox.run(&["key", "get", "a", "--namespace-id", "n", "--remote"]);
        run.expect(2);
        // Sign-in checks the account id it is given (src/auth/account.rs) before anything else.
        assert!(
            run.stderr.contains("is not an account id"),
            "{}",
            run.stderr
        );
    }
    assert!(
        listener.accept().is_err(),
        "a request reached the API address"
    );
}

#[test]
fn local_only_namespaces_named_by_bindings_still_work() {
    let sandbox = Sandbox::new();
    sandbox.write(
        "wrangler.toml",
        "name = \"w\"\n[[kv_namespaces]]\nbinding = \"LOCAL_ONLY\"\n",
    );
    sandbox
        .run(&["key", "put", "k", "v", "--binding", "LOCAL_ONLY"])
        .success();
    assert_eq!(
        sandbox
            .run(&["key", "get", "k", "--binding", "LOCAL_ONLY"])
            .success()
            .stdout,
        b"v"
    );
}

/// Control bytes a hostile key name could use on a terminal: colour, window title, bell,
/// carriage return, a C1 CSI and a direction override.
const HOSTILE_NAME: &str =
    "evil\u{1b}[31m\u{1b}]0;pwned\u{7}\r\u{9b}2J\u{202e}gnp.exe\nerror: fake";

fn has_raw_controls(text: &str) -> bool {
    text.chars()
        .any(|c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
}

#[test]
fn control_characters_in_key_names_never_reach_the_terminal_raw() {
    let sandbox = Sandbox::new();
    let at = ["--namespace-id", "n"];
    let with = |args: &[&'static str]| {
        let mut all = args.to_vec();
        all.extend(at);
        all
    };
    let put = sandbox.run(&with(&["key", "put", HOSTILE_NAME, "v"]));
    put.success();
    assert!(!has_raw_controls(&put.stderr), "{:?}", put.stderr);
    assert!(
        put.stderr
            .contains("evil\\e[31m\\e]0;pwned\\x07\\r\\u{9b}2J\\u{202e}gnp.exe\\nerror: fake"),
        "{:?}",
        put.stderr
    );
    // The fake "error:" line stays on the status line it came in.
    assert_eq!(put.stderr.lines().count(), 1, "{:?}", put.stderr);

    // A table is for a terminal: escaped.
    let table = sandbox.run(&with(&["key", "list", "--output", "table"]));
    table.success();
    let drawn = table.stdout_text();
    assert!(!has_raw_controls(&drawn), "{drawn:?}");
    assert!(drawn.contains("evil\\e[31m"), "{drawn}");

    // JSON and NDJSON stay exact.
    for output in ["json", "ndjson"] {
        let listed = sandbox.run(&with(&["key", "list", "--output", output]));
        listed.success();
        let text = listed.stdout_text();
        let first = text.trim_start_matches('[').trim();
        let name = if output == "json" {
            listed.json()[0]["name"].as_str().unwrap().to_string()
        } else {
            serde_json::from_str::<serde_json::Value>(first).unwrap()["name"]
                .as_str()
                .unwrap()
                .to_string()
        };
        assert_eq!(name, HOSTILE_NAME);
    }
    let got = sandbox.run(&with(&["key", "get", HOSTILE_NAME]));
    assert_eq!(got.success().stdout, b"v");

    // Errors and warnings on stderr.
    let missing = sandbox.run(&with(&["key", "get", "missing\u{1b}[2J\u{7}"]));
    missing.expect(3);
    assert!(!has_raw_controls(&missing.stderr), "{:?}", missing.stderr);
    assert!(
        missing.stderr.contains("missing\\e[2J\\x07"),
        "{:?}",
        missing.stderr
    );
    sandbox.write(
        "items.json",
        serde_json::to_string(&serde_json::json!([
            {"key": "k", "value": "v", "odd\u{1b}[5mproperty": 1}
        ]))
        .unwrap(),
    );
    let warned = sandbox.run(&with(&["bulk", "put", "items.json"]));
    warned.success();
    assert!(warned.stderr.contains("warning:"), "{:?}", warned.stderr);
    assert!(!has_raw_controls(&warned.stderr), "{:?}", warned.stderr);
    sandbox.write(
        "bad.json",
        serde_json::to_string(
            &serde_json::json!([{"key": "a\u{1b}[8m", "value": 5, "expiration": "x\u{7}"}]),
        )
        .unwrap(),
    );
    let refused = sandbox.run(&with(&["bulk", "put", "bad.json"]));
    refused.expect(2);
    assert!(!has_raw_controls(&refused.stderr), "{:?}", refused.stderr);

    let deleted = sandbox.run(&with(&["key", "delete", HOSTILE_NAME]));
    deleted.success();
    assert!(!has_raw_controls(&deleted.stderr), "{:?}", deleted.stderr);
}

#[test]
fn namespace_titles_from_the_api_are_escaped_in_tables() {
    let server = support::Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let title = "title\u{1b}[41m\u{7}";
    let created = sandbox.run(&["namespace", "create", title]);
    created.success();
    assert!(!has_raw_controls(&created.stderr), "{:?}", created.stderr);
    let table = sandbox.run(&["namespace", "list", "--output", "table"]);
    table.success();
    assert!(
        !has_raw_controls(&table.stdout_text()),
        "{:?}",
        table.stdout_text()
    );
    assert!(
        table.stdout_text().contains("title\\e[41m\\x07"),
        "{}",
        table.stdout_text()
    );
    let json = sandbox.run(&["namespace", "list"]);
    assert_eq!(json.success().json()[0]["title"], title);
}

/// Metadata as a Python or Rust program might write it.
const NUMBERS_METADATA: &str = r#"{"int":2.0,"big":1e21,"small":1.5e-7,"micro":0.000001,"negzero":-0,"frac":0.10,"exp":1.0E2,"list":[1.5e300,-2.5e-300,123456789.125]}"#;

/// What wrangler prints for it: `JSON.stringify(keys, null, 2)` as node 22 writes it.
const NUMBERS_LISTING: &str = r#"[
  {
    "name": "k",
    "metadata": {
      "int": 2,
      "big": 1e+21,
      "small": 1.5e-7,
      "micro": 0.000001,
      "negzero": 0,
      "frac": 0.1,
      "exp": 100,
      "list": [
        1.5e+300,
        -2.5e-300,
        123456789.125
      ]
    }
  }
]
"#;

fn json_numbers_print_as_javascript_prints_them(sandbox: &Sandbox, at: &[&str]) {
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(at);
        sandbox.run(&all)
    };
    run(&["key", "put", "k", "v", "--metadata", NUMBERS_METADATA]).success();
    assert_eq!(
        run(&["key", "list"]).success().stdout_text(),
        NUMBERS_LISTING
    );
    let compact = run(&["key", "list", "--output", "ndjson"]);
    assert_eq!(
        compact.success().stdout_text(),
        "{\"name\":\"k\",\"metadata\":{\"int\":2,\"big\":1e+21,\"small\":1.5e-7,\"micro\":0.000001,\
         \"negzero\":0,\"frac\":0.1,\"exp\":100,\"list\":[1.5e+300,-2.5e-300,123456789.125]}}\n"
    );
    let metadata = run(&["key", "get", "k", "--metadata"]);
    assert!(
        metadata
            .success()
            .stdout_text()
            .contains("\"big\": 1e+21,\n"),
        "{}",
        metadata.stdout_text()
    );
    // Integers past 2^53 keep their digits, however long (JavaScript would print
    // 9007199254740992 and 1.2345678901234568e+29).
    run(&[
        "key",
        "put",
        "k",
        "v",
        "--metadata",
        r#"{"id":9007199254740993,"long":123456789012345678901234567890}"#,
    ])
    .success();
    assert_eq!(
        run(&["key", "list", "--output", "ndjson"])
            .success()
            .stdout_text(),
        "{\"name\":\"k\",\"metadata\":{\"id\":9007199254740993,\"long\":123456789012345678901234567890}}\n"
    );
    // Any JSON value is metadata, as in wrangler and the API.
    for (given, printed) in [
        (r#""draft""#, "\"draft\""),
        ("2.50", "2.5"),
        ("[1, 2.0]", "[\n  1,\n  2\n]"),
        ("null", "null"),
    ] {
        run(&["key", "put", "k", "v", "--metadata", given]).success();
        let shown = run(&["key", "get", "k", "--metadata"]);
        assert_eq!(
            shown.success().stdout_text(),
            format!("{printed}\n"),
            "{given}"
        );
    }
    run(&["key", "put", "k", "v", "--metadata", "{nope"]).expect(2);
}

#[test]
fn json_numbers_print_as_javascript_prints_them_locally() {
    let sandbox = Sandbox::new();
    json_numbers_print_as_javascript_prints_them(&sandbox, &["--namespace-id", "n"]);
}

#[test]
fn json_numbers_print_as_javascript_prints_them_remotely() {
    let server = support::Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("numbers");
    json_numbers_print_as_javascript_prints_them(&sandbox, &["--namespace-id", &id, "--remote"]);
}

#[test]
fn counts_of_one_are_singular() {
    let server = support::Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("counts");
    sandbox.write("items.json", r#"[{"key": "a", "value": "1"}]"#);
    sandbox.write("keys.json", r#"["a"]"#);
    let at = ["--namespace-id", id.as_str(), "--remote"];
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(at);
        sandbox.run(&all)
    };
    let put = run(&["bulk", "put", "items.json"]);
    put.success();
    assert!(
        put.stderr.contains("Wrote 1 item (") && put.stderr.contains(" in 1 request, "),
        "{}",
        put.stderr
    );
    assert!(!put.stderr.contains("1 requests"), "{}", put.stderr);
    let exported = run(&["bulk", "export", "out.json"]);
    assert!(
        exported.success().stderr.contains("Exported 1 key ("),
        "{}",
        exported.stderr
    );
    let deleted = run(&["bulk", "delete", "keys.json", "--force"]);
    assert!(
        deleted.success().stderr.contains("Deleted 1 key from"),
        "{}",
        deleted.stderr
    );
}

#[test]
fn a_blank_account_id_still_means_look_the_account_up() {
    let server = support::Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("blank-account");
    sandbox.set_env("CLOUDFLARE_ACCOUNT_ID", "");
    sandbox.write("wrangler.toml", "name = \"w\"\naccount_id = \"\"\n");
    sandbox
        .run(&["key", "list", "--namespace-id", &id, "--remote"])
        .success();
}

#[test]
fn serve_with_persist_to_ignores_a_hostile_config() {
    let sandbox = Sandbox::new();
    sandbox.write("wrangler.json", nested_json(10_000));
    let mut child = sandbox
        .command()
        .args(["serve", "--port", "0", "--persist-to", "state"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let read = std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    );
    let _ = child.kill();
    let _ = child.wait();
    read.unwrap();
    assert!(line.starts_with("http://127.0.0.1:"), "{line:?}");
    // Without --persist-to the state goes next to the config, which is then read and refused.
    let run = sandbox.run(&["serve", "--port", "0"]);
    run.expect(2);
    assert!(run.stderr.contains("128 levels"), "{}", run.stderr);
}

/// `--persist-to` places local state: with `--remote` it is refused as bad usage before any
/// credential is looked for or anything is written, for reads and writes alike.
#[test]
fn persist_to_with_remote_is_refused_before_anything_happens() {
    let sandbox = Sandbox::new();
    for args in [
        &["key", "get", "k", "--namespace-id", "ns"][..],
        &["key", "put", "k", "v", "--namespace-id", "ns"][..],
        &["key", "list", "--namespace-id", "ns"][..],
    ] {
        let mut args = args.to_vec();
        args.extend(["--remote", "--persist-to", "state"]);
        let run = sandbox.run(&args);
        run.expect(2);
        assert!(
            run.stderr
                .contains("--persist-to applies to local state; drop it or drop --remote"),
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            !sandbox.path().join("state").exists(),
            "{args:?} wrote state"
        );
    }
}
