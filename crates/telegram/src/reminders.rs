//! Monthly reminders sent on Telegram: a private message (a user's private chat has
//! their id), paced by the client's `Throttle` and by the round.

use std::future::Future;
use std::pin::Pin;

use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{ChatId, ParseMode};

use super::Client;
use super::render::messages;
use answers::reply::Reply;
use catalogue::Identity;
use edge::redact::Secrets;
use edge::reminders::{Courier, Undelivered};
use edge::retry;

/// Sends reminders through the bot's client: the throttled one the bot runs (a test may
/// give another, paced by the round alone).
pub struct Telegram<C = Client> {
    pub client: C,
    pub secrets: Secrets,
}

/// Telegram's ways of saying this user will not get the bot's messages.
fn blocked(error: &RequestError) -> bool {
    matches!(
        error,
        RequestError::Api(
            ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::CantInitiateConversation
                | ApiError::CantTalkWithBots
        )
    )
}

impl<C> Courier for Telegram<C>
where
    C: Requester<Err = RequestError> + Send + Sync,
    C::SendMessage: Send,
    <C::SendMessage as teloxide::requests::Request>::Send: Send,
{
    fn send<'a>(
        &'a self,
        who: &'a Identity,
        reply: &'a Reply,
    ) -> Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>> {
        Box::pin(async move {
            let chat = who
                .user_id
                .parse()
                .map(ChatId)
                .map_err(|error| Undelivered::Failed(anyhow::anyhow!("user id: {error}")))?;
            for part in messages(reply) {
                retry::send(&self.secrets, "telegram sendMessage", || {
                    self.client
                        .send_message(chat, part.clone())
                        .parse_mode(ParseMode::Html)
                        .send()
                })
                .await
                .map_err(|error| match blocked(&error) {
                    true => Undelivered::Blocked,
                    false => Undelivered::Failed(anyhow::anyhow!("{}", self.secrets.wrap(error))),
                })?;
            }
            Ok(())
        })
    }
}
