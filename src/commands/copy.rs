//! `wkv copy FROM TO`: streams the keys of one place into another. A lister walks the source's
//! key pages (filtered by --prefix, --match and expiration) and hands out chunks of 100 names;
//! several chunks are read at once with bulk get (which splits on 413) while the lister goes
//! on; the values are cut into batches and written by the same pipeline as `bulk put`. Memory
//! holds a few chunks and batches, whatever the size of the namespace.

use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::mpsc;

use crate::bulk::{put_item_request_bytes, Batcher, PUT_BATCH_BYTES};
use crate::cli::CopyArgs;
use crate::error::WkvError;
use crate::kv::{limits, Expiry, KvStore, PutItem};
use crate::output::{count_of, human_bytes, Ui};
use crate::sync::{KeyPattern, Place, Summary};

use super::bulk::failed::FailedItems;
use super::bulk::fetch::fetch_chunk;
use super::bulk::pipeline::{put_batches, PutPlan};
use super::copy_places::open_both;
use super::target::{with_owned_store, Context, Store};

/// As `bulk put`: the memory the batches in flight may hold, split between them.
const BATCH_MEMORY_BUDGET: usize = 24 * 1024 * 1024;

/// Which keys of the source are copied.
#[derive(Clone)]
pub struct Selection {
    pub prefix: Option<String>,
    pub pattern: Option<KeyPattern>,
    /// Keys expiring before this Unix time are skipped: gone, or too close to expiring for the
    /// API to accept the write (it wants 60 seconds ahead).
    pub live_after: i64,
}

impl Selection {
    fn keeps(&self, name: &str, expiration: Option<i64>) -> bool {
        expiration.is_none_or(|at| at >= self.live_after)
            && self.pattern.as_ref().is_none_or(|p| p.matches(name))
    }
}

/// What the reading side did.
#[derive(Default)]
struct ReadTotals {
    skipped_expired: u64,
}

pub async fn run(args: CopyArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let from = Place::parse(&args.from)?;
    let to = Place::parse(&args.to)?;
    if let Some(prefix) = &args.prefix {
        limits::validate_key(prefix)
            .map_err(|e| WkvError::usage(format!("--prefix cannot be a key prefix: {e}")))?;
    }
    let selection = Selection {
        prefix: args.prefix.clone().filter(|p| !p.is_empty()),
        pattern: args.pattern.as_deref().map(KeyPattern::new),
        live_after: limits::now_secs() + limits::MIN_TTL_SECS,
    };
    let (source, target) = open_both(
        context,
        &from,
        &to,
        args.persist_to.as_deref(),
        args.throughput.rate_limit,
    )
    .await?;
    let failed = FailedItems::create(args.failed.as_deref())?;
    let started = Instant::now();
    let progress = ui.progress(None, "copy");
    let description = format!("{from} to {to}");
    let target_is_local = !target.target.is_remote();
    let concurrency = args.throughput.concurrency as usize;
    let plan = PutPlan {
        // A local namespace takes one writer at a time; more would only wait for its lock.
        concurrency: if target_is_local { 1 } else { concurrency },
        max_batch_items: limits::MAX_BULK_WRITE_ITEMS,
        max_batch_bytes: (BATCH_MEMORY_BUDGET / concurrency).clamp(1024 * 1024, PUT_BATCH_BYTES),
        retry_rounds: context.retries.min(5),
    };
    let clients: Vec<crate::api::ApiClient> = [&source.target.store, &target.target.store]
        .into_iter()
        .filter_map(|store| match store {
            Store::Remote(remote) => Some(remote.client().clone()),
            _ => None,
        })
        .collect();

    let (totals, failed, read) = with_owned_store!(source.target, source_store => {
        with_owned_store!(target.target, target_store => {
            copy_stream(
                Arc::new(source_store),
                target_store,
                selection.clone(),
                concurrency,
                plan,
                failed,
                progress.clone(),
            )
            .await?
        })
    });
    progress.finish();

    let not_written = failed.count;
    let reasons = failed.reasons.clone();
    let first_keys = failed.first_keys.clone();
    let failed_path = failed.finish()?;
    let (requests, retries) = clients.iter().fold((0, 0), |(r, t), c| {
        let stats = c.stats();
        (r + stats.requests, t + stats.retries)
    });
    let summary = Summary {
        operation: format!("copy {from} {to}"),
        dry_run: false,
        written: totals.written_items,
        unchanged: 0,
        deleted: 0,
        failed: not_written,
        skipped_expired: read.skipped_expired,
        requests,
        retries,
        seconds: started.elapsed().as_secs_f64(),
    };
    ui.status(format!(
        "Copied {} ({}) from {description} in {:.2} s{}",
        count_of(totals.written_items, "key", "keys"),
        human_bytes(totals.written_bytes),
        summary.seconds,
        if read.skipped_expired > 0 {
            format!(
                "; skipped {} that expire within a minute",
                count_of(read.skipped_expired, "key", "keys")
            )
        } else {
            String::new()
        }
    ));
    super::results::report(ui, &summary)?;
    if not_written == 0 {
        return Ok(());
    }
    let mut error = WkvError::failure(format!(
        "{} not written{}",
        count_of(not_written, "key was", "keys were"),
        if totals.interrupted {
            " (interrupted)"
        } else {
            ""
        }
    ));
    for reason in reasons {
        error = error.with_hint(format!("last error: {reason}"));
    }
    error = match failed_path {
        Some(path) => error.with_hint(format!(
            "the items not written are in `{}`; `wkv bulk put {}` with the target's flags finishes the copy",
            path.display(),
            path.display()
        )),
        None => error.with_hint(format!(
            "not written: {}; pass --failed FILE to get them all in a file to retry",
            first_keys.join(", ")
        )),
    };
    Err(error.into())
}

/// Reads the selected keys of `source` and writes them to `target` through the bulk pipeline.
async fn copy_stream<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: T,
    selection: Selection,
    concurrency: usize,
    plan: PutPlan,
    failed: FailedItems,
    progress: crate::output::Progress,
) -> anyhow::Result<(super::bulk::pipeline::PutTotals, FailedItems, ReadTotals)> {
    let (batch_sender, batches) = mpsc::channel::<Vec<PutItem>>(1);
    let (max_items, max_bytes) = (plan.max_batch_items, plan.max_batch_bytes);
    let reader = tokio::spawn(read_source(
        source,
        selection,
        concurrency,
        batch_sender,
        max_items,
        max_bytes,
    ));
    let written = put_batches(target, batches, plan, failed, progress).await;
    let read = reader.await?;
    // The writers' error first: when they fail, the reader only sees its channel close.
    let (totals, failed) = written?;
    let read = read?;
    Ok((totals, failed, read))
}

/// Lists, reads and batches the source; ends when the source is read or the writers stop.
async fn read_source<S: KvStore + 'static>(
    source: Arc<S>,
    selection: Selection,
    concurrency: usize,
    batches: mpsc::Sender<Vec<PutItem>>,
    max_items: usize,
    max_bytes: usize,
) -> anyhow::Result<ReadTotals> {
    let mut totals = ReadTotals::default();
    // The listing runs ahead of the reads (a few pages at most), so its round trips overlap.
    let (name_sender, mut names) =
        mpsc::channel::<Vec<String>>(4 * limits::MAX_LIST_LIMIT / limits::MAX_BULK_GET_KEYS);
    let lister = {
        let source = Arc::clone(&source);
        let selection = selection.clone();
        tokio::spawn(async move { list_names(&*source, &selection, name_sender).await })
    };
    let mut batcher = Batcher::new(max_items, max_bytes);
    let mut in_flight = VecDeque::new();
    let mut listed_all = false;
    loop {
        while !listed_all && in_flight.len() < concurrency.max(1) {
            let next = if in_flight.is_empty() {
                names.recv().await
            } else {
                match names.try_recv() {
                    Ok(chunk) => Some(chunk),
                    Err(mpsc::error::TryRecvError::Empty) => break,
                    Err(mpsc::error::TryRecvError::Disconnected) => None,
                }
            };
            match next {
                Some(chunk) => {
                    in_flight.push_back(tokio::spawn(fetch_chunk(Arc::clone(&source), chunk, true)))
                }
                None => listed_all = true,
            }
        }
        let Some(next) = in_flight.pop_front() else {
            break;
        };
        let (keys, values) = next.await??;
        for (key, value) in keys.into_iter().zip(values) {
            // Deleted between the listing and the read: nothing to copy.
            let Some(value) = value else { continue };
            if !selection.keeps(&key, value.expiration) {
                totals.skipped_expired += 1;
                continue;
            }
            let item = PutItem {
                key,
                value: value.bytes,
                expiry: value.expiration.map_or(Expiry::Never, Expiry::At),
                metadata: value.metadata,
            };
            let size = put_item_request_bytes(&item);
            if let Some(batch) = batcher.push(item, size) {
                if batches.send(batch).await.is_err() {
                    return Ok(totals);
                }
            }
        }
    }
    if let Some(batch) = batcher.finish() {
        let _ = batches.send(batch).await;
    }
    lister.await??;
    Ok(totals)
}

/// Sends the selected names of the source, in chunks of one bulk read.
async fn list_names<S: KvStore>(
    source: &S,
    selection: &Selection,
    chunks: mpsc::Sender<Vec<String>>,
) -> anyhow::Result<()> {
    let mut cursor: Option<String> = None;
    loop {
        let page = source
            .list_page(
                selection.prefix.as_deref(),
                limits::MAX_LIST_LIMIT,
                cursor.as_deref(),
            )
            .await?;
        let kept: Vec<String> = page
            .keys
            .into_iter()
            .filter(|k| selection.keeps(&k.name, k.expiration))
            .map(|k| k.name)
            .collect();
        for chunk in kept.chunks(limits::MAX_BULK_GET_KEYS) {
            if chunks.send(chunk.to_vec()).await.is_err() {
                return Ok(());
            }
        }
        match page.cursor {
            Some(next) if !next.is_empty() => cursor = Some(next),
            _ => return Ok(()),
        }
    }
}
