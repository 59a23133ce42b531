//! Property tests of the parsers that read untrusted bytes: bulk files (a JSON array or NDJSON)
//! and wrangler configs. For any input they must return (an error is fine) without panicking,
//! and without allocating much more than the input; the bulk reader must hand back exactly the
//! items a generated file holds, and a file it accepts must come back unchanged through the real
//! binary's `bulk put` and `bulk export`. Case counts keep each test to a few seconds.

use crate::support;

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::BTreeMap;
use std::io::Cursor;

use base64::Engine as _;
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use serde_json::{json, Value};

use wkv::bulk::{self, BulkInput, InputFormat};
use wkv::config::{self, ConfigSource};
use wkv::error::{ErrorKind, WkvError};
use wkv::kv::{Expiry, PutItem};

// ---- Memory: the allocator counts what each thread holds, so a test can see its own peak while
// other tests run on other threads.

struct CountingAllocator;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(change: isize) {
    // `try_with`: a thread being torn down may still free memory.
    let _ = LIVE.try_with(|live| {
        let now = live.get() + change;
        live.set(now);
        let _ = PEAK.try_with(|peak| {
            if now > peak.get() {
                peak.set(now);
            }
        });
    });
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let pointer = System.alloc(layout);
        if !pointer.is_null() {
            track(layout.size() as isize);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        System.dealloc(pointer, layout);
        track(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let moved = System.realloc(pointer, layout, new_size);
        if !moved.is_null() {
            track(new_size as isize - layout.size() as isize);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Runs `f` and returns its result and the most memory this thread held above what it held
/// before.
fn peak_memory<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let start = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(start));
    let result = f();
    let peak = PEAK.with(Cell::get);
    (result, (peak - start).max(0) as usize)
}

/// What any parse of a small input may hold: the 256 KiB read buffer, a temporary file's
/// handle, the item being read and a report, with room to spare.
const SMALL_INPUT_MEMORY: usize = 2 * 1024 * 1024;

// ---- Bulk files.

const NOW: i64 = 1_700_000_000;

fn spooled(bytes: Vec<u8>, format: InputFormat) -> BulkInput {
    BulkInput::spool("fuzz.json", Cursor::new(bytes), format).unwrap()
}

/// Every reader over `bytes`, in both formats; returns whether any accepted the file as put items.
fn read_every_way(bytes: &[u8]) -> bool {
    let mut accepted = false;
    for format in [InputFormat::Json, InputFormat::Ndjson] {
        if let Ok(report) = bulk::validate_put_items(&spooled(bytes.to_vec(), format), NOW) {
            accepted |= report.is_valid();
            let mut count = 0;
            let read = bulk::read_put_items(&spooled(bytes.to_vec(), format), |_, _| {
                count += 1;
                Ok(())
            });
            // A file that validates reads back item for item.
            if report.is_valid() {
                assert!(read.is_ok(), "{read:?}");
                assert_eq!(count, report.items);
            }
        }
        if let Ok(report) = bulk::validate_key_items(&spooled(bytes.to_vec(), format)) {
            let mut count = 0;
            let read = bulk::read_key_items(&spooled(bytes.to_vec(), format), |_, _| {
                count += 1;
                Ok(())
            });
            if report.is_valid() {
                assert!(read.is_ok(), "{read:?}");
                assert_eq!(count, report.items);
            }
        }
    }
    accepted
}

/// Bytes that look like bulk files: JSON punctuation, item properties, strings, numbers,
/// whitespace and a few raw bytes, so the fuzzing reaches past the first character.
fn jsonish_bytes() -> impl Strategy<Value = Vec<u8>> {
    const TOKENS: &[&[u8]] = &[
        b"[",
        b"]",
        b"{",
        b"}",
        b",",
        b":",
        b"\n",
        b" ",
        b"\"",
        b"\\",
        b"\"key\":",
        b"\"value\":",
        b"\"name\":",
        b"\"expiration\":",
        b"\"expiration_ttl\":",
        b"\"metadata\":",
        b"\"base64\":true",
        b"\"k\"",
        b"\"\\u00e9\\ud83d\\ude00\"",
        b"1e999",
        b"-0.5e-3",
        b"4102444800",
        b"null",
        b"true",
        b"\xEF\xBB\xBF",
    ];
    tokens_or_bytes(TOKENS)
}

/// Up to 200 pieces, each one of `tokens` or a single arbitrary byte. (Indices into a table:
/// much cheaper to generate than a union of strategies.)
fn tokens_or_bytes(tokens: &'static [&'static [u8]]) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0..tokens.len() + 256, 0..200).prop_map(move |picks| {
        let mut bytes = Vec::new();
        for pick in picks {
            match tokens.get(pick) {
                Some(token) => bytes.extend_from_slice(token),
                None => bytes.push((pick - tokens.len()) as u8),
            }
        }
        bytes
    })
}

/// A valid item's parts: (key, value bytes, expiration, metadata).
type ItemParts = (String, Vec<u8>, Option<i64>, Option<Value>);

fn key_name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9:/_.-]{1,40}",
        any::<String>(),
        // Names that look like trouble: dots, slashes, escapes, controls.
        Just("../etc/passwd".to_string()),
        Just("a\u{1b}[31m\u{7}".to_string()),
        Just("...".to_string()),
    ]
    .prop_filter("a valid key name", |key| {
        !key.is_empty() && key.len() <= 512 && key != "." && key != ".."
    })
}

fn metadata_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::sample::select(vec![0.5, -2.25, 1e21, 1.5e-7, 1e-6, 123.456, 1e300])
            .prop_map(|f: f64| json!(f)),
        any::<String>().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
    .prop_filter("at most 1024 bytes", |value| {
        value.to_string().len() <= 1024
    })
}

fn item_parts() -> impl Strategy<Value = ItemParts> {
    (
        key_name(),
        prop_oneof![
            any::<String>().prop_map(String::into_bytes),
            prop::collection::vec(any::<u8>(), 0..300),
        ],
        prop::option::of(4_102_444_800i64..4_200_000_000),
        // `"metadata": null` means no metadata, and is exported as none.
        prop::option::of(metadata_value().prop_filter("not null", |m| !m.is_null())),
    )
}

/// A bulk-put item as a user might write it: base64 only when the value is not UTF-8.
fn item_json((key, value, expiration, metadata): &ItemParts) -> Value {
    let mut item = serde_json::Map::new();
    item.insert("key".into(), json!(key));
    match std::str::from_utf8(value) {
        Ok(text) => {
            item.insert("value".into(), json!(text));
        }
        Err(_) => {
            let encoded = base64::engine::general_purpose::STANDARD.encode(value);
            item.insert("value".into(), json!(encoded));
            item.insert("base64".into(), json!(true));
        }
    }
    if let Some(expiration) = expiration {
        item.insert("expiration".into(), json!(expiration));
    }
    if let Some(metadata) = metadata {
        item.insert("metadata".into(), metadata.clone());
    }
    Value::Object(item)
}

/// The file text in one of three layouts.
fn file_text(items: &[Value], layout: u8) -> (Vec<u8>, InputFormat) {
    match layout % 3 {
        0 => (
            serde_json::to_vec(&Value::from(items.to_vec())).unwrap(),
            InputFormat::Json,
        ),
        1 => (
            serde_json::to_vec_pretty(&Value::from(items.to_vec())).unwrap(),
            InputFormat::Json,
        ),
        _ => {
            let mut text = Vec::new();
            for item in items {
                text.extend(serde_json::to_vec(item).unwrap());
                text.extend(b"\r\n\n");
            }
            (text, InputFormat::Ndjson)
        }
    }
}

#[test]
fn the_memory_counter_sees_what_a_parse_holds() {
    // Each pass reads through a 256 KiB buffer; a counter that missed it would prove nothing.
    let (_, peak) = peak_memory(|| read_every_way(b"[]"));
    assert!(peak >= 256 * 1024, "{peak} bytes");
    let (_, peak) = peak_memory(|| vec![0u8; 3 * SMALL_INPUT_MEMORY]);
    assert!(peak >= 3 * SMALL_INPUT_MEMORY, "{peak} bytes");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 800, ..ProptestConfig::default() })]

    #[test]
    fn bulk_readers_survive_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let (_, peak) = peak_memory(|| read_every_way(&bytes));
        prop_assert!(peak < SMALL_INPUT_MEMORY, "{peak} bytes");
    }

    #[test]
    fn bulk_readers_survive_jsonish_bytes(bytes in jsonish_bytes()) {
        let (_, peak) = peak_memory(|| read_every_way(&bytes));
        prop_assert!(peak < SMALL_INPUT_MEMORY, "{peak} bytes");
    }

    #[test]
    fn bulk_readers_survive_damaged_valid_files(
        items in prop::collection::vec(item_parts(), 1..6),
        layout in any::<u8>(),
        damage in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4),
    ) {
        let items: Vec<Value> = items.iter().map(item_json).collect();
        let (mut bytes, _) = file_text(&items, layout);
        for (at, byte, how) in damage {
            if bytes.is_empty() {
                break;
            }
            let at = at.index(bytes.len());
            match how {
                0 => bytes[at] = byte,
                1 => { bytes.remove(at); }
                _ => bytes.insert(at, byte),
            }
        }
        let (_, peak) = peak_memory(|| read_every_way(&bytes));
        prop_assert!(peak < SMALL_INPUT_MEMORY, "{peak} bytes");
    }

    #[test]
    fn generated_files_read_back_item_for_item(
        parts in prop::collection::vec(item_parts(), 0..8),
        layout in any::<u8>(),
    ) {
        let items: Vec<Value> = parts.iter().map(item_json).collect();
        let (bytes, format) = file_text(&items, layout);
        let report = bulk::validate_put_items(&spooled(bytes.clone(), format), NOW).unwrap();
        prop_assert!(report.is_valid(), "{:?}", report.errors);
        prop_assert_eq!(report.items, parts.len());
        let mut read = Vec::new();
        bulk::read_put_items(&spooled(bytes, format), |_, item| {
            read.push(item);
            Ok(())
        })
        .unwrap();
        let expected: Vec<PutItem> = parts
            .iter()
            .map(|(key, value, expiration, metadata)| PutItem {
                key: key.clone(),
                value: value.clone(),
                expiry: Expiry::from_parts(*expiration, None),
                metadata: metadata.clone(),
            })
            .collect();
        prop_assert_eq!(read, expected);
    }
}

// ---- Wrangler configs.

fn load_text(text: &[u8], name: &str) -> anyhow::Result<Option<config::Config>> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    config::load(&ConfigSource {
        config: None,
        cwd: Some(dir.path().to_path_buf()),
        env: None,
    })
}

fn load_every_way(text: &[u8]) {
    for name in ["wrangler.json", "wrangler.jsonc", "wrangler.toml"] {
        // Any outcome but a panic (or a crash) is fine; errors must be usage errors (exit 2).
        if let Err(error) = load_text(text, name) {
            let kind = error.downcast_ref::<WkvError>().map(|e| e.kind);
            assert_eq!(kind, Some(ErrorKind::Usage), "{name}: {error:#}");
        }
    }
}

fn configish_bytes() -> impl Strategy<Value = Vec<u8>> {
    const TOKENS: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b"[[",
        b"]]",
        b",",
        b":",
        b"=",
        b".",
        b"\n",
        b"//",
        b"/*",
        b"*/",
        b"#",
        b"\"",
        b"'''",
        b"\"\"\"",
        b"\"kv_namespaces\"",
        b"kv_namespaces",
        b"\"binding\"",
        b"\"env\"",
        b"env.staging",
        b"\"id\"",
        b"\"x\"",
        b"12",
        b"true",
    ];
    tokens_or_bytes(TOKENS)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    #[test]
    fn config_parsers_survive_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..1024)) {
        let (_, peak) = peak_memory(|| load_every_way(&bytes));
        prop_assert!(peak < SMALL_INPUT_MEMORY, "{peak} bytes");
    }

    #[test]
    fn config_parsers_survive_configish_bytes(bytes in configish_bytes()) {
        let (_, peak) = peak_memory(|| load_every_way(&bytes));
        prop_assert!(peak < SMALL_INPUT_MEMORY, "{peak} bytes");
    }

    /// Random nesting of arrays and objects, with strings and comments holding brackets:
    /// accepted up to the limit, refused past it, never a stack overflow.
    #[test]
    fn config_nesting_is_bounded(
        opens in prop::collection::vec(prop_oneof![Just("["), Just("{\"a\":"), Just("/*[[*/[")], 1..400),
    ) {
        // The outer object, then one level per opening.
        let depth = opens.len() + 1;
        let mut text = String::from("{\"name\": \"w\", \"x\": ");
        for open in &opens {
            text.push_str(open);
        }
        text.push_str("\"]}\"");
        for open in opens.iter().rev() {
            text.push(if open.starts_with('{') { '}' } else { ']' });
        }
        text.push('}');
        let loaded = load_text(text.as_bytes(), "wrangler.jsonc");
        if depth <= config::MAX_CONFIG_DEPTH {
            prop_assert!(loaded.is_ok(), "{depth}: {:?}", loaded.err());
        } else {
            let error = loaded.unwrap_err();
            prop_assert!(error.to_string().contains("levels deep"), "{error}");
        }
    }
}

// ---- Round trip through the real binary: what `bulk put` accepts, `bulk export` gives back.

/// The exported items by key, with numbers compared as JavaScript compares them (the export
/// writes `2.0` as `2`).
fn by_key(items: &[Value]) -> BTreeMap<String, Value> {
    fn numbers_as_doubles(value: &Value) -> Value {
        match value {
            Value::Number(number) => json!(number.as_f64().unwrap()),
            Value::Array(items) => {
                Value::from(items.iter().map(numbers_as_doubles).collect::<Vec<_>>())
            }
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(name, value)| (name.clone(), numbers_as_doubles(value)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    items
        .iter()
        .map(|item| {
            let mut item = numbers_as_doubles(item);
            // Text stays text; only values that are not UTF-8 are base64, both ways.
            if item["base64"] == json!(false) {
                item.as_object_mut().unwrap().remove("base64");
            }
            (item["key"].as_str().unwrap().to_string(), item)
        })
        .collect()
}

proptest! {
    // Each case runs the binary twice; a handful of files is enough next to the in-process
    // tests above.
    #![proptest_config(ProptestConfig { cases: 8, ..ProptestConfig::default() })]

    #[test]
    fn an_accepted_file_round_trips_through_bulk_export(
        parts in prop::collection::vec(item_parts(), 1..25),
        layout in any::<u8>(),
    ) {
        // The last of several items with one key wins, as it does in the store.
        let mut unique = BTreeMap::new();
        for part in parts {
            unique.insert(part.0.clone(), part);
        }
        let items: Vec<Value> = unique.values().map(item_json).collect();
        let (bytes, format) = file_text(&items, layout);
        let sandbox = support::Sandbox::new();
        let name = if format == InputFormat::Ndjson { "items.ndjson" } else { "items.json" };
        sandbox.write(name, &bytes);
        let at = ["--namespace-id", "fuzz", "--persist-to", "state"];
        let mut put = vec!["bulk", "put", name];
        put.extend(at);
        sandbox.run(&put).success();
        let mut export = vec!["bulk", "export"];
        export.extend(at);
        let exported = sandbox.run(&export);
        let exported = exported.success().json();
        let exported = exported.as_array().unwrap();
        prop_assert_eq!(by_key(exported), by_key(&items));
    }
}
