//! Runs every configured platform in one process: Telegram (polling or webhook), the
//! Discord gateway, and one HTTP server on `HTTP_ADDR` for Telegram's webhook and
//! Discord's endpoint. Each platform starts, retries and fails on its own: nothing one
//! does stops another. The same server answers `/healthz`, `/readyz` and `/metrics`.

pub mod ops;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use tokio::net::TcpListener;
use tokio::task::JoinSet;

use catalogue::Platform;

use crate::config::Config;
use discord::{endpoint, gateway};
use edge::Edge;
use edge::card::Cards;
use edge::flight::Flight;
use edge::health::Health;
use edge::limits::Limits;
use edge::service::Service;
use edge::shutdown::Shutdown;
use edge::telemetry;
use telegram::webhook;

/// Whether any platform is configured.
pub fn any(config: &Config) -> bool {
    config.telegram.is_some() || config.discord.is_some()
}

/// The platforms this process can write to a user on first: those it holds a token for
/// (Telegram's always; Discord's unless only its public key is set).
pub fn writes_first(config: &Config) -> Vec<Platform> {
    let telegram = config.telegram.as_ref().map(|_| Platform::Telegram);
    let discord = config
        .discord
        .as_ref()
        .filter(|d| d.token.is_some())
        .map(|_| Platform::Discord);
    telegram.into_iter().chain(discord).collect()
}

/// The process's HTTP address, taken before anything starts, so a port in use is a
/// clear error at once (and a test can ask for port 0 and learn which it got).
pub struct Bound {
    config: Config,
    http: TcpListener,
}

/// Binds `HTTP_ADDR`.
pub async fn bind(config: &Config) -> Result<Bound> {
    let addr = config.http_addr;
    let http = TcpListener::bind(addr)
        .await
        .with_context(|| format!("binding HTTP_ADDR={addr}"))?;
    Ok(Bound {
        config: config.clone(),
        http,
    })
}

impl Bound {
    /// Where the HTTP server listens.
    pub fn local_addr(&self) -> Result<SocketAddr> {
        Ok(self.http.local_addr()?)
    }

    /// Serves the configured platforms until `shutdown`; replies in flight finish.
    /// Returns an error only once every platform has stopped and one of them failed.
    pub async fn run(self, mut service: Service, shutdown: Shutdown) -> Result<()> {
        let Bound { config, http } = self;
        telemetry::install();
        service.writes_first = writes_first(&config);
        let service = Arc::new(service);
        let edge = Edge {
            health: Health::default(),
            limits: Arc::new(Limits::new(config.limits)),
            cards: Arc::new(Cards::new(config.card_cache_bytes)),
            flight: Arc::new(Flight::new(config.max_in_flight)),
        };
        let mut routes = ops::router(service.clone(), edge.health.clone());
        let mut tasks: JoinSet<(&'static str, Result<()>)> = JoinSet::new();
        if let Some(discord) = config.discord.as_ref().filter(|d| d.public_key.is_some()) {
            routes = routes.merge(endpoint::router(discord, service.clone(), edge.clone())?);
        }
        if let Some(telegram) = config.telegram.clone() {
            let (service, edge, shutdown) = (service.clone(), edge.clone(), shutdown.clone());
            if telegram.webhook_url.is_some() {
                let (listener, router) = webhook::listener(&telegram)?;
                routes = routes.merge(router);
                tasks.spawn(async move {
                    let done = telegram::serve_webhook(telegram, service, edge, listener, shutdown);
                    ("telegram", done.await)
                });
            } else {
                tasks.spawn(async move {
                    let done = telegram::poll(telegram, service, edge, shutdown);
                    ("telegram", done.await)
                });
            }
        }
        let _discord_reminders = match &config.discord {
            Some(discord) => discord::reminders::spawn(discord, service.clone())?,
            None => None,
        };
        if let Some(discord) = config
            .discord
            .clone()
            .filter(|d| d.token.is_some() && d.gateway)
        {
            let (service, edge, shutdown) = (service.clone(), edge.clone(), shutdown.clone());
            tasks.spawn(async move {
                let done = gateway::run(discord, service, edge, shutdown);
                ("discord", done.await)
            });
        }
        tokio::spawn(ops::upkeep(
            service.clone(),
            edge.limits.clone(),
            config.history_days,
            shutdown.clone(),
        ));
        let addr = http.local_addr()?;
        tracing::info!(%addr, "serving HTTP");
        tasks.spawn(async move {
            let served = axum::serve(http, routes)
                .with_graceful_shutdown(shutdown.wait())
                .await
                .context("serving HTTP");
            ("http", served)
        });
        let mut failed = None;
        while let Some(done) = tasks.join_next().await {
            let (platform, result) = done.context("a platform task panicked")?;
            if let Err(error) = result {
                tracing::error!(
                    platform,
                    error = format!("{error:#}"),
                    "stopped; the others go on"
                );
                failed.get_or_insert(error.context(platform));
            }
        }
        failed.map_or(Ok(()), Err)
    }
}
