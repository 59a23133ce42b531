//! Drawing the browser: a title bar, the namespaces pane, the key table, the detail pane and a
//! status line; dialogs (prompt, confirmation, help) on top. Only the rows on screen are built,
//! whatever the number of keys loaded. Colour only when `App::color` (NO_COLOR unset).

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, List, ListItem, ListState, Paragraph, Row, Table, TableState, Wrap,
};
use ratatui::Frame;

use super::app::{App, Detail, Focus, Mode, Prompt};
use super::detail::relative_expiry;
use super::input::BINDINGS;
use crate::output::{format_unix_seconds, human_bytes};

pub fn render(frame: &mut Frame, app: &mut App) {
    let area = frame.area();
    let rows = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .split(area);
    title_bar(frame, app, rows[0]);
    // Wide: namespaces | keys | detail. Otherwise the detail pane takes the full width under
    // the other two, so that a hex dump line (78 columns) fits an 80-column terminal.
    let side = (area.width / 4).clamp(16, 30);
    if area.width >= 160 {
        let columns = Layout::horizontal([
            Constraint::Length(side),
            Constraint::Min(20),
            Constraint::Length(82),
        ])
        .split(rows[1]);
        namespaces_pane(frame, app, columns[0]);
        keys_pane(frame, app, columns[1]);
        detail_pane(frame, app, columns[2]);
    } else {
        let halves = Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)])
            .split(rows[1]);
        let top =
            Layout::horizontal([Constraint::Length(side), Constraint::Min(20)]).split(halves[0]);
        namespaces_pane(frame, app, top[0]);
        keys_pane(frame, app, top[1]);
        detail_pane(frame, app, halves[1]);
    }
    status_line(frame, app, rows[2]);
    match &app.mode {
        Mode::Help => help(frame, app, area),
        Mode::Confirm { text, .. } => dialog(frame, app, area, "Confirm", text),
        _ => {}
    }
}

fn accent(app: &App) -> Style {
    if app.color {
        Style::default().fg(Color::Cyan)
    } else {
        Style::default()
    }
}

fn pane(app: &App, title: String, focus: Focus) -> Block<'static> {
    let focused = app.focus == focus;
    let border = if focused {
        accent(app).add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(Span::styled(title, border))
}

fn cursor_style() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

fn title_bar(frame: &mut Frame, app: &App, area: Rect) {
    let mut spans = vec![
        Span::styled(" wkv browse ", accent(app).add_modifier(Modifier::BOLD)),
        Span::raw(format!("│ {} ", app.place)),
    ];
    if let Some(namespace) = app.current_namespace() {
        spans.push(Span::raw(format!("│ {} ", namespace.label)));
    }
    spans.push(Span::raw("│ ? help"));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn namespaces_pane(frame: &mut Frame, app: &App, area: Rect) {
    let items: Vec<ListItem> = app
        .namespaces
        .iter()
        .enumerate()
        .map(|(i, namespace)| {
            let mark = if app.current == Some(i) { "●" } else { " " };
            let mut spans = vec![Span::raw(format!("{mark}{}", printable(&namespace.label)))];
            if namespace.note.contains("preview") {
                spans.push(Span::raw(" (preview)"));
            }
            ListItem::new(Line::from(spans))
        })
        .collect();
    let title = format!(" Namespaces ({}) ", app.namespaces.len());
    let mut list = List::new(items).block(pane(app, title, Focus::Namespaces));
    if app.focus == Focus::Namespaces {
        list = list.highlight_style(cursor_style());
    }
    let mut state = ListState::default().with_selected(Some(app.namespace_cursor));
    if app.namespaces.is_empty() {
        let empty = Paragraph::new("(no namespaces: pass --binding or --namespace-id)")
            .wrap(Wrap { trim: true })
            .block(pane(app, " Namespaces ".into(), Focus::Namespaces));
        frame.render_widget(empty, area);
        return;
    }
    frame.render_stateful_widget(list, area, &mut state);
}

fn keys_title(app: &App) -> String {
    let mut title = String::from(" Keys");
    if app.current.is_none() {
        return " Keys ".into();
    }
    if !app.prefix.is_empty() {
        title.push_str(&format!(" · prefix {}", app.prefix));
    }
    if app.keys.pattern().is_some() {
        title.push_str(&format!(
            " · /{} {} of {}",
            app.filter,
            app.keys.len(),
            app.keys.live()
        ));
    } else {
        title.push_str(&format!(" · {}", app.keys.live()));
    }
    if app.loading {
        title.push_str(" · loading…");
    }
    if !app.selected.is_empty() {
        title.push_str(&format!(" · {} selected", app.selected.len()));
        match app.hidden_selected() {
            0 => {}
            hidden => title.push_str(&format!(" ({hidden} hidden)")),
        }
    }
    title.push(' ');
    title
}

fn keys_pane(frame: &mut Frame, app: &mut App, area: Rect) {
    let block = pane(app, keys_title(app), Focus::Keys);
    let inner_rows = area.height.saturating_sub(3) as usize; // borders and the header
    app.key_page = inner_rows.max(1);
    if app.current.is_none() {
        let hint = Paragraph::new("Choose a namespace on the left and press Enter.").block(block);
        frame.render_widget(hint, area);
        return;
    }
    if app.keys.is_empty() {
        let text = if app.loading {
            "loading…"
        } else if app.keys.pattern().is_some() {
            "(no key matches the filter)"
        } else {
            "(no keys)"
        };
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    }
    // Keep the cursor on screen; build rows for the visible window only.
    if app.key_cursor < app.key_offset {
        app.key_offset = app.key_cursor;
    } else if app.key_cursor >= app.key_offset + inner_rows {
        app.key_offset = app.key_cursor + 1 - inner_rows.max(1);
    }
    let end = (app.key_offset + inner_rows).min(app.keys.len());
    let rows: Vec<Row> = (app.key_offset..end)
        .filter_map(|i| app.keys.get(i))
        .map(|row| {
            let mark = if app.selected.contains(row.name) {
                "✓"
            } else {
                " "
            };
            let expires = row
                .expiration
                .map(|at| relative_expiry(at, app.now))
                .unwrap_or_default();
            let size = app
                .sizes
                .get(row.name)
                .map(|&s| human_bytes(s))
                .unwrap_or_default();
            Row::new(vec![
                mark.to_string(),
                printable(row.name),
                expires,
                size,
                row.metadata.unwrap_or_default().to_string(),
            ])
        })
        .collect();
    let header = Row::new(vec!["", "name", "expires", "size", "metadata"])
        .style(Style::default().add_modifier(Modifier::BOLD));
    let table = Table::new(
        rows,
        [
            Constraint::Length(1),
            Constraint::Min(12),
            Constraint::Length(11),
            Constraint::Length(9),
            Constraint::Percentage(25),
        ],
    )
    .header(header)
    .block(block)
    .highlight_symbol("▸")
    .row_highlight_style(if app.focus == Focus::Keys {
        cursor_style()
    } else {
        Style::default().add_modifier(Modifier::UNDERLINED)
    });
    let mut state = TableState::default().with_selected(Some(app.key_cursor - app.key_offset));
    frame.render_stateful_widget(table, area, &mut state);
}

/// Key names may hold control characters; they reach the screen escaped, as everywhere else
/// wkv shows a name to a person.
fn printable(text: &str) -> String {
    crate::output::shown(text).into_owned()
}

fn detail_pane(frame: &mut Frame, app: &App, area: Rect) {
    let (title, lines) = match &app.detail {
        Detail::Empty => (" Value ".to_string(), vec![]),
        Detail::Loading(name) => (
            format!(" {} ", printable(name)),
            vec![Line::from("loading…")],
        ),
        Detail::Missing(name) => (
            format!(" {} ", printable(name)),
            vec![Line::from("(this key no longer exists: press r to reload)")],
        ),
        Detail::Loaded(value) => {
            let title = format!(
                " {} · {} · {} ",
                printable(&value.name),
                value.formatted.kind,
                human_bytes(value.size)
            );
            let expires = match value.expiration {
                Some(at) => format!(
                    "expires  {} ({})",
                    format_unix_seconds(at),
                    relative_expiry(at, app.now)
                ),
                None => "expires  never".to_string(),
            };
            let metadata = match &value.metadata {
                Some(json) => format!("metadata {json}"),
                None => "metadata none".to_string(),
            };
            let label = Style::default().add_modifier(Modifier::DIM);
            let mut lines = vec![
                Line::from(Span::styled(expires, label)),
                Line::from(Span::styled(metadata, label)),
                Line::from(""),
            ];
            lines.extend(value.formatted.lines.iter().cloned());
            (title, lines)
        }
    };
    let paragraph = Paragraph::new(lines)
        .block(pane(app, title, Focus::Detail))
        .scroll((app.detail_scroll, 0));
    frame.render_widget(paragraph, area);
}

fn status_line(frame: &mut Frame, app: &App, area: Rect) {
    let line = match &app.mode {
        Mode::Input { prompt, line } => {
            let label = match prompt {
                Prompt::Filter => "filter (text, glob * ?, ~regex; Ctrl-U clears)".to_string(),
                Prompt::SearchValues => format!(
                    "search the values of the {} shown for",
                    crate::output::count_of(app.keys.len() as u64, "key", "keys")
                ),
                Prompt::Prefix => "prefix".to_string(),
                Prompt::NewKey => "new key name".to_string(),
                Prompt::Expiry(name) => {
                    format!("expiry of {name} (never, 3600, 30m, 12h, 7d or a Unix time)")
                }
                Prompt::ExportPath(names) => format!(
                    "export {} to file",
                    crate::output::count_of(names.len() as u64, "key", "keys")
                ),
            };
            // The cursor is the character under it in reverse video, or a block at the end.
            let (before, after) = line.split();
            let mut rest = after.chars();
            let under = rest.next().map_or("█".to_string(), |c| printable(&c.to_string()));
            Line::from(vec![
                Span::raw(printable(&format!("{label}: {before}"))),
                Span::styled(under, Style::default().add_modifier(Modifier::REVERSED)),
                Span::raw(printable(rest.as_str())),
            ])
        }
        _ => match &app.status {
            Some(status) if status.error => {
                let style = if app.color {
                    Style::default().fg(Color::Red)
                } else {
                    Style::default().add_modifier(Modifier::BOLD)
                };
                Line::from(Span::styled(format!("error: {}", printable(&status.text)), style))
            }
            Some(status) => Line::from(printable(&status.text)),
            None => Line::from(Span::styled(
                "Enter open · / filter · space select · e edit · n new · d delete · x export · ? help",
                Style::default().add_modifier(Modifier::DIM),
            )),
        },
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

fn dialog(frame: &mut Frame, app: &App, area: Rect, title: &str, text: &str) {
    // Tall enough for the wrapped text (a question may name several keys), plus the border.
    const WIDTH: u16 = 64;
    let per_line = usize::from(WIDTH - 4).max(1);
    let lines = text.chars().count().div_ceil(per_line) + 1;
    let rect = centered(area, WIDTH, (lines as u16).saturating_add(2).max(5));
    frame.render_widget(Clear, rect);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(accent(app))
        .title(format!(" {title} "));
    frame.render_widget(
        Paragraph::new(text.to_string())
            .wrap(Wrap { trim: true })
            .block(block),
        rect,
    );
}

fn help(frame: &mut Frame, app: &App, area: Rect) {
    let rect = centered(area, 62, BINDINGS.len() as u16 + 3);
    frame.render_widget(Clear, rect);
    let lines: Vec<Line> = BINDINGS
        .iter()
        .map(|(keys, what)| Line::from(format!(" {keys:<16} {what}")))
        .chain(std::iter::once(Line::from(" any key closes this help")))
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(accent(app))
        .title(" Key bindings ");
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
