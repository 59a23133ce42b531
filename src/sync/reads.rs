//! Reading many values: chunks of at most 100 keys (the API's bulk-read limit), several chunks
//! in flight at once (`futures`' `buffered`), handed out in the order of the keys. `bulk get`,
//! `bulk export`, `bulk delete --backup` and copies read through here.

use futures_util::{Stream, StreamExt};

use crate::kv::{limits, KvStore, StoredValue};

/// A chunk of names with their values (`None`: missing), in the order of the names.
pub type ReadChunk = (Vec<String>, Vec<Option<StoredValue>>);

/// Reads the values of each chunk of `chunks`, at most `concurrency` chunks at once, in order.
/// A chunk that is an error passes through as one; the caller stops at the first.
pub fn read_chunks<'a, S: KvStore>(
    store: &'a S,
    chunks: impl Stream<Item = anyhow::Result<Vec<String>>> + 'a,
    concurrency: usize,
    with_metadata: bool,
) -> impl Stream<Item = anyhow::Result<ReadChunk>> + 'a {
    chunks
        .map(move |chunk| async move { read_chunk(store, chunk?, with_metadata).await })
        .buffered(concurrency.max(1))
}

/// `keys` cut into chunks of one bulk read.
pub fn chunked(keys: Vec<String>) -> impl Stream<Item = anyhow::Result<Vec<String>>> {
    let mut keys = keys.into_iter().peekable();
    let chunks = std::iter::from_fn(move || {
        keys.peek()?;
        Some(Ok(keys.by_ref().take(limits::MAX_BULK_GET_KEYS).collect()))
    });
    futures_util::stream::iter(chunks)
}

/// Fetches `keys` and calls `each` with every key and its value (`None`: missing), in order.
pub async fn read_ordered<S: KvStore>(
    store: &S,
    keys: Vec<String>,
    concurrency: usize,
    with_metadata: bool,
    mut each: impl FnMut(&str, Option<StoredValue>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let reads = read_chunks(store, chunked(keys), concurrency, with_metadata);
    tokio::pin!(reads);
    while let Some(read) = reads.next().await {
        let (names, values) = read?;
        for (key, value) in names.iter().zip(values) {
            each(key, value)?;
        }
    }
    Ok(())
}

/// One bulk read (the store splits it further when the API refuses it as too large), with the
/// exact bytes of values that are not UTF-8.
pub async fn read_chunk<S: KvStore>(
    store: &S,
    chunk: Vec<String>,
    with_metadata: bool,
) -> anyhow::Result<ReadChunk> {
    let values = store.get_batch(chunk.clone(), with_metadata).await?;
    let mut exact = Vec::with_capacity(values.len());
    for (key, value) in chunk.iter().zip(values) {
        exact.push(match value {
            Some(value) => Some(repair_binary(store, key, value).await?),
            None => None,
        });
    }
    Ok((chunk, exact))
}

/// The API's bulk read returns text, turning bytes that are not UTF-8 into U+FFFD; such a value
/// is read again on its own to get its exact bytes.
async fn repair_binary<S: KvStore>(
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
