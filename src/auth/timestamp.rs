//! The `expiration_time` of wrangler's session file: written as JavaScript's `toISOString()`
//! writes it (`2026-08-22T19:55:46.123Z`, always UTC with milliseconds), read from any RFC 3339
//! form (an offset, no fraction, a space for the `T`). No date library needed.

use crate::output::time::civil_from_days;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn to_iso_millis(time: SystemTime) -> String {
    let millis = match time.duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_millis() as i64,
        Err(e) => -(e.duration().as_millis() as i64),
    };
    let secs = millis.div_euclid(1000);
    let (year, month, day) = civil_from_days(secs.div_euclid(86_400));
    let of_day = secs.rem_euclid(86_400);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60,
        millis.rem_euclid(1000)
    )
}

/// Reads an RFC 3339 timestamp; `None` when it is not one.
pub fn parse(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    let b = text.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if b[13] != b':' || b[16] != b':' || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &text[19..];
    let mut nanos: i64 = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits: String = fraction.chars().take_while(char::is_ascii_digit).collect();
        if digits.is_empty() {
            return None;
        }
        let padded = format!("{:0<9}", &digits[..digits.len().min(9)]);
        nanos = padded.parse().ok()?;
        rest = &fraction[digits.len()..];
    }
    let offset_secs = match rest {
        "Z" | "z" | "" => 0,
        _ => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (h, m) = rest[1..].split_once(':')?;
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            sign * (h.parse::<i64>().ok()? * 3600 + m.parse::<i64>().ok()? * 60)
        }
    };
    let secs = days_from_civil(year, month as u32, day as u32) * 86_400
        + hour * 3600
        + minute * 60
        + second
        - offset_secs;
    let total_nanos = secs as i128 * 1_000_000_000 + nanos as i128;
    if total_nanos >= 0 {
        Some(UNIX_EPOCH + Duration::from_nanos(total_nanos as u64))
    } else {
        Some(UNIX_EPOCH - Duration::from_nanos((-total_nanos) as u64))
    }
}

/// The inverse of `civil_from_days`.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let month = i64::from(month);
    let doy = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
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
