//! Test support: the real `wkv` binary in a sandbox directory, and a real `wkv serve` process
//! on an ephemeral loopback port for remote mode. Nothing here reaches the internet.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

pub const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/wrangler-local-state"
);
pub const CACHE_ID: &str = "5f4e3d2c1b0a49588776655443322110";
pub const SESSIONS_ID: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f90";
pub const ACCOUNT_ID: &str = "0123456789abcdef0123456789abcdef";

/// A fresh directory that a test runs `wkv` in, with its own HOME.
pub struct Sandbox {
    dir: tempfile::TempDir,
    env: Vec<(String, String)>,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
            env: Vec::new(),
        }
    }

    /// A sandbox holding a copy of the fixture written by the real wrangler.
    pub fn with_fixture() -> Sandbox {
        let sandbox = Sandbox::new();
        copy_dir(Path::new(FIXTURE), sandbox.path());
        sandbox
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn kv_root(&self) -> PathBuf {
        self.path().join(".wrangler/state/v3/kv")
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// Sets an environment variable for every later `wkv` run of this sandbox.
    pub fn set_env(&mut self, name: &str, value: &str) {
        self.env.push((name.to_string(), value.to_string()));
    }

    /// Points remote mode at a `wkv serve` process.
    pub fn use_server(&mut self, server: &Server) {
        self.set_env("CLOUDFLARE_API_BASE_URL", &server.base_url);
        self.set_env("CLOUDFLARE_API_TOKEN", &server.token);
        self.set_env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT_ID);
        self.set_env("WKV_RETRY_BASE_MS", "5");
    }

    /// Creates a namespace through `wkv namespace create` (remote: use a server) and returns
    /// its id, read from the snippet the command prints (TOML or JSON, as the config is).
    pub fn create_namespace(&self, title: &str) -> String {
        let created = self.run(&["namespace", "create", title]);
        namespace_id_in_snippet(&created.success().stdout_text())
    }

    /// Writes `items` (bulk put format) to `items.json` and stores them with `wkv bulk put`
    /// and the flags that say where (`--namespace-id ID --remote`, `--binding B`, ...).
    pub fn seed(&self, items: &serde_json::Value, at: &[&str]) {
        self.write("items.json", items.to_string());
        let mut args = vec!["bulk", "put", "items.json"];
        args.extend(at);
        self.run(&args).success();
    }

    pub fn command(&self) -> Command {
        self.command_running(Path::new(env!("CARGO_BIN_EXE_wkv")))
    }

    /// `program` (wkv itself, or something that runs it, such as the npm launcher) in the
    /// sandbox, with the sandbox's environment.
    pub fn command_running(&self, program: &Path) -> Command {
        let mut command = Command::new(program);
        command.current_dir(self.path());
        for (name, _) in std::env::vars() {
            if name.starts_with("CLOUDFLARE_")
                || name.starts_with("CF_")
                || name.starts_with("WKV_")
                || name.starts_with("WRANGLER_")
                || name == "CI"
                || name == "GITHUB_STEP_SUMMARY"
            {
                command.env_remove(name);
            }
        }
        // Never the real home or config directories: every per-user location is inside the
        // sandbox.
        let home = self.path();
        command
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("NO_COLOR", "1");
        for (name, value) in &self.env {
            command.env(name, value);
        }
        command
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(
            self.command()
                .args(args)
                .stdin(Stdio::null())
                .output()
                .expect("run wkv"),
        )
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        let mut command = self.command();
        command.args(args);
        Run::from(output_with_stdin(&mut command, stdin))
    }
}

/// Runs `command` with `stdin` written to it (from another thread, so a command that writes
/// before it has read everything cannot block) and collects its output.
pub fn output_with_stdin(command: &mut Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the command");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let output = child.wait_with_output().expect("wait for the command");
    writer.join().unwrap();
    output
}

/// The id in the config snippet `namespace create` prints (TOML or JSON).
pub fn namespace_id_in_snippet(snippet: &str) -> String {
    snippet
        .lines()
        .map(str::trim)
        .find_map(|l| {
            l.strip_prefix("id = \"")
                .or_else(|| l.strip_prefix("\"id\": \""))?
                .trim_end_matches(',')
                .strip_suffix('"')
        })
        .unwrap_or_else(|| panic!("no id in the snippet: {snippet}"))
        .to_string()
}

/// What a `wkv` run did.
pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: output.stdout,
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    pub fn stdout_text(&self) -> String {
        String::from_utf8(self.stdout.clone()).expect("stdout is UTF-8")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}): {}\nstderr: {}",
                self.stdout_text(),
                self.stderr
            )
        })
    }

    /// Asserts the exit code, showing both streams when it differs.
    #[track_caller]
    pub fn expect(&self, code: i32) -> &Run {
        assert_eq!(
            self.code,
            code,
            "exit code {} (wanted {code})\nstdout: {}\nstderr: {}",
            self.code,
            String::from_utf8_lossy(&self.stdout),
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn success(&self) -> &Run {
        self.expect(0)
    }

    /// Asserts that `secret` (a marker every secret of the test contains) is on neither stream.
    #[track_caller]
    pub fn hides(&self, secret: &str) -> &Run {
        let stdout = String::from_utf8_lossy(&self.stdout);
        assert!(
            !stdout.contains(secret) && !self.stderr.contains(secret),
            "a secret leaked\nstdout: {stdout}\nstderr: {}",
            self.stderr
        );
        self
    }
}

/// A `wkv serve` process on 127.0.0.1 with a port the OS picked, stopped on drop.
pub struct Server {
    child: Child,
    pub base_url: String,
    pub token: String,
    pub state_dir: tempfile::TempDir,
}

impl Server {
    pub fn start() -> Server {
        Server::start_with(&[])
    }

    /// Starts a server that requires a token, with extra `wkv serve` arguments.
    pub fn start_with(extra: &[&str]) -> Server {
        Server::launch(tempfile::tempdir().unwrap(), Some("test-token-1234"), extra)
    }

    /// Starts a server that accepts any credentials.
    pub fn start_without_token() -> Server {
        Server::launch(tempfile::tempdir().unwrap(), None, &[])
    }

    /// Starts a server over `state_dir` (which it keeps until dropped).
    pub fn launch(state_dir: tempfile::TempDir, token: Option<&str>, extra: &[&str]) -> Server {
        let mut command = Command::new(env!("CARGO_BIN_EXE_wkv"));
        command
            .args(["serve", "--port", "0", "--persist-to"])
            .arg(state_dir.path());
        if let Some(token) = token {
            command.args(["--token", token]);
        }
        let mut child = command
            .args(extra)
            .env_remove("CLOUDFLARE_API_TOKEN")
            .env_remove("WKV_SERVE_TOKEN")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start wkv serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .expect("read the base URL");
        let base_url = line.trim().to_string();
        assert!(
            base_url.starts_with("http://127.0.0.1:"),
            "unexpected first line: {base_url:?}"
        );
        let token = token.unwrap_or("no-token-needed").to_string();
        Server {
            child,
            base_url,
            token,
            state_dir,
        }
    }

    /// Stops the server and hands back its state, to start another over the same data.
    pub fn stop(mut self) -> tempfile::TempDir {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let placeholder = tempfile::tempdir().unwrap();
        std::mem::replace(&mut self.state_dir, placeholder)
    }

    pub fn kv_root(&self) -> PathBuf {
        self.state_dir.path().join("v3/kv")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
            // The fixture may be read-only where CI runs; the copy must be writable.
            let mut permissions = std::fs::metadata(&target).unwrap().permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            permissions.set_readonly(false);
            std::fs::set_permissions(&target, permissions).unwrap();
        }
    }
}

/// The logical content of a state directory: every file but SQLite's, byte for byte, and the
/// rows of every KV database. For asserting that a failed command changed nothing (SQLite may
/// checkpoint its log into the database file on close, which changes bytes but not data).
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files);
    files.sort();
    files
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, Vec<u8>)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let entry = entry.unwrap();
        let path = entry.path();
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            collect(root, &path, files);
        } else if name.ends_with(".sqlite") && !name.ends_with("metadata.sqlite") {
            files.push((name, dump_rows(&path).into_bytes()));
        } else if !name.contains(".sqlite") {
            files.push((name, std::fs::read(&path).unwrap()));
        }
    }
}

/// Every row of a KV database, as text, in key order.
pub fn dump_rows(database: &Path) -> String {
    let conn = rusqlite::Connection::open(database).unwrap();
    let mut statement = conn
        .prepare("SELECT key, blob_id, expiration, metadata FROM _mf_entries ORDER BY key")
        .unwrap();
    let rows = statement
        .query_map([], |row| {
            Ok(format!(
                "{}|{}|{:?}|{:?}",
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<i64>>(2)?,
                row.get::<_, Option<String>>(3)?
            ))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    rows.join("\n")
}

/// A `wkv` run whose stdin and stderr are a real pseudo-terminal, its controlling terminal
/// (stdout stays a pipe, so data can be read apart from the dialogue). Each `(prompt, answer)` pair waits for the prompt to
/// appear on the terminal and then types the answer and Enter.
#[cfg(unix)]
pub struct TerminalRun {
    pub code: i32,
    pub stdout: Vec<u8>,
    /// Everything written to the terminal: prompts, status lines and the echoed answers.
    pub terminal: String,
}

#[cfg(unix)]
impl Sandbox {
    pub fn run_in_terminal(&self, args: &[&str], dialogue: &[(&str, &str)]) -> TerminalRun {
        self.run_on_terminal(args, dialogue, false)
    }

    /// A run whose stdout is the terminal too, as when a person types the command: what it
    /// prints is in `TerminalRun::terminal`.
    pub fn run_with_stdout_on_terminal(&self, args: &[&str]) -> TerminalRun {
        self.run_on_terminal(args, &[], true)
    }

    fn run_on_terminal(
        &self,
        args: &[&str],
        dialogue: &[(&str, &str)],
        stdout_on_terminal: bool,
    ) -> TerminalRun {
        use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
        use std::os::unix::ffi::OsStrExt;
        use std::sync::{Arc, Mutex};
        use std::time::{Duration, Instant};

        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("open a pty");
        grantpt(&master).unwrap();
        unlockpt(&master).unwrap();
        // A new pty is 0x0; a table laid out for that width would be one letter wide.
        let size = rustix::termios::Winsize {
            ws_row: 40,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        rustix::termios::tcsetwinsize(&master, size).expect("size the pty");
        let name = ptsname(&master, Vec::new()).unwrap();
        let terminal_path = Path::new(std::ffi::OsStr::from_bytes(name.as_bytes()));
        let open_terminal = || {
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open(terminal_path)
                .expect("open the pty's terminal side")
        };
        let mut command = self.command();
        command
            .args(args)
            .stdin(Stdio::from(open_terminal()))
            .stderr(Stdio::from(open_terminal()))
            .stdout(if stdout_on_terminal {
                Stdio::from(open_terminal())
            } else {
                Stdio::piped()
            });
        // A session of its own whose controlling terminal is the pty, as a login shell has, so
        // `/dev/tty` is the pty too (hidden input is read from there).
        unsafe {
            use std::os::unix::process::CommandExt;
            command.pre_exec(|| {
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let mut child = command.spawn().expect("spawn wkv");
        drop(command);
        // Only the child holds the terminal side now: when it exits, reading the master ends.

        let master = std::fs::File::from(master);
        let mut writer = master.try_clone().unwrap();
        let seen = Arc::new(Mutex::new(Vec::<u8>::new()));
        let reader = {
            let seen = Arc::clone(&seen);
            let mut master = master;
            std::thread::spawn(move || {
                let mut buffer = [0u8; 4096];
                loop {
                    match std::io::Read::read(&mut master, &mut buffer) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => seen.lock().unwrap().extend_from_slice(&buffer[..n]),
                    }
                }
            })
        };
        let mut searched_from = 0;
        for (prompt, answer) in dialogue {
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let text = String::from_utf8_lossy(&seen.lock().unwrap()).into_owned();
                if let Some(at) = text[searched_from.min(text.len())..].find(prompt) {
                    searched_from += at + prompt.len();
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "no prompt {prompt:?} on the terminal; it shows:\n{text}"
                );
                std::thread::sleep(Duration::from_millis(20));
            }
            writer.write_all(format!("{answer}\n").as_bytes()).unwrap();
        }
        let mut stdout = Vec::new();
        if let Some(pipe) = child.stdout.as_mut() {
            std::io::Read::read_to_end(pipe, &mut stdout).unwrap();
        }
        let status = child.wait().unwrap();
        drop(writer);
        reader.join().unwrap();
        let terminal = String::from_utf8_lossy(&seen.lock().unwrap()).into_owned();
        TerminalRun {
            code: status.code().unwrap_or(-1),
            stdout,
            terminal,
        }
    }
}

pub mod recording_proxy;
pub mod token_endpoint;

/// wrangler's config directory inside a sandbox (`$XDG_CONFIG_HOME/.wrangler`, as `command`
/// sets XDG_CONFIG_HOME).
pub fn wrangler_config_dir(sandbox: &Sandbox) -> PathBuf {
    sandbox.path().join(".config").join(".wrangler")
}

/// Every file under `dir` with its bytes and (on Unix) its mode, to prove nothing was written.
pub fn files_with_modes(dir: &Path) -> Vec<(String, Vec<u8>, u32)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            #[cfg(unix)]
            let mode = {
                use std::os::unix::fs::PermissionsExt;
                entry.metadata().unwrap().permissions().mode()
            };
            #[cfg(not(unix))]
            let mode = 0;
            out.push((
                path.strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(&path).unwrap(),
                mode,
            ));
        }
    }
    out.sort();
    out
}
