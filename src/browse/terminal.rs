//! Taking over the terminal and always giving it back: raw mode, the alternate screen and mouse
//! reporting are undone when the guard drops (quit, error), from the panic hook (panic), and
//! around an external editor. Signals from outside (`stop_signals`) are turned into a quit by
//! the event loop, which then drops the guard. Also: reading terminal events on a
//! thread that can be paused while another program owns the terminal, and OSC 52 copying.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::Duration;

use base64::Engine as _;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{cursor, event, execute, terminal};
use ratatui::Terminal;

/// Which stream the full-screen view is drawn on: the browser uses stdout, the pickers stderr
/// (so that a command's data on stdout stays clean).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Stdout,
    Stderr,
}

/// The screen currently taken over (0: none, 1: stdout, 2: stderr), for the panic hook.
static ACTIVE: AtomicU8 = AtomicU8::new(0);
static PANIC_HOOK: Once = Once::new();

pub type Tui = Terminal<CrosstermBackend<Box<dyn Write + Send>>>;

fn writer(screen: Screen) -> Box<dyn Write + Send> {
    match screen {
        Screen::Stdout => Box::new(io::stdout()),
        Screen::Stderr => Box::new(io::stderr()),
    }
}

/// Owns the terminal while it lives.
pub struct TerminalGuard {
    screen: Screen,
    pub terminal: Tui,
}

impl TerminalGuard {
    pub fn enter(screen: Screen) -> io::Result<TerminalGuard> {
        PANIC_HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore_active();
                previous(info);
            }));
        });
        take_over(screen)?;
        let terminal = Terminal::new(CrosstermBackend::new(writer(screen)))?;
        Ok(TerminalGuard { screen, terminal })
    }

    /// Gives the terminal back for a while (to run an editor).
    pub fn suspend(&mut self) -> io::Result<()> {
        restore_active();
        Ok(())
    }

    /// Takes the terminal over again after `suspend`, and redraws everything.
    pub fn resume(&mut self) -> io::Result<()> {
        take_over(self.screen)?;
        self.terminal.clear()
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_active();
    }
}

fn take_over(screen: Screen) -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(
        match screen {
            Screen::Stdout => 1,
            Screen::Stderr => 2,
        },
        Ordering::SeqCst,
    );
    let mut out = writer(screen);
    execute!(
        out,
        terminal::EnterAlternateScreen,
        event::EnableMouseCapture,
        cursor::Hide
    )
}

/// Undoes `take_over` if it is in effect; safe to call twice and from the panic hook.
fn restore_active() {
    let screen = match ACTIVE.swap(0, Ordering::SeqCst) {
        1 => Screen::Stdout,
        2 => Screen::Stderr,
        _ => return,
    };
    let mut out = writer(screen);
    let _ = execute!(
        out,
        event::DisableMouseCapture,
        terminal::LeaveAlternateScreen,
        cursor::Show
    );
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Asks the terminal to put `text` on the system clipboard (OSC 52); terminals that do not
/// support it ignore the sequence.
pub fn copy_to_clipboard(text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = io::stdout();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// Terminal events read on their own thread and handed to the async event loop.
pub struct EventReader {
    paused: Arc<AtomicBool>,
    /// Held by the reading thread while it waits for an event; taken by `pause`.
    reading: Arc<Mutex<()>>,
}

impl EventReader {
    pub fn start(sender: tokio::sync::mpsc::Sender<event::Event>) -> EventReader {
        let paused = Arc::new(AtomicBool::new(false));
        let reading = Arc::new(Mutex::new(()));
        let (thread_paused, thread_reading) = (Arc::clone(&paused), Arc::clone(&reading));
        std::thread::spawn(move || loop {
            if thread_paused.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(20));
                continue;
            }
            let event = {
                let _reading = thread_reading.lock().unwrap_or_else(|e| e.into_inner());
                match event::poll(Duration::from_millis(50)) {
                    Ok(true) => event::read().ok(),
                    Ok(false) => None,
                    Err(_) => return,
                }
            };
            if let Some(event) = event {
                if sender.blocking_send(event).is_err() {
                    return;
                }
            }
        });
        EventReader { paused, reading }
    }

    /// Stops reading until the returned guard drops, so that another program (the editor) gets
    /// every keystroke.
    pub fn pause(&self) -> PausedReader<'_> {
        self.paused.store(true, Ordering::SeqCst);
        let held = self.reading.lock().unwrap_or_else(|e| e.into_inner());
        PausedReader {
            paused: &self.paused,
            _held: held,
        }
    }
}

pub struct PausedReader<'a> {
    paused: &'a AtomicBool,
    _held: std::sync::MutexGuard<'a, ()>,
}

impl Drop for PausedReader<'_> {
    fn drop(&mut self) {
        self.paused.store(false, Ordering::SeqCst);
    }
}
