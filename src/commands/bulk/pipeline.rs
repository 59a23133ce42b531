//! The engine of a remote `bulk put`: one thread streams the validated file into batches
//! (bounded by items and bytes), several batches are in flight at once, keys the API reports as
//! not written are sent again, and whatever still fails is recorded, never dropped. Ctrl-C stops
//! new batches, lets those in flight finish, and records everything not yet sent.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::{mpsc, Semaphore};
use tokio::task::JoinSet;

use crate::bulk::{put_item_request_bytes, read_put_items, Batcher, BulkInput};
use crate::kv::{KvStore, PutItem};
use crate::output::Progress;

use super::failed::FailedItems;

/// How a job is cut up and paced.
pub struct PutPlan {
    pub concurrency: usize,
    pub max_batch_items: usize,
    pub max_batch_bytes: usize,
    /// How many more times keys in `unsuccessful_keys` (or a failed batch) are sent.
    pub retry_rounds: u32,
    /// `--max-writes`: at most this many items are sent; the rest are recorded as not written
    /// (and counted as deferred), for the next run to continue.
    pub max_writes: Option<u64>,
}

/// What a job did.
#[derive(Default)]
pub struct PutTotals {
    pub written_items: u64,
    pub written_bytes: u64,
    pub retried_batches: u64,
    pub interrupted: bool,
    /// Items held back by `--max-writes` (also in the failed record).
    pub deferred_items: u64,
}

struct Shared<S> {
    store: S,
    failed: Mutex<FailedItems>,
    written_items: AtomicU64,
    written_bytes: AtomicU64,
    retried_batches: AtomicU64,
    progress: Progress,
    retry_rounds: u32,
}

pub async fn put_all<S: KvStore + 'static>(
    store: S,
    input: BulkInput,
    plan: PutPlan,
    failed: FailedItems,
    progress: Progress,
) -> anyhow::Result<(PutTotals, FailedItems)> {
    // A single slot: the reader stays at most one batch ahead of the senders, which bounds
    // memory to (concurrency + 2) batches whatever the file's size.
    let (sender, batches) = mpsc::channel::<Vec<PutItem>>(1);
    let (max_items, max_bytes) = (plan.max_batch_items, plan.max_batch_bytes);
    let reader = tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut batcher = Batcher::new(max_items, max_bytes);
        read_put_items(&input, |_position, item| {
            let size = put_item_request_bytes(&item);
            if let Some(batch) = batcher.push(item, size) {
                send_or_fail(&sender, batch)?;
            }
            Ok(())
        })?;
        if let Some(batch) = batcher.finish() {
            send_or_fail(&sender, batch)?;
        }
        Ok(())
    });
    let done = put_batches(store, batches, plan, failed, progress).await;
    // The writers' own error first: when they fail, the reader only sees the channel close.
    let read = reader.await?;
    let done = done?;
    read?;
    Ok(done)
}

/// The senders take every batch until the job ends (after Ctrl-C they record them as not
/// written), so a closed channel means the job failed and its error is reported instead.
fn send_or_fail(sender: &mpsc::Sender<Vec<PutItem>>, batch: Vec<PutItem>) -> anyhow::Result<()> {
    sender
        .blocking_send(batch)
        .map_err(|_| anyhow::anyhow!("the bulk writers stopped before the input was read"))
}

/// Writes the batches that arrive on `batches`, several at once, until the channel closes;
/// shared by `bulk put` (batches from a file) and `copy` (batches read from another store).
pub async fn put_batches<S: KvStore + 'static>(
    store: S,
    mut batches: mpsc::Receiver<Vec<PutItem>>,
    plan: PutPlan,
    failed: FailedItems,
    progress: Progress,
) -> anyhow::Result<(PutTotals, FailedItems)> {
    let shared = Arc::new(Shared {
        store,
        failed: Mutex::new(failed),
        written_items: AtomicU64::new(0),
        written_bytes: AtomicU64::new(0),
        retried_batches: AtomicU64::new(0),
        progress,
        retry_rounds: plan.retry_rounds,
    });

    let permits = Arc::new(Semaphore::new(plan.concurrency.max(1)));
    let mut senders = JoinSet::new();
    let mut interrupted = false;
    let mut write_budget = plan.max_writes;
    let mut deferred_items = 0u64;
    let ctrl_c = interrupt();
    tokio::pin!(ctrl_c);
    loop {
        // Ctrl-C is watched while waiting for a free slot as well as for the next batch, so an
        // interruption is noticed at once, not after the batches in flight are done.
        let permit = if interrupted {
            None
        } else {
            tokio::select! {
                permit = Arc::clone(&permits).acquire_owned() => Some(permit?),
                () = &mut ctrl_c => {
                    interrupted = true;
                    None
                }
            }
        };
        let batch = tokio::select! {
            batch = batches.recv() => batch,
            () = &mut ctrl_c, if !interrupted => {
                interrupted = true;
                continue;
            }
        };
        let Some(mut batch) = batch else { break };
        if let Some(budget) = write_budget.as_mut() {
            let allowed = (*budget).min(batch.len() as u64) as usize;
            *budget -= allowed as u64;
            let held_back = batch.split_off(allowed);
            if !held_back.is_empty() {
                deferred_items += held_back.len() as u64;
                record_failed(&shared, &held_back)?;
            }
            if batch.is_empty() {
                continue;
            }
        }
        match permit {
            Some(permit) if !interrupted => {
                let shared = Arc::clone(&shared);
                senders.spawn(async move {
                    let result = send_batch(&shared, batch).await;
                    drop(permit);
                    result
                });
            }
            // Interrupted: whatever the reader still hands over was never sent.
            _ => record_failed(&shared, &batch)?,
        }
        // Surface a sender's hard failure (say, the --failed file cannot be written) early.
        while let Some(done) = senders.try_join_next() {
            done??;
        }
    }
    while let Some(done) = senders.join_next().await {
        done??;
    }

    let shared = Arc::try_unwrap(shared)
        .map_err(|_| anyhow::anyhow!("internal error: a bulk sender outlived the job"))?;
    shared.progress.finish();
    let totals = PutTotals {
        written_items: shared.written_items.into_inner(),
        written_bytes: shared.written_bytes.into_inner(),
        retried_batches: shared.retried_batches.into_inner(),
        interrupted,
        deferred_items,
    };
    let failed = shared
        .failed
        .into_inner()
        .map_err(|_| anyhow::anyhow!("internal error: the failed-items record was poisoned"))?;
    Ok((totals, failed))
}

/// Sends one batch; keys the store reports as not written are sent again, up to the plan's
/// rounds, with a pause that grows each round. What is still not written is recorded.
async fn send_batch<S: KvStore>(shared: &Shared<S>, batch: Vec<PutItem>) -> anyhow::Result<()> {
    let mut pending = batch;
    let mut round = 0;
    loop {
        let outcome = shared.store.put_batch(&pending).await;
        let still_pending = match outcome {
            Ok(outcome) => {
                let (failed, written): (Vec<PutItem>, Vec<PutItem>) =
                    if outcome.unsuccessful_keys.is_empty() {
                        (Vec::new(), pending)
                    } else {
                        let unsuccessful: std::collections::HashSet<&str> = outcome
                            .unsuccessful_keys
                            .iter()
                            .map(String::as_str)
                            .collect();
                        pending
                            .into_iter()
                            .partition(|item| unsuccessful.contains(item.key.as_str()))
                    };
                count_written(shared, &written);
                if !failed.is_empty() && round == shared.retry_rounds {
                    let mut record = lock(&shared.failed)?;
                    record.note_reason(
                        "the API reported the keys as not written (unsuccessful_keys)".into(),
                    );
                }
                failed
            }
            Err(err) => {
                if round == shared.retry_rounds {
                    lock(&shared.failed)?.note_reason(format!("{err:#}"));
                }
                pending
            }
        };
        if still_pending.is_empty() {
            return Ok(());
        }
        if round == shared.retry_rounds {
            return record_failed(shared, &still_pending);
        }
        round += 1;
        shared.retried_batches.fetch_add(1, Ordering::Relaxed);
        tokio::time::sleep(Duration::from_millis(250 << round.min(5))).await;
        pending = still_pending;
    }
}

fn count_written<S>(shared: &Shared<S>, items: &[PutItem]) {
    let bytes: u64 = items.iter().map(|i| i.value.len() as u64).sum();
    shared
        .written_items
        .fetch_add(items.len() as u64, Ordering::Relaxed);
    let total = shared.written_bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
    shared.progress.advance(items.len() as u64, total);
}

fn record_failed<S>(shared: &Shared<S>, items: &[PutItem]) -> anyhow::Result<()> {
    let mut record = lock(&shared.failed)?;
    for item in items {
        record.record(item)?;
    }
    Ok(())
}

fn lock<T>(mutex: &Mutex<T>) -> anyhow::Result<std::sync::MutexGuard<'_, T>> {
    mutex
        .lock()
        .map_err(|_| anyhow::anyhow!("internal error: the failed-items record was poisoned"))
}

/// Completes on Ctrl-C, and never if the signal cannot be watched (the job then simply runs
/// to its end, as it would without a handler).
pub async fn interrupt() {
    if tokio::signal::ctrl_c().await.is_err() {
        std::future::pending::<()>().await;
    }
}
