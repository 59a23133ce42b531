//! `wkv bulk delete`: the keys of a file, or every key under `--prefix`, in batches of 10,000.

use std::sync::Arc;
use std::time::Instant;

use tokio::task::JoinSet;

use anyhow::Context as _;

use crate::bulk::{self, BulkInput};
use crate::cli::BulkDeleteArgs;
use crate::error::WkvError;
use crate::kv::{limits, KvStore, NamePattern};
use crate::output::Ui;

use super::super::target::{with_owned_store, Context, Intent};

pub async fn run(args: BulkDeleteArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    // Validate the file (or the prefix and pattern) before asking anything or touching the
    // namespace.
    let pattern =
        NamePattern::from_flags(args.filter.glob.as_deref(), args.filter.regex.as_deref())?;
    let input = match &args.file {
        Some(file) => {
            let input = BulkInput::open(file, super::input_format(args.format))?;
            let report = bulk::validate_key_items(&input)?;
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
                "Delete the {count} keys listed in `{}` from {description}?",
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
    if !super::confirm_destructive(ui, args.force, &question)? {
        return Ok(());
    }
    let started = Instant::now();
    let progress = ui.progress(
        input.as_ref().map(|(_, count)| *count as u64),
        "bulk delete",
    );
    let concurrency = args.throughput.concurrency as usize;
    let deleted = with_owned_store!(target, store => match &input {
        Some((input, _)) => delete_listed(Arc::new(store), input, concurrency, &progress).await,
        None => {
            let prefix = args.prefix.as_deref().unwrap_or_default();
            delete_prefix(&store, prefix, pattern.as_ref(), &progress).await
        }
    });
    progress.finish();
    let deleted = deleted.with_context(|| format!("bulk delete from {description} stopped"))?;
    ui.status(format!(
        "Deleted {deleted} keys from {description} in {:.2} s",
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

/// Deletes the keys of a file in batches of 10,000, several batches at once.
async fn delete_listed<S: KvStore + 'static>(
    store: Arc<S>,
    input: &BulkInput,
    concurrency: usize,
    progress: &crate::output::Progress,
) -> anyhow::Result<u64> {
    let mut batch = Vec::new();
    let mut batches = Vec::new();
    // The reader is synchronous; key names are small, so gather the batches, then send them.
    bulk::read_key_items(input, |_position, key| {
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
            in_flight.spawn(async move { delete_batch(&*store, batch).await });
        }
        let Some(done) = in_flight.join_next().await else {
            return Ok(deleted);
        };
        let count = done?
            .map_err(|e| e.context(format!("{deleted} keys were deleted before a batch failed")))?;
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
            let count = delete_batch(store, names).await.map_err(|e| {
                e.context(format!("{deleted} keys were deleted before a batch failed"))
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
async fn delete_batch<S: KvStore>(store: &S, batch: Vec<String>) -> anyhow::Result<u64> {
    let count = batch.len() as u64;
    let outcome = store.delete_batch(batch).await?;
    if outcome.unsuccessful_keys.is_empty() {
        return Ok(count);
    }
    Err(WkvError::failure(format!(
        "{} keys were not deleted: {}",
        outcome.unsuccessful_keys.len(),
        outcome.unsuccessful_keys.join(", ")
    ))
    .into())
}
