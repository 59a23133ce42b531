//! `wkv serve`: the KV REST API over local state, until Ctrl-C.

use std::time::Duration;

use crate::cli::ServeArgs;
use crate::output::Ui;
use crate::server::{serve, ServeOptions};

use crate::session::Context;

pub async fn run(args: ServeArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    if !(0.0..=1.0).contains(&args.testing.inject_faults) {
        return crate::error::usage("--inject-faults takes a share from 0 to 1");
    }
    if let Some(token) = &args.token {
        check_token(token)?;
    }
    let header_timeout = timeout("--header-timeout", args.header_timeout)?;
    let body_idle_timeout = timeout("--body-timeout", args.body_timeout)?;
    // The config only places the state directory, which --persist-to does instead.
    let config = context.load_config_if(args.persist_to.dir.is_none())?;
    let accounts = args
        .accounts
        .iter()
        .enumerate()
        .map(|(i, text)| crate::server::parse_account(text, i + 1))
        .collect::<Result<Vec<_>, _>>()
        .map_err(crate::error::WkvError::usage)?;
    let kv_root = context.local_kv_root(config.as_ref(), args.persist_to.dir.as_deref())?;
    if args.token.is_none() && !is_loopback(&args.host) {
        ui.warn(format!(
            "`{}` is not a loopback address and no --token is set: anyone who can reach this \
             port on the network can read and write the local state. Set --token to require one.",
            args.host
        ));
    }
    let options = ServeOptions {
        host: args.host,
        port: args.port,
        token: args.token,
        fault_rate: args.testing.inject_faults,
        fault_route: args.testing.inject_faults_on,
        bulk_get_cap: args
            .testing
            .inject_bulk_get_cap
            .unwrap_or(crate::kv::limits::MAX_BULK_GET_VALUE_BYTES),
        latency: Duration::from_millis(args.testing.latency_ms),
        header_timeout,
        body_idle_timeout,
        accounts,
        token_without_kv: args.testing.token_without_kv,
        ..ServeOptions::new(&kv_root)
    };
    let status = ui.status_line();
    let out = ui.out();
    serve(options, |base_url| {
        // The base URL on stdout is data: scripts and tests read it to find the port.
        use std::io::Write;
        let _ = writeln!(out, "{base_url}");
        let _ = out.flush();
        status.print(format!(
            "wkv serve: serving local state in `{}`\n  export CLOUDFLARE_API_BASE_URL={base_url}\n  stop with Ctrl-C",
            kv_root.display()
        ));
    })
    .await
}

/// A token no request could present would start a server that refuses everything: an empty
/// one, or one with characters an `Authorization` header cannot carry or that the bearer
/// parsing trims (spaces at either end, control characters, non-ASCII).
fn check_token(token: &str) -> anyhow::Result<()> {
    if token.is_empty() {
        return crate::error::usage(
            "--token (or WKV_SERVE_TOKEN) is empty: no request could present it; leave it unset to accept any request",
        );
    }
    let printable = token.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
    if !printable || token.trim() != token {
        return crate::error::usage(
            "--token (or WKV_SERVE_TOKEN) must be printable ASCII without spaces at either end, or no request could present it",
        );
    }
    Ok(())
}

/// A timeout flag's seconds as a duration: positive and finite.
fn timeout(flag: &str, seconds: f64) -> anyhow::Result<Duration> {
    if !(seconds.is_finite() && seconds > 0.0 && seconds <= 86_400.0) {
        return crate::error::usage(format!(
            "{flag} takes a number of seconds greater than 0 and at most 86400"
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// Whether `host` can only be reached from this machine.
fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    if bare.eq_ignore_ascii_case("localhost") {
        return true;
    }
    bare.parse::<std::net::IpAddr>()
        .is_ok_and(|address| address.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts_are_recognised() {
        for host in [
            "127.0.0.1",
            "127.1.2.3",
            "::1",
            "[::1]",
            "localhost",
            "LOCALHOST",
        ] {
            assert!(is_loopback(host), "{host}");
        }
        for host in ["0.0.0.0", "::", "192.168.1.2", "example.com", "10.0.0.1"] {
            assert!(!is_loopback(host), "{host}");
        }
    }

    #[test]
    fn tokens_must_be_presentable() {
        assert!(check_token("s3cret-token_1").is_ok());
        for bad in ["", " ", " x", "x ", "tab\there", "é"] {
            assert!(check_token(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn timeouts_are_positive_and_finite() {
        assert_eq!(timeout("--t", 0.5).unwrap(), Duration::from_millis(500));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e12] {
            assert!(timeout("--t", bad).is_err(), "{bad}");
        }
    }
}
