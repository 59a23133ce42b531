//! The `expiration_time` of wrangler's session file: written as JavaScript's `toISOString()`
//! writes it (`2026-08-22T19:55:46.123Z`, always UTC with milliseconds), read from any RFC 3339
//! form (an offset, no fraction, a space for the `T`) and, like JavaScript's `Date`, from one
//! without an offset (UTC). The calendar is the `time` crate's.

use std::time::SystemTime;

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn to_iso_millis(time: SystemTime) -> String {
    let t = OffsetDateTime::from(time);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

/// Reads an RFC 3339 timestamp; `None` when it is not one.
pub fn parse(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    OffsetDateTime::parse(text, &Rfc3339)
        .or_else(|_| OffsetDateTime::parse(&format!("{text}Z"), &Rfc3339))
        .ok()
        .map(SystemTime::from)
}

/// "in 42 minutes", "3 hours ago": how far a time is from now, for people.
pub fn describe_from_now(at: SystemTime, now: SystemTime) -> String {
    let (secs, future) = match at.duration_since(now) {
        Ok(d) => (d.as_secs(), true),
        Err(e) => (e.duration().as_secs(), false),
    };
    let amount = match secs {
        0..=89 => format!("{secs} seconds"),
        90..=5399 => format!("{} minutes", (secs + 30) / 60),
        5400..=129_599 => format!("{} hours", (secs + 1800) / 3600),
        _ => format!("{} days", (secs + 43_200) / 86_400),
    };
    if future {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn writes_what_to_iso_string_writes() {
        let t = UNIX_EPOCH + Duration::from_millis(1_787_428_546_123);
        assert_eq!(to_iso_millis(t), "2026-08-22T19:55:46.123Z");
        assert_eq!(to_iso_millis(UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
    }

    #[test]
    fn reads_rfc3339_forms() {
        let t = UNIX_EPOCH + Duration::from_millis(1_787_428_546_123);
        assert_eq!(parse("2026-08-22T19:55:46.123Z"), Some(t));
        assert_eq!(parse("2026-08-22T21:55:46.123+02:00"), Some(t));
        assert_eq!(
            parse("2099-01-01T00:00:00+00:00"),
            Some(UNIX_EPOCH + Duration::from_secs(4_070_908_800))
        );
        assert_eq!(
            parse("2000-01-01 00:00:00"),
            Some(UNIX_EPOCH + Duration::from_secs(946_684_800))
        );
        for bad in [
            "",
            "tomorrow",
            "2026-13-01T00:00:00Z",
            "2026-08-22T19:55:46.Z",
            "2026-08-22T19:55:46+2",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        let now = SystemTime::now();
        let round = parse(&to_iso_millis(now)).unwrap();
        assert!(now.duration_since(round).unwrap() < Duration::from_millis(1));
    }

    #[test]
    fn describes_durations() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000_000);
        assert_eq!(
            describe_from_now(now + Duration::from_secs(42 * 60), now),
            "in 42 minutes"
        );
        assert_eq!(
            describe_from_now(now - Duration::from_secs(3 * 3600), now),
            "3 hours ago"
        );
    }
}
