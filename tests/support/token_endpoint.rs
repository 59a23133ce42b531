//! A stand-in for Cloudflare's OAuth token endpoint (`dash.cloudflare.com/oauth2/token`), which
//! cannot run here: a tiny HTTP/1.1 server on 127.0.0.1 that answers the RFC 6749 section 6
//! refresh_token grant as the real one does. It takes a form POST
//! (`grant_type=refresh_token&refresh_token=...&client_id=...`), answers `{access_token,
//! expires_in, refresh_token, scope, token_type}` as JSON, rotates the refresh token (each is
//! single-use), and answers 400 `{"error": "invalid_grant"}` to a used or unknown one. It counts
//! every use of every refresh token, so tests can prove a token was sent once.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// wrangler's public client id.
pub const WRANGLER_CLIENT_ID: &str = "54d11594-84e4-41aa-b438-e81b8fa78ee7";

#[derive(Default)]
struct State {
    /// Refresh tokens that may still be used.
    valid: Vec<String>,
    /// How many times each refresh token was presented.
    uses: HashMap<String, usize>,
    issued: usize,
    requests: Vec<HashMap<String, String>>,
    content_types: Vec<String>,
}

pub struct TokenEndpoint {
    pub url: String,
    state: Arc<Mutex<State>>,
    /// What a successful answer says about the new token's lifetime, in seconds.
    expires_in: Arc<Mutex<i64>>,
    /// Leaves `refresh_token` out of answers (RFC 6749 allows it; the old one stays valid).
    omit_refresh_token: Arc<Mutex<bool>>,
}

impl TokenEndpoint {
    /// Starts the endpoint, accepting `valid_refresh_token` once.
    pub fn start(valid_refresh_token: &str) -> TokenEndpoint {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/oauth2/token", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State {
            valid: vec![valid_refresh_token.to_string()],
            ..State::default()
        }));
        let expires_in = Arc::new(Mutex::new(3600));
        let omit = Arc::new(Mutex::new(false));
        let (s, e, o) = (state.clone(), expires_in.clone(), omit.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (s, e, o) = (s.clone(), e.clone(), o.clone());
                std::thread::spawn(move || {
                    let _ = serve(stream, &s, *e.lock().unwrap(), *o.lock().unwrap());
                });
            }
        });
        TokenEndpoint {
            url,
            state,
            expires_in,
            omit_refresh_token: omit,
        }
    }

    pub fn set_expires_in(&self, seconds: i64) {
        *self.expires_in.lock().unwrap() = seconds;
    }

    pub fn omit_refresh_token(&self) {
        *self.omit_refresh_token.lock().unwrap() = true;
    }

    /// How many times `refresh_token` was presented.
    pub fn uses(&self, refresh_token: &str) -> usize {
        self.state
            .lock()
            .unwrap()
            .uses
            .get(refresh_token)
            .copied()
            .unwrap_or(0)
    }

    /// How many token requests arrived.
    pub fn requests(&self) -> usize {
        self.state.lock().unwrap().requests.len()
    }

    /// The form fields of each request.
    pub fn forms(&self) -> Vec<HashMap<String, String>> {
        self.state.lock().unwrap().requests.clone()
    }

    pub fn content_types(&self) -> Vec<String> {
        self.state.lock().unwrap().content_types.clone()
    }

    /// The access token the n-th successful refresh hands out (from 1).
    pub fn access_token(n: usize) -> String {
        format!("fresh-access-{n}-S3CRET")
    }

    pub fn refresh_token(n: usize) -> String {
        format!("fresh-refresh-{n}-S3CRET")
    }
}

fn serve(
    stream: TcpStream,
    state: &Mutex<State>,
    expires_in: i64,
    omit_refresh: bool,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut length = 0;
    let mut content_type = String::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            match name.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().unwrap_or(0),
                "content-type" => content_type = value.trim().to_string(),
                _ => {}
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let (status, answer) = if !request_line.starts_with("POST ") {
        (405, r#"{"error":"invalid_request"}"#.to_string())
    } else {
        let form = parse_form(&String::from_utf8_lossy(&body));
        // Widens the window in which concurrent clients could race for the same token.
        std::thread::sleep(Duration::from_millis(100));
        let mut state = state.lock().unwrap();
        state.requests.push(form.clone());
        state.content_types.push(content_type.clone());
        answer(&mut state, &form, &content_type, expires_in, omit_refresh)
    };
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        _ => "Method Not Allowed",
    };
    let mut stream = stream;
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
        answer.len()
    )?;
    stream.flush()
}

fn answer(
    state: &mut State,
    form: &HashMap<String, String>,
    content_type: &str,
    expires_in: i64,
    omit_refresh: bool,
) -> (u16, String) {
    if !content_type.starts_with("application/x-www-form-urlencoded") {
        return (400, r#"{"error":"invalid_request"}"#.to_string());
    }
    if form.get("grant_type").map(String::as_str) != Some("refresh_token") {
        return (400, r#"{"error":"unsupported_grant_type"}"#.to_string());
    }
    if form.get("client_id").map(String::as_str) != Some(WRANGLER_CLIENT_ID) {
        return (401, r#"{"error":"invalid_client"}"#.to_string());
    }
    let presented = form.get("refresh_token").cloned().unwrap_or_default();
    *state.uses.entry(presented.clone()).or_default() += 1;
    let Some(index) = state.valid.iter().position(|t| *t == presented) else {
        return (
            400,
            r#"{"error":"invalid_grant","error_description":"The refresh token is invalid, expired or revoked."}"#
                .to_string(),
        );
    };
    state.issued += 1;
    let n = state.issued;
    let mut answer = serde_json::json!({
        "access_token": TokenEndpoint::access_token(n),
        "token_type": "bearer",
        "expires_in": expires_in,
        "scope": "account:read user:read workers:write workers_kv:write offline_access",
    });
    if omit_refresh {
        // The old refresh token stays valid.
    } else {
        state.valid.remove(index);
        state.valid.push(TokenEndpoint::refresh_token(n));
        answer["refresh_token"] = serde_json::json!(TokenEndpoint::refresh_token(n));
    }
    (200, answer.to_string())
}

fn parse_form(body: &str) -> HashMap<String, String> {
    body.split('&')
        .filter_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            Some((decode(name), decode(value)))
        })
        .collect()
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                out.push(u8::from_str_radix(hex, 16).unwrap_or(b'?'));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
