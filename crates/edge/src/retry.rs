//! One retry policy for every call either adapter makes to its platform: capped
//! exponential backoff with jitter (backon) for network errors, timeouts and server
//! errors; exactly the wait a 429 asks for; no retry for a client error, which would
//! only fail again.

use std::fmt::Display;
use std::future::Future;
use std::time::Duration;

use backon::{ExponentialBuilder, Retryable};

use super::redact::Secrets;

/// What a failed call says about trying it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// A network error, a timeout or any 5xx: again, after a backoff.
    Transient,
    /// A 429: again, after exactly this long.
    RetryAfter(Duration),
    /// A client error (blocked by the user, chat not found, a bad token): never again.
    Permanent,
}

/// Errors that can tell which [`Fault`] they are; each adapter classifies its client's
/// errors, `P` being a type of its own that names its platform (the error types are
/// its client library's, the trait is ours).
pub trait Classify<P> {
    fn fault(&self) -> Fault;
}

/// How long one call to a platform may take before it counts as failed and is retried
/// (`GAINSBOT_REQUEST_TIMEOUT`): teloxide's own default.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(17);

/// The first wait after a failure; each next one doubles, with jitter.
pub const FIRST_WAIT: Duration = Duration::from_millis(250);

/// The longest wait between two tries of one call.
pub const MAX_WAIT: Duration = Duration::from_secs(8);

/// Retries per call after the first try: about 8 s of waiting in all, well inside
/// Discord's 15 minutes for a follow-up and short enough for a chat reply.
pub const RETRIES: usize = 5;

/// The backoff of one outgoing call.
pub fn backoff() -> ExponentialBuilder {
    ExponentialBuilder::new()
        .with_min_delay(FIRST_WAIT)
        .with_factor(2.0)
        .with_max_delay(MAX_WAIT)
        .with_max_times(RETRIES)
        .with_jitter()
}

/// The backoff while a platform cannot be reached at start: tries forever, at most
/// 30 s apart, while the other platforms serve.
pub fn reconnecting() -> ExponentialBuilder {
    ExponentialBuilder::new()
        .with_min_delay(FIRST_WAIT)
        .with_factor(2.0)
        .with_max_delay(Duration::from_secs(30))
        .without_max_times()
        .with_jitter()
}

/// Calls `call` until it succeeds, fails for good, or the retries run out, under
/// `policy` ([`backoff`] for replies). Each retry is logged with the secrets hidden.
pub async fn with<P, T, E, Fut>(
    policy: ExponentialBuilder,
    secrets: &Secrets,
    what: &'static str,
    call: impl FnMut() -> Fut,
) -> Result<T, E>
where
    Fut: Future<Output = Result<T, E>>,
    E: Classify<P> + Display,
{
    call.retry(policy)
        .when(|error: &E| error.fault() != Fault::Permanent)
        .adjust(|error: &E, next| match (error.fault(), next) {
            // A 429 counts as a try too, so a platform that keeps refusing is let go.
            (Fault::RetryAfter(after), Some(_)) => Some(after),
            (_, next) => next,
        })
        .notify(|error: &E, wait| {
            let error = secrets.redact(&error.to_string()).into_owned();
            tracing::warn!(what, wait_ms = wait.as_millis() as u64, %error, "retrying");
        })
        .await
}

/// [`with`] under the policy for one outgoing call.
pub async fn send<P, T, E: Classify<P> + Display, Fut: Future<Output = Result<T, E>>>(
    secrets: &Secrets,
    what: &'static str,
    call: impl FnMut() -> Fut,
) -> Result<T, E> {
    with(backoff(), secrets, what, call).await
}

/// Logs a reply that could not be delivered, with what it answered (`update 12`,
/// `interaction 34`: never a user or chat id, which logs hold only at debug level). A client error (the user blocked the bot, the chat is gone) is an ordinary
/// event, logged at `info`; anything else failed every retry and is an error. The
/// reply's text is never logged.
pub fn log_undelivered<P, E: Classify<P> + Display>(
    secrets: &Secrets,
    error: &E,
    answering: std::fmt::Arguments<'_>,
) {
    let fault = error.fault();
    let error = secrets.redact(&error.to_string()).into_owned();
    if fault == Fault::Permanent {
        tracing::info!(%answering, %error, "reply refused by the platform");
        super::telemetry::error("refused");
    } else {
        tracing::error!(%answering, %error, "reply not delivered after every retry");
        super::telemetry::error("send_failed");
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[derive(Debug)]
    struct Failed(Fault);

    impl Classify<()> for Failed {
        fn fault(&self) -> Fault {
            self.0
        }
    }

    impl Display for Failed {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }

    /// Fails with `faults` in turn, then succeeds; returns the result and the tries.
    async fn run(faults: &[Fault]) -> (Result<(), Failed>, usize) {
        let tries = AtomicUsize::new(0);
        let result = send(&Secrets::default(), "test", || async {
            let n = tries.fetch_add(1, Ordering::SeqCst);
            faults.get(n).map_or(Ok(()), |&f| Err(Failed(f)))
        })
        .await;
        (result, tries.into_inner())
    }

    #[tokio::test(start_paused = true)]
    async fn transient_faults_are_retried_until_success() {
        let (result, tries) = run(&[Fault::Transient; 3]).await;
        assert!(result.is_ok());
        assert_eq!(tries, 4);
    }

    #[tokio::test(start_paused = true)]
    async fn the_retries_run_out() {
        let (result, tries) = run(&[Fault::Transient; 10]).await;
        assert!(result.is_err());
        assert_eq!(tries, RETRIES + 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_error_is_tried_once() {
        let (result, tries) = run(&[Fault::Permanent]).await;
        assert!(result.is_err());
        assert_eq!(tries, 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_429_waits_exactly_what_it_asks() {
        let start = tokio::time::Instant::now();
        let (result, tries) = run(&[Fault::RetryAfter(Duration::from_secs(7))]).await;
        assert!(result.is_ok());
        assert_eq!(tries, 2);
        assert_eq!(start.elapsed().as_secs(), 7);
    }

    #[tokio::test(start_paused = true)]
    async fn backoff_starts_near_a_quarter_second_and_stays_capped() {
        let start = tokio::time::Instant::now();
        let (_, tries) = run(&[Fault::Transient]).await;
        assert_eq!(tries, 2);
        // Jitter adds up to one more delay.
        let waited = start.elapsed();
        assert!(
            waited >= FIRST_WAIT && waited <= 2 * FIRST_WAIT,
            "{waited:?}"
        );
        let start = tokio::time::Instant::now();
        let (result, _) = run(&[Fault::Transient; 10]).await;
        assert!(result.is_err());
        assert!(
            start.elapsed() <= 2 * (MAX_WAIT * RETRIES as u32),
            "{:?}",
            start.elapsed()
        );
    }
}
