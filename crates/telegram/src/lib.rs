//! Telegram, through teloxide: commands and questions in private chats, commands and
//! mentions in groups, inline queries, command menus in both languages, long polling or
//! a webhook. It only translates: every answer comes from [`edge::service::Service`].
//!
//! It may know nothing of Discord.

pub mod admins;
pub mod config;
mod door;
pub mod faults;
pub mod handlers;
pub mod menus;
pub mod reminders;
pub mod render;
pub mod webhook;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{Dispatcher, ShutdownToken};
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use teloxide::types::Me;
use teloxide::update_listeners::{Polling, UpdateListener};

pub use config::TelegramConfig;

use edge::Edge;
use edge::health::State;
use edge::redact::Secrets;
use edge::retry;
use edge::service::Service;
use edge::shutdown::Shutdown;

/// How `/readyz` names this platform.
const PLATFORM: &str = "telegram";

/// The Bot API client every handler uses: rate-limited to Telegram's limits
/// (about 30 messages a second overall, 1 a second per chat).
pub type Client = Throttle<teloxide::Bot>;

/// Where updates come from: long polling, or the webhook's listener.
pub trait Updates:
    UpdateListener<Err: fmt::Debug + fmt::Display + Send + 'static> + Send + 'static
{
}

impl<L> Updates for L where
    L: UpdateListener<Err: fmt::Debug + fmt::Display + Send + 'static> + Send + 'static
{
}

/// The wait after failed poll number `failures` (from 0) in a row: a second after each
/// of the first three, so a hiccup costs seconds, then doubling while failures go on,
/// never more than 30 s. The first poll that succeeds starts the count again.
pub fn poll_backoff(failures: u32) -> Duration {
    let doublings = failures.saturating_sub(2).min(5);
    Duration::from_secs(1 << doublings).min(Duration::from_secs(30))
}

/// Long polling until `shutdown`; replies in flight finish first.
pub async fn poll(
    config: TelegramConfig,
    service: Arc<Service>,
    edge: Edge,
    shutdown: Shutdown,
) -> Result<()> {
    let secrets = config.secrets();
    let Some((client, username)) = reach(&config, &service, &edge, &secrets, &shutdown).await?
    else {
        return Ok(());
    };
    let listener = Polling::builder(client.clone())
        .timeout(config.long_poll())
        .backoff_strategy(poll_backoff)
        .delete_webhook()
        .await
        .build();
    dispatch(client, username, service, edge, secrets, listener, shutdown).await
}

/// Webhook mode until `shutdown`: updates arrive through `listener`, whose routes the
/// process's HTTP server serves (see [`webhook::listener`]).
pub async fn serve_webhook(
    config: TelegramConfig,
    service: Arc<Service>,
    edge: Edge,
    listener: impl Updates,
    shutdown: Shutdown,
) -> Result<()> {
    let secrets = config.secrets();
    let Some((client, username)) = reach(&config, &service, &edge, &secrets, &shutdown).await?
    else {
        return Ok(());
    };
    dispatch(client, username, service, edge, secrets, listener, shutdown).await
}

/// Reaches the Bot API (who we are, then the menus), trying again with backoff while
/// it cannot be reached: the other platforms serve meanwhile. A refused token is fatal
/// for Telegram alone. The client and our username; `None` when stopped first.
async fn reach(
    config: &TelegramConfig,
    service: &Service,
    edge: &Edge,
    secrets: &Secrets,
    shutdown: &Shutdown,
) -> Result<Option<(Client, String)>> {
    edge.health.set(PLATFORM, State::Starting);
    let plain = config.bot()?;
    let default = service.answers.default_lang();
    let ready = async {
        let me: Me = retry::with(retry::reconnecting(), secrets, "telegram getMe", || {
            plain.get_me().send()
        })
        .await?;
        retry::with(retry::reconnecting(), secrets, "telegram menus", || {
            menus::publish(&plain, default)
        })
        .await?;
        Ok::<_, teloxide::RequestError>(me)
    };
    tokio::select! {
        ready = ready => {
            let me = ready.map_err(|error| {
                let error = secrets.wrap(error);
                edge.health.set(PLATFORM, State::Down(error.to_string()));
                error
            })?;
            tracing::info!(username = me.username(), "telegram ready");
            edge.health.set(PLATFORM, State::Up);
            let username = me.username().to_owned();
            Ok(Some((plain.throttle(Limits::default()), username)))
        }
        () = shutdown.clone().wait() => Ok(None),
    }
}

async fn dispatch(
    client: Client,
    username: String,
    service: Arc<Service>,
    edge: Edge,
    secrets: Secrets,
    listener: impl Updates,
    shutdown: Shutdown,
) -> Result<()> {
    let errors = Arc::new(LogErrors(secrets.clone()));
    let listener = door::AtTheDoor::new(
        listener,
        door::Keeper {
            service: service.clone(),
            edge: edge.clone(),
            client: client.clone(),
            secrets: secrets.clone(),
            username,
        },
    );
    let health = edge.health.clone();
    let courier = reminders::Telegram {
        client: client.clone(),
        secrets: secrets.clone(),
    };
    let _reminding = edge::reminders::spawn(
        service.clone(),
        Arc::new(courier),
        catalogue::Platform::Telegram,
    );
    let admins = Arc::new(admins::Admins::default());
    let mut dispatcher = Dispatcher::builder(client, handlers::tree())
        .dependencies(dptree::deps![service, edge, secrets.clone(), admins])
        .default_handler(|_| async {})
        .error_handler(errors.clone())
        .build();
    let stopper = tokio::spawn(stop_on(shutdown, dispatcher.shutdown_token()));
    let dispatched = dispatcher
        .try_dispatch_with_listener(listener, errors)
        .await;
    stopper.abort();
    dispatched.map_err(|error| {
        let error = secrets.wrap(error);
        health.set(PLATFORM, State::Down(error.to_string()));
        error
    })?;
    Ok(())
}

/// Stops the dispatcher on `shutdown`: no new updates, replies in flight finish. A
/// stop that comes while the dispatcher is still starting waits for it to run.
async fn stop_on(shutdown: Shutdown, token: ShutdownToken) {
    shutdown.wait().await;
    loop {
        match token.shutdown() {
            Ok(done) => return done.await,
            Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
}

/// Logs handler and listener failures with the secrets hidden; a failing handler never
/// stops the bot.
struct LogErrors(Secrets);

impl<E: std::fmt::Display + Send + 'static> ErrorHandler<E> for LogErrors {
    fn handle_error(self: Arc<Self>, error: E) -> futures_util::future::BoxFuture<'static, ()> {
        let error = self.0.redact(&format!("{error:#}")).into_owned();
        Box::pin(async move { tracing::error!(%error, "telegram") })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polling_comes_back_within_a_second_then_backs_off_to_half_a_minute() {
        let waits: Vec<u64> = (0..9).map(|n| poll_backoff(n).as_secs()).collect();
        assert_eq!(waits, [1, 1, 1, 2, 4, 8, 16, 30, 30]);
        assert_eq!(poll_backoff(u32::MAX), Duration::from_secs(30));
    }
}
