//! The browser's state and what happens to it: which namespace and key are under the cursor,
//! the keys loaded so far, the filter, the selection, the value on the detail pane, the dialog
//! that is open and the status line. Pure state: effects that need the store, the terminal or
//! an editor are returned as `Effect`s for the event loop (`mod.rs`) to carry out.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value as Json;

use super::detail::FormattedValue;
use super::line_edit::LineInput;
use super::table::KeyTable;
use crate::kv::{Expiry, KeyInfo, NamePattern};
use crate::session::NamespaceEntry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Namespaces,
    Keys,
    Detail,
}

/// What a one-line text prompt is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    Filter,
    /// Text to look for in the values of the keys shown.
    SearchValues,
    Prefix,
    NewKey,
    Expiry(String),
    ExportPath(Vec<String>),
}

/// A yes/no question; `y` goes ahead.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    Delete(Vec<String>),
    /// The key changed in the store since it was read for editing: write anyway?
    Overwrite(crate::kv::PutItem),
    /// The export file exists: replace it?
    ReplaceFile {
        names: Vec<String>,
        path: String,
    },
    /// The editor left the new key's value empty: create it empty?
    CreateEmpty(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Normal,
    Help,
    Input { prompt: Prompt, line: LineInput },
    Confirm { question: Question, text: String },
}

/// Work for the event loop.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Open the namespace at this index of `namespaces` and list its keys.
    OpenNamespace(usize),
    /// List the current namespace again from the start (new prefix, reload, after writes).
    Reload,
    LoadValue(String),
    EditValue(String),
    /// Read the values of these keys (the rows shown) and select those holding the text.
    SearchValues {
        names: Vec<String>,
        needle: String,
    },
    EditMetadata(String),
    NewKey(String),
    SetExpiry(String, Expiry),
    Delete(Vec<String>),
    Write(crate::kv::PutItem),
    /// Export these keys to the file; `true`: replacing the file there was agreed to.
    Export(Vec<String>, String, bool),
    /// Create a key that did not exist (refused if it appeared meanwhile).
    Create(crate::kv::PutItem),
    Copy(String),
}

/// The value on the detail pane.
#[derive(Debug, Clone)]
pub enum Detail {
    Empty,
    Loading(String),
    Missing(String),
    Loaded(Box<LoadedValue>),
}

#[derive(Debug, Clone)]
pub struct LoadedValue {
    pub name: String,
    pub size: u64,
    pub expiration: Option<i64>,
    pub metadata: Option<Json>,
    pub formatted: FormattedValue,
}

/// The status while a listing restarts; cleared when it is complete.
pub const RELOADING: &str = "Reloading…";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct App {
    /// `local DIR` or `remote account ID`, for the title bar.
    pub place: String,
    pub namespaces: Vec<NamespaceEntry>,
    pub namespace_cursor: usize,
    /// The namespace whose keys are shown.
    pub current: Option<usize>,
    pub keys: KeyTable,
    pub key_cursor: usize,
    /// The first visible row of the key table (kept by the view).
    pub key_offset: usize,
    /// Rows of keys the last drawn frame had room for (for page up/down).
    pub key_page: usize,
    pub selected: BTreeSet<String>,
    /// Whether the listing is still streaming in.
    pub loading: bool,
    /// Bumped whenever the listing restarts; pages of an older listing are dropped.
    pub generation: u64,
    pub prefix: String,
    pub filter: String,
    pub detail: Detail,
    pub detail_scroll: u16,
    /// Sizes of values read so far, for the key table's size column.
    pub sizes: HashMap<String, u64>,
    pub status: Option<Status>,
    pub mode: Mode,
    pub focus: Focus,
    pub color: bool,
    pub quit: bool,
    /// The current time in Unix seconds, for relative expiries (set by the loop; fixed in tests).
    pub now: i64,
}

impl App {
    pub fn new(place: String, namespaces: Vec<NamespaceEntry>, color: bool) -> App {
        App {
            place,
            namespaces,
            namespace_cursor: 0,
            current: None,
            keys: KeyTable::default(),
            key_cursor: 0,
            key_offset: 0,
            key_page: 10,
            selected: BTreeSet::new(),
            loading: false,
            generation: 0,
            prefix: String::new(),
            filter: String::new(),
            detail: Detail::Empty,
            detail_scroll: 0,
            sizes: HashMap::new(),
            status: None,
            mode: Mode::Normal,
            focus: Focus::Namespaces,
            color,
            quit: false,
            now: crate::kv::limits::now_secs(),
        }
    }

    pub fn current_namespace(&self) -> Option<&NamespaceEntry> {
        self.current.and_then(|i| self.namespaces.get(i))
    }

    /// The name of the key under the cursor.
    pub fn cursor_key(&self) -> Option<String> {
        self.keys
            .get(self.key_cursor)
            .map(|row| row.name.to_string())
    }

    /// The selection, or the key under the cursor when nothing is selected.
    pub fn targets(&self) -> Vec<String> {
        if self.selected.is_empty() {
            self.cursor_key().into_iter().collect()
        } else {
            self.selected.iter().cloned().collect()
        }
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    /// Starts showing a namespace: its listing begins from nothing.
    pub fn open_namespace(&mut self, index: usize) {
        self.current = Some(index);
        self.namespace_cursor = index;
        self.selected.clear();
        self.sizes.clear();
        self.restart_listing();
        self.focus = Focus::Keys;
    }

    /// Forgets the loaded keys before a new listing (the caller starts it).
    pub fn restart_listing(&mut self) {
        self.generation += 1;
        self.keys.clear();
        self.key_cursor = 0;
        self.key_offset = 0;
        self.loading = true;
        self.detail = Detail::Empty;
        self.detail_scroll = 0;
    }

    /// A page of the listing arrived. Returns the value to load when the first row appears
    /// under the cursor.
    pub fn add_page(&mut self, generation: u64, keys: Vec<KeyInfo>, last: bool) -> Option<Effect> {
        if generation != self.generation {
            return None;
        }
        let was_empty = self.keys.is_empty();
        self.keys.push_page(keys);
        if last {
            self.loading = false;
            if self.status.as_ref().is_some_and(|s| s.text == RELOADING) {
                self.status = None;
            }
        }
        if was_empty && !self.keys.is_empty() {
            return self.set_key_cursor(0);
        }
        None
    }

    pub fn listing_failed(&mut self, generation: u64, message: String) {
        if generation == self.generation {
            self.loading = false;
            self.error(message);
        }
    }

    /// Moves the key cursor by `delta` rows (clamped) and asks for the value under it.
    pub fn move_keys(&mut self, delta: isize) -> Option<Effect> {
        if self.keys.is_empty() {
            return None;
        }
        let last = self.keys.len() - 1;
        let target = (self.key_cursor as isize + delta).clamp(0, last as isize) as usize;
        self.set_key_cursor(target)
    }

    pub fn set_key_cursor(&mut self, index: usize) -> Option<Effect> {
        if self.keys.is_empty() {
            return None;
        }
        let index = index.min(self.keys.len() - 1);
        let changed = index != self.key_cursor || matches!(self.detail, Detail::Empty);
        self.key_cursor = index;
        if !changed {
            return None;
        }
        self.detail_scroll = 0;
        let name = self.cursor_key()?;
        self.detail = Detail::Loading(name.clone());
        Some(Effect::LoadValue(name))
    }

    pub fn move_namespaces(&mut self, delta: isize) {
        if self.namespaces.is_empty() {
            return;
        }
        let last = self.namespaces.len() as isize - 1;
        self.namespace_cursor = (self.namespace_cursor as isize + delta).clamp(0, last) as usize;
    }

    /// A value arrived for the detail pane; stale answers (the cursor moved on) are dropped.
    pub fn value_loaded(&mut self, name: &str, value: Option<LoadedValue>) {
        let wanted = match &self.detail {
            Detail::Loading(wanted) => wanted == name,
            Detail::Loaded(loaded) => loaded.name == name,
            Detail::Missing(missing) => missing == name,
            Detail::Empty => false,
        };
        if !wanted {
            return;
        }
        self.detail = match value {
            Some(value) => {
                self.sizes.insert(name.to_string(), value.size);
                Detail::Loaded(Box::new(value))
            }
            None => Detail::Missing(name.to_string()),
        };
    }

    /// Applies the filter text: Ok(effect to load the first match's value). The selection
    /// stays as it is: keys selected and then filtered away remain selected (the key table's
    /// title counts them as hidden, and `d`/`x` name them before acting).
    pub fn apply_filter(&mut self, text: String) -> Option<Effect> {
        match NamePattern::from_filter_text(&text) {
            Ok(pattern) => {
                // Whatever the status said was about the previous filter.
                self.status = None;
                self.filter = text;
                self.keys.set_pattern(pattern);
                self.key_cursor = 0;
                self.key_offset = 0;
                self.detail = Detail::Empty;
                if self.keys.is_empty() {
                    if !self.filter.is_empty() {
                        self.info(format!("no loaded key matches `{}`", self.filter));
                    }
                    return None;
                }
                self.set_key_cursor(0)
            }
            Err(err) => {
                self.error(err.message);
                None
            }
        }
    }

    /// The names of the rows shown (after the filter), in order.
    pub fn shown_names(&self) -> Vec<String> {
        (0..self.keys.len())
            .filter_map(|i| self.keys.get(i).map(|row| row.name.to_string()))
            .collect()
    }

    /// A value search ended: its matches still shown become the selection, and the cursor
    /// goes to the first of them.
    pub fn values_found(
        &mut self,
        generation: u64,
        needle: &str,
        matches: Vec<String>,
        searched: usize,
    ) -> Option<Effect> {
        if generation != self.generation {
            // The listing restarted meanwhile: the rows searched are gone.
            self.info("The key list changed during the search: search again.");
            return None;
        }
        // The matches still shown, in one pass over the rows.
        let wanted: std::collections::HashSet<&str> = matches.iter().map(String::as_str).collect();
        let mut first = None;
        let mut found = BTreeSet::new();
        for index in 0..self.keys.len() {
            if let Some(row) = self.keys.get(index) {
                if wanted.contains(row.name) {
                    first.get_or_insert(index);
                    found.insert(row.name.to_string());
                }
            }
        }
        let scope = format!(
            "the {} searched",
            crate::output::count_of(searched as u64, "value", "values")
        );
        let rest = if searched < self.keys.len() {
            " (only the first keys shown: narrow them with / or p to search the rest)"
        } else {
            ""
        };
        let needle = crate::output::shown(needle);
        let Some(first) = first else {
            self.info(format!("None of {scope} holds `{needle}`{rest}."));
            return None;
        };
        let verb = if found.len() == 1 { "holds" } else { "hold" };
        self.info(format!(
            "{} of {scope} {verb} `{needle}`{rest}: selected (d deletes, x exports, space changes it).",
            found.len()
        ));
        self.selected = found;
        self.focus = Focus::Keys;
        self.set_key_cursor(first)
    }

    /// How many selected keys the filter hides (one pass over the rows shown).
    pub fn hidden_selected(&self) -> usize {
        if self.selected.is_empty() || self.keys.pattern().is_none() {
            return 0;
        }
        let shown = (0..self.keys.len())
            .filter_map(|i| self.keys.get(i))
            .filter(|row| self.selected.contains(row.name))
            .count();
        self.selected.len() - shown
    }

    pub fn toggle_selection(&mut self) {
        if let Some(name) = self.cursor_key() {
            if !self.selected.remove(&name) {
                self.selected.insert(name);
            }
        }
    }

    /// Keys were deleted from the store.
    pub fn keys_deleted(&mut self, names: &[String]) {
        let cursor = self.cursor_key();
        self.keys.remove_names(names);
        // Stay on the same key when it is still there.
        if let Some(index) = cursor.and_then(|name| self.keys.position(&name)) {
            self.key_cursor = index;
        }
        for name in names {
            self.selected.remove(name);
            self.sizes.remove(name);
        }
        if self.key_cursor >= self.keys.len() {
            self.key_cursor = self.keys.len().saturating_sub(1);
        }
        self.detail = Detail::Empty;
    }
}
