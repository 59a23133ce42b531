//! `wkv bulk put|get|delete|export`: many keys at once, from and to files.

mod delete;
mod export;
mod get;
mod put;
mod put_dir;
mod put_sync;

use crate::cli::BulkCommand;
use crate::error::WkvError;
use crate::local::LockStats;
use crate::output::Ui;

use crate::session::Context;

pub async fn run(command: BulkCommand, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    match command {
        BulkCommand::Put(args) => put::run(args, context, ui).await,
        BulkCommand::Get(args) => get::run(args, context, ui).await,
        BulkCommand::Delete(args) => delete::run(args, context, ui).await,
        BulkCommand::Export(args) => export::run(args, context, ui).await,
    }
}

/// The items a file of keys may hold: bulk put items only when `--from-put-file` asks for them.
fn key_items(from_put_file: bool) -> crate::bulk::KeyItems {
    if from_put_file {
        crate::bulk::KeyItems::NamesOrPutItems
    } else {
        crate::bulk::KeyItems::Names
    }
}

/// Asks before a destructive step: on a terminal, a question; elsewhere a refusal unless
/// `--force` was given (wrangler goes ahead silently, which a CI typo turns into data loss).
/// Returns whether to go ahead.
fn confirm_destructive(ui: &Ui, force: bool, question: &str) -> anyhow::Result<bool> {
    if force {
        return Ok(true);
    }
    if !ui.can_prompt() {
        return Err(
            WkvError::usage("refusing to delete keys without confirmation")
                .with_hint("pass -f/--force to delete without being asked")
                .into(),
        );
    }
    if ui.confirm(question)? {
        Ok(true)
    } else {
        ui.status("Not deleting.");
        Ok(false)
    }
}

/// With -v: how long a local job held the namespace's SQLite write lock, the time during which
/// a Worker under `wrangler dev` could not write to it.
fn report_lock_time(ui: &Ui, description: &str, lock: LockStats) {
    let Some(report) = ui.verbose_reporter::<str>() else {
        return;
    };
    report(&format!(
        "Held the write lock of {description} for {:.1} ms in {} transaction{} (longest {:.1} ms)",
        lock.total.as_secs_f64() * 1000.0,
        lock.transactions,
        if lock.transactions == 1 { "" } else { "s" },
        lock.longest.as_secs_f64() * 1000.0,
    ));
}
