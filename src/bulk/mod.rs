//! Streaming readers for bulk input files (a JSON array or NDJSON, from a file or stdin) and the
//! batching of their items. Files of any size are read in constant memory, validated whole in a
//! first pass before a second pass hands the items out. Nothing here writes to a store or prints.

mod input;
mod items;
mod passes;
mod position;
mod report;
mod scan;
mod shells;
mod stream;

pub use input::{detect_format, BulkInput, InputFormat};
pub use passes::{read_key_items, read_put_items, validate_key_items, validate_put_items};
pub use position::Position;
pub use report::{report_to_result, ItemProblem, ValidationReport, KEPT_PROBLEMS};
