//! Monthly reminders sent on Discord: a DM (the channel opened with the user first, as
//! Create DM asks), the reply's messages in order.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use serenity::all::{Http, HttpError, UserId};

use super::DiscordConfig;
use super::render::message;
use answers::reply::Reply;
use catalogue::Identity;
use edge::redact::Secrets;
use edge::reminders::{Courier, Rounds, Undelivered};
use edge::retry;
use edge::service::Service;

/// Discord's "Cannot send messages to this user" (JSON error codes): DMs closed, or
/// the bot blocked.
const CANNOT_MESSAGE_USER: isize = 50007;

/// Sends reminders with the bot's token.
pub struct Discord {
    pub http: Arc<Http>,
    pub secrets: Secrets,
}

/// Starts Discord's rounds wherever the bot has its token, gateway or not: an endpoint-only
/// deployment with a token sends them too. Without a token none can be sent, and
/// `/rappel mensuel` says so (the service does not list Discord in `writes_first`).
pub fn spawn(config: &DiscordConfig, service: Arc<Service>) -> anyhow::Result<Option<Rounds>> {
    let Some(token) = config.token.as_deref() else {
        return Ok(None);
    };
    let courier = Discord {
        http: Arc::new(config.http(token)?),
        secrets: config.secrets(),
    };
    Ok(Some(edge::reminders::spawn(
        service,
        Arc::new(courier),
        catalogue::Platform::Discord,
    )))
}

fn undelivered(secrets: &Secrets, error: serenity::Error) -> Undelivered {
    match &error {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(response))
            if response.error.code == CANNOT_MESSAGE_USER =>
        {
            Undelivered::Blocked
        }
        _ => Undelivered::Failed(anyhow::anyhow!("{}", secrets.wrap(error))),
    }
}

impl Courier for Discord {
    fn send<'a>(
        &'a self,
        who: &'a Identity,
        reply: &'a Reply,
    ) -> Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>> {
        Box::pin(async move {
            let user = who
                .user_id
                .parse::<u64>()
                .ok()
                .filter(|&id| id != 0)
                .map(UserId::new)
                .ok_or_else(|| Undelivered::Failed(anyhow::anyhow!("not a user id")))?;
            let channel = retry::send(&self.secrets, "discord create DM", || {
                user.create_dm_channel(&*self.http)
            })
            .await
            .map_err(|error| undelivered(&self.secrets, error))?;
            let message = message(reply, None);
            // Discord remembers nonces for minutes: the moment of sending makes them apart.
            let sent = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            let all = std::iter::once(&message).chain(&message.more);
            for (n, part) in all.enumerate() {
                // Sent again after a lost answer, a message with this nonce is posted once.
                let builder = part
                    .in_channel()
                    .nonce(serenity::all::Nonce::String(format!("r{sent}-{n}")))
                    .enforce_nonce(true);
                retry::send(&self.secrets, "discord reminder", || {
                    channel.id.send_message(&*self.http, builder.clone())
                })
                .await
                .map_err(|error| undelivered(&self.secrets, error))?;
            }
            Ok(())
        })
    }
}
