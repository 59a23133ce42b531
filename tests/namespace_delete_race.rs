//! Deleting a namespace in `wkv serve` while clients write to it (a CI teardown during seeding).
//! Every write must end one of the two clean ways, written before the delete (and gone with the
//! namespace) or refused with "namespace not found" after it; never a 500. Afterwards nothing of
//! the namespace is left: no listing entry, no title, no directory, no value files, no database.

mod support;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use support::{Sandbox, Server};
use wkv::local::database_file_name;

fn writer_args(kind: usize, n: usize, ns: &str, file: &Path) -> Vec<String> {
    let common = ["--namespace-id", ns, "--remote", "--retries", "0"];
    let mut args: Vec<String> = match kind % 3 {
        0 => vec!["key".into(), "put".into(), format!("k{n}"), "value".into()],
        1 => vec!["bulk".into(), "put".into(), file.display().to_string()],
        _ => vec!["key".into(), "delete".into(), format!("k{n}")],
    };
    args.extend(common.iter().map(|s| s.to_string()));
    if kind % 3 == 1 {
        args.extend(["--rate-limit".to_string(), "0".to_string()]);
    }
    args
}

#[test]
fn deleting_a_namespace_during_writes_ends_cleanly_and_leaves_nothing() {
    let server = Server::start_without_token();
    let mut client = Sandbox::new();
    client.use_server(&server);
    let items: Vec<serde_json::Value> = (0..3_000)
        .map(|i| serde_json::json!({"key": format!("bulk{i}"), "value": "x".repeat(100)}))
        .collect();
    let file = client.write("data.json", serde_json::to_vec(&items).unwrap());
    let client = Arc::new(client);

    for round in 0..3 {
        let ns = client.create_namespace(&format!("race-{round}"));
        client
            .run(&[
                "key",
                "put",
                "first",
                "v",
                "--namespace-id",
                &ns,
                "--remote",
            ])
            .success();
        let stop = Arc::new(AtomicBool::new(false));
        let outcomes = Arc::new(Mutex::new(Vec::new()));
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let (client, stop, outcomes) = (
                    Arc::clone(&client),
                    Arc::clone(&stop),
                    Arc::clone(&outcomes),
                );
                let (ns, file) = (ns.clone(), file.clone());
                std::thread::spawn(move || {
                    let mut n = 0;
                    while !stop.load(Ordering::Relaxed) {
                        n += 1;
                        let args = writer_args(w + n, n, &ns, &file);
                        let args: Vec<&str> = args.iter().map(String::as_str).collect();
                        let run = client.run(&args);
                        outcomes.lock().unwrap().push((
                            args.join(" "),
                            run.code,
                            run.stderr.clone(),
                        ));
                    }
                })
            })
            .collect();
        std::thread::sleep(Duration::from_millis(400));
        let deleted = client.run(&["namespace", "delete", "--namespace-id", &ns, "-y"]);
        deleted.success();
        std::thread::sleep(Duration::from_millis(400));
        stop.store(true, Ordering::Relaxed);
        for writer in writers {
            writer.join().unwrap();
        }

        let outcomes = outcomes.lock().unwrap();
        let refused = outcomes.iter().filter(|(_, code, _)| *code != 0).count();
        eprintln!(
            "round {round}: {} writes, {refused} refused after the delete",
            outcomes.len()
        );
        for (args, code, stderr) in outcomes.iter() {
            assert!(
                !stderr.contains("internal error") && !stderr.contains("500"),
                "{args}: {stderr}"
            );
            assert!(
                !stderr.contains(&*server.state_dir.path().to_string_lossy()),
                "{stderr}"
            );
            match code {
                0 => {}
                // `key put/delete`: not found. `bulk put`: items not written, naming the 404.
                3 => assert!(stderr.contains("not found"), "{args}: {stderr}"),
                1 if args.starts_with("bulk put") => {
                    assert!(stderr.contains("not written"), "{args}: {stderr}")
                }
                other => panic!("{args}: exit {other:?}: {stderr}"),
            }
        }

        // Nothing of the namespace is left.
        let list = client.run(&["namespace", "list"]);
        list.success();
        assert!(
            !list.stdout_text().contains(&ns),
            "ghost namespace: {}",
            list.stdout_text()
        );
        let kv_root = server.kv_root();
        assert!(
            !kv_root.join(&ns).exists(),
            "files left in {}",
            kv_root.join(&ns).display()
        );
        assert!(!kv_root
            .join("miniflare-KVNamespaceObject")
            .join(database_file_name(&ns))
            .exists());
        let titles =
            std::fs::read_to_string(kv_root.join("wkv-namespaces.json")).unwrap_or_default();
        assert!(!titles.contains(&ns), "{titles}");
        client
            .run(&["key", "get", "first", "--namespace-id", &ns, "--remote"])
            .expect(3);
    }
}
