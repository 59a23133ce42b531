//! `wkv bulk put`: validate the whole file, then write it; locally in one all-or-nothing
//! transaction, remotely through the concurrent pipeline.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

use crate::bulk::{self, BulkInput};
use crate::cli::BulkPutArgs;
use crate::kv::limits;
use crate::local::LockStats;
use crate::output::{count_of, human_bytes, Ui};
use crate::sync::{interrupt, not_written_error, put_file, FailedItems, Summary, WritePlan};

use crate::session::{Context, Intent, Store};

pub async fn run(args: BulkPutArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    // A directory is turned into a bulk file first, an anonymous temporary file that goes
    // when the run ends: it holds the values.
    let (input, source_name) = match (&args.dir, &args.file) {
        (Some(dir), _) => (
            super::put_dir::stage(dir, args.prefix.as_deref())?,
            dir.display().to_string(),
        ),
        (None, Some(file)) => (BulkInput::open(file, args.format)?, file.clone()),
        (None, None) => return crate::error::usage("name a bulk file, or a directory with --dir"),
    };
    let report = bulk::validate_put_items(&input, limits::now_secs())?;
    for line in report.warning_lines() {
        ui.warn(line);
    }
    bulk::report_to_result(&report, "bulk put")?;
    if args.sync.any() {
        return super::put_sync::run(args, input, source_name, context, ui).await;
    }
    if args.prefix.is_some() && args.dir.is_none() {
        return crate::error::usage(
            "--prefix applies with --sync, --changed-only, --dry-run, --backup or --max-writes",
        );
    }

    let target = context
        .open_target(
            &args.target,
            &args.location,
            Intent::Write,
            Some(args.throughput.rate_limit),
        )
        .await?;
    // Created once the namespace is known to exist, and before anything is written, so a path
    // that cannot be written is refused first and an early error leaves no empty file.
    let failed = FailedItems::create(args.failed.as_deref())?;
    let description = target.describe();
    let started = Instant::now();
    let progress = ui.progress(Some(report.items as u64), "bulk put");

    match target.store {
        Store::Local(store) => {
            let (written, lock) = put_local(store, input, progress.clone()).await?;
            progress.finish();
            if context.verbose {
                super::report_lock_time(ui, &description, lock);
            }
            let (items, bytes) = written.map_err(|e| {
                e.context(format!(
                    "nothing was written to {description}: the bulk put was rolled back"
                ))
            })?;
            failed.finish()?;
            let seconds = started.elapsed().as_secs_f64();
            ui.status(format!(
                "Wrote {} ({}) to {description} in {seconds:.2} s",
                count_of(items, "item", "items"),
                human_bytes(bytes),
            ));
            let summary = Summary {
                operation: format!("bulk put {source_name}"),
                written: items,
                seconds,
                ..Summary::default()
            };
            super::super::results::report(ui, &summary)?;
            Ok(())
        }
        Store::Remote(store) => {
            let client = store.client().clone();
            let concurrency = args.throughput.concurrency as usize;
            let plan = WritePlan::new(concurrency, context.retries, None);
            let (totals, failed) = put_file(&store, input, plan, failed, progress).await?;
            let not_written = failed.count;
            let first_keys = failed.first_keys.clone();
            let reasons = failed.reasons.clone();
            let failed_path = failed.finish()?;
            let stats = client.stats();
            // Retries and resent batches only when there were some: a clean run reads clean.
            let retried = match stats.retries {
                0 => String::new(),
                n => format!(" ({n} retried)"),
            };
            let resent = match totals.resent_batches {
                0 => String::new(),
                n => format!(", {} resent", count_of(n, "batch", "batches")),
            };
            ui.status(format!(
                "Wrote {} ({}) to {description} in {}{retried}{resent}, {:.2} s",
                count_of(totals.written_items, "item", "items"),
                human_bytes(totals.written_bytes),
                count_of(stats.requests, "request", "requests"),
                started.elapsed().as_secs_f64()
            ));
            let summary = Summary {
                operation: format!("bulk put {source_name}"),
                written: totals.written_items,
                failed: not_written,
                requests: stats.requests,
                retries: stats.retries,
                seconds: started.elapsed().as_secs_f64(),
                ..Summary::default()
            };
            super::super::results::report(ui, &summary)?;
            if not_written == 0 {
                return Ok(());
            }
            let headline = format!(
                "{not_written} of {} {} not written{}",
                count_of(report.items as u64, "item", "items"),
                if not_written == 1 { "was" } else { "were" },
                if totals.interrupted {
                    " (interrupted)"
                } else {
                    ""
                }
            );
            let error = not_written_error(
                headline,
                &reasons,
                failed_path.as_deref(),
                "the same flags",
                &first_keys,
                not_written,
            );
            Err(error.into())
        }
        Store::LocalEmpty(_) | Store::Staged(_) => {
            unreachable!("a write always opens the real local store or the API")
        }
    }
}

/// Runs the local all-or-nothing write off the async runtime, so Ctrl-C can cancel it: nothing
/// is committed then and the value files it wrote are removed. Also returns how long the job
/// held the namespace's write lock.
async fn put_local(
    store: crate::local::LocalStore,
    input: BulkInput,
    progress: crate::output::Progress,
) -> anyhow::Result<(anyhow::Result<(u64, u64)>, LockStats)> {
    let cancel = Arc::new(AtomicBool::new(false));
    let job = {
        let cancel = Arc::clone(&cancel);
        tokio::task::spawn_blocking(move || {
            let written = store.put_all_from(&input, &cancel, |items, bytes| {
                progress.advance(items, bytes)
            });
            (written, store.lock_stats())
        })
    };
    tokio::pin!(job);
    tokio::select! {
        result = &mut job => Ok(result?),
        () = interrupt() => {
            cancel.store(true, Ordering::Relaxed);
            Ok(job.await?)
        }
    }
}
