//! Reading many values: chunks of at most 100 keys (the API's bulk-read limit), several chunks
//! in flight at once, results handed out in the order of the keys.

use std::collections::VecDeque;
use std::sync::Arc;

use crate::kv::{limits, KvStore, StoredValue};

/// Fetches `keys` and calls `each` with every key and its value (`None`: missing), in order.
pub async fn fetch_ordered<S: KvStore + 'static>(
    store: Arc<S>,
    keys: Vec<String>,
    concurrency: usize,
    with_metadata: bool,
    mut each: impl FnMut(&str, Option<StoredValue>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut chunks = keys.chunks(limits::MAX_BULK_GET_KEYS);
    // Spawned tasks run concurrently; awaiting them front to back keeps the keys' order.
    let mut in_flight = VecDeque::new();
    loop {
        while in_flight.len() < concurrency.max(1) {
            let Some(chunk) = chunks.next() else { break };
            let store = Arc::clone(&store);
            in_flight.push_back(tokio::spawn(fetch_chunk(
                store,
                chunk.to_vec(),
                with_metadata,
            )));
        }
        let Some(next) = in_flight.pop_front() else {
            break;
        };
        let (chunk, values) = next.await??;
        for (key, value) in chunk.iter().zip(values) {
            each(key, value)?;
        }
    }
    Ok(())
}

pub(in crate::commands) async fn fetch_chunk<S: KvStore>(
    store: Arc<S>,
    chunk: Vec<String>,
    with_metadata: bool,
) -> anyhow::Result<(Vec<String>, Vec<Option<StoredValue>>)> {
    let values = store.get_batch(chunk.clone(), with_metadata).await?;
    let mut exact = Vec::with_capacity(values.len());
    for (key, value) in chunk.iter().zip(values) {
        exact.push(match value {
            Some(value) => Some(repair_binary(&*store, key, value).await?),
            None => None,
        });
    }
    Ok((chunk, exact))
}

/// The API's bulk read returns text, turning bytes that are not UTF-8 into U+FFFD; such a value
/// is read again on its own to get its exact bytes.
pub(in crate::commands) async fn repair_binary<S: KvStore>(
    store: &S,
    key: &str,
    value: StoredValue,
) -> anyhow::Result<StoredValue> {
    const REPLACEMENT: &[u8] = "\u{FFFD}".as_bytes();
    if !value.bytes.windows(3).any(|w| w == REPLACEMENT) {
        return Ok(value);
    }
    match store.get(key).await? {
        Some(exact) => Ok(StoredValue {
            metadata: value.metadata,
            ..exact
        }),
        None => Ok(value),
    }
}
