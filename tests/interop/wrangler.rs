//! The wrangler the interop tests run: `WKV_WRANGLER`, checked once, with its version printed
//! once per run (straight to stderr, past the test harness's capture, so that every run says
//! which wrangler it ran against).

use std::io::Write;
use std::process::Command;
use std::sync::OnceLock;

/// The path of the wrangler executable. A test calling this runs only with
/// `cfg(wkv_wrangler)`, so a missing variable here means `--ignored` was asked for without it.
pub fn path() -> String {
    found().0.clone()
}

/// wrangler's version as numbers, `(4, 164, 0)`, for tests of newer features.
pub fn version_numbers() -> (u32, u32, u32) {
    let mut parts = found()
        .1
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().unwrap_or(0));
    (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    )
}

/// Says something about the run on stderr, past the harness's capture.
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr(), "interop: {text}");
}

/// The path and the version, found and announced once per run.
fn found() -> &'static (String, String) {
    static FOUND: OnceLock<(String, String)> = OnceLock::new();
    FOUND.get_or_init(|| {
        let path = std::env::var("WKV_WRANGLER").unwrap_or_else(|_| {
            panic!("set WKV_WRANGLER to a wrangler 4 executable to run the interop tests")
        });
        assert!(
            std::path::Path::new(&path).exists(),
            "WKV_WRANGLER names `{path}`, which does not exist"
        );
        let version = version(&path);
        let node = Command::new("node")
            .arg("--version")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_else(|_| "no node on PATH".to_string());
        note(&format!(
            "running against wrangler {version} (`{path}`, node {node})"
        ));
        (path, version)
    })
}

/// `wrangler --version`: the last line of its output (`4.164.0`).
fn version(path: &str) -> String {
    let output = Command::new(path)
        .arg("--version")
        .env("WRANGLER_SEND_METRICS", "false")
        .output()
        .unwrap_or_else(|e| panic!("cannot run `{path} --version`: {e}"));
    assert!(
        output.status.success(),
        "`{path} --version` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap_or("(unknown)")
        .to_string()
}
