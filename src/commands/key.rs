//! `wkv key put|get|list|delete`: single keys.

use std::io::{Read, Write};

use anyhow::Context as _;
use serde_json::Value as Json;

use crate::cli::{KeyCommand, KeyDeleteArgs, KeyGetArgs, KeyListArgs, KeyPutArgs, OutputFormat};
use crate::error::{usage, WkvError};
use crate::kv::{limits, Expiry, KeyInfo, KvStore, Listing, NamePattern, PutItem};
use crate::output::{format_unix_seconds, shown, JsonArrayWriter, Table, Ui};

use crate::session::{Context, Intent};

pub async fn run(command: KeyCommand, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    match command {
        KeyCommand::Put(args) => put(args, context, ui).await,
        KeyCommand::Get(args) => get(args, context, ui).await,
        KeyCommand::List(args) => list(args, context, ui).await,
        KeyCommand::Delete(args) => delete(args, context, ui).await,
    }
}

async fn put(args: KeyPutArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    // Everything about the input is checked before the namespace is opened, so a bad
    // argument never leaves files behind.
    let item = put_item_from_args(&args)?;
    let target = context
        .open_target(&args.target, &args.location, Intent::Write, None)
        .await?;
    target.store.put(item).await.with_context(|| {
        format!(
            "failed to write key `{}` to {}",
            shown(&args.key),
            target.describe()
        )
    })?;
    ui.status(format!(
        "Wrote key `{}` to {}",
        shown(&args.key),
        target.describe()
    ));
    Ok(())
}

fn put_item_from_args(args: &KeyPutArgs) -> anyhow::Result<PutItem> {
    limits::validate_key(&args.key)?;
    // Checked here rather than by clap, in wrangler's words.
    let value = match (&args.value, &args.path) {
        (Some(_), Some(_)) => {
            return usage(
                "Conflicting options: <value> and --path cannot be used together. Please provide only one.",
            )
        }
        (Some(value), None) => value.clone().into_bytes(),
        (None, Some(path)) if path.as_os_str() == "-" => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(limits::MAX_VALUE_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
                .context("failed to read the value from stdin")?;
            bytes
        }
        (None, Some(path)) => read_value_file(path)?,
        (None, None) => {
            return usage("Missing required option: exactly one of <value> and --path must be provided")
        }
    };
    let metadata = match &args.metadata {
        None => None,
        Some(text) => Some(parse_metadata(text)?),
    };
    let expiry = Expiry::as_given(args.expiration, args.ttl);
    let item = PutItem {
        key: args.key.clone(),
        value,
        expiry,
        metadata,
    };
    limits::validate_put(&item, limits::now_secs())?;
    Ok(item)
}

fn read_value_file(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| {
        WkvError::usage(format!(
            "cannot read the value file `{}`: {e}",
            path.display()
        ))
    })?;
    // A directory opens fine on Unix and only fails at the first read, as an I/O error.
    if file.metadata().is_ok_and(|meta| meta.is_dir()) {
        return usage(format!(
            "cannot read the value file `{}`: it is a directory",
            path.display()
        ));
    }
    let mut bytes = Vec::new();
    // Read one byte past the limit so an oversized file is refused without reading it all.
    file.take(limits::MAX_VALUE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .with_context(|| format!("failed to read `{}`", path.display()))?;
    Ok(bytes)
}

/// Any JSON value, as wrangler and the API take it (an object is usual, but `"draft"`, `2` and
/// `[1, 2]` are metadata too).
fn parse_metadata(text: &str) -> anyhow::Result<Json> {
    serde_json::from_str(text).map_err(|e| {
        WkvError::usage(format!("--metadata is not valid JSON: {e}"))
            .with_hint(
                "pass a JSON value, e.g. --metadata '{\"version\": 2}'; a string needs its \
                 quotes: --metadata '\"draft\"'",
            )
            .into()
    })
}

async fn get(args: KeyGetArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    limits::validate_key(&args.key)?;
    let target = context
        .open_target(&args.target, &args.location, Intent::Read, None)
        .await?;
    let not_found = || {
        WkvError::not_found(format!("key `{}` not found", shown(&args.key)))
            .with_hint("run `wkv key list` with the same flags to see the keys of this namespace")
    };
    if args.metadata {
        let metadata = target
            .store
            .get_metadata(&args.key)
            .await?
            .ok_or_else(not_found)?;
        let out = ui.out();
        crate::output::write_pretty(&mut *out, &metadata)?;
        out.write_all(b"\n")?;
        return Ok(());
    }
    let value = target.store.get(&args.key).await?.ok_or_else(not_found)?;
    let out = ui.out();
    if args.text {
        out.write_all(String::from_utf8_lossy(&value.bytes).as_bytes())?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(&value.bytes)?;
    }
    Ok(())
}

async fn list(args: KeyListArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    if let Some(limit) = args.limit {
        limits::validate_list_limit(limit)?;
    }
    let pattern =
        NamePattern::from_flags(args.filter.glob.as_deref(), args.filter.regex.as_deref())?;
    let target = context
        .open_target(&args.target, &args.location, Intent::Read, None)
        .await?;
    let mut sink = KeySink::new(ui, pattern);
    let prefix = args.prefix.as_deref().filter(|p| !p.is_empty());
    match args.limit {
        Some(limit) => {
            let page = target
                .store
                .list_page(prefix, limit, args.cursor.as_deref())
                .await?;
            sink.push_all(ui, &page.keys)?;
            sink.finish(ui)?;
            if let Some(cursor) = page.cursor.filter(|c| !c.is_empty()) {
                ui.status(format!(
                    "more keys follow: continue with --cursor {}",
                    shown(&cursor)
                ));
            }
        }
        None => {
            let prefix = prefix.map(str::to_string);
            let mut listing = Listing::of(std::sync::Arc::new(target.store), prefix);
            while let Some(page) = listing.next_page().await? {
                sink.push_all(ui, &page.keys)?;
            }
            sink.finish(ui)?;
        }
    }
    Ok(())
}

/// Streams keys to stdout as JSON or NDJSON, or gathers them into a table; keys that do not
/// match the name pattern (`--match`/`--regex`) are left out as they stream by.
struct KeySink {
    pattern: Option<NamePattern>,
    output: KeyOutput,
}

enum KeyOutput {
    Json(JsonArrayWriter),
    Table(Table),
}

impl KeySink {
    fn new(ui: &Ui, pattern: Option<NamePattern>) -> KeySink {
        let format = ui.format();
        let output = match format {
            OutputFormat::Json => KeyOutput::Json(JsonArrayWriter::new(false)),
            OutputFormat::Ndjson => KeyOutput::Json(JsonArrayWriter::new(true)),
            OutputFormat::Table => KeyOutput::Table(ui.table(&["name", "expires", "metadata"])),
        };
        KeySink { pattern, output }
    }

    fn push_all(&mut self, ui: &mut Ui, keys: &[KeyInfo]) -> anyhow::Result<()> {
        let pattern = &self.pattern;
        let keys = keys
            .iter()
            .filter(|key| pattern.as_ref().is_none_or(|p| p.matches(&key.name)));
        match &mut self.output {
            KeyOutput::Json(writer) => {
                let out = ui.out();
                for key in keys {
                    writer.push(out, key)?;
                }
            }
            KeyOutput::Table(table) => {
                for key in keys {
                    table.add_row(vec![
                        key.name.clone(),
                        key.expiration.map(format_unix_seconds).unwrap_or_default(),
                        key.metadata.as_ref().map(compact_json).unwrap_or_default(),
                    ]);
                }
            }
        }
        Ok(())
    }

    fn finish(self, ui: &mut Ui) -> anyhow::Result<()> {
        match self.output {
            KeyOutput::Json(writer) => writer.finish(ui.out())?,
            KeyOutput::Table(table) => table.write(ui.out(), "(no keys)")?,
        }
        Ok(())
    }
}

async fn delete(args: KeyDeleteArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    limits::validate_key(&args.key)?;
    let target = context
        .open_target(&args.target, &args.location, Intent::Delete, None)
        .await?;
    target.store.delete(&args.key).await.with_context(|| {
        format!(
            "failed to delete key `{}` from {}",
            shown(&args.key),
            target.describe()
        )
    })?;
    ui.status(format!(
        "Deleted key `{}` from {}",
        shown(&args.key),
        target.describe()
    ));
    Ok(())
}

/// Metadata for a table cell: compact, with numbers as JavaScript writes them (like the JSON
/// output).
fn compact_json(value: &Json) -> String {
    let mut text = Vec::new();
    crate::output::write_compact(&mut text, value).expect("JSON into memory");
    String::from_utf8(text).expect("JSON text is UTF-8")
}
