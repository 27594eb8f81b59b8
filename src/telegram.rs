//! Telegram, through teloxide: commands and questions in DMs, commands and mentions in
//! groups, command menus in both languages, long polling or webhooks. It only
//! translates: every answer comes from [`crate::service::Bot`].

use std::borrow::Cow;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use axum::response::IntoResponse;
use teloxide::adaptors::Throttle;
use teloxide::adaptors::throttle::Limits;
use teloxide::dispatching::{Dispatcher, UpdateFilterExt, UpdateHandler};
use teloxide::error_handlers::{ErrorHandler, LoggingErrorHandler};
use teloxide::prelude::*;
use teloxide::requests::Request as _;
use teloxide::types::{
    BotCommand, InlineQuery, InlineQueryResult, InlineQueryResultArticle, InputFile,
    InputMessageContent, InputMessageContentText, Me, ParseMode, ReplyParameters,
};
use teloxide::update_listeners::webhooks;
use teloxide::{ApiError, RequestError};

use crate::core::Request;
use crate::core::catalogue::COMMANDS;
use crate::core::inputs::InputError;
use crate::core::invocation::{self, Parsed};
use crate::core::profile::{Identity, Platform};
use crate::core::reply::Reply;
use crate::i18n::tr;
use crate::render::card;
use crate::render::telegram::{caption, messages};
use crate::service::Bot;
use crate::values::Lang;

/// The Bot API client every handler uses: rate-limited to Telegram's limits
/// (about 30 messages a second overall, 1 a second per chat).
pub type Client = Throttle<teloxide::Bot>;

/// Where the bot listens and how it reaches the Bot API.
#[derive(Debug, Clone)]
pub struct TelegramConfig {
    pub token: String,
    /// A self-hosted Bot API server, or a test's fake (`TELEGRAM_API_URL`).
    pub api_url: Option<url::Url>,
    /// Webhook mode when set (`TELEGRAM_WEBHOOK_URL`); long polling otherwise.
    pub webhook_url: Option<url::Url>,
    pub webhook_secret: Option<String>,
    pub http_addr: SocketAddr,
}

impl TelegramConfig {
    /// The plain teloxide client (the dispatcher adds rate limiting).
    pub fn bot(&self) -> teloxide::Bot {
        let bot = teloxide::Bot::new(&self.token);
        match &self.api_url {
            Some(url) => bot.set_api_url(url.clone()),
            None => bot,
        }
    }

    /// Hides the token in anything meant for a log or an error.
    pub fn redact(&self, text: &str) -> String {
        if self.token.is_empty() {
            text.to_owned()
        } else {
            text.replace(&self.token, "***")
        }
    }
}

/// The update tree, apart from `serve` so tests can drive it.
pub fn handler_tree() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_inline_query().endpoint(on_inline))
}

/// `@bot 1M` in any chat: a card per stream (a short summary), each sending the full
/// estimate when chosen, so anyone can paste an answer into a community chat.
async fn on_inline(client: Client, query: InlineQuery, bot: Arc<Bot>) -> Result<()> {
    let text = query.query.trim();
    if text.is_empty() {
        return Ok(());
    }
    let locale = query.from.language_code.as_deref();
    let reply = bot
        .handle(
            None,
            &Request {
                text,
                lang: None,
                locale,
                card: false,
            },
        )
        .await;
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
    send_with_retry(|| {
        client
            .answer_inline_query(query.id.clone(), results.clone())
            .cache_time(60)
    })
    .await
}

/// Whether a group message is for us: a command for no bot in particular or for us,
/// or a mention of us. Returns the text with the mention taken out.
fn addressed_to_us<'a>(text: &'a str, private: bool, username: &str) -> Option<Cow<'a, str>> {
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
    let mention = format!("@{username}");
    let lower = text.to_lowercase();
    lower
        .contains(&mention.to_lowercase())
        .then(|| Cow::Owned(text.replace(&mention, "").trim().to_owned()))
}

async fn on_message(client: Client, msg: Message, me: Me, bot: Arc<Bot>) -> Result<()> {
    let (Some(text), Some(from)) = (msg.text(), msg.from.as_ref()) else {
        return Ok(());
    };
    let private = msg.chat.is_private();
    let Some(text) = addressed_to_us(text, private, me.username()) else {
        return Ok(());
    };
    let locale = from.language_code.as_deref();
    let lang = Lang::negotiate(None, locale, bot.brain.default_lang);
    let who = Identity {
        platform: Platform::Telegram,
        user_id: from.id.0.to_string(),
    };
    let command = text
        .trim_start_matches('/')
        .split(['@', ' '])
        .next()
        .unwrap_or_default();
    let replies = if command == "start" {
        vec![crate::render::telegram::escape(&tr(lang, "telegram-start"))]
    } else {
        let parsed = invocation::parse(&text);
        if !private && is_personal(&parsed) {
            vec![crate::render::telegram::escape(&tr(lang, "private-only"))]
        } else {
            // Result cards by default in private chats; in groups only when asked (`carte:oui`).
            let request = Request {
                text: &text,
                lang: None,
                locale,
                card: private,
            };
            let reply = bot.handle_parsed(Some(&who), &request, parsed).await;
            send_card(&client, &msg, &reply, private).await?
        }
    };
    for part in replies {
        let mut request = client
            .send_message(msg.chat.id, part)
            .parse_mode(ParseMode::Html);
        if !private {
            request = request.reply_parameters(ReplyParameters::new(msg.id));
        }
        send_with_retry(|| request.clone()).await?;
    }
    Ok(())
}

/// A personal command (saved data) must never be answered in a group.
fn is_personal(parsed: &Result<Parsed, InputError>) -> bool {
    matches!(parsed, Ok(Parsed::Command(invocation)) if invocation.command.personal)
}

/// Sends the reply's result card, if it has one, as a photo with a caption; returns the
/// messages still to send (all of the reply without a card, the rest of it with one).
async fn send_card(
    client: &Client,
    msg: &Message,
    reply: &Reply,
    private: bool,
) -> Result<Vec<String>> {
    let card = card::png(reply).unwrap_or_else(|error| {
        tracing::error!(%error, "drawing a result card");
        None
    });
    let Some(png) = card else {
        return Ok(messages(reply));
    };
    let (caption, follows) = caption(reply);
    let photo = InputFile::memory(png).file_name("gainsbot.png");
    let mut request = client
        .send_photo(msg.chat.id, photo)
        .caption(caption)
        .parse_mode(ParseMode::Html);
    if !private {
        request = request.reply_parameters(ReplyParameters::new(msg.id));
    }
    send_with_retry(|| request.clone()).await?;
    Ok(if follows { messages(reply) } else { Vec::new() })
}

/// Sends a request, waiting out `retry_after` on 429 and retrying network errors and
/// server errors with backoff (three tries).
async fn send_with_retry<R>(request: impl Fn() -> R) -> Result<()>
where
    R: teloxide::requests::Request<Err = RequestError>,
{
    let mut delay = Duration::from_millis(500);
    let mut tries = 0;
    loop {
        tries += 1;
        match request().send().await {
            Ok(_) => return Ok(()),
            Err(RequestError::RetryAfter(after)) if tries <= 5 => {
                tokio::time::sleep(after.duration()).await
            }
            Err(RequestError::Network(_) | RequestError::Io(_)) if tries < 3 => {
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            Err(RequestError::Api(ApiError::Unknown(message)))
                if tries < 3 && message.contains("Internal Server Error") =>
            {
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
            Err(error) => return Err(anyhow::anyhow!("{error}")),
        }
    }
}

/// The command menus and descriptions, per language and for everyone else, from the
/// catalogue and the `.ftl` files.
pub async fn publish_menus(client: &teloxide::Bot, default: Lang) -> Result<()> {
    let commands = |lang: Lang| -> Vec<BotCommand> {
        COMMANDS
            .iter()
            .map(|c| BotCommand::new(c.name(lang), tr(lang, c.description)))
            .collect()
    };
    // No language code: what everyone else sees, in the default language.
    let menus = [
        (default, None),
        (Lang::Fr, Some(Lang::Fr)),
        (Lang::En, Some(Lang::En)),
    ];
    for (lang, code) in menus {
        let mut menu = client.set_my_commands(commands(lang));
        let mut description = client
            .set_my_description()
            .description(tr(lang, "telegram-description"));
        let mut short = client
            .set_my_short_description()
            .short_description(tr(lang, "telegram-short-description"));
        if let Some(code) = code {
            menu = menu.language_code(code.code());
            description = description.language_code(code.code());
            short = short.language_code(code.code());
        }
        menu.send().await?;
        description.send().await?;
        short.send().await?;
    }
    Ok(())
}

/// Registers the webhook with Telegram: a deploy step (`gainsbot telegram set-webhook`),
/// never done by the replicas themselves.
pub async fn set_webhook(config: &TelegramConfig) -> Result<()> {
    let url = config
        .webhook_url
        .clone()
        .context("TELEGRAM_WEBHOOK_URL is not set")?;
    let mut request = config.bot().set_webhook(url);
    if let Some(secret) = &config.webhook_secret {
        request = request.secret_token(secret.clone());
    }
    request
        .send()
        .await
        .map_err(|e| anyhow::anyhow!(config.redact(&e.to_string())))?;
    Ok(())
}

/// Constant-time comparison, so the secret cannot be guessed byte by byte from timings.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len()
        && given
            .iter()
            .zip(expected)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Runs the bot until SIGINT/SIGTERM: long polling, or the webhook server when
/// `TELEGRAM_WEBHOOK_URL` is set. Replies in flight are finished before it returns.
///
/// In webhook mode, `also` (Discord's interactions endpoint) is served beside the
/// webhook, on the same address.
pub async fn serve(
    config: TelegramConfig,
    bot: Arc<Bot>,
    also: Option<axum::Router>,
) -> Result<()> {
    let plain = config.bot();
    let default = bot.brain.default_lang;
    publish_menus(&plain, default)
        .await
        .map_err(|e| anyhow::anyhow!(config.redact(&format!("{e:#}"))))?;
    let client = plain.clone().throttle(Limits::default());
    let mut dispatcher = Dispatcher::builder(client.clone(), handler_tree())
        .dependencies(dptree::deps![bot])
        .default_handler(|_| async {})
        .error_handler(Arc::new(RedactingErrorHandler {
            token: config.token.clone(),
        }))
        .enable_ctrlc_handler()
        .build();
    // SIGINT is handled by teloxide; SIGTERM (what deploys send) stops the same way:
    // no new updates, replies in flight finish.
    let shutdown = dispatcher.shutdown_token();
    tokio::spawn(async move {
        if let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            term.recv().await;
            if let Ok(done) = shutdown.shutdown() {
                done.await;
            }
        }
    });
    let errors = Arc::new(RedactingErrorHandler {
        token: config.token.clone(),
    });
    match &config.webhook_url {
        None => {
            // Polling errors carry the request URL, token included: log them redacted.
            let listener = teloxide::update_listeners::polling_default(client).await;
            dispatcher.dispatch_with_listener(listener, errors).await
        }
        Some(url) => {
            let secret = config.webhook_secret.clone().unwrap_or_default();
            // teloxide compares the secret too, but not in constant time: our layer below
            // turns every wrong secret away before it gets there.
            let options = webhooks::Options::new(config.http_addr, url.clone())
                .path("/telegram/webhook".to_owned())
                .secret_token(secret.clone());
            let (listener, stopped, router) = webhooks::axum_no_setup(options);
            let router = router.layer(axum::middleware::from_fn(
                move |request: axum::extract::Request, next: axum::middleware::Next| {
                    let secret = secret.clone();
                    async move {
                        let given = request
                            .headers()
                            .get("X-Telegram-Bot-Api-Secret-Token")
                            .map(|v| v.as_bytes().to_vec())
                            .unwrap_or_default();
                        if same_secret(&given, secret.as_bytes()) {
                            next.run(request).await
                        } else {
                            axum::http::StatusCode::UNAUTHORIZED.into_response()
                        }
                    }
                },
            ));
            let router = match also {
                Some(also) => router.merge(also),
                None => router,
            };
            let tcp = tokio::net::TcpListener::bind(config.http_addr)
                .await
                .with_context(|| format!("binding {}", config.http_addr))?;
            let server = tokio::spawn(async move {
                axum::serve(tcp, router)
                    .with_graceful_shutdown(stopped)
                    .await
            });
            dispatcher
                .dispatch_with_listener(
                    listener,
                    LoggingErrorHandler::with_custom_text("webhook listener"),
                )
                .await;
            server.abort();
        }
    }
    Ok(())
}

/// Logs handler failures with the token hidden; a failing handler never stops the bot.
struct RedactingErrorHandler {
    token: String,
}

impl<E: std::fmt::Display + Send + 'static> ErrorHandler<E> for RedactingErrorHandler {
    fn handle_error(self: Arc<Self>, error: E) -> futures_util::future::BoxFuture<'static, ()> {
        let text = format!("{error:#}").replace(&self.token, "***");
        Box::pin(async move { tracing::error!(error = %text, "telegram") })
    }
}
