//! The resolved context of a run, below both `commands` and `browse`: which place (local state,
//! a remote account, a served API), which namespace (by binding, id or title, resolved here and
//! nowhere else, with one set of messages), and the store that place opens. Pickers and prompts
//! are passed in (`Context::chooser`), so this layer never imports the browser.
//!
//! One job per file: `target` (the context, flags to a namespace and its store), `store` (the
//! one store value over every place), `remote` (signing in and the account for a run), `titles`
//! (a namespace named by its title), `place` (the namespaces a place offers to a picker),
//! `copy_places` (the two places of a `copy`), `empty_store` (a local namespace with no data).

mod copy_places;
mod empty_store;
mod place;
mod remote;
mod store;
mod target;
mod titles;

pub use copy_places::{open_both, OpenedPlace};
pub use empty_store::EmptyStore;
pub use place::{namespace_entries, pick_account_namespace, NamespaceEntry, Place};
pub use remote::{signed_in_client, RemoteSession};
pub use store::Store;
pub use target::{Chooser, Context, Intent, Target};
pub use titles::only_titled;
