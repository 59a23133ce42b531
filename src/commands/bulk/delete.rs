//! `wkv bulk delete`: the keys of a file, or every key under `--prefix`, in batches of 10,000.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::Context as _;
use futures_util::{Stream, StreamExt};

use crate::bulk::{self, BulkInput, KeyItems};
use crate::cli::BulkDeleteArgs;
use crate::error::WkvError;
use crate::kv::{limits, KvStore, Listing, NamePattern};
use crate::output::{count_of, Ui};
use crate::sync::{
    self, chunked, delete_batch, read_chunks, BackupFile, BatchResult, DeleteTotals, PlanKeys,
    Summary,
};

use crate::session::{Context, Intent, Store};

pub async fn run(args: BulkDeleteArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    // Validate the file (or the prefix and pattern) before asking anything or touching the
    // namespace.
    let pattern =
        NamePattern::from_flags(args.filter.glob.as_deref(), args.filter.regex.as_deref())?;
    let input = match &args.file {
        Some(file) => {
            let input = BulkInput::open(file, args.format)?;
            let report = bulk::validate_key_items_of(&input, super::key_items(args.from_put_file))?;
            bulk::report_to_result(&report, "bulk delete")?;
            Some((input, report.items))
        }
        None => None,
    };
    let target = context
        .open_target(
            &args.target,
            &args.location,
            Intent::Delete,
            Some(args.throughput.rate_limit),
        )
        .await?;
    let description = target.describe();
    let question = match (&input, &args.prefix) {
        (Some((input, count)), _) => {
            format!(
                "Delete the {} listed in `{}` from {description}?",
                count_of(*count as u64, "key", "keys"),
                input.name()
            )
        }
        (None, prefix) => {
            let mut selection = match prefix.as_deref().filter(|p| !p.is_empty()) {
                Some(prefix) => format!("every key beginning with `{prefix}`"),
                None => "every key".to_string(),
            };
            if let Some(pattern) = &pattern {
                selection = format!("{selection} and {}", pattern.describe());
            }
            format!("Delete {selection} from {description}?")
        }
    };
    if !args.dry_run && !super::confirm_destructive(ui, args.force, &question)? {
        return Ok(());
    }
    let care = DeleteCare {
        backup: args
            .backup
            .as_deref()
            .map(BackupFile::create)
            .transpose()?
            .map(Mutex::new),
        dry_run: args.dry_run,
        names: args
            .dry_run
            .then(|| Mutex::new(Vec::new()))
            .filter(|_| context.verbose || ui.explicit_format().is_some()),
    };
    let started = Instant::now();
    let progress = ui.progress(
        input.as_ref().map(|(_, count)| *count as u64),
        "bulk delete",
    );
    let concurrency = args.throughput.concurrency as usize;
    let client_stats = match &target.store {
        Store::Remote(remote) => Some(remote.client().clone()),
        _ => None,
    };
    let prefix = args.prefix.clone().filter(|p| !p.is_empty());
    let source = match input {
        Some((input, _)) => Keys::Listed(input, super::key_items(args.from_put_file)),
        None => Keys::Prefix(prefix, pattern),
    };
    let job = Job {
        concurrency,
        resend_rounds: context.retries.min(5),
        progress: &progress,
        care: &care,
    };
    let totals = match target.store {
        // Kept apart to report, with -v, how long the write lock was held in all.
        Store::Local(store) => {
            let store = Arc::new(store);
            let totals = delete_all(Arc::clone(&store), source, &job).await;
            if context.verbose {
                super::report_lock_time(ui, &description, store.lock_stats());
            }
            totals
        }
        store => delete_all(Arc::new(store), source, &job).await,
    };
    progress.finish();
    // What was saved is kept even when the run failed part way: it covers what was deleted.
    if let Some(backup) = care.backup {
        let backup = backup
            .into_inner()
            .map_err(|_| anyhow::anyhow!("internal error: the backup was poisoned"))?;
        let saved = backup.count;
        let path = backup.finish()?;
        ui.status(format!(
            "Saved {} to `{}`",
            count_of(saved, "key", "keys"),
            path.display()
        ));
    }
    let totals = totals.with_context(|| format!("bulk delete from {description} stopped"))?;
    let deleted = totals.deleted;
    let seconds = started.elapsed().as_secs_f64();
    if args.dry_run {
        ui.status(format!(
            "Dry run: would delete {} from {description}; nothing was deleted",
            count_of(deleted, "key", "keys"),
        ));
    } else {
        ui.status(format!(
            "Deleted {} from {description} in {seconds:.2} s",
            count_of(deleted, "key", "keys"),
        ));
    }
    let names = care
        .names
        .map(|n| n.into_inner().unwrap_or_default())
        .unwrap_or_default();
    if context.verbose {
        for name in &names {
            ui.status(format!("- {}", crate::output::shown(name)));
        }
    }
    let (requests, retries) = client_stats.map_or((0, 0), |c| {
        let stats = c.stats();
        (stats.requests, stats.retries)
    });
    let summary = Summary {
        operation: format!("bulk delete from {description}"),
        dry_run: args.dry_run,
        deleted,
        failed: totals.not_deleted,
        requests,
        retries,
        seconds,
        keys: args.dry_run.then(|| PlanKeys {
            deleted: names,
            ..PlanKeys::default()
        }),
        ..Summary::default()
    };
    super::super::results::report(ui, &summary)?;
    if totals.not_deleted == 0 {
        return Ok(());
    }
    let mut error = WkvError::failure(format!(
        "{} not deleted from {description}",
        count_of(totals.not_deleted, "key was", "keys were")
    ));
    for reason in &totals.reasons {
        error = error.with_hint(format!("last error: {reason}"));
    }
    Err(error
        .with_hint(format!(
            "not deleted: {}; run the same command again to finish",
            totals.named()
        ))
        .into())
}

/// What a delete does besides deleting: save the old values first, or only pretend.
struct DeleteCare {
    backup: Option<Mutex<BackupFile>>,
    dry_run: bool,
    /// With a dry run, the names that would be deleted, when asked for.
    names: Option<Mutex<Vec<String>>>,
}

/// The keys to delete: those of a file, or those under a prefix matching a pattern.
enum Keys {
    Listed(BulkInput, KeyItems),
    Prefix(Option<String>, Option<NamePattern>),
}

/// How the batches are sent, and what else each one does.
struct Job<'a> {
    concurrency: usize,
    resend_rounds: u32,
    progress: &'a crate::output::Progress,
    care: &'a DeleteCare,
}

/// Deletes the keys in batches of at most 10,000, several batches at once; the file is read on
/// a blocking thread at most one batch ahead, a prefix is listed pages ahead, so memory holds a
/// few batches whatever the input's size.
async fn delete_all<S: KvStore + 'static>(
    store: Arc<S>,
    keys: Keys,
    job: &Job<'_>,
) -> anyhow::Result<DeleteTotals> {
    match keys {
        Keys::Listed(input, accept) => {
            let (batches, reader) = sync::from_blocking(move |send| {
                let mut batch = Vec::new();
                bulk::read_key_items_of(&input, accept, |_position, key| {
                    batch.push(key);
                    if batch.len() == limits::MAX_BULK_WRITE_ITEMS {
                        send(std::mem::take(&mut batch))?;
                    }
                    Ok(())
                })?;
                if !batch.is_empty() {
                    send(batch)?;
                }
                Ok(())
            });
            let deleted = delete_batches(&*store, batches.map(Ok), job).await;
            let (deleted, ()) = sync::join(reader, deleted).await?;
            Ok(deleted)
        }
        Keys::Prefix(prefix, pattern) => {
            let pages = Listing::of(Arc::clone(&store), prefix).into_stream();
            let batches = pages.map(|page| {
                page.map(|page| {
                    page.keys
                        .into_iter()
                        .map(|k| k.name)
                        .filter(|name| pattern.as_ref().is_none_or(|p| p.matches(name)))
                        .collect::<Vec<String>>()
                })
            });
            delete_batches(&*store, batches, job).await
        }
    }
}

/// Sends the batches, `job.concurrency` at once, stopping at the first error that stops a job.
async fn delete_batches<S: KvStore>(
    store: &S,
    batches: impl Stream<Item = anyhow::Result<Vec<String>>>,
    job: &Job<'_>,
) -> anyhow::Result<DeleteTotals> {
    let sends = batches
        .map(|batch| async move { delete_one(store, batch?, job).await })
        .buffer_unordered(job.concurrency.max(1));
    tokio::pin!(sends);
    let mut totals = DeleteTotals::default();
    while let Some(result) = sends.next().await {
        let result = result.map_err(|e| {
            e.context(format!(
                "{} deleted before a batch failed",
                were(totals.deleted)
            ))
        })?;
        job.progress.advance(result.done.len() as u64, 0);
        totals.add(result);
    }
    Ok(totals)
}

/// Deletes one batch, after saving the old values with --backup; with --dry-run only notes it.
async fn delete_one<S: KvStore>(
    store: &S,
    batch: Vec<String>,
    job: &Job<'_>,
) -> anyhow::Result<BatchResult<String>> {
    let care = job.care;
    if batch.is_empty() {
        return Ok(BatchResult {
            done: batch,
            not_done: Vec::new(),
            reason: None,
            resent: 0,
        });
    }
    if let Some(backup) = &care.backup {
        // Read before the lock: the backup file is shared by the batches in flight.
        let mut old = Vec::with_capacity(batch.len());
        let reads = read_chunks(store, chunked(batch.clone()), job.concurrency, true);
        tokio::pin!(reads);
        while let Some(read) = reads.next().await {
            let (names, values) = read?;
            old.extend(
                names
                    .into_iter()
                    .zip(values)
                    .filter_map(|(key, value)| Some((key, value?))),
            );
        }
        let mut backup = backup
            .lock()
            .map_err(|_| anyhow::anyhow!("internal error: the backup was poisoned"))?;
        for (key, value) in &old {
            backup.save(key, value)?;
        }
        backup.flush()?;
    }
    if care.dry_run {
        if let Some(names) = &care.names {
            names
                .lock()
                .map_err(|_| anyhow::anyhow!("internal error: the plan was poisoned"))?
                .extend(batch.iter().cloned());
        }
        return Ok(BatchResult {
            done: batch,
            not_done: Vec::new(),
            reason: None,
            resent: 0,
        });
    }
    delete_batch(store, batch, job.resend_rounds).await
}

/// "1 key was" / "N keys were", for messages about what happened before a failure.
fn were(count: u64) -> String {
    match count {
        1 => "1 key was".to_string(),
        n => format!("{n} keys were"),
    }
}
