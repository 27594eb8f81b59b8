//! Runs every configured platform in one process: Telegram (polling or webhook), the
//! Discord gateway, and one HTTP server for Telegram's webhook and Discord's endpoint.

use std::sync::Arc;

use anyhow::{Context, Result};
use tokio::task::JoinSet;

use crate::config::Config;
use crate::discord::{endpoint, gateway};
use crate::service::Bot;
use crate::telegram;

/// Resolves on SIGINT or SIGTERM (what deploys send).
pub async fn shutdown_signal() {
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

/// Whether any platform is configured.
pub fn any(config: &Config) -> bool {
    config.telegram.is_some() || config.discord.is_some()
}

/// Serves the configured platforms until SIGINT/SIGTERM; replies in flight finish.
pub async fn platforms(config: &Config, bot: Bot) -> Result<()> {
    let bot = Arc::new(bot);
    let mut routes = match &config.discord {
        Some(discord) if discord.public_key.is_some() => {
            Some(endpoint::router(discord, bot.clone())?)
        }
        _ => None,
    };
    let mut tasks = JoinSet::new();
    if let Some(telegram) = config.telegram.clone() {
        // A Telegram webhook server also serves Discord's endpoint.
        let also = telegram.webhook_url.as_ref().and(routes.take());
        tasks.spawn(telegram::serve(telegram, bot.clone(), also));
    }
    if let Some(discord) = config.discord.clone().filter(|d| d.token.is_some()) {
        tasks.spawn(gateway::run(discord, bot.clone(), shutdown_signal()));
    }
    if let Some(routes) = routes {
        let addr = config.http_addr;
        tasks.spawn(async move {
            let tcp = tokio::net::TcpListener::bind(addr)
                .await
                .with_context(|| format!("binding {addr}"))?;
            tracing::info!(%addr, path = endpoint::PATH, "discord interactions endpoint");
            axum::serve(tcp, routes)
                .with_graceful_shutdown(shutdown_signal())
                .await
                .context("serving HTTP")
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.context("a platform task panicked")??;
    }
    Ok(())
}
