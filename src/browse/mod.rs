//! `wkv browse`: a full-screen browser for KV data over local state, `--remote` or `wkv serve`,
//! and the namespace pickers that key, bulk and namespace commands offer on a terminal.
//!
//! One job per file: `app` (state), `input` (keys and mouse to actions), `view` (drawing),
//! `table` (the compact key table), `loader` (listing and value reads in the background),
//! `detail` (how values look), `editor` (the $EDITOR round-trip), `effects` (carrying actions
//! out through the `KvStore` trait), `terminal` (taking the terminal and always giving it back),
//! `place` (where namespaces come from) and `picker` (choosing a namespace from a list).

mod app;
mod detail;
mod editor;
mod effects;
mod input;
mod line_edit;
mod loader;
pub mod picker;
mod place;
mod table;
mod terminal;
mod view;

#[cfg(test)]
mod view_tests;

use std::io::IsTerminal;

use ratatui::crossterm::event::Event;
use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::mpsc;

use crate::cli::BrowseArgs;
use crate::commands::target::Context;
use crate::config::{self, Access, NamespaceChoice};
use crate::error::WkvError;

pub use input::BINDINGS;

use app::{App, Effect};
use effects::{Runner, Screen};
use place::{NamespaceEntry, Place};
use terminal::{EventReader, TerminalGuard};

/// When the hidden `--exit-after` switch (for benchmarks) ends the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExitAfter {
    FirstDraw,
    End,
}

pub async fn run(args: BrowseArgs, context: &Context) -> anyhow::Result<()> {
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(
            WkvError::usage("wkv browse needs a terminal on stdin and stdout")
                .with_hint("in scripts, use `wkv key list` and `wkv key get` with the same flags")
                .into(),
        );
    }
    let exit_after = match args.exit_after.as_deref() {
        None => None,
        Some("first-draw") => Some(ExitAfter::FirstDraw),
        Some("end") => Some(ExitAfter::End),
        Some(other) => return crate::error::usage(format!("unknown --exit-after `{other}`")),
    };
    let place = Place::connect(context, &args.location).await?;
    let mut namespaces = place.namespaces().await?;
    let start = match (&args.target.binding, &args.target.namespace_id) {
        (None, None) => None,
        _ => {
            let choice = NamespaceChoice {
                binding: args.target.binding.as_deref(),
                namespace_id: args.target.namespace_id.as_deref(),
                preview: args.target.preview,
            };
            let id = config::resolve_namespace_id(
                place.config.as_ref(),
                &choice,
                Access::Read,
                !args.location.remote,
            )?;
            Some(match namespaces.iter().position(|n| n.id == id) {
                Some(index) => index,
                None => {
                    namespaces.push(NamespaceEntry {
                        label: id.clone(),
                        flags: format!("--namespace-id {id}"),
                        id,
                        note: "given".into(),
                    });
                    namespaces.len() - 1
                }
            })
        }
    };
    let color = std::env::var_os("NO_COLOR").map_or(true, |v| v.is_empty());
    let mut app = App::new(place.describe(), namespaces, color);

    // Signals would otherwise kill the process with the terminal still raw.
    let mut terminate = signal(SignalKind::terminate())?;
    let mut hangup = signal(SignalKind::hangup())?;
    let mut interrupt = signal(SignalKind::interrupt())?;

    let mut guard = TerminalGuard::enter(terminal::Screen::Stdout)?;
    let (event_sender, mut events) = mpsc::channel(256);
    let reader = EventReader::start(event_sender);
    let (sender, mut messages) = mpsc::channel(4);
    let mut runner = Runner::new(context, place, sender);
    if let Some(index) = start {
        let screen = Screen {
            guard: &mut guard,
            reader: &reader,
        };
        runner
            .apply(&mut app, Effect::OpenNamespace(index), screen)
            .await;
    }

    let mut stopped_by = None;
    loop {
        app.now = crate::kv::limits::now_secs();
        guard.terminal.draw(|frame| view::render(frame, &mut app))?;
        if app.quit {
            break;
        }
        match exit_after {
            Some(ExitAfter::FirstDraw)
                if !app.keys.is_empty() || (app.current.is_some() && !app.loading) =>
            {
                break
            }
            Some(ExitAfter::End) if app.current.is_some() && !app.loading => {
                let last = app.keys.len().saturating_sub(1);
                if app.key_cursor == last {
                    break;
                }
                app.key_cursor = last;
                continue;
            }
            _ => {}
        }
        let effect = tokio::select! {
            event = events.recv() => match event {
                Some(Event::Key(key)) => input::handle_key(&mut app, key),
                Some(Event::Mouse(mouse)) => input::handle_mouse(&mut app, mouse),
                Some(_) => None,
                None => {
                    app.error("the terminal closed");
                    break;
                }
            },
            Some(message) = messages.recv() => runner.receive(&mut app, message),
            _ = terminate.recv() => { stopped_by = Some("SIGTERM"); break }
            _ = hangup.recv() => { stopped_by = Some("SIGHUP"); break }
            _ = interrupt.recv() => { stopped_by = Some("SIGINT"); break }
        };
        if let Some(effect) = effect {
            let screen = Screen {
                guard: &mut guard,
                reader: &reader,
            };
            runner.apply(&mut app, effect, screen).await;
        }
    }
    drop(guard);
    match stopped_by {
        Some(signal) => Err(WkvError::failure(format!("wkv browse stopped by {signal}")).into()),
        None => Ok(()),
    }
}
