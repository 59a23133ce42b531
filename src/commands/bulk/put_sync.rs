//! `bulk put FILE` with --sync, --changed-only, --dry-run, --backup or --max-writes. The file is
//! first staged into a private, unlinked SQLite database in the temporary directory
//! (`sync::StagedFile`, on disk: constant memory whatever the file's size), which lists its keys
//! in order; the run is then the same transfer as `wkv copy` from that source to the target.

use crate::bulk::{read_put_items, BulkInput};
use crate::cli::BulkPutArgs;
use crate::error::WkvError;
use crate::kv::limits;
use crate::output::Ui;
use crate::sync::{Selection, StagedFile};

use super::super::copy::{run_transfer, Transfer};
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
    let selection = Selection::new(
        prefix.clone(),
        None,
        Selection::exclusions(&args.sync.exclude)?,
    );
    check_scope(&input, prefix.as_deref(), &selection)?;
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
        selection,
        options: args.sync,
        failed: args.failed,
        concurrency: args.throughput.concurrency,
    };
    run_transfer(context, ui, source, target, transfer).await
}

/// With --prefix the file stands for the keys under it, and --exclude takes keys out of the
/// run: an item outside the prefix or matching an exclusion is a mistake that --sync must not
/// act on.
fn check_scope(
    input: &BulkInput,
    prefix: Option<&str>,
    selection: &Selection,
) -> anyhow::Result<()> {
    if prefix.is_none() && selection.exclude.is_empty() {
        return Ok(());
    }
    let mut outside = Outside::default();
    let mut excluded = Outside::default();
    read_put_items(input, |_, item| {
        if prefix.is_some_and(|prefix| !item.key.starts_with(prefix)) {
            outside.add(&item.key);
        } else if !selection.matches(&item.key) {
            excluded.add(&item.key);
        }
        Ok(())
    })?;
    let problem = if let (Some(prefix), false) = (prefix, outside.count == 0) {
        format!(
            "{} not start with --prefix `{}`: {}",
            outside.subject("does", "do"),
            crate::output::shown(prefix),
            outside.names()
        )
    } else if excluded.count > 0 {
        format!(
            "{} --exclude: {}",
            excluded.subject("matches", "match"),
            excluded.names()
        )
    } else {
        return Ok(());
    };
    Err(WkvError::usage(problem)
        .with_hint("nothing was written")
        .into())
}

/// Items of the file outside the run's scope: how many, and the first few names.
#[derive(Default)]
struct Outside {
    count: u64,
    first: Vec<String>,
}

impl Outside {
    fn add(&mut self, key: &str) {
        self.count += 1;
        if self.first.len() < 5 {
            self.first.push(crate::output::shown(key).into_owned());
        }
    }

    /// "1 item of the file does", "3 items of the file do".
    fn subject(&self, one: &str, many: &str) -> String {
        match self.count {
            1 => format!("1 item of the file {one}"),
            n => format!("{n} items of the file {many}"),
        }
    }

    fn names(&self) -> String {
        let more = if self.count as usize > self.first.len() {
            ", ..."
        } else {
            ""
        };
        format!("{}{more}", self.first.join(", "))
    }
}
