//! The client-side rate limit shared by every request of a run: at most N requests in any
//! sliding window (the API allows 1,200 per 5 minutes per user), plus a pause that a 429 with
//! `retry-after` imposes on all requests at once, since the API throttles the user and not one
//! request. Waiters are served in arrival order (tokio's mutex is fair). No I/O besides sleeping.

use std::collections::VecDeque;
use std::sync::Mutex as StdMutex;
use std::time::Duration;

use tokio::sync::Mutex;
use tokio::time::{sleep_until, Instant};

#[derive(Debug)]
pub struct RateLimiter {
    window: Option<(u32, Duration)>,
    /// When the last requests were sent; at most N entries, oldest first.
    sent: Mutex<VecDeque<Instant>>,
    /// Requests wait until then (set from a 429's `retry-after`). A plain mutex: it is never
    /// held across an await.
    paused_until: StdMutex<Option<Instant>>,
}

impl RateLimiter {
    /// `None`, or a count of zero, disables the window limit (pauses still apply).
    pub fn new(requests_per_window: Option<(u32, Duration)>) -> RateLimiter {
        RateLimiter {
            window: requests_per_window.filter(|(count, _)| *count > 0),
            sent: Mutex::new(VecDeque::new()),
            paused_until: StdMutex::new(None),
        }
    }

    /// Waits until one more request may be sent, and counts it as sent.
    pub async fn acquire(&self) {
        let mut sent = self.sent.lock().await;
        loop {
            if let Some(until) = self.pause_deadline() {
                sleep_until(until).await;
                continue;
            }
            let now = Instant::now();
            if let Some((count, window)) = self.window {
                while sent
                    .front()
                    .is_some_and(|&at| now.duration_since(at) >= window)
                {
                    sent.pop_front();
                }
                if sent.len() >= count as usize {
                    if let Some(&oldest) = sent.front() {
                        sleep_until(oldest + window).await;
                        continue;
                    }
                }
                sent.push_back(now);
            }
            return;
        }
    }

    /// Holds every request back until `until` (a later pause extends an earlier one).
    pub fn pause_until(&self, until: Instant) {
        let mut paused = self
            .paused_until
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        if paused.map_or(true, |current| current < until) {
            *paused = Some(until);
        }
    }

    fn pause_deadline(&self) -> Option<Instant> {
        let paused = self
            .paused_until
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        paused.filter(|&until| until > Instant::now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    // Windows are long enough that a loaded CI machine does not blur "at once" and "a window
    // later"; the lower bounds are the property, the upper ones only show bursts are allowed.
    #[tokio::test]
    async fn keeps_under_the_window() {
        let window = Duration::from_millis(400);
        let limiter = RateLimiter::new(Some((3, window)));
        let start = Instant::now();
        let mut times = Vec::new();
        for _ in 0..7 {
            limiter.acquire().await;
            times.push(start.elapsed());
        }
        // 3 at once, the next 3 a window later, the 7th two windows later.
        assert!(times[2] < Duration::from_millis(300), "{times:?}");
        assert!(times[3] >= window, "{times:?}");
        assert!(times[6] >= window * 2, "{times:?}");
        // No window ever saw more than 3 requests.
        for (i, t) in times.iter().enumerate().skip(3) {
            assert!(*t - times[i - 3] >= window, "{times:?}");
        }
    }

    #[tokio::test]
    async fn is_shared_by_concurrent_tasks() {
        let window = Duration::from_millis(300);
        let limiter = Arc::new(RateLimiter::new(Some((4, window))));
        let start = Instant::now();
        let tasks: Vec<_> = (0..10)
            .map(|_| {
                let limiter = limiter.clone();
                tokio::spawn(async move {
                    limiter.acquire().await;
                    start.elapsed()
                })
            })
            .collect();
        let mut times = Vec::new();
        for task in tasks {
            times.push(task.await.unwrap());
        }
        times.sort();
        assert!(times[3] < Duration::from_millis(250), "{times:?}");
        assert!(times[4] >= window, "{times:?}");
        assert!(times[8] >= window * 2, "{times:?}");
    }

    #[tokio::test]
    async fn disabled_never_waits_and_pauses_hold_everyone() {
        let limiter = RateLimiter::new(None);
        let start = Instant::now();
        for _ in 0..10_000 {
            limiter.acquire().await;
        }
        assert!(start.elapsed() < Duration::from_secs(2));

        limiter.pause_until(Instant::now() + Duration::from_millis(150));
        limiter.pause_until(Instant::now() + Duration::from_millis(10));
        let start = Instant::now();
        limiter.acquire().await;
        assert!(
            start.elapsed() >= Duration::from_millis(140),
            "{:?}",
            start.elapsed()
        );
    }
}
