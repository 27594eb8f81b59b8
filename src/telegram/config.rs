//! Where the Telegram bot listens and how it reaches the Bot API.

use std::fmt;
use std::net::SocketAddr;

use crate::edge::redact::Secrets;

/// Telegram's settings, from `TELEGRAM_*` (see `.env.example`).
#[derive(Clone)]
pub struct TelegramConfig {
    pub token: String,
    /// A self-hosted Bot API server, or a test's fake (`TELEGRAM_API_URL`).
    pub api_url: Option<url::Url>,
    /// Webhook mode when set (`TELEGRAM_WEBHOOK_URL`); long polling otherwise.
    pub webhook_url: Option<url::Url>,
    pub webhook_secret: Option<String>,
    pub http_addr: SocketAddr,
}

impl fmt::Debug for TelegramConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TelegramConfig")
            .field("token", &"***")
            .field("api_url", &self.api_url.as_ref().map(url::Url::as_str))
            .field(
                "webhook_url",
                &self.webhook_url.as_ref().map(url::Url::as_str),
            )
            .field(
                "webhook_secret",
                &self.webhook_secret.as_ref().map(|_| "***"),
            )
            .field("http_addr", &self.http_addr)
            .finish()
    }
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

    /// What logs and errors must never show: the token (it is in every Bot API URL)
    /// and the webhook secret.
    pub fn secrets(&self) -> Secrets {
        Secrets::new([
            self.token.as_str(),
            self.webhook_secret.as_deref().unwrap_or(""),
        ])
    }
}
