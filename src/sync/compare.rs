//! Whether a key needs writing: `--changed-only` skips a key whose target already holds the
//! same value, expiration and metadata.

use crate::kv::StoredValue;

/// Whether the two hold the same value, expiration and metadata, with metadata compared as
/// JavaScript reads it: `0.10` and `0.1` are the same number to the API, though serde_json
/// (keeping literals) tells them apart.
pub fn same_content(a: &StoredValue, b: &StoredValue) -> bool {
    a.bytes == b.bytes
        && a.expiration == b.expiration
        && match (&a.metadata, &b.metadata) {
            (Some(x), Some(y)) => crate::output::same_json(x, y),
            (x, y) => x.is_none() && y.is_none(),
        }
}
