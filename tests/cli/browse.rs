//! `wkv browse` and the namespace picker, end to end: the real binary runs in a pseudo-terminal
//! (opened with libc's openpty), its output is read into a vt100 screen, keys are typed into
//! it, and afterwards the state is read back with the CLI to see what changed and what did not.
//! Unix only: Windows has no pseudo-terminals of this kind (its ConPTY would need a test
//! harness of its own).
#![cfg(unix)]

use crate::support;

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::{Sandbox, Server, CACHE_ID, SESSIONS_ID};
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(30);

/// A child process on a pseudo-terminal of 100x30 and what it drew.
struct Pty {
    rows: u16,
    master: std::fs::File,
    /// Kept open to read the terminal modes after the child is gone.
    slave: OwnedFd,
    child: Child,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
}

impl Pty {
    fn spawn(mut command: Command) -> Pty {
        let (mut master, mut slave) = (0, 0);
        let mut size = libc::winsize {
            ws_row: 30,
            ws_col: 100,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // Linux declares the window size `*const` and macOS `*mut`: `&mut` fits both.
        #[allow(clippy::unnecessary_mut_passed)]
        let opened = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                // `*mut` pointers: macOS declares these two arguments `*mut`, Linux
                // `*const`, and a `*mut` fits both.
                std::ptr::null_mut(),
                &mut size,
            )
        };
        assert_eq!(opened, 0, "openpty failed");
        let master = unsafe { std::fs::File::from_raw_fd(master) };
        let slave = unsafe { OwnedFd::from_raw_fd(slave) };
        for stdio in 0..3 {
            let fd: OwnedFd = slave.try_clone().unwrap();
            let stdio_of = Stdio::from(fd);
            match stdio {
                0 => command.stdin(stdio_of),
                1 => command.stdout(stdio_of),
                _ => command.stderr(stdio_of),
            };
        }
        unsafe {
            command.pre_exec(|| {
                // A session of its own with the pty as controlling terminal, like a login shell.
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = command.spawn().expect("spawn wkv on a pty");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(30, 100, 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let (thread_parser, thread_raw) = (Arc::clone(&parser), Arc::clone(&raw));
        std::thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            // Reading the master fails with EIO once the child side is closed.
            while let Ok(n) = reader.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                thread_parser.lock().unwrap().process(&buffer[..n]);
                thread_raw.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
        });
        Pty {
            rows: 30,
            master,
            slave,
            child,
            parser,
            raw,
        }
    }

    /// Resizes the terminal as a window manager would (the kernel signals SIGWINCH).
    fn resize(&mut self, rows: u16, cols: u16) {
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let done = unsafe { libc::ioctl(self.master.as_raw_fd(), libc::TIOCSWINSZ, &size) };
        assert_eq!(done, 0);
        self.rows = rows;
        self.parser.lock().unwrap().set_size(rows, cols);
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
        self.master.flush().unwrap();
        // Give the program a moment to handle each batch, as a person would.
        std::thread::sleep(Duration::from_millis(150));
    }

    #[track_caller]
    fn wait_for(&self, text: &str) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            if started.elapsed() > WAIT {
                panic!("`{text}` never appeared; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    #[track_caller]
    fn wait_exit(&mut self) -> std::process::ExitStatus {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take the last bytes.
                std::thread::sleep(Duration::from_millis(200));
                return status;
            }
            if started.elapsed() > WAIT {
                let _ = self.child.kill();
                panic!("wkv did not exit; the screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// The pty's line discipline flags (c_lflag).
    fn local_modes(&self) -> libc::tcflag_t {
        let mut termios: libc::termios = unsafe { std::mem::zeroed() };
        let got = unsafe { libc::tcgetattr(self.slave.as_raw_fd(), &mut termios) };
        assert_eq!(got, 0);
        termios.c_lflag
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `wkv browse --binding CACHE` over the sandbox's fixture on a pseudo-terminal, with these
/// variables removed from its environment, once the first screen of keys is drawn.
fn browse_cache(sandbox: &Sandbox, without: &[&str]) -> Pty {
    let mut command = sandbox.command();
    command
        .args(["browse", "--binding", "CACHE"])
        .env("TERM", "xterm-256color");
    for name in without {
        command.env_remove(name);
    }
    let pty = Pty::spawn(command);
    pty.wait_for("binary:png · binary");
    pty
}

/// An editor that replaces the file with `{"edited":true}`, records the file's mode and path,
/// and, when the file holds "Jane", first changes `user:2` behind the browser's back.
fn editor_script(sandbox: &Sandbox, meddle: &str) -> String {
    let dir = sandbox.path().display().to_string();
    let script = format!(
        "#!/bin/sh\n\
         stat -c %a \"$1\" >> '{dir}/modes.txt'\n\
         echo \"$1\" >> '{dir}/paths.txt'\n\
         if grep -q Jane \"$1\"; then {meddle} >/dev/null 2>&1; fi\n\
         printf '{{\"edited\":true}}' > \"$1\"\n"
    );
    write_executable(sandbox, "editor.sh", &script)
}

/// Writes a shell script into the sandbox, executable, and returns its path.
fn write_executable(sandbox: &Sandbox, name: &str, script: &str) -> String {
    let path = sandbox.write(name, script);
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&path, permissions).unwrap();
    path.display().to_string()
}

fn export(sandbox: &Sandbox, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["bulk", "export"];
    all.extend_from_slice(args);
    let run = sandbox.run(&all);
    run.success();
    run.json().as_array().unwrap().clone()
}

fn without(items: &[Value], names: &[&str]) -> Vec<Value> {
    items
        .iter()
        .filter(|item| !names.contains(&item["key"].as_str().unwrap()))
        .cloned()
        .collect()
}

fn item<'a>(items: &'a [Value], name: &str) -> &'a Value {
    items
        .iter()
        .find(|item| item["key"] == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

/// Filters, shows the binary key, edits two values (one changed meanwhile by someone else),
/// deletes two keys and quits: exactly those changes reach the state.
fn browse_session(
    pty: &mut Pty,
    open_from_list: Option<&str>,
    binary_filter: &str,
    binary_shows: &[&str],
) {
    if let Some(label) = open_from_list {
        pty.wait_for(label);
        pty.send("\r");
    }
    pty.wait_for("· 8 ");
    // Filter to the binary key: the detail pane shows its hex dump.
    pty.send("/");
    pty.send(binary_filter);
    pty.send("\r");
    pty.wait_for("1 of 8");
    for text in binary_shows {
        pty.wait_for(text);
    }
    pty.send("\x1b"); // Esc clears the filter.
    pty.wait_for("· 8 ");

    // Edit user:1: the editor's version is written.
    pty.send("/user:1\r");
    pty.wait_for("user:1 · JSON");
    pty.send("e");
    pty.wait_for("Wrote `user:1`.");
    pty.wait_for("\"edited\": true");

    // Edit user:2 while someone else changes it: the browser asks, `n` keeps theirs.
    pty.send("\x1b");
    pty.send("/user:2\r");
    pty.wait_for("user:2 · JSON");
    pty.send("e");
    pty.wait_for("while you were editing");
    pty.send("n");
    pty.wait_for("Not written");
    // The detail pane shows the store's value again, not the one read before the edit.
    pty.wait_for("meddled");

    // Select config:theme and empty, delete them after confirming.
    pty.send("\x1b");
    pty.wait_for("· 8 ");
    pty.send("g");
    pty.send("j");
    pty.send("  ");
    pty.wait_for("2 selected");
    pty.send("d");
    pty.wait_for("Delete `config:theme` and `empty` (2 keys) from");
    pty.send("y");
    pty.wait_for("Deleted 2 keys.");
    pty.wait_for("· 6 ");
    pty.send("q");
    pty.send("q");
    let status = pty.wait_exit();
    assert!(status.success(), "{status:?}\n{}", pty.screen());
}

fn check_editor_files(sandbox: &Sandbox) {
    let modes = std::fs::read_to_string(sandbox.path().join("modes.txt")).unwrap();
    assert_eq!(modes.lines().collect::<Vec<_>>(), ["600", "600"]);
    let paths = std::fs::read_to_string(sandbox.path().join("paths.txt")).unwrap();
    for path in paths.lines() {
        assert!(
            !std::path::Path::new(path).exists(),
            "{path} was left behind"
        );
    }
}

#[test]
fn browse_local_state_filter_view_edit_delete() {
    let mut sandbox = Sandbox::with_fixture();
    let bin = env!("CARGO_BIN_EXE_wkv");
    let meddle = format!(
        "cd '{}' && {bin} key put user:2 meddled --binding CACHE",
        sandbox.path().display()
    );
    let editor = editor_script(&sandbox, &meddle);
    sandbox.set_env("EDITOR", &editor);
    let before = export(&sandbox, &["--binding", "CACHE"]);
    let sessions_before = export(&sandbox, &["--binding", "SESSIONS"]);

    let mut command = sandbox.command();
    command
        .arg("browse")
        .env("TERM", "xterm-256color")
        .env_remove("VISUAL");
    let mut pty = Pty::spawn(command);
    let first = pty.wait_for("Namespaces (2)");
    assert!(first.contains("SESSIONS"), "{first}");
    browse_session(
        &mut pty,
        Some("CACHE"),
        "binary",
        &[
            "binary:png · binary · 256 B",
            "00000040  40 41 42 43 44 45 46 47  48 49 4a 4b 4c 4d 4e 4f  |@ABCDEFGHIJKLMNO|",
        ],
    );

    let after = export(&sandbox, &["--binding", "CACHE"]);
    let mut expected = without(&before, &["config:theme", "empty"]);
    for item in expected.iter_mut() {
        match item["key"].as_str().unwrap() {
            "user:1" => item["value"] = json!("{\"edited\":true}"),
            "user:2" => item["value"] = json!("meddled"),
            _ => {}
        }
    }
    // `key put` without --metadata replaced user:2's metadata; everything else is as it was.
    item_without_metadata(&mut expected, "user:2");
    assert_eq!(after, expected);
    assert_eq!(
        item(&after, "user:1")["metadata"],
        item(&before, "user:1")["metadata"]
    );
    assert_eq!(
        export(&sandbox, &["--binding", "SESSIONS"]),
        sessions_before
    );
    check_editor_files(&sandbox);
}

/// A sandbox signed in to `server`, with a new namespace there holding `items` (bulk put
/// format); returns the sandbox and the namespace id.
fn seeded_namespace(server: &Server, title: &str, items: &Value) -> (Sandbox, String) {
    let mut sandbox = Sandbox::new();
    sandbox.use_server(server);
    let id = sandbox.create_namespace(title);
    sandbox.seed(items, &["--namespace-id", &id, "--remote"]);
    (sandbox, id)
}

#[test]
fn browse_wkv_serve_filter_view_edit_delete() {
    let server = Server::start();
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01";
    use base64::Engine as _;
    let items = json!([
        {"key": "config:theme", "value": "dark"},
        {"key": "empty", "value": ""},
        {"key": "binary:logo.png", "value": base64::engine::general_purpose::STANDARD.encode(png), "base64": true},
        {"key": "other:1", "value": "one"},
        {"key": "other:2", "value": "two", "metadata": {"k": 1}},
        {"key": "user:1", "value": "{\"name\": \"John\"}"},
        {"key": "user:2", "value": "{\"name\": \"Jane\"}", "metadata": {"v": 2}},
        {"key": "zzz", "value": "last"},
    ]);
    let (mut sandbox, id) = seeded_namespace(&server, "browse-me", &items);
    let bin = env!("CARGO_BIN_EXE_wkv");
    let meddle = format!(
        "cd '{}' && CLOUDFLARE_API_BASE_URL={} CLOUDFLARE_API_TOKEN={} CLOUDFLARE_ACCOUNT_ID={} {bin} key put user:2 meddled --namespace-id {id} --remote",
        sandbox.path().display(),
        server.base_url,
        server.token,
        support::ACCOUNT_ID
    );
    let editor = editor_script(&sandbox, &meddle);
    sandbox.set_env("EDITOR", &editor);
    let remote = ["--namespace-id", id.as_str(), "--remote"];
    let before = export(&sandbox, &remote);

    let mut command = sandbox.command();
    command
        .args(["browse", "--remote"])
        .env("TERM", "xterm-256color")
        .env_remove("VISUAL");
    let mut pty = Pty::spawn(command);
    // The account's namespaces by title; Enter opens the one there is.
    pty.wait_for("remote account");
    browse_session(
        &mut pty,
        Some("browse-me"),
        "*.png",
        &[
            "binary:logo.png · PNG image · 20 B",
            "00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|",
        ],
    );

    let after = export(&sandbox, &remote);
    let mut expected = without(&before, &["config:theme", "empty"]);
    for item in expected.iter_mut() {
        match item["key"].as_str().unwrap() {
            "user:1" => item["value"] = json!("{\"edited\":true}"),
            "user:2" => item["value"] = json!("meddled"),
            _ => {}
        }
    }
    // `key put` without --metadata replaced user:2's metadata; everything else is as it was.
    item_without_metadata(&mut expected, "user:2");
    assert_eq!(after, expected);
    check_editor_files(&sandbox);
}

fn item_without_metadata(items: &mut [Value], name: &str) {
    for item in items.iter_mut() {
        if item["key"] == name {
            item.as_object_mut().unwrap().remove("metadata");
        }
    }
}

#[test]
fn sigterm_restores_the_terminal() {
    let sandbox = Sandbox::with_fixture();
    let mut command = sandbox.command();
    command
        .args(["browse", "--binding", "CACHE"])
        .env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    let cooked = libc::ICANON | libc::ECHO;
    pty.wait_for("binary:png");
    assert_eq!(
        pty.local_modes() & cooked,
        0,
        "the browser runs in raw mode"
    );
    unsafe { libc::kill(pty.child.id() as i32, libc::SIGTERM) };
    let status = pty.wait_exit();
    assert_eq!(status.code(), Some(1), "{status:?}");
    assert_eq!(pty.local_modes() & cooked, cooked, "raw mode is off again");
    let raw = pty.raw();
    let entered = find(&raw, b"\x1b[?1049h").expect("the alternate screen was entered");
    let left = find(&raw, b"\x1b[?1049l").expect("the alternate screen was left");
    assert!(left > entered);
    assert!(
        pty.screen().contains("stopped by SIGTERM"),
        "{}",
        pty.screen()
    );
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[test]
fn browse_off_a_terminal_points_to_key_list() {
    let sandbox = Sandbox::with_fixture();
    let run = sandbox.run(&["browse", "--binding", "CACHE"]);
    run.expect(2);
    assert!(run.stderr.contains("needs a terminal"), "{}", run.stderr);
    assert!(run.stderr.contains("wkv key list"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

/// `key list` without a namespace on a pseudo-terminal, once the picker's whole frame (down to
/// the help line under the list) is drawn; returns the terminal and that screen.
fn key_list_picker(sandbox: &Sandbox) -> (Pty, String) {
    let mut command = sandbox.command();
    command
        .args(["key", "list", "--output", "json"])
        .env("TERM", "xterm-256color");
    let pty = Pty::spawn(command);
    pty.wait_for("Choose a namespace");
    let screen = pty.wait_for("Esc cancel");
    (pty, screen)
}

#[test]
fn key_list_on_a_terminal_without_a_namespace_offers_a_picker() {
    let sandbox = Sandbox::with_fixture();
    let (mut pty, picker) = key_list_picker(&sandbox);
    assert!(
        picker.contains("CACHE") && picker.contains("SESSIONS"),
        "{picker}"
    );
    pty.send("\x1b[B");
    pty.send("\r");
    let status = pty.wait_exit();
    assert!(status.success(), "{status:?}: {}", pty.screen());
    let printed = String::from_utf8_lossy(&pty.raw()).into_owned();
    assert!(printed.contains("\"name\": \"session:ttl\""), "{printed}");
    assert!(!printed.contains("\"name\": \"user:1\""), "{printed}");
}

#[test]
fn cancelling_the_picker_changes_nothing() {
    let sandbox = Sandbox::with_fixture();
    let before = support::snapshot(&sandbox.kv_root());
    let mut command = sandbox.command();
    command
        .args(["key", "delete", "user:1"])
        .env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    pty.wait_for("Choose a namespace");
    pty.send("\x1b");
    let status = pty.wait_exit();
    assert_eq!(status.code(), Some(2));
    assert!(
        pty.screen().contains("no namespace was chosen"),
        "{}",
        pty.screen()
    );
    assert_eq!(support::snapshot(&sandbox.kv_root()), before);
    // Off a terminal nothing changed: the same command fails as before.
    sandbox.run(&["key", "delete", "user:1"]).expect(2);
    let _ = (CACHE_ID, SESSIONS_ID);
}

#[test]
fn colours_follow_no_color_and_the_screen_follows_resizes() {
    let sandbox = Sandbox::with_fixture();
    // The sandbox sets NO_COLOR=1: no colour sequences at all.
    let mut pty = browse_cache(&sandbox, &[]);
    pty.resize(24, 80);
    pty.send("r");
    let small = pty.wait_for("Keys · 8");
    assert!(small.lines().count() <= 24, "{small}");
    let top = small.lines().nth(1).unwrap_or_default().to_string();
    assert!(
        top.ends_with('┐') && top.chars().count() == 80,
        "redrawn at 80 columns: {top:?}"
    );
    pty.send("q");
    pty.send("q");
    assert!(pty.wait_exit().success());
    let raw = pty.raw();
    assert!(
        find(&raw, b"\x1b[38;5;").is_none(),
        "no colours under NO_COLOR"
    );

    let mut pty = browse_cache(&sandbox, &["NO_COLOR"]);
    pty.send("q");
    pty.send("q");
    assert!(pty.wait_exit().success());
    assert!(
        find(&pty.raw(), b"\x1b[38;5;").is_some(),
        "colours without NO_COLOR"
    );
}

#[test]
fn new_key_metadata_expiry_export_and_copy() {
    let mut sandbox = Sandbox::with_fixture();
    let editor = editor_script(&sandbox, "true");
    sandbox.set_env("EDITOR", &editor);
    let sessions_before = export(&sandbox, &["--binding", "SESSIONS"]);
    let mut pty = browse_cache(&sandbox, &["VISUAL"]);

    // n: a new key whose value comes from the editor.
    pty.send("n");
    pty.send("fresh:1\r");
    pty.wait_for("Created `fresh:1`");
    pty.send("r");
    pty.wait_for("Keys · 9");

    // m and t on config:theme: metadata from the editor, then a 2 hour expiry.
    pty.send("/config\r");
    pty.wait_for("config:theme · text");
    pty.send("m");
    pty.wait_for("Wrote `config:theme`.");
    pty.wait_for("metadata {\"edited\":true}");
    pty.send("t");
    pty.send("2h\r");
    pty.wait_for("(in 2h");

    // c copies the name with OSC 52; x exports the key to a bulk file.
    pty.send("c");
    pty.wait_for("Copied the name");
    pty.send("x");
    pty.wait_for("export 1 key to file: wkv-export.json");
    pty.send("\r");
    pty.wait_for("Exported 1 key to wkv-export.json");
    // A second export is offered a name no file has, and a name that exists is replaced only
    // after asking.
    pty.send("x");
    pty.wait_for("export 1 key to file: wkv-export-2.json");
    pty.send("\x15wkv-export.json\r");
    pty.wait_for("`wkv-export.json` exists. Replace it?");
    pty.send("n");
    pty.wait_for("Not exported: `wkv-export.json` was left as it was.");
    pty.send("x");
    pty.send("\x15wkv-export.json\r");
    pty.wait_for("exists. Replace it?");
    pty.send("y");
    pty.wait_for("Exported 1 key to wkv-export.json");
    pty.send("q");
    pty.send("q");
    assert!(pty.wait_exit().success());
    let osc52 = format!("\x1b]52;c;{}\x07", base64_of("config:theme"));
    assert!(find(&pty.raw(), osc52.as_bytes()).is_some());

    let run = sandbox.run(&["key", "get", "fresh:1", "--binding", "CACHE"]);
    assert_eq!(run.success().stdout_text(), "{\"edited\":true}");
    let listed = sandbox.run(&["key", "list", "--binding", "CACHE", "--prefix", "config:"]);
    let theme = &listed.json()[0];
    assert_eq!(theme["metadata"], json!({"edited": true}));
    let expiration = theme["expiration"].as_i64().unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        (now + 7000..=now + 7300).contains(&expiration),
        "{expiration} vs {now}"
    );
    let value = sandbox.run(&["key", "get", "config:theme", "--binding", "CACHE"]);
    assert_eq!(value.stdout_text(), "dark", "the value stays");
    let exported: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("wkv-export.json")).unwrap())
            .unwrap();
    assert_eq!(
        exported,
        json!([{"key": "config:theme", "value": "dark", "expiration": expiration, "metadata": {"edited": true}}])
    );
    assert_eq!(
        export(&sandbox, &["--binding", "SESSIONS"]),
        sessions_before
    );
}

fn base64_of(text: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(text)
}

#[test]
fn namespace_rename_and_delete_without_a_name_offer_the_account_namespaces() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    sandbox.create_namespace("first");
    sandbox.create_namespace("second");
    let titles = |sandbox: &Sandbox| -> Vec<(String, String)> {
        let mut all: Vec<(String, String)> = sandbox
            .run(&["namespace", "list"])
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|n| {
                (
                    n["id"].as_str().unwrap().to_string(),
                    n["title"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        all.sort();
        all
    };
    let before = titles(&sandbox);

    let mut command = sandbox.command();
    command
        .args(["namespace", "rename", "--new-name", "renamed"])
        .env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    pty.wait_for("Choose the namespace to rename");
    // The whole frame, down to the help line under the list.
    let list = pty.wait_for("Esc cancel");
    assert!(list.contains("first") && list.contains("second"), "{list}");
    pty.send("\x1b[B");
    pty.send("\r");
    assert!(pty.wait_exit().success(), "{}", pty.screen());
    let renamed = titles(&sandbox);
    let changed: Vec<_> = before
        .iter()
        .zip(&renamed)
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{before:?} -> {renamed:?}");
    assert_eq!(changed[0].1 .1, "renamed");
    assert_eq!(changed[0].0 .0, changed[0].1 .0, "same id");

    let mut command = sandbox.command();
    command
        .args(["namespace", "delete"])
        .env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    pty.wait_for("Choose the namespace to delete");
    pty.send("\r");
    // The usual confirmation follows the pick.
    let question = pty.wait_for("and every key in it?");
    let deleted = question.split('`').nth(1).unwrap().to_string();
    pty.send("y\r");
    assert!(pty.wait_exit().success(), "{}", pty.screen());
    let left = titles(&sandbox);
    let expected: Vec<_> = renamed
        .into_iter()
        .filter(|(_, title)| *title != deleted)
        .collect();
    assert_eq!(left.len(), 1);
    assert_eq!(left, expected);
    // Off a terminal a name is still required.
    sandbox.run(&["namespace", "delete", "-y"]).expect(2);
}

#[test]
fn sigterm_in_the_picker_restores_the_terminal() {
    let sandbox = Sandbox::with_fixture();
    let mut command = sandbox.command();
    command.args(["key", "list"]).env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    pty.wait_for("Choose a namespace");
    let cooked = libc::ICANON | libc::ECHO;
    assert_eq!(pty.local_modes() & cooked, 0, "the picker runs in raw mode");
    unsafe { libc::kill(pty.child.id() as i32, libc::SIGTERM) };
    let status = pty.wait_exit();
    assert_eq!(status.code(), Some(1), "{status:?}");
    assert_eq!(pty.local_modes() & cooked, cooked, "raw mode is off again");
    assert!(find(&pty.raw(), b"\x1b[?1049l").is_some());
    assert!(
        pty.screen().contains("stopped by a signal"),
        "{}",
        pty.screen()
    );
}

#[test]
fn metadata_edited_in_the_browser_may_be_any_json_value() {
    // As with `key put --metadata`, a string is metadata too, not only an object.
    let mut sandbox = Sandbox::with_fixture();
    let editor = write_executable(
        &sandbox,
        "string-editor.sh",
        "#!/bin/sh\nprintf '\"draft\"' > \"$1\"\n",
    );
    sandbox.set_env("EDITOR", &editor);
    let mut pty = browse_cache(&sandbox, &["VISUAL"]);
    pty.send("/config\r");
    pty.wait_for("config:theme · text");
    pty.send("m");
    pty.wait_for("Wrote `config:theme`.");
    pty.send("q");
    pty.send("q");
    assert!(pty.wait_exit().success());
    let listed = sandbox.run(&["key", "list", "--binding", "CACHE", "--prefix", "config:"]);
    assert_eq!(listed.json()[0]["metadata"], json!("draft"));
}

/// Searches the values shown for `needle`, waits for the count, and exports what was selected
/// to `file`; returns the exported keys.
fn search_values_and_export(
    pty: &mut Pty,
    sandbox: &Sandbox,
    needle: &str,
    found: &str,
) -> Vec<String> {
    pty.send("s");
    pty.wait_for("search the values of the");
    pty.send(&format!("{needle}\r"));
    pty.wait_for(found);
    pty.send("x");
    pty.wait_for("to file: wkv-export.json");
    pty.send("\r");
    pty.wait_for("Exported");
    pty.send("q");
    pty.send("q");
    assert!(pty.wait_exit().success());
    let exported: Vec<Value> =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("wkv-export.json")).unwrap())
            .unwrap();
    exported
        .iter()
        .map(|item| item["key"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_value_search_selects_the_keys_holding_the_text_locally_and_over_wkv_serve() {
    let sandbox = Sandbox::with_fixture();
    let mut pty = browse_cache(&sandbox, &[]);
    let exported = search_values_and_export(
        &mut pty,
        &sandbox,
        "example.com",
        "2 of the 8 values searched hold `example.com`",
    );
    assert_eq!(exported, ["user:1", "user:2"]);

    // Remotely the values are read with the bulk API, 100 keys a request.
    let server = Server::start();
    let items: Vec<Value> = (0..150)
        .map(|i| {
            let value = if i % 50 == 7 {
                format!("has needle {i}")
            } else {
                format!("plain {i}")
            };
            json!({"key": format!("k:{i:03}"), "value": value})
        })
        .collect();
    let (sandbox, id) = seeded_namespace(&server, "search-me", &Value::from(items));
    let mut command = sandbox.command();
    command
        .args(["browse", "--remote", "--namespace-id", &id])
        .env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    pty.wait_for("Keys · 150");
    let exported = search_values_and_export(
        &mut pty,
        &sandbox,
        "needle",
        "3 of the 150 values searched hold `needle`",
    );
    assert_eq!(exported, ["k:007", "k:057", "k:107"]);
}

/// The filter box reads a glob as `key list --match` does (tests/name_patterns.rs checks the
/// commands with the same names): sets, negated sets and escapes, not literal text.
#[test]
fn the_filter_box_reads_globs_as_key_list_does() {
    let sandbox = Sandbox::new();
    let names = ["a*", "a[bc]", "ab", "ac", "ad", "ax", "b1"];
    let items: Vec<Value> = names
        .iter()
        .map(|name| json!({"key": name, "value": "v"}))
        .collect();
    sandbox.seed(&Value::from(items), &["--namespace-id", "globs", "--local"]);
    let mut command = sandbox.command();
    command
        .args(["browse", "--namespace-id", "globs"])
        .env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    pty.wait_for("· 7 ");
    for (glob, matched) in [("a[bc]", 2), ("a[!bc]", 3), ("a\\*", 1), ("?1", 1)] {
        pty.send("/");
        pty.send(glob);
        pty.send("\r");
        pty.wait_for(&format!("/{glob} {matched} of 7"));
        pty.send("\x1b");
        pty.wait_for("· 7 ");
    }
    pty.send("q");
    pty.send("q");
    let status = pty.wait_exit();
    assert!(status.success(), "{status:?}\n{}", pty.screen());
}

/// Two keys selected, then a filter that hides them: `d` says which keys it would delete and
/// that the filter hides them, and `u` brings it back to the key under the cursor. The filter
/// prompt edits like a shell's line, and clearing the filter clears its "no match" status.
#[test]
fn delete_names_hidden_keys_and_the_filter_prompt_edits_like_readline() {
    let sandbox = Sandbox::with_fixture();
    let mut pty = browse_cache(&sandbox, &[]);
    // user:1 and user:2 are the last two keys.
    pty.send("G");
    pty.send("k");
    pty.send("  ");
    pty.wait_for("2 selected");
    pty.send("/binary\r");
    let screen = pty.wait_for("1 of 8");
    assert!(screen.contains("2 selected (2 hidden)"), "{screen}");
    pty.send("d");
    // The dialog wraps its text: each line read on its own.
    pty.wait_for("Delete `user:1` and `user:2` (2 keys) from CACHE? All are");
    pty.wait_for("hidden by the filter `binary`.");
    pty.send("n");
    pty.wait_for("Not deleted.");
    pty.send("u");
    pty.wait_for("Cleared the selection of 2 keys.");
    pty.send("d");
    pty.wait_for("Delete `binary:png` from CACHE? y to delete");
    pty.send("n");

    // The prompt reopens with the filter, the cursor at its end: Ctrl-U clears it, Home and
    // End move, typed text goes where the cursor is.
    pty.send("/");
    pty.wait_for("Ctrl-U clears): binary");
    pty.send("\x15");
    pty.send("ser:2\x1b[Hu\x1b[F\r");
    pty.wait_for("/user:2 1 of 8");
    // Ctrl-W cuts the word, arrows and Ctrl-A/Ctrl-E move.
    pty.send("/\x17");
    pty.send("cofig\x1b[D\x1b[D\x1b[Dn\x01*\x05*");
    pty.wait_for("Ctrl-U clears): *config*");
    pty.send("\r");
    let screen = pty.wait_for("/*config* 1 of 8");
    assert!(screen.contains("config:theme"), "{screen}");

    // No match: the status says so; Esc clears the filter and the status with it.
    pty.send("/\x15zzz\r");
    pty.wait_for("no loaded key matches `zzz`");
    pty.send("\x1b");
    let screen = pty.wait_for("Keys · 8 ");
    assert!(!screen.contains("no loaded key matches"), "{screen}");
    pty.send("q");
    pty.send("q");
    assert!(pty.wait_exit().success());
    // Nothing was deleted.
    let listed = sandbox.run(&["key", "list", "--binding", "CACHE"]).json();
    assert_eq!(listed.as_array().unwrap().len(), 8);
}

/// `n` with an editor that leaves the value empty: the browser asks, and `y` creates the key
/// with an empty value, as `key put k ''` would.
#[test]
fn a_new_key_may_have_an_empty_value() {
    let mut sandbox = Sandbox::with_fixture();
    let editor = write_executable(&sandbox, "leave-empty.sh", "#!/bin/sh\ntrue\n");
    sandbox.set_env("EDITOR", &editor);
    let mut pty = browse_cache(&sandbox, &["VISUAL"]);
    pty.send("n");
    pty.send("blank\r");
    pty.wait_for("The value of `blank` is empty. Create it with an empty value?");
    pty.send("n");
    pty.wait_for("`blank` was not created.");
    sandbox
        .run(&["key", "get", "blank", "--binding", "CACHE"])
        .expect(3);
    pty.send("n");
    pty.send("blank\r");
    pty.wait_for("Create it with an empty value?");
    pty.send("y");
    pty.wait_for("Created `blank`");
    pty.send("q");
    pty.send("q");
    assert!(pty.wait_exit().success());
    let run = sandbox.run(&["key", "get", "blank", "--binding", "CACHE"]);
    assert!(run.success().stdout.is_empty());
}

/// `bulk export FILE` where FILE exists: on a terminal it asks first (no keeps the file and
/// reads nothing), off a terminal it replaces the file, as a script expects; either way the
/// file is whole.
#[test]
fn bulk_export_asks_before_replacing_a_file_on_a_terminal_and_replaces_it_in_scripts() {
    let sandbox = Sandbox::with_fixture();
    sandbox.write("out.json", "keep me");
    let run = sandbox.run_in_terminal(
        &["bulk", "export", "out.json", "--binding", "CACHE"],
        &[("`out.json` exists. Replace it? [y/N]", "n")],
    );
    assert_eq!(run.code, 0, "{}", run.terminal);
    assert!(
        run.terminal
            .contains("Not exported: `out.json` was left as it was"),
        "{}",
        run.terminal
    );
    assert_eq!(
        std::fs::read_to_string(sandbox.path().join("out.json")).unwrap(),
        "keep me"
    );
    let run = sandbox.run_in_terminal(
        &["bulk", "export", "out.json", "--binding", "CACHE"],
        &[("Replace it? [y/N]", "y")],
    );
    assert_eq!(run.code, 0, "{}", run.terminal);
    let exported: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("out.json")).unwrap()).unwrap();
    assert_eq!(exported.as_array().unwrap().len(), 8);

    sandbox.write("out.json", "replace me");
    sandbox
        .run(&["bulk", "export", "out.json", "--binding", "SESSIONS"])
        .success();
    let exported: Value =
        serde_json::from_slice(&std::fs::read(sandbox.path().join("out.json")).unwrap()).unwrap();
    assert!(!exported.as_array().unwrap().is_empty());
    // --force skips the question on a terminal; no temporary file is left behind.
    let run = sandbox.run_in_terminal(
        &["bulk", "export", "out.json", "--binding", "CACHE", "-y"],
        &[],
    );
    assert_eq!(run.code, 0, "{}", run.terminal);
    assert!(!run.terminal.contains("Replace it?"));
    let leftovers: Vec<_> = std::fs::read_dir(sandbox.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".wkv-export-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The picker is as tall as its entries, filters as the person types, and afterwards says on
/// stderr which flags name the choice without it.
#[test]
fn the_picker_fits_its_entries_filters_by_typing_and_names_the_flags() {
    let sandbox = Sandbox::with_fixture();
    let (mut pty, screen) = key_list_picker(&sandbox);
    assert!(screen.contains("Choose a namespace (2)"), "{screen}");
    let bottom = screen
        .lines()
        .position(|line| line.starts_with('└'))
        .expect("the list's bottom border");
    assert_eq!(bottom, 3, "two entries between two borders:\n{screen}");
    pty.send("sess");
    let screen = pty.wait_for("Choose a namespace (1 of 2)");
    assert!(screen.contains("filter: sess"), "{screen}");
    assert!(!screen.contains("CACHE"), "{screen}");
    pty.send("\r");
    assert!(pty.wait_exit().success(), "{}", pty.screen());
    let printed = String::from_utf8_lossy(&pty.raw()).into_owned();
    assert!(
        printed.contains("Chose `SESSIONS`; without the list: --binding SESSIONS"),
        "{printed}"
    );
    assert!(printed.contains("\"name\": \"session:ttl\""), "{printed}");
}

/// With --remote the picker offers the account's namespaces, and marks a binding of the config
/// whose id the account does not have; choosing an account namespace names its id.
#[test]
fn the_remote_picker_marks_bindings_the_account_lacks() {
    let server = Server::start();
    let mut sandbox = Sandbox::new();
    sandbox.use_server(&server);
    let id = sandbox.create_namespace("real-one");
    sandbox.write(
        "wrangler.toml",
        "name = \"app\"\n[[kv_namespaces]]\nbinding = \"GONE\"\nid = \"ffffffffffffffffffffffffffffffff\"\n",
    );
    let mut command = sandbox.command();
    command
        .args(["key", "list", "--remote", "--output", "json"])
        .env("TERM", "xterm-256color");
    let mut pty = Pty::spawn(command);
    let screen = pty.wait_for("Choose a namespace (2)");
    let gone = screen
        .lines()
        .find(|line| line.contains("GONE"))
        .unwrap_or_default();
    assert!(gone.contains("not in this account"), "{screen}");
    let real = screen
        .lines()
        .find(|line| line.contains("real-one"))
        .unwrap_or_default();
    assert!(!real.contains("not in this account"), "{screen}");
    pty.send("real\r");
    assert!(pty.wait_exit().success(), "{}", pty.screen());
    let printed = String::from_utf8_lossy(&pty.raw()).into_owned();
    assert!(
        printed.contains(&format!(
            "Chose `real-one`; without the list: --namespace-id {id}"
        )),
        "{printed}"
    );
}
