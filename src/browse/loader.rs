//! Work the browser hands to background tasks, off the drawing loop: streaming the key listing
//! page by page, and reading one value for the detail pane. The store trait only offers a
//! whole-value `get`, so a value is read whole here, in the task, and only its first
//! `DISPLAY_LIMIT` bytes travel on to the UI; the rest is dropped at once.

use std::sync::Arc;

use tokio::sync::mpsc::Sender;
use tokio::task::JoinHandle;

use super::app::LoadedValue;
use super::detail::{format_value, DISPLAY_LIMIT};
use crate::kv::{limits, KeyInfo, KvStore};
use crate::session::Target;

/// What background work reports to the event loop.
#[derive(Debug)]
pub enum Message {
    Page {
        generation: u64,
        keys: Vec<KeyInfo>,
        last: bool,
    },
    ListFailed {
        generation: u64,
        error: String,
    },
    Value {
        name: String,
        value: Option<LoadedValue>,
    },
    ValueFailed {
        name: String,
        error: String,
    },
    Deleted(Vec<String>),
    /// A value search ended: the names whose value holds the needle.
    Found {
        generation: u64,
        needle: String,
        matches: Vec<String>,
        searched: usize,
    },
    Info(String),
    Error(String),
}

/// Lists the namespace from the start, one page after another, until the end or until the
/// task is aborted (a new listing replaces it). The channel is bounded, so a slow screen
/// holds the listing back instead of piling pages up in memory.
pub fn spawn_listing(
    target: Arc<Target>,
    prefix: Option<String>,
    generation: u64,
    sender: Sender<Message>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut cursor: Option<String> = None;
        loop {
            let page = target
                .store
                .list_page(prefix.as_deref(), limits::MAX_LIST_LIMIT, cursor.as_deref())
                .await;
            let page = match page {
                Ok(page) => page,
                Err(err) => {
                    let error = format!("listing stopped: {err:#}");
                    let _ = sender.send(Message::ListFailed { generation, error }).await;
                    return;
                }
            };
            let next = page.cursor.filter(|c| !c.is_empty());
            let last = next.is_none();
            let message = Message::Page {
                generation,
                keys: page.keys,
                last,
            };
            if sender.send(message).await.is_err() || last {
                return;
            }
            cursor = next;
        }
    })
}

/// Reads a value for the detail pane and formats the displayed part of it.
pub fn spawn_value(target: Arc<Target>, name: String, color: bool, sender: Sender<Message>) {
    tokio::spawn(async move {
        let message = match read_for_display(&target, &name, color).await {
            Ok(value) => Message::Value { name, value },
            Err(err) => Message::ValueFailed {
                name,
                error: format!("{err:#}"),
            },
        };
        let _ = sender.send(message).await;
    });
}

async fn read_for_display(
    target: &Target,
    name: &str,
    color: bool,
) -> anyhow::Result<Option<LoadedValue>> {
    let Some(mut value) = target.store.get(name).await? else {
        return Ok(None);
    };
    let size = value.bytes.len() as u64;
    // Keep only what the pane can show; the whole value is freed here, not in the UI.
    value.bytes.truncate(DISPLAY_LIMIT);
    value.bytes.shrink_to_fit();
    let metadata = match (value.metadata.take(), target.is_remote()) {
        (Some(metadata), _) => Some(metadata),
        // The API's value read does not carry metadata: it costs one more request.
        (None, true) => target.store.get_metadata(name).await?.flatten(),
        (None, false) => None,
    };
    let formatted = format_value(&value.bytes, size, color);
    Ok(Some(LoadedValue {
        name: name.to_string(),
        size,
        expiration: value.expiration,
        metadata,
        formatted,
    }))
}
