//! Where the Telegram bot listens and how it reaches the Bot API.

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

use edge::redact::Secrets;
use edge::retry;

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
    /// How long one Bot API call may take before it counts as failed and is retried
    /// (`GAINSBOT_REQUEST_TIMEOUT`).
    pub request_timeout: Duration,
}

impl Default for TelegramConfig {
    fn default() -> TelegramConfig {
        TelegramConfig {
            token: String::new(),
            api_url: None,
            webhook_url: None,
            webhook_secret: None,
            http_addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            request_timeout: retry::REQUEST_TIMEOUT,
        }
    }
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
            .field("request_timeout", &self.request_timeout)
            .finish()
    }
}

impl TelegramConfig {
    /// The plain teloxide client (the dispatcher adds rate limiting), whose calls give
    /// up after [`TelegramConfig::request_timeout`].
    pub fn bot(&self) -> anyhow::Result<teloxide::Bot> {
        let client = teloxide::net::default_reqwest_settings()
            .timeout(self.request_timeout)
            .build()?;
        let bot = teloxide::Bot::with_client(&self.token, client);
        Ok(match &self.api_url {
            Some(url) => bot.set_api_url(url.clone()),
            None => bot,
        })
    }

    /// How long a long poll waits for updates: at most 10 s, and half the request
    /// timeout, so a quiet poll is never taken for a timeout.
    pub fn long_poll(&self) -> Duration {
        (self.request_timeout / 2).min(Duration::from_secs(10))
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
