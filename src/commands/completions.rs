//! `wkv completions <shell>`, and the generators behind the committed `completions/` and
//! `man/` files. Everything comes from `Cli::command()`, the one definition of the CLI.

use std::io::Write;

use anyhow::Context as _;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::output::Ui;

/// The script is generated into memory first: clap_complete panics when its writer fails, and a
/// closed pipe or a full disk is an error to report (or, for the pipe, to ignore), not a crash.
pub fn run(shell: Shell, ui: &mut Ui) -> anyhow::Result<()> {
    let mut script = Vec::new();
    generate_completion(shell, &mut script);
    let out = ui.out();
    out.write_all(&script)
        .and_then(|()| out.flush())
        .context("cannot write the completion script to stdout")
}

/// Writes the completion script for `shell`. Panics if `out` fails, so give it a buffer.
pub fn generate_completion(shell: Shell, out: &mut dyn Write) {
    let mut command = Cli::command();
    clap_complete::generate(shell, &mut command, "wkv", out);
}

/// Writes `wkv.1` and one page per visible subcommand (`wkv-key-put.1`, ...) into `dir`.
pub fn generate_man_pages(dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut command = Cli::command();
    command.build();
    write_pages(&command, "wkv", dir)
}

fn write_pages(command: &clap::Command, name: &str, dir: &Path) -> anyhow::Result<()> {
    let page = command
        .clone()
        .name(name.to_string())
        .bin_name(name.replace('-', " "));
    let mut buffer = Vec::new();
    clap_mangen::Man::new(page).render(&mut buffer)?;
    std::fs::write(dir.join(format!("{name}.1")), buffer)?;
    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
