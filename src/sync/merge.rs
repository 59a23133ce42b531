//! Walks the key listings of two stores side by side. Both list in ascending order of the names'
//! UTF-8 bytes, so one pass pairs them up in constant memory: a name only the source has, one
//! both have, and one only the target has (what `--sync` deletes).

use std::collections::VecDeque;
use std::sync::Arc;

use crate::kv::{limits, KeyInfo, KvStore};

/// One store's listing, a page at a time.
pub struct SortedNames<S> {
    store: Arc<S>,
    prefix: Option<String>,
    cursor: Option<String>,
    page: VecDeque<KeyInfo>,
    finished: bool,
}

impl<S: KvStore> SortedNames<S> {
    pub fn new(store: Arc<S>, prefix: Option<String>) -> SortedNames<S> {
        SortedNames {
            store,
            prefix,
            cursor: None,
            page: VecDeque::new(),
            finished: false,
        }
    }

    /// A listing that holds nothing: the target's side when nothing needs to know what it holds.
    pub fn empty(store: Arc<S>) -> SortedNames<S> {
        SortedNames {
            finished: true,
            ..SortedNames::new(store, None)
        }
    }

    pub async fn next(&mut self) -> anyhow::Result<Option<KeyInfo>> {
        loop {
            if let Some(key) = self.page.pop_front() {
                return Ok(Some(key));
            }
            if self.finished {
                return Ok(None);
            }
            let page = self
                .store
                .list_page(
                    self.prefix.as_deref(),
                    limits::MAX_LIST_LIMIT,
                    self.cursor.as_deref(),
                )
                .await?;
            self.page = page.keys.into();
            match page.cursor {
                Some(next) if !next.is_empty() => self.cursor = Some(next),
                _ => self.finished = true,
            }
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
pub struct MergedNames<S, T> {
    source: SortedNames<S>,
    target: SortedNames<T>,
    next_source: Option<KeyInfo>,
    next_target: Option<KeyInfo>,
    started: bool,
}

impl<S: KvStore, T: KvStore> MergedNames<S, T> {
    pub fn new(source: SortedNames<S>, target: SortedNames<T>) -> MergedNames<S, T> {
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
