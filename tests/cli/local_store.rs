//! The local store against real SQLite files: wrangler's own fixture state read back exactly,
//! the exact rows and files it writes, blob housekeeping, all-or-nothing batches, paging and
//! two writers at once.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::{json, Value as Json};
use wkv::error::{ErrorKind, WkvError};
use wkv::kv::limits::now_secs;
use wkv::kv::{Expiry, KeyInfo, KvStore, PutItem};
use wkv::local::{database_file_name, list_namespace_ids, LocalStore};

const CACHE: &str = "5f4e3d2c1b0a49588776655443322110";
const SESSIONS: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/wrangler-local-state")
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A private copy of the fixture project; returns the temp dir and its KV root.
fn fixture_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_dir(), dir.path());
    let kv_root = dir.path().join(".wrangler/state/v3/kv");
    (dir, kv_root)
}

fn item(key: &str, value: &[u8]) -> PutItem {
    PutItem {
        key: key.into(),
        value: value.to_vec(),
        expiry: Expiry::Never,
        metadata: None,
    }
}

/// Every key, page by page through the store's own cursors (what these tests pin; commands
/// list through `kv::Listing`, which needs a store it can share with its task).
async fn all_keys(store: &LocalStore, prefix: Option<&str>) -> Vec<KeyInfo> {
    let mut keys = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = store
            .list_page(prefix, 1000, cursor.as_deref())
            .await
            .unwrap();
        keys.extend(page.keys);
        match page.cursor {
            Some(next) => cursor = Some(next),
            None => return keys,
        }
    }
}

fn blob_files(store: &LocalStore) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(store.blobs_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

fn rows(store: &LocalStore) -> Vec<(String, String, Option<i64>, Option<String>)> {
    let conn = rusqlite::Connection::open(store.database_path()).unwrap();
    let mut stmt = conn
        .prepare("SELECT key, blob_id, expiration, metadata FROM _mf_entries ORDER BY key")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    rows
}

fn pretty(keys: &[KeyInfo]) -> String {
    serde_json::to_string_pretty(keys).unwrap()
}

#[tokio::test]
async fn reads_every_key_wrangler_wrote() {
    let (dir, kv_root) = fixture_copy();
    let store = LocalStore::open_existing(&kv_root, CACHE)
        .unwrap()
        .expect("CACHE exists");

    let bulk: Vec<Json> =
        serde_json::from_slice(&fs::read(dir.path().join("bulk.json")).unwrap()).unwrap();
    let png = fs::read(dir.path().join("bytes256.bin")).unwrap();
    assert_eq!(png.len(), 256);
    for entry in &bulk {
        let key = entry["key"].as_str().unwrap();
        let expected: Vec<u8> = if key == "binary:png" {
            png.clone()
        } else {
            entry["value"].as_str().unwrap().into()
        };
        let got = store
            .get(key)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{key} missing"));
        assert_eq!(got.bytes, expected, "{key}");
        assert_eq!(got.expiration, entry["expiration"].as_i64(), "{key}");
        assert_eq!(got.metadata, entry.get("metadata").cloned(), "{key}");
        assert_eq!(
            store.get_metadata(key).await.unwrap(),
            Some(entry.get("metadata").cloned())
        );
    }

    let expected = fs::read_to_string(dir.path().join("expected-list-CACHE.json")).unwrap();
    assert_eq!(pretty(&all_keys(&store, None).await), expected.trim_end());
    let expected =
        fs::read_to_string(dir.path().join("expected-list-CACHE-prefix-user.json")).unwrap();
    assert_eq!(
        pretty(&all_keys(&store, Some("user:")).await),
        expected.trim_end()
    );

    let sessions = LocalStore::open_existing(&kv_root, SESSIONS)
        .unwrap()
        .expect("SESSIONS exists");
    let small = fs::read(dir.path().join("small.bin")).unwrap();
    assert_eq!(
        sessions.get("blob:64k").await.unwrap().unwrap().bytes,
        small
    );
    let ttl = sessions.get("session:ttl").await.unwrap().unwrap();
    assert_eq!(ttl.expiration, Some(2_000_000_000));
    assert_eq!(ttl.metadata, Some(json!({"userId": "u1"})));
    let expected = fs::read_to_string(dir.path().join("expected-list-SESSIONS.json")).unwrap();
    assert_eq!(
        pretty(&all_keys(&sessions, None).await),
        expected.trim_end()
    );

    // Planted with an expiration in the past: present on disk, absent to every reader.
    assert_eq!(sessions.get("session:expired").await.unwrap(), None);
    assert_eq!(
        sessions.get_metadata("session:expired").await.unwrap(),
        None
    );
    let batch = sessions
        .get_batch(
            vec!["session:expired".into(), "blob:64k".into(), "nope".into()],
            true,
        )
        .await
        .unwrap();
    assert!(batch[0].is_none() && batch[2].is_none());
    assert_eq!(batch[1].as_ref().unwrap().bytes, small);

    assert_eq!(list_namespace_ids(&kv_root).unwrap(), vec![CACHE, SESSIONS]);
}

#[tokio::test]
async fn writes_rows_and_files_in_miniflares_format() {
    let dir = tempfile::tempdir().unwrap();
    let kv_root = dir.path().join("v3/kv");
    assert!(LocalStore::open_existing(&kv_root, "ns1")
        .unwrap()
        .is_none());
    assert!(!kv_root.exists(), "reading must not create state");

    let store = LocalStore::open(&kv_root, "ns1").unwrap();
    assert_eq!(store.namespace_id(), "ns1");
    assert_eq!(
        store.database_path(),
        kv_root
            .join("miniflare-KVNamespaceObject")
            .join(database_file_name("ns1"))
    );
    let before = now_secs();
    // After 2038: must survive as a 64-bit integer in milliseconds.
    let far = 4_102_444_800;
    store
        .put(PutItem {
            key: "meta".into(),
            value: b"\x00\x01\xfe\xff".to_vec(),
            expiry: Expiry::At(far),
            metadata: Some(json!({"z": 1, "a": ["x", null], "n": {"k": true}})),
        })
        .await
        .unwrap();
    store
        .put(PutItem {
            expiry: Expiry::Ttl(3600),
            ..item("ttl", b"")
        })
        .await
        .unwrap();
    store
        .put(item("plain", "значение".as_bytes()))
        .await
        .unwrap();
    let after = now_secs();

    let rows = rows(&store);
    assert_eq!(rows.len(), 3);
    let (key, blob_id, expiration, metadata) = &rows[0];
    assert_eq!(key, "meta");
    assert_eq!(*expiration, Some(far * 1000));
    assert_eq!(
        metadata.as_deref(),
        Some(r#"{"z":1,"a":["x",null],"n":{"k":true}}"#)
    );
    assert_eq!(blob_id.len(), 80);
    assert!(
        blob_id
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')),
        "{blob_id}"
    );
    let written_ms = i64::from_str_radix(&blob_id[64..], 16).unwrap();
    assert!((before * 1000..=(after + 1) * 1000).contains(&written_ms));
    assert_eq!(
        fs::read(store.blobs_dir().join(blob_id)).unwrap(),
        b"\x00\x01\xfe\xff"
    );

    let (key, _, expiration, metadata) = &rows[2];
    assert_eq!(key, "ttl");
    let expiration = expiration.unwrap();
    assert_eq!(expiration % 1000, 0);
    assert!(((before + 3600) * 1000..=(after + 3600) * 1000).contains(&expiration));
    assert_eq!(*metadata, None);
    assert_eq!(rows[1].3, None);
    assert_eq!(blob_files(&store).len(), 3);

    let got = store.get("meta").await.unwrap().unwrap();
    assert_eq!(got.expiration, Some(far));
    assert_eq!(
        got.metadata,
        Some(json!({"z": 1, "a": ["x", null], "n": {"k": true}}))
    );
    assert_eq!(store.get("ttl").await.unwrap().unwrap().bytes, b"");
    assert_eq!(list_namespace_ids(&kv_root).unwrap(), vec!["ns1"]);

    // A second open of an existing namespace sees the same data.
    let again = LocalStore::open_existing(&kv_root, "ns1").unwrap().unwrap();
    assert_eq!(
        again.get("plain").await.unwrap().unwrap().bytes,
        "значение".as_bytes()
    );
}

#[tokio::test]
async fn expired_entries_are_invisible() {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(dir.path(), "ns").unwrap();
    let past = PutItem {
        expiry: Expiry::At(now_secs() - 5),
        ..item("old", b"x")
    };
    store.put_batch(&[past, item("live", b"y")]).await.unwrap();
    assert_eq!(store.get("old").await.unwrap(), None);
    assert_eq!(store.get_metadata("old").await.unwrap(), None);
    let names: Vec<String> = all_keys(&store, None)
        .await
        .into_iter()
        .map(|k| k.name)
        .collect();
    assert_eq!(names, vec!["live"]);
    // Writing over an expired key replaces it like any other.
    store.put(item("old", b"new")).await.unwrap();
    assert_eq!(store.get("old").await.unwrap().unwrap().bytes, b"new");
    assert_eq!(blob_files(&store).len(), 2);
}

#[tokio::test]
async fn overwrite_and_delete_remove_the_old_value_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(dir.path(), "ns").unwrap();
    store.put(item("k", b"one")).await.unwrap();
    let first = blob_files(&store);
    assert_eq!(first.len(), 1);

    store.put(item("k", b"two")).await.unwrap();
    let second = blob_files(&store);
    assert_eq!(second.len(), 1);
    assert_ne!(first, second);
    assert_eq!(store.get("k").await.unwrap().unwrap().bytes, b"two");

    // The same key twice in one batch: the last one wins and no file is left over.
    store
        .put_batch(&[item("k", b"three"), item("k", b"four")])
        .await
        .unwrap();
    assert_eq!(blob_files(&store).len(), 1);
    assert_eq!(store.get("k").await.unwrap().unwrap().bytes, b"four");

    store.delete("k").await.unwrap();
    assert!(blob_files(&store).is_empty());
    assert_eq!(store.get("k").await.unwrap(), None);
    store.delete("never-existed").await.unwrap();

    let items: Vec<PutItem> = (0..30).map(|i| item(&format!("b{i:02}"), b"v")).collect();
    store.put_batch(&items).await.unwrap();
    let outcome = store
        .delete_batch(
            (0..20)
                .map(|i| format!("b{i:02}"))
                .chain(["missing".to_string()])
                .collect(),
        )
        .await
        .unwrap();
    assert!(outcome.unsuccessful_keys.is_empty());
    assert_eq!(blob_files(&store).len(), 10);
    assert_eq!(rows(&store).len(), 10);
}

#[tokio::test]
async fn a_batch_failing_half_way_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(dir.path(), "ns").unwrap();
    store.put(item("keep", b"old")).await.unwrap();
    let files_before = blob_files(&store);
    let rows_before = rows(&store);

    // A real SQLite failure in the middle of the row inserts, from a trigger.
    let conn = rusqlite::Connection::open(store.database_path()).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER fail_on_boom BEFORE INSERT ON _mf_entries WHEN NEW.key = 'boom'
         BEGIN SELECT RAISE(ABORT, 'injected failure'); END;",
    )
    .unwrap();
    drop(conn);

    let mut items: Vec<PutItem> = (0..50).map(|i| item(&format!("k{i}"), b"v")).collect();
    items.push(item("keep", b"new"));
    items.push(item("boom", b"x"));
    items.extend((50..100).map(|i| item(&format!("k{i}"), b"v")));
    let err = store.put_batch(&items).await.unwrap_err();
    assert!(format!("{err:#}").contains("injected failure"), "{err:#}");

    assert_eq!(rows(&store), rows_before);
    assert_eq!(blob_files(&store), files_before);
    assert_eq!(store.get("keep").await.unwrap().unwrap().bytes, b"old");
    // The store is still usable after the rollback.
    store.put(item("after", b"ok")).await.unwrap();
    assert_eq!(store.get("after").await.unwrap().unwrap().bytes, b"ok");
}

#[tokio::test]
async fn pages_through_a_prefix_in_byte_order() {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(dir.path(), "ns").unwrap();
    let mut items: Vec<PutItem> = (0..250).map(|i| item(&format!("p:{i:03}"), b"v")).collect();
    for key in [
        "a",
        "p",
        "p;",
        "q",
        "p:\u{10FFFF}",
        "é",
        "🔑",
        "\u{FFFF}",
        "Z",
    ] {
        items.push(item(key, b"v"));
    }
    store.put_batch(&items).await.unwrap();

    let mut names = Vec::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let page = store
            .list_page(Some("p:"), 100, cursor.as_deref())
            .await
            .unwrap();
        pages += 1;
        assert!(page.keys.len() <= 100);
        names.extend(page.keys.into_iter().map(|k| k.name));
        match page.cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    let mut expected: Vec<String> = (0..250).map(|i| format!("p:{i:03}")).collect();
    expected.push("p:\u{10FFFF}".into());
    assert_eq!(names, expected);

    // A page that ends exactly at the last key says there is nothing after it.
    let page = store.list_page(Some("p:2"), 50, None).await.unwrap();
    assert_eq!(page.keys.len(), 50);
    assert_eq!(page.cursor, None);

    // The whole namespace in UTF-8 byte order.
    let all: Vec<String> = all_keys(&store, None)
        .await
        .into_iter()
        .map(|k| k.name)
        .collect();
    let mut sorted = all.clone();
    sorted.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    assert_eq!(all, sorted);
    assert_eq!(all.len(), 259);
    assert_eq!(all[..3], ["Z", "a", "p"]);
    assert_eq!(all[all.len() - 3..], ["é", "\u{FFFF}", "🔑"]);

    // Prefixes ending in the largest code point still bound the range correctly.
    let maximal: Vec<String> = all_keys(&store, Some("p:\u{10FFFF}"))
        .await
        .into_iter()
        .map(|k| k.name)
        .collect();
    assert_eq!(maximal, ["p:\u{10FFFF}"]);
    assert!(all_keys(&store, Some("nothing")).await.is_empty());

    let err = store.list_page(None, 10, Some("%%%")).await.unwrap_err();
    assert_eq!(
        err.downcast_ref::<WkvError>().unwrap().kind,
        ErrorKind::Usage
    );
}

#[tokio::test]
async fn get_batch_answers_in_the_order_asked() {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalStore::open(dir.path(), "ns").unwrap();
    store
        .put_batch(&[
            PutItem {
                metadata: Some(json!({"m": 1})),
                ..item("a", b"1")
            },
            item("b", b"2"),
        ])
        .await
        .unwrap();
    let got = store
        .get_batch(vec!["b".into(), "x".into(), "a".into()], true)
        .await
        .unwrap();
    assert_eq!(got[0].as_ref().unwrap().bytes, b"2");
    assert!(got[1].is_none());
    assert_eq!(got[2].as_ref().unwrap().metadata, Some(json!({"m": 1})));
    let got = store.get_batch(vec!["a".into()], false).await.unwrap();
    assert_eq!(got[0].as_ref().unwrap().metadata, None);
}

#[test]
fn two_stores_writing_the_same_namespace_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let kv_root = dir.path().to_path_buf();
    let writers: Vec<_> = ["left", "right"]
        .into_iter()
        .map(|side| {
            let kv_root = kv_root.clone();
            std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .build()
                    .unwrap();
                runtime.block_on(async {
                    // Each writer opens its own connection, as two processes would.
                    let store = LocalStore::open(&kv_root, "shared").unwrap();
                    for i in 0..300 {
                        store
                            .put(item(&format!("{side}:{i}"), side.as_bytes()))
                            .await
                            .unwrap();
                        if i % 50 == 0 {
                            let batch: Vec<PutItem> = (0..100)
                                .map(|j| item(&format!("{side}:batch:{i}:{j}"), b"b"))
                                .collect();
                            store.put_batch(&batch).await.unwrap();
                        }
                        // Both sides overwrite the same keys, racing for the same rows.
                        store
                            .put(item(&format!("both:{}", i % 10), side.as_bytes()))
                            .await
                            .unwrap();
                    }
                })
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }

    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        let store = LocalStore::open_existing(&kv_root, "shared")
            .unwrap()
            .unwrap();
        for side in ["left", "right"] {
            for i in 0..300 {
                let value = store.get(&format!("{side}:{i}")).await.unwrap().unwrap();
                assert_eq!(value.bytes, side.as_bytes());
            }
        }
        let keys = all_keys(&store, None).await;
        assert_eq!(keys.len(), 2 * 300 + 2 * 6 * 100 + 10);
        // Every row has its file and no replaced file was left behind.
        assert_eq!(blob_files(&store).len(), keys.len());
    });
}
