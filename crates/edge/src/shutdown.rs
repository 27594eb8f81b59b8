//! The stop signal every platform obeys: SIGINT or SIGTERM (what deploys send), or a
//! test's own trigger. Each platform stops taking new messages and finishes the
//! replies in flight.

use tokio::sync::watch;

/// A stop that any number of platforms can wait for.
#[derive(Debug, Clone)]
pub struct Shutdown {
    stopped: watch::Receiver<bool>,
}

/// Stops every [`Shutdown`] made from it.
#[derive(Debug)]
pub struct Trigger(watch::Sender<bool>);

impl Trigger {
    pub fn stop(&self) {
        self.0.send_replace(true);
    }
}

impl Shutdown {
    /// A stop triggered by hand (tests, embedding).
    pub fn manual() -> (Trigger, Shutdown) {
        let (send, stopped) = watch::channel(false);
        (Trigger(send), Shutdown { stopped })
    }

    /// A stop on SIGINT or SIGTERM.
    pub fn on_signals() -> Shutdown {
        let (trigger, shutdown) = Shutdown::manual();
        tokio::spawn(async move {
            signal().await;
            tracing::info!("stopping: no new messages, replies in flight finish");
            trigger.stop();
        });
        shutdown
    }

    /// Resolves once the stop is triggered (at once if it already was, or if the
    /// trigger is gone).
    pub async fn wait(mut self) {
        let _ = self.stopped.wait_for(|stopped| *stopped).await;
    }
}

async fn signal() {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = term => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_copy_stops_even_one_made_after_the_trigger() {
        let (trigger, shutdown) = Shutdown::manual();
        let early = tokio::spawn(shutdown.clone().wait());
        trigger.stop();
        early.await.unwrap();
        shutdown.wait().await;
    }
}
