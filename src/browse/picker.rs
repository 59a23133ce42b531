//! Choosing a namespace from a list instead of typing its id: key and bulk commands given
//! neither `--binding` nor `--namespace-id`, and `namespace delete`/`rename` given no name,
//! offer one when stdin and stderr are terminals. Drawn on stderr so that stdout keeps only the
//! command's data. Off a terminal the commands fail as before (exit 2).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use signal_hook::SigId;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

use super::line_edit::LineInput;
use super::terminal::{Screen, TerminalGuard};
use crate::error::WkvError;
use crate::session::NamespaceEntry;

/// SIGTERM and SIGHUP (Windows: Ctrl-Break, and SIGTERM for what raises it) while the list is
/// up: instead of dying with the terminal still raw, the picker notices, gives the terminal
/// back and fails. Once it is gone the signals do what they do by default again (the command
/// they interrupt has no handler of its own for them). Ctrl-C is a key in raw mode everywhere.
#[cfg(unix)]
const WATCHED: [std::ffi::c_int; 2] = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP];
#[cfg(windows)]
const WATCHED: [std::ffi::c_int; 2] = [signal_hook::consts::SIGTERM, signal_hook::consts::SIGBREAK];

/// Shows the list on stderr and returns the index chosen; afterwards stderr says which flags
/// name it without the list, so the person learns the command for next time. This is the
/// `session::Chooser` that commands pass down when `Ui::can_prompt`.
pub fn choose(title: &str, entries: &[NamespaceEntry]) -> anyhow::Result<usize> {
    let index = choose_from_list(title, entries)?;
    tell_the_flags(&entries[index]);
    Ok(index)
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
        for signal in WATCHED {
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
fn choose_from_list(title: &str, entries: &[NamespaceEntry]) -> anyhow::Result<usize> {
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
