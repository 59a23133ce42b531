//! `wkv namespace check [--repair]`: rows and value files of a local namespace that disagree,
//! left by a crash of any tool; reported as JSON, removed with --repair.

use std::io::Write;

use anyhow::Context as _;
use serde::Serialize;

use crate::cli::NamespaceCheckArgs;
use crate::config::{self, Access, NamespaceChoice};
use crate::error::WkvError;
use crate::local::{CheckReport, LocalStore, ORPHAN_SAFETY_WINDOW};
use crate::output::{count_of, human_bytes, Ui};

use crate::session::Context;

#[derive(Serialize)]
struct Report<'a> {
    namespace_id: &'a str,
    rows: u64,
    value_files: u64,
    orphan_files: &'a [String],
    orphan_bytes: u64,
    keys_without_value: Vec<&'a str>,
    unreferenced_kept: u64,
    other_files: u64,
    repaired: bool,
}

pub fn run(args: NamespaceCheckArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let config = context.load_config()?;
    let choice = NamespaceChoice {
        binding: args.target.binding.as_deref(),
        namespace_id: args.target.namespace_id.as_deref(),
        preview: args.target.preview,
    };
    let namespace_id = config::resolve_namespace_id(config.as_ref(), &choice, Access::Write, true)?;
    let kv_root = context.local_kv_root(config.as_ref(), args.persist_to.dir.as_deref())?;
    let store = LocalStore::open_existing(&kv_root, &namespace_id)
        .with_context(|| format!("could not open local state under `{}`", kv_root.display()))?
        .ok_or_else(|| {
            WkvError::not_found(format!(
                "namespace `{namespace_id}` has no local state under `{}`",
                kv_root.display()
            ))
        })?;
    let report = store.check(args.repair, ORPHAN_SAFETY_WINDOW)?;
    write_report(ui, &namespace_id, &report)?;
    summarize(ui, &namespace_id, &report)
}

fn write_report(ui: &mut Ui, namespace_id: &str, report: &CheckReport) -> anyhow::Result<()> {
    let json = Report {
        namespace_id,
        rows: report.rows,
        value_files: report.value_files,
        orphan_files: &report.orphan_files,
        orphan_bytes: report.orphan_bytes,
        keys_without_value: report
            .dangling_rows
            .iter()
            .map(|(key, _)| key.as_str())
            .collect(),
        unreferenced_kept: report.unreferenced_kept,
        other_files: report.foreign_files,
        repaired: report.repaired,
    };
    let out = ui.out();
    serde_json::to_writer_pretty(&mut *out, &json)?;
    out.write_all(b"\n")?;
    Ok(())
}

fn summarize(ui: &Ui, namespace_id: &str, report: &CheckReport) -> anyhow::Result<()> {
    let found = format!(
        "{} ({}) and {}",
        count_of(
            report.orphan_files.len() as u64,
            "orphan value file",
            "orphan value files"
        ),
        human_bytes(report.orphan_bytes),
        count_of(
            report.dangling_rows.len() as u64,
            "key without a value",
            "keys without a value"
        )
    );
    if report.unreferenced_kept > 0 {
        ui.status(format!(
            "Kept {}: younger than {} minutes or named by a running wkv job",
            count_of(
                report.unreferenced_kept,
                "unreferenced value file",
                "unreferenced value files"
            ),
            ORPHAN_SAFETY_WINDOW.as_secs() / 60
        ));
    }
    if report.is_clean() {
        ui.status(format!(
            "Namespace `{namespace_id}` (local) is consistent: {}, {}",
            count_of(report.rows, "key", "keys"),
            count_of(report.value_files, "value file", "value files")
        ));
        return Ok(());
    }
    if report.repaired {
        ui.status(format!(
            "Removed {found} from namespace `{namespace_id}` (local)"
        ));
        return Ok(());
    }
    Err(
        WkvError::failure(format!("namespace `{namespace_id}` (local) has {found}"))
            .with_hint("run it again with --repair to remove them")
            .into(),
    )
}
