//! Prometheus metrics, served on `/metrics`: replies by platform, command and language,
//! how long they took, errors by kind, rate-limited requests, store timings and cards.
//! No label ever holds a user id or a message's text.

use std::sync::OnceLock;
use std::time::Instant;

use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use answers::reply::Reply;

/// Bucket bounds for the latency histograms, in seconds: a reply takes about 0.1 ms to
/// compute and up to a few seconds when a platform or the database is slow.
const BUCKETS: [f64; 12] = [
    0.000_1, 0.000_5, 0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();

/// Installs the process's recorder (once; later calls reuse it) and describes the
/// metrics, so `/metrics` lists them before the first reply.
#[expect(
    clippy::expect_used,
    reason = "the buckets are a constant the exporter accepts; a test installs it"
)]
pub fn install() -> &'static PrometheusHandle {
    HANDLE.get_or_init(|| {
        let handle = PrometheusBuilder::new()
            .set_buckets(&BUCKETS)
            .expect("bucket bounds are set")
            .install_recorder()
            .unwrap_or_else(|_| {
                // Another recorder is installed (an embedding program's): render nothing
                // rather than fail to serve.
                PrometheusBuilder::new().build_recorder().handle()
            });
        describe();
        handle
    })
}

fn describe() {
    use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        "gainsbot_replies_total",
        "Replies sent, by platform, command and language."
    );
    describe_histogram!(
        "gainsbot_reply_seconds",
        Unit::Seconds,
        "Time from a message received to its reply ready to send."
    );
    describe_counter!(
        "gainsbot_errors_total",
        "Failures by kind: send_failed, refused, store, card."
    );
    describe_counter!(
        "gainsbot_rate_limited_total",
        "Requests cut by a per-user limit, by platform."
    );
    describe_histogram!(
        "gainsbot_store_seconds",
        Unit::Seconds,
        "Time of each database operation, by operation."
    );
    describe_counter!("gainsbot_cards_total", "Result cards drawn.");
    describe_gauge!(
        "gainsbot_replies_in_flight",
        "Replies being worked on or sent now (at most GAINSBOT_MAX_IN_FLIGHT)."
    );
    describe_gauge!(
        "gainsbot_replies_in_flight_peak",
        "The most replies in flight at once since start."
    );
    describe_counter!(
        "gainsbot_reminders_total",
        "Monthly reminders handled (sent, blocked or failed), by platform."
    );
    describe_gauge!(
        "gainsbot_reminders_pending",
        "Reminders of the round under way not handled yet, by platform (0 between rounds)."
    );
}

/// The metrics in Prometheus's text format.
pub fn render() -> String {
    install().render()
}

/// A reply about to be sent on `platform`, asked at `started`.
pub fn reply(platform: &'static str, reply: &Reply, started: Instant) {
    metrics::counter!(
        "gainsbot_replies_total",
        "platform" => platform,
        "command" => reply.command.label(),
        "lang" => reply.lang.code(),
    )
    .increment(1);
    metrics::histogram!("gainsbot_reply_seconds", "platform" => platform).record(started.elapsed());
}

/// A failure of `kind` (`send_failed`, `refused`, `store`, `card`).
pub fn error(kind: &'static str) {
    metrics::counter!("gainsbot_errors_total", "kind" => kind).increment(1);
}

/// A result card drawn.
pub fn card() {
    metrics::counter!("gainsbot_cards_total").increment(1);
}
