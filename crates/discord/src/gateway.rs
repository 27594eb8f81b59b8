//! The gateway: a WebSocket per shard, interactions arriving as `INTERACTION_CREATE` and
//! messages that mention us (or DMs) as `MESSAGE_CREATE`. serenity reconnects and resumes
//! on its own; we answer each event on its own task, so a failing one never stops the bot.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use anyhow::Result;
use backon::BackoffBuilder;
use serenity::all::{
    ClientBuilder, Context, EventHandler, GatewayIntents, HttpError, Interaction,
    Message as DiscordMessage, Ready, UserId,
};
use serenity::async_trait;

use super::DiscordConfig;
use super::interaction::{Answerer, respond};
use super::mentions;
use edge::Edge;
use edge::flight::Flight;
use edge::health::State;
use edge::retry::{self, Classify, Fault};
use edge::service::Service;
use edge::shutdown::Shutdown;

/// How `/readyz` names the gateway.
const HEALTH: &str = "discord gateway";

/// How long shutdown waits for replies in flight.
const DRAIN: Duration = Duration::from_secs(10);

struct Handler {
    answerer: Answerer,
    in_flight: Arc<AtomicUsize>,
    /// The bot's own user, from READY: what a mention of us looks like.
    me: OnceLock<UserId>,
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _: Context, ready: Ready) {
        let _ = self.me.set(ready.user.id);
        self.answerer.edge.health.set(HEALTH, State::Up);
        tracing::info!(user = %ready.user.name, shard = ?ready.shard, "discord gateway ready");
    }

    async fn message(&self, ctx: Context, msg: DiscordMessage) {
        let Some(&me) = self.me.get() else {
            return;
        };
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let boarded = Flight::board(&self.answerer.edge.flight).await;
        mentions::answer(&ctx.http, &self.answerer, me, &msg).await;
        drop(boarded);
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let boarded = Flight::board(&self.answerer.edge.flight).await;
        let id = interaction.id();
        if let Err(error) = respond(&ctx.http, &self.answerer, interaction).await {
            let secrets = &self.answerer.secrets;
            match error.downcast_ref::<serenity::Error>() {
                Some(error) => {
                    retry::log_undelivered(secrets, error, format_args!("interaction {id}"))
                }
                None => {
                    tracing::error!(error = %secrets.wrap(error), "answering a discord interaction")
                }
            }
        }
        drop(boarded);
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Connects to the gateway and answers interactions until `shutdown` completes, then
/// closes the shards and lets the replies in flight finish. While Discord cannot be
/// reached, it tries again with backoff (the other platforms serve meanwhile); a refused
/// token stops Discord alone.
pub async fn run(
    config: DiscordConfig,
    service: Arc<Service>,
    edge: Edge,
    shutdown: Shutdown,
) -> Result<()> {
    let token = config.token()?.to_owned();
    edge.health.set(HEALTH, State::Starting);
    let answerer = Answerer {
        service,
        edge: edge.clone(),
        secrets: config.secrets(),
        defer_after: config.defer_after,
    };
    let in_flight = Arc::new(AtomicUsize::new(0));
    let mut waits = retry::reconnecting().build();
    loop {
        let handler = Handler {
            answerer: answerer.clone(),
            in_flight: in_flight.clone(),
            me: OnceLock::new(),
        };
        // Each connection asks for the message-content intent only if a server has
        // unprompted answers on, as read now: turned on since, it applies from the next.
        let content = match &answerer.service.store {
            Some(store) => store
                .answers_unprompted_anywhere(catalogue::Platform::Discord)
                .await
                .unwrap_or_else(|error| {
                    tracing::warn!(%error, "reading whether any server answers unprompted");
                    false
                }),
            None => false,
        };
        let connected = connect(&config, &token, handler, content, shutdown.clone()).await;
        match connected {
            Ok(()) => break,
            Err(error) if error.fault() != Fault::Permanent => {
                edge.health.set(HEALTH, State::Starting);
                let wait = waits.next().unwrap_or(Duration::from_secs(30));
                let error = answerer.secrets.wrap(error);
                tracing::warn!(%error, wait_ms = wait.as_millis() as u64, "discord unreachable");
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = shutdown.clone().wait() => break,
                }
            }
            Err(error) => {
                let error = answerer.secrets.wrap(error);
                edge.health.set(HEALTH, State::Down(error.to_string()));
                return Err(error.into());
            }
        }
    }
    let deadline = tokio::time::Instant::now() + DRAIN;
    while in_flight.load(Ordering::SeqCst) > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(())
}

/// One connection of the shards, until `shutdown` or a failure to start.
async fn connect(
    config: &DiscordConfig,
    token: &str,
    handler: Handler,
    content: bool,
    shutdown: Shutdown,
) -> serenity::Result<()> {
    // Interactions need no intent; messages that mention us, and DMs, come with these two,
    // their text included, without the privileged message-content intent, asked for only
    // when a server turned unprompted answers on (`content`).
    let mut intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    if content {
        intents |= GatewayIntents::MESSAGE_CONTENT;
    }
    let http = config
        .http(token)
        .map_err(|error| serenity::Error::Http(HttpError::Request(error)))?;
    let mut client = ClientBuilder::new_with_http(http, intents)
        .event_handler(handler)
        .await?;
    let shards = client.shard_manager.clone();
    let (stopped, stopping) = tokio::sync::oneshot::channel();
    let watcher = tokio::spawn(async move {
        shutdown.wait().await;
        shards.shutdown_all().await;
        let _ = stopped.send(());
    });
    // serenity's range end is inclusive.
    let start = async {
        match config.shards {
            Some(s) => client.start_shard_range(s.first..s.last, s.total).await,
            None => client.start_autosharded().await,
        }
    };
    // A shard that never connected ignores `shutdown_all`: stop waiting for it.
    let give_up = async {
        if stopping.await.is_err() {
            std::future::pending::<()>().await;
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
    };
    let started = tokio::select! {
        started = start => started,
        () = give_up => Ok(()),
    };
    watcher.abort();
    started
}
