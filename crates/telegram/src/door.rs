//! The limits at the door: every update is checked as it arrives from the listener,
//! before the dispatcher queues it behind the chat's earlier ones. Checked later, in
//! the handler, a burst would be spread by the per-chat pacing of the replies and the
//! limit would never fire. A refused message gets one notice (a refused press, the
//! notice over its button), then silence until the window ends; the dispatcher never
//! sees it, so nothing is computed or saved.

use std::sync::Arc;

use futures_util::{StreamExt, future, stream::BoxStream};
use teloxide::prelude::*;
use teloxide::stop::StopToken;
use teloxide::types::{AllowedUpdate, ParseMode, UpdateKind};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

use super::Client;
use super::handlers::{addressed_to_us, asker};
use super::render::messages;
use edge::limits::Door;
use edge::redact::Secrets;
use edge::retry;
use edge::service::Service;

/// What the door needs: the limits, and how to send a notice.
#[derive(Clone)]
pub struct Keeper {
    pub service: Arc<Service>,
    pub edge: edge::Edge,
    pub client: Client,
    pub secrets: Secrets,
    /// Our username, to tell a group message for us from the others.
    pub username: String,
}

/// A listener whose updates have passed the door.
pub struct AtTheDoor<L> {
    inner: L,
    keeper: Keeper,
}

impl<L> AtTheDoor<L> {
    pub fn new(inner: L, keeper: Keeper) -> AtTheDoor<L> {
        AtTheDoor { inner, keeper }
    }
}

impl<'a, L> AsUpdateStream<'a> for AtTheDoor<L>
where
    L: UpdateListener + 'a,
    L::Err: Send,
{
    type StreamErr = L::Err;
    type Stream = BoxStream<'a, Result<Update, L::Err>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let keeper = self.keeper.clone();
        self.inner
            .as_stream()
            .filter(move |update| {
                future::ready(match update {
                    Ok(update) => keeper.admits(update),
                    Err(_) => true,
                })
            })
            .boxed()
    }
}

impl<L> UpdateListener for AtTheDoor<L>
where
    L: UpdateListener + 'static,
    L::Err: Send,
{
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.inner.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.inner.hint_allowed_updates(hint);
    }
}

impl Keeper {
    /// Whether `update` goes on to the handlers; a refused one is told once, by a task
    /// of its own, so the stream never waits on a send.
    fn admits(&self, update: &Update) -> bool {
        match &update.kind {
            UpdateKind::Message(msg) => {
                let (Some(text), Some(from)) = (msg.text().or(msg.caption()), msg.from.as_ref())
                else {
                    return true;
                };
                let private = msg.chat.is_private();
                if addressed_to_us(text, private, &self.username).is_none() {
                    return true;
                }
                let group = (!private).then(|| msg.chat.id.0.to_string());
                match self.edge.limits.door(&asker(from), group.as_deref()) {
                    Door::Open => true,
                    Door::Silent(_) => false,
                    Door::Notice(wait) => {
                        let notice = self.service.slow_down(from.language_code.as_deref(), wait);
                        let (client, secrets, chat) =
                            (self.client.clone(), self.secrets.clone(), msg.chat.id);
                        let id = update.id.0;
                        tokio::spawn(async move {
                            for part in messages(&notice) {
                                let sent = retry::send(&secrets, "telegram sendMessage", || {
                                    client
                                        .send_message(chat, part.clone())
                                        .parse_mode(ParseMode::Html)
                                        .send()
                                })
                                .await;
                                if let Err(error) = sent {
                                    retry::log_undelivered(
                                        &secrets,
                                        &error,
                                        format_args!("update {id}"),
                                    );
                                }
                            }
                        });
                        false
                    }
                }
            }
            UpdateKind::CallbackQuery(query) => {
                let group = query
                    .message
                    .as_ref()
                    .map(|m| m.chat())
                    .filter(|chat| !chat.is_private())
                    .map(|chat| chat.id.0.to_string());
                let wait = match self.edge.limits.door(&asker(&query.from), group.as_deref()) {
                    Door::Open => return true,
                    Door::Notice(wait) => Some(wait),
                    Door::Silent(_) => None,
                };
                // Telegram wants every press answered; the first refused one says why.
                let notice = wait.and_then(|wait| {
                    let notice = self
                        .service
                        .slow_down(query.from.language_code.as_deref(), wait);
                    notice.lines.first().map(|l| l.to_string())
                });
                let (client, secrets, query_id) =
                    (self.client.clone(), self.secrets.clone(), query.id.clone());
                let id = update.id.0;
                tokio::spawn(async move {
                    let answered = retry::send(&secrets, "telegram answerCallbackQuery", || {
                        let answer = client.answer_callback_query(query_id.clone());
                        match &notice {
                            Some(text) => answer.text(text.clone()).send(),
                            None => answer.send(),
                        }
                    })
                    .await;
                    if let Err(error) = answered {
                        retry::log_undelivered(&secrets, &error, format_args!("update {id}"));
                    }
                });
                false
            }
            _ => true,
        }
    }
}
