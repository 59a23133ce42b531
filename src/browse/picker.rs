//! Choosing a namespace from a list instead of typing its id: key and bulk commands given
//! neither `--binding` nor `--namespace-id`, and `namespace delete`/`rename` given no name,
//! offer one when stdin and stderr are terminals. Drawn on stderr so that stdout keeps only the
//! command's data. Off a terminal the commands fail as before (exit 2).

use std::io::IsTerminal;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGTERM};
use signal_hook::SigId;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

use super::line_edit::LineInput;
use super::place::{namespace_entries, NamespaceEntry};
use super::terminal::{Screen, TerminalGuard};
use crate::api::Namespace;
use crate::commands::remote::RemoteSession;
use crate::config::Config;
use crate::error::WkvError;

/// Whether a picker can be shown: a person at a terminal on stdin and stderr.
pub fn available() -> bool {
    std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal()
        && std::env::var_os("WKV_TEST_TTY").is_none()
}

/// The namespace id the person picks among the config's bindings and the place's namespaces.
/// Afterwards stderr says which flags name it without the list, so the person learns the
/// command for next time.
pub async fn pick_namespace(
    config: Option<&Config>,
    session: Option<&RemoteSession>,
    kv_root: &Path,
) -> anyhow::Result<String> {
    let entries = namespace_entries(config, session, kv_root).await?;
    if entries.is_empty() {
        return Err(WkvError::usage(
            "Missing required option: exactly one of --binding and --namespace-id must be provided",
        )
        .with_hint("no namespace was found to choose from: the config has no kv_namespaces")
        .into());
    }
    let index = choose("Choose a namespace", &entries)?;
    let chosen = &entries[index];
    tell_the_flags(chosen);
    Ok(chosen.id.clone())
}

/// An account namespace picked from the list (for `namespace delete` and `rename`).
pub fn pick_account_namespace(title: &str, namespaces: &[Namespace]) -> anyhow::Result<Namespace> {
    if namespaces.is_empty() {
        return Err(WkvError::not_found("the account has no namespaces").into());
    }
    let entries: Vec<NamespaceEntry> = namespaces
        .iter()
        .map(|n| NamespaceEntry {
            id: n.id.clone(),
            label: n.title.clone(),
            note: n.id.clone(),
            flags: format!("--namespace-id {}", n.id),
        })
        .collect();
    let index = choose(title, &entries)?;
    tell_the_flags(&entries[index]);
    Ok(namespaces[index].clone())
}

fn tell_the_flags(chosen: &NamespaceEntry) {
    #[allow(clippy::print_stderr)]
    {
        eprintln!(
            "{}",
            crate::output::for_stderr(&format!(
                "Chose `{}`; without the list: {}",
                chosen.label, chosen.flags
            ))
        );
    }
}

/// The entries whose label, note or id contain the filter text (any case), by index.
fn matching(entries: &[NamespaceEntry], filter: &str) -> Vec<usize> {
    let filter = filter.to_lowercase();
    entries
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            [&e.label, &e.note, &e.id]
                .iter()
                .any(|text| text.to_lowercase().contains(&filter))
        })
        .map(|(i, _)| i)
        .collect()
}

/// SIGTERM and SIGHUP while the list is up: instead of dying with the terminal still raw, the
/// picker notices, gives the terminal back and fails. Once it is gone the signals do what they
/// do by default again (the command they interrupt has no handler of its own for them).
struct SignalWatch {
    received: Arc<AtomicBool>,
    picker_done: Arc<AtomicBool>,
    ids: Vec<SigId>,
}

impl SignalWatch {
    fn start() -> std::io::Result<SignalWatch> {
        let received = Arc::new(AtomicBool::new(false));
        let picker_done = Arc::new(AtomicBool::new(false));
        let mut ids = Vec::new();
        for signal in [SIGTERM, SIGHUP] {
            ids.push(signal_hook::flag::register(signal, Arc::clone(&received))?);
            // Stays registered: the default action once the picker is done.
            signal_hook::flag::register_conditional_default(signal, Arc::clone(&picker_done))?;
        }
        Ok(SignalWatch {
            received,
            picker_done,
            ids,
        })
    }
}

impl Drop for SignalWatch {
    fn drop(&mut self) {
        self.picker_done.store(true, Ordering::SeqCst);
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// Shows the list and returns the chosen index: arrows move, typing filters (Backspace and
/// the line-editing keys of the browser's prompts edit the filter), Enter chooses; Esc (with an
/// empty filter) or Ctrl-C cancel (exit 2, nothing done). The box is as tall as its entries.
fn choose(title: &str, entries: &[NamespaceEntry]) -> anyhow::Result<usize> {
    let signals = SignalWatch::start()?;
    let mut guard = TerminalGuard::enter(Screen::Stderr)?;
    let mut filter = LineInput::default();
    let mut shown = matching(entries, "");
    let mut cursor = 0usize;
    let label_width = entries
        .iter()
        .map(|e| e.label.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(8, 40);
    loop {
        if signals.received.load(Ordering::SeqCst) {
            drop(guard);
            return Err(WkvError::failure("stopped by a signal while choosing a namespace").into());
        }
        guard.terminal.draw(|frame| {
            let list_height =
                (shown.len().max(1) as u16 + 2).min(frame.area().height.saturating_sub(2).max(3));
            let rows = Layout::vertical([
                Constraint::Length(list_height),
                Constraint::Length(1),
                Constraint::Length(1),
                Constraint::Min(0),
            ])
            .split(frame.area());
            let items: Vec<ListItem> = shown
                .iter()
                .map(|&i| {
                    let e = &entries[i];
                    ListItem::new(Line::from(
                        crate::output::shown(&format!("{:<label_width$} {}", e.label, e.note))
                            .into_owned(),
                    ))
                })
                .collect();
            let count = if shown.len() == entries.len() {
                format!("{}", entries.len())
            } else {
                format!("{} of {}", shown.len(), entries.len())
            };
            let list = List::new(items)
                .block(
                    Block::default()
                        .borders(Borders::ALL)
                        .title(format!(" {title} ({count}) ")),
                )
                .highlight_style(Style::default().add_modifier(Modifier::REVERSED));
            let mut state =
                ListState::default().with_selected((!shown.is_empty()).then_some(cursor));
            frame.render_stateful_widget(list, rows[0], &mut state);
            let (before, after) = filter.split();
            frame.render_widget(
                Paragraph::new(
                    crate::output::shown(&format!("filter: {before}▏{after}")).into_owned(),
                ),
                rows[1],
            );
            frame.render_widget(
                Paragraph::new("type to filter · ↑ ↓ move · Enter choose · Esc cancel"),
                rows[2],
            );
        })?;
        // Poll, so that a signal is noticed without waiting for a key.
        if !event::poll(Duration::from_millis(100))? {
            continue;
        }
        let Event::Key(key) = event::read()? else {
            continue;
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if ctrl_c || (key.code == KeyCode::Esc && filter.text().is_empty()) {
            drop(guard);
            return Err(WkvError::usage("no namespace was chosen")
                .with_hint("pass --binding or --namespace-id to skip the list")
                .into());
        }
        let last = shown.len().saturating_sub(1);
        match key.code {
            KeyCode::Esc => filter = LineInput::default(),
            KeyCode::Up => cursor = cursor.saturating_sub(1),
            KeyCode::Down => cursor = (cursor + 1).min(last),
            KeyCode::PageUp => cursor = 0,
            KeyCode::PageDown => cursor = last,
            KeyCode::Enter => match shown.get(cursor) {
                Some(&index) => return Ok(index),
                None => continue,
            },
            _ => {
                if !filter.handle(key) {
                    continue;
                }
            }
        }
        shown = matching(entries, filter.text());
        cursor = cursor.min(shown.len().saturating_sub(1));
    }
}
