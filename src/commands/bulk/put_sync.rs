//! `bulk put FILE` with --sync, --changed-only, --dry-run, --backup or --max-writes. The file is
//! first staged into a private, unlinked SQLite database in the temporary directory
//! (`sync::StagedFile`, on disk: constant memory whatever the file's size), which lists its keys
//! in order; the run is then the same transfer as `wkv copy` from that source to the target.

use crate::bulk::{read_put_items, BulkInput};
use crate::cli::BulkPutArgs;
use crate::error::WkvError;
use crate::kv::limits;
use crate::output::Ui;
use crate::sync::StagedFile;

use super::super::copy::{run_transfer, Selection, Transfer};
use crate::session::{Context, Intent, Store, Target};

const STAGING_NAMESPACE: &str = "staged";

pub async fn run(
    args: BulkPutArgs,
    input: BulkInput,
    source_name: String,
    context: &Context,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let prefix = args.prefix.clone().filter(|p| !p.is_empty());
    if let Some(prefix) = &prefix {
        check_prefix(&input, prefix)?;
    }
    // A dry run must not create a local namespace that does not exist yet.
    let intent = if args.sync.dry_run {
        Intent::Read
    } else {
        Intent::Write
    };
    let target = context
        .open_target(
            &args.target,
            &args.location,
            intent,
            Some(args.throughput.rate_limit),
        )
        .await?;
    let description = format!("`{source_name}` to {}", target.describe());

    // An unlinked database (see `StagedFile`): its space is freed when the source is dropped at
    // the end of the transfer, and nothing is left behind on any kind of exit.
    let staged = {
        let now = limits::now_secs();
        tokio::task::spawn_blocking(move || StagedFile::stage(&input, now)).await??
    };
    let source = Target {
        namespace_id: STAGING_NAMESPACE.to_string(),
        store: Store::Staged(staged),
    };
    let transfer = Transfer {
        operation: format!("bulk put {source_name}"),
        description,
        selection: Selection::new(prefix, None),
        options: args.sync,
        failed: args.failed,
        concurrency: args.throughput.concurrency,
    };
    run_transfer(context, ui, source, target, transfer).await
}

/// With --prefix the file stands for the keys under it: an item outside it is a mistake that
/// --sync must not act on.
fn check_prefix(input: &BulkInput, prefix: &str) -> anyhow::Result<()> {
    let mut outside = Vec::new();
    let mut count = 0u64;
    read_put_items(input, |_, item| {
        if !item.key.starts_with(prefix) {
            count += 1;
            if outside.len() < 5 {
                outside.push(crate::output::shown(&item.key).into_owned());
            }
        }
        Ok(())
    })?;
    if count == 0 {
        return Ok(());
    }
    Err(WkvError::usage(format!(
        "{count} item{} of the file {} not start with --prefix `{}`: {}{}",
        if count == 1 { "" } else { "s" },
        if count == 1 { "does" } else { "do" },
        crate::output::shown(prefix),
        outside.join(", "),
        if count as usize > outside.len() {
            ", ..."
        } else {
            ""
        }
    ))
    .with_hint("nothing was written")
    .into())
}
