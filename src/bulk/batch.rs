//! Grouping a stream of items into batches that respect a request's limits on item count and
//! body size (sizes measured by `wire::put_item_request_bytes`). Holds one batch at a time;
//! sends nothing.

use crate::kv::limits::MAX_BULK_WRITE_BYTES;

/// The byte budget for a batch of put items measured with `put_item_request_bytes`: the body
/// is `[` + items joined by `,` + `]`, that is 1 byte more than the sum of the measured sizes
/// (each of which counts a comma), and the API refuses bodies of 100,000,000 bytes or more.
pub const PUT_BATCH_BYTES: usize = MAX_BULK_WRITE_BYTES - 2;

/// Groups a stream into batches of at most `max_items` whose sizes add up to at most
/// `max_bytes`. An item is never split: one larger than `max_bytes` travels alone.
#[derive(Debug)]
pub struct Batcher<T> {
    max_items: usize,
    max_bytes: usize,
    items: Vec<T>,
    bytes: usize,
}

impl<T> Batcher<T> {
    pub fn new(max_items: usize, max_bytes: usize) -> Self {
        Batcher {
            max_items: max_items.max(1),
            max_bytes,
            items: Vec::new(),
            bytes: 0,
        }
    }

    /// Adds an item of `size` bytes. Returns the batch it closes when it does not fit in the
    /// current one (the item then starts the next batch).
    pub fn push(&mut self, item: T, size: usize) -> Option<Vec<T>> {
        let full = !self.items.is_empty()
            && (self.items.len() >= self.max_items
                || self.bytes.saturating_add(size) > self.max_bytes);
        let ready = if full { self.take() } else { None };
        self.items.push(item);
        self.bytes = self.bytes.saturating_add(size);
        ready
    }

    /// The last, partial batch, if any item is left.
    pub fn finish(&mut self) -> Option<Vec<T>> {
        self.take()
    }

    /// Items waiting in the current batch.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    fn take(&mut self) -> Option<Vec<T>> {
        if self.items.is_empty() {
            return None;
        }
        self.bytes = 0;
        Some(std::mem::take(&mut self.items))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bulk::wire::{encode_put_body, put_item_request_bytes};
    use crate::kv::{Expiry, PutItem};

    fn batches(batcher: &mut Batcher<u32>, sizes: &[usize]) -> Vec<Vec<u32>> {
        let mut out = Vec::new();
        for (i, size) in sizes.iter().enumerate() {
            out.extend(batcher.push(i as u32, *size));
        }
        out.extend(batcher.finish());
        out
    }

    #[test]
    fn splits_by_count_exactly_at_the_limit() {
        let mut batcher = Batcher::new(3, usize::MAX);
        assert_eq!(
            batches(&mut batcher, &[1; 6]),
            vec![vec![0, 1, 2], vec![3, 4, 5]]
        );
        assert_eq!(
            batches(&mut batcher, &[1; 7]),
            vec![vec![0, 1, 2], vec![3, 4, 5], vec![6]]
        );
        assert_eq!(batches(&mut batcher, &[]), Vec::<Vec<u32>>::new());
        assert!(batcher.is_empty());
    }

    #[test]
    fn splits_by_bytes_exactly_at_the_limit() {
        let mut batcher = Batcher::new(100, 10);
        // 4 + 6 is exactly 10: one batch.
        assert_eq!(batches(&mut batcher, &[4, 6]), vec![vec![0, 1]]);
        // 4 + 6 + 1 is 11: the third starts a new batch.
        assert_eq!(batches(&mut batcher, &[4, 6, 1]), vec![vec![0, 1], vec![2]]);
        // An item too large for any batch travels alone.
        assert_eq!(
            batches(&mut batcher, &[3, 25, 3]),
            vec![vec![0], vec![1], vec![2]]
        );
        assert_eq!(
            batches(&mut batcher, &[10, 10, 10]),
            vec![vec![0], vec![1], vec![2]]
        );
    }

    #[test]
    fn a_batch_reports_its_state() {
        let mut batcher = Batcher::new(2, 100);
        assert!(batcher.push("a", 1).is_none());
        assert_eq!(batcher.len(), 1);
        assert!(batcher.push("b", 1).is_none());
        assert_eq!(batcher.push("c", 1), Some(vec!["a", "b"]));
        assert_eq!(batcher.finish(), Some(vec!["c"]));
        assert_eq!(batcher.finish(), None);
    }

    #[test]
    fn remote_put_batches_stay_under_the_api_limits() {
        // A batch's items add up to at most this; the brackets make the body 100 MB - 1.
        assert_eq!(PUT_BATCH_BYTES, 99_999_998);
    }

    #[test]
    fn a_byte_budget_of_limit_minus_two_keeps_bodies_under_the_limit() {
        // The same arithmetic as PUT_BATCH_BYTES, with a body limit small enough to reach.
        const BODY_LIMIT: usize = 120;
        let mut batcher = Batcher::new(1000, BODY_LIMIT - 2);
        let mut bodies = Vec::new();
        for i in 0..40 {
            let item = PutItem {
                key: format!("key-{i}"),
                value: "v".repeat(i % 7).into_bytes(),
                expiry: Expiry::Never,
                metadata: None,
            };
            let size = put_item_request_bytes(&item);
            bodies.extend(
                batcher
                    .push(item, size)
                    .map(|batch| encode_put_body(&batch)),
            );
        }
        bodies.extend(batcher.finish().map(|batch| encode_put_body(&batch)));
        assert!(bodies.len() > 3);
        assert!(bodies.iter().all(|body| body.len() < BODY_LIMIT));
        // Batches are not cut needlessly short: each but the last is within one item of the limit.
        assert!(bodies[..bodies.len() - 1]
            .iter()
            .all(|body| body.len() + 30 >= BODY_LIMIT));
    }
}
