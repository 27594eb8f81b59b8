//! The update tree: messages (commands and questions in private, commands and
//! mentions in groups) and inline queries, each answered through the service.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Result;
use teloxide::dispatching::{UpdateFilterExt, UpdateHandler};
use teloxide::prelude::*;
use teloxide::requests::Request as _;
use teloxide::types::{
    InlineQuery, InlineQueryResult, InlineQueryResultArticle, InputFile, InputMessageContent,
    InputMessageContentText, Me, ParseMode, ReplyParameters, User,
};

use super::render::{caption, messages};
use super::{Client, PLATFORM};
use crate::core::Request;
use crate::core::profile::{Identity, Platform};
use crate::core::reply::Reply;
use crate::edge::redact::Secrets;
use crate::edge::retry;
use crate::edge::{Edge, card, telemetry};
use crate::service::Service;

/// The update tree, apart from the dispatcher so tests can drive it.
pub fn tree() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_inline_query().endpoint(on_inline))
}

/// `@bot 1M` in any chat: a card per stream (a short summary), each sending the full
/// estimate when chosen, so anyone can paste an answer into a community chat.
async fn on_inline(
    client: Client,
    update: Update,
    query: InlineQuery,
    service: Arc<Service>,
    edge: Edge,
    secrets: Secrets,
) -> Result<()> {
    let text = query.query.trim();
    if text.is_empty() || !edge.limits.lookup(&asker(&query.from)) {
        return Ok(());
    }
    let request = Request {
        text,
        lang: None,
        locale: query.from.language_code.as_deref(),
        card: false,
        shared: true,
    };
    let reply = service.handle(None, &request).await;
    let full = messages(&reply).into_iter().next().unwrap_or_default();
    let content = || {
        InputMessageContent::Text(
            InputMessageContentText::new(full.clone()).parse_mode(ParseMode::Html),
        )
    };
    let mut results = vec![InlineQueryResult::Article(
        InlineQueryResultArticle::new("all", reply.title.to_string(), content()).description(
            reply
                .lines
                .first()
                .map(|l| l.to_string())
                .unwrap_or_default(),
        ),
    )];
    for (i, field) in reply.fields.iter().enumerate().take(10) {
        let summary: Vec<&str> = field.lines.iter().take(2).map(|l| l.as_ref()).collect();
        results.push(InlineQueryResult::Article(
            InlineQueryResultArticle::new(format!("s{i}"), field.name.to_string(), content())
                .description(summary.join(" · ")),
        ));
    }
    let sent = retry::send(&secrets, "telegram answerInlineQuery", || {
        client
            .answer_inline_query(query.id.clone(), results.clone())
            .cache_time(60)
            .send()
    })
    .await;
    if let Err(error) = sent {
        retry::log_undelivered(&secrets, &error, format_args!("update {}", update.id.0));
    }
    Ok(())
}

/// Whether a message is for us: anything in private; in a group, a command for no bot
/// in particular or for us, or a mention of us. Returns the text with every mention of
/// us taken out (usernames are case-insensitive).
pub fn addressed_to_us<'a>(text: &'a str, private: bool, username: &str) -> Option<Cow<'a, str>> {
    if private {
        return Some(Cow::Borrowed(text));
    }
    let head = text.split_whitespace().next().unwrap_or_default();
    if let Some(command) = head.strip_prefix('/') {
        return match command.split_once('@') {
            Some((_, target)) if !target.eq_ignore_ascii_case(username) => None,
            _ => Some(Cow::Borrowed(text)),
        };
    }
    let without = without_mentions(text, username);
    (without.len() != text.len()).then(|| Cow::Owned(without.trim().to_owned()))
}

/// `text` without `@username` wherever it stands as a whole mention, in any case.
fn without_mentions(text: &str, username: &str) -> String {
    let mention = format!("@{username}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('@') {
        let candidate = &rest[at..];
        let whole = candidate
            .get(..mention.len())
            .is_some_and(|c| c.eq_ignore_ascii_case(&mention))
            && !candidate[mention.len()..]
                .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
        if whole {
            out.push_str(&rest[..at]);
            rest = &candidate[mention.len()..];
        } else {
            out.push_str(&rest[..=at]);
            rest = &candidate[1..];
        }
    }
    out.push_str(rest);
    out
}

/// Who sent an update, for their saved stats and limits.
fn asker(user: &User) -> Identity {
    Identity {
        platform: Platform::Telegram,
        user_id: user.id.0.to_string(),
    }
}

async fn on_message(
    client: Client,
    update: Update,
    msg: Message,
    me: Me,
    service: Arc<Service>,
    edge: Edge,
    secrets: Secrets,
) -> Result<()> {
    let started = Instant::now();
    // A photo's caption is read like a message's text (and capped the same way).
    let (Some(text), Some(from)) = (msg.text().or(msg.caption()), msg.from.as_ref()) else {
        return Ok(());
    };
    let private = msg.chat.is_private();
    let Some(text) = addressed_to_us(text, private, me.username()) else {
        return Ok(());
    };
    let who = asker(from);
    let request = Request {
        text: &text,
        lang: None,
        locale: from.language_code.as_deref(),
        card: card::by_default(private),
        shared: !private,
    };
    let reply = service.handle(Some(&who), &request).await;
    let Some(reply) = edge.limits.admit(&who, reply) else {
        return Ok(());
    };
    telemetry::reply(PLATFORM, &reply, started);
    if let Err(error) = deliver(&client, &secrets, &msg, &reply).await {
        retry::log_undelivered(&secrets, &error, format_args!("update {}", update.id.0));
    }
    Ok(())
}

/// Sends the reply in the message's chat: its card first (as a photo with a caption)
/// when it has one, then the text, cut to Telegram's limits. In groups each part quotes
/// the question.
async fn deliver(
    client: &Client,
    secrets: &Secrets,
    msg: &Message,
    reply: &Reply,
) -> Result<(), teloxide::RequestError> {
    let quote = (!msg.chat.is_private()).then(|| ReplyParameters::new(msg.id));
    let mut parts = messages(reply);
    if let Some(png) = card::attachment(reply) {
        let (caption, follows) = caption(reply);
        let photo = InputFile::memory(png).file_name("gainsbot.png");
        retry::send(secrets, "telegram sendPhoto", || {
            let mut request = client
                .send_photo(msg.chat.id, photo.clone())
                .caption(caption.clone())
                .parse_mode(ParseMode::Html);
            if let Some(quote) = &quote {
                request = request.reply_parameters(quote.clone());
            }
            request.send()
        })
        .await?;
        if !follows {
            parts.clear();
        }
    }
    for part in parts {
        retry::send(secrets, "telegram sendMessage", || {
            let mut request = client
                .send_message(msg.chat.id, part.clone())
                .parse_mode(ParseMode::Html);
            if let Some(quote) = &quote {
                request = request.reply_parameters(quote.clone());
            }
            request.send()
        })
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mention_is_removed_whatever_its_case() {
        let text = |t: &str| addressed_to_us(t, false, "gainsbot").map(Cow::into_owned);
        assert_eq!(text("@GainsBot 1M").as_deref(), Some("1M"));
        assert_eq!(
            text("combien pour 1M @gainsbot ?").as_deref(),
            Some("combien pour 1M  ?")
        );
        assert_eq!(text("@gainsbot_fan 1M"), None, "another bot's name");
        assert_eq!(text("écris à @gainsbot"), Some("écris à".to_owned()));
        assert_eq!(text("1M views"), None, "chatter");
    }

    #[test]
    fn commands_for_other_bots_are_left_alone() {
        assert!(addressed_to_us("/gains@otherbot 1M", false, "gainsbot").is_none());
        assert!(addressed_to_us("/gains@GAINSBOT 1M", false, "gainsbot").is_some());
        assert!(addressed_to_us("/gains 1M", false, "gainsbot").is_some());
        assert!(addressed_to_us("bonjour", true, "gainsbot").is_some());
    }
}
