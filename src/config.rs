//! Declared, declared once: each is a `--flag` of `gainsbot` or its environment variable
//! (read after `.env`), with its help (`gainsbot --help`). An empty variable counts as
//! unset, as `.env.example` leaves most of them.

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use clap::Args;

use answers::Answers;
use discord::{DiscordConfig, Shards};
use edge::limits::{Pace, Quotas};
use figures::Rates;
use telegram::TelegramConfig;
use values::Lang;

/// A setting that may be left out. Spelled as an alias so that clap takes it as a plain
/// value with an empty default: an empty variable then reads as unset instead of as a
/// bad value.
type Unset<T> = Option<T>;

/// Every setting, as given (none by default).
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Declared (a flag, or its environment variable)")]
pub struct Declared {
    /// Reply language when neither the user nor the platform says: fr or en [default: fr]
    #[arg(long, global = true, env = "GAINSBOT_DEFAULT_LANG", value_name = "GAINSBOT_DEFAULT_LANG",
        default_value = "", hide_default_value = true, value_parser = unset_or(lang))]
    default_lang: Unset<Lang>,

    /// A TOML file, or a folder of them, used instead of the compiled-in rates/
    #[arg(long, global = true, env = "GAINSBOT_RATES", value_name = "GAINSBOT_RATES",
        default_value = "", hide_default_value = true, value_parser = unset_or(path))]
    rates: Unset<PathBuf>,

    /// Saved stats: sqlite://FILE (created if missing) or postgres://… [default: sqlite://gainsbot.db]
    #[arg(long, global = true, env = "DATABASE_URL", value_name = "DATABASE_URL", hide_env_values = true,
        default_value = "", hide_default_value = true, value_parser = unset_or(text))]
    database_url: Unset<String>,

    /// The bot's token from @BotFather; set, gainsbot serves Telegram
    #[arg(long, global = true, env = "TELEGRAM_TOKEN", value_name = "TELEGRAM_TOKEN", hide_env_values = true,
        default_value = "", hide_default_value = true, value_parser = unset_or(text))]
    telegram_token: Unset<String>,

    /// A self-hosted Bot API server (tests point it at a fake) [default: Telegram's]
    #[arg(long, global = true, env = "TELEGRAM_API_URL", value_name = "TELEGRAM_API_URL",
        default_value = "", hide_default_value = true, value_parser = unset_or(url))]
    telegram_api_url: Unset<url::Url>,

    /// Webhook mode: the public HTTPS URL ending in /telegram/webhook [default: long polling]
    #[arg(long, global = true, env = "TELEGRAM_WEBHOOK_URL", value_name = "TELEGRAM_WEBHOOK_URL",
        default_value = "", hide_default_value = true, value_parser = unset_or(url))]
    telegram_webhook_url: Unset<url::Url>,

    /// The secret Telegram sends with each webhook request (required with the webhook URL)
    #[arg(long, global = true, env = "TELEGRAM_WEBHOOK_SECRET", value_name = "TELEGRAM_WEBHOOK_SECRET",
        hide_env_values = true, default_value = "", hide_default_value = true, value_parser = unset_or(text))]
    telegram_webhook_secret: Unset<String>,

    /// The Discord bot token (Developer Portal → Bot); set, gainsbot connects to the gateway
    #[arg(long, global = true, env = "DISCORD_TOKEN", value_name = "DISCORD_TOKEN", hide_env_values = true,
        default_value = "", hide_default_value = true, value_parser = unset_or(text))]
    discord_token: Unset<String>,

    /// With DISCORD_TOKEN: off for HTTP only (the endpoint answers, the token sends reminders), no gateway session [default: on]
    #[arg(long, global = true, env = "DISCORD_GATEWAY", value_name = "DISCORD_GATEWAY",
        default_value = "", hide_default_value = true, value_parser = unset_or(on_off))]
    discord_gateway: Unset<bool>,

    /// The application's public key; set, gainsbot serves POST /discord/interactions
    #[arg(long, global = true, env = "DISCORD_PUBLIC_KEY", value_name = "DISCORD_PUBLIC_KEY",
        default_value = "", hide_default_value = true, value_parser = unset_or(text))]
    discord_public_key: Unset<String>,

    /// Replaces https://discord.com in every REST call: a rate-limiting proxy, or a test's fake
    #[arg(long, global = true, env = "DISCORD_API_URL", value_name = "DISCORD_API_URL",
        default_value = "", hide_default_value = true, value_parser = unset_or(url))]
    discord_api_url: Unset<url::Url>,

    /// The gateway shards this process runs, first-last/total, both ends included (0-3/8) [default: automatic]
    #[arg(long, global = true, env = "DISCORD_SHARDS", value_name = "DISCORD_SHARDS",
        default_value = "", hide_default_value = true, value_parser = unset_or(shards))]
    discord_shards: Unset<Shards>,

    /// Where webhooks, Discord's endpoint, /healthz, /readyz and /metrics are served [default: 127.0.0.1:8080]
    #[arg(long, global = true, env = "HTTP_ADDR", value_name = "HTTP_ADDR",
        default_value = "", hide_default_value = true, value_parser = unset_or(address))]
    http_addr: Unset<SocketAddr>,

    /// Seconds one call to Telegram or Discord may take before it is retried [default: 17]
    #[arg(long, global = true, env = "GAINSBOT_REQUEST_TIMEOUT", value_name = "GAINSBOT_REQUEST_TIMEOUT",
        default_value = "", hide_default_value = true, value_parser = unset_or(above_zero))]
    request_timeout: Unset<u64>,

    /// A Discord reply not ready after this many milliseconds is deferred (Discord wants 3 000) [default: 2000]
    #[arg(long, global = true, env = "DISCORD_DEFER_AFTER_MS", value_name = "DISCORD_DEFER_AFTER_MS",
        default_value = "", hide_default_value = true, value_parser = unset_or(above_zero))]
    defer_after_ms: Unset<u64>,

    /// Messages, commands and presses one user may send at once; past them one a pace [default: 10]
    #[arg(long, global = true, env = "GAINSBOT_USER_BURST", value_name = "GAINSBOT_USER_BURST",
        default_value = "", hide_default_value = true, value_parser = unset_or(per_minute))]
    user_burst: Unset<NonZeroU32>,

    /// Seconds between two messages of one user once the burst is used [default: 6]
    #[arg(long, global = true, env = "GAINSBOT_USER_EVERY", value_name = "GAINSBOT_USER_EVERY",
        default_value = "", hide_default_value = true, value_parser = unset_or(above_zero))]
    user_every: Unset<u64>,

    /// Messages to the bot one group chat may send at once [default: 20]
    #[arg(long, global = true, env = "GAINSBOT_CHAT_BURST", value_name = "GAINSBOT_CHAT_BURST",
        default_value = "", hide_default_value = true, value_parser = unset_or(per_minute))]
    chat_burst: Unset<NonZeroU32>,

    /// Seconds between two messages to the bot in one group once its burst is used [default: 3]
    #[arg(long, global = true, env = "GAINSBOT_CHAT_EVERY", value_name = "GAINSBOT_CHAT_EVERY",
        default_value = "", hide_default_value = true, value_parser = unset_or(above_zero))]
    chat_every: Unset<u64>,

    /// Result cards drawn per user per minute; past it, replies come without their card [default: 5]
    #[arg(long, global = true, env = "GAINSBOT_CARD_RATE", value_name = "GAINSBOT_CARD_RATE",
        default_value = "", hide_default_value = true, value_parser = unset_or(per_minute))]
    card_rate: Unset<NonZeroU32>,

    /// Inline queries and Discord autocomplete per user per minute [default: 120]
    #[arg(long, global = true, env = "GAINSBOT_LOOKUP_RATE", value_name = "GAINSBOT_LOOKUP_RATE",
        default_value = "", hide_default_value = true, value_parser = unset_or(per_minute))]
    lookup_rate: Unset<NonZeroU32>,

    /// Days of daily snapshots kept, at most a century [default: 400]
    #[arg(long, global = true, env = "GAINSBOT_HISTORY_DAYS", value_name = "GAINSBOT_HISTORY_DAYS",
        default_value = "", hide_default_value = true, value_parser = unset_or(days))]
    history_days: Unset<u32>,

    /// Megabytes of recently drawn result cards kept in memory; 0 keeps none [default: 4]
    #[arg(long, global = true, env = "GAINSBOT_CARD_CACHE_MB", value_name = "GAINSBOT_CARD_CACHE_MB",
        default_value = "", hide_default_value = true, value_parser = unset_or(megabytes))]
    card_cache_mb: Unset<u64>,

    /// Replies worked on or sent at once, cards and uploads included; the rest wait [default: 32]
    #[arg(long, global = true, env = "GAINSBOT_MAX_IN_FLIGHT", value_name = "GAINSBOT_MAX_IN_FLIGHT",
        default_value = "", hide_default_value = true, value_parser = unset_or(above_zero))]
    max_in_flight: Unset<u64>,
}

/// Reads a setting with `parse`, the empty string as unset.
fn unset_or<T: 'static>(
    parse: fn(&str) -> Result<T, String>,
) -> impl Fn(&str) -> Result<Unset<T>, String> + Clone + Send + Sync + 'static {
    move |value| match value.trim() {
        "" => Ok(None),
        value => parse(value).map(Some),
    }
}

fn lang(value: &str) -> Result<Lang, String> {
    Lang::from_locale(value).ok_or_else(|| "expected fr or en".to_owned())
}

fn path(value: &str) -> Result<PathBuf, String> {
    Ok(PathBuf::from(value))
}

fn text(value: &str) -> Result<String, String> {
    Ok(value.to_owned())
}

fn url(value: &str) -> Result<url::Url, String> {
    url::Url::parse(value).map_err(|e| format!("not a URL ({e})"))
}

fn shards(value: &str) -> Result<Shards, String> {
    value.parse().map_err(|e: anyhow::Error| e.to_string())
}

fn on_off(value: &str) -> Result<bool, String> {
    match value.to_ascii_lowercase().as_str() {
        "on" | "true" | "1" | "yes" => Ok(true),
        "off" | "false" | "0" | "no" => Ok(false),
        _ => Err("expected on or off".to_owned()),
    }
}

fn address(value: &str) -> Result<SocketAddr, String> {
    value.parse().map_err(|_| "expected host:port".to_owned())
}

fn above_zero(value: &str) -> Result<u64, String> {
    match value.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err("expected a whole number above 0".to_owned()),
    }
}

fn per_minute(value: &str) -> Result<NonZeroU32, String> {
    value
        .parse::<NonZeroU32>()
        .map_err(|_| "expected a whole number above 0".to_owned())
}

fn days(value: &str) -> Result<u32, String> {
    above_zero(value)
        .ok()
        .and_then(|d| u32::try_from(d).ok())
        .filter(|d| *d <= 100 * 366)
        .ok_or_else(|| "expected days, at most a century".to_owned())
}

fn megabytes(value: &str) -> Result<u64, String> {
    value
        .parse::<u64>()
        .ok()
        .and_then(|mb| mb.checked_mul(1024 * 1024))
        .ok_or_else(|| "expected megabytes, 0 or more".to_owned())
}

/// Everything configurable, read once at start.
#[derive(Debug, Clone)]
pub struct Config {
    pub default_lang: Lang,
    pub rates_path: Option<PathBuf>,
    pub database_url: String,
    /// Telegram, when `TELEGRAM_TOKEN` is set.
    pub telegram: Option<TelegramConfig>,
    /// Discord, when `DISCORD_TOKEN` (gateway) or `DISCORD_PUBLIC_KEY` (endpoint) is set.
    pub discord: Option<DiscordConfig>,
    pub http_addr: SocketAddr,
    pub limits: Quotas,
    pub history_days: u32,
    pub card_cache_bytes: u64,
    pub max_in_flight: usize,
}

/// Snapshots kept by default: a year and a month, enough for a year-on-year comparison.
pub const HISTORY_DAYS: u32 = 400;

/// Loads `.env` (if any) into the environment; clap reads the variables after it.
pub fn load_dotenv() -> Result<()> {
    // A missing .env is normal; a malformed one is worth stopping for.
    match dotenvy::dotenv() {
        Ok(_) => Ok(()),
        Err(e) if e.not_found() => Ok(()),
        Err(e) => Err(e).context("reading .env"),
    }
}

impl Config {
    /// The settings as one value, with their defaults, checked together.
    pub fn new(settings: Declared) -> Result<Config> {
        let http_addr = settings
            .http_addr
            .unwrap_or(SocketAddr::from(([127, 0, 0, 1], 8080)));
        let request_timeout = settings
            .request_timeout
            .map_or(edge::retry::REQUEST_TIMEOUT, Duration::from_secs);
        let telegram = settings.telegram_token.map(|token| TelegramConfig {
            token,
            api_url: settings.telegram_api_url,
            webhook_url: settings.telegram_webhook_url,
            webhook_secret: settings.telegram_webhook_secret,
            http_addr,
            request_timeout,
        });
        if let Some(t) = &telegram
            && t.webhook_url.is_some()
            && t.webhook_secret.is_none()
        {
            bail!(
                "TELEGRAM_WEBHOOK_URL is set: set TELEGRAM_WEBHOOK_SECRET too, or anyone could post updates"
            );
        }
        let (token, public_key) = (settings.discord_token, settings.discord_public_key);
        let discord = (token.is_some() || public_key.is_some()).then(|| DiscordConfig {
            token,
            public_key,
            api_url: settings.discord_api_url,
            shards: settings.discord_shards,
            gateway: settings.discord_gateway.unwrap_or(true),
            request_timeout,
            defer_after: settings
                .defer_after_ms
                .map_or(discord::DEFER_AFTER, Duration::from_millis),
        });
        let defaults = Quotas::default();
        Ok(Config {
            default_lang: settings.default_lang.unwrap_or(Lang::Fr),
            rates_path: settings.rates,
            database_url: settings
                .database_url
                .unwrap_or_else(|| "sqlite://gainsbot.db".to_owned()),
            telegram,
            discord,
            http_addr,
            limits: Quotas {
                user: Pace {
                    burst: settings.user_burst.unwrap_or(defaults.user.burst),
                    every: settings
                        .user_every
                        .map_or(defaults.user.every, Duration::from_secs),
                },
                chat: Pace {
                    burst: settings.chat_burst.unwrap_or(defaults.chat.burst),
                    every: settings
                        .chat_every
                        .map_or(defaults.chat.every, Duration::from_secs),
                },
                cards: settings.card_rate.unwrap_or(defaults.cards),
                lookups: settings.lookup_rate.unwrap_or(defaults.lookups),
            },
            history_days: settings.history_days.unwrap_or(HISTORY_DAYS),
            card_cache_bytes: settings.card_cache_mb.unwrap_or(edge::card::CACHE_BYTES),
            max_in_flight: settings
                .max_in_flight
                .map_or(edge::flight::DEFAULT_BOUND, |n| {
                    usize::try_from(n).unwrap_or(usize::MAX)
                }),
        })
    }

    /// The settings of a process with none given: every default.
    #[expect(
        clippy::expect_used,
        reason = "the defaults are consistent; a test builds them"
    )]
    pub fn defaults() -> Config {
        Config::new(Declared::default()).expect("the defaults are consistent")
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
    use clap::{Command, FromArgMatches};

    /// The settings `args` give, with the process environment left out.
    fn parse(args: &[&str]) -> Result<Config, String> {
        let command = Declared::augment_args(Command::new("gainsbot"))
            .mut_args(|arg| arg.env(None::<&'static str>));
        let matches = command
            .try_get_matches_from(std::iter::once("gainsbot").chain(args.iter().copied()))
            .map_err(|e| e.to_string())?;
        let settings = Declared::from_arg_matches(&matches).map_err(|e| e.to_string())?;
        Config::new(settings).map_err(|e| format!("{e:#}"))
    }

    #[test]
    fn defaults_and_overrides() {
        let none = parse(&[]).unwrap();
        assert_eq!(none.default_lang, Lang::Fr);
        assert!(none.rates_path.is_none());
        assert_eq!(none.database_url, "sqlite://gainsbot.db");
        assert_eq!(none.http_addr.to_string(), "127.0.0.1:8080");
        assert_eq!(none.history_days, HISTORY_DAYS);
        assert_eq!(
            parse(&["--default-lang", "en-GB"]).unwrap().default_lang,
            Lang::En
        );
        let bad = parse(&["--default-lang", "klingon"]).unwrap_err();
        assert!(
            bad.contains("klingon") && bad.contains("GAINSBOT_DEFAULT_LANG"),
            "{bad}"
        );
    }

    #[test]
    fn an_empty_setting_is_unset() {
        let empty = parse(&["--rates", "", "--http-addr", " ", "--default-lang", ""]).unwrap();
        assert!(empty.rates_path.is_none());
        assert_eq!(empty.http_addr.to_string(), "127.0.0.1:8080");
        assert_eq!(empty.default_lang, Lang::Fr);
        assert!(parse(&["--telegram-token", ""]).unwrap().telegram.is_none());
    }

    #[test]
    fn discord_runs_with_a_token_or_a_public_key() {
        assert!(parse(&[]).unwrap().discord.is_none());
        let endpoint_only = parse(&["--discord-public-key", "ab"])
            .unwrap()
            .discord
            .unwrap();
        assert!(endpoint_only.token.is_none() && endpoint_only.public_key.is_some());
        let sharded = parse(&["--discord-token", "t", "--discord-shards", "2-3/4"]).unwrap();
        assert_eq!(sharded.discord.unwrap().shards.map(|s| s.last), Some(3));
        let bad = parse(&["--discord-token", "t", "--discord-shards", "4/4"]).unwrap_err();
        assert!(bad.contains("DISCORD_SHARDS"), "{bad}");
        assert!(sharded_gateway(&[]));
        assert!(!sharded_gateway(&["--discord-gateway", "off"]));
        let bad = parse(&["--discord-token", "t", "--discord-gateway", "maybe"]).unwrap_err();
        assert!(bad.contains("DISCORD_GATEWAY"), "{bad}");
    }

    fn sharded_gateway(args: &[&str]) -> bool {
        let args = [&["--discord-token", "t"], args].concat();
        parse(&args).unwrap().discord.unwrap().gateway
    }

    #[test]
    fn every_bad_setting_is_refused_by_its_name() {
        for (flag, name, value) in [
            ("--http-addr", "HTTP_ADDR", "localhost"),
            ("--http-addr", "HTTP_ADDR", "127.0.0.1:99999"),
            ("--telegram-api-url", "TELEGRAM_API_URL", "not a url"),
            ("--discord-api-url", "DISCORD_API_URL", "::"),
            ("--discord-shards", "DISCORD_SHARDS", "two"),
            ("--request-timeout", "GAINSBOT_REQUEST_TIMEOUT", "0"),
            ("--defer-after-ms", "DISCORD_DEFER_AFTER_MS", "-1"),
            ("--user-burst", "GAINSBOT_USER_BURST", "lots"),
            ("--chat-every", "GAINSBOT_CHAT_EVERY", "0"),
            ("--history-days", "GAINSBOT_HISTORY_DAYS", "99999"),
            ("--card-cache-mb", "GAINSBOT_CARD_CACHE_MB", "-4"),
            ("--max-in-flight", "GAINSBOT_MAX_IN_FLIGHT", "0"),
        ] {
            let value = format!("={value}");
            let arg = format!("{flag}{value}");
            let error =
                parse(&["--telegram-token", "t", "--discord-token", "t", &arg]).expect_err(name);
            assert!(error.contains(name), "{name}{value}: {error}");
        }
        let error = parse(&[
            "--telegram-token",
            "t",
            "--telegram-webhook-url",
            "https://bot.example/telegram",
        ])
        .expect_err("a webhook anyone could post to");
        assert!(error.contains("TELEGRAM_WEBHOOK_SECRET"), "{error}");
    }

    #[test]
    fn secrets_never_show_in_the_help() {
        let help = Declared::augment_args(Command::new("gainsbot"))
            .render_long_help()
            .to_string();
        for name in [
            "TELEGRAM_TOKEN",
            "DISCORD_TOKEN",
            "TELEGRAM_WEBHOOK_SECRET",
            "DATABASE_URL",
        ] {
            assert!(help.contains(name), "{name} is documented");
        }
        let command = Declared::augment_args(Command::new("gainsbot"));
        for id in [
            "telegram_token",
            "discord_token",
            "telegram_webhook_secret",
            "database_url",
        ] {
            let arg = command.get_arguments().find(|a| a.get_id() == id).unwrap();
            assert!(
                arg.is_hide_env_values_set(),
                "{id}'s value stays out of --help"
            );
        }
    }
}
