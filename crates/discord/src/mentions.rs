//! Messages that mention the bot in a server channel or thread, and any message in a DM
//! with it: answered in place, as a reply that pings nobody. Discord delivers the text
//! of these messages without the privileged message-content intent. In a channel whose
//! admins turned unprompted answers on (`/config reponses:oui`), a question the reader
//! is sure of is answered without a mention: the bot then asks for that intent.

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
    let addressed = addressed_to_us(msg, me);
    let unprompted = addressed.is_none() && msg.guild_id.is_some() && !msg.author.bot;
    let Some(text) = addressed.or(unprompted.then_some(Cow::Borrowed(msg.content.as_str()))) else {
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
        channel: crate::channel(msg.channel_id),
        admin: &Unknown,
    });
    // Chatter outside the channel its admins chose is not even counted.
    if unprompted
        && let Some(place) = &place
        && !service
            .settings(&place.community)
            .await
            .answers_unprompted_in(place.channel)
    {
        return;
    }
    // A server's admins may have turned answers to mentions off; commands still work.
    if let Some(place) = &place
        && !unprompted
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
            let reply = match &place {
                Some(venue) if unprompted => {
                    match service.overheard(Some(&who), venue, &request).await {
                        Some(reply) => reply,
                        None => return,
                    }
                }
                _ => {
                    service
                        .handle_at(Some(&who), place.as_ref(), &request)
                        .await
                }
            };
            edge.limits.card(&who, reply)
        }
        // Unprompted and over the limits: silence, not a notice nobody asked for.
        _ if unprompted => return,
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
