//! Keys and mouse to actions, following k9s and lazygit: arrows or j/k move, Enter opens, Tab
//! switches pane, `/` filters, `e` edits, `n` new key, `d` deletes (after `y`), space selects,
//! `x` exports, `r` reloads, `c` copies the name, `q`/Esc go back and quit, `?` lists them.

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};

use super::app::{App, Effect, Focus, Mode, Prompt, Question};
use super::line_edit::LineInput;
use crate::kv::{limits, Expiry};

/// The most values one search reads.
pub const MAX_SEARCHED_VALUES: usize = 10_000;

/// The bindings as the help overlay and the README list them.
pub const BINDINGS: &[(&str, &str)] = &[
    ("↑ ↓  j k", "move"),
    ("PgUp PgDn  g G", "page, first, last"),
    ("Enter", "open the namespace / the value"),
    ("Tab  Shift-Tab", "switch pane"),
    ("/", "filter names: text, glob (* ?), ~regex"),
    ("s", "search values, select the matches"),
    ("p", "list only keys with a prefix"),
    ("space", "select / unselect the key"),
    ("u", "clear the selection"),
    ("e", "edit the value in $VISUAL/$EDITOR"),
    ("m", "edit the metadata"),
    ("t", "set the expiry"),
    ("n", "new key"),
    ("d", "delete the key or the selection"),
    ("x", "export the key or the selection"),
    ("c", "copy the key name"),
    ("r", "reload"),
    ("q  Esc", "back, quit"),
    ("?", "this help"),
];

pub fn handle_key(app: &mut App, key: KeyEvent) -> Option<Effect> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
        app.quit = true;
        return None;
    }
    match std::mem::replace(&mut app.mode, Mode::Normal) {
        Mode::Normal => normal(app, key),
        Mode::Help => None,
        Mode::Input { prompt, line } => input(app, prompt, line, key),
        Mode::Confirm { question, text } => confirm(app, question, text, key),
    }
}

fn normal(app: &mut App, key: KeyEvent) -> Option<Effect> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('?') => {
            app.mode = Mode::Help;
            None
        }
        KeyCode::Char('q') | KeyCode::Esc => back(app, key.code == KeyCode::Esc),
        KeyCode::Tab => {
            switch_pane(app, true);
            None
        }
        KeyCode::BackTab => {
            switch_pane(app, false);
            None
        }
        KeyCode::Up | KeyCode::Char('k') => move_by(app, -1),
        KeyCode::Down | KeyCode::Char('j') => move_by(app, 1),
        KeyCode::PageUp => move_by(app, -(app.key_page.max(1) as isize)),
        KeyCode::PageDown => move_by(app, app.key_page.max(1) as isize),
        KeyCode::Char('u') if ctrl => move_by(app, -(app.key_page.max(2) as isize / 2)),
        KeyCode::Char('d') if ctrl => move_by(app, app.key_page.max(2) as isize / 2),
        KeyCode::Home | KeyCode::Char('g') => move_by(app, isize::MIN / 2),
        KeyCode::End | KeyCode::Char('G') => move_by(app, isize::MAX / 2),
        KeyCode::Enter => match app.focus {
            Focus::Namespaces if !app.namespaces.is_empty() => {
                Some(Effect::OpenNamespace(app.namespace_cursor))
            }
            Focus::Keys if !app.keys.is_empty() => {
                app.focus = Focus::Detail;
                None
            }
            _ => None,
        },
        KeyCode::Char('r') => {
            if app.current.is_some() {
                Some(Effect::Reload)
            } else {
                None
            }
        }
        KeyCode::Char(c) => key_action(app, c),
        _ => None,
    }
}

/// The actions on keys of the open namespace.
fn key_action(app: &mut App, c: char) -> Option<Effect> {
    if !matches!(
        c,
        '/' | 's' | 'p' | ' ' | 'u' | 'e' | 'm' | 't' | 'n' | 'd' | 'x' | 'c' | 'y'
    ) {
        return None;
    }
    if app.current.is_none() {
        app.info("open a namespace first: move to it and press Enter");
        return None;
    }
    let cursor = app.cursor_key();
    let need_key = |app: &mut App| {
        if cursor.is_none() {
            app.info("no key here");
        }
        cursor.clone()
    };
    match c {
        '/' => ask(app, Prompt::Filter, app.filter.clone()),
        's' => ask(app, Prompt::SearchValues, String::new()),
        'p' => ask(app, Prompt::Prefix, app.prefix.clone()),
        'n' => ask(app, Prompt::NewKey, app.prefix.clone()),
        ' ' => {
            app.toggle_selection();
            app.move_keys(1)
        }
        'u' => {
            let count = app.selected.len();
            app.selected.clear();
            app.info(match count {
                0 => "Nothing was selected.".to_string(),
                n => format!(
                    "Cleared the selection of {}.",
                    crate::output::count_of(n as u64, "key", "keys")
                ),
            });
            None
        }
        'e' => need_key(app).map(Effect::EditValue),
        'm' => need_key(app).map(Effect::EditMetadata),
        'c' | 'y' => need_key(app).map(Effect::Copy),
        't' => {
            let name = need_key(app)?;
            ask(app, Prompt::Expiry(name), String::new())
        }
        'd' | 'x' => {
            let targets = app.targets();
            if targets.is_empty() {
                app.info("no key here");
                return None;
            }
            if c == 'd' {
                app.mode = Mode::Confirm {
                    text: delete_question(app, &targets),
                    question: Question::Delete(targets),
                };
                return None;
            }
            // A name no file has yet, so that a second export does not meet the first.
            let name = crate::output::export_file::unused_name(
                std::path::Path::new("."),
                "wkv-export",
                "json",
            );
            ask(app, Prompt::ExportPath(targets), name)
        }
        _ => None,
    }
}

/// Opens a one-line prompt holding `text`, the cursor at its end (Ctrl-U clears it).
fn ask(app: &mut App, prompt: Prompt, text: String) -> Option<Effect> {
    app.mode = Mode::Input {
        prompt,
        line: LineInput::new(text),
    };
    None
}

/// How many names a question spells out before "and N more".
const NAMED_IN_QUESTION: usize = 3;

/// "Delete `a`, `b` and 3 more (5 keys) from CACHE?", saying how many of them the filter hides:
/// a destructive question names what it destroys, including what is not on the screen.
fn delete_question(app: &App, targets: &[String]) -> String {
    let namespace = app
        .current_namespace()
        .map(|n| n.label.clone())
        .unwrap_or_default();
    let named: Vec<String> = targets
        .iter()
        .take(NAMED_IN_QUESTION)
        .map(|name| format!("`{}`", crate::output::shown(name)))
        .collect();
    let what = match targets.len() {
        1 => named[0].clone(),
        n if n <= NAMED_IN_QUESTION => {
            let (last, first) = named.split_last().unwrap();
            format!("{} and {last} ({n} keys)", first.join(", "))
        }
        n => format!(
            "{} and {} more ({n} keys)",
            named.join(", "),
            n - NAMED_IN_QUESTION
        ),
    };
    let hidden = match app.hidden_selected() {
        0 => String::new(),
        n if n == targets.len() && n == 1 => {
            format!(" It is hidden by the filter `{}`.", app.filter)
        }
        n if n == targets.len() => format!(" All are hidden by the filter `{}`.", app.filter),
        n => format!(
            " {n} of them {} hidden by the filter `{}`.",
            if n == 1 { "is" } else { "are" },
            app.filter
        ),
    };
    format!(
        "Delete {what} from {namespace}?{hidden} y to delete, any other key to cancel (u clears the selection)"
    )
}

/// `q` and Esc: from the detail pane to the keys, from the keys to the namespaces, then quit.
/// Esc on a filtered key table clears the filter first.
fn back(app: &mut App, esc: bool) -> Option<Effect> {
    match app.focus {
        Focus::Detail => app.focus = Focus::Keys,
        Focus::Keys if esc && !app.filter.is_empty() => return app.apply_filter(String::new()),
        Focus::Keys => app.focus = Focus::Namespaces,
        Focus::Namespaces => app.quit = true,
    }
    None
}

fn switch_pane(app: &mut App, forward: bool) {
    let panes: &[Focus] = if app.current.is_some() {
        &[Focus::Namespaces, Focus::Keys, Focus::Detail]
    } else {
        &[Focus::Namespaces]
    };
    let at = panes.iter().position(|&f| f == app.focus).unwrap_or(0);
    let next = if forward {
        (at + 1) % panes.len()
    } else {
        (at + panes.len() - 1) % panes.len()
    };
    app.focus = panes[next];
}

fn move_by(app: &mut App, delta: isize) -> Option<Effect> {
    match app.focus {
        Focus::Namespaces => {
            app.move_namespaces(delta);
            None
        }
        Focus::Keys => app.move_keys(delta),
        Focus::Detail => {
            let scroll = (app.detail_scroll as isize + delta).clamp(0, u16::MAX as isize);
            app.detail_scroll = scroll as u16;
            None
        }
    }
}

fn input(app: &mut App, prompt: Prompt, mut line: LineInput, key: KeyEvent) -> Option<Effect> {
    match key.code {
        KeyCode::Esc => {
            if prompt == Prompt::Filter {
                return app.apply_filter(String::new());
            }
            None
        }
        KeyCode::Enter => submit(app, prompt, line.into_text()),
        _ => {
            line.handle(key);
            app.mode = Mode::Input { prompt, line };
            None
        }
    }
}

fn submit(app: &mut App, prompt: Prompt, text: String) -> Option<Effect> {
    match prompt {
        Prompt::Filter => app.apply_filter(text),
        Prompt::SearchValues => {
            if text.is_empty() {
                app.info("nothing to search for");
                return None;
            }
            let mut names = app.shown_names();
            // Each value is a read (remotely, a request per 100): keep a search to a size
            // that answers in seconds, and say so when the rows were more.
            names.truncate(MAX_SEARCHED_VALUES);
            if names.is_empty() {
                app.info("no key shown to search");
                return None;
            }
            Some(Effect::SearchValues {
                names,
                needle: text,
            })
        }
        Prompt::Prefix => {
            app.prefix = text;
            Some(Effect::Reload)
        }
        Prompt::NewKey => match limits::validate_key(&text) {
            Ok(()) => Some(Effect::NewKey(text)),
            Err(err) => {
                app.error(err.message);
                None
            }
        },
        Prompt::Expiry(name) => match parse_expiry(&text, app.now) {
            Ok(expiry) => Some(Effect::SetExpiry(name, expiry)),
            Err(message) => {
                app.error(message);
                None
            }
        },
        Prompt::ExportPath(names) => {
            if text.trim().is_empty() {
                app.error("give a file name to export to");
                return None;
            }
            match crate::output::export_file::exists(std::path::Path::new(&text)) {
                Ok(false) => Some(Effect::Export(names, text, false)),
                Ok(true) => {
                    app.mode = Mode::Confirm {
                        text: format!(
                            "`{}` exists. Replace it? y to replace, any other key to keep it",
                            crate::output::shown(&text)
                        ),
                        question: Question::ReplaceFile { names, path: text },
                    };
                    None
                }
                Err(err) => {
                    app.error(format!("cannot export to `{text}`: {err}"));
                    None
                }
            }
        }
    }
}

/// The expiry prompt: `never` (or nothing), a time to live (`90`, `30m`, `12h`, `7d`), or an
/// absolute Unix time (a number past the current time).
pub fn parse_expiry(text: &str, now: i64) -> Result<Expiry, String> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("never") {
        return Ok(Expiry::Never);
    }
    let (number, unit) = match text.char_indices().last() {
        Some((at, c @ ('s' | 'm' | 'h' | 'd'))) => (&text[..at], Some(c)),
        _ => (text, None),
    };
    let value: i64 = number.trim().parse().map_err(|_| {
        format!(
            "`{text}` is not an expiry: use never, seconds like 3600, 30m, 12h, 7d, or a Unix time"
        )
    })?;
    let expiry = match unit {
        Some(unit) => {
            let scale = match unit {
                'm' => 60,
                'h' => 3600,
                'd' => 86_400,
                _ => 1,
            };
            Expiry::Ttl(value.saturating_mul(scale))
        }
        None if value > now => Expiry::At(value),
        None => Expiry::Ttl(value),
    };
    limits::validate_expiry(expiry, now).map_err(|e| e.message)?;
    Ok(expiry)
}

fn confirm(app: &mut App, question: Question, _text: String, key: KeyEvent) -> Option<Effect> {
    let yes = matches!(key.code, KeyCode::Char('y') | KeyCode::Char('Y'));
    match (question, yes) {
        (Question::Delete(names), true) => Some(Effect::Delete(names)),
        (Question::Overwrite(item), true) => Some(Effect::Write(item)),
        (Question::ReplaceFile { names, path }, true) => Some(Effect::Export(names, path, true)),
        (Question::CreateEmpty(name), true) => Some(Effect::Create(crate::kv::PutItem {
            key: name,
            value: Vec::new(),
            expiry: Expiry::Never,
            metadata: None,
        })),
        (Question::Delete(_), false) => {
            app.info("Not deleted.");
            None
        }
        (Question::Overwrite(item), false) => {
            app.info("Not written: your edit was dropped.");
            // The detail pane showed the value as read before the edit: show the store's.
            (app.cursor_key().as_deref() == Some(item.key.as_str())).then(|| {
                app.detail = super::app::Detail::Loading(item.key.clone());
                Effect::LoadValue(item.key)
            })
        }
        (Question::ReplaceFile { path, .. }, false) => {
            app.info(format!("Not exported: `{path}` was left as it was."));
            None
        }
        (Question::CreateEmpty(name), false) => {
            app.info(format!("`{name}` was not created."));
            None
        }
    }
}

pub fn handle_mouse(app: &mut App, mouse: MouseEvent) -> Option<Effect> {
    if app.mode != Mode::Normal {
        return None;
    }
    match mouse.kind {
        MouseEventKind::ScrollDown => move_by(app, 3),
        MouseEventKind::ScrollUp => move_by(app, -3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kv::KeyInfo;
    use crate::session::NamespaceEntry;

    fn app_with_keys(names: &[&str]) -> App {
        let namespaces = vec![NamespaceEntry {
            id: "ns".into(),
            label: "CACHE".into(),
            note: "binding".into(),
            flags: "--binding CACHE".into(),
        }];
        let mut app = App::new("local".into(), namespaces, false);
        app.open_namespace(0);
        let keys = names
            .iter()
            .map(|n| KeyInfo {
                name: n.to_string(),
                expiration: None,
                metadata: None,
            })
            .collect();
        let generation = app.generation;
        app.add_page(generation, keys, true);
        app
    }

    fn press(app: &mut App, code: KeyCode) -> Option<Effect> {
        handle_key(app, KeyEvent::new(code, KeyModifiers::NONE))
    }

    fn type_text(app: &mut App, text: &str) {
        for c in text.chars() {
            press(app, KeyCode::Char(c));
        }
    }

    #[test]
    fn moving_loads_the_value_under_the_cursor() {
        let mut app = app_with_keys(&["a", "b", "c"]);
        assert_eq!(
            press(&mut app, KeyCode::Char('j')),
            Some(Effect::LoadValue("b".into()))
        );
        assert_eq!(
            press(&mut app, KeyCode::Down),
            Some(Effect::LoadValue("c".into()))
        );
        assert_eq!(press(&mut app, KeyCode::Down), None, "the last row stays");
        assert_eq!(
            press(&mut app, KeyCode::Char('g')),
            Some(Effect::LoadValue("a".into()))
        );
        assert_eq!(
            press(&mut app, KeyCode::End),
            Some(Effect::LoadValue("c".into()))
        );
    }

    #[test]
    fn enter_opens_a_namespace_and_tab_switches_panes() {
        let mut app = App::new("local".into(), vec![], false);
        assert_eq!(press(&mut app, KeyCode::Enter), None);
        let mut app = app_with_keys(&["a"]);
        app.focus = Focus::Namespaces;
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            Some(Effect::OpenNamespace(0))
        );
        app.focus = Focus::Keys;
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus, Focus::Detail);
        press(&mut app, KeyCode::Tab);
        assert_eq!(app.focus, Focus::Namespaces);
        press(&mut app, KeyCode::BackTab);
        assert_eq!(app.focus, Focus::Detail);
    }

    #[test]
    fn a_value_search_reads_the_rows_shown_and_selects_what_it_finds() {
        let mut app = app_with_keys(&["user:1", "session:1", "user:2", "user:3"]);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "user:");
        press(&mut app, KeyCode::Enter);
        press(&mut app, KeyCode::Char('s'));
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            None,
            "an empty search does nothing"
        );
        press(&mut app, KeyCode::Char('s'));
        type_text(&mut app, "john");
        let names: Vec<String> = ["user:1", "user:2", "user:3"].map(String::from).into();
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            Some(Effect::SearchValues {
                names,
                needle: "john".into()
            })
        );
        // The answer: two matches, one of them since filtered away by a new filter text.
        let generation = app.generation;
        app.apply_filter("user:[23]".into());
        let effect = app.values_found(
            generation,
            "john",
            vec!["user:1".into(), "user:3".into()],
            3,
        );
        assert_eq!(effect, Some(Effect::LoadValue("user:3".into())));
        assert_eq!(app.selected.iter().collect::<Vec<_>>(), ["user:3"]);
        let status = app.status.clone().unwrap().text;
        assert!(
            status.starts_with("1 of the 3 values searched holds `john`"),
            "{status}"
        );
        // An answer about a listing that has since restarted changes nothing.
        app.restart_listing();
        assert_eq!(
            app.values_found(generation, "john", vec!["user:2".into()], 3),
            None
        );
        assert!(!app.selected.contains("user:2"));
        assert!(app.status.clone().unwrap().text.contains("search again"));
    }

    #[test]
    fn the_filter_applies_on_enter_and_esc_clears_it() {
        let mut app = app_with_keys(&["user:1", "session:1", "user:2"]);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "user:*");
        assert_eq!(app.keys.len(), 3, "nothing is filtered before Enter");
        let effect = press(&mut app, KeyCode::Enter);
        assert_eq!(effect, Some(Effect::LoadValue("user:1".into())));
        assert_eq!(app.keys.len(), 2);
        assert_eq!(app.filter, "user:*");
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.keys.len(), 3);
        assert!(app.filter.is_empty());
        // Esc on the filtered table (not in the prompt) clears it too, and reloads the value.
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "session");
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.keys.len(), 1);
        assert_eq!(
            press(&mut app, KeyCode::Esc),
            Some(Effect::LoadValue("user:1".into()))
        );
        assert_eq!(app.keys.len(), 3);
        assert_eq!(app.focus, Focus::Keys);
    }

    #[test]
    fn delete_asks_with_the_count_and_takes_y() {
        let mut app = app_with_keys(&["a", "b", "c"]);
        press(&mut app, KeyCode::Char(' '));
        press(&mut app, KeyCode::Char(' '));
        assert_eq!(app.selected.len(), 2);
        assert_eq!(press(&mut app, KeyCode::Char('d')), None);
        match &app.mode {
            Mode::Confirm { text, .. } => {
                assert!(
                    text.starts_with("Delete `a` and `b` (2 keys) from CACHE? y to delete"),
                    "{text}"
                )
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            press(&mut app, KeyCode::Char('y')),
            Some(Effect::Delete(vec!["a".into(), "b".into()]))
        );
        // Anything else cancels.
        press(&mut app, KeyCode::Char('d'));
        assert_eq!(press(&mut app, KeyCode::Char('n')), None);
        assert_eq!(app.mode, Mode::Normal);
        assert_eq!(app.status.as_ref().unwrap().text, "Not deleted.");
    }

    fn confirm_text(app: &App) -> String {
        match &app.mode {
            Mode::Confirm { text, .. } => text.clone(),
            other => panic!("no question: {other:?}"),
        }
    }

    #[test]
    fn delete_names_the_keys_and_those_the_filter_hides() {
        let names: Vec<String> = (10..20).map(|i| format!("user:0{i}")).collect();
        let mut all: Vec<&str> = names.iter().map(String::as_str).collect();
        all.push("logo.png");
        let mut app = app_with_keys(&all);
        app.set_key_cursor(5);
        press(&mut app, KeyCode::Char(' '));
        app.set_key_cursor(7);
        press(&mut app, KeyCode::Char(' '));
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, "logo");
        press(&mut app, KeyCode::Enter);
        assert_eq!(app.cursor_key().as_deref(), Some("logo.png"));
        assert_eq!(app.selected.len(), 2, "a filter keeps the selection");
        assert_eq!(app.hidden_selected(), 2);
        press(&mut app, KeyCode::Char('d'));
        let text = confirm_text(&app);
        assert!(
            text.starts_with(
                "Delete `user:015` and `user:017` (2 keys) from CACHE? All are hidden by the filter `logo`."
            ),
            "{text}"
        );
        press(&mut app, KeyCode::Char('n'));
        // `u` clears the selection: `d` then means the key under the cursor.
        press(&mut app, KeyCode::Char('u'));
        press(&mut app, KeyCode::Char('d'));
        let Mode::Confirm { text, question } = &app.mode else {
            panic!("{:?}", app.mode)
        };
        assert!(
            text.starts_with("Delete `logo.png` from CACHE? y"),
            "{text}"
        );
        assert_eq!(question, &Question::Delete(vec!["logo.png".into()]));
        // Many keys: the first three by name and a count.
        let mut app = app_with_keys(&all);
        for _ in 0..5 {
            press(&mut app, KeyCode::Char(' '));
        }
        press(&mut app, KeyCode::Char('d'));
        let text = confirm_text(&app);
        assert!(
            text.starts_with(
                "Delete `user:010`, `user:011`, `user:012` and 2 more (5 keys) from CACHE? y"
            ),
            "{text}"
        );
    }

    #[test]
    fn q_and_esc_go_back_then_quit() {
        let mut app = app_with_keys(&["a"]);
        app.focus = Focus::Detail;
        press(&mut app, KeyCode::Char('q'));
        assert_eq!(app.focus, Focus::Keys);
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.focus, Focus::Namespaces);
        assert!(!app.quit);
        press(&mut app, KeyCode::Char('q'));
        assert!(app.quit);
        let mut app = app_with_keys(&["a"]);
        handle_key(
            &mut app,
            KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL),
        );
        assert!(app.quit);
    }

    #[test]
    fn actions_on_keys_become_effects() {
        let mut app = app_with_keys(&["a", "b"]);
        assert_eq!(
            press(&mut app, KeyCode::Char('e')),
            Some(Effect::EditValue("a".into()))
        );
        assert_eq!(
            press(&mut app, KeyCode::Char('m')),
            Some(Effect::EditMetadata("a".into()))
        );
        assert_eq!(
            press(&mut app, KeyCode::Char('c')),
            Some(Effect::Copy("a".into()))
        );
        assert_eq!(press(&mut app, KeyCode::Char('r')), Some(Effect::Reload));
        press(&mut app, KeyCode::Char('n'));
        type_text(&mut app, "fresh");
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            Some(Effect::NewKey("fresh".into()))
        );
        press(&mut app, KeyCode::Char('x'));
        press(&mut app, KeyCode::Enter);
        assert_eq!(
            app.mode,
            Mode::Normal,
            "the default export file name is accepted"
        );
        press(&mut app, KeyCode::Char('t'));
        type_text(&mut app, "2h");
        assert_eq!(
            press(&mut app, KeyCode::Enter),
            Some(Effect::SetExpiry("a".into(), Expiry::Ttl(7200)))
        );
    }

    #[test]
    fn expiries_parse_from_words_durations_and_times() {
        assert_eq!(parse_expiry("never", 1000), Ok(Expiry::Never));
        assert_eq!(parse_expiry("", 1000), Ok(Expiry::Never));
        assert_eq!(parse_expiry("90", 1000), Ok(Expiry::Ttl(90)));
        assert_eq!(parse_expiry("7d", 1000), Ok(Expiry::Ttl(604_800)));
        assert_eq!(
            parse_expiry("4102444800", 1000),
            Ok(Expiry::At(4_102_444_800))
        );
        assert!(parse_expiry("10", 1000).is_err(), "below the 60 s minimum");
        assert!(parse_expiry("soon", 1000).is_err());
    }

    #[test]
    fn the_mouse_wheel_moves_the_cursor() {
        let mut app = app_with_keys(&["a", "b", "c", "d", "e"]);
        let wheel = |kind| MouseEvent {
            kind,
            column: 0,
            row: 0,
            modifiers: KeyModifiers::NONE,
        };
        handle_mouse(&mut app, wheel(MouseEventKind::ScrollDown));
        assert_eq!(app.key_cursor, 3);
        handle_mouse(&mut app, wheel(MouseEventKind::ScrollUp));
        assert_eq!(app.key_cursor, 0);
    }
}
