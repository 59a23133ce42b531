//! Human-readable times for tables, in UTC; the calendar is the `time` crate's.

/// Formats Unix seconds as `YYYY-MM-DD HH:MM:SS UTC`.
pub fn format_unix_seconds(secs: i64) -> String {
    match ::time::OffsetDateTime::from_unix_timestamp(secs) {
        Ok(t) => format!(
            "{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        ),
        // Past the year 9999 (the calendar's range) a date tells a person nothing more.
        Err(_) => format!("{secs} (Unix seconds)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_times() {
        assert_eq!(format_unix_seconds(0), "1970-01-01 00:00:00 UTC");
        assert_eq!(
            format_unix_seconds(2_000_000_000),
            "2033-05-18 03:33:20 UTC"
        );
        assert_eq!(
            format_unix_seconds(4_102_444_800),
            "2100-01-01 00:00:00 UTC"
        );
        assert_eq!(format_unix_seconds(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(
            format_unix_seconds(9_223_372_036_854_775),
            "9223372036854775 (Unix seconds)"
        );
    }
}
