//! The key table: every name listed so far, held compactly so that a namespace of a million
//! keys fits in a few tens of MiB (names in one string, expirations in one vector, metadata only
//! where there is some), and the rows the filter lets through. Values are never held here.

use serde_json::Value as Json;

use crate::kv::{KeyInfo, NamePattern};

/// One row, borrowed from the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyRow<'a> {
    pub name: &'a str,
    pub expiration: Option<i64>,
    /// The metadata as compact JSON text.
    pub metadata: Option<&'a str>,
}

#[derive(Default)]
pub struct KeyTable {
    /// Every name, one after another.
    names: String,
    /// Where each name ends in `names`.
    ends: Vec<usize>,
    /// Unix seconds; 0 means the key never expires.
    expirations: Vec<i64>,
    /// `(row, compact JSON)` for the rows that have metadata, in row order (rows only grow).
    metadata: Vec<(u32, Box<str>)>,
    /// Rows removed since they were listed (deleted from the browser), and how many.
    removed: Vec<bool>,
    removed_count: usize,
    /// The rows the filter lets through, in listing order.
    visible: Vec<u32>,
    pattern: Option<NamePattern>,
}

impl KeyTable {
    /// Rows loaded, whether or not they pass the filter (deleted ones too).
    #[cfg(test)]
    pub fn loaded(&self) -> usize {
        self.ends.len()
    }

    /// Rows loaded and not deleted since.
    pub fn live(&self) -> usize {
        self.ends.len() - self.removed_count
    }

    /// Rows that pass the filter.
    pub fn len(&self) -> usize {
        self.visible.len()
    }

    pub fn is_empty(&self) -> bool {
        self.visible.is_empty()
    }

    pub fn clear(&mut self) {
        let pattern = self.pattern.take();
        *self = KeyTable::default();
        self.pattern = pattern;
    }

    /// Appends a page as it streams in; the filter applies to it at once.
    pub fn push_page(&mut self, keys: Vec<KeyInfo>) {
        for key in keys {
            let row = self.ends.len() as u32;
            self.names.push_str(&key.name);
            self.ends.push(self.names.len());
            self.expirations.push(key.expiration.unwrap_or(0));
            if let Some(metadata) = key.metadata {
                self.metadata
                    .push((row, metadata.to_string().into_boxed_str()));
            }
            self.removed.push(false);
            if self.passes(row) {
                self.visible.push(row);
            }
        }
    }

    /// Sets the name filter and recomputes the visible rows from everything loaded.
    pub fn set_pattern(&mut self, pattern: Option<NamePattern>) {
        self.pattern = pattern;
        self.visible = (0..self.ends.len() as u32)
            .filter(|&row| self.passes(row))
            .collect();
    }

    pub fn pattern(&self) -> Option<&NamePattern> {
        self.pattern.as_ref()
    }

    fn passes(&self, row: u32) -> bool {
        !self.removed[row as usize]
            && self
                .pattern
                .as_ref()
                .is_none_or(|p| p.matches(self.name_of(row)))
    }

    fn name_of(&self, row: u32) -> &str {
        let row = row as usize;
        let start = if row == 0 { 0 } else { self.ends[row - 1] };
        &self.names[start..self.ends[row]]
    }

    /// The `index`-th visible row.
    pub fn get(&self, index: usize) -> Option<KeyRow<'_>> {
        let row = *self.visible.get(index)?;
        let expiration = self.expirations[row as usize];
        let metadata = self
            .metadata
            .binary_search_by_key(&row, |(r, _)| *r)
            .ok()
            .map(|i| &*self.metadata[i].1);
        Some(KeyRow {
            name: self.name_of(row),
            expiration: (expiration != 0).then_some(expiration),
            metadata,
        })
    }

    /// The visible index of a name, if it is visible.
    pub fn position(&self, name: &str) -> Option<usize> {
        self.visible
            .iter()
            .position(|&row| self.name_of(row) == name)
    }

    /// Takes rows out of the table (after they were deleted from the store).
    pub fn remove_names(&mut self, names: &[String]) {
        let names: std::collections::HashSet<&str> = names.iter().map(String::as_str).collect();
        for row in 0..self.ends.len() as u32 {
            if !self.removed[row as usize] && names.contains(self.name_of(row)) {
                self.removed[row as usize] = true;
                self.removed_count += 1;
            }
        }
        let removed = &self.removed;
        self.visible.retain(|&row| !removed[row as usize]);
    }

    /// Updates the expiration and metadata shown for a name after they were written.
    pub fn update(&mut self, name: &str, expiration: Option<i64>, metadata: Option<&Json>) {
        let Some(row) = (0..self.ends.len() as u32).find(|&row| self.name_of(row) == name) else {
            return;
        };
        self.expirations[row as usize] = expiration.unwrap_or(0);
        let at = self.metadata.binary_search_by_key(&row, |(r, _)| *r);
        match (at, metadata) {
            (Ok(i), Some(json)) => self.metadata[i].1 = json.to_string().into_boxed_str(),
            (Ok(i), None) => {
                self.metadata.remove(i);
            }
            (Err(i), Some(json)) => self
                .metadata
                .insert(i, (row, json.to_string().into_boxed_str())),
            (Err(_), None) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> KeyInfo {
        KeyInfo {
            name: name.to_string(),
            expiration: None,
            metadata: None,
        }
    }

    #[test]
    fn rows_come_back_as_they_went_in() {
        let mut table = KeyTable::default();
        table.push_page(vec![
            key("a"),
            KeyInfo {
                name: "b".into(),
                expiration: Some(2_000_000_000),
                metadata: Some(serde_json::json!({"v": 1})),
            },
            key("c"),
        ]);
        assert_eq!(table.len(), 3);
        assert_eq!(table.get(0).unwrap().name, "a");
        let b = table.get(1).unwrap();
        assert_eq!(b.expiration, Some(2_000_000_000));
        assert_eq!(b.metadata, Some(r#"{"v":1}"#));
        assert_eq!(table.get(2).unwrap().metadata, None);
        assert!(table.get(3).is_none());
    }

    #[test]
    fn the_filter_applies_to_loaded_and_streaming_rows() {
        let mut table = KeyTable::default();
        table.push_page(vec![key("user:1"), key("session:1")]);
        table.set_pattern(NamePattern::from_filter_text("user").unwrap());
        assert_eq!(table.len(), 1);
        table.push_page(vec![key("user:2"), key("other")]);
        assert_eq!(table.len(), 2);
        assert_eq!(table.loaded(), 4);
        assert_eq!(table.get(1).unwrap().name, "user:2");
        table.set_pattern(None);
        assert_eq!(table.len(), 4);
    }

    #[test]
    fn removed_rows_stay_hidden_and_updates_show() {
        let mut table = KeyTable::default();
        table.push_page(vec![key("a"), key("b"), key("c")]);
        table.remove_names(&["b".to_string()]);
        table.remove_names(&["b".to_string()]);
        assert_eq!(table.len(), 2);
        assert_eq!((table.loaded(), table.live()), (3, 2));
        assert_eq!(table.position("c"), Some(1));
        table.set_pattern(None);
        assert_eq!(
            table.len(),
            2,
            "a filter change does not bring deleted rows back"
        );
        table.update("c", Some(5), Some(&serde_json::json!({"x": true})));
        let c = table.get(1).unwrap();
        assert_eq!((c.expiration, c.metadata), (Some(5), Some(r#"{"x":true}"#)));
        table.update("c", None, None);
        assert_eq!(table.get(1).unwrap().metadata, None);
    }
}
