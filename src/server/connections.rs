//! The accept loop: one HTTP/1 connection per task, served by hyper with a header read timeout,
//! so a client that connects and never finishes its request headers (or leaves a keep-alive
//! connection idle) is disconnected instead of holding the connection forever. axum's own
//! `serve` has no such timeout. On shutdown the loop stops accepting, asks every connection to
//! finish its request in flight, and returns once they all have.

use std::future::Future;
use std::time::Duration;

use axum::serve::Listener;
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::sync::{mpsc, watch};

/// Serves `app` on every connection `listener` accepts until `shutdown` completes.
pub async fn serve_connections<L: Listener>(
    mut listener: L,
    app: Router,
    header_timeout: Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let (stop_sender, stopping) = watch::channel(false);
    // Every connection task holds a clone; `recv` returns `None` once the last one is gone.
    let (alive, mut all_closed) = mpsc::channel::<()>(1);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // The listener retries failed accepts itself (for example when out of file handles).
        let (io, _address) = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let service = TowerToHyperService::new(app.clone());
        let mut stopping = stopping.clone();
        let alive = alive.clone();
        tokio::spawn(async move {
            let _alive = alive;
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout);
            let connection = builder.serve_connection(TokioIo::new(io), service);
            let mut connection = std::pin::pin!(connection);
            // Connection errors (a client that went away, a header timeout) end only that
            // connection; there is no one to report them to.
            tokio::select! {
                _ = connection.as_mut() => return,
                _ = stopping.wait_for(|stop| *stop) => {}
            }
            connection.as_mut().graceful_shutdown();
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = stop_sender.send(true);
    drop(alive);
    let _ = all_closed.recv().await;
}
