//! `wkv bulk get`: values of many keys, fetched in chunks of 100 with several chunks in
//! flight, printed in the order of the input as `{"name": value}` (the remote shape, in both
//! modes).

use base64::Engine;
use serde_json::{json, Value as Json};

use crate::bulk::{self, BulkInput, KeyItems};
use crate::cli::{BulkGetArgs, OutputFormat};
use crate::kv::StoredValue;
use crate::output::{JsonObjectWriter, Ui};

use crate::sync::read_ordered;

use crate::session::{Context, Intent};

pub async fn run(args: BulkGetArgs, context: &Context, ui: &mut Ui) -> anyhow::Result<()> {
    let input = BulkInput::open(&args.file, args.format)?;
    let accept = super::key_items(args.from_put_file);
    let report = bulk::validate_key_items_of(&input, accept)?;
    bulk::report_to_result(&report, "bulk get")?;
    let target = context
        .open_target(
            &args.target,
            &args.location,
            Intent::Read,
            Some(args.throughput.rate_limit),
        )
        .await?;
    let keys = read_keys(&input, accept)?;
    let concurrency = args.throughput.concurrency as usize;
    let ndjson = ui.format() == OutputFormat::Ndjson;
    let with_metadata = args.with_metadata;
    let mut writer = JsonObjectWriter::new(ndjson);
    read_ordered(
        &target.store,
        keys,
        concurrency,
        with_metadata,
        |key, value| {
            writer.push(ui.out(), key, &render(value, with_metadata))?;
            Ok(())
        },
    )
    .await?;
    writer.finish(ui.out())?;
    Ok(())
}

/// Key names are small next to values; a bulk get of a million keys holds ~their names only.
fn read_keys(input: &BulkInput, accept: KeyItems) -> anyhow::Result<Vec<String>> {
    let mut keys = Vec::new();
    bulk::read_key_items_of(input, accept, |_position, key| {
        keys.push(key);
        Ok(())
    })?;
    Ok(keys)
}

/// The value as text; with metadata, `{value, metadata, expiration?}` where a value that is not
/// UTF-8 is base64 with `"base64": true`.
fn render(value: Option<StoredValue>, with_metadata: bool) -> Json {
    let Some(value) = value else {
        return Json::Null;
    };
    if !with_metadata {
        return Json::String(String::from_utf8_lossy(&value.bytes).into_owned());
    }
    let mut entry = match String::from_utf8(value.bytes) {
        Ok(text) => json!({ "value": text }),
        Err(e) => json!({
            "value": base64::engine::general_purpose::STANDARD.encode(e.as_bytes()),
            "base64": true,
        }),
    };
    entry["metadata"] = value.metadata.unwrap_or(Json::Null);
    if let Some(expiration) = value.expiration {
        entry["expiration"] = json!(expiration);
    }
    entry
}
