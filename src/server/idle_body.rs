//! The body-idle timeout: a request body that sends nothing for too long fails with
//! `BodyIdleTimeout`, so the handler reading it gives up, drops what it buffered, and the
//! connection is closed. Without it a client that stops in the middle of an upload holds its
//! connection and its buffer forever. (Stalled headers are hyper's `header_read_timeout`.)

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http_body::{Frame, SizeHint};
use tokio::time::{Instant, Sleep};

use super::state::ServerState;

/// The error a body gives when its client went quiet for longer than the idle timeout.
#[derive(Debug)]
pub struct BodyIdleTimeout(pub Duration);

impl std::fmt::Display for BodyIdleTimeout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the client sent no body data for {:.1} s",
            self.0.as_secs_f64()
        )
    }
}

impl std::error::Error for BodyIdleTimeout {}

/// Middleware: wraps every request body in the server's idle timeout.
pub async fn limit_body_idle(
    State(state): State<ServerState>,
    request: Request,
    next: Next,
) -> Response {
    let idle = state.body_idle_timeout();
    let request = request.map(|body| Body::new(IdleTimeoutBody::new(body, idle)));
    next.run(request).await
}

/// A body that fails when no frame arrives for `idle` while its reader is waiting for one.
/// The clock runs only while the reader waits: time a handler spends elsewhere is not idleness.
pub struct IdleTimeoutBody {
    inner: Body,
    idle: Duration,
    /// Armed when the reader starts waiting, disarmed when a frame arrives.
    waiting: Option<Pin<Box<Sleep>>>,
}

impl IdleTimeoutBody {
    pub fn new(inner: Body, idle: Duration) -> IdleTimeoutBody {
        IdleTimeoutBody {
            inner,
            idle,
            waiting: None,
        }
    }
}

impl http_body::Body for IdleTimeoutBody {
    type Data = Bytes;
    type Error = axum::BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(frame) => {
                this.waiting = None;
                Poll::Ready(frame.map(|frame| frame.map_err(Into::into)))
            }
            Poll::Pending => {
                let idle = this.idle;
                let timer = this.waiting.get_or_insert_with(|| {
                    Box::pin(tokio::time::sleep_until(Instant::now() + idle))
                });
                match timer.as_mut().poll(cx) {
                    Poll::Ready(()) => {
                        this.waiting = None;
                        Poll::Ready(Some(Err(Box::new(BodyIdleTimeout(idle)))))
                    }
                    Poll::Pending => Poll::Pending,
                }
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// Whether a body error (as axum hands it over, possibly wrapped) is the idle timeout.
pub fn is_idle_timeout(error: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(error);
    while let Some(error) = current {
        if error.is::<BodyIdleTimeout>() {
            return true;
        }
        current = error.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::HttpBody;

    #[tokio::test]
    async fn a_body_that_stops_sending_fails_after_the_idle_time() {
        let (sender, receiver) =
            tokio::sync::mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(1);
        let stream = StreamBody(receiver);
        let mut body = IdleTimeoutBody::new(Body::new(stream), Duration::from_millis(50));
        sender
            .send(Ok(Frame::data(Bytes::from_static(b"x"))))
            .await
            .unwrap();
        let first = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await;
        assert!(first.unwrap().is_ok());
        // Nothing more is sent, but the sender stays open: a stalled client.
        let second = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await;
        let error = second.unwrap().unwrap_err();
        assert!(is_idle_timeout(error.as_ref()), "{error}");
        drop(sender);
    }

    /// A body fed through a channel, to control when frames arrive.
    struct StreamBody(tokio::sync::mpsc::Receiver<Result<Frame<Bytes>, std::io::Error>>);

    impl http_body::Body for StreamBody {
        type Data = Bytes;
        type Error = std::io::Error;

        fn poll_frame(
            self: Pin<&mut Self>,
            cx: &mut Context<'_>,
        ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
            self.get_mut().0.poll_recv(cx)
        }
    }

    #[test]
    fn only_the_idle_timeout_is_recognised() {
        let other = std::io::Error::other("reset");
        assert!(!is_idle_timeout(&other));
        assert!(is_idle_timeout(&BodyIdleTimeout(Duration::from_secs(1))));
    }
}
