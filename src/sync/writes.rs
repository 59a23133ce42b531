//! The writers of a remote bulk job: batches (bounded by items and bytes) arrive from a reader,
//! several are in flight at once (`futures`' `buffer_unordered`), each is sent under the failure
//! policy of `batches`, and whatever is not written is recorded, never dropped. Ctrl-C stops new
//! batches, lets those in flight finish, and records everything not yet sent. An error that
//! retrying cannot fix stops the job at once. `bulk put FILE` and every copy write through here.

use futures_util::{Stream, StreamExt};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::bulk::{put_item_request_bytes, read_put_items, Batcher, BulkInput};
use crate::kv::{KvStore, PutItem};
use crate::output::Progress;

use super::batches::{send_batch, BatchResult};
use super::failed::FailedItems;
use super::feed;

/// How a job is cut up and paced.
pub struct WritePlan {
    pub concurrency: usize,
    pub max_batch_items: usize,
    pub max_batch_bytes: usize,
    /// How many more times keys in `unsuccessful_keys` are sent.
    pub resend_rounds: u32,
    /// `--max-writes`: at most this many items are sent; the rest are recorded as not written
    /// (and counted as deferred), for the next run to continue.
    pub max_writes: Option<u64>,
}

/// The memory a remote job may hold in batches, split between the batches in flight; the API
/// allows 100 MB per request, but a smaller batch keeps a 1 GiB upload within ~100 MiB.
const BATCH_MEMORY_BUDGET: usize = 24 * 1024 * 1024;

/// Batches are sized for this many writers at most: more, smaller batches would cost requests
/// of the API's budget (1,200 per 5 minutes) for no gain, since a large file's time goes in
/// bytes sent, not round trips. Up to `--concurrency` batches may still be in flight.
const SIZED_FOR_WRITERS: usize = 4;

/// Past this many rounds of re-sending `unsuccessful_keys`, the backoff would keep a job
/// waiting for tens of seconds on keys the API keeps refusing; they are recorded instead.
const MAX_RESEND_ROUNDS: u32 = 5;

impl WritePlan {
    /// Batches of at most 10,000 items, sized so that up to `SIZED_FOR_WRITERS` of them fit the
    /// memory budget; unsuccessful keys are re-sent as often as the client retries (`retries`).
    pub fn new(concurrency: usize, retries: u32, max_writes: Option<u64>) -> WritePlan {
        let concurrency = concurrency.max(1);
        WritePlan {
            concurrency,
            max_batch_items: crate::kv::limits::MAX_BULK_WRITE_ITEMS,
            max_batch_bytes: (BATCH_MEMORY_BUDGET / concurrency.min(SIZED_FOR_WRITERS))
                .clamp(1024 * 1024, crate::bulk::PUT_BATCH_BYTES),
            resend_rounds: retries.min(MAX_RESEND_ROUNDS),
            max_writes,
        }
    }
}

/// What the writers did.
#[derive(Debug, Default, Clone)]
pub struct WriteTotals {
    pub written_items: u64,
    pub written_bytes: u64,
    /// How many times keys reported as not written were sent again.
    pub resent_batches: u64,
    pub interrupted: bool,
    /// Items held back by `--max-writes` (also in the failed record).
    pub deferred_items: u64,
}

/// Reads a validated bulk file into batches on a blocking thread and writes them.
pub async fn put_file<S: KvStore>(
    store: &S,
    input: BulkInput,
    plan: WritePlan,
    failed: FailedItems,
    progress: Progress,
) -> anyhow::Result<(WriteTotals, FailedItems)> {
    let (max_items, max_bytes) = (plan.max_batch_items, plan.max_batch_bytes);
    let (batches, reader) = feed::from_blocking(move |send| {
        let mut batcher = Batcher::new(max_items, max_bytes);
        read_put_items(&input, |_position, item| {
            let size = put_item_request_bytes(&item);
            if let Some(batch) = batcher.push(item, size) {
                send(batch)?;
            }
            Ok(())
        })?;
        if let Some(batch) = batcher.finish() {
            send(batch)?;
        }
        Ok(())
    });
    let written = write_batches(store, batches, plan, failed, progress).await;
    let (done, ()) = feed::join(reader, written).await?;
    Ok(done)
}

/// One batch as the writers saw it through.
enum Sent {
    Batch(BatchResult<PutItem>),
    /// Never sent: after Ctrl-C.
    Unsent(Vec<PutItem>),
}

/// Writes the batches of `batches`, several at once, until the stream ends.
pub async fn write_batches<S: KvStore>(
    store: &S,
    batches: impl Stream<Item = Vec<PutItem>>,
    plan: WritePlan,
    mut failed: FailedItems,
    progress: Progress,
) -> anyhow::Result<(WriteTotals, FailedItems)> {
    let interrupted = AtomicBool::new(false);
    let mut totals = WriteTotals::default();
    let mut write_budget = plan.max_writes;
    let rounds = plan.resend_rounds;
    let stop = &interrupted;
    let held_back = std::cell::RefCell::new(Vec::new());
    let held = &held_back;
    let sends = batches
        .filter_map(|mut batch| {
            // --max-writes: what is over the budget is held back, never sent.
            if let Some(budget) = write_budget.as_mut() {
                let allowed = (*budget).min(batch.len() as u64) as usize;
                *budget -= allowed as u64;
                let over = batch.split_off(allowed);
                held.borrow_mut().extend(over);
            }
            std::future::ready((!batch.is_empty()).then_some(batch))
        })
        .map(|batch| async move {
            if stop.load(Ordering::Relaxed) {
                return Ok(Sent::Unsent(batch));
            }
            let result = send_batch(batch, rounds, "written", |items| async move {
                let outcome = store.put_batch(&items).await;
                (items, outcome)
            })
            .await?;
            Ok::<_, anyhow::Error>(Sent::Batch(result))
        })
        .buffer_unordered(plan.concurrency.max(1));
    tokio::pin!(sends);
    let ctrl_c = interrupt();
    tokio::pin!(ctrl_c);
    loop {
        let next = tokio::select! {
            next = sends.next() => next,
            () = &mut ctrl_c, if !interrupted.load(Ordering::Relaxed) => {
                interrupted.store(true, Ordering::Relaxed);
                continue;
            }
        };
        for item in held.borrow_mut().drain(..) {
            totals.deferred_items += 1;
            failed.record(&item)?;
        }
        let Some(sent) = next else { break };
        let sent = match sent {
            Ok(sent) => sent,
            Err(error) => {
                // The record would not be what is left to write: the job did not get that far.
                failed.discard();
                return Err(error);
            }
        };
        match sent {
            Sent::Unsent(batch) => {
                for item in &batch {
                    failed.record(item)?;
                }
            }
            Sent::Batch(result) => {
                let bytes: u64 = result.done.iter().map(|i| i.value.len() as u64).sum();
                totals.written_items += result.done.len() as u64;
                totals.written_bytes += bytes;
                totals.resent_batches += result.resent;
                progress.advance(result.done.len() as u64, totals.written_bytes);
                if let Some(reason) = result.reason {
                    failed.note_reason(reason);
                }
                for item in &result.not_done {
                    failed.record(item)?;
                }
            }
        }
    }
    totals.interrupted = interrupted.load(Ordering::Relaxed);
    progress.finish();
    Ok((totals, failed))
}

/// Completes on Ctrl-C, and never if the signal cannot be watched (the job then simply runs
/// to its end, as it would without a handler).
pub async fn interrupt() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}
