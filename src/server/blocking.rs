//! Running a long store call off the async workers. The local store is synchronous inside its
//! async methods; that is right for a value read (microseconds), but a 10,000-item batch or a
//! 25 MiB value would hold a worker for a long time and stall every request queued behind it,
//! so such calls run on tokio's blocking pool instead. So does parsing a large request body
//! (up to 100 MB of JSON, or a form around a 25 MiB value).

use std::future::Future;

use super::envelope::ApiError;

/// A value this large is written off the async workers.
pub const LARGE_VALUE_BYTES: usize = 256 * 1024;

/// Runs `call()` to completion on the blocking pool and returns its result.
pub async fn off_the_workers<T, F, Fut>(call: F) -> Result<T, ApiError>
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<T>>,
    T: Send + 'static,
{
    let handle = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || handle.block_on(call()))
        .await
        .map_err(|error| ApiError::from(anyhow::anyhow!("a store task failed: {error}")))?
        .map_err(ApiError::from)
}

/// A body this large is parsed off the async workers too: parsing 100 MB of JSON or a large
/// form takes long enough to stall the requests queued behind it.
pub const LARGE_BODY_BYTES: usize = 256 * 1024;

/// Runs the CPU-bound `work` on the blocking pool when `body_len` is large, inline otherwise
/// (for a small body a thread hand-off costs more than the work).
pub async fn parse_off_the_workers<T, F>(body_len: usize, work: F) -> Result<T, ApiError>
where
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    if body_len < LARGE_BODY_BYTES {
        return work();
    }
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|error| ApiError::from(anyhow::anyhow!("a parsing task failed: {error}")))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn large_bodies_are_parsed_on_another_thread_and_small_ones_inline() {
        let here = std::thread::current().id();
        let small = parse_off_the_workers(10, || Ok(std::thread::current().id()))
            .await
            .unwrap();
        assert_eq!(small, here);
        let large = parse_off_the_workers(LARGE_BODY_BYTES, || Ok(std::thread::current().id()))
            .await
            .unwrap();
        assert_ne!(large, here);
        let refused: Result<(), ApiError> =
            parse_off_the_workers(LARGE_BODY_BYTES, || Err(ApiError::bad_request("no"))).await;
        assert_eq!(refused.unwrap_err().message, "no");
    }
}
