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
    CallbackQuery, ChatId, FileId, InlineKeyboardMarkup, InlineQuery, InlineQueryResult,
    InlineQueryResultArticle, InputFile, InputMessageContent, InputMessageContentText, Me,
    ParseMode, ReplyParameters, User,
};
use teloxide::{ApiError, RequestError};

use super::admins::{Admins, Member};
use super::render::{MAX_CALLBACK_DATA, caption, keyboard, messages, summary};
use super::{Client, PLATFORM};
use answers::Request;
use answers::reply::Reply;
use catalogue::{Community, Identity, Platform};
use edge::flight::Flight;
use edge::limits::Door;
use edge::redact::Secrets;
use edge::retry::{self, Classify, Fault};
use edge::service::{Service, Venue};
use edge::{Edge, card, telemetry};

/// The update tree, apart from the dispatcher so tests can drive it.
pub fn tree() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_inline_query().endpoint(on_inline))
        .branch(Update::filter_callback_query().endpoint(on_press))
}

/// The keyboard under a reply: its buttons, each carrying its press (or a key to it
/// when the press is longer than Telegram's callback data).
async fn keyboard_of(service: &Service, reply: &Reply) -> Option<InlineKeyboardMarkup> {
    let mut buttons = Vec::with_capacity(reply.actions.len());
    for action in &reply.actions {
        if let Some(data) = service.button(action, MAX_CALLBACK_DATA).await {
            buttons.push((action.label.to_string(), data));
        }
    }
    keyboard(buttons)
}

/// A button pressed: answered at once (the button stops spinning), then what it shows,
/// in the language of whoever pressed it. Under a message, the answer goes to its chat;
/// under an inline answer, the answer is edited in.
async fn on_press(
    client: Client,
    update: Update,
    query: CallbackQuery,
    service: Arc<Service>,
    edge: Edge,
    secrets: Secrets,
) -> Result<()> {
    let _boarded = Flight::board(&edge.flight).await;
    let answered = retry::send(&secrets, "telegram answerCallbackQuery", || {
        client.answer_callback_query(query.id.clone()).send()
    })
    .await;
    if let Err(error) = answered {
        retry::log_undelivered(&secrets, &error, format_args!("update {}", update.id.0));
    }
    let Some(data) = query.data.as_deref() else {
        return Ok(());
    };
    let who = asker(&query.from);
    // In a group, the answer is sent to everyone there.
    let shared = query
        .message
        .as_ref()
        .is_some_and(|m| !m.chat().is_private());
    let reply = service
        .press(
            Some(&who),
            query.from.language_code.as_deref(),
            data,
            shared,
        )
        .await;
    let sent = match (&query.message, &query.inline_message_id) {
        (Some(message), _) => {
            let chat = message.chat().id;
            let keyboard = keyboard_of(&service, &reply).await;
            send_text(&client, &secrets, chat, None, &reply, keyboard).await
        }
        (None, Some(inline)) => {
            let text = summary(&reply)
                .or_else(|| messages(&reply).into_iter().next())
                .unwrap_or_default();
            // The answer keeps its own buttons, so the next press has them.
            let keyboard = keyboard_of(&service, &reply).await;
            let edited = retry::send(&secrets, "telegram editMessageText", || {
                let mut edit = client
                    .edit_message_text_inline(inline.clone(), text.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(keyboard) = &keyboard {
                    edit = edit.reply_markup(keyboard.clone());
                }
                edit.send()
            })
            .await;
            match edited {
                // A second press of the same button: it already shows this answer.
                Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
                other => other.map(drop),
            }
        }
        (None, None) => Ok(()),
    };
    if let Err(error) = sent {
        retry::log_undelivered(&secrets, &error, format_args!("update {}", update.id.0));
    }
    Ok(())
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
    let _boarded = Flight::board(&edge.flight).await;
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
    // What is inserted: the summary when the reply has one, never a cut-off text.
    let full = summary(&reply)
        .or_else(|| messages(&reply).into_iter().next())
        .unwrap_or_default();
    let content = || {
        InputMessageContent::Text(
            InputMessageContentText::new(full.clone()).parse_mode(ParseMode::Html),
        )
    };
    let mut all = InlineQueryResultArticle::new("all", reply.title.to_string(), content())
        .description(
            reply
                .summary
                .as_ref()
                .map(|s| s.lines.as_slice())
                .unwrap_or(reply.lines.as_slice())
                .first()
                .map(|l| l.to_string())
                .unwrap_or_default(),
        );
    if let Some(keyboard) = keyboard_of(&service, &reply).await {
        all = all.reply_markup(keyboard);
    }
    let mut results = vec![InlineQueryResult::Article(all)];
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
pub(crate) fn asker(user: &User) -> Identity {
    Identity {
        platform: Platform::Telegram,
        user_id: user.id.0.to_string(),
    }
}

#[allow(
    clippy::too_many_arguments,
    reason = "dptree hands each dependency in as an argument"
)]
async fn on_message(
    client: Client,
    update: Update,
    msg: Message,
    me: Me,
    service: Arc<Service>,
    edge: Edge,
    secrets: Secrets,
    admins: Arc<Admins>,
) -> Result<()> {
    let started = Instant::now();
    // Counted from the message's arrival: waiting for a place is part of the reply time.
    let _boarded = Flight::board(&edge.flight).await;
    // A photo's caption is read like a message's text (and capped the same way).
    let (Some(text), Some(from)) = (msg.text().or(msg.caption()), msg.from.as_ref()) else {
        return Ok(());
    };
    let private = msg.chat.is_private();
    // A group message for nobody in particular: answered only where the group's admins
    // turned unprompted answers on, and only when sure (`Service::overheard`).
    let addressed = addressed_to_us(text, private, me.username());
    let unprompted = addressed.is_none();
    let Some(text) = addressed.or((!private).then_some(Cow::Borrowed(text))) else {
        return Ok(());
    };
    // The limits were checked at the door (see `door`) for a message addressed to us;
    // an unprompted answer is checked below, and dropped silently when over them.
    let who = asker(from);
    let community = Community {
        platform: Platform::Telegram,
        id: msg.chat.id.0.to_string(),
    };
    // A group's admins may have turned answers to mentions off; commands still work.
    let mentioned = !private && !unprompted && !text.starts_with('/');
    if mentioned && !service.settings(&community).await.answers_mentions() {
        return Ok(());
    }
    let member = Member {
        client: &client,
        admins: &admins,
        secrets: &secrets,
        chat: msg.chat.id,
        user: from.id,
        anonymous: msg
            .sender_chat
            .as_ref()
            .is_some_and(|c| c.id == msg.chat.id),
    };
    let place = (!private).then_some(Venue {
        community,
        channel: msg.chat.id.0,
        admin: &member,
    });
    let request = Request {
        text: &text,
        lang: None,
        locale: from.language_code.as_deref(),
        card: card::by_default(private),
        shared: !private,
    };
    let reply = match &place {
        Some(venue) if unprompted => {
            let Some(reply) = service.overheard(Some(&who), venue, &request).await else {
                return Ok(());
            };
            if !matches!(
                edge.limits.door(&who, Some(&venue.community.id)),
                Door::Open
            ) {
                return Ok(());
            }
            reply
        }
        _ => {
            service
                .handle_at(Some(&who), place.as_ref(), &request)
                .await
        }
    };
    let reply = edge.limits.card(&who, reply);
    telemetry::reply(PLATFORM, &reply, started);
    if let Err(error) = deliver(&client, &service, &edge, &secrets, &msg, &reply).await {
        retry::log_undelivered(&secrets, &error, format_args!("update {}", update.id.0));
    }
    Ok(())
}

/// Sends the reply in the message's chat. A reply with a summary is one message: the
/// card as a photo with the summary as its caption, or the summary alone, with the
/// buttons under it. Otherwise the card first (as a photo with a caption) when it has
/// one, then the text, cut to Telegram's limits. In groups each part quotes the
/// question. A card Telegram already holds is sent by its `file_id`: not drawn, not
/// uploaded again.
async fn deliver(
    client: &Client,
    service: &Service,
    edge: &Edge,
    secrets: &Secrets,
    msg: &Message,
    reply: &Reply,
) -> Result<(), teloxide::RequestError> {
    let quote = (!msg.chat.is_private()).then(|| ReplyParameters::new(msg.id));
    let keyboard = keyboard_of(service, reply).await;
    // A file (`/export`) is a document, whole, captioned with the reply's first lines.
    if let Some(file) = &reply.file {
        let (caption, _) = caption(reply);
        let document = InputFile::memory(file.content.clone().into_bytes()).file_name(file.name);
        return retry::send(secrets, "telegram sendDocument", || {
            let mut request = client
                .send_document(msg.chat.id, document.clone())
                .caption(caption.clone())
                .parse_mode(ParseMode::Html);
            if let Some(quote) = &quote {
                request = request.reply_parameters(quote.clone());
            }
            request.send()
        })
        .await
        .map(drop);
    }
    if let Some(key) = card::key(reply) {
        let (caption, follows) = caption(reply);
        let photo = |file: InputFile| {
            let quote = quote.clone();
            let caption = caption.clone();
            let keyboard = keyboard.clone();
            move || {
                let mut request = client
                    .send_photo(msg.chat.id, file.clone())
                    .caption(caption.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(quote) = &quote {
                    request = request.reply_parameters(quote.clone());
                }
                if let Some(keyboard) = &keyboard {
                    request = request.reply_markup(keyboard.clone());
                }
                request.send()
            }
        };
        let mut sent = false;
        let mut upload = None;
        match edge.cards.uploaded(PLATFORM, key).await {
            Ok(file) => {
                let again = InputFile::file_id(FileId(file));
                match retry::send(secrets, "telegram sendPhoto", photo(again)).await {
                    Ok(_) => sent = true,
                    // Telegram no longer knows the file: upload it again below.
                    Err(error) if error.fault() == Fault::Permanent => {
                        edge.cards.forget(PLATFORM, key)
                    }
                    Err(error) => return Err(error),
                }
            }
            Err(claim) => upload = Some(claim),
        }
        if !sent && let Some((_, png)) = edge.cards.png(reply) {
            let file = InputFile::memory(png.to_vec()).file_name("gainsbot.png");
            let message = retry::send(secrets, "telegram sendPhoto", photo(file)).await?;
            let largest = message.photo().and_then(|sizes| sizes.last());
            if let (Some(upload), Some(largest)) = (upload, largest) {
                upload.done(largest.file.id.0.clone());
            }
            sent = true;
        }
        // The caption held the first answer: no text to send after it.
        if sent && !follows {
            return Ok(());
        }
    }
    send_text(client, secrets, msg.chat.id, quote, reply, keyboard).await
}

/// Sends a reply as text: its summary when it has one, else every part of it, cut to
/// Telegram's limits; the keyboard under the last message.
async fn send_text(
    client: &Client,
    secrets: &Secrets,
    chat: ChatId,
    quote: Option<ReplyParameters>,
    reply: &Reply,
    keyboard: Option<InlineKeyboardMarkup>,
) -> Result<(), teloxide::RequestError> {
    let parts = match summary(reply) {
        Some(summary) => vec![summary],
        None => messages(reply),
    };
    let last = parts.len().saturating_sub(1);
    for (at, part) in parts.iter().enumerate() {
        retry::send(secrets, "telegram sendMessage", || {
            let mut request = client
                .send_message(chat, part.clone())
                .parse_mode(ParseMode::Html);
            if let Some(quote) = &quote {
                request = request.reply_parameters(quote.clone());
            }
            if at == last
                && let Some(keyboard) = &keyboard
            {
                request = request.reply_markup(keyboard.clone());
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
