//! The result of a bulk job, copy or sync for machines: one JSON object on stdout with
//! `--output json`, and a markdown summary appended to `GITHUB_STEP_SUMMARY` under GitHub
//! Actions.

use std::io::Write;

use crate::cli::OutputFormat;
use crate::output::Ui;
use crate::sync::Summary;

pub fn report(ui: &mut Ui, summary: &Summary) -> anyhow::Result<()> {
    match ui.explicit_format() {
        Some(OutputFormat::Json) => {
            serde_json::to_writer_pretty(&mut *ui.out(), summary)?;
            writeln!(ui.out())?;
        }
        Some(OutputFormat::Ndjson) => {
            serde_json::to_writer(&mut *ui.out(), summary)?;
            writeln!(ui.out())?;
        }
        _ => {}
    }
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
        if let Err(error) = summary.append_markdown(std::path::Path::new(&path)) {
            ui.warn(format!("could not append to GITHUB_STEP_SUMMARY: {error}"));
        }
    }
    Ok(())
}
