//! The gateway: a WebSocket per shard, interactions arriving as `INTERACTION_CREATE` and
//! messages that mention us (or DMs) as `MESSAGE_CREATE`. serenity reconnects and resumes
//! on its own; we answer each event on its own task, so a failing one never stops the bot.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use anyhow::Result;
use serenity::all::{
    ClientBuilder, Context, EventHandler, GatewayIntents, Interaction, Message as DiscordMessage,
    Ready, UserId,
};
use serenity::async_trait;

use super::DiscordConfig;
use super::interaction::respond;
use super::mentions;
use crate::edge::redact::Secrets;
use crate::edge::shutdown::Shutdown;
use crate::service::Service;

/// How long shutdown waits for replies in flight.
const DRAIN: Duration = Duration::from_secs(10);

struct Handler {
    service: Arc<Service>,
    secrets: Secrets,
    in_flight: Arc<AtomicUsize>,
    /// The bot's own user, from READY: what a mention of us looks like.
    me: OnceLock<UserId>,
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _: Context, ready: Ready) {
        let _ = self.me.set(ready.user.id);
        tracing::info!(user = %ready.user.name, shard = ?ready.shard, "discord gateway ready");
    }

    async fn message(&self, ctx: Context, msg: DiscordMessage) {
        let Some(&me) = self.me.get() else {
            return;
        };
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        mentions::answer(&ctx.http, &self.service, me, &msg, &self.secrets).await;
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        self.in_flight.fetch_add(1, Ordering::SeqCst);
        let service = self.service.clone();
        if let Err(error) = respond(&ctx.http, service, interaction, &self.secrets).await {
            let error = self.secrets.wrap(error);
            tracing::error!(%error, "answering a discord interaction");
        }
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Connects to the gateway and answers interactions until `shutdown` completes, then
/// closes the shards and lets the replies in flight finish.
pub async fn run(config: DiscordConfig, service: Arc<Service>, shutdown: Shutdown) -> Result<()> {
    let token = config.token()?.to_owned();
    let secrets = config.secrets();
    let in_flight = Arc::new(AtomicUsize::new(0));
    let handler = Handler {
        service,
        secrets: secrets.clone(),
        in_flight: in_flight.clone(),
        me: OnceLock::new(),
    };
    // Interactions need no intent; messages that mention us, and DMs, come with these two,
    // their text included, without the privileged message-content intent.
    let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    let mut client = ClientBuilder::new_with_http(config.http(&token), intents)
        .event_handler(handler)
        .await
        .map_err(|error| secrets.wrap(error))?;
    let shards = client.shard_manager.clone();
    let (stopped, stopping) = tokio::sync::oneshot::channel();
    tokio::spawn(async move {
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
    started.map_err(|error| secrets.wrap(error))?;
    let deadline = tokio::time::Instant::now() + DRAIN;
    while in_flight.load(Ordering::SeqCst) > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(())
}
