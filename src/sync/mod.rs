//! Copying and syncing between places: where data comes from and goes to (`place`), whose
//! credentials each side uses (`side_access`), and the result counts a run reports (`summary`).
//! Nothing here prints; commands talk to data only through `KvStore`.

mod backup;
mod compare;
mod file_names;
mod merge;
mod name_clashes;
mod pattern;
mod place;
mod side_access;
mod staged;
mod summary;

pub use backup::BackupFile;
pub use compare::same_content;
pub use file_names::{key_to_path, path_to_key};
pub use merge::{MergedNames, Paired, SortedNames};
pub use name_clashes::NameClashes;
pub use pattern::KeyPattern;
pub use place::{Place, PlaceKind};
pub use side_access::{Side, SideAccess};
pub use staged::StagedFile;
pub use summary::{PlanKeys, Summary};
