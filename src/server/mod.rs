//! `wkv serve`: a local HTTP server that speaks Cloudflare's KV REST API v4 (the routes, envelope,
//! limits, messages and error codes of `docs/cloudflare-kv-api.md`) over the same local state that
//! `wkv --local` and `wrangler dev` use, so the remote code path, CI jobs and wrangler itself
//! (`CLOUDFLARE_API_BASE_URL=http://HOST:PORT/client/v4`) can run offline. This module owns the
//! routes and the listening socket; the data is `crate::local`'s. The caller gets the base URL
//! through `on_ready` and decides what to tell the user; the only thing the server itself
//! prints is one stderr line per internal error, whose detail the client is not shown.

mod auth;
mod blocking;
mod body;
mod bulk_get;
mod bulk_routes;
mod connections;
mod envelope;
mod extract;
mod fault_schedule;
mod faults;
mod idle_body;
mod json_array;
mod key_routes;
mod multipart;
mod namespace_routes;
mod registry;
mod state;
mod user_routes;
mod validate;

use std::future::Future;

use anyhow::Context;
use axum::middleware;
use axum::routing::{get, post, put};
use axum::serve::ListenerExt;
use axum::Router;

pub use envelope::ApiError;
pub use namespace_routes::{LOCAL_ACCOUNT_ID, LOCAL_ACCOUNT_NAME};
pub use registry::TITLES_FILE;
pub use state::{ServeOptions, ServedAccount, ServerState, DEFAULT_MAX_BODY_BYTES};
pub use user_routes::{parse_account, USER_EMAIL};

/// Where the API lives under the server's root, as in `https://api.cloudflare.com/client/v4`.
pub const BASE_PATH: &str = "/client/v4";

/// The whole API as a router over `state`'s local state, for tests and embedding.
pub fn router(state: ServerState) -> Router {
    let namespaces = format!("{BASE_PATH}/accounts/{{account_id}}/storage/kv/namespaces");
    let namespace = format!("{namespaces}/{{namespace_id}}");
    Router::new()
        .route(
            &format!("{BASE_PATH}/accounts"),
            get(user_routes::list_accounts),
        )
        .route(
            &format!("{BASE_PATH}/memberships"),
            get(user_routes::list_memberships),
        )
        .route(
            &format!("{BASE_PATH}/user/tokens/verify"),
            get(user_routes::verify_token),
        )
        .route(&format!("{BASE_PATH}/user"), get(user_routes::user))
        .route(
            &namespaces,
            get(namespace_routes::list_namespaces).post(namespace_routes::create_namespace),
        )
        .route(
            &namespace,
            get(namespace_routes::get_namespace)
                .put(namespace_routes::rename_namespace)
                .delete(namespace_routes::delete_namespace),
        )
        .route(&format!("{namespace}/keys"), get(key_routes::list_keys))
        .route(
            &format!("{namespace}/values/{{*key}}"),
            get(key_routes::get_value)
                .put(key_routes::put_value)
                .delete(key_routes::delete_value),
        )
        .route(
            &format!("{namespace}/values/"),
            get(key_routes::empty_key)
                .put(key_routes::empty_key)
                .delete(key_routes::empty_key),
        )
        .route(
            &format!("{namespace}/metadata/{{*key}}"),
            get(key_routes::get_metadata),
        )
        .route(
            &format!("{namespace}/metadata/"),
            get(key_routes::empty_key),
        )
        .route(
            &format!("{namespace}/bulk"),
            put(bulk_routes::bulk_write).delete(bulk_routes::bulk_delete),
        )
        .route(
            &format!("{namespace}/bulk/delete"),
            post(bulk_routes::bulk_delete),
        )
        .route(&format!("{namespace}/bulk/get"), post(bulk_get::bulk_get))
        // A known path with the wrong method is as unroutable as an unknown path.
        .fallback(no_route)
        .method_not_allowed_fallback(no_route)
        // Faults sit inside the token check: an unauthorised request is refused, not faulted.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            faults::inject,
        ))
        .layer(middleware::from_fn_with_state(state.clone(), faults::delay))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_token,
        ))
        // Outermost, so that every body any layer or handler reads has the idle timeout.
        .layer(middleware::from_fn_with_state(
            state.clone(),
            idle_body::limit_body_idle,
        ))
        .with_state(state)
}

async fn no_route() -> ApiError {
    ApiError::no_route()
}

/// Binds, calls `on_ready` with the API base URL (`http://HOST:PORT/client/v4`) once listening,
/// and serves until Ctrl-C or SIGTERM, then finishes the requests in flight and returns.
pub async fn serve(
    options: ServeOptions,
    on_ready: impl FnOnce(&str) + Send,
) -> anyhow::Result<()> {
    serve_until(options, on_ready, shutdown_signal()).await
}

/// Like `serve`, but stops when `shutdown` completes: for embedding and tests.
pub async fn serve_until(
    options: ServeOptions,
    on_ready: impl FnOnce(&str) + Send,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let state = ServerState::new(&options)?;
    let listener = tokio::net::TcpListener::bind((options.host.as_str(), options.port))
        .await
        .with_context(|| format!("cannot listen on {}:{}", options.host, options.port))?;
    let port = listener
        .local_addr()
        .context("cannot read the listening address")?
        .port();
    on_ready(&base_url(&options.host, port));
    // Small request/response exchanges must not wait on Nagle's algorithm.
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    connections::serve_connections(listener, router(state), options.header_timeout, shutdown).await;
    Ok(())
}

/// The URL clients use as the API base; IPv6 literals need brackets in URLs.
fn base_url(host: &str, port: u16) -> String {
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    format!("http://{host}:{port}{BASE_PATH}")
}

/// Completes on Ctrl-C, or on SIGTERM (Windows: Ctrl-Break or the console closing).
async fn shutdown_signal() {
    let ctrl_c = async {
        // If the handler cannot be installed, only SIGTERM (or killing) stops the server.
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    // Windows has no SIGTERM: Ctrl-Break, and the console window closing (a few seconds remain
    // before Windows ends the process), stop it gracefully as well.
    #[cfg(windows)]
    let terminate = async {
        use tokio::signal::windows::{ctrl_break, ctrl_close};
        match (ctrl_break(), ctrl_close()) {
            (Ok(mut ctrl_break), Ok(mut close)) => {
                tokio::select! {
                    _ = ctrl_break.recv() => {},
                    _ = close.recv() => {},
                }
            }
            _ => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(any(unix, windows)))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_bracket_ipv6_hosts() {
        assert_eq!(
            base_url("127.0.0.1", 8787),
            "http://127.0.0.1:8787/client/v4"
        );
        assert_eq!(base_url("::1", 1), "http://[::1]:1/client/v4");
        assert_eq!(base_url("localhost", 2), "http://localhost:2/client/v4");
    }
}
