//! Messages that mention the bot in a server channel or thread, and any message in a DM
//! with it: answered in place, as a reply that pings nobody. Discord delivers the text
//! of these messages without the privileged message-content intent.

use edge::limits::Door;
use std::borrow::Cow;
use std::time::Instant;

use serenity::all::{Http, Message as DiscordMessage, Nonce, UserId};

use super::PLATFORM;
use super::interaction::Answerer;
use super::render::{Message, message};
use answers::Request;
use catalogue::{Community, Identity, Platform};
use edge::service::{Admin, Venue};
use edge::{card, retry, telemetry};

/// The text with every mention of the bot (`<@id>`, `<@!id>`) taken out, when the
/// message is for us: any message in a DM, one that mentions us in a server.
pub fn addressed_to_us(msg: &DiscordMessage, me: UserId) -> Option<Cow<'_, str>> {
    if msg.author.bot {
        return None;
    }
    let mentioned = msg.mentions.iter().any(|user| user.id == me);
    if msg.guild_id.is_some() && !mentioned {
        return None;
    }
    if !mentioned {
        return Some(Cow::Borrowed(msg.content.as_str()));
    }
    let mut text = msg.content.clone();
    for form in [format!("<@{me}>"), format!("<@!{me}>")] {
        text = text.replace(&form, " ");
    }
    Some(Cow::Owned(text.trim().to_owned()))
}

/// A message carries no member rights (only an interaction does): changes to a
/// server's settings are made with the slash command.
struct Unknown;

impl Admin for Unknown {
    fn check(&self) -> std::pin::Pin<Box<dyn Future<Output = anyhow::Result<bool>> + Send + '_>> {
        Box::pin(async { anyhow::bail!("a message carries no member rights") })
    }
}

/// Answers one message addressed to us, in its channel, as a reply that pings nobody.
/// A reply that cannot be delivered is logged.
pub async fn answer(http: &Http, answerer: &Answerer, me: UserId, msg: &DiscordMessage) {
    let started = Instant::now();
    let Answerer {
        service,
        edge,
        secrets,
        ..
    } = answerer;
    let Some(text) = addressed_to_us(msg, me) else {
        return;
    };
    if text.trim().is_empty() {
        return;
    }
    let private = msg.guild_id.is_none();
    let who = Identity {
        platform: Platform::Discord,
        user_id: msg.author.id.to_string(),
    };
    let guild = msg.guild_id.map(|g| g.to_string());
    let place = guild.as_ref().map(|id| Venue {
        community: Community {
            platform: Platform::Discord,
            id: id.clone(),
        },
        admin: &Unknown,
    });
    // A server's admins may have turned answers to mentions off; commands still work.
    if let Some(place) = &place
        && !service.settings(&place.community).await.answers_mentions()
    {
        return;
    }
    let reply = match edge.limits.door(&who, guild.as_deref()) {
        Door::Open => {
            let request = Request {
                text: &text,
                lang: None,
                locale: None,
                card: card::by_default(private),
                shared: !private,
            };
            let reply = service
                .handle_at(Some(&who), place.as_ref(), &request)
                .await;
            edge.limits.card(&who, reply)
        }
        // Refused before any work: one notice, then silence until the window ends.
        Door::Notice(wait) => service.slow_down(None, wait),
        Door::Silent(_) => return,
    };
    telemetry::reply(PLATFORM, &reply, started);
    let card = edge.cards.png(&reply).map(|(_, png)| png.to_vec());
    let reply = message(&reply, card);
    let first = reply.reply_to(msg);
    let rest = reply.more.iter().map(Message::in_channel);
    for (n, builder) in std::iter::once(first).chain(rest).enumerate() {
        // Sent again after a lost answer, a message with this nonce is not posted twice.
        let builder = builder
            .nonce(Nonce::String(format!("{}-{n}", msg.id)))
            .enforce_nonce(true);
        let sent = retry::send(secrets, "discord message", || {
            msg.channel_id.send_message(http, builder.clone())
        })
        .await;
        if let Err(error) = sent {
            retry::log_undelivered(secrets, &error, format_args!("message {}", msg.id));
            return;
        }
    }
}
