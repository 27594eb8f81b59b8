//! Discord, through serenity: localized slash commands and a message menu, answered over
//! the gateway or an HTTP interactions endpoint. Both turn an interaction into the same
//! invocation ([`interaction::answer`]) and render the same reply.
//!
//! It may know nothing of Telegram.

pub mod commands;
pub mod endpoint;
pub mod faults;
pub mod gateway;
pub mod interaction;
pub mod mentions;
pub mod reminders;
pub mod render;

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serenity::all::{ChannelId, Command, GuildId, Http, HttpBuilder};

use edge::redact::Secrets;

/// A channel as a community's settings keep it: Discord's ids are under 2⁶³.
pub(crate) fn channel(id: ChannelId) -> i64 {
    i64::try_from(id.get()).unwrap_or(i64::MAX)
}

/// A range of shards for this process (`DISCORD_SHARDS=first-last/total`, both ends
/// included), for deployments too large for one process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shards {
    pub first: u32,
    pub last: u32,
    pub total: u32,
}

impl FromStr for Shards {
    type Err = anyhow::Error;

    fn from_str(text: &str) -> Result<Shards> {
        let parse = || -> Option<Shards> {
            let (range, total) = text.trim().split_once('/')?;
            let (first, last) = range.split_once('-')?;
            Some(Shards {
                first: first.trim().parse().ok()?,
                last: last.trim().parse().ok()?,
                total: total.trim().parse().ok()?,
            })
        };
        match parse() {
            Some(s) if s.first <= s.last && s.last < s.total => Ok(s),
            _ => bail!("DISCORD_SHARDS={text:?}: expected first-last/total, e.g. 0-3/8"),
        }
    }
}

/// How the bot reaches Discord and how Discord reaches it.
#[derive(Clone)]
pub struct DiscordConfig {
    /// The bot token (`DISCORD_TOKEN`): the gateway, and registering commands.
    pub token: Option<String>,
    /// The application's public key (`DISCORD_PUBLIC_KEY`): the HTTP endpoint.
    pub public_key: Option<String>,
    /// Replaces `https://discord.com` in every REST call (`DISCORD_API_URL`): a proxy
    /// that handles rate limits itself, or a test's fake.
    pub api_url: Option<url::Url>,
    /// Automatic sharding when unset.
    pub shards: Option<Shards>,
    /// Whether a bot with a token holds gateway sessions (`DISCORD_GATEWAY`, on by
    /// default); off, it is HTTP only: the endpoint answers, the token sends reminders.
    pub gateway: bool,
    /// How long one REST call may take before it counts as failed and is retried
    /// (`GAINSBOT_REQUEST_TIMEOUT`); serenity sets none.
    pub request_timeout: Duration,
    /// When a reply not ready yet is deferred (`DISCORD_DEFER_AFTER_MS`): Discord wants
    /// a first response within 3 s.
    pub defer_after: Duration,
}

/// How metrics name this platform.
const PLATFORM: &str = "discord";

/// Deferred past this, a reply still gets its first response within Discord's 3 s.
pub const DEFER_AFTER: Duration = Duration::from_secs(2);

impl Default for DiscordConfig {
    fn default() -> DiscordConfig {
        DiscordConfig {
            token: None,
            public_key: None,
            api_url: None,
            shards: None,
            gateway: true,
            request_timeout: edge::retry::REQUEST_TIMEOUT,
            defer_after: DEFER_AFTER,
        }
    }
}

impl fmt::Debug for DiscordConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DiscordConfig")
            .field("token", &self.token.as_ref().map(|_| "***"))
            .field("public_key", &self.public_key.as_ref().map(|_| "***"))
            .field("api_url", &self.api_url.as_ref().map(url::Url::as_str))
            .field("shards", &self.shards)
            .field("gateway", &self.gateway)
            .field("request_timeout", &self.request_timeout)
            .field("defer_after", &self.defer_after)
            .finish()
    }
}

impl DiscordConfig {
    /// A REST client. Behind `DISCORD_API_URL` serenity's own rate limiter is off (it
    /// would otherwise send to discord.com): the proxy, or our retries, handle 429s.
    pub fn http(&self, token: &str) -> Result<Http, reqwest::Error> {
        let client = reqwest::Client::builder()
            .use_rustls_tls()
            .timeout(self.request_timeout)
            .build()?;
        let builder = HttpBuilder::new(token).client(client);
        Ok(match &self.api_url {
            Some(url) => builder
                .proxy(url.as_str().trim_end_matches('/'))
                .ratelimiter_disabled(true)
                .build(),
            None => builder.build(),
        })
    }

    /// What logs and errors must never show: the token and the public key (interaction
    /// tokens in follow-up URLs are hidden by [`Secrets`] itself).
    pub fn secrets(&self) -> Secrets {
        Secrets::new(
            [&self.token, &self.public_key]
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
    }

    fn token(&self) -> Result<&str> {
        self.token.as_deref().context("DISCORD_TOKEN is not set")
    }
}

/// Registers every command, in one guild (instant, for testing) or globally: a deploy
/// step (`gainsbot discord register`), not something each start does.
pub async fn register(config: &DiscordConfig, guild: Option<u64>) -> Result<usize> {
    let http = config.http(config.token()?)?;
    let secrets = config.secrets();
    let redact = |error: serenity::Error| secrets.wrap(error);
    let app = http.get_current_application_info().await.map_err(redact)?;
    http.set_application_id(app.id);
    let commands = commands::all();
    let registered = match guild {
        Some(id) => GuildId::new(id)
            .set_commands(&http, commands)
            .await
            .map_err(redact)?,
        None => Command::set_global_commands(&http, commands)
            .await
            .map_err(redact)?,
    };
    Ok(registered.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_ranges_are_inclusive_and_checked() {
        assert_eq!(
            "0-3/8".parse::<Shards>().unwrap(),
            Shards {
                first: 0,
                last: 3,
                total: 8
            }
        );
        for bad in ["3-0/8", "0-8/8", "0/8", "a-b/c", ""] {
            assert!(bad.parse::<Shards>().is_err(), "{bad}");
        }
    }

    #[test]
    fn secrets_are_redacted() {
        let config = DiscordConfig {
            token: Some("tok.en".into()),
            public_key: Some("abcd".into()),
            ..DiscordConfig::default()
        };
        assert_eq!(config.secrets().redact("x tok.en y abcd"), "x *** y ***");
        assert!(!format!("{config:?}").contains("tok.en"));
    }
}
