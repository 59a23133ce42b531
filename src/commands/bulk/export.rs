//! `wkv bulk export`: a whole namespace (or a prefix) as a bulk-put file, streamed page by page.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;
use futures_util::StreamExt;

use crate::bulk::{detect_format, InputFormat, WireItem};
use crate::cli::BulkExportArgs;
use crate::kv::{limits, KvStore, Listing, NamePattern, PutItem};
use crate::output::export_file::{self, ExportFile};
use crate::output::{count_of, human_bytes, JsonArrayWriter, Ui};
use crate::sync::read_chunks;

use crate::session::{Context, Intent, Target};

pub async fn run(args: BulkExportArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let pattern =
        NamePattern::from_flags(args.filter.glob.as_deref(), args.filter.regex.as_deref())?;
    // Asked before anything is read: an answer that keeps the file costs no request.
    if args.dir.is_none() && args.file != "-" && !replace_allowed(&args, ui)? {
        ui.status(format!("Not exported: `{}` was left as it was", args.file));
        return Ok(());
    }
    let target = context
        .open_target(
            &args.target,
            &args.location,
            Intent::Read,
            Some(args.throughput.rate_limit),
        )
        .await?;
    if let Some(dir) = args.dir.clone() {
        return export_dir(args, &dir, pattern, target, ui).await;
    }
    let format = detect_format(&args.file, args.format);
    let description = target.describe();
    let started = std::time::Instant::now();
    let progress = ui.progress(None, "bulk export");
    // A file is written beside its name and moved over it once complete.
    let mut export_file = match args.file.as_str() {
        "-" => None,
        path => Some(ExportFile::create(Path::new(path))?),
    };
    let mut sink: Box<dyn Write + '_> = match export_file.as_mut() {
        None => Box::new(BufWriter::with_capacity(
            256 * 1024,
            std::io::stdout().lock(),
        )),
        Some(file) => Box::new(BufWriter::new(file.file())),
    };
    let concurrency = args.throughput.concurrency as usize;
    let prefix = args.prefix.filter(|p| !p.is_empty());
    let mut writer = JsonArrayWriter::new(format == InputFormat::Ndjson);
    let (items, bytes) = {
        export_all(
            Arc::new(target.store),
            prefix.as_deref(),
            pattern.as_ref(),
            concurrency,
            |item| {
                writer.push(&mut sink, &WireItem::from_put_item(item))?;
                Ok(())
            },
            &progress,
        )
        .await?
    };
    writer.finish(&mut sink)?;
    sink.flush()?;
    drop(sink);
    if let Some(file) = export_file {
        file.finish(true)?;
    }
    progress.finish();
    ui.status(format!(
        "Exported {} ({}) from {description} in {:.2} s",
        count_of(items, "key", "keys"),
        human_bytes(bytes),
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

/// Whether the export may go to `args.file`: yes when nothing is there or --force; on a
/// terminal the person decides; off a terminal (scripts, CI) a FILE named on the command line is
/// replaced, as `> FILE` would replace it.
fn replace_allowed(args: &BulkExportArgs, ui: &Ui) -> anyhow::Result<bool> {
    let path = Path::new(&args.file);
    if args.force || !export_file::exists(path)? || !ui.can_prompt() {
        return Ok(true);
    }
    Ok(ui.confirm(&format!("`{}` exists. Replace it?", args.file))?)
}

/// Lists with the listing reading pages ahead, and reads the values of several chunks of 100
/// names at once while the listing goes on; the items come out in key order, and memory holds a
/// few pages and chunks whatever the namespace's size.
async fn export_all<S: KvStore + 'static>(
    store: Arc<S>,
    prefix: Option<&str>,
    pattern: Option<&NamePattern>,
    concurrency: usize,
    mut each: impl FnMut(&PutItem) -> anyhow::Result<()>,
    progress: &crate::output::Progress,
) -> anyhow::Result<(u64, u64)> {
    let listing = Listing::of(Arc::clone(&store), prefix.map(str::to_string));
    let chunks = listing
        .into_stream()
        .map(|page| {
            let names: Vec<String> = match page {
                Ok(page) => page
                    .keys
                    .into_iter()
                    .map(|k| k.name)
                    .filter(|name| pattern.is_none_or(|p| p.matches(name)))
                    .collect(),
                Err(error) => return futures_util::stream::iter(vec![Err(error)]),
            };
            let chunks: Vec<anyhow::Result<Vec<String>>> = names
                .chunks(limits::MAX_BULK_GET_KEYS)
                .map(|chunk| Ok(chunk.to_vec()))
                .collect();
            futures_util::stream::iter(chunks)
        })
        .flatten();
    let reads = read_chunks(&*store, chunks, concurrency, true);
    tokio::pin!(reads);
    let (mut items, mut bytes) = (0u64, 0u64);
    while let Some(read) = reads.next().await {
        let (names, values) = read?;
        for (key, value) in names.into_iter().zip(values) {
            // A key deleted between the listing and the read is simply no longer there.
            let Some(value) = value else { continue };
            items += 1;
            bytes += value.bytes.len() as u64;
            progress.advance(1, bytes);
            each(&value.into_put_item(key))?;
        }
    }
    Ok((items, bytes))
}

/// `--dir DIR`: each key as a file, its path the key without --prefix (escaped where a file
/// system could not hold the name, see `sync::key_to_path`). Keys whose files would be one on
/// macOS or Windows are refused before anything is written (`sync::NameClashes`), which costs
/// one listing more than the export itself reads.
async fn export_dir(
    args: BulkExportArgs,
    dir: &Path,
    pattern: Option<NamePattern>,
    target: Target,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let description = target.describe();
    let started = std::time::Instant::now();
    let concurrency = args.throughput.concurrency as usize;
    let prefix = args.prefix.filter(|p| !p.is_empty());
    let strip = prefix.clone().unwrap_or_default();
    let relative_path =
        |key: &str| crate::sync::key_to_path(key.strip_prefix(strip.as_str()).unwrap_or(key));
    let store = Arc::new(target.store);
    let mut clashes = crate::sync::NameClashes::new();
    let mut listing = Listing::of(Arc::clone(&store), prefix.clone());
    while let Some(page) = listing.next_page().await? {
        let chosen = page
            .keys
            .iter()
            .filter(|k| pattern.as_ref().is_none_or(|p| p.matches(&k.name)));
        for key in chosen {
            clashes.take(&key.name, &relative_path(&key.name)?)?;
        }
    }
    drop(clashes);
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the directory `{}`", dir.display()))?;
    let progress = ui.progress(None, "bulk export");
    let (items, bytes) = {
        export_all(store, prefix.as_deref(), pattern.as_ref(), concurrency, |item| {
            let path = dir.join(relative_path(&item.key)?);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).with_context(|| {
                    format!(
                        "cannot write the key `{}`: `{}` is not a directory (another key is a file there)",
                        crate::output::shown(&item.key),
                        parent.display()
                    )
                })?;
            }
            std::fs::write(&path, &item.value).with_context(|| {
                format!(
                    "cannot write the key `{}` to `{}`",
                    crate::output::shown(&item.key),
                    path.display()
                )
            })?;
            Ok(())
        }, &progress).await?
    };
    progress.finish();
    ui.status(format!(
        "Exported {} ({}) from {description} to `{}` in {:.2} s",
        count_of(items, "key", "keys"),
        human_bytes(bytes),
        dir.display(),
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}
