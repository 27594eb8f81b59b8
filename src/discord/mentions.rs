//! Messages that mention the bot in a server channel or thread, and any message in a DM
//! with it: answered in place, as a reply that pings nobody. Discord delivers the text
//! of these messages without the privileged message-content intent.

use std::borrow::Cow;

use serenity::all::{Http, Message as DiscordMessage, UserId};

use super::interaction::with_retry;
use crate::core::Request;
use crate::core::invocation::{self, Parsed};
use crate::core::profile::{Identity, Platform};
use crate::i18n::tr;
use crate::render::discord::{Message, message};
use crate::service::Bot;

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

/// Answers one message addressed to us, in its channel, as a reply that pings nobody.
pub async fn answer(
    http: &Http,
    bot: &Bot,
    me: UserId,
    msg: &DiscordMessage,
) -> anyhow::Result<()> {
    let Some(text) = addressed_to_us(msg, me) else {
        return Ok(());
    };
    if text.trim().is_empty() {
        return Ok(());
    }
    let private = msg.guild_id.is_none();
    let who = Identity {
        platform: Platform::Discord,
        user_id: msg.author.id.to_string(),
    };
    let parsed = invocation::parse(&text);
    let personal = matches!(&parsed, Ok(Parsed::Command(i)) if i.command.personal);
    let reply = if !private && personal {
        // Saved data never goes to a channel: the asker is told to ask in private, in the
        // words they used.
        let lang = crate::core::question::language_of(&text).unwrap_or(bot.brain.default_lang);
        Message::text(tr(lang, "private-only").into_owned())
    } else {
        let request = Request {
            text: &text,
            lang: None,
            locale: None,
            card: private,
        };
        message(&bot.handle_parsed(Some(&who), &request, parsed).await)
    };
    let builder = reply.reply_to(msg);
    with_retry(|| msg.channel_id.send_message(http, builder.clone())).await?;
    Ok(())
}
