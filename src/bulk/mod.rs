//! Streaming readers for bulk input files (a JSON array or NDJSON, from a file or stdin), the
//! batching of their items, and the JSON form a put item travels in. Files of any size are read
//! in constant memory and validated whole in a first pass before a second pass hands the items
//! out. Nothing here writes to a store, sends a request or prints.

mod batch;
mod input;
mod items;
mod passes;
mod position;
mod report;
mod scan;
mod shells;
mod stream;
mod wire;

pub use batch::{Batcher, PUT_BATCH_BYTES};
pub use input::{detect_format, BulkInput, InputFormat};
pub use items::KeyItems;
pub use passes::{
    read_key_items, read_key_items_of, read_put_items, validate_key_items, validate_key_items_of,
    validate_put_items,
};
pub use position::Position;
pub use report::{report_to_result, ItemProblem, ValidationReport, KEPT_PROBLEMS};
pub use wire::{encode_put_body, put_item_request_bytes, WireItem, WireItemRef};
