//! Deleting keys in batches of at most 10,000 under the failure policy of `batches`: keys the
//! API reports in `unsuccessful_keys` are sent again, and whatever is still not deleted is
//! counted and named with its reason, for `bulk delete` and `copy --sync` alike.

use crate::kv::KvStore;

use super::batches::{send_batch, BatchResult};

/// How many keys not deleted a summary names.
const NAMED_KEYS: usize = 50;

/// What the deletes of a job did.
#[derive(Debug, Default, Clone)]
pub struct DeleteTotals {
    pub deleted: u64,
    pub not_deleted: u64,
    /// The first keys not deleted, to name them.
    pub first_not_deleted: Vec<String>,
    /// Why keys were not deleted, once per distinct reason.
    pub reasons: Vec<String>,
    pub resent_batches: u64,
}

impl DeleteTotals {
    /// Counts what became of one batch.
    pub fn add(&mut self, result: BatchResult<String>) {
        self.deleted += result.done.len() as u64;
        self.resent_batches += result.resent;
        self.not_deleted += result.not_done.len() as u64;
        let room = NAMED_KEYS.saturating_sub(self.first_not_deleted.len());
        self.first_not_deleted
            .extend(result.not_done.into_iter().take(room));
        if let Some(reason) = result.reason {
            if !self.reasons.contains(&reason) && self.reasons.len() < 5 {
                self.reasons.push(reason);
            }
        }
    }

    /// The keys not deleted, for a message: the first ones, then "..." if there are more.
    pub fn named(&self) -> String {
        let shown: Vec<String> = self
            .first_not_deleted
            .iter()
            .map(|key| crate::output::shown(key).into_owned())
            .collect();
        let more = self.not_deleted as usize > shown.len();
        format!("{}{}", shown.join(", "), if more { ", ..." } else { "" })
    }
}

/// Deletes one batch; `rounds` is how many more times unsuccessful keys are sent. `Err` only
/// for an error that stops the job.
pub async fn delete_batch<S: KvStore>(
    store: &S,
    keys: Vec<String>,
    rounds: u32,
) -> anyhow::Result<BatchResult<String>> {
    send_batch(keys, rounds, "deleted", |keys| async move {
        let outcome = store.delete_batch(keys.clone()).await;
        (keys, outcome)
    })
    .await
}
