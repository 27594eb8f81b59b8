//! Settings from the environment, with `.env` read first if present.

use std::num::NonZeroU32;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use answers::Answers;
use discord::DiscordConfig;
use edge::limits::PerMinute;
use figures::Rates;
use telegram::TelegramConfig;
use values::Lang;

/// Everything configurable, read once at start.
#[derive(Debug, Clone)]
pub struct Config {
    /// Reply language when neither the user nor the platform says (`GAINSBOT_DEFAULT_LANG`).
    pub default_lang: Lang,
    /// A rate catalogue replacing the compiled-in one (`GAINSBOT_RATES`).
    pub rates_path: Option<PathBuf>,
    /// Where saved stats live (`DATABASE_URL`): a SQLite file by default, or PostgreSQL.
    pub database_url: String,
    /// Telegram, when `TELEGRAM_TOKEN` is set.
    pub telegram: Option<TelegramConfig>,
    /// Discord, when `DISCORD_TOKEN` (gateway) or `DISCORD_PUBLIC_KEY` (endpoint) is set.
    pub discord: Option<DiscordConfig>,
    /// Where webhooks, the interactions endpoint, health and metrics are served
    /// (`HTTP_ADDR`).
    pub http_addr: std::net::SocketAddr,
    /// Per-user limits (`GAINSBOT_USER_RATE`, `GAINSBOT_CARD_RATE`, `GAINSBOT_LOOKUP_RATE`).
    pub limits: PerMinute,
    /// Days of daily snapshots kept (`GAINSBOT_HISTORY_DAYS`); older ones are deleted.
    pub history_days: u32,
    /// Bytes of recently drawn cards kept in memory (`GAINSBOT_CARD_CACHE_MB`).
    pub card_cache_bytes: u64,
}

/// Snapshots kept by default: a year and a month, enough for a year-on-year comparison.
pub const HISTORY_DAYS: u32 = 400;

impl Config {
    /// Loads `.env` (if any) into the environment, then reads the settings.
    pub fn from_env() -> Result<Config> {
        // A missing .env is normal; a malformed one is worth stopping for.
        match dotenvy::dotenv() {
            Ok(_) => {}
            Err(e) if e.not_found() => {}
            Err(e) => return Err(e).context("reading .env"),
        }
        Config::from_vars(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `var`, so tests need not touch the process environment.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Config> {
        let default_lang = match var("GAINSBOT_DEFAULT_LANG").filter(|v| !v.trim().is_empty()) {
            None => Lang::Fr,
            Some(value) => match Lang::from_locale(&value) {
                Some(lang) => lang,
                None => bail!("GAINSBOT_DEFAULT_LANG={value:?}: expected fr or en"),
            },
        };
        let rates_path = var("GAINSBOT_RATES")
            .filter(|v| !v.trim().is_empty())
            .map(PathBuf::from);
        let database_url = var("DATABASE_URL")
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| "sqlite://gainsbot.db".to_owned());
        let url = |name: &str| -> Result<Option<url::Url>> {
            var(name)
                .filter(|v| !v.trim().is_empty())
                .map(|v| url::Url::parse(v.trim()).with_context(|| format!("{name} is not a URL")))
                .transpose()
        };
        let http_addr = var("HTTP_ADDR")
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let http_addr = http_addr
            .parse()
            .with_context(|| format!("HTTP_ADDR={http_addr:?} is not host:port"))?;
        let number = |name: &str| -> Result<Option<u64>> {
            var(name)
                .filter(|v| !v.trim().is_empty())
                .map(|v| match v.trim().parse::<u64>() {
                    Ok(n) if n > 0 => Ok(n),
                    _ => bail!("{name}={v:?}: expected a whole number above 0"),
                })
                .transpose()
        };
        let request_timeout = number("GAINSBOT_REQUEST_TIMEOUT")?
            .map_or(edge::retry::REQUEST_TIMEOUT, Duration::from_secs);
        let telegram = match var("TELEGRAM_TOKEN").filter(|v| !v.trim().is_empty()) {
            None => None,
            Some(token) => Some(TelegramConfig {
                token: token.trim().to_owned(),
                api_url: url("TELEGRAM_API_URL")?,
                webhook_url: url("TELEGRAM_WEBHOOK_URL")?,
                webhook_secret: var("TELEGRAM_WEBHOOK_SECRET").filter(|v| !v.is_empty()),
                http_addr,
                request_timeout,
            }),
        };
        if let Some(t) = &telegram
            && t.webhook_url.is_some()
            && t.webhook_secret.is_none()
        {
            bail!(
                "TELEGRAM_WEBHOOK_URL is set: set TELEGRAM_WEBHOOK_SECRET too, or anyone could post updates"
            );
        }
        let secret = |name: &str| {
            var(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let (token, public_key) = (secret("DISCORD_TOKEN"), secret("DISCORD_PUBLIC_KEY"));
        let discord = if token.is_some() || public_key.is_some() {
            Some(DiscordConfig {
                token,
                public_key,
                api_url: url("DISCORD_API_URL")?,
                shards: secret("DISCORD_SHARDS").map(|s| s.parse()).transpose()?,
                request_timeout,
                defer_after: number("DISCORD_DEFER_AFTER_MS")?
                    .map_or(discord::DEFER_AFTER, Duration::from_millis),
            })
        } else {
            None
        };
        let per_minute = |name: &str, default: NonZeroU32| -> Result<NonZeroU32> {
            Ok(number(name)?
                .map(|n| NonZeroU32::new(u32::try_from(n).unwrap_or(u32::MAX)))
                .unwrap_or(Some(default))
                .unwrap_or(default))
        };
        let defaults = PerMinute::default();
        let limits = PerMinute {
            commands: per_minute("GAINSBOT_USER_RATE", defaults.commands)?,
            cards: per_minute("GAINSBOT_CARD_RATE", defaults.cards)?,
            lookups: per_minute("GAINSBOT_LOOKUP_RATE", defaults.lookups)?,
        };
        let history_days = match number("GAINSBOT_HISTORY_DAYS")? {
            None => HISTORY_DAYS,
            Some(days) => u32::try_from(days)
                .ok()
                .filter(|d| *d <= 100 * 366)
                .with_context(|| format!("GAINSBOT_HISTORY_DAYS={days}: at most a century"))?,
        };
        let card_cache_bytes = match var("GAINSBOT_CARD_CACHE_MB").filter(|v| !v.trim().is_empty())
        {
            None => edge::card::CACHE_BYTES,
            Some(v) => v
                .trim()
                .parse::<u64>()
                .ok()
                .and_then(|mb| mb.checked_mul(1024 * 1024))
                .with_context(|| {
                    format!("GAINSBOT_CARD_CACHE_MB={v:?}: expected megabytes, 0 or more")
                })?,
        };
        Ok(Config {
            default_lang,
            rates_path,
            database_url,
            telegram,
            discord,
            http_addr,
            limits,
            history_days,
            card_cache_bytes,
        })
    }

    /// The answers these settings describe: the rate catalogue loaded and checked.
    pub fn answers(&self) -> Result<Answers> {
        let rates = match &self.rates_path {
            Some(path) => Rates::from_path(path)
                .with_context(|| format!("GAINSBOT_RATES={}", path.display()))?,
            None => Rates::embedded().context("the compiled-in rate catalogue")?,
        };
        Ok(Answers::new(rates, self.default_lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_overrides() {
        let none = Config::from_vars(|_| None).unwrap();
        assert_eq!(none.default_lang, Lang::Fr);
        assert!(none.rates_path.is_none());
        let en = Config::from_vars(|n| (n == "GAINSBOT_DEFAULT_LANG").then(|| "en-GB".to_owned()))
            .unwrap();
        assert_eq!(en.default_lang, Lang::En);
        let bad =
            Config::from_vars(|n| (n == "GAINSBOT_DEFAULT_LANG").then(|| "klingon".to_owned()));
        assert!(bad.unwrap_err().to_string().contains("klingon"));
    }

    #[test]
    fn discord_runs_with_a_token_or_a_public_key() {
        assert!(Config::from_vars(|_| None).unwrap().discord.is_none());
        let endpoint_only =
            Config::from_vars(|n| (n == "DISCORD_PUBLIC_KEY").then(|| "ab".to_owned()))
                .unwrap()
                .discord
                .unwrap();
        assert!(endpoint_only.token.is_none() && endpoint_only.public_key.is_some());
        let sharded = Config::from_vars(|n| match n {
            "DISCORD_TOKEN" => Some("t".to_owned()),
            "DISCORD_SHARDS" => Some("2-3/4".to_owned()),
            _ => None,
        })
        .unwrap();
        assert_eq!(sharded.discord.unwrap().shards.map(|s| s.last), Some(3));
        let bad = Config::from_vars(|n| match n {
            "DISCORD_TOKEN" => Some("t".to_owned()),
            "DISCORD_SHARDS" => Some("4/4".to_owned()),
            _ => None,
        });
        assert!(bad.unwrap_err().to_string().contains("DISCORD_SHARDS"));
    }

    #[test]
    fn every_bad_setting_is_refused_by_its_name() {
        let with_token = |name: &'static str, value: &'static str| {
            Config::from_vars(move |n| match n {
                "TELEGRAM_TOKEN" | "DISCORD_TOKEN" => Some("t".to_owned()),
                _ if n == name => Some(value.to_owned()),
                _ => None,
            })
        };
        for (name, value) in [
            ("HTTP_ADDR", "localhost"),
            ("HTTP_ADDR", "127.0.0.1:99999"),
            ("TELEGRAM_API_URL", "not a url"),
            ("DISCORD_API_URL", "::"),
            ("DISCORD_SHARDS", "two"),
            ("GAINSBOT_REQUEST_TIMEOUT", "0"),
            ("DISCORD_DEFER_AFTER_MS", "-1"),
            ("GAINSBOT_USER_RATE", "lots"),
            ("GAINSBOT_HISTORY_DAYS", "99999"),
            ("GAINSBOT_CARD_CACHE_MB", "-4"),
        ] {
            let error = with_token(name, value).expect_err(name);
            assert!(
                format!("{error:#}").contains(name),
                "{name}={value}: {error:#}"
            );
        }
        let error = with_token("TELEGRAM_WEBHOOK_URL", "https://bot.example/telegram")
            .expect_err("a webhook anyone could post to");
        assert!(
            error.to_string().contains("TELEGRAM_WEBHOOK_SECRET"),
            "{error}"
        );
    }
}
