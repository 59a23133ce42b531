//! Writing a whole validated bulk file into local state as one transaction: every item, or
//! nothing. The file streams through in chunks, so memory holds one chunk of values however
//! large the file; only the ids of the value files written so far are kept, to remove them if
//! the transaction does not commit.

use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::TransactionBehavior;

use super::blobs::{remove_blobs, write_blobs};
use super::store::{upsert_rows, LocalStore};
use crate::bulk::{read_put_items, BulkInput};
use crate::error::WkvError;
use crate::kv::limits::now_millis;
use crate::kv::PutItem;

/// A chunk is written to files and rows before the next is read: big enough that the value
/// files of a chunk are written by several threads at once, small enough to bound memory.
const CHUNK_ITEMS: usize = 4096;
const CHUNK_BYTES: usize = 16 * 1024 * 1024;

impl LocalStore {
    /// Writes every item of `input` (already validated) in one transaction and returns how many
    /// items and value bytes were written. `progress` is told after each chunk. Setting `cancel`
    /// stops the job and rolls it back: nothing is written.
    pub fn put_all_from(
        &self,
        input: &BulkInput,
        cancel: &AtomicBool,
        mut progress: impl FnMut(u64, u64),
    ) -> anyhow::Result<(u64, u64)> {
        let now_ms = now_millis();
        let now_secs = now_ms.div_euclid(1000);
        let mut conn = self.connection();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut written_ids: Vec<String> = Vec::new();
        let mut replaced: Vec<String> = Vec::new();
        let (mut items, mut bytes) = (0u64, 0u64);
        let mut chunk: Vec<PutItem> = Vec::new();
        let mut chunk_bytes = 0usize;

        let mut flush = |chunk: &mut Vec<PutItem>| -> anyhow::Result<()> {
            let values: Vec<&[u8]> = chunk.iter().map(|item| item.value.as_slice()).collect();
            let ids = write_blobs(self.blobs_dir(), &values, now_ms)?;
            written_ids.extend(ids.iter().cloned());
            upsert_rows(&tx, chunk, &ids, now_secs, &mut replaced)?;
            let chunk_value_bytes: u64 = values.iter().map(|v| v.len() as u64).sum();
            items += chunk.len() as u64;
            bytes += chunk_value_bytes;
            progress(chunk.len() as u64, bytes);
            chunk.clear();
            Ok(())
        };
        let streamed = read_put_items(input, |_position, item| {
            if cancel.load(Ordering::Relaxed) {
                return Err(WkvError::failure("interrupted").into());
            }
            chunk_bytes += item.value.len();
            chunk.push(item);
            if chunk.len() >= CHUNK_ITEMS || chunk_bytes >= CHUNK_BYTES {
                flush(&mut chunk)?;
                chunk_bytes = 0;
            }
            Ok(())
        })
        .and_then(|()| {
            if chunk.is_empty() {
                Ok(())
            } else {
                flush(&mut chunk)
            }
        });

        match streamed.and_then(|()| tx.commit().map_err(anyhow::Error::from)) {
            Ok(()) => {
                drop(conn);
                remove_blobs(self.blobs_dir(), &replaced);
                Ok((items, bytes))
            }
            Err(err) => {
                // The transaction rolled back when it was dropped; the files it would have
                // pointed at go too.
                drop(conn);
                remove_blobs(self.blobs_dir(), &written_ids);
                Err(err)
            }
        }
    }
}
