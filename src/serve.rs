//! Runs every configured platform in one process: Telegram (polling or webhook), the
//! Discord gateway, and one HTTP server for Telegram's webhook and Discord's endpoint.
//! Each platform starts, retries and fails on its own: nothing one does stops another.

use std::sync::Arc;

use anyhow::{Context, Result};
use axum::Router;
use tokio::task::JoinSet;

use crate::config::Config;
use crate::discord::{endpoint, gateway};
use crate::edge::shutdown::Shutdown;
use crate::service::Service;
use crate::telegram::{self, webhook};

/// Whether any platform is configured.
pub fn any(config: &Config) -> bool {
    config.telegram.is_some() || config.discord.is_some()
}

/// Serves the configured platforms until `shutdown`; replies in flight finish. Returns
/// an error only when every platform has stopped and one of them failed.
pub async fn platforms(config: &Config, service: Service, shutdown: Shutdown) -> Result<()> {
    let service = Arc::new(service);
    let mut routes: Option<Router> = None;
    let mut tasks: JoinSet<(&'static str, Result<()>)> = JoinSet::new();
    if let Some(discord) = config.discord.as_ref().filter(|d| d.public_key.is_some()) {
        routes = Some(endpoint::router(discord, service.clone())?);
    }
    if let Some(telegram) = config.telegram.clone() {
        let (service, shutdown) = (service.clone(), shutdown.clone());
        if telegram.webhook_url.is_some() {
            let (listener, router) = webhook::listener(&telegram)?;
            routes = Some(match routes {
                Some(routes) => routes.merge(router),
                None => router,
            });
            tasks.spawn(async move {
                let done = telegram::serve_webhook(telegram, service, listener, shutdown).await;
                ("telegram", done)
            });
        } else {
            tasks.spawn(async move {
                (
                    "telegram",
                    telegram::poll(telegram, service, shutdown).await,
                )
            });
        }
    }
    if let Some(discord) = config.discord.clone().filter(|d| d.token.is_some()) {
        let (service, shutdown) = (service.clone(), shutdown.clone());
        tasks.spawn(async move { ("discord", gateway::run(discord, service, shutdown).await) });
    }
    if let Some(routes) = routes {
        let addr = config.http_addr;
        let tcp = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("binding HTTP_ADDR={addr}"))?;
        tracing::info!(%addr, "serving webhooks and the interactions endpoint");
        let shutdown = shutdown.clone();
        tasks.spawn(async move {
            let served = axum::serve(tcp, routes)
                .with_graceful_shutdown(shutdown.wait())
                .await
                .context("serving HTTP");
            ("http", served)
        });
    }
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
