//! Rendering tests: the real fixture state (written by wrangler) is read through `LocalStore`
//! into the browser's state, drawn on ratatui's test backend, and the screen's text checked.

use std::path::{Path, PathBuf};

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;

use super::app::{App, Detail, LoadedValue};
use super::detail::{format_value, DISPLAY_LIMIT};
use super::{input, view};
use crate::config::{self, ConfigSource};
use crate::kv::KvStore;
use crate::local::LocalStore;
use crate::session::namespace_entries;

const CACHE_ID: &str = "5f4e3d2c1b0a49588776655443322110";
/// A fixed "now" (2026-01-01), so that relative expiries are the same on every run.
const NOW: i64 = 1_767_225_600;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    kv_root: PathBuf,
    app: App,
    store: LocalStore,
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

/// The browser's state over a copy of the fixture, with CACHE open and listed.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wrangler-local-state");
    copy_dir(&source, dir.path());
    let config = config::load(&ConfigSource {
        config: None,
        cwd: Some(dir.path().to_path_buf()),
        env: None,
    })
    .unwrap();
    let kv_root = dir.path().join(".wrangler/state/v3/kv");
    let rt = runtime();
    let entries = rt
        .block_on(namespace_entries(config.as_ref(), None, &kv_root))
        .unwrap();
    let mut app = App::new("local fixture".into(), entries, false);
    app.now = NOW;
    let store = LocalStore::open_existing(&kv_root, CACHE_ID)
        .unwrap()
        .unwrap();
    app.open_namespace(0);
    let page = rt.block_on(store.list_page(None, 1000, None)).unwrap();
    let generation = app.generation;
    app.add_page(generation, page.keys, true);
    let mut fixture = Fixture {
        _dir: dir,
        kv_root,
        app,
        store,
    };
    let first = fixture.app.cursor_key().unwrap();
    fixture.load(&first);
    fixture
}

impl Fixture {
    /// Loads a value the way the loader does and hands it to the state.
    fn load(&mut self, name: &str) {
        let mut value = runtime().block_on(self.store.get(name)).unwrap().unwrap();
        let size = value.bytes.len() as u64;
        value.bytes.truncate(DISPLAY_LIMIT);
        self.app.detail = Detail::Loading(name.to_string());
        let loaded = LoadedValue {
            name: name.to_string(),
            size,
            expiration: value.expiration,
            metadata: value.metadata,
            formatted: format_value(&value.bytes, size, false),
        };
        self.app.value_loaded(name, Some(loaded));
    }

    fn select(&mut self, name: &str) {
        let index = self.app.keys.position(name).unwrap();
        self.app.set_key_cursor(index);
        self.load(name);
    }

    fn press(&mut self, code: KeyCode) {
        input::handle_key(&mut self.app, KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn screen(&mut self, width: u16, height: u16) -> String {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| view::render(frame, &mut self.app))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let mut text = String::new();
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                text.push_str(buffer[(x, y)].symbol());
            }
            text.push('\n');
        }
        text
    }
}

#[test]
fn namespaces_pane_lists_the_config_bindings() {
    let mut fixture = fixture();
    assert!(fixture.kv_root.is_dir());
    let screen = fixture.screen(80, 24);
    assert!(screen.contains("Namespaces (2)"), "{screen}");
    assert!(screen.contains("●CACHE"), "{screen}");
    assert!(screen.contains(" SESSIONS"), "{screen}");
    assert!(
        screen.contains("wkv browse │ local fixture │ CACHE"),
        "{screen}"
    );
}

#[test]
fn key_table_shows_names_expiries_and_metadata() {
    let mut fixture = fixture();
    let screen = fixture.screen(80, 24);
    assert!(screen.contains("Keys · 8 "), "{screen}");
    for name in [
        "binary:png",
        "config:theme",
        "empty",
        "user:1",
        "user:2",
        "session:abc",
    ] {
        assert!(screen.contains(name), "{name} missing:\n{screen}");
    }
    // session:abc expires at 2147480000, about 12 years after NOW.
    assert!(screen.contains("in 4401d"), "{screen}");
    assert!(screen.contains("{\"createdAt\""), "{screen}");
}

#[test]
fn json_detail_is_pretty_printed() {
    let mut fixture = fixture();
    fixture.select("user:2");
    let screen = fixture.screen(120, 30);
    assert!(screen.contains("user:2 · JSON · 45 B"), "{screen}");
    assert!(screen.contains("\"name\": \"Jane\","), "{screen}");
    assert!(
        screen.contains("\"email\": \"jane@example.com\""),
        "{screen}"
    );
    assert!(
        screen.contains("metadata {\"tags\":[\"premium\",\"verified\"],\"version\":\"1.0\"}"),
        "{screen}"
    );
    assert!(screen.contains("expires  never"), "{screen}");
}

#[test]
fn binary_detail_is_a_hex_dump() {
    let mut fixture = fixture();
    fixture.select("binary:png");
    let screen = fixture.screen(120, 40);
    assert!(screen.contains("binary:png · binary · 256 B"), "{screen}");
    assert!(
        screen.contains(
            "00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|"
        ),
        "{screen}"
    );
    assert!(
        screen.contains(
            "00000040  40 41 42 43 44 45 46 47  48 49 4a 4b 4c 4d 4e 4f  |@ABCDEFGHIJKLMNO|"
        ),
        "{screen}"
    );
}

#[test]
fn the_filter_narrows_the_table() {
    let mut fixture = fixture();
    fixture.press(KeyCode::Char('/'));
    for c in "user*".chars() {
        fixture.press(KeyCode::Char(c));
    }
    let typing = fixture.screen(80, 24);
    assert!(
        typing.contains("filter (text, glob * ?, ~regex; Ctrl-U clears): user*"),
        "{typing}"
    );
    fixture.press(KeyCode::Enter);
    let screen = fixture.screen(80, 24);
    assert!(screen.contains("/user* 2 of 8"), "{screen}");
    assert!(
        screen.contains("user:1") && screen.contains("user:2"),
        "{screen}"
    );
    assert!(!screen.contains("config:theme"), "{screen}");
    assert!(!screen.contains("binary:png"), "{screen}");
}

#[test]
fn the_delete_confirmation_names_the_keys() {
    let mut fixture = fixture();
    fixture.press(KeyCode::Char(' '));
    fixture.press(KeyCode::Char(' '));
    fixture.press(KeyCode::Char('d'));
    let screen = fixture.screen(80, 24);
    assert!(screen.contains("Confirm"), "{screen}");
    assert!(
        screen.contains("Delete `binary:png` and `config:theme` (2 keys) from CACHE?"),
        "{screen}"
    );
    assert!(screen.contains("2 selected"), "{screen}");
}

#[test]
fn help_lists_the_bindings() {
    let mut fixture = fixture();
    fixture.press(KeyCode::Char('?'));
    let screen = fixture.screen(80, 24);
    assert!(screen.contains("Key bindings"), "{screen}");
    assert!(
        screen.contains("edit the value in $VISUAL/$EDITOR"),
        "{screen}"
    );
    fixture.press(KeyCode::Char('x'));
    assert!(!fixture.screen(80, 24).contains("Key bindings"));
}

#[test]
fn a_small_terminal_still_draws() {
    let mut fixture = fixture();
    for (width, height) in [(80, 24), (40, 10), (20, 5)] {
        let screen = fixture.screen(width, height);
        assert!(screen.contains("wkv"), "{width}x{height}:\n{screen}");
    }
}
