//! `wkv browse`: a full-screen browser for KV data over local state, `--remote` or `wkv serve`,
//! and the namespace pickers that key, bulk and namespace commands offer on a terminal.
//!
//! One job per file: `app` (state), `input` (keys and mouse to actions), `view` (drawing),
//! `table` (the compact key table), `loader` (listing and value reads in the background),
//! `detail` (how values look), `editor` (the $EDITOR round-trip), `effects` (carrying actions
//! out through the `KvStore` trait), `terminal` (taking the terminal and always giving it back),
//! `picker` (choosing a namespace from a list; the session layer is handed it as its
//! `Chooser`) and `stop_signals` (what stops the browser from outside, per system). Places and
//! namespaces are opened through `crate::session`, like a command.

mod app;
mod detail;
mod editor;
mod effects;
mod input;
mod line_edit;
mod loader;
pub mod picker;
mod stop_signals;
mod table;
mod terminal;
mod view;

#[cfg(test)]
mod view_tests;

use ratatui::crossterm::event::Event;
use tokio::sync::mpsc;

use crate::cli::BrowseArgs;
use crate::config::{self, Access, NamespaceChoice};
use crate::error::WkvError;
use crate::output::Ui;
use crate::session::Context;

pub use input::BINDINGS;

use crate::session::{NamespaceEntry, Place};
use app::{App, Effect};
use effects::{Runner, Screen};
use terminal::{EventReader, TerminalGuard};

/// When the hidden `--exit-after` switch (for benchmarks) ends the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ExitAfter {
    FirstDraw,
    End,
}

pub async fn run(args: BrowseArgs, context: &Context, ui: &Ui) -> anyhow::Result<()> {
    if !ui.can_take_screen() {
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
    let mut app = App::new(place.describe(), namespaces, ui.color());

    // Signals would otherwise kill the process with the terminal still raw.
    let mut stop_signals = stop_signals::StopSignals::listen()?;

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
            signal = stop_signals.recv() => { stopped_by = Some(signal); break }
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
