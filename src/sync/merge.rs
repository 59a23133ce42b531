//! Walks the key listings of two stores side by side. Both list in ascending order of the names'
//! UTF-8 bytes, so one pass pairs them up in constant memory: a name only the source has, one
//! both have, and one only the target has (what `--sync` deletes).

use std::collections::VecDeque;
use std::sync::Arc;

use tokio::sync::mpsc;

use crate::kv::{limits, KeyInfo, KvStore};

/// How many pages a listing reads ahead of the merge: enough that a merge held up by its
/// consumers does not stall the listing's round trips, little enough to keep memory small.
const PAGES_AHEAD: usize = 4;

/// One store's listing. A task reads the pages (each needs the cursor of the one before, so
/// they come one after another) and keeps a few ready, so the round trips go on while the
/// merge waits for its readers and writers.
pub struct SortedNames {
    pages: Option<mpsc::Receiver<anyhow::Result<Vec<KeyInfo>>>>,
    page: VecDeque<KeyInfo>,
    lister: Option<tokio::task::JoinHandle<()>>,
}

impl SortedNames {
    pub fn new<S: KvStore + 'static>(store: Arc<S>, prefix: Option<String>) -> SortedNames {
        let (sender, pages) = mpsc::channel(PAGES_AHEAD);
        let lister = tokio::spawn(async move {
            let mut cursor: Option<String> = None;
            loop {
                let page = store
                    .list_page(prefix.as_deref(), limits::MAX_LIST_LIMIT, cursor.as_deref())
                    .await;
                let (keys, next) = match page {
                    Ok(page) => (page.keys, page.cursor),
                    Err(error) => {
                        let _ = sender.send(Err(error)).await;
                        return;
                    }
                };
                if sender.send(Ok(keys)).await.is_err() {
                    return;
                }
                match next {
                    Some(next) if !next.is_empty() => cursor = Some(next),
                    _ => return,
                }
            }
        });
        SortedNames {
            pages: Some(pages),
            page: VecDeque::new(),
            lister: Some(lister),
        }
    }

    /// A listing that holds nothing: the target's side when nothing needs to know what it holds.
    pub fn empty() -> SortedNames {
        SortedNames {
            pages: None,
            page: VecDeque::new(),
            lister: None,
        }
    }

    pub async fn next(&mut self) -> anyhow::Result<Option<KeyInfo>> {
        loop {
            if let Some(key) = self.page.pop_front() {
                return Ok(Some(key));
            }
            let Some(pages) = self.pages.as_mut() else {
                return Ok(None);
            };
            match pages.recv().await {
                Some(page) => self.page = page?.into(),
                None => {
                    self.pages = None;
                    return Ok(None);
                }
            }
        }
    }
}

impl Drop for SortedNames {
    fn drop(&mut self) {
        // A merge that stops early (an error, the writers gone) stops its listing too.
        if let Some(lister) = self.lister.take() {
            lister.abort();
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Paired {
    SourceOnly(KeyInfo),
    /// The source's entry of a name both hold.
    Both(KeyInfo),
    TargetOnly(KeyInfo),
}

/// The two listings merged by name.
pub struct MergedNames {
    source: SortedNames,
    target: SortedNames,
    next_source: Option<KeyInfo>,
    next_target: Option<KeyInfo>,
    started: bool,
}

impl MergedNames {
    pub fn new(source: SortedNames, target: SortedNames) -> MergedNames {
        MergedNames {
            source,
            target,
            next_source: None,
            next_target: None,
            started: false,
        }
    }

    pub async fn next(&mut self) -> anyhow::Result<Option<Paired>> {
        if !self.started {
            self.started = true;
            self.next_source = self.source.next().await?;
            self.next_target = self.target.next().await?;
        }
        let order = match (&self.next_source, &self.next_target) {
            (None, None) => return Ok(None),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            // String order is the order of the UTF-8 bytes, as the listings are sorted.
            (Some(s), Some(t)) => s.name.cmp(&t.name),
        };
        Ok(Some(match order {
            std::cmp::Ordering::Less => {
                let key = self.next_source.take().expect("checked above");
                self.next_source = self.source.next().await?;
                Paired::SourceOnly(key)
            }
            std::cmp::Ordering::Greater => {
                let key = self.next_target.take().expect("checked above");
                self.next_target = self.target.next().await?;
                Paired::TargetOnly(key)
            }
            std::cmp::Ordering::Equal => {
                let key = self.next_source.take().expect("checked above");
                self.next_source = self.source.next().await?;
                self.next_target = self.target.next().await?;
                Paired::Both(key)
            }
        }))
    }
}
