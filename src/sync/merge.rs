//! Walks the key listings of two stores side by side. Both list in ascending order of the names'
//! UTF-8 bytes, so one pass pairs them up in constant memory: a name only the source has, one
//! both have, and one only the target has (what `--sync` deletes). Each side is a
//! `kv::Listing`, which reads its pages ahead on its own.

use crate::kv::{KeyInfo, ListedKeys};

#[derive(Debug, Clone, PartialEq)]
pub enum Paired {
    SourceOnly(KeyInfo),
    /// The source's entry of a name both hold.
    Both(KeyInfo),
    TargetOnly(KeyInfo),
}

/// The two listings merged by name.
pub struct MergedNames {
    source: ListedKeys,
    target: ListedKeys,
    next_source: Option<KeyInfo>,
    next_target: Option<KeyInfo>,
    started: bool,
}

impl MergedNames {
    pub fn new(source: ListedKeys, target: ListedKeys) -> MergedNames {
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
