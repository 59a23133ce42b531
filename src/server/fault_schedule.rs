//! The schedule of `wkv serve --inject-faults`: which requests fail and how. Kept apart from
//! the middleware in `faults.rs` so the server state can hold it without importing the routes.

use std::sync::atomic::{AtomicU64, Ordering};

/// Decides, request by request, whether and how to fail. The schedule is deterministic:
/// faults are spread evenly (with a rate of 0.3, the 4th, 7th and 10th requests fail, and so
/// on) and their kinds take turns, so a test sees every kind and never passes by luck.
pub struct FaultInjector {
    rate: f64,
    /// Only paths ending with this get faults, when set.
    route: Option<String>,
    requests: AtomicU64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Fault {
    Throttle,
    ServerError,
    DropConnection,
    PartialWrite,
    /// A bulk delete that deletes part of the batch and names the rest in `unsuccessful_keys`.
    PartialDelete,
}

impl FaultInjector {
    /// `rate` is the share of data requests that fail, from 0 to 1.
    pub fn new(rate: f64, route: Option<String>) -> FaultInjector {
        FaultInjector {
            rate: rate.clamp(0.0, 1.0),
            route,
            requests: AtomicU64::new(0),
        }
    }

    /// Whether requests to `path` may get faults (all of them unless a route was given).
    pub(super) fn chooses(&self, path: &str) -> bool {
        self.route.as_deref().is_none_or(|end| path.ends_with(end))
    }

    /// Counts one request and says which fault it gets, if any; `partial` names the partial
    /// fault the request's kind allows (bulk writes and deletes).
    pub(super) fn roll(&self, partial: Option<Fault>) -> Option<Fault> {
        let n = self.requests.fetch_add(1, Ordering::Relaxed) as f64;
        let faults_before = (n * self.rate).floor();
        let faults_after = ((n + 1.0) * self.rate).floor();
        if faults_after <= faults_before {
            return None;
        }
        let kinds: &[Fault] = match partial {
            Some(Fault::PartialWrite) => &[
                Fault::Throttle,
                Fault::ServerError,
                Fault::DropConnection,
                Fault::PartialWrite,
            ],
            Some(Fault::PartialDelete) => &[
                Fault::Throttle,
                Fault::ServerError,
                Fault::DropConnection,
                Fault::PartialDelete,
            ],
            _ => &[Fault::Throttle, Fault::ServerError, Fault::DropConnection],
        };
        Some(kinds[faults_before as usize % kinds.len()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_spread_evenly_and_take_turns() {
        let injector = FaultInjector::new(0.3, None);
        let schedule: Vec<Option<Fault>> = (0..10).map(|_| injector.roll(None)).collect();
        let failed: Vec<usize> = schedule
            .iter()
            .enumerate()
            .filter(|(_, f)| f.is_some())
            .map(|(i, _)| i)
            .collect();
        assert_eq!(failed, vec![3, 6, 9]);
        assert_eq!(schedule[3], Some(Fault::Throttle));
        assert_eq!(schedule[6], Some(Fault::ServerError));
        assert_eq!(schedule[9], Some(Fault::DropConnection));
    }

    #[test]
    fn every_request_fails_at_rate_one_and_none_at_zero() {
        let always = FaultInjector::new(1.0, None);
        assert!((0..8).all(|_| always.roll(Some(Fault::PartialDelete)).is_some()));
        let never = FaultInjector::new(0.0, None);
        assert!((0..8).all(|_| never.roll(Some(Fault::PartialWrite)).is_none()));
    }
}
