//! How long a test waits for something before it fails: `GAINSBOT_TEST_PATIENCE` seconds,
//! 30 by default. Tests wait for events, never for a time; this is only how long "never"
//! is, so a slow machine raises it rather than failing by luck.

use std::time::Duration;

pub fn patience() -> Duration {
    let seconds = std::env::var("GAINSBOT_TEST_PATIENCE")
        .ok()
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(30);
    Duration::from_secs(seconds)
}

/// Polls `check` until it gives something, for the test's patience.
pub async fn eventually<T>(mut check: impl FnMut() -> Option<T>) -> Option<T> {
    let start = std::time::Instant::now();
    while start.elapsed() < patience() {
        if let Some(found) = check() {
            return Some(found);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    None
}
