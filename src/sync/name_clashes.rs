//! Keys that `bulk export --dir` cannot write as distinct files everywhere. macOS (APFS, HFS+)
//! and Windows (NTFS) compare file names ignoring case, and macOS also ignoring Unicode
//! normalisation (`é` as one code point or as `e` plus an accent), so keys `Config` and `config`
//! would be one file there: the second would silently replace the first and a later
//! `bulk put --dir` would lose a key. Directories spelled two ways (`Users/a`, `users/b`) would
//! merge and rename keys. A key that is a file where another needs a directory (`a`, `a/b`)
//! cannot be written on any system.
//!
//! The check is by name, the same on every system, so an export made on Linux can be copied to
//! a Mac. It runs over the whole listing before the first file is written, so a refused export
//! writes nothing.

use std::collections::HashMap;

use icu_normalizer::ComposingNormalizerBorrowed;

use crate::error::WkvError;
use crate::output::shown;

/// What a folded path stands for so far.
enum Taken {
    /// A key's file: the key.
    File(Box<str>),
    /// A directory, as first spelled, and the first key under it.
    Directory { spelled: Box<str>, key: Box<str> },
}

/// The paths of the keys seen so far, folded as the strictest file system compares them.
#[derive(Default)]
pub struct NameClashes {
    taken: HashMap<Box<str>, Taken>,
}

impl NameClashes {
    pub fn new() -> NameClashes {
        NameClashes::default()
    }

    /// Takes `path` (the key's relative file path, `/`-separated, as `key_to_path` gives it)
    /// for `key`, or explains why it cannot be written beside the keys taken before (exit 2).
    pub fn take(&mut self, key: &str, path: &str) -> Result<(), WkvError> {
        let folded = fold(path);
        // Folding keeps every `/` and changes nothing across one, so the segments pair up.
        let spelled_ends = path.match_indices('/').map(|(at, _)| at);
        let folded_ends = folded.match_indices('/').map(|(at, _)| at);
        for (spelled_end, folded_end) in spelled_ends.zip(folded_ends) {
            let (spelled, folded) = (&path[..spelled_end], &folded[..folded_end]);
            match self.taken.get(folded) {
                None => {
                    self.taken.insert(
                        folded.into(),
                        Taken::Directory {
                            spelled: spelled.into(),
                            key: key.into(),
                        },
                    );
                }
                Some(Taken::Directory { spelled: first, .. }) if **first == *spelled => {}
                Some(Taken::Directory {
                    spelled: first,
                    key: other,
                }) => {
                    return Err(clash(
                        other,
                        key,
                        format!(
                        "they put their files in one directory spelled two ways (`{}` and `{}`)",
                        shown(first),
                        shown(spelled)
                    ),
                    ))
                }
                Some(Taken::File(other)) => {
                    return Err(clash(
                        other,
                        key,
                        format!(
                            "the first is a file where the second needs a directory (`{}`)",
                            shown(spelled)
                        ),
                    ))
                }
            }
        }
        match self.taken.get(folded.as_str()) {
            None => {
                self.taken.insert(folded.into(), Taken::File(key.into()));
                Ok(())
            }
            Some(Taken::File(other)) => Err(clash(
                other,
                key,
                format!(
                    "their file names differ only in case or Unicode normalisation, which macOS and Windows ignore (`{}`)",
                    shown(path)
                ),
            )),
            Some(Taken::Directory { key: other, .. }) => Err(clash(
                other,
                key,
                format!("the second is a file where the first needs a directory (`{}`)", shown(path)),
            )),
        }
    }
}

fn clash(first: &str, second: &str, why: String) -> WkvError {
    WkvError::usage(format!(
        "cannot export the keys `{}` and `{}` as separate files: {why}; nothing was written",
        shown(first),
        shown(second)
    ))
    .with_hint("export to one file instead (`wkv bulk export FILE`), or leave one of them out with --prefix, --match or --regex")
}

/// A name as the strictest common file system compares it: Unicode-normalised (NFC), then
/// case-folded. Upper-casing before lower-casing also folds the letters that have no single
/// lower-case partner (`ß` and `SS`, `ſ` and `s`), as APFS's full case folding does; erring on
/// the side of a clash only ever refuses, never loses a key.
fn fold(path: &str) -> String {
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let folded = nfc.normalize(path).to_uppercase().to_lowercase();
    nfc.normalize(&folded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(keys: &[&str]) -> Result<(), WkvError> {
        let mut clashes = NameClashes::new();
        for key in keys {
            clashes.take(key, &crate::sync::key_to_path(key).unwrap())?;
        }
        Ok(())
    }

    #[test]
    fn distinct_names_pass() {
        check(&["a", "b/c", "b/d", "B2", "user/42/profile.json", "é", "e"]).unwrap();
    }

    #[test]
    fn names_equal_but_for_case_or_normalisation_clash() {
        for pair in [
            ["Config", "config"],
            ["dir/ABC", "dir/abc"],
            ["caf\u{e9}", "cafe\u{301}"],
            ["Caf\u{c9}", "cafe\u{301}"],
            ["stra\u{df}e", "STRASSE"],
        ] {
            let error = check(&pair).unwrap_err();
            assert_eq!(error.kind.exit_code(), 2, "{pair:?}");
            let message = error.to_string();
            assert!(message.contains("nothing was written"), "{message}");
        }
    }

    #[test]
    fn a_directory_spelled_two_ways_or_a_file_in_its_place_clash() {
        assert!(check(&["Users/a", "users/b"]).is_err());
        assert!(check(&["a", "a/b"]).is_err());
        assert!(check(&["a/b", "A"]).is_err());
        assert!(check(&["x/Y/z", "x/y"]).is_err());
        check(&["Users/a", "Users/b", "Users/c/d"]).unwrap();
    }
}
