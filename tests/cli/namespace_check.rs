//! `wkv namespace check [--repair]` on a copy of wrangler's own state with damage planted in it:
//! orphan value files (old, or named by a dead wkv job's journal), a row whose value file is
//! missing, and things it must leave alone (a recent unreferenced file that `wrangler dev` may be
//! about to commit, a file named by a running job, a file that is not a value file). The check
//! alone changes nothing; the repair removes exactly the damage.

use crate::support;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::support::{snapshot, Sandbox, CACHE_ID};
use wkv::local::database_file_name;

fn blob_id(fill: char) -> String {
    let mut id: String = std::iter::repeat_n(fill, 64).collect();
    id.push_str("000001a219556516");
    id
}

fn blobs(kv_root: &Path) -> PathBuf {
    kv_root.join(CACHE_ID).join("blobs")
}

fn plant_file(path: &Path, contents: &[u8], age: Duration) {
    fs::write(path, contents).unwrap();
    let file = fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

fn hostname() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .map(|h| h.trim().to_string())
        .unwrap_or_default()
}

/// This process's start time as /proc tells it, to name a journal of a running job.
fn own_start() -> u64 {
    let stat = fs::read_to_string("/proc/self/stat").unwrap();
    let after = &stat[stat.rfind(')').unwrap() + 1..];
    after.split_whitespace().nth(19).unwrap().parse().unwrap()
}

fn check(sandbox: &Sandbox, repair: bool) -> support::Run {
    let mut args = vec!["namespace", "check", "--namespace-id", CACHE_ID];
    if repair {
        args.push("--repair");
    }
    sandbox.run(&args)
}

#[test]
fn wranglers_own_state_is_consistent() {
    let sandbox = Sandbox::with_fixture();
    let before = snapshot(&sandbox.kv_root());
    let run = check(&sandbox, false);
    run.success();
    let report = run.json();
    assert_eq!(report["orphan_files"], serde_json::json!([]));
    assert_eq!(report["keys_without_value"], serde_json::json!([]));
    assert!(report["rows"].as_u64().unwrap() > 0);
    assert_eq!(report["rows"], report["value_files"]);
    assert_eq!(snapshot(&sandbox.kv_root()), before);
}

#[test]
fn check_reports_planted_damage_and_repair_removes_exactly_it() {
    if !cfg!(target_os = "linux") {
        return; // the journals planted here name processes the way Linux /proc does
    }
    let sandbox = Sandbox::with_fixture();
    let kv_root = sandbox.kv_root();
    let pristine = snapshot(&kv_root);
    let hour = Duration::from_secs(3600);

    // Damage: an old orphan, a file named by the journal of a job that died, a dangling row.
    let old_orphan = blob_id('a');
    plant_file(&blobs(&kv_root).join(&old_orphan), b"orphan", hour);
    let dead_jobs_file = blob_id('b');
    plant_file(
        &blobs(&kv_root).join(&dead_jobs_file),
        b"dead job",
        Duration::ZERO,
    );
    let journals = kv_root.join(CACHE_ID).join("wkv-journal");
    fs::create_dir_all(&journals).unwrap();
    let dead_journal = journals.join(format!("{}-1-00112233aabbccdd.journal", u32::MAX - 7));
    fs::write(
        &dead_journal,
        format!("wkv-journal 1 host={}\n{dead_jobs_file}\n", hostname()),
    )
    .unwrap();
    let database = kv_root
        .join("miniflare-KVNamespaceObject")
        .join(database_file_name(CACHE_ID));
    rusqlite::Connection::open(&database)
        .unwrap()
        .execute(
            "INSERT INTO _mf_entries (key, blob_id) VALUES ('dangling', ?1)",
            [blob_id('c')],
        )
        .unwrap();

    // Not damage: a recent unreferenced file (a commit may be on its way), an old one named by a
    // running job, and a file that is not a value file.
    plant_file(
        &blobs(&kv_root).join(blob_id('d')),
        b"recent",
        Duration::ZERO,
    );
    let running_jobs_file = blob_id('e');
    plant_file(&blobs(&kv_root).join(&running_jobs_file), b"running", hour);
    fs::write(
        journals.join(format!(
            "{}-{}-0011223344556677.journal",
            std::process::id(),
            own_start()
        )),
        format!("wkv-journal 1 host={}\n{running_jobs_file}\n", hostname()),
    )
    .unwrap();
    plant_file(&blobs(&kv_root).join("notes.txt"), b"mine", hour);

    let planted = snapshot(&kv_root);
    let run = check(&sandbox, false);
    run.expect(1);
    let stderr = run.stderr.clone();
    assert!(stderr.contains("--repair"), "{stderr}");
    let report = run.json();
    let mut orphans = vec![old_orphan.clone(), dead_jobs_file.clone()];
    orphans.sort();
    assert_eq!(report["orphan_files"], serde_json::json!(orphans));
    assert_eq!(report["orphan_bytes"], 6 + 8);
    assert_eq!(
        report["keys_without_value"],
        serde_json::json!(["dangling"])
    );
    assert_eq!(report["unreferenced_kept"], 2);
    assert_eq!(report["other_files"], 1);
    assert_eq!(report["repaired"], false);
    assert_eq!(
        snapshot(&kv_root),
        planted,
        "a check without --repair changed the state"
    );

    let repaired = check(&sandbox, true);
    repaired.success();
    assert_eq!(repaired.json()["repaired"], true);
    let database_name = format!(
        "miniflare-KVNamespaceObject/{}",
        database_file_name(CACHE_ID)
    );
    let gone = [
        format!("{CACHE_ID}/blobs/{old_orphan}"),
        format!("{CACHE_ID}/blobs/{dead_jobs_file}"),
        dead_journal
            .strip_prefix(&kv_root)
            .unwrap()
            .to_string_lossy()
            .into_owned(),
    ];
    let pristine_rows = pristine
        .iter()
        .find(|(name, _)| *name == database_name)
        .unwrap()
        .1
        .clone();
    let expected: Vec<(String, Vec<u8>)> = planted
        .into_iter()
        .filter(|(name, _)| !gone.contains(name))
        .map(|(name, bytes)| {
            if name == database_name {
                (name, pristine_rows.clone())
            } else {
                (name, bytes)
            }
        })
        .collect();
    assert_eq!(snapshot(&kv_root), expected);

    let again = check(&sandbox, false);
    again.success();
    assert_eq!(again.json()["unreferenced_kept"], 2);
}

#[test]
fn check_of_a_namespace_without_local_state_is_not_found() {
    let sandbox = Sandbox::with_fixture();
    sandbox
        .run(&["namespace", "check", "--namespace-id", "nothing-here"])
        .expect(3);
    assert!(!sandbox.kv_root().join("nothing-here").exists());
}
