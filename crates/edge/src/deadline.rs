//! Racing a reply against a platform's deadline: Discord wants a first response within
//! 3 s, so a reply that is not ready in time is deferred and sent when it is.

use std::future::Future;
use std::time::Duration;

use tokio::task::{JoinError, JoinHandle};

/// How a reply fared against its deadline.
#[derive(Debug)]
pub enum Race<T> {
    /// Ready in time: answer directly.
    Ready(T),
    /// Still running: acknowledge now, then await the handle and follow up.
    Late(JoinHandle<T>),
}

/// Runs `work` on its own task and waits for it at most `within`.
pub async fn race<T: Send + 'static>(
    work: impl Future<Output = T> + Send + 'static,
    within: Duration,
) -> Result<Race<T>, JoinError> {
    let mut work = tokio::spawn(work);
    tokio::select! {
        done = &mut work => done.map(Race::Ready),
        () = tokio::time::sleep(within) => Ok(Race::Late(work)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn quick_work_is_ready_and_slow_work_is_late_but_finishes() {
        let quick = race(async { 1 }, Duration::from_secs(2)).await.unwrap();
        assert!(matches!(quick, Race::Ready(1)));
        let slow = race(
            async {
                tokio::time::sleep(Duration::from_secs(5)).await;
                2
            },
            Duration::from_secs(2),
        )
        .await
        .unwrap();
        let Race::Late(handle) = slow else {
            panic!("a 5 s task was ready within 2 s");
        };
        assert_eq!(handle.await.unwrap(), 2);
    }
}
