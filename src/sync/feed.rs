//! A producer of batches running beside the senders that take them: a bulk file read and
//! checked on a blocking thread (`bulk put FILE`, `bulk delete FILE`), or copy's reader of the
//! source. The channel holds one batch, so the producer stays at most one batch ahead and memory
//! holds a few batches whatever the input's size. When both stop, the senders' error is the one
//! reported: once they stop, the producer only sees its channel close.

use futures_util::Stream;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// The batches of a channel as a stream.
pub fn received<T>(batches: mpsc::Receiver<Vec<T>>) -> impl Stream<Item = Vec<T>> {
    futures_util::stream::unfold(batches, |mut batches| async move {
        batches.recv().await.map(|batch| (batch, batches))
    })
}

/// Runs `produce` on a blocking thread, handing it a `send` for each batch, and returns the
/// stream of those batches with the handle to `join` once the stream has been taken.
pub fn from_blocking<T, P>(
    produce: P,
) -> (impl Stream<Item = Vec<T>>, JoinHandle<anyhow::Result<()>>)
where
    T: Send + 'static,
    P: FnOnce(&mut dyn FnMut(Vec<T>) -> anyhow::Result<()>) -> anyhow::Result<()> + Send + 'static,
{
    let (sender, batches) = mpsc::channel::<Vec<T>>(1);
    let producer = tokio::task::spawn_blocking(move || {
        // The senders take every batch until the job ends, so a closed channel means the job
        // stopped, and its own error is the one reported (see `join`).
        let mut send = |batch: Vec<T>| {
            sender
                .blocking_send(batch)
                .map_err(|_| anyhow::anyhow!("the job stopped before the input was read"))
        };
        produce(&mut send)
    });
    (received(batches), producer)
}

/// Ends a producer once its batches have been taken: the senders' error first (the producer is
/// stopped), else the producer's own error or result.
pub async fn join<R, V>(
    producer: JoinHandle<anyhow::Result<V>>,
    taken: anyhow::Result<R>,
) -> anyhow::Result<(R, V)> {
    let taken = match taken {
        Ok(taken) => taken,
        Err(error) => {
            producer.abort();
            return Err(error);
        }
    };
    Ok((taken, producer.await??))
}
