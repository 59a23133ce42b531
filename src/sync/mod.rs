//! Copying and syncing between places, and the engine of every remote bulk job: where data
//! comes from and goes to (`place`), whose credentials each side uses (`side_access`), the
//! transfer of copy and `bulk put --sync` (`transfer`, over `merge` of two listings), the
//! bounded-concurrency reads, writes and deletes every bulk job uses (`reads`, `writes`,
//! `deletes`) under one failure policy (`batches`), and the records a run leaves (`failed`,
//! `backup`, `summary`). Nothing here prints; commands render the outcome.

mod backup;
mod batches;
mod compare;
mod deletes;
mod failed;
mod feed;
mod file_names;
mod merge;
mod name_clashes;
mod place;
mod reads;
mod side_access;
mod staged;
mod summary;
mod transfer;
mod writes;

pub use backup::BackupFile;
pub use batches::BatchResult;
pub use compare::same_content;
pub use deletes::{delete_batch, DeleteTotals};
pub use failed::{not_written_error, FailedItems};
pub use feed::{from_blocking, join};
pub use file_names::{key_to_path, path_to_key};
pub use merge::{MergedNames, Paired};
pub use name_clashes::NameClashes;
pub use place::{Place, PlaceKind};
pub use reads::{chunked, read_chunk, read_chunks, read_ordered, ReadChunk};
pub use side_access::{Side, SideAccess};
pub use staged::StagedFile;
pub use summary::{PlanKeys, Summary};
pub use transfer::{transfer, Selection, TransferOptions, TransferOutcome};
pub use writes::{interrupt, put_file, write_batches, WritePlan, WriteTotals};
