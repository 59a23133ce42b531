//! One batch of writes or deletes, sent under the one failure policy of remote jobs. The client
//! has already retried what a retry can fix (transport errors, 429 with `retry-after`, 5xx), so
//! nothing here sends a failed request again. An error that retrying cannot fix (refused
//! credentials, a missing namespace, a bad request) stops the job at once; one that outlasted the
//! client's retries leaves the batch undone, with its reason, and the job goes on. Keys the API
//! names in `unsuccessful_keys` are sent again after the client's backoff, as many rounds as the
//! client retries; those still not done come back with the reason.

use std::collections::HashSet;
use std::future::Future;

use crate::kv::{BatchOutcome, PutItem};

/// What became of one batch.
pub struct BatchResult<T> {
    pub done: Vec<T>,
    pub not_done: Vec<T>,
    /// Why `not_done` is not done.
    pub reason: Option<String>,
    /// How many times keys of the batch were sent again.
    pub resent: u64,
}

/// An item of a batch, named by its key.
pub trait Keyed {
    fn key(&self) -> &str;
}

impl Keyed for PutItem {
    fn key(&self) -> &str {
        &self.key
    }
}

impl Keyed for String {
    fn key(&self) -> &str {
        self
    }
}

/// Sends `batch` with `send`; `rounds` is how many more times unsuccessful keys are sent;
/// `undone` says what happened to them in messages ("written", "deleted"). `Err` only for an
/// error that stops the job.
pub async fn send_batch<T, F, Fut>(
    batch: Vec<T>,
    rounds: u32,
    undone: &str,
    mut send: F,
) -> anyhow::Result<BatchResult<T>>
where
    T: Keyed,
    F: FnMut(Vec<T>) -> Fut,
    Fut: Future<Output = (Vec<T>, anyhow::Result<BatchOutcome>)>,
{
    let mut done = Vec::with_capacity(batch.len());
    let mut pending = batch;
    let mut round = 0;
    loop {
        let (sent, outcome) = send(pending).await;
        let unsuccessful = match outcome {
            Err(error) if crate::api::retrying_cannot_fix(&error) => return Err(error),
            Err(error) => {
                return Ok(BatchResult {
                    done,
                    not_done: sent,
                    reason: Some(format!("{error:#}")),
                    resent: round.into(),
                })
            }
            Ok(outcome) => outcome.unsuccessful_keys,
        };
        let unsuccessful: HashSet<String> = unsuccessful.into_iter().collect();
        let (failed, succeeded): (Vec<T>, Vec<T>) = sent
            .into_iter()
            .partition(|item| unsuccessful.contains(item.key()));
        done.extend(succeeded);
        if failed.is_empty() || round == rounds {
            let reason = (!failed.is_empty())
                .then(|| format!("the API reported the keys as not {undone} (unsuccessful_keys)"));
            return Ok(BatchResult {
                done,
                not_done: failed,
                reason,
                resent: round.into(),
            });
        }
        round += 1;
        tokio::time::sleep(crate::api::resend_delay(round)).await;
        pending = failed;
    }
}
