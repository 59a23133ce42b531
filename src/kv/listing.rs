//! The one way to list every key of a store: a task reads the pages one after another (each
//! needs the cursor of the one before) and keeps a few ready, so the round trips go on while
//! the reader of the listing works on the page it has. Dropping the listing, or `stop`, ends the
//! task, so a job that stops early (an error, Ctrl-C, a new listing in the browser) stops
//! listing too. `key list`, `bulk export`, `bulk delete --prefix`, the copy/sync merge and the
//! browser all list through it.

use std::future::Future;
use std::sync::Arc;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::limits::MAX_LIST_LIMIT;
use super::{KeyInfo, KvStore, ListPage};

/// How many pages a listing reads ahead of its reader: enough that a reader held up by its own
/// requests does not stall the listing's round trips, few enough to keep memory small.
const PAGES_AHEAD: usize = 4;

/// One listed page, and whether it is the last.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListedPage {
    pub keys: Vec<KeyInfo>,
    pub last: bool,
}

pub struct Listing {
    pages: Option<mpsc::Receiver<anyhow::Result<ListedPage>>>,
    task: Option<JoinHandle<()>>,
}

impl Listing {
    /// Every key of `store` under `prefix` (none: every key), in pages of the largest size.
    pub fn of<S: KvStore + 'static>(store: Arc<S>, prefix: Option<String>) -> Listing {
        let prefix = prefix.filter(|p| !p.is_empty());
        Listing::from_pages(move |cursor| {
            let (store, prefix) = (Arc::clone(&store), prefix.clone());
            async move {
                store
                    .list_page(prefix.as_deref(), MAX_LIST_LIMIT, cursor.as_deref())
                    .await
            }
        })
    }

    /// A listing whose pages come from `read_page(cursor)`, for a caller that reaches its store
    /// in its own way (the browser shares its target between tasks).
    pub fn from_pages<F, Fut>(mut read_page: F) -> Listing
    where
        F: FnMut(Option<String>) -> Fut + Send + 'static,
        Fut: Future<Output = anyhow::Result<ListPage>> + Send,
    {
        let (sender, pages) = mpsc::channel(PAGES_AHEAD);
        let task = tokio::spawn(async move {
            let mut cursor: Option<String> = None;
            loop {
                let page = match read_page(cursor.take()).await {
                    Ok(page) => page,
                    Err(error) => {
                        let _ = sender.send(Err(error)).await;
                        return;
                    }
                };
                let next = page.cursor.filter(|c| !c.is_empty());
                let listed = ListedPage {
                    keys: page.keys,
                    last: next.is_none(),
                };
                if sender.send(Ok(listed)).await.is_err() || next.is_none() {
                    return;
                }
                cursor = next;
            }
        });
        Listing {
            pages: Some(pages),
            task: Some(task),
        }
    }

    /// A listing that holds nothing: the target's side of a copy that need not know it.
    pub fn empty() -> Listing {
        Listing {
            pages: None,
            task: None,
        }
    }

    /// The next page; `None` once the last page was handed out. An error ends the listing.
    pub async fn next_page(&mut self) -> anyhow::Result<Option<ListedPage>> {
        let Some(pages) = self.pages.as_mut() else {
            return Ok(None);
        };
        match pages.recv().await {
            Some(Ok(page)) => {
                if page.last {
                    self.pages = None;
                }
                Ok(Some(page))
            }
            Some(Err(error)) => {
                self.pages = None;
                Err(error)
            }
            None => {
                self.pages = None;
                Ok(None)
            }
        }
    }

    /// The pages as a stream, for the bounded-concurrency stages that read their values.
    pub fn into_stream(self) -> impl futures_util::Stream<Item = anyhow::Result<ListedPage>> {
        futures_util::stream::unfold(self, |mut listing| async move {
            match listing.next_page().await {
                Ok(Some(page)) => Some((Ok(page), listing)),
                Ok(None) => None,
                Err(error) => Some((Err(error), listing)),
            }
        })
    }

    /// Stops reading pages; what was read is dropped.
    pub fn stop(&mut self) {
        self.pages = None;
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

impl Drop for Listing {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Walks one listing key by key, for the merge of two listings.
pub struct ListedKeys {
    listing: Listing,
    page: std::collections::VecDeque<KeyInfo>,
}

impl ListedKeys {
    pub fn new(listing: Listing) -> ListedKeys {
        ListedKeys {
            listing,
            page: Default::default(),
        }
    }

    pub async fn next(&mut self) -> anyhow::Result<Option<KeyInfo>> {
        loop {
            if let Some(key) = self.page.pop_front() {
                return Ok(Some(key));
            }
            match self.listing.next_page().await? {
                Some(page) => self.page = page.keys.into(),
                None => return Ok(None),
            }
        }
    }
}
