//! `wkv bulk delete`: the keys of a file, or every key under `--prefix`, in batches of 10,000.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::task::JoinSet;

use anyhow::Context as _;

use crate::bulk::{self, BulkInput, KeyItems};
use crate::cli::BulkDeleteArgs;
use crate::error::WkvError;
use crate::kv::{limits, KvStore, NamePattern};
use crate::output::{count_of, Ui};
use crate::sync::{BackupFile, PlanKeys, Summary};

use crate::session::{Context, Intent, Store};

pub async fn run(args: BulkDeleteArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    // Validate the file (or the prefix and pattern) before asking anything or touching the
    // namespace.
    let pattern =
        NamePattern::from_flags(args.filter.glob.as_deref(), args.filter.regex.as_deref())?;
    let input = match &args.file {
        Some(file) => {
            let input = BulkInput::open(file, super::input_format(args.format))?;
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
    let care = Arc::new(DeleteCare {
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
    });
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
    let prefix = args.prefix.as_deref().unwrap_or_default();
    let deleted = match target.store {
        // Kept apart to report, with -v, how long the write lock was held in all.
        Store::Local(store) => {
            let store = Arc::new(store);
            let deleted = match &input {
                Some((input, _)) => {
                    let accept = super::key_items(args.from_put_file);
                    delete_listed(
                        Arc::clone(&store),
                        input,
                        accept,
                        concurrency,
                        &progress,
                        &care,
                    )
                    .await
                }
                None => delete_prefix(&*store, prefix, pattern.as_ref(), &progress, &care).await,
            };
            if context.verbose {
                super::report_lock_time(ui, &description, store.lock_stats());
            }
            deleted
        }
        store => match &input {
            Some((input, _)) => {
                let accept = super::key_items(args.from_put_file);
                delete_listed(
                    Arc::new(store),
                    input,
                    accept,
                    concurrency,
                    &progress,
                    &care,
                )
                .await
            }
            None => delete_prefix(&store, prefix, pattern.as_ref(), &progress, &care).await,
        },
    };
    progress.finish();
    let care = Arc::try_unwrap(care)
        .map_err(|_| anyhow::anyhow!("internal error: a delete task outlived the job"))?;
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
    let deleted = deleted.with_context(|| format!("bulk delete from {description} stopped"))?;
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
    Ok(())
}

/// What a delete does besides deleting: save the old values first, or only pretend.
struct DeleteCare {
    backup: Option<Mutex<BackupFile>>,
    dry_run: bool,
    /// With a dry run, the names that would be deleted, when asked for.
    names: Option<Mutex<Vec<String>>>,
}

/// Deletes the keys of a file in batches of 10,000, several batches at once.
async fn delete_listed<S: KvStore + 'static>(
    store: Arc<S>,
    input: &BulkInput,
    accept: KeyItems,
    concurrency: usize,
    progress: &crate::output::Progress,
    care: &Arc<DeleteCare>,
) -> anyhow::Result<u64> {
    let mut batch = Vec::new();
    let mut batches = Vec::new();
    // The reader is synchronous; key names are small, so gather the batches, then send them.
    bulk::read_key_items_of(input, accept, |_position, key| {
        batch.push(key);
        if batch.len() == limits::MAX_BULK_WRITE_ITEMS {
            batches.push(std::mem::take(&mut batch));
        }
        Ok(())
    })?;
    if !batch.is_empty() {
        batches.push(batch);
    }
    let mut deleted = 0u64;
    let mut in_flight = JoinSet::new();
    let mut batches = batches.into_iter();
    loop {
        while in_flight.len() < concurrency.max(1) {
            let Some(batch) = batches.next() else { break };
            let store = Arc::clone(&store);
            let care = Arc::clone(care);
            in_flight.spawn(async move { delete_batch(&*store, batch, &care).await });
        }
        let Some(done) = in_flight.join_next().await else {
            return Ok(deleted);
        };
        let count = done?
            .map_err(|e| e.context(format!("{} deleted before a batch failed", were(deleted))))?;
        deleted += count;
        progress.advance(count, 0);
    }
}

/// Deletes the keys under a prefix whose names match the pattern, one listed page at a time.
async fn delete_prefix<S: KvStore>(
    store: &S,
    prefix: &str,
    pattern: Option<&NamePattern>,
    progress: &crate::output::Progress,
    care: &DeleteCare,
) -> anyhow::Result<u64> {
    let mut deleted = 0u64;
    let mut cursor: Option<String> = None;
    loop {
        let prefix = Some(prefix).filter(|p| !p.is_empty());
        let page = store
            .list_page(prefix, limits::MAX_LIST_LIMIT, cursor.as_deref())
            .await?;
        let names: Vec<String> = page
            .keys
            .into_iter()
            .map(|k| k.name)
            .filter(|name| pattern.map_or(true, |p| p.matches(name)))
            .collect();
        if !names.is_empty() {
            let count = delete_batch(store, names, care).await.map_err(|e| {
                e.context(format!("{} deleted before a batch failed", were(deleted)))
            })?;
            deleted += count;
            progress.advance(count, 0);
        }
        match page.cursor {
            Some(next) if !next.is_empty() => cursor = Some(next),
            _ => return Ok(deleted),
        }
    }
}

/// Deletes one batch; keys the store reports as not deleted are an error naming them.
async fn delete_batch<S: KvStore>(
    store: &S,
    batch: Vec<String>,
    care: &DeleteCare,
) -> anyhow::Result<u64> {
    let count = batch.len() as u64;
    if let Some(backup) = &care.backup {
        // Read before the lock: the backup file is shared by the batches in flight.
        let mut old = Vec::with_capacity(batch.len());
        for chunk in batch.chunks(limits::MAX_BULK_GET_KEYS) {
            let values = store.get_batch(chunk.to_vec(), true).await?;
            for (key, value) in chunk.iter().zip(values) {
                if let Some(value) = value {
                    old.push((key, super::fetch::repair_binary(store, key, value).await?));
                }
            }
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
                .extend(batch);
        }
        return Ok(count);
    }
    let outcome = store.delete_batch(batch).await?;
    if outcome.unsuccessful_keys.is_empty() {
        return Ok(count);
    }
    Err(WkvError::failure(format!(
        "{} not deleted: {}",
        were(outcome.unsuccessful_keys.len() as u64),
        outcome.unsuccessful_keys.join(", ")
    ))
    .into())
}

/// "1 key was" / "N keys were", for messages about what happened before a failure.
fn were(count: u64) -> String {
    match count {
        1 => "1 key was".to_string(),
        n => format!("{n} keys were"),
    }
}
