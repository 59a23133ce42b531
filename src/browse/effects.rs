//! Carrying out what the key handling asked for: opening namespaces and listings, reading
//! values, editing through the editor with the concurrent-change check, writing, deleting,
//! exporting and copying. Every read and write goes through the `KvStore` trait of a target
//! opened like the CLI opens it, so remote writes keep the rate limit and retries.

use std::io::Write;
use std::sync::Arc;

use anyhow::Context as _;
use tokio::sync::mpsc::Sender;
use tokio::task::JoinHandle;

use super::app::{App, Effect, Mode, Question};
use super::editor::{edit_bytes, fingerprint};
use super::loader::{spawn_listing, spawn_value, Message};
use super::terminal::{copy_to_clipboard, EventReader, TerminalGuard};
use crate::bulk::WireItem;
use crate::kv::{limits, Expiry, KvStore, PutItem, StoredValue};
use crate::output::export_file::ExportFile;
use crate::output::JsonArrayWriter;
use crate::session::Place;
use crate::session::{Context, Intent, Store, Target};

pub struct Runner<'a> {
    pub context: &'a Context,
    pub place: Place,
    /// The open namespace's store.
    target: Option<Arc<Target>>,
    listing: Option<JoinHandle<()>>,
    sender: Sender<Message>,
}

/// The terminal, for effects that hand it to an editor.
pub struct Screen<'a> {
    pub guard: &'a mut TerminalGuard,
    pub reader: &'a EventReader,
}

impl<'a> Runner<'a> {
    pub fn new(context: &'a Context, place: Place, sender: Sender<Message>) -> Runner<'a> {
        Runner {
            context,
            place,
            target: None,
            listing: None,
            sender,
        }
    }

    /// Applies a message from background work to the state; may ask for more work.
    pub fn receive(&mut self, app: &mut App, message: Message) -> Option<Effect> {
        match message {
            Message::Page {
                generation,
                keys,
                last,
            } => return app.add_page(generation, keys, last),
            Message::ListFailed { generation, error } => app.listing_failed(generation, error),
            Message::Value { name, value } => app.value_loaded(&name, value),
            Message::ValueFailed { name, error } => {
                app.value_loaded(&name, None);
                app.error(format!("cannot read `{name}`: {error}"));
            }
            Message::Deleted(names) => {
                let count = names.len();
                app.keys_deleted(&names);
                app.info(format!(
                    "Deleted {count} key{}.",
                    if count == 1 { "" } else { "s" }
                ));
                return app.cursor_key().map(|name| {
                    app.detail = super::app::Detail::Loading(name.clone());
                    Effect::LoadValue(name)
                });
            }
            Message::Found {
                generation,
                needle,
                matches,
                searched,
            } => return app.values_found(generation, &needle, matches, searched),
            Message::Info(text) => app.info(text),
            Message::Error(text) => app.error(text),
        }
        None
    }

    fn reload_value(&self, app: &mut App, name: &str) -> Option<Effect> {
        (app.cursor_key().as_deref() == Some(name)).then(|| {
            app.detail = super::app::Detail::Loading(name.to_string());
            Effect::LoadValue(name.to_string())
        })
    }

    /// Carries out an effect; a failure becomes an error on the status line.
    pub async fn apply(&mut self, app: &mut App, effect: Effect, screen: Screen<'_>) {
        let mut next = Some(effect);
        let mut screen = screen;
        while let Some(effect) = next.take() {
            match self.apply_one(app, effect, &mut screen).await {
                Ok(more) => next = more,
                Err(err) => app.error(format!("{err:#}")),
            }
        }
    }

    async fn apply_one(
        &mut self,
        app: &mut App,
        effect: Effect,
        screen: &mut Screen<'_>,
    ) -> anyhow::Result<Option<Effect>> {
        match effect {
            Effect::OpenNamespace(index) => {
                let Some(namespace) = app.namespaces.get(index) else {
                    return Ok(None);
                };
                let target = self.place.open(self.context, &namespace.id, Intent::Read)?;
                self.target = Some(Arc::new(target));
                app.open_namespace(index);
                app.status = None;
                self.start_listing(app);
            }
            Effect::Reload => {
                app.restart_listing();
                app.info(super::app::RELOADING);
                // A namespace that had no data may have some now.
                if let Some(namespace) = app.current_namespace() {
                    let id = namespace.id.clone();
                    let target = self.place.open(self.context, &id, Intent::Read)?;
                    self.target = Some(Arc::new(target));
                }
                self.start_listing(app);
            }
            Effect::LoadValue(name) => {
                app.detail = super::app::Detail::Loading(name.clone());
                spawn_value(self.target()?, name, app.color, self.sender.clone());
            }
            Effect::Copy(name) => {
                copy_to_clipboard(&name)?;
                app.info(format!("Copied the name `{name}` (OSC 52)."));
            }
            Effect::Delete(names) => {
                let target = self.target()?;
                let sender = self.sender.clone();
                app.info(format!(
                    "Deleting {}…",
                    crate::output::count_of(names.len() as u64, "key", "keys")
                ));
                tokio::spawn(async move {
                    let message = match delete_keys(&target, names).await {
                        Ok(names) => Message::Deleted(names),
                        Err(err) => Message::Error(format!("delete failed: {err:#}")),
                    };
                    let _ = sender.send(message).await;
                });
            }
            Effect::SearchValues { names, needle } => {
                let target = self.target()?;
                let sender = self.sender.clone();
                let generation = app.generation;
                app.info(format!(
                    "Searching {}…",
                    crate::output::count_of(names.len() as u64, "value", "values")
                ));
                tokio::spawn(async move {
                    let message = match search_values(&target, &names, needle.as_bytes()).await {
                        Ok(matches) => Message::Found {
                            generation,
                            needle,
                            matches,
                            searched: names.len(),
                        },
                        Err(err) => Message::Error(format!("search failed: {err:#}")),
                    };
                    let _ = sender.send(message).await;
                });
            }
            Effect::Export(names, path, replace) => {
                let target = self.target()?;
                let sender = self.sender.clone();
                app.info(format!(
                    "Exporting {} to {path}…",
                    crate::output::count_of(names.len() as u64, "key", "keys")
                ));
                tokio::spawn(async move {
                    let message = match export_keys(&target, &names, &path, replace).await {
                        Ok(count) => Message::Info(format!(
                            "Exported {} to {path} (bulk put format).",
                            crate::output::count_of(count as u64, "key", "keys")
                        )),
                        Err(err) => Message::Error(format!("export failed: {err:#}")),
                    };
                    let _ = sender.send(message).await;
                });
            }
            Effect::SetExpiry(name, expiry) => {
                let original = self.read_existing(&name).await?;
                let item = PutItem {
                    expiry,
                    ..original.into_put_item(name)
                };
                return self.write(app, item).await;
            }
            Effect::Write(item) => return self.write(app, item).await,
            Effect::Create(item) => return self.create(app, item).await,
            Effect::EditValue(name) => return self.edit_value(app, name, screen).await,
            Effect::EditMetadata(name) => return self.edit_metadata(app, name, screen).await,
            Effect::NewKey(name) => return self.new_key(app, name, screen).await,
        }
        Ok(None)
    }

    fn target(&self) -> anyhow::Result<Arc<Target>> {
        self.target
            .clone()
            .ok_or_else(|| anyhow::anyhow!("no namespace is open"))
    }

    /// The key's whole value as the store holds it now, or an error asking for a reload when
    /// somebody deleted it since the list was read.
    async fn read_existing(&self, name: &str) -> anyhow::Result<StoredValue> {
        let target = self.target()?;
        read_whole(&target, name)
            .await?
            .ok_or_else(|| anyhow::anyhow!("`{name}` no longer exists: press r to reload"))
    }

    fn start_listing(&mut self, app: &App) {
        if let Some(listing) = self.listing.take() {
            listing.abort();
        }
        let Some(target) = self.target.clone() else {
            return;
        };
        let prefix = Some(app.prefix.clone()).filter(|p| !p.is_empty());
        self.listing = Some(spawn_listing(
            target,
            prefix,
            app.generation,
            self.sender.clone(),
        ));
    }

    /// The open namespace's store for writing: a local namespace with no data yet is created.
    fn writable_target(&mut self, app: &App) -> anyhow::Result<Arc<Target>> {
        let target = self.target()?;
        if !matches!(target.store, Store::LocalEmpty(_)) {
            return Ok(target);
        }
        let id = app
            .current_namespace()
            .map(|n| n.id.clone())
            .ok_or_else(|| anyhow::anyhow!("no namespace is open"))?;
        let target = Arc::new(self.place.open(self.context, &id, Intent::Write)?);
        self.target = Some(Arc::clone(&target));
        Ok(target)
    }

    async fn write(&mut self, app: &mut App, item: PutItem) -> anyhow::Result<Option<Effect>> {
        limits::validate_put(&item, limits::now_secs())?;
        let target = self.writable_target(app)?;
        let name = item.key.clone();
        let metadata = item.metadata.clone();
        let expiration = item.expiry.resolve(limits::now_secs());
        target
            .store
            .put(item)
            .await
            .with_context(|| format!("failed to write `{name}`"))?;
        app.keys.update(&name, expiration, metadata.as_ref());
        app.sizes.remove(&name);
        app.info(format!("Wrote `{name}`."));
        Ok(self.reload_value(app, &name))
    }

    /// Writes `item` if the key is still as `before` left it; otherwise asks first.
    async fn write_unless_changed(
        &mut self,
        app: &mut App,
        before: [u8; 32],
        item: PutItem,
    ) -> anyhow::Result<Option<Effect>> {
        let target = self.target()?;
        let now = read_whole(&target, &item.key).await?;
        if fingerprint(now.as_ref()) != before {
            let what = if now.is_none() {
                "was deleted"
            } else {
                "changed"
            };
            app.mode = Mode::Confirm {
                text: format!(
                    "`{}` {what} in the store while you were editing. Write your version \
                     anyway? y to write, any other key to drop your edit",
                    item.key
                ),
                question: Question::Overwrite(item),
            };
            return Ok(None);
        }
        self.write(app, item).await
    }

    async fn edit_value(
        &mut self,
        app: &mut App,
        name: String,
        screen: &mut Screen<'_>,
    ) -> anyhow::Result<Option<Effect>> {
        let original = self.read_existing(&name).await?;
        let Ok(text) = std::str::from_utf8(&original.bytes) else {
            anyhow::bail!(
                "`{name}` holds binary data; write it with `wkv key put {name} --path FILE`"
            );
        };
        let suffix = if serde_json::from_str::<serde_json::Value>(text).is_ok() {
            ".json"
        } else {
            ".txt"
        };
        let before = fingerprint(Some(&original));
        let Some(edited) = with_editor(screen, &original.bytes, suffix)? else {
            app.info(format!("`{name}` unchanged: nothing written."));
            return Ok(None);
        };
        let item = PutItem {
            value: edited,
            ..original.into_put_item(name)
        };
        self.write_unless_changed(app, before, item).await
    }

    async fn edit_metadata(
        &mut self,
        app: &mut App,
        name: String,
        screen: &mut Screen<'_>,
    ) -> anyhow::Result<Option<Effect>> {
        let original = self.read_existing(&name).await?;
        let mut initial = match &original.metadata {
            Some(metadata) => serde_json::to_string_pretty(metadata)?,
            None => "{}".to_string(),
        };
        initial.push('\n');
        let before = fingerprint(Some(&original));
        let Some(edited) = with_editor(screen, initial.as_bytes(), ".json")? else {
            app.info(format!("Metadata of `{name}` unchanged: nothing written."));
            return Ok(None);
        };
        let text = String::from_utf8_lossy(&edited);
        let metadata = match text.trim() {
            "" | "null" | "{}" => None,
            text => {
                // Any JSON value is metadata, as for `key put --metadata`.
                let json: serde_json::Value = serde_json::from_str(text)
                    .map_err(|e| anyhow::anyhow!("the metadata is not valid JSON: {e}"))?;
                Some(json)
            }
        };
        let item = PutItem {
            metadata,
            ..original.into_put_item(name)
        };
        self.write_unless_changed(app, before, item).await
    }

    async fn new_key(
        &mut self,
        app: &mut App,
        name: String,
        screen: &mut Screen<'_>,
    ) -> anyhow::Result<Option<Effect>> {
        let target = self.target()?;
        if read_whole(&target, &name).await?.is_some() {
            anyhow::bail!("`{name}` exists already: move to it and press e to edit it");
        }
        let Some(value) = with_editor(screen, b"", ".txt")? else {
            // An empty value is a value (as for `key put k ''`), but also what an editor
            // closed without writing leaves: ask rather than guess.
            app.mode = Mode::Confirm {
                text: format!(
                    "The value of `{}` is empty. Create it with an empty value? y to create, any other key to cancel",
                    crate::output::shown(&name)
                ),
                question: Question::CreateEmpty(name),
            };
            return Ok(None);
        };
        let item = PutItem {
            key: name,
            value,
            expiry: Expiry::Never,
            metadata: None,
        };
        self.create(app, item).await
    }

    /// Writes a key that did not exist when `n` was pressed, unless it appeared meanwhile.
    async fn create(&mut self, app: &mut App, item: PutItem) -> anyhow::Result<Option<Effect>> {
        let name = item.key.clone();
        self.write_unless_changed(app, fingerprint(None), item)
            .await?;
        if app.mode == Mode::Normal {
            app.info(format!("Created `{name}`; press r to see it in the list."));
        }
        Ok(None)
    }
}

/// Hands the terminal to the editor and takes it back, whatever the editor did.
fn with_editor(
    screen: &mut Screen<'_>,
    initial: &[u8],
    suffix: &str,
) -> anyhow::Result<Option<Vec<u8>>> {
    let _paused = screen.reader.pause();
    screen.guard.suspend()?;
    let edited = edit_bytes(initial, suffix);
    screen.guard.resume()?;
    edited
}

/// The whole value with its metadata (the API's value read leaves metadata out).
async fn read_whole(target: &Target, name: &str) -> anyhow::Result<Option<StoredValue>> {
    let Some(mut value) = target.store.get(name).await? else {
        return Ok(None);
    };
    if value.metadata.is_none() && target.is_remote() {
        value.metadata = target.store.get_metadata(name).await?.flatten();
    }
    Ok(Some(value))
}

async fn delete_keys(target: &Target, names: Vec<String>) -> anyhow::Result<Vec<String>> {
    for chunk in names.chunks(limits::MAX_BULK_WRITE_ITEMS) {
        let outcome = target.store.delete_batch(chunk.to_vec()).await?;
        if !outcome.unsuccessful_keys.is_empty() {
            anyhow::bail!(
                "{} keys were not deleted: {}",
                outcome.unsuccessful_keys.len(),
                outcome.unsuccessful_keys.join(", ")
            );
        }
    }
    Ok(names)
}

/// The names among `names` whose value contains `needle` (bytes, case-sensitive). Values are
/// read a bulk chunk at a time remotely and one at a time locally, so that only one chunk is
/// held; a chunk the API refuses as too large (its answer is capped) is read key by key.
async fn search_values(
    target: &Target,
    names: &[String],
    needle: &[u8],
) -> anyhow::Result<Vec<String>> {
    let chunk_size = if target.is_remote() {
        limits::MAX_BULK_GET_KEYS
    } else {
        1
    };
    let mut matches = Vec::new();
    for chunk in names.chunks(chunk_size) {
        let values = match target.store.get_batch(chunk.to_vec(), false).await {
            Ok(values) => values,
            Err(_) if chunk.len() > 1 => {
                let mut values = Vec::with_capacity(chunk.len());
                for name in chunk {
                    values.push(target.store.get(name).await?);
                }
                values
            }
            Err(err) => return Err(err),
        };
        for (name, value) in chunk.iter().zip(values) {
            if value.is_some_and(|value| contains(&value.bytes, needle)) {
                matches.push(name.clone());
            }
        }
    }
    Ok(matches)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty()
        || haystack
            .windows(needle.len())
            .any(|window| window == needle)
}

/// Writes the keys to a file in `bulk put` format, 100 keys read at a time, as `bulk export`
/// writes one: complete or not at all, replacing a file there only when `replace` (agreed to).
async fn export_keys(
    target: &Target,
    names: &[String],
    path: &str,
    replace: bool,
) -> anyhow::Result<usize> {
    let mut file = ExportFile::create(std::path::Path::new(path))?;
    let mut out = std::io::BufWriter::new(file.file());
    let mut writer = JsonArrayWriter::new(path.ends_with(".ndjson") || path.ends_with(".jsonl"));
    let mut count = 0;
    for chunk in names.chunks(limits::MAX_BULK_GET_KEYS) {
        let values = target.store.get_batch(chunk.to_vec(), true).await?;
        for (name, value) in chunk.iter().zip(values) {
            let Some(value) = value else { continue };
            let item = value.into_put_item(name.clone());
            writer.push(&mut out, &WireItem::from_put_item(&item))?;
            count += 1;
        }
    }
    writer.finish(&mut out)?;
    out.flush()?;
    drop(out);
    file.finish(replace)?;
    Ok(count)
}
