//! Running it for real: `/healthz`, `/readyz` and `/metrics` for whoever hosts the bot,
//! and the upkeep every process does (per-user limits forgotten when idle, old daily
//! snapshots deleted).

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use edge::health::Health;
use edge::limits::Limits;
use edge::service::Service;
use edge::shutdown::Shutdown;
use edge::telemetry;

/// How long `/readyz` waits for the database.
const STORE_PROBE: Duration = Duration::from_secs(2);

/// How often idle users' limits are forgotten.
const FORGET_EVERY: Duration = Duration::from_secs(60);

/// How often old snapshots are deleted (and once at start).
const PRUNE_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

#[derive(Clone)]
struct Probe {
    service: Arc<Service>,
    health: Health,
}

/// The three endpoints.
pub fn router(service: Arc<Service>, health: Health) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
        .with_state(Probe { service, health })
}

/// 200 when the store answers and every configured platform is connected; 503 with a
/// line per problem otherwise.
async fn ready(State(probe): State<Probe>) -> Response {
    let (mut ready, mut problems) = probe.health.report();
    if let Some(store) = &probe.service.store {
        let answered = tokio::time::timeout(STORE_PROBE, store.ping()).await;
        if !matches!(answered, Ok(Ok(()))) {
            ready = false;
            problems.push("store: not answering".to_owned());
        }
    }
    if ready {
        (StatusCode::OK, "ready\n").into_response()
    } else {
        let body = problems.join("\n") + "\n";
        (StatusCode::SERVICE_UNAVAILABLE, body).into_response()
    }
}

async fn metrics() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        telemetry::render(),
    )
        .into_response()
}

/// Forgets idle users' limits every minute, and deletes the snapshots older than
/// `history_days` at start and every day, until `shutdown`.
pub async fn upkeep(
    service: Arc<Service>,
    limits: Arc<Limits>,
    history_days: u32,
    shutdown: Shutdown,
) {
    let work = async {
        let mut forget = tokio::time::interval(FORGET_EVERY);
        let mut prune = tokio::time::interval(PRUNE_EVERY);
        loop {
            tokio::select! {
                _ = forget.tick() => limits.forget_idle(),
                _ = prune.tick() => {
                    if let Some(store) = &service.store {
                        let before = service.clock.today() - i64::from(history_days);
                        match store.prune(before).await {
                            Ok(deleted) => tracing::info!(deleted, history_days, "old snapshots deleted"),
                            Err(error) => tracing::error!(%error, "deleting old snapshots"),
                        }
                    }
                }
            }
        }
    };
    tokio::select! {
        () = work => {}
        () = shutdown.wait() => {}
    }
}
