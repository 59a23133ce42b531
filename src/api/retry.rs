//! When a failed request is sent again, and after how long: throttling (429, honouring
//! `retry-after`), server errors, timeouts and lost connections, with exponential backoff and
//! jitter, at most `max_retries` times, and only when repeating the request cannot do harm.
//! Pure policy: no I/O here besides reading the optional `WKV_RETRY_BASE_MS` once.

use std::fmt;
use std::sync::OnceLock;
use std::time::Duration;

const DEFAULT_BASE_DELAY: Duration = Duration::from_millis(200);
const DEFAULT_MAX_DELAY: Duration = Duration::from_secs(10);
/// The API may ask to wait for the rest of its 5-minute window; past a minute a user is better
/// served by an error than by a silent wait.
const DEFAULT_MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
pub const DEFAULT_RETRIES: u32 = 5;

/// Whether a request may be sent again once it might have reached the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replay {
    /// Repeating it has the same effect as sending it once (reads, puts, deletes, bulk writes).
    Always,
    /// It must not run twice (namespace create): repeat it only when the server surely did not
    /// act on it: on 429, or when the connection failed before anything was sent.
    OnlyIfNotProcessed,
}

/// Why one attempt failed, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// HTTP 429 or Cloudflare code 971; the server did not act on the request.
    Throttled { retry_after: Option<Duration> },
    /// HTTP 5xx.
    Server,
    /// No complete response in time.
    Timeout,
    /// The connection could not be made, so nothing was sent.
    NotSent,
    /// The connection broke after the request may have been sent.
    ConnectionLost,
    /// Sending it again would fail the same way (4xx, undecodable response).
    Permanent,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    pub max_retries: u32,
    /// The first backoff delay; each retry doubles it.
    pub base_delay: Duration,
    pub max_delay: Duration,
    pub max_retry_after: Duration,
}

impl RetryPolicy {
    /// The default delays (or `WKV_RETRY_BASE_MS` for the base, so tests run fast) with
    /// `max_retries` retries.
    pub fn with_retries(max_retries: u32) -> RetryPolicy {
        RetryPolicy {
            max_retries,
            base_delay: base_delay_from_env(),
            max_delay: DEFAULT_MAX_DELAY,
            max_retry_after: DEFAULT_MAX_RETRY_AFTER,
        }
    }

    /// Whether to retry after `retries_done` retries have already been made.
    pub fn should_retry(&self, failure: Failure, replay: Replay, retries_done: u32) -> bool {
        if retries_done >= self.max_retries {
            return false;
        }
        match failure {
            Failure::Permanent => false,
            Failure::Throttled { .. } | Failure::NotSent => true,
            Failure::Server | Failure::Timeout | Failure::ConnectionLost => {
                replay == Replay::Always
            }
        }
    }

    /// How long to wait before retry number `retries_done + 1`; `jitter` is uniform in [0, 1).
    pub fn delay(&self, failure: Failure, retries_done: u32, jitter: f64) -> Duration {
        match failure {
            Failure::Throttled {
                retry_after: Some(wait),
            } => wait.min(self.max_retry_after),
            _ => self.backoff(retries_done, jitter),
        }
    }

    /// Exponential backoff with "equal jitter": half of the doubled delay is fixed, the other
    /// half random, so concurrent clients spread out without ever retrying immediately.
    pub fn backoff(&self, retries_done: u32, jitter: f64) -> Duration {
        let exponent = retries_done.min(30);
        let full = self
            .base_delay
            .saturating_mul(1u32 << exponent)
            .min(self.max_delay);
        let jitter = jitter.clamp(0.0, 1.0);
        full / 2 + full.mul_f64(jitter / 2.0)
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::with_retries(DEFAULT_RETRIES)
    }
}

/// `WKV_RETRY_BASE_MS`, read once per process.
fn base_delay_from_env() -> Duration {
    static BASE: OnceLock<Duration> = OnceLock::new();
    *BASE.get_or_init(|| {
        std::env::var("WKV_RETRY_BASE_MS")
            .ok()
            .and_then(|ms| ms.trim().parse::<u64>().ok())
            .map(Duration::from_millis)
            .unwrap_or(DEFAULT_BASE_DELAY)
    })
}

/// Whether a job must stop at once on `error`, a request's error after the client's own retries:
/// refused credentials (401/403), a missing namespace, key route or account (404, Cloudflare
/// 10013), a bad request (400): sending it again, or sending the job's other batches, would fail
/// the same way. Transport errors, 429 and 5xx were already retried by the client; when they
/// persist, a job records what they left undone and goes on.
pub fn retrying_cannot_fix(error: &anyhow::Error) -> bool {
    if let Some(wkv) = error.downcast_ref::<crate::error::WkvError>() {
        return wkv.kind != crate::error::ErrorKind::Failure;
    }
    match error.downcast_ref::<super::ApiError>() {
        Some(api) if api.has_code(super::error::CODE_THROTTLED) => false,
        Some(api) => api
            .status
            .is_some_and(|status| (400..500).contains(&status) && status != 429),
        None => false,
    }
}

/// How long to wait before sending again, for the `round`-th time (from 1), the keys a bulk
/// request reported in `unsuccessful_keys`: the client's own backoff, with jitter.
pub fn resend_delay(round: u32) -> Duration {
    RetryPolicy::default().backoff(round.saturating_sub(1), random_jitter())
}

/// A uniform random number in [0, 1) from the OS; a fixed midpoint if the OS cannot give one.
pub(crate) fn random_jitter() -> f64 {
    let mut bytes = [0u8; 8];
    match getrandom::getrandom(&mut bytes) {
        Ok(()) => (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64,
        Err(_) => 0.5,
    }
}

/// Parses `retry-after` as seconds (the form Cloudflare sends); dates are ignored.
pub(crate) fn parse_retry_after(value: &str) -> Option<Duration> {
    let seconds: f64 = value.trim().parse().ok()?;
    (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds.min(86_400.0)))
}

/// One retry about to happen, reported through `ClientOptions::on_retry`.
#[derive(Debug, Clone)]
pub struct RetryEvent {
    pub method: String,
    pub path: String,
    /// 1 for the first retry.
    pub retry: u32,
    pub max_retries: u32,
    pub delay: Duration,
    /// The failure of the attempt that is being retried.
    pub reason: String,
}

impl fmt::Display for RetryEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {}; retrying in {:.1}s (retry {} of {})",
            self.method,
            self.path,
            self.reason,
            self.delay.as_secs_f64(),
            self.retry,
            self.max_retries
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> RetryPolicy {
        RetryPolicy {
            max_retries: 5,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
        }
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let p = policy();
        let ms = |retries: u32, jitter: f64| p.backoff(retries, jitter).as_millis();
        assert_eq!(ms(0, 0.0), 100);
        assert_eq!(ms(0, 0.999_999), 199);
        assert_eq!(ms(1, 0.0), 200);
        assert_eq!(ms(2, 0.5), 600);
        assert_eq!(ms(5, 1.0), 6_400);
        assert_eq!(ms(6, 1.0), 10_000);
        assert_eq!(ms(40, 0.0), 5_000);
        assert_eq!(ms(u32::MAX, 1.0), 10_000);
    }

    #[test]
    fn retry_after_is_honoured_and_capped() {
        let p = policy();
        let throttled = |s| Failure::Throttled {
            retry_after: Some(Duration::from_secs(s)),
        };
        assert_eq!(p.delay(throttled(0), 3, 0.7), Duration::ZERO);
        assert_eq!(p.delay(throttled(7), 0, 0.7), Duration::from_secs(7));
        assert_eq!(p.delay(throttled(300), 0, 0.7), Duration::from_secs(60));
        let no_header = Failure::Throttled { retry_after: None };
        assert_eq!(p.delay(no_header, 1, 0.0), Duration::from_millis(200));
    }

    #[test]
    fn only_harmless_repeats_are_retried() {
        let p = policy();
        let throttled = Failure::Throttled { retry_after: None };
        for failure in [Failure::Server, Failure::Timeout, Failure::ConnectionLost] {
            assert!(p.should_retry(failure, Replay::Always, 0));
            assert!(!p.should_retry(failure, Replay::OnlyIfNotProcessed, 0));
        }
        for failure in [throttled, Failure::NotSent] {
            assert!(p.should_retry(failure, Replay::OnlyIfNotProcessed, 0));
        }
        assert!(!p.should_retry(Failure::Permanent, Replay::Always, 0));
    }

    #[test]
    fn retries_stop_at_the_maximum() {
        let p = policy();
        assert!(p.should_retry(Failure::Server, Replay::Always, 4));
        assert!(!p.should_retry(Failure::Server, Replay::Always, 5));
        let none = RetryPolicy {
            max_retries: 0,
            ..p
        };
        assert!(!none.should_retry(Failure::NotSent, Replay::Always, 0));
    }

    #[test]
    fn retry_after_parsing() {
        assert_eq!(parse_retry_after("0"), Some(Duration::ZERO));
        assert_eq!(parse_retry_after(" 12 "), Some(Duration::from_secs(12)));
        assert_eq!(parse_retry_after("1.5"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_retry_after("-1"), None);
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
    }

    #[test]
    fn jitter_is_in_range() {
        for _ in 0..1000 {
            let j = random_jitter();
            assert!((0.0..1.0).contains(&j));
        }
    }
}
