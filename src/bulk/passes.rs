//! The two passes over a bulk input: the first validates every item and reports, the second hands
//! the items out in order for writing. Neither keeps more than one item in memory, and neither
//! writes anything itself: the command drives the store with what the second pass yields.

use super::input::BulkInput;
use super::items::{parse_key_item, parse_put_item, KeyItems};
use super::position::Position;
use super::report::ValidationReport;
use super::stream::for_each_item;
use crate::error::WkvError;
use crate::kv::{limits, PutItem};

/// Pass 1 for `bulk put`: shape, types and the API's limits of every item (expirations are
/// judged against `now_secs`). `Err` only when the input cannot be read or is not well-formed
/// JSON; problems with single items are in the report.
pub fn validate_put_items(input: &BulkInput, now_secs: i64) -> anyhow::Result<ValidationReport> {
    let mut report = ValidationReport::default();
    report.items = for_each_item(input, |position, raw| {
        match raw.and_then(parse_put_item) {
            Err(problem) => report.add_error(position, problem),
            Ok(parsed) => {
                if let Some(warning) = parsed.warning {
                    report.add_warning(position, warning);
                }
                match limits::validate_put(&parsed.item, now_secs) {
                    Ok(()) => report.value_bytes += parsed.item.value.len() as u64,
                    Err(error) => report.add_error(position, error.message),
                }
            }
        }
        Ok(())
    })?;
    Ok(report)
}

/// Pass 1 for `bulk get` and `bulk delete`: every item is a valid key name.
pub fn validate_key_items(input: &BulkInput) -> anyhow::Result<ValidationReport> {
    validate_key_items_of(input, KeyItems::Names)
}

/// `validate_key_items` for the items `accept` allows.
pub fn validate_key_items_of(
    input: &BulkInput,
    accept: KeyItems,
) -> anyhow::Result<ValidationReport> {
    let mut report = ValidationReport::default();
    report.items = for_each_item(input, |position, raw| {
        match raw.and_then(|shell| parse_key_item(shell, accept)) {
            Err(problem) => report.add_error(position, problem),
            Ok(key) => {
                if let Err(error) = limits::validate_key(&key) {
                    report.add_error(position, error.message);
                }
            }
        }
        Ok(())
    })?;
    Ok(report)
}

/// Pass 2 for `bulk put`: each item in file order. An `Err` from `each` stops the pass and is
/// returned unchanged. An item that does not parse (the file changed since pass 1) is a usage
/// error; limits are not checked again.
pub fn read_put_items(
    input: &BulkInput,
    mut each: impl FnMut(Position, PutItem) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for_each_item(input, |position, raw| {
        let parsed = raw
            .and_then(parse_put_item)
            .map_err(|p| item_error(input, position, p))?;
        each(position, parsed.item)
    })?;
    Ok(())
}

/// Pass 2 for `bulk get` and `bulk delete`: each key name in file order.
pub fn read_key_items(
    input: &BulkInput,
    each: impl FnMut(Position, String) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    read_key_items_of(input, KeyItems::Names, each)
}

/// `read_key_items` for the items `accept` allows.
pub fn read_key_items_of(
    input: &BulkInput,
    accept: KeyItems,
    mut each: impl FnMut(Position, String) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for_each_item(input, |position, raw| {
        let key = raw
            .and_then(|shell| parse_key_item(shell, accept))
            .map_err(|p| item_error(input, position, p))?;
        each(position, key)
    })?;
    Ok(())
}

fn item_error(input: &BulkInput, position: Position, problem: String) -> anyhow::Error {
    WkvError::usage(format!("{}: {position}: {problem}", input.name())).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bulk::{report_to_result, InputFormat};
    use crate::error::ErrorKind;
    use crate::kv::Expiry;
    use std::io::Write;
    use std::path::PathBuf;
    use std::time::Instant;

    /// Fixed "now" so the fixture's 2038 expiration stays valid whenever the tests run.
    const NOW: i64 = 1_700_000_000;

    fn text_input(text: &str, format: InputFormat) -> BulkInput {
        BulkInput::spool("items.json", std::io::Cursor::new(text.to_owned()), format).unwrap()
    }

    fn read_all(input: &BulkInput) -> Vec<(Position, PutItem)> {
        let mut items = Vec::new();
        read_put_items(input, |position, item| {
            items.push((position, item));
            Ok(())
        })
        .unwrap();
        items
    }

    fn fixture_path() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/wrangler-local-state/bulk.json")
    }

    #[test]
    fn the_wrangler_fixture_reads_as_eight_items() {
        let input = BulkInput::open(fixture_path().to_str().unwrap(), None).unwrap();
        assert_eq!(input.format(), InputFormat::Json);
        let report = validate_put_items(&input, NOW).unwrap();
        assert_eq!(
            (report.items, report.error_count, report.warning_count),
            (8, 0, 0)
        );

        let items = read_all(&input);
        assert_eq!(items.len(), 8);
        let by_key = |key: &str| &items.iter().find(|(_, item)| item.key == key).unwrap().1;
        assert_eq!(
            by_key("user:1").value,
            br#"{"name": "John", "email": "john@example.com"}"#
        );
        assert_eq!(
            by_key("user:2").metadata,
            Some(serde_json::json!({"tags": ["premium", "verified"], "version": "1.0"}))
        );
        assert_eq!(by_key("config:theme").value, b"dark");
        assert_eq!(by_key("unicode/ключ/🔑").value, "значение ✓".as_bytes());
        assert_eq!(
            by_key("path/with spaces/and?query=1&x#frag").value,
            b"weird key"
        );
        assert_eq!(by_key("binary:png").value, (0..=255u8).collect::<Vec<u8>>());
        assert_eq!(by_key("empty").value, b"");
        let session = by_key("session:abc");
        assert_eq!(session.expiry, Expiry::At(2_147_480_000));
        assert_eq!(
            session.metadata,
            Some(serde_json::json!({"createdAt": 1_700_000_000_000_i64}))
        );

        // Each item starts at the `{` on its own line, indented by one space.
        let lines: Vec<usize> = items.iter().map(|(p, _)| p.line).collect();
        assert_eq!(lines, vec![2, 6, 17, 21, 25, 29, 34, 38]);
        assert!(items.iter().all(|(p, _)| p.column == 2));
        let sum: u64 = items.iter().map(|(_, item)| item.value.len() as u64).sum();
        assert_eq!(report.value_bytes, sum);
    }

    #[test]
    fn ndjson_put_items_name_their_lines() {
        let text = "{\"key\":\"a\",\"value\":\"1\"}\n\n{\"key\":\"b\",\"value\":\"2\"}\n  {\"key\":\"c\"}\n{oops\n";
        let input = text_input(text, InputFormat::Ndjson);
        let report = validate_put_items(&input, NOW).unwrap();
        assert_eq!((report.items, report.error_count), (4, 2));
        assert_eq!(
            report.errors[0].to_string(),
            "item 2 (line 4, column 3): missing \"value\""
        );
        assert_eq!(
            report.errors[1].to_string(),
            "item 3 (line 5, column 1): not valid JSON: key must be a string at column 2"
        );
        assert_eq!(report.value_bytes, 1 + 1);
    }

    #[test]
    fn problems_name_index_line_and_column() {
        let text = r#"[
  {"key": "ok", "value": "v"},
  {"value": "no key"},
  {"key": "no value"},
  "just a string",
  {"key": "", "value": "v"},
  {"key": "t", "value": "v", "expiration_ttl": 30},
  {"key": "x", "value": "v", "extra": 1}
]"#;
        let input = text_input(text, InputFormat::Json);
        let report = validate_put_items(&input, NOW).unwrap();
        assert_eq!(
            (report.items, report.error_count, report.warning_count),
            (7, 5, 1)
        );
        let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            vec![
                "item 1 (line 3, column 3): missing \"key\"",
                "item 2 (line 4, column 3): missing \"value\"",
                "item 3 (line 5, column 3): expected an object with \"key\" and \"value\", found a string",
                "item 4 (line 6, column 3): Key names must not be empty",
                "item 5 (line 7, column 3): Invalid expiration_ttl of 30. Expiration TTL must be at least 60.",
            ]
        );
        assert_eq!(
            report.warnings[0].to_string(),
            "item 6 (line 8, column 3): unexpected property \"extra\" is ignored"
        );
        let error = report_to_result(&report, "items.json").unwrap_err();
        assert_eq!(
            error.downcast_ref::<WkvError>().unwrap().kind,
            ErrorKind::Usage
        );
        assert!(error
            .to_string()
            .contains("\n  item 2 (line 4, column 3): missing \"value\""));

        // Pass 2 on the same file stops at the first bad item with a usage error.
        let error = read_put_items(&input, |_, _| Ok(())).unwrap_err();
        assert_eq!(
            error.to_string(),
            "items.json: item 1 (line 3, column 3): missing \"key\""
        );
    }

    #[test]
    fn expirations_are_judged_against_now() {
        let text = format!(
            "[{{\"key\":\"past\",\"value\":\"v\",\"expiration\":{}}},{{\"key\":\"future\",\"value\":\"v\",\"expiration\":{}}}]",
            NOW - 1,
            NOW + 3600
        );
        let report = validate_put_items(&text_input(&text, InputFormat::Json), NOW).unwrap();
        assert_eq!(report.error_count, 1);
        assert_eq!(report.errors[0].position.index, 0);
        assert!(report.errors[0]
            .message
            .starts_with("Invalid expiration of"));
    }

    #[test]
    fn key_files_take_strings_and_listing_objects() {
        let text = "[\"a\", {\"name\": \"b\", \"expiration\": 1}, {\"name\": \"\"}, 5, \"..\"]";
        let input = text_input(text, InputFormat::Json);
        let report = validate_key_items(&input).unwrap();
        assert_eq!((report.items, report.error_count), (5, 3));
        assert_eq!(
            report.errors[0].to_string(),
            "item 2 (line 1, column 39): Key names must not be empty"
        );
        assert!(report.errors[1].message.starts_with("expected a key name"));
        assert!(report.errors[2].message.contains("Illegal key name \"..\""));

        let good = text_input("[\"a\", {\"name\": \"b\"}]", InputFormat::Json);
        assert!(validate_key_items(&good).unwrap().is_valid());
        let mut keys = Vec::new();
        read_key_items(&good, |position, key| {
            keys.push((position.index, key));
            Ok(())
        })
        .unwrap();
        assert_eq!(keys, vec![(0, "a".to_string()), (1, "b".to_string())]);
    }

    #[test]
    fn a_malformed_file_is_an_error_not_a_report() {
        let input = text_input(
            "[{\"key\": \"a\", \"value\": \"v\"},\n {\"key\": }]",
            InputFormat::Json,
        );
        let error = validate_put_items(&input, NOW).unwrap_err();
        assert_eq!(
            error.to_string(),
            "items.json is not valid JSON: expected value at line 2 column 10 (after 1 complete item)"
        );
        assert!(validate_key_items(&input).is_err());
    }

    /// Writes `count` items without ever holding them all, the way a real generator would.
    fn write_generated_file(count: usize) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        {
            let mut out = std::io::BufWriter::new(file.as_file_mut());
            out.write_all(b"[\n").unwrap();
            for i in 0..count {
                let separator = if i + 1 == count { "" } else { "," };
                writeln!(
                    out,
                    "  {{\"key\": \"key-{i:07}\", \"value\": \"value number {i} with some padding text\", \"expiration_ttl\": 3600, \"metadata\": {{\"n\": {i}}}}}{separator}"
                )
                .unwrap();
            }
            out.write_all(b"]\n").unwrap();
        }
        file
    }

    #[test]
    fn a_large_generated_file_validates_and_streams() {
        const COUNT: usize = 200_000;
        let file = write_generated_file(COUNT);
        let input = BulkInput::open(file.path().to_str().unwrap(), None).unwrap();

        let started = Instant::now();
        let report = validate_put_items(&input, NOW).unwrap();
        let validated = started.elapsed();
        assert_eq!((report.items, report.error_count), (COUNT, 0));

        // Check every item as it streams by, keeping only a running count.
        let started = Instant::now();
        let mut seen = 0;
        read_put_items(&input, |position, item| {
            assert_eq!(position.index, seen);
            assert_eq!(position.line, seen + 2);
            assert_eq!(position.column, 3);
            assert_eq!(item.key, format!("key-{seen:07}"));
            assert_eq!(item.expiry, Expiry::Ttl(3600));
            seen += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, COUNT);
        eprintln!(
            "{COUNT} items, {} bytes: validated in {validated:?}, streamed in {:?}",
            input.size_bytes(),
            started.elapsed()
        );
    }
}
