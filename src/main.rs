//! The `wkv` binary: parse arguments, run, turn an error into a message and an exit code.

use std::io::ErrorKind as IoErrorKind;
use std::process::ExitCode;

use clap::Parser;

use wkv::cli::{normalize_args, Cli};
use wkv::error::{ErrorKind, WkvError};
use wkv::output::Ui;

/// The static Linux build's allocator: musl's own made `key list` 3.3x and a local `bulk put`
/// 1.5x slower (bench/bench.py, see the README's Platforms section).
#[cfg(target_env = "musl")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = normalize_args(std::env::args_os());
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => return parse_failure(&err, &args),
    };
    let mut ui = Ui::new(cli.global.output, cli.global.quiet, cli.global.verbose);
    let verbose = cli.global.verbose;
    let result = run(cli, &mut ui);
    let flushed = ui.flush();
    match result.and_then(|()| flushed.map_err(anyhow::Error::from)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err, verbose);
            ExitCode::from(exit_code(&err))
        }
    }
}

/// clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2). A command
/// group named without a subcommand (`wkv kv`, `wkv key`) prints its help on stdout and exits
/// 0, as wrangler does; a mistyped subcommand gets wrangler's "Did you mean" line.
fn parse_failure(err: &clap::Error, args: &[std::ffi::OsString]) -> ExitCode {
    use clap::error::ErrorKind as ClapKind;
    if err.kind() == ClapKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let help = err.render().to_string();
        let mut stdout = std::io::stdout().lock();
        let _ = std::io::Write::write_all(&mut stdout, help.as_bytes());
        return ExitCode::SUCCESS;
    }
    let _ = err.print();
    if err.kind() == ClapKind::InvalidSubcommand {
        use clap::CommandFactory;
        if let Some(line) = wkv::suggest::did_you_mean(&Cli::command(), args) {
            eprintln!("\nDid you mean \"{line}\"?");
        }
    }
    ExitCode::from(if err.use_stderr() { 2 } else { 0 })
}

fn run(cli: Cli, ui: &mut Ui) -> anyhow::Result<()> {
    // Two workers match the 2-core machines this runs on in CI; concurrent bulk requests overlap
    // on them, and a small pool keeps start-up in the low milliseconds.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(wkv::commands::run(cli, ui))
}

/// A closed stdout (`wkv key list | head`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == IoErrorKind::BrokenPipe)
    })
}

/// The first cause that knows its kind decides the exit code; anything else is a failure.
fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<WkvError>() {
            return e.kind.exit_code();
        }
        if let Some(e) = cause.downcast_ref::<wkv::api::ApiError>() {
            return e.kind().exit_code();
        }
    }
    ErrorKind::Failure.exit_code()
}

/// `error: <message>`, its causes, then `hint:` lines from every cause that has one; with
/// `-v`, the request that failed (method, path, status, cf-ray; never a credential).
fn report(err: &anyhow::Error, verbose: bool) {
    let mut lines = vec![format!("error: {err}")];
    let mut hints = Vec::new();
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<WkvError>() {
            hints.extend(e.hints.iter().cloned());
        }
        if let Some(e) = cause.downcast_ref::<wkv::api::ApiError>() {
            hints.extend(e.hints());
            if verbose {
                lines.push(format!("  request: {}", wkv::api::VerboseApiError(e)));
            }
        }
    }
    for cause in err.chain().skip(1) {
        lines.push(format!("  caused by: {cause}"));
    }
    for hint in hints {
        lines.push(format!("hint: {hint}"));
    }
    eprintln!("{}", wkv::output::for_stderr(&lines.join("\n")));
}
