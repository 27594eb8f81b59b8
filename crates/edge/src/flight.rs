//! At most so many replies in flight per process, cards and uploads included, so a
//! burst costs a bounded amount of memory: the rest wait their turn, none is dropped.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Replies in flight when no setting says otherwise.
pub const DEFAULT_BOUND: usize = 32;

/// The bound and how many replies are in flight now, and at most so far.
#[derive(Debug)]
pub struct Flight {
    permits: Arc<Semaphore>,
    now: AtomicUsize,
    peak: AtomicUsize,
}

impl Default for Flight {
    fn default() -> Flight {
        Flight::new(DEFAULT_BOUND)
    }
}

/// One reply in flight, until dropped; owned, so it can go with a reply's spawned task.
#[derive(Debug)]
pub struct Boarded {
    flight: Arc<Flight>,
    _permit: OwnedSemaphorePermit,
}

impl Drop for Boarded {
    fn drop(&mut self) {
        let now = self.flight.now.fetch_sub(1, Ordering::SeqCst) - 1;
        metrics::gauge!("gainsbot_replies_in_flight").set(now as f64);
    }
}

impl Flight {
    pub fn new(bound: usize) -> Flight {
        Flight {
            permits: Arc::new(Semaphore::new(bound.max(1))),
            now: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        }
    }

    /// Waits for a place, then holds it until the returned guard is dropped.
    #[expect(clippy::expect_used, reason = "the semaphore is never closed")]
    pub async fn board(flight: &Arc<Flight>) -> Boarded {
        let permit = flight
            .permits
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let now = flight.now.fetch_add(1, Ordering::SeqCst) + 1;
        let peak = flight.peak.fetch_max(now, Ordering::SeqCst).max(now);
        metrics::gauge!("gainsbot_replies_in_flight").set(now as f64);
        metrics::gauge!("gainsbot_replies_in_flight_peak").set(peak as f64);
        Boarded {
            flight: flight.clone(),
            _permit: permit,
        }
    }

    /// The most replies in flight at once since start.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_burst_past_the_bound_waits_and_is_served_whole() {
        let flight = Arc::new(Flight::new(3));
        let served = Arc::new(AtomicUsize::new(0));
        let mut tasks = Vec::new();
        for _ in 0..50 {
            let (flight, served) = (flight.clone(), served.clone());
            tasks.push(tokio::spawn(async move {
                let _boarded = Flight::board(&flight).await;
                tokio::time::sleep(std::time::Duration::from_millis(2)).await;
                served.fetch_add(1, Ordering::SeqCst);
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        assert_eq!(served.load(Ordering::SeqCst), 50, "nothing dropped");
        assert_eq!(
            flight.peak(),
            3,
            "never more than the bound, and the bound used"
        );
    }
}
