//! `wkv bulk delete`: the keys of a file, or every key under `--prefix`, in batches of 10,000.

use std::time::Instant;

use anyhow::Context as _;

use crate::bulk::{self, BulkInput};
use crate::cli::BulkDeleteArgs;
use crate::config::Access;
use crate::error::WkvError;
use crate::kv::{limits, KvStore};
use crate::output::Ui;

use super::super::target::{with_store, Context};

pub async fn run(args: BulkDeleteArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    // Validate the file (or the prefix) before asking anything or touching the namespace.
    let input = match &args.file {
        Some(file) => {
            let input = BulkInput::open(file, super::input_format(args.format))?;
            let report = bulk::validate_key_items(&input)?;
            bulk::report_to_result(&report, "bulk delete")?;
            Some((input, report.items))
        }
        None => None,
    };
    let throughput = (args.throughput.concurrency, args.throughput.rate_limit);
    let target = context
        .open_target(
            &args.target,
            &args.location,
            Access::Write,
            Some(throughput),
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
        (None, prefix) => format!(
            "Delete every key beginning with `{}` from {description}?",
            prefix.as_deref().unwrap_or_default()
        ),
    };
    if !super::confirm_destructive(ui, args.force, &question)? {
        return Ok(());
    }
    let started = Instant::now();
    let progress = ui.progress(
        input.as_ref().map(|(_, count)| *count as u64),
        "bulk delete",
    );
    let deleted = with_store!(target, store => match &input {
        Some((input, _)) => delete_listed(store, input, &progress).await,
        None => delete_prefix(store, args.prefix.as_deref().unwrap_or_default(), &progress).await,
    });
    progress.finish();
    let deleted = deleted.with_context(|| format!("bulk delete from {description} stopped"))?;
    ui.status(format!(
        "Deleted {deleted} keys from {description} in {:.2} s",
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

async fn delete_listed<S: KvStore>(
    store: &S,
    input: &BulkInput,
    progress: &crate::output::Progress,
) -> anyhow::Result<u64> {
    let mut deleted = 0u64;
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
    for batch in batches {
        let count = delete_batch(store, batch, deleted).await?;
        deleted += count;
        progress.advance(count, 0);
    }
    Ok(deleted)
}

async fn delete_prefix<S: KvStore>(
    store: &S,
    prefix: &str,
    progress: &crate::output::Progress,
) -> anyhow::Result<u64> {
    let mut deleted = 0u64;
    let mut cursor: Option<String> = None;
    loop {
        let page = store
            .list_page(
                Some(prefix).filter(|p| !p.is_empty()),
                limits::MAX_LIST_LIMIT,
                cursor.as_deref(),
            )
            .await?;
        let names: Vec<String> = page.keys.into_iter().map(|k| k.name).collect();
        let count = names.len() as u64;
        if !names.is_empty() {
            deleted += delete_batch(store, names, deleted).await?;
        }
        progress.advance(count, 0);
        match page.cursor {
            Some(next) if !next.is_empty() => cursor = Some(next),
            _ => return Ok(deleted),
        }
    }
}

/// Deletes one batch; keys the store reports as not deleted are an error naming them.
async fn delete_batch<S: KvStore>(store: &S, batch: Vec<String>, done: u64) -> anyhow::Result<u64> {
    let count = batch.len() as u64;
    let outcome = store.delete_batch(batch).await.map_err(|e| {
        e.context(format!(
            "{done} keys were deleted before this batch of {count} failed"
        ))
    })?;
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
