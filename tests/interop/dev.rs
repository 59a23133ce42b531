//! wkv writing the local state a running `wrangler dev` serves a Worker from (run it with
//! `-- --nocapture` to see the figures it reports).
//!
//! A small Worker reads and writes one KV binding over HTTP. wkv writes and the Worker reads;
//! the Worker writes and wkv reads; then the Worker writes steadily while wkv bulk-puts 100,000
//! items locally, and the test reports how many of the Worker's writes failed (workerd does not
//! wait on a busy database) and how long wkv held the write lock. Finally SQLite's
//! integrity check and `wkv namespace check` must find nothing wrong.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::support::Sandbox;
use wkv::local::database_file_name;

const NAMESPACE_ID: &str = "0f2ac74b498b48028cb68387c421e279";

const WORKER: &str = r#"
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const key = url.searchParams.get("key");
    try {
      if (url.pathname === "/get") {
        const value = await env.DATA.get(key);
        return new Response(value ?? "", { status: value === null ? 404 : 200 });
      }
      if (url.pathname === "/put") {
        await env.DATA.put(key, url.searchParams.get("value"));
        return new Response("ok");
      }
      if (url.pathname === "/burst") {
        // Many writes, 2 ms apart, each failure caught and counted as an app would see it.
        const from = Number(url.searchParams.get("from"));
        const count = Number(url.searchParams.get("count"));
        const ok = [];
        const failed = [];
        for (let n = from; n < from + count; n++) {
          try {
            await env.DATA.put(`worker:${n}`, `w${n}`);
            ok.push(n);
          } catch (error) {
            failed.push(String(error));
          }
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        return Response.json({ ok, failed });
      }
      return new Response("ready");
    } catch (error) {
      return new Response(String(error), { status: 500 });
    }
  },
};
"#;

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One HTTP/1.1 GET; returns the status and the body, or None when the request failed. The
/// body is read by its Content-Length: the dev server keeps connections open for a while even
/// when asked to close them.
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .ok()?;
    let mut writer = stream.try_clone().ok()?;
    write!(
        writer,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader.read_line(&mut status_line).ok()?;
    let status = status_line.split(' ').nth(1)?.parse().ok()?;
    let mut length = None;
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    Some((status, String::from_utf8_lossy(&body).into_owned()))
}

struct Dev(Child);

impl Drop for Dev {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_dev(wrangler: &str, sandbox: &Sandbox, port: u16) -> Dev {
    let child = Command::new(wrangler)
        .current_dir(sandbox.path())
        .args(["dev", "--ip", "127.0.0.1", "--port", &port.to_string()])
        .args(["--show-interactive-dev-session=false"])
        .env("WRANGLER_SEND_METRICS", "false")
        .env("HOME", sandbox.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start wrangler dev");
    let dev = Dev(child);
    let deadline = Instant::now() + Duration::from_secs(90);
    while Instant::now() < deadline {
        if let Some((200, body)) = get(port, "/") {
            assert_eq!(body, "ready");
            return dev;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    panic!("wrangler dev did not answer on port {port} within 90 s");
}

fn lock_ms(stderr: &str) -> f64 {
    stderr
        .lines()
        .find(|l| l.starts_with("Held the write lock"))
        .and_then(|l| l.split(" for ").nth(1))
        .and_then(|rest| rest.split(" ms").next())
        .and_then(|ms| ms.parse().ok())
        .unwrap_or_else(|| panic!("no lock report in: {stderr}"))
}

#[test]
#[cfg_attr(
    not(wkv_wrangler),
    ignore = "set WKV_WRANGLER to a wrangler 4 executable"
)]
fn wkv_and_a_running_wrangler_dev_share_local_state() {
    let wrangler = crate::wrangler::path();
    let sandbox = Sandbox::new();
    sandbox.write(
        "wrangler.toml",
        format!(
            "name = \"dev-interop\"\nmain = \"worker.js\"\ncompatibility_date = \"2025-01-01\"\n\
             [[kv_namespaces]]\nbinding = \"DATA\"\nid = \"{NAMESPACE_ID}\"\n"
        ),
    );
    sandbox.write("worker.js", WORKER);
    let port = free_port();
    let _dev = start_dev(&wrangler, &sandbox, port);

    // wkv writes, the Worker reads.
    sandbox
        .run(&[
            "key",
            "put",
            "from-wkv",
            "hello from wkv",
            "--binding",
            "DATA",
        ])
        .success();
    assert_eq!(
        get(port, "/get?key=from-wkv"),
        Some((200, "hello from wkv".to_string()))
    );

    // The Worker writes, wkv reads.
    assert_eq!(
        get(port, "/put?key=from-worker&value=hi").map(|r| r.0),
        Some(200)
    );
    assert_eq!(
        sandbox
            .run(&["key", "get", "from-worker", "--binding", "DATA"])
            .success()
            .stdout,
        b"hi"
    );

    // The Worker writes steadily while wkv writes 100,000 items.
    let items: Vec<serde_json::Value> = (0..100_000)
        .map(|i| serde_json::json!({"key": format!("bulk:{i:06}"), "value": format!("v{i}")}))
        .collect();
    let file = sandbox.write("bulk.json", serde_json::to_vec(&items).unwrap());
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let (mut ok, mut failed) = (Vec::<u64>::new(), Vec::<String>::new());
            let mut from = 0;
            while !stop.load(Ordering::Relaxed) {
                let (status, body) =
                    get(port, &format!("/burst?from={from}&count=20")).expect("the Worker answers");
                assert_eq!(status, 200, "{body}");
                let outcome: serde_json::Value = serde_json::from_str(&body).unwrap();
                ok.extend(
                    outcome["ok"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|n| n.as_u64().unwrap()),
                );
                failed.extend(
                    outcome["failed"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|e| e.as_str().unwrap_or_default().to_string()),
                );
                from += 20;
            }
            (ok, failed)
        })
    };
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    let bulk = sandbox.run(&[
        "-v",
        "bulk",
        "put",
        file.to_str().unwrap(),
        "--binding",
        "DATA",
    ]);
    let job = started.elapsed();
    std::thread::sleep(Duration::from_millis(200));
    stop.store(true, Ordering::Relaxed);
    let (ok, failed) = writer.join().unwrap();
    bulk.success();
    let held = lock_ms(&bulk.stderr);
    eprintln!(
        "wrangler dev interop: {} of {} Worker writes failed during a 100,000-item local bulk put \
         of {:.2} s; wkv held the write lock {held:.1} ms ({:.1} ms per 10,000 items)",
        failed.len(),
        ok.len() + failed.len(),
        job.as_secs_f64(),
        held / 10.0
    );
    for error in failed.iter().take(3) {
        eprintln!("  a failed Worker write: {error}");
    }

    // Every write that was reported done is there, wkv's and the Worker's.
    assert_eq!(
        get(port, "/get?key=bulk:099999"),
        Some((200, "v99999".to_string()))
    );
    for n in ok.iter().step_by((ok.len() / 20).max(1)) {
        assert_eq!(
            sandbox
                .run(&["key", "get", &format!("worker:{n}"), "--binding", "DATA"])
                .success()
                .stdout,
            format!("w{n}").into_bytes()
        );
    }
    let listed = sandbox
        .run(&["key", "list", "--binding", "DATA", "--prefix", "bulk:"])
        .success()
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 100_000);

    // The lock is held for a small share of the job, so only writes landing in it can fail.
    assert!(
        failed.len() * 4 < ok.len() + failed.len(),
        "{} of {} Worker writes failed",
        failed.len(),
        ok.len() + failed.len()
    );
    // 50 ms per 10,000 items in a release build; this is the debug binary on a shared machine.
    assert!(held < 2_000.0, "the write lock was held {held} ms");

    let database = sandbox
        .kv_root()
        .join("miniflare-KVNamespaceObject")
        .join(database_file_name(NAMESPACE_ID));
    let integrity: String = rusqlite::Connection::open(&database)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    sandbox
        .run(&["namespace", "check", "--binding", "DATA"])
        .success();
}
