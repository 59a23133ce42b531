//! Counts in sentences for people: "1 item", "2 items", never "1 items".

/// `count` followed by the singular or plural noun.
pub fn count_of(count: impl Into<u64>, one: &str, many: &str) -> String {
    let count = count.into();
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_everything_else_plural() {
        assert_eq!(count_of(1u64, "request", "requests"), "1 request");
        assert_eq!(count_of(0u64, "request", "requests"), "0 requests");
        assert_eq!(count_of(2u32, "key", "keys"), "2 keys");
        assert_eq!(count_of(200_000u64, "item", "items"), "200000 items");
    }
}
