//! The committed shell completions and man pages must be what the command definitions generate
//! today. Regenerate them with `WKV_UPDATE_ASSETS=1 cargo test --test cli assets::`.

use std::path::{Path, PathBuf};

use clap_complete::Shell;

const SHELLS: [(Shell, &str); 5] = [
    (Shell::Bash, "wkv.bash"),
    (Shell::Zsh, "_wkv"),
    (Shell::Fish, "wkv.fish"),
    (Shell::PowerShell, "_wkv.ps1"),
    (Shell::Elvish, "wkv.elv"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var_os("WKV_UPDATE_ASSETS").is_some()
}

/// Every file of `dir`, by name.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap())
                .map(|e| {
                    (
                        e.file_name().into_string().unwrap(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn compare_or_update(fresh: &Path, committed: &Path) {
    if updating() {
        let _ = std::fs::remove_dir_all(committed);
        std::fs::create_dir_all(committed).unwrap();
        for (name, contents) in files(fresh) {
            std::fs::write(committed.join(name), contents).unwrap();
        }
        return;
    }
    let fresh_files = files(fresh);
    let committed_files = files(committed);
    let names =
        |files: &[(String, Vec<u8>)]| files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&committed_files),
        names(&fresh_files),
        "`{}` is stale: run `WKV_UPDATE_ASSETS=1 cargo test --test cli assets::`",
        committed.display()
    );
    for ((name, committed), (_, fresh)) in committed_files.iter().zip(&fresh_files) {
        assert!(
            committed == fresh,
            "`{name}` is stale: run `WKV_UPDATE_ASSETS=1 cargo test --test cli assets::`"
        );
    }
}

#[test]
fn completions_are_fresh() {
    let fresh = tempfile::tempdir().unwrap();
    for (shell, name) in SHELLS {
        let mut out = Vec::new();
        wkv::commands::generate_completion(shell, &mut out);
        assert!(!out.is_empty());
        std::fs::write(fresh.path().join(name), out).unwrap();
    }
    compare_or_update(fresh.path(), &root().join("completions"));
}

#[test]
fn man_pages_are_fresh() {
    let fresh = tempfile::tempdir().unwrap();
    wkv::commands::generate_man_pages(fresh.path()).unwrap();
    let pages = files(fresh.path());
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "wkv.1",
        "wkv-key-put.1",
        "wkv-bulk-export.1",
        "wkv-namespace-delete.1",
        "wkv-serve.1",
    ] {
        assert!(names.contains(&expected), "{names:?}");
    }
    let main_page =
        String::from_utf8(pages.iter().find(|(n, _)| n == "wkv.1").unwrap().1.clone()).unwrap();
    assert!(
        main_page.contains("Exit codes"),
        "the exit codes are documented in the man page"
    );
    compare_or_update(fresh.path(), &root().join("man"));
}

#[test]
fn completions_command_prints_a_script() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wkv"))
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let script = String::from_utf8(output.stdout).unwrap();
    assert!(
        script.contains("_wkv()") && script.contains("bulk"),
        "{}",
        &script[..200.min(script.len())]
    );
}
