//! Webhook mode: Telegram POSTs each update to `/telegram/webhook` with the secret we
//! gave it, on the HTTP server the Discord endpoint shares. Registering the URL is a
//! deploy step (`gainsbot telegram set-webhook`), never done by the replicas.

use anyhow::{Context, Result};
use axum::Router;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use subtle::ConstantTimeEq;
use teloxide::prelude::*;
use teloxide::requests::Request as _;
use teloxide::update_listeners::{UpdateListener, webhooks};

use super::TelegramConfig;

/// Where Telegram posts updates.
pub const PATH: &str = "/telegram/webhook";

/// The header Telegram sends the secret in.
const SECRET_HEADER: &str = "X-Telegram-Bot-Api-Secret-Token";

/// Registers `TELEGRAM_WEBHOOK_URL` (with its secret) with Telegram.
pub async fn register(config: &TelegramConfig) -> Result<()> {
    let url = config
        .webhook_url
        .clone()
        .context("TELEGRAM_WEBHOOK_URL is not set")?;
    let mut request = config.bot()?.set_webhook(url);
    if let Some(secret) = &config.webhook_secret {
        request = request.secret_token(secret.clone());
    }
    request
        .send()
        .await
        .map_err(|error| config.secrets().wrap(error))?;
    Ok(())
}

/// The updates Telegram posts, and the routes that receive them. Nothing is sent to
/// Telegram here, so the routes serve even while the Bot API cannot be reached.
pub fn listener(
    config: &TelegramConfig,
) -> Result<(
    impl UpdateListener<Err = std::convert::Infallible> + use<>,
    Router,
)> {
    let url = config
        .webhook_url
        .clone()
        .context("TELEGRAM_WEBHOOK_URL is not set")?;
    let secret = config
        .webhook_secret
        .clone()
        .context("TELEGRAM_WEBHOOK_SECRET is not set")?;
    let options = webhooks::Options::new(config.http_addr, url)
        .path(PATH.to_owned())
        .secret_token(secret.clone());
    // The HTTP server stops on the process's own signal, not teloxide's.
    let (listener, _stopped, router) = webhooks::axum_no_setup(options);
    // teloxide compares the secret too, but not in constant time: this layer turns every
    // wrong secret away before it gets there.
    let router = router.layer(middleware::from_fn(move |request: Request, next: Next| {
        let secret = secret.clone();
        async move { check_secret(request, next, secret.as_bytes()).await }
    }));
    Ok((listener, router))
}

async fn check_secret(request: Request, next: Next, secret: &[u8]) -> Response {
    // `ct_eq` takes the same time wherever the first wrong byte is.
    let allowed = request
        .headers()
        .get(SECRET_HEADER)
        .is_some_and(|given| bool::from(given.as_bytes().ct_eq(secret)));
    if allowed {
        next.run(request).await
    } else {
        StatusCode::UNAUTHORIZED.into_response()
    }
}
