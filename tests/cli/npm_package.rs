//! The npm packages end to end: `packaging/npm/pack.sh` builds the `wkv` package and this
//! platform's `@wkv/cli-<os>-<cpu>` package from the binary under test, `npm install --offline`
//! puts them into an empty project, and wkv runs through the launcher (`npx --offline wkv` and
//! `node_modules/.bin/wkv`) against real local state. Checked: version, exit codes, binary values
//! through stdin/stdout, SIGTERM forwarding, Ctrl-C, and the message when the platform package is
//! missing. npm never reaches a registry here (its registry is pointed at a closed local port).
//!
//! Needs Node.js 18+ with npm on PATH (`.ci/run` installs them when missing). Unix only (the
//! signals; pack.sh is a bash script).

use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::support::{self, Sandbox};

struct Tarballs {
    main: PathBuf,
    platform: PathBuf,
}

/// The two package tarballs, built once for the whole test binary by the real pack.sh.
fn tarballs() -> &'static Tarballs {
    static PACKED: OnceLock<Tarballs> = OnceLock::new();
    PACKED.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("npm-package");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // A debug build carries ~150 MB of debug info that only slows packing and installing;
        // a copy without it is the same program. Where `strip` is missing, pack the build as is.
        let binary = dir.join("wkv");
        let stripped = Command::new("strip")
            .arg("-S")
            .arg("-o")
            .arg(&binary)
            .arg(env!("CARGO_BIN_EXE_wkv"))
            .status();
        if !matches!(stripped, Ok(status) if status.success()) {
            std::fs::copy(env!("CARGO_BIN_EXE_wkv"), &binary).unwrap();
        }
        let packed = pack_sh(&npm_sandbox(), &binary, &dir.join("out"));
        assert_ok("pack.sh", &packed);
        let printed = String::from_utf8(packed.stdout).unwrap();
        let paths: Vec<PathBuf> = printed.lines().map(PathBuf::from).collect();
        assert_eq!(
            paths.len(),
            2,
            "pack.sh prints the platform and the main tarball:\n{printed}"
        );
        let version = env!("CARGO_PKG_VERSION");
        assert!(
            paths[1].ends_with(format!("wkv-{version}.tgz")),
            "{printed}"
        );
        let platform = paths[0].file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            platform.starts_with("wkv-cli-") && platform.ends_with(&format!("-{version}.tgz")),
            "{printed}"
        );
        for path in &paths {
            assert!(path.is_file(), "{} was not written", path.display());
        }
        Tarballs {
            platform: paths[0].clone(),
            main: paths[1].clone(),
        }
    })
}

/// A sandbox (its own HOME and XDG dirs) that is also an empty npm project, with npm's cache,
/// config and registry kept inside it or pointed nowhere.
fn npm_sandbox() -> Sandbox {
    let mut sandbox = Sandbox::new();
    let cache = sandbox.path().join(".npm-cache");
    sandbox.set_env("npm_config_cache", cache.to_str().unwrap());
    sandbox.set_env(
        "npm_config_userconfig",
        sandbox.path().join(".npmrc").to_str().unwrap(),
    );
    // Port 9 (discard) on loopback: anything that tries a registry fails at once, offline.
    sandbox.set_env("npm_config_registry", "http://127.0.0.1:9/");
    sandbox.set_env("npm_config_update_notifier", "false");
    sandbox.set_env("npm_config_fund", "false");
    sandbox.set_env("npm_config_audit", "false");
    sandbox.write(
        "package.json",
        r#"{"name": "project", "version": "1.0.0", "private": true}"#,
    );
    sandbox
}

/// `npm install --offline` of the given tarballs (plus extra flags) into the sandbox's project.
fn npm_install(sandbox: &Sandbox, tarballs: &[&Path], flags: &[&str]) {
    let installed = sandbox
        .command_running(Path::new("npm"))
        .args(["install", "--offline"])
        .args(flags)
        .args(tarballs)
        .stdin(Stdio::null())
        .output()
        .expect("run npm (Node.js 18+ with npm must be on PATH)");
    assert_ok("npm install", &installed);
}

/// A project with both packages installed, as `npm i -D wkv` leaves it on this machine.
fn installed_project() -> Sandbox {
    let packages = tarballs();
    let sandbox = npm_sandbox();
    npm_install(&sandbox, &[&packages.platform, &packages.main], &[]);
    sandbox
}

fn npx_wkv(sandbox: &Sandbox, args: &[&str], stdin: &[u8]) -> Output {
    let mut npx = sandbox.command_running(Path::new("npx"));
    npx.args(["--offline", "wkv"]).args(args);
    support::output_with_stdin(&mut npx, stdin)
}

/// `packaging/npm/pack.sh BINARY OUTDIR`, run in the sandbox.
fn pack_sh(sandbox: &Sandbox, binary: &Path, outdir: &Path) -> Output {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/npm/pack.sh");
    sandbox
        .command_running(&script)
        .arg(binary)
        .arg(outdir)
        .stdin(Stdio::null())
        .output()
        .expect("run packaging/npm/pack.sh")
}

fn assert_ok(what: &str, output: &Output) {
    assert!(
        output.status.success(),
        "{what} failed ({}):\nstdout: {}\nstderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn assert_code(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn npx_runs_wkv_with_its_version_exit_codes_and_binary_values_unchanged() {
    let sandbox = installed_project();

    let version = npx_wkv(&sandbox, &["--version"], b"");
    assert_ok("npx wkv --version", &version);
    assert_eq!(
        String::from_utf8(version.stdout).unwrap(),
        format!("wkv {}\n", env!("CARGO_PKG_VERSION"))
    );

    // Every byte value, a NUL run and bytes that are not UTF-8, in and out through the launcher.
    let mut value: Vec<u8> = (0..=255u8).cycle().take(64 * 1024).collect();
    value.extend_from_slice(&[0, 0, 0, 0xff, 0xfe, b'\r', b'\n']);
    let put = npx_wkv(
        &sandbox,
        &[
            "key",
            "put",
            "blob",
            "--path",
            "-",
            "--namespace-id",
            "demo",
        ],
        &value,
    );
    assert_ok("npx wkv key put", &put);
    let got = npx_wkv(
        &sandbox,
        &["key", "get", "blob", "--namespace-id", "demo"],
        b"",
    );
    assert_ok("npx wkv key get", &got);
    assert!(
        got.stdout == value,
        "the value read back through npx differs"
    );
    // The launcher wrote real local state: wkv itself reads the same bytes.
    let direct = sandbox.run(&["key", "get", "blob", "--namespace-id", "demo"]);
    assert!(direct.success().stdout == value);

    let missing = npx_wkv(
        &sandbox,
        &["key", "get", "nope", "--namespace-id", "demo"],
        b"",
    );
    assert_code(&missing, 3);
    assert!(String::from_utf8_lossy(&missing.stderr).contains("error: key `nope` not found"));

    let usage = npx_wkv(&sandbox, &["key", "get", "--namespace-id", "demo"], b"");
    assert_code(&usage, 2);
    let bad_flag = npx_wkv(&sandbox, &["key", "list", "--no-such-flag"], b"");
    assert_code(&bad_flag, 2);
}

/// A local `bulk put` long enough to be interrupted, started through the launcher
/// (`node_modules/.bin/wkv`, so the spawned process is the launcher itself).
struct LongBulkPut {
    launcher: Child,
    wkv_pid: i32,
}

const ITEMS: usize = 60_000;

fn start_long_bulk_put(sandbox: &Sandbox, own_process_group: bool) -> LongBulkPut {
    let items: Vec<serde_json::Value> = (0..ITEMS)
        .map(|i| serde_json::json!({"key": format!("k{i:06}"), "value": "v".repeat(100)}))
        .collect();
    sandbox.write("items.json", serde_json::to_vec(&items).unwrap());
    let mut command = sandbox.command_running(&sandbox.path().join("node_modules/.bin/wkv"));
    command
        .args(["bulk", "put", "items.json", "--namespace-id", "demo"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    if own_process_group {
        command.process_group(0);
    }
    let mut launcher = command.spawn().expect("start the launcher");

    // Wait until wkv runs under the launcher and has started writing value files.
    let blobs = sandbox.kv_root().join("demo/blobs");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = launcher.try_wait().unwrap() {
            panic!("the launcher exited ({status}) before the bulk put could be interrupted");
        }
        let children = child_pids(launcher.id() as i32);
        let writing = std::fs::read_dir(&blobs).is_ok_and(|mut dir| dir.next().is_some());
        if let (Some(&wkv_pid), true) = (children.first(), writing) {
            return LongBulkPut { launcher, wkv_pid };
        }
        assert!(
            Instant::now() < deadline,
            "wkv did not start writing within 2 minutes"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The processes whose parent is `pid`.
fn child_pids(pid: i32) -> Vec<i32> {
    let parent_of = |entry: &str| -> Option<(i32, i32)> {
        let mut fields = entry.split_whitespace();
        Some((fields.next()?.parse().ok()?, fields.next()?.parse().ok()?))
    };
    let table: Vec<(i32, i32)> = if cfg!(target_os = "linux") {
        // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so cut at ')'.
        std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path().join("stat")).ok())
            .filter_map(|stat| {
                let (head, tail) = stat.rsplit_once(')')?;
                let own: i32 = head.split_whitespace().next()?.parse().ok()?;
                let parent: i32 = tail.split_whitespace().nth(1)?.parse().ok()?;
                Some((own, parent))
            })
            .collect()
    } else {
        let listing = Command::new("ps")
            .args(["-A", "-o", "pid=", "-o", "ppid="])
            .output()
            .unwrap();
        String::from_utf8_lossy(&listing.stdout)
            .lines()
            .filter_map(parent_of)
            .collect()
    };
    table
        .into_iter()
        .filter(|&(_, parent)| parent == pid)
        .map(|(own, _)| own)
        .collect()
}

fn is_alive(pid: i32) -> bool {
    // SAFETY: kill with signal 0 only checks that the process exists.
    unsafe { libc::kill(pid, 0) == 0 }
}

fn key_count(sandbox: &Sandbox) -> usize {
    let listed = sandbox.run(&["key", "list", "--namespace-id", "demo"]);
    listed.success().json().as_array().unwrap().len()
}

/// A signal sent to the launcher alone (`kill PID`, a supervisor) reaches wkv: wkv stops, the
/// launcher dies of the same signal once wkv has, and nothing is written after that.
fn a_signal_to_the_launcher_alone_stops_wkv(signal: libc::c_int) {
    let sandbox = installed_project();
    let mut job = start_long_bulk_put(&sandbox, false);
    assert!(is_alive(job.wkv_pid));

    // SAFETY: signals the launcher's pid only, not its group.
    assert_eq!(unsafe { libc::kill(job.launcher.id() as i32, signal) }, 0);
    let status = job.launcher.wait().unwrap();
    let right_after = support::snapshot(&sandbox.kv_root());

    // The launcher died of the same signal (a shell shows 128 + N), and only after wkv had
    // stopped.
    assert_eq!(status.signal(), Some(signal), "launcher status: {status}");
    assert!(
        !is_alive(job.wkv_pid),
        "wkv still runs after the launcher exited"
    );
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        support::snapshot(&sandbox.kv_root()) == right_after,
        "local state changed after the launcher had exited"
    );
    // Killed before its all-or-nothing commit: no key was stored.
    assert_eq!(key_count(&sandbox), 0);
}

#[test]
fn sigterm_to_the_launcher_alone_stops_wkv_and_nothing_is_written_after_it_exits() {
    a_signal_to_the_launcher_alone_stops_wkv(libc::SIGTERM);
}

#[test]
fn sighup_to_the_launcher_alone_stops_wkv_and_nothing_is_written_after_it_exits() {
    a_signal_to_the_launcher_alone_stops_wkv(libc::SIGHUP);
}

#[test]
fn ctrl_c_reaches_wkv_and_the_launcher_waits_for_its_rollback_and_exit_code() {
    let sandbox = installed_project();
    let mut job = start_long_bulk_put(&sandbox, true);
    let group = job.launcher.id() as i32;

    // What a terminal does on Ctrl-C: SIGINT to the whole foreground process group.
    // SAFETY: signals only the group the test created for the launcher and wkv.
    assert_eq!(unsafe { libc::kill(-group, libc::SIGINT) }, 0);
    let status = job.launcher.wait().unwrap();

    // wkv rolled back and exited 1; the launcher ignored the SIGINT and passed that code on.
    assert_eq!(status.code(), Some(1), "launcher status: {status}");
    assert!(
        !is_alive(job.wkv_pid),
        "wkv still runs after the launcher exited"
    );
    assert_eq!(key_count(&sandbox), 0);
}

#[test]
fn a_missing_platform_package_is_an_error_with_hints_and_exit_1() {
    let packages = tarballs();
    let mut sandbox = npm_sandbox();
    npm_install(&sandbox, &[&packages.main], &["--omit=optional"]);
    assert!(
        !sandbox.path().join("node_modules/@wkv").exists(),
        "--omit=optional installed a platform package"
    );

    let run = npx_wkv(&sandbox, &["--version"], b"");
    assert_code(&run, 1);
    assert!(run.stdout.is_empty());
    let stderr = String::from_utf8(run.stderr).unwrap();
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[0].starts_with("error: the wkv binary for ") && lines[0].contains("is not installed"),
        "{stderr}"
    );
    assert!(
        lines[1..].iter().all(|line| line.starts_with("hint: ")),
        "{stderr}"
    );
    assert!(stderr.contains("--omit=optional"), "{stderr}");
    assert!(
        stderr.contains("delete node_modules and the lock file"),
        "{stderr}"
    );

    // WKV_BINARY points the launcher at a binary of the user's choice.
    sandbox.set_env("WKV_BINARY", env!("CARGO_BIN_EXE_wkv"));
    let run = npx_wkv(&sandbox, &["--version"], b"");
    assert_ok("npx wkv --version with WKV_BINARY", &run);
    assert_eq!(
        String::from_utf8(run.stdout).unwrap(),
        format!("wkv {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// pack.sh names the platform package from the executable's own header, so the release
/// workflow's macOS and Windows binaries get the right package on a Linux runner: the first
/// bytes of a Mach-O arm64 and a PE x64 file are enough, and anything else is refused.
#[test]
fn pack_sh_reads_the_platform_from_mach_o_and_pe_headers_and_refuses_other_files() {
    let sandbox = npm_sandbox();
    let mut mach_o = vec![0xcf, 0xfa, 0xed, 0xfe];
    mach_o.extend_from_slice(&0x0100_000c_u32.to_le_bytes()); // CPU_TYPE_ARM64
    let mut pe = vec![0u8; 0x48];
    pe[..2].copy_from_slice(b"MZ");
    pe[0x3c..0x40].copy_from_slice(&0x40_u32.to_le_bytes());
    pe[0x40..0x44].copy_from_slice(b"PE\0\0");
    pe[0x44..0x46].copy_from_slice(&0x8664_u16.to_le_bytes()); // IMAGE_FILE_MACHINE_AMD64
    let version = env!("CARGO_PKG_VERSION");

    for (name, header, package) in [("mach-o", mach_o, "darwin-arm64"), ("pe", pe, "win32-x64")] {
        let binary = sandbox.write(name, header);
        let packed = pack_sh(&sandbox, &binary, Path::new("out"));
        assert_ok("pack.sh", &packed);
        let tarball = sandbox
            .path()
            .join(format!("out/wkv-cli-{package}-{version}.tgz"));
        assert!(
            String::from_utf8_lossy(&packed.stdout).lines().next()
                == Some(tarball.to_str().unwrap()),
            "{name}: {}",
            String::from_utf8_lossy(&packed.stdout)
        );
        assert!(tarball.is_file());
    }

    let text = sandbox.write("notes.txt", "not a program");
    let refused = pack_sh(&sandbox, &text, Path::new("refused"));
    assert_code(&refused, 1);
    assert!(String::from_utf8_lossy(&refused.stderr).starts_with("error: "));
    assert!(!sandbox
        .path()
        .join("refused")
        .read_dir()
        .is_ok_and(|mut dir| dir.next().is_some()));
}
