//! A loopback proxy in front of `wkv serve` that keeps a copy of every request head it passes
//! on, so that a test can see exactly which headers a client sent, request by request. Bytes
//! are forwarded unchanged both ways; one thread pair per connection.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// The bytes one client connection sent, appended as they pass.
type ConnectionLog = Arc<Mutex<Vec<u8>>>;

pub struct RecordingProxy {
    pub base_url: String,
    /// Everything clients sent, per connection, in order.
    seen: Arc<Mutex<Vec<ConnectionLog>>>,
}

/// One request as it arrived: its request line and its header lines (names lower-cased).
#[derive(Debug, Clone)]
pub struct SeenRequest {
    pub line: String,
    pub headers: Vec<(String, String)>,
}

impl SeenRequest {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

impl RecordingProxy {
    /// Proxies to the server at `upstream_base_url` (`http://127.0.0.1:PORT/client/v4`).
    pub fn start(upstream_base_url: &str) -> RecordingProxy {
        let rest = upstream_base_url
            .strip_prefix("http://")
            .expect("an http base URL");
        let (upstream, path) = rest.split_once('/').expect("a base URL with a path");
        let upstream = upstream.to_string();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen: Arc<Mutex<Vec<ConnectionLog>>> = Arc::default();
        let registry = Arc::clone(&seen);
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                let Ok(server) = TcpStream::connect(&upstream) else {
                    continue;
                };
                let log: ConnectionLog = Arc::default();
                registry.lock().unwrap().push(Arc::clone(&log));
                pipe(
                    client.try_clone().unwrap(),
                    server.try_clone().unwrap(),
                    Some(log),
                );
                pipe(server, client, None);
            }
        });
        RecordingProxy {
            base_url: format!("http://127.0.0.1:{port}/{path}"),
            seen,
        }
    }

    /// Every request seen so far. A request is found by its head (`METHOD /path HTTP/1.1`
    /// then headers up to a blank line); bodies are skipped by their content-length.
    pub fn requests(&self) -> Vec<SeenRequest> {
        let mut out = Vec::new();
        for log in self.seen.lock().unwrap().iter() {
            let bytes = log.lock().unwrap().clone();
            let mut at = 0;
            while let Some(end) = find(&bytes[at..], b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&bytes[at..at + end]).into_owned();
                let mut lines = head.split("\r\n");
                let line = lines.next().unwrap_or_default().to_string();
                let headers: Vec<(String, String)> = lines
                    .filter_map(|l| l.split_once(':'))
                    .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
                    .collect();
                let length: usize = headers
                    .iter()
                    .find(|(n, _)| n == "content-length")
                    .and_then(|(_, v)| v.parse().ok())
                    .unwrap_or(0);
                at += end + 4 + length;
                out.push(SeenRequest { line, headers });
                if at >= bytes.len() {
                    break;
                }
            }
        }
        out
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn pipe(mut from: TcpStream, mut to: TcpStream, log: Option<ConnectionLog>) {
    std::thread::spawn(move || {
        let mut buffer = [0u8; 16 * 1024];
        loop {
            let n = match from.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            if let Some(log) = &log {
                log.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
            if to.write_all(&buffer[..n]).is_err() {
                break;
            }
        }
        let _ = to.shutdown(Shutdown::Write);
    });
}
