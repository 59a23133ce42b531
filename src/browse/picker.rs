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

/// Shows the list and returns the chosen index; Esc, q or Ctrl-C cancel (exit 2, nothing done).
/// Shows the list on stderr and returns the index chosen; Esc cancels (exit 2). This is the
/// `session::Chooser` that commands pass down when `Ui::can_prompt`.
pub fn choose(title: &str, entries: &[NamespaceEntry]) -> anyhow::Result<usize> {
    let signals = SignalWatch::start()?;
    let mut guard = TerminalGuard::enter(Screen::Stderr)?;
    let mut cursor = 0usize;
    loop {
        if signals.received.load(Ordering::SeqCst) {
            drop(guard);
            return Err(WkvError::failure("stopped by a signal while choosing a namespace").into());
        }
        guard.terminal.draw(|frame| {
            let rows =
                Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).split(frame.area());
            let items: Vec<ListItem> = entries
                .iter()
                .map(|e| ListItem::new(Line::from(format!("{:<24} {}", e.label, e.note))))
                .collect();
            let list = List::new(items)
                .block(
                    Block::default()
                        .borders(Borders::ALL)
                        .title(format!(" {title} ")),
                )
                .highlight_style(Style::default().add_modifier(Modifier::REVERSED));
            let mut state = ListState::default().with_selected(Some(cursor));
            frame.render_stateful_widget(list, rows[0], &mut state);
            frame.render_widget(
                Paragraph::new("↑ ↓ move · Enter choose · Esc cancel"),
                rows[1],
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
        let cancel = matches!(key.code, KeyCode::Esc | KeyCode::Char('q'))
            || (key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c'));
        if cancel {
            drop(guard);
            return Err(WkvError::usage("no namespace was chosen")
                .with_hint("pass --binding or --namespace-id to skip the list")
                .into());
        }
        match key.code {
            KeyCode::Up | KeyCode::Char('k') => cursor = cursor.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => cursor = (cursor + 1).min(entries.len() - 1),
            KeyCode::Home | KeyCode::Char('g') => cursor = 0,
            KeyCode::End | KeyCode::Char('G') => cursor = entries.len() - 1,
            KeyCode::Enter => return Ok(cursor),
            _ => {}
        }
    }
}
