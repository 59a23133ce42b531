//! `wkv copy FROM TO`: opens both places and hands them to the transfer engine
//! (`sync::transfer`), which `bulk put --sync` uses too; this file renders its outcome.

use std::sync::Arc;
use std::time::Instant;

use crate::cli::{CopyArgs, SyncArgs};
use crate::error::WkvError;
use crate::kv::{limits, NamePattern};
use crate::output::{count_of, human_bytes, Ui};
use crate::sync::{
    not_written_error, transfer, BackupFile, FailedItems, Place, Selection, Summary,
    TransferOptions, WritePlan,
};

use crate::session::{open_both, Context, Store, Target};

pub async fn run(args: CopyArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let from = Place::parse(&args.from)?;
    let to = Place::parse(&args.to)?;
    if let Some(prefix) = &args.prefix {
        limits::validate_key(prefix)
            .map_err(|e| WkvError::usage(format!("--prefix cannot be a key prefix: {e}")))?;
    }
    let selection = Selection::new(
        args.prefix.clone(),
        args.pattern.as_deref().map(NamePattern::glob).transpose()?,
        Selection::exclusions(&args.sync.exclude)?,
    );
    let (source, target) = open_both(
        context,
        &from,
        &to,
        args.persist_to.dir.as_deref(),
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
    transfer_args: Transfer,
) -> anyhow::Result<()> {
    let transfer_options = &transfer_args.options;
    let backup = transfer_options
        .backup
        .as_deref()
        .map(BackupFile::create)
        .transpose()?;
    let failed = FailedItems::create(transfer_args.failed.as_deref())?;
    let started = Instant::now();
    let dry_run = transfer_options.dry_run;
    let progress = ui.progress(None, if dry_run { "planning" } else { "copy" });
    let description = &transfer_args.description;
    let concurrency = transfer_args.concurrency as usize;
    // A local namespace takes one writer at a time; more would only wait for its lock.
    let writers = if target.is_remote() { concurrency } else { 1 };
    let plan = WritePlan::new(writers, context.retries, transfer_options.max_writes);
    let plan_keys = dry_run && (context.verbose || ui.explicit_format().is_some());
    let options = TransferOptions {
        selection: transfer_args.selection,
        concurrency,
        sync: transfer_options.sync,
        changed_only: transfer_options.changed_only,
        dry_run,
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

    let mut outcome = transfer(
        Arc::new(source.store),
        Arc::new(target.store),
        options,
        plan,
        failed,
        progress.clone(),
    )
    .await?;
    progress.finish();
    if let Some(backup) = outcome.backup.take() {
        let saved = backup.count;
        let path = backup.finish()?;
        ui.status(format!(
            "Saved the old values of {} to `{}`",
            count_of(saved, "key", "keys"),
            path.display()
        ));
    }

    let writes = &outcome.writes;
    let deletes = &outcome.deletes;
    let not_written = outcome.failed.count;
    let deferred = writes.deferred_items;
    let reasons = outcome.failed.reasons.clone();
    let first_keys = outcome.failed.first_keys.clone();
    let failed_path = outcome.failed.finish()?;
    let (requests, retries) = clients.iter().fold((0, 0), |(r, t), c| {
        let stats = c.stats();
        (r + stats.requests, t + stats.retries)
    });
    let summary = Summary {
        operation: transfer_args.operation,
        dry_run,
        added: knows_target.then_some(outcome.added),
        changed: knows_target.then_some(outcome.changed),
        written: if dry_run {
            outcome.added + outcome.changed
        } else {
            writes.written_items
        },
        unchanged: outcome.unchanged,
        deleted: deletes.deleted,
        failed: not_written + deletes.not_deleted,
        deferred,
        skipped_expired: outcome.skipped_expired,
        requests,
        retries,
        seconds: started.elapsed().as_secs_f64(),
        keys: plan_keys.then(|| std::mem::take(&mut outcome.keys)),
    };
    if dry_run {
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
            outcome.added, outcome.changed, deletes.deleted, outcome.unchanged
        ));
        super::results::report(ui, &summary)?;
        return Ok(());
    }
    let mut notes = String::new();
    if outcome.unchanged > 0 {
        notes.push_str(&format!(
            "; {} unchanged",
            count_of(outcome.unchanged, "key", "keys")
        ));
    }
    if transfer_args.options.sync {
        notes.push_str(&format!(
            "; deleted {}",
            count_of(deletes.deleted, "key", "keys")
        ));
    }
    if outcome.skipped_expired > 0 {
        notes.push_str(&format!(
            "; skipped {} that expire within a minute",
            count_of(outcome.skipped_expired, "key", "keys")
        ));
    }
    ui.status(format!(
        // "Wrote", not "Copied": `bulk put --sync` reports here too.
        "Wrote {} ({}) from {description} in {:.2} s{notes}",
        count_of(writes.written_items, "key", "keys"),
        human_bytes(writes.written_bytes),
        summary.seconds,
    ));
    super::results::report(ui, &summary)?;
    if not_written == deferred && deletes.not_deleted == 0 {
        if deferred > 0 {
            ui.warn(format!(
                "--max-writes {} reached: {} left to write{}",
                transfer_args.options.max_writes.unwrap_or_default(),
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
    let interrupted = if writes.interrupted {
        " (interrupted)"
    } else {
        ""
    };
    if not_written == deferred {
        // Every write went through; only deletes failed.
        let mut error = WkvError::failure(format!(
            "{} not deleted{interrupted}",
            count_of(deletes.not_deleted, "key was", "keys were")
        ));
        for reason in &deletes.reasons {
            error = error.with_hint(format!("last error: {reason}"));
        }
        return Err(error
            .with_hint(format!(
                "not deleted: {}; run the same command again to finish",
                deletes.named()
            ))
            .into());
    }
    let mut headline = format!(
        "{} not written{interrupted}",
        count_of(not_written, "key was", "keys were"),
    );
    if deletes.not_deleted > 0 {
        headline.push_str(&format!(
            ", and {} not deleted ({})",
            count_of(deletes.not_deleted, "key was", "keys were"),
            deletes.named()
        ));
    }
    let mut reasons = reasons;
    for reason in &deletes.reasons {
        if !reasons.contains(reason) {
            reasons.push(reason.clone());
        }
    }
    let error = not_written_error(
        headline,
        &reasons,
        failed_path.as_deref(),
        "the target's flags",
        &first_keys,
        not_written,
    );
    Err(error.into())
}
