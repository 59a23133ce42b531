//! "Did you mean ...?" for a mistyped subcommand, judged as wrangler judges it: the closest
//! known name by edit distance, within 3 edits and two thirds of the shorter name. clap's own
//! tip (Jaro similarity) misses short typos such as `gte` for `get`, which wrangler catches.

use std::ffi::OsString;

use clap::Command;

/// The whole command line with the mistyped word replaced, when a known name is close enough:
/// e.g. `wkv kv key get greeting` for `wkv kv kye get greeting --binding X`. Options and their
/// values are left out, and so is everything after the first option that follows the typo.
pub fn did_you_mean(command: &Command, args: &[OsString]) -> Option<String> {
    let words = words_of(command, args);
    let mut current = command;
    let mut path = vec![command.get_name().to_string()];
    for (index, word) in words.iter().enumerate() {
        if let Some(next) = current
            .get_subcommands()
            .find(|sub| sub.get_name() == word || sub.get_all_aliases().any(|a| a == word))
        {
            path.push(word.clone());
            current = next;
            continue;
        }
        if !current.has_subcommands() {
            return None;
        }
        let candidates = current
            .get_subcommands()
            .filter(|sub| !sub.is_hide_set())
            .map(|sub| sub.get_name());
        let suggestion = closest(word, candidates)?;
        path.push(suggestion.to_string());
        path.extend(words[index + 1..].iter().cloned());
        return Some(path.join(" "));
    }
    None
}

/// The words of the command line that are not options, up to the first option after a word
/// that is not a known command. The values of the global options are skipped.
fn words_of(command: &Command, args: &[OsString]) -> Vec<String> {
    let takes_value = |flag: &str| {
        command.get_arguments().any(|arg| {
            arg.get_action().takes_values()
                && (arg
                    .get_long()
                    .is_some_and(|long| flag == format!("--{long}"))
                    || arg
                        .get_short()
                        .is_some_and(|short| flag == format!("-{short}")))
        })
    };
    let mut words = Vec::new();
    let mut iter = args.iter().skip(1).map(|arg| arg.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg.starts_with('-') {
            if takes_value(&arg) {
                iter.next();
            }
            continue;
        }
        words.push(arg.into_owned());
    }
    // Cut at the first option after the words that name commands (its value is not a word).
    let mut cut = Vec::new();
    let mut seen = 0;
    for arg in args.iter().skip(1).map(|arg| arg.to_string_lossy()) {
        if arg.starts_with('-') && seen > 0 && !takes_value(&arg) {
            break;
        }
        if !arg.starts_with('-') && words.get(seen).is_some_and(|w| *w == *arg) {
            cut.push(words[seen].clone());
            seen += 1;
        }
    }
    cut
}

/// The candidate closest to `input` (case-insensitive), if any is close enough.
fn closest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    let mut best: Option<(&str, usize)> = None;
    for candidate in candidates {
        let distance = edit_distance(&input, &candidate.to_lowercase());
        let shorter = input.chars().count().min(candidate.chars().count());
        let limit = (shorter * 2 / 3).min(3);
        let better = best.is_none_or(|(_, d)| distance < d);
        if distance <= limit && better {
            best = Some((candidate, distance));
        }
    }
    best.map(|(candidate, _)| candidate)
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut row = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            row.push(substitute.min(previous[j + 1] + 1).min(row[j] + 1));
        }
        previous = row;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::CommandFactory;

    fn suggest(line: &str) -> Option<String> {
        let args: Vec<OsString> = line.split(' ').map(OsString::from).collect();
        did_you_mean(&Cli::command(), &args)
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("gte", "get"), 2);
        assert_eq!(edit_distance("kye", "key"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("bulk", "bulk"), 0);
    }

    #[test]
    fn short_typos_find_the_command_and_keep_the_rest() {
        assert_eq!(
            suggest("wkv kv kye get greeting --binding X").as_deref(),
            Some("wkv kv key get greeting")
        );
        assert_eq!(suggest("wkv key gte k").as_deref(), Some("wkv key get k"));
        assert_eq!(
            suggest("wkv namespce list").as_deref(),
            Some("wkv namespace list")
        );
    }

    #[test]
    fn nothing_close_means_no_suggestion() {
        assert_eq!(suggest("wkv key zzzzzz"), None);
        assert_eq!(suggest("wkv key get k"), None);
        // Two edits on a two-letter word are too many.
        assert_eq!(suggest("wkv xy"), None);
    }
}
