//! The transfer engine of `wkv copy` and `bulk put --sync` (and its siblings): streams the keys
//! of one store into another. A lister walks the source's listing (merged with the target's when
//! the run must know what the target holds) and hands out chunks of 100 names, and with --sync
//! the names to delete; several chunks are read at once with bulk get while the listing goes on;
//! the values are compared, backed up, cut into batches and written by `writes`. Memory holds a
//! few chunks and batches, whatever the size of the namespace. The run ends with one
//! `TransferOutcome`, which the commands only render.

use std::sync::Arc;

use futures_util::StreamExt;
use tokio::sync::mpsc;

use crate::bulk::{put_item_request_bytes, Batcher};
use crate::kv::{limits, KvStore, ListedKeys, Listing, NamePattern, PutItem, StoredValue};
use crate::output::Progress;

use super::backup::BackupFile;
use super::deletes::{delete_batch, DeleteTotals};
use super::failed::FailedItems;
use super::feed;
use super::merge::{MergedNames, Paired};
use super::reads::read_chunk;
use super::summary::PlanKeys;
use super::writes::{write_batches, WritePlan, WriteTotals};

/// Which keys of the source are copied.
#[derive(Clone)]
pub struct Selection {
    pub prefix: Option<String>,
    pub pattern: Option<NamePattern>,
    /// `--exclude`: keys another job owns, neither written nor deleted.
    pub exclude: Vec<NamePattern>,
    /// Keys expiring before this Unix time are skipped: gone, or too close to expiring for the
    /// API to accept the write (it wants 60 seconds ahead).
    pub live_after: i64,
}

impl Selection {
    /// The keys under `prefix` (none when empty) matching `pattern` and none of `exclude`,
    /// skipping those that expire within the minute the API requires of a write.
    pub fn new(
        prefix: Option<String>,
        pattern: Option<NamePattern>,
        exclude: Vec<NamePattern>,
    ) -> Selection {
        Selection {
            prefix: prefix.filter(|p| !p.is_empty()),
            pattern,
            exclude,
            live_after: limits::now_secs() + limits::MIN_TTL_SECS,
        }
    }

    /// The `--exclude` globs, read as `--match` reads its glob.
    pub fn exclusions(globs: &[String]) -> Result<Vec<NamePattern>, crate::error::WkvError> {
        globs.iter().map(|glob| NamePattern::glob(glob)).collect()
    }

    /// Within the run's scope: matched by --match (if any) and by no --exclude.
    pub fn matches(&self, name: &str) -> bool {
        self.pattern.as_ref().is_none_or(|p| p.matches(name))
            && !self.exclude.iter().any(|p| p.matches(name))
    }

    /// Matched, and live long enough to be written. Keys that expire soon are counted when
    /// their value is read, as are keys that expire while the copy runs.
    fn keeps(&self, name: &str, expiration: Option<i64>) -> bool {
        expiration.is_none_or(|at| at >= self.live_after) && self.matches(name)
    }
}

/// What the run does besides copying.
pub struct TransferOptions {
    pub selection: Selection,
    /// How many bulk reads are in flight at once.
    pub concurrency: usize,
    pub sync: bool,
    pub changed_only: bool,
    pub dry_run: bool,
    /// Collect the names of the keys the plan touches (a dry run asked for them).
    pub plan_keys: bool,
    pub backup: Option<BackupFile>,
}

impl TransferOptions {
    /// Whether the target's listing is needed: to delete what the source lacks, or to know which
    /// keys are new, changed or left alone.
    pub fn lists_target(&self) -> bool {
        self.sync || self.changed_only || self.dry_run || self.backup.is_some()
    }

    /// Whether the target's values are read next to the source's.
    fn reads_target(&self) -> bool {
        self.changed_only || self.backup.is_some()
    }
}

/// Everything a transfer did: written, deleted, unchanged, and what failed with the reasons.
pub struct TransferOutcome {
    /// Of the keys written (or, in a dry run, to write): new ones, and ones the target held.
    pub added: u64,
    pub changed: u64,
    pub unchanged: u64,
    /// Skipped because they expire within the minute the API requires of a write.
    pub skipped_expired: u64,
    pub writes: WriteTotals,
    /// The items not written (with --max-writes, those held back too), and why.
    pub failed: FailedItems,
    /// In a dry run, `deletes.deleted` counts the keys that would be deleted.
    pub deletes: DeleteTotals,
    pub keys: PlanKeys,
    pub backup: Option<BackupFile>,
}

/// What the reading side found and did.
#[derive(Default)]
struct ReadTotals {
    added: u64,
    changed: u64,
    unchanged: u64,
    skipped_expired: u64,
    deletes: DeleteTotals,
    keys: PlanKeys,
    backup: Option<BackupFile>,
}

/// One piece of work the listing hands to the readers.
enum Work {
    /// Up to 100 names to copy; `existing` says which the target holds (when listed).
    Write {
        names: Vec<String>,
        existing: Vec<bool>,
    },
    /// Names only the target holds, to delete with --sync.
    Delete(Vec<String>),
}

/// A piece of work with what was read for it.
enum Read {
    Write {
        names: Vec<String>,
        existing: Vec<bool>,
        source: Vec<Option<StoredValue>>,
        target: Vec<Option<StoredValue>>,
    },
    Delete {
        names: Vec<String>,
        old: Vec<Option<StoredValue>>,
    },
}

/// Reads the selected keys of `source` and writes them to `target`.
pub async fn transfer<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: Arc<T>,
    options: TransferOptions,
    plan: WritePlan,
    failed: FailedItems,
    progress: Progress,
) -> anyhow::Result<TransferOutcome> {
    let (batch_sender, batches) = mpsc::channel::<Vec<PutItem>>(1);
    let shape = (
        plan.max_batch_items,
        plan.max_batch_bytes,
        plan.resend_rounds,
    );
    let reader = tokio::spawn(read_source(
        source,
        Arc::clone(&target),
        options,
        batch_sender,
        shape,
    ));
    let written = write_batches(&*target, feed::received(batches), plan, failed, progress).await;
    let ((writes, failed), read) = feed::join(reader, written).await?;
    Ok(TransferOutcome {
        added: read.added,
        changed: read.changed,
        unchanged: read.unchanged,
        skipped_expired: read.skipped_expired,
        writes,
        failed,
        deletes: read.deletes,
        keys: read.keys,
        backup: read.backup,
    })
}

/// Lists, reads, compares and batches; deletes with --sync. Ends when the source is read or the
/// writers stop.
async fn read_source<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: Arc<T>,
    mut options: TransferOptions,
    batches: mpsc::Sender<Vec<PutItem>>,
    (max_items, max_bytes, resend_rounds): (usize, usize, u32),
) -> anyhow::Result<ReadTotals> {
    // Asked before the backup file moves out of the options.
    let (reads_target, lists_target) = (options.reads_target(), options.lists_target());
    let mut totals = ReadTotals {
        backup: options.backup.take(),
        ..ReadTotals::default()
    };
    // The listing runs ahead of the reads (a few pages at most), so its round trips overlap.
    let (work_sender, work) =
        mpsc::channel::<Work>(4 * limits::MAX_LIST_LIMIT / limits::MAX_BULK_GET_KEYS);
    let lister = {
        let source = Arc::clone(&source);
        let target = Arc::clone(&target);
        let selection = options.selection.clone();
        let sync = options.sync;
        tokio::spawn(async move {
            list_work(source, target, selection, sync, lists_target, work_sender).await
        })
    };
    let work = futures_util::stream::unfold(work, |mut work| async move {
        work.recv().await.map(|piece| (piece, work))
    });
    let (source_store, target_store) = (&*source, &*target);
    let reads = work
        .map(|piece| read_work(source_store, target_store, piece, reads_target))
        .buffered(options.concurrency.max(1));
    tokio::pin!(reads);
    let mut batcher = Batcher::new(max_items, max_bytes);
    let mut writers_gone = false;
    while let Some(read) = reads.next().await {
        let mut ready = Vec::new();
        match read? {
            Read::Write {
                names,
                existing,
                source,
                target,
            } => {
                for (((key, existed), value), old) in
                    names.into_iter().zip(existing).zip(source).zip(target)
                {
                    // Deleted between the listing and the read: nothing to copy.
                    let Some(value) = value else { continue };
                    if !options.selection.keeps(&key, value.expiration) {
                        totals.skipped_expired += 1;
                        continue;
                    }
                    if options.changed_only
                        && old
                            .as_ref()
                            .is_some_and(|old| super::same_content(old, &value))
                    {
                        totals.unchanged += 1;
                        continue;
                    }
                    if existed {
                        totals.changed += 1;
                    } else {
                        totals.added += 1;
                    }
                    if options.plan_keys {
                        let list = if existed {
                            &mut totals.keys.changed
                        } else {
                            &mut totals.keys.added
                        };
                        list.push(key.clone());
                    }
                    if let (Some(backup), Some(old)) = (totals.backup.as_mut(), &old) {
                        backup.save(&key, old)?;
                    }
                    if options.dry_run {
                        continue;
                    }
                    let item = value.into_put_item(key);
                    let size = put_item_request_bytes(&item);
                    if let Some(batch) = batcher.push(item, size) {
                        ready.push(batch);
                    }
                }
            }
            Read::Delete { names, old } => {
                if let Some(backup) = totals.backup.as_mut() {
                    for (key, old) in names.iter().zip(&old) {
                        if let Some(old) = old {
                            backup.save(key, old)?;
                        }
                    }
                    backup.flush()?;
                }
                if options.plan_keys {
                    totals.keys.deleted.extend(names.iter().cloned());
                }
                if options.dry_run {
                    totals.deletes.deleted += names.len() as u64;
                } else {
                    let result = delete_batch(target_store, names, resend_rounds).await?;
                    totals.deletes.add(result);
                }
            }
        }
        // The old values of everything in these batches are on disk before they are sent.
        if let Some(backup) = totals.backup.as_mut() {
            backup.flush()?;
        }
        for batch in ready {
            if !writers_gone && batches.send(batch).await.is_err() {
                writers_gone = true;
            }
        }
        if writers_gone {
            break;
        }
    }
    if let Some(batch) = batcher.finish() {
        let _ = batches.send(batch).await;
    }
    if !writers_gone {
        lister.await??;
    }
    Ok(totals)
}

/// Reads what one piece of work needs: the source's values (and the target's, to compare or
/// back up), or the old values of keys to delete when backing up.
async fn read_work<S: KvStore, T: KvStore>(
    source: &S,
    target: &T,
    piece: Work,
    reads_target: bool,
) -> anyhow::Result<Read> {
    match piece {
        Work::Write { names, existing } => {
            let (names, source_values) = read_chunk(source, names, true).await?;
            let mut target_values = vec![None; names.len()];
            let held: Vec<String> = names
                .iter()
                .zip(&existing)
                .filter(|(_, &e)| e)
                .map(|(n, _)| n.clone())
                .collect();
            if reads_target && !held.is_empty() {
                let (held, values) = read_chunk(target, held, true).await?;
                let mut by_name: std::collections::HashMap<String, Option<StoredValue>> =
                    held.into_iter().zip(values).collect();
                for (slot, name) in target_values.iter_mut().zip(&names) {
                    *slot = by_name.remove(name).flatten();
                }
            }
            Ok(Read::Write {
                names,
                existing,
                source: source_values,
                target: target_values,
            })
        }
        Work::Delete(names) => {
            let mut old = Vec::with_capacity(names.len());
            if reads_target {
                for chunk in names.chunks(limits::MAX_BULK_GET_KEYS) {
                    let (_, values) = read_chunk(target, chunk.to_vec(), true).await?;
                    old.extend(values);
                }
            } else {
                old.resize(names.len(), None);
            }
            Ok(Read::Delete { names, old })
        }
    }
}

/// Walks the source's listing (merged with the target's when needed) and hands out work: names
/// to copy in chunks of one bulk read, and with --sync the names to delete.
async fn list_work<S: KvStore + 'static, T: KvStore + 'static>(
    source: Arc<S>,
    target: Arc<T>,
    selection: Selection,
    sync: bool,
    lists_target: bool,
    work: mpsc::Sender<Work>,
) -> anyhow::Result<()> {
    let source_names = ListedKeys::new(Listing::of(source, selection.prefix.clone()));
    let target_names = ListedKeys::new(if lists_target {
        Listing::of(target, selection.prefix.clone())
    } else {
        Listing::empty()
    });
    let mut merged = MergedNames::new(source_names, target_names);
    let (mut names, mut existing, mut doomed) = (Vec::new(), Vec::new(), Vec::new());
    while let Some(paired) = merged.next().await? {
        match paired {
            // Outside --match, or --exclude'd: neither copied nor, on the target, deleted.
            Paired::SourceOnly(key) | Paired::Both(key) if !selection.matches(&key.name) => {}
            Paired::SourceOnly(key) => {
                names.push(key.name);
                existing.push(false);
            }
            Paired::Both(key) => {
                names.push(key.name);
                existing.push(true);
            }
            Paired::TargetOnly(key) => {
                if sync && selection.matches(&key.name) {
                    doomed.push(key.name);
                }
            }
        }
        if names.len() == limits::MAX_BULK_GET_KEYS {
            let piece = Work::Write {
                names: std::mem::take(&mut names),
                existing: std::mem::take(&mut existing),
            };
            if work.send(piece).await.is_err() {
                return Ok(());
            }
        }
        if doomed.len() == limits::MAX_LIST_LIMIT
            && work
                .send(Work::Delete(std::mem::take(&mut doomed)))
                .await
                .is_err()
        {
            return Ok(());
        }
    }
    if !names.is_empty() {
        let _ = work.send(Work::Write { names, existing }).await;
    }
    if !doomed.is_empty() {
        let _ = work.send(Work::Delete(doomed)).await;
    }
    Ok(())
}
