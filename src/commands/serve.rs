//! `wkv serve`: the KV REST API over local state, until Ctrl-C.

use crate::cli::ServeArgs;
use crate::output::Ui;
use crate::server::{serve, ServeOptions};

use super::target::Context;

pub async fn run(args: ServeArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    if !(0.0..=1.0).contains(&args.inject_faults) {
        return crate::error::usage("--inject-faults takes a share from 0 to 1");
    }
    let accounts = args
        .accounts
        .iter()
        .enumerate()
        .map(|(i, text)| crate::server::parse_account(text, i + 1))
        .collect::<Result<Vec<_>, _>>()
        .map_err(crate::error::WkvError::usage)?;
    let config = context.load_config()?;
    let kv_root = context.local_kv_root(config.as_ref(), args.persist_to.as_deref())?;
    let options = ServeOptions {
        host: args.host,
        port: args.port,
        token: args.token,
        fault_rate: args.inject_faults,
        accounts,
        token_without_kv: args.token_without_kv,
        ..ServeOptions::new(&kv_root)
    };
    let status = ui.status_line();
    let out = ui.out();
    serve(options, |base_url| {
        // The base URL on stdout is data: scripts and tests read it to find the port.
        use std::io::Write;
        let _ = writeln!(out, "{base_url}");
        let _ = out.flush();
        status.print(format!(
            "wkv serve: serving local state in `{}`\n  export CLOUDFLARE_API_BASE_URL={base_url}\n  stop with Ctrl-C",
            kv_root.display()
        ));
    })
    .await
}
