//! Which Discord REST failures are worth trying again: network errors, 5xx and 429.
//! serenity's own rate limiter waits out 429s against discord.com; behind
//! `DISCORD_API_URL` it is off, and serenity's error keeps neither the `Retry-After`
//! header nor the body's `retry_after`, so a 429 there waits the backoff.

use serenity::all::HttpError;

use edge::retry::{Classify, Fault};

/// Discord's REST API and gateway, as the platform serenity's errors come from.
#[derive(Debug)]
pub enum Rest {}

impl Classify<Rest> for serenity::Error {
    fn fault(&self) -> Fault {
        match self {
            serenity::Error::Http(HttpError::UnsuccessfulRequest(response))
                if response.status_code.as_u16() == 429
                    || response.status_code.is_server_error() =>
            {
                Fault::Transient
            }
            serenity::Error::Http(HttpError::Request(_)) | serenity::Error::Io(_) => {
                Fault::Transient
            }
            _ => Fault::Permanent,
        }
    }
}
