//! The client-side pacing shared by every request of a run: at most N requests in any sliding
//! window (the API allows 1,200 per 5 minutes per user), a pause that a 429 with `retry-after`
//! imposes on all requests at once, since the API throttles the user and not one request, and
//! how many requests may be in flight at once (`ConcurrencyGate`, adaptive). Waiters are served
//! in arrival order (tokio's mutex is fair). No I/O besides sleeping.

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
        if paused.is_none_or(|current| current < until) {
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

/// How many requests of a run are in flight at once, adapted to what the API takes: it starts
/// at `START` and grows by one with each success while the limit is in use (doubling per round
/// trip until the first 429, then by about one per round trip), and halves on a 429 (at most
/// once per `CUT_SPACING`, since one throttling answers every request in flight). The callers'
/// own bound (`--concurrency`) caps it; this gate only ever holds them back further.
#[derive(Debug)]
pub struct ConcurrencyGate {
    state: StdMutex<GateState>,
    freed: tokio::sync::Notify,
}

#[derive(Debug)]
struct GateState {
    limit: f64,
    in_flight: usize,
    /// Until the first 429, the limit doubles each round trip.
    slow_start: bool,
    last_cut: Option<Instant>,
}

/// A request in flight; dropping it frees its place.
pub struct GateSlot<'a> {
    gate: &'a ConcurrencyGate,
}

impl ConcurrencyGate {
    const START: f64 = 4.0;
    const MAX: f64 = 64.0;
    const CUT_SPACING: Duration = Duration::from_secs(1);

    pub fn new() -> ConcurrencyGate {
        ConcurrencyGate {
            state: StdMutex::new(GateState {
                limit: Self::START,
                in_flight: 0,
                slow_start: true,
                last_cut: None,
            }),
            freed: tokio::sync::Notify::new(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Waits for a place among the requests in flight.
    pub async fn enter(&self) -> GateSlot<'_> {
        loop {
            let freed = self.freed.notified();
            tokio::pin!(freed);
            freed.as_mut().enable();
            {
                let mut state = self.state();
                if (state.in_flight as f64) < state.limit.floor().max(1.0) {
                    state.in_flight += 1;
                    return GateSlot { gate: self };
                }
            }
            freed.await;
        }
    }

    /// The current limit.
    #[cfg(test)]
    pub fn limit(&self) -> usize {
        self.state().limit.floor().max(1.0) as usize
    }
}

impl Default for ConcurrencyGate {
    fn default() -> Self {
        ConcurrencyGate::new()
    }
}

impl GateSlot<'_> {
    /// The request succeeded: grow, if the limit was what held requests back.
    pub fn succeeded(&self) {
        let mut state = self.gate.state();
        if (state.in_flight as f64) + 1.0 >= state.limit.floor() {
            let step = if state.slow_start {
                1.0
            } else {
                1.0 / state.limit
            };
            state.limit = (state.limit + step).min(ConcurrencyGate::MAX);
        }
        drop(state);
        self.gate.freed.notify_waiters();
    }

    /// The API throttled the request: halve.
    pub fn throttled(&self) {
        let mut state = self.gate.state();
        let now = Instant::now();
        if state
            .last_cut
            .is_none_or(|at| now.duration_since(at) >= ConcurrencyGate::CUT_SPACING)
        {
            state.limit = (state.limit / 2.0).max(1.0);
            state.slow_start = false;
            state.last_cut = Some(now);
        }
    }
}

impl Drop for GateSlot<'_> {
    fn drop(&mut self) {
        let mut state = self.gate.state();
        state.in_flight = state.in_flight.saturating_sub(1);
        drop(state);
        self.gate.freed.notify_waiters();
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
    async fn the_gate_grows_with_successes_and_halves_on_throttling() {
        let gate = ConcurrencyGate::new();
        assert_eq!(gate.limit(), 4);
        // Four in flight: the fifth waits until one leaves.
        let slots: Vec<_> = futures_util::future::join_all((0..4).map(|_| gate.enter())).await;
        let fifth = tokio::time::timeout(Duration::from_millis(50), gate.enter()).await;
        assert!(fifth.is_err(), "a fifth request got in past a limit of 4");
        // A success while the limit is in use grows it by one (slow start: one per success).
        slots[0].succeeded();
        assert_eq!(gate.limit(), 5);
        drop(slots);
        // A success while the limit is not in use does not grow it.
        let slot = gate.enter().await;
        slot.succeeded();
        assert_eq!(gate.limit(), 5);
        slot.throttled();
        slot.throttled();
        assert_eq!(
            gate.limit(),
            2,
            "one cut per throttling, not one per request"
        );
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
