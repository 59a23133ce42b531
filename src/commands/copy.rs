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
use crate::cli::{CopyArgs, SyncArgs};
use crate::error::WkvError;
use crate::kv::{limits, Expiry, KvStore, PutItem, StoredValue};
use crate::output::{count_of, human_bytes, Ui};
use crate::sync::{BackupFile, KeyPattern, MergedNames, Paired, Place, SortedNames, Summary};

use super::bulk::failed::FailedItems;
use super::bulk::fetch::fetch_chunk;
use super::bulk::pipeline::{put_batches, PutPlan};
use super::copy_places::open_both;
use super::target::{with_owned_store, Context, Store, Target};

/// As `bulk put`: the memory the batches in flight may hold, split between them.
const BATCH_MEMORY_BUDGET: usize = 24 * 1024 * 1024;

/// Which keys of the source are copied.
#[derive(Clone)]
pub struct Selection {
    pub prefix: Option<String>,
    pub pattern: Option<KeyPattern>,
    /// `--exclude`: keys another job owns, neither written nor deleted.
    pub exclude: Vec<KeyPattern>,
    /// Keys expiring before this Unix time are skipped: gone, or too close to expiring for the
    /// API to accept the write (it wants 60 seconds ahead).
    pub live_after: i64,
}

impl Selection {
    /// The keys under `prefix` (none when empty) matching `pattern` and none of `exclude`,
    /// skipping those that expire within the minute the API requires of a write.
    pub fn new(
        prefix: Option<String>,
        pattern: Option<KeyPattern>,
        exclude: &[String],
    ) -> Selection {
        Selection {
            prefix: prefix.filter(|p| !p.is_empty()),
            pattern,
            exclude: exclude.iter().map(|p| KeyPattern::new(p)).collect(),
            live_after: limits::now_secs() + limits::MIN_TTL_SECS,
        }
    }

    /// Within the run's scope: matched by --match (if any) and by no --exclude.
    pub fn matches(&self, name: &str) -> bool {
        self.pattern.as_ref().map_or(true, |p| p.matches(name))
            && !self.exclude.iter().any(|p| p.matches(name))
    }

    /// Matched, and live long enough to be written. Keys that expire soon are counted when
    /// their value is read, as are keys that expire while the copy runs.
    fn keeps(&self, name: &str, expiration: Option<i64>) -> bool {
        expiration.map_or(true, |at| at >= self.live_after) && self.matches(name)
    }
}

pub async fn run(args: CopyArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let from = Place::parse(&args.from)?;
    let to = Place::parse(&args.to)?;
    if let Some(prefix) = &args.prefix {
        limits::validate_key(prefix)
            .map_err(|e| WkvError::usage(format!("--prefix cannot be a key prefix: {e}")))?;
    }
    let selection = Selection::new(
        args.prefix.clone(),
        args.pattern.as_deref().map(KeyPattern::new),
        &args.sync.exclude,
    );
    let (source, target) = open_both(
        context,
        &from,
        &to,
        args.persist_to.as_deref(),
        args.throughput.rate_limit,
        !args.sync.dry_run,
    )
    .await?;
    let transfer = Transfer {
        operation: format!("copy {from} {to}"),
        description: format!("{from} to {to}"),
        selection,
        options: args.sync,
        failed: args.failed,
        concurrency: args.throughput.concurrency,
    };
    run_transfer(context, ui, source.target, target.target, transfer).await
}

/// A run from one opened store to another, as `copy` and `bulk put --sync` make it.
pub struct Transfer {
    /// For the result object: `copy local:a remote:b`.
    pub operation: String,
    /// For messages: `local:a to remote:b`.
    pub description: String,
    pub selection: Selection,
    /// --sync, --changed-only, --dry-run, --backup and --max-writes, as given.
    pub options: SyncArgs,
    pub failed: Option<std::path::PathBuf>,
    pub concurrency: u32,
}

pub async fn run_transfer(
    context: &Context,
    ui: &mut Ui,
    source: Target,
    target: Target,
    transfer: Transfer,
) -> anyhow::Result<()> {
    let backup = transfer
        .options
        .backup
        .as_deref()
        .map(BackupFile::create)
        .transpose()?;
    let failed = FailedItems::create(transfer.failed.as_deref())?;
    let started = Instant::now();
    let progress = ui.progress(
        None,
        if transfer.options.dry_run {
            "planning"
        } else {
            "copy"
        },
    );
    let description = &transfer.description;
    let target_is_local = !target.is_remote();
    let concurrency = transfer.concurrency as usize;
    let plan = PutPlan {
        // A local namespace takes one writer at a time; more would only wait for its lock.
        concurrency: if target_is_local { 1 } else { concurrency },
        max_batch_items: limits::MAX_BULK_WRITE_ITEMS,
        max_batch_bytes: (BATCH_MEMORY_BUDGET / concurrency).clamp(1024 * 1024, PUT_BATCH_BYTES),
        retry_rounds: context.retries.min(5),
        max_writes: transfer.options.max_writes,
    };
    let plan_keys = transfer.options.dry_run && (context.verbose || ui.explicit_format().is_some());
    let options = Options {
        selection: transfer.selection,
        concurrency,
        sync: transfer.options.sync,
        changed_only: transfer.options.changed_only,
        dry_run: transfer.options.dry_run,
        plan_keys,
        backup,
    };
    let knows_target = options.lists_target();
    let clients: Vec<crate::api::ApiClient> = [&source.store, &target.store]
        .into_iter()
        .filter_map(|store| match store {
            Store::Remote(remote) => Some(remote.client().clone()),
            _ => None,
        })
        .collect();

    let (totals, failed, mut read) = with_owned_store!(source, source_store => {
        with_owned_store!(target, target_store => {
            copy_stream(
                Arc::new(source_store),
                Arc::new(target_store),
                options,
                plan,
                failed,
                progress.clone(),
            )
            .await?
        })
    });
    progress.finish();
    if let Some(backup) = read.backup.take() {
        let saved = backup.count;
        let path = backup.finish()?;
        ui.status(format!(
            "Saved the old values of {} to `{}`",
            count_of(saved, "key", "keys"),
            path.display()
        ));
    }

    let not_written = failed.count + read.delete_failed;
    let deferred = totals.deferred_items;
    let reasons = failed.reasons.clone();
    let first_keys = failed.first_keys.clone();
    let failed_path = failed.finish()?;
    let (requests, retries) = clients.iter().fold((0, 0), |(r, t), c| {
        let stats = c.stats();
        (r + stats.requests, t + stats.retries)
    });
    let summary = Summary {
        operation: transfer.operation,
        dry_run: transfer.options.dry_run,
        added: knows_target.then_some(read.added),
        changed: knows_target.then_some(read.changed),
        written: if transfer.options.dry_run {
            read.added + read.changed
        } else {
            totals.written_items
        },
        unchanged: read.unchanged,
        deleted: read.deleted,
        failed: not_written,
        deferred,
        skipped_expired: read.skipped_expired,
        requests,
        retries,
        seconds: started.elapsed().as_secs_f64(),
        keys: plan_keys.then(|| std::mem::take(&mut read.keys)),
    };
    if transfer.options.dry_run {
        if context.verbose {
            if let Some(keys) = &summary.keys {
                for (mark, list) in [
                    ("+", &keys.added),
                    ("~", &keys.changed),
                    ("-", &keys.deleted),
                ] {
                    for key in list {
                        ui.status(format!("{mark} {}", crate::output::shown(key)));
                    }
                }
            }
        }
        ui.status(format!(
            "Dry run, from {description}: would add {}, change {}, delete {}, leave {} alone; nothing was written",
            read.added, read.changed, read.deleted, read.unchanged
        ));
        super::results::report(ui, &summary)?;
        return Ok(());
    }
    let mut notes = String::new();
    if read.unchanged > 0 {
        notes.push_str(&format!(
            "; {} unchanged",
            count_of(read.unchanged, "key", "keys")
        ));
    }
    if transfer.options.sync {
        notes.push_str(&format!(
            "; deleted {}",
            count_of(read.deleted, "key", "keys")
        ));
    }
    if read.skipped_expired > 0 {
        notes.push_str(&format!(
            "; skipped {} that expire within a minute",
            count_of(read.skipped_expired, "key", "keys")
        ));
    }
    ui.status(format!(
        // "Wrote", not "Copied": `bulk put --sync` reports here too.
        "Wrote {} ({}) from {description} in {:.2} s{notes}",
        count_of(totals.written_items, "key", "keys"),
        human_bytes(totals.written_bytes),
        summary.seconds,
    ));
    super::results::report(ui, &summary)?;
    if not_written == deferred {
        if deferred > 0 {
            ui.warn(format!(
                "--max-writes {} reached: {} left to write{}",
                transfer.options.max_writes.unwrap_or_default(),
                count_of(deferred, "key is", "keys are"),
                match &failed_path {
                    Some(path) => format!(
                        "; they are in `{}`: `wkv bulk put {}` with the target's flags (or this command again with --changed-only) continues",
                        path.display(),
                        path.display()
                    ),
                    None => "; run this command again with --changed-only to continue".to_string(),
                }
            ));
        }
        return Ok(());
    }
    let headline = format!(
        "{} not written{}",
        count_of(not_written, "key was", "keys were"),
        if totals.interrupted {
            " (interrupted)"
        } else {
            ""
        }
    );
    let error = super::bulk::failed::not_written_error(
        headline,
        &reasons,
        failed_path.as_deref(),
        "the target's flags",
        &first_keys,
        not_written,
    );
    Err(error.into())
}

/// What the run does besides copying.
pub struct Options {
    pub selection: Selection,
    pub concurrency: usize,
    pub sync: bool,
    pub changed_only: bool,
    pub dry_run: bool,
    /// Collect the names of the keys the plan touches (a dry run asked for them).
    pub plan_keys: bool,
    pub backup: Option<BackupFile>,
}

impl Options {
    /// Whether the target's listing is needed: to delete what the source lacks, or to know which
    /// keys are new, changed or left alone.
    fn lists_target(&self) -> bool {
        self.sync || self.changed_only || self.dry_run || self.backup.is_some()
    }

    /// Whether the target's values are read next to the source's.
    fn reads_target(&self) -> bool {
        self.changed_only || self.backup.is_some()
    }
}

/// What the reading side found and did.
#[derive(Default)]
pub struct ReadTotals {
    pub added: u64,
    pub changed: u64,
    pub unchanged: u64,
    pub deleted: u64,
    pub delete_failed: u64,
    pub skipped_expired: u64,
    pub keys: crate::sync::PlanKeys,
    pub backup: Option<BackupFile>,
}

/// One piece of work the listing hands to the readers.
enum Work {
    /// Up to 100 names to copy; `existing` says which the target holds (when listed).
    Write {
        names: Vec<String>,
        existing: Vec<bool>,
    },
    /// Names only the target holds, to delete with --sync.
    Delete(Vec<String>),
}

/// A piece of work with what was read for it.
enum Read {
    Write {
        names: Vec<String>,
        existing: Vec<bool>,
        source: Vec<Option<StoredValue>>,
        target: Vec<Option<StoredValue>>,
    },
    Delete {
        names: Vec<String>,
        old: Vec<Option<StoredValue>>,
    },
}

/// Reads the selected keys of `source` and writes them to `target` through the bulk pipeline.
pub async fn copy_stream<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: Arc<T>,
    options: Options,
    plan: PutPlan,
    failed: FailedItems,
    progress: crate::output::Progress,
) -> anyhow::Result<(super::bulk::pipeline::PutTotals, FailedItems, ReadTotals)> {
    let (batch_sender, batches) = mpsc::channel::<Vec<PutItem>>(1);
    let (max_items, max_bytes) = (plan.max_batch_items, plan.max_batch_bytes);
    let reader = tokio::spawn(read_source(
        source,
        Arc::clone(&target),
        options,
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

/// Lists, reads, compares and batches; deletes with --sync. Ends when the source is read or the
/// writers stop.
async fn read_source<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: Arc<T>,
    mut options: Options,
    batches: mpsc::Sender<Vec<PutItem>>,
    max_items: usize,
    max_bytes: usize,
) -> anyhow::Result<ReadTotals> {
    // Asked before the backup file moves out of the options.
    let (reads_target, lists_target) = (options.reads_target(), options.lists_target());
    let mut totals = ReadTotals {
        backup: options.backup.take(),
        ..ReadTotals::default()
    };
    // The listing runs ahead of the reads (a few pages at most), so its round trips overlap.
    let (work_sender, mut work) =
        mpsc::channel::<Work>(4 * limits::MAX_LIST_LIMIT / limits::MAX_BULK_GET_KEYS);
    let lister = {
        let source = Arc::clone(&source);
        let target = Arc::clone(&target);
        let selection = options.selection.clone();
        let sync = options.sync;
        tokio::spawn(async move {
            list_work(source, target, selection, sync, lists_target, work_sender).await
        })
    };
    let mut batcher = Batcher::new(max_items, max_bytes);
    let mut in_flight = VecDeque::new();
    let mut listed_all = false;
    let mut writers_gone = false;
    loop {
        while !listed_all && in_flight.len() < options.concurrency.max(1) {
            let next = if in_flight.is_empty() {
                work.recv().await
            } else {
                match work.try_recv() {
                    Ok(piece) => Some(piece),
                    Err(mpsc::error::TryRecvError::Empty) => break,
                    Err(mpsc::error::TryRecvError::Disconnected) => None,
                }
            };
            match next {
                Some(piece) => in_flight.push_back(tokio::spawn(read_work(
                    Arc::clone(&source),
                    Arc::clone(&target),
                    piece,
                    reads_target,
                ))),
                None => listed_all = true,
            }
        }
        let Some(next) = in_flight.pop_front() else {
            break;
        };
        let mut ready = Vec::new();
        match next.await?? {
            Read::Write {
                names,
                existing,
                source,
                target,
            } => {
                for (((key, existed), value), old) in
                    names.into_iter().zip(existing).zip(source).zip(target)
                {
                    // Deleted between the listing and the read: nothing to copy.
                    let Some(value) = value else { continue };
                    if !options.selection.keeps(&key, value.expiration) {
                        totals.skipped_expired += 1;
                        continue;
                    }
                    if options.changed_only
                        && old.as_ref().is_some_and(|old| old.same_content(&value))
                    {
                        totals.unchanged += 1;
                        continue;
                    }
                    if existed {
                        totals.changed += 1;
                    } else {
                        totals.added += 1;
                    }
                    if options.plan_keys {
                        let list = if existed {
                            &mut totals.keys.changed
                        } else {
                            &mut totals.keys.added
                        };
                        list.push(key.clone());
                    }
                    if let (Some(backup), Some(old)) = (totals.backup.as_mut(), &old) {
                        backup.save(&key, old)?;
                    }
                    if options.dry_run {
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
                        ready.push(batch);
                    }
                }
            }
            Read::Delete { names, old } => {
                if let Some(backup) = totals.backup.as_mut() {
                    for (key, old) in names.iter().zip(&old) {
                        if let Some(old) = old {
                            backup.save(key, old)?;
                        }
                    }
                    backup.flush()?;
                }
                if options.plan_keys {
                    totals.keys.deleted.extend(names.iter().cloned());
                }
                if options.dry_run {
                    totals.deleted += names.len() as u64;
                } else {
                    let count = names.len() as u64;
                    match target.delete_batch(names).await {
                        Ok(outcome) => {
                            let missed = outcome.unsuccessful_keys.len() as u64;
                            totals.deleted += count - missed;
                            totals.delete_failed += missed;
                        }
                        Err(_) => totals.delete_failed += count,
                    }
                }
            }
        }
        // The old values of everything in these batches are on disk before they are sent.
        if let Some(backup) = totals.backup.as_mut() {
            backup.flush()?;
        }
        for batch in ready {
            if !writers_gone && batches.send(batch).await.is_err() {
                writers_gone = true;
            }
        }
        if writers_gone {
            break;
        }
    }
    if let Some(batch) = batcher.finish() {
        let _ = batches.send(batch).await;
    }
    if !writers_gone {
        lister.await??;
    }
    Ok(totals)
}

/// Reads what one piece of work needs: the source's values (and the target's, to compare or
/// back up), or the old values of keys to delete when backing up.
async fn read_work<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: Arc<T>,
    piece: Work,
    reads_target: bool,
) -> anyhow::Result<Read> {
    match piece {
        Work::Write { names, existing } => {
            let (names, source_values) = fetch_chunk(source, names, true).await?;
            let mut target_values = vec![None; names.len()];
            let held: Vec<String> = names
                .iter()
                .zip(&existing)
                .filter(|(_, &e)| e)
                .map(|(n, _)| n.clone())
                .collect();
            if reads_target && !held.is_empty() {
                let (held, values) = fetch_chunk(target, held, true).await?;
                let mut by_name: std::collections::HashMap<String, Option<StoredValue>> =
                    held.into_iter().zip(values).collect();
                for (slot, name) in target_values.iter_mut().zip(&names) {
                    *slot = by_name.remove(name).flatten();
                }
            }
            Ok(Read::Write {
                names,
                existing,
                source: source_values,
                target: target_values,
            })
        }
        Work::Delete(names) => {
            let mut old = Vec::with_capacity(names.len());
            if reads_target {
                for chunk in names.chunks(limits::MAX_BULK_GET_KEYS) {
                    let (_, values) =
                        fetch_chunk(Arc::clone(&target), chunk.to_vec(), true).await?;
                    old.extend(values);
                }
            } else {
                old.resize(names.len(), None);
            }
            Ok(Read::Delete { names, old })
        }
    }
}

/// Walks the source's listing (merged with the target's when needed) and hands out work: names
/// to copy in chunks of one bulk read, and with --sync the names to delete.
async fn list_work<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: Arc<T>,
    selection: Selection,
    sync: bool,
    lists_target: bool,
    work: mpsc::Sender<Work>,
) -> anyhow::Result<()> {
    let source_names = SortedNames::new(source, selection.prefix.clone());
    let target_names = if lists_target {
        SortedNames::new(target, selection.prefix.clone())
    } else {
        SortedNames::empty()
    };
    let mut merged = MergedNames::new(source_names, target_names);
    let (mut names, mut existing, mut doomed) = (Vec::new(), Vec::new(), Vec::new());
    while let Some(paired) = merged.next().await? {
        match paired {
            // Outside --match, or --exclude'd: neither copied nor, on the target, deleted.
            Paired::SourceOnly(key) | Paired::Both(key) if !selection.matches(&key.name) => {}
            Paired::SourceOnly(key) => {
                names.push(key.name);
                existing.push(false);
            }
            Paired::Both(key) => {
                names.push(key.name);
                existing.push(true);
            }
            Paired::TargetOnly(key) => {
                if sync && selection.matches(&key.name) {
                    doomed.push(key.name);
                }
            }
        }
        if names.len() == limits::MAX_BULK_GET_KEYS {
            let piece = Work::Write {
                names: std::mem::take(&mut names),
                existing: std::mem::take(&mut existing),
            };
            if work.send(piece).await.is_err() {
                return Ok(());
            }
        }
        if doomed.len() == limits::MAX_LIST_LIMIT
            && work
                .send(Work::Delete(std::mem::take(&mut doomed)))
                .await
                .is_err()
        {
            return Ok(());
        }
    }
    if !names.is_empty() {
        let _ = work.send(Work::Write { names, existing }).await;
    }
    if !doomed.is_empty() {
        let _ = work.send(Work::Delete(doomed)).await;
    }
    Ok(())
}
