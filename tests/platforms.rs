//! Every platform in one process, as `gainsbot` serves them: each combination of
//! Telegram (polling or webhook) and Discord (gateway, endpoint or both) answers on each
//! platform, and one platform that cannot be reached never keeps the others down.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_discord;
use testkit::fake_telegram;
use testkit::patience;
use testkit::signing;

use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use answers::Answers;
use catalogue::{Identity, Platform, Profile};
use chrono::{TimeZone, Utc};
use discord::DiscordConfig;
use edge::clock::Clock;
use edge::service::Service;
use edge::shutdown::{Shutdown, Trigger};
use figures::Rates;
use gainsbot::config::Config;
use patience::eventually;
use serde_json::{Value, json};
use store::Store;
use telegram::TelegramConfig;
use values::Lang;

const SECRET: &str = "webhook-s3cret";

/// How long one platform call may take in these tests.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Telegram {
    Polling,
    Webhook,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Discord {
    Gateway,
    /// The endpoint with the public key alone: no token, so no DM.
    Endpoint,
    Both,
    /// The endpoint, and the token with `DISCORD_GATEWAY=off`: no gateway session.
    HttpOnly,
}

/// What a process starts with beside its modes: its clock, and the Discord users who
/// already asked for monthly reminders.
#[derive(Default)]
struct Setup {
    clock: Clock,
    reminded: Vec<&'static str>,
}

struct Process {
    telegram: fake_telegram::Shared,
    discord: fake_discord::Shared,
    key: ed25519_dalek::SigningKey,
    http: SocketAddr,
    stop: Trigger,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
    client: reqwest::Client,
    _dir: tempfile::TempDir,
}

impl Process {
    /// `gainsbot` serving both platforms in these modes, against fresh fakes.
    async fn start(telegram: Telegram, discord: Discord) -> Process {
        let (telegram_fake, telegram_url) = fake_telegram::start().await;
        Process::with(
            telegram,
            discord,
            telegram_fake,
            telegram_url,
            Setup::default(),
        )
        .await
    }

    async fn with(
        telegram: Telegram,
        discord: Discord,
        telegram_fake: fake_telegram::Shared,
        telegram_url: String,
        setup: Setup,
    ) -> Process {
        let (discord_fake, discord_url) = fake_discord::start().await;
        let key = signing::key(9);
        let dir = tempfile::tempdir().unwrap();
        let database_url = format!("sqlite://{}/bot.db", dir.path().display());
        let webhook = telegram == Telegram::Webhook;
        let config = Config {
            default_lang: Lang::Fr,
            rates_path: None,
            database_url: database_url.clone(),
            telegram: Some(TelegramConfig {
                token: fake_telegram::TOKEN.to_owned(),
                api_url: Some(telegram_url.parse().unwrap()),
                webhook_url: webhook
                    .then(|| "https://bot.example/telegram/webhook".parse().unwrap()),
                webhook_secret: webhook.then(|| SECRET.to_owned()),
                http_addr: "127.0.0.1:0".parse().unwrap(),
                request_timeout: REQUEST_TIMEOUT,
            }),
            discord: Some(DiscordConfig {
                token: (discord != Discord::Endpoint).then(|| fake_discord::TOKEN.to_owned()),
                public_key: (discord != Discord::Gateway).then(|| signing::public_hex(&key)),
                gateway: discord != Discord::HttpOnly,
                api_url: Some(discord_url.parse().unwrap()),
                request_timeout: REQUEST_TIMEOUT,
                defer_after: Duration::from_secs(60),
                ..DiscordConfig::default()
            }),
            http_addr: "127.0.0.1:0".parse().unwrap(),
            ..Config::defaults()
        };
        let store = Store::new(&database_url).unwrap();
        let today = setup.clock.today();
        for user in setup.reminded {
            let who = Identity {
                platform: Platform::Discord,
                user_id: user.to_owned(),
            };
            let profile = Profile {
                followers: Some(12_000),
                ..Profile::default()
            };
            store.save(&who, &profile, today).await.unwrap();
            store.set_reminder(&who, true, today).await.unwrap();
        }
        let service = Service {
            clock: setup.clock,
            ..Service::new(
                Answers::new(Rates::embedded().unwrap(), Lang::Fr),
                Some(store),
            )
        };
        let bound = gainsbot::serve::bind(&config).await.unwrap();
        let http = bound.local_addr().unwrap();
        let (stop, shutdown) = Shutdown::manual();
        let task = tokio::spawn(bound.run(service, shutdown));
        Process {
            telegram: telegram_fake,
            discord: discord_fake,
            key,
            http,
            stop,
            task,
            client: reqwest::Client::new(),
            _dir: dir,
        }
    }

    /// A Telegram user asks `/gains 1000000` (chat `chat`), the way this mode delivers
    /// it; returns the reply's text once sent.
    async fn telegram_asks(&self, mode: Telegram, id: i64, chat: i64) -> String {
        let update = fake_telegram::message(id, chat, "/earnings 1000000", "en", true);
        match mode {
            Telegram::Polling => self.telegram.lock().unwrap().updates.push_back(update),
            Telegram::Webhook => {
                let response = self
                    .client
                    .post(format!("http://{}/telegram/webhook", self.http))
                    .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                    .json(&update)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(response.status(), 200);
            }
        }
        let sent = eventually(|| {
            self.telegram
                .lock()
                .unwrap()
                .calls
                .iter()
                .find_map(|(m, b)| {
                    (m == "sendmessage" && b["chat_id"] == chat)
                        .then(|| b["text"].as_str().unwrap().to_owned())
                })
        })
        .await;
        sent.unwrap_or_else(|| panic!("Telegram chat {chat} got no reply"))
    }

    /// A Discord user runs `/earnings` through the gateway; returns the embed's title.
    async fn gateway_asks(&self, id: u64) -> String {
        fake_discord::wait_for(&self.discord, |f| (!f.sessions_empty()).then_some(())).await;
        let interaction = earnings(id);
        fake_discord::dispatch(&self.discord, interaction);
        let answer = fake_discord::callback(&self.discord, id).await;
        answer["data"]["embeds"][0]["title"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// A Discord user runs `/earnings` through the HTTP endpoint; returns the title.
    async fn endpoint_asks(&self, id: u64) -> String {
        let answer = self.endpoint(earnings(id)).await;
        answer["data"]["embeds"][0]["title"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// `interaction` posted to the HTTP endpoint, signed; returns the response, which
    /// holds to Discord's rules and its 3 s.
    async fn endpoint(&self, interaction: Value) -> Value {
        let asked = std::time::Instant::now();
        let body = interaction.to_string();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs()
            .to_string();
        let response = self
            .client
            .post(format!("http://{}/discord/interactions", self.http))
            .header(
                "X-Signature-Ed25519",
                signing::signature(&self.key, &now, &body),
            )
            .header("X-Signature-Timestamp", &now)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        let answer: Value = response.json().await.unwrap();
        let broken = fake_discord::broken_response(&answer, asked.elapsed());
        assert_eq!(broken, None, "{answer}");
        answer
    }

    /// A GET on the process's HTTP server: status and body.
    async fn get(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("http://{}{path}", self.http))
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    /// Stops the process as SIGTERM would; it must finish cleanly.
    async fn stop(self) {
        self.stop.stop();
        tokio::time::timeout(Duration::from_secs(30), self.task)
            .await
            .expect("every platform stops")
            .unwrap()
            .unwrap();
    }
}

fn earnings(id: u64) -> Value {
    fake_discord::command(
        id,
        "earnings",
        &[("views", json!("1000000"))],
        "en-US",
        true,
    )
}

const TITLE: &str = "Estimate for 1,000,000 views";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_combination_of_modes_serves_every_platform() {
    for telegram in [Telegram::Polling, Telegram::Webhook] {
        for discord in [
            Discord::Gateway,
            Discord::Endpoint,
            Discord::Both,
            Discord::HttpOnly,
        ] {
            let process = Process::start(telegram, discord).await;
            let reply = process.telegram_asks(telegram, 1, 3001).await;
            assert!(
                reply.starts_with(&format!("<b>{TITLE}</b>")),
                "{telegram:?} {discord:?}"
            );
            if matches!(discord, Discord::Gateway | Discord::Both) {
                assert_eq!(
                    process.gateway_asks(11).await,
                    TITLE,
                    "{telegram:?} {discord:?}"
                );
            }
            if discord != Discord::Gateway {
                assert_eq!(
                    process.endpoint_asks(12).await,
                    TITLE,
                    "{telegram:?} {discord:?}"
                );
            }
            if discord == Discord::HttpOnly {
                let sessions = process.discord.lock().unwrap().identified.len();
                assert_eq!(sessions, 0, "no gateway session");
            }
            process.stop().await;
        }
    }
}

/// The first of December 2026 at 10:00 UTC: November's reminders were had, December's
/// are due.
fn first_of_december() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reminders_go_out_over_http_only_and_are_refused_where_no_token_could_send_them() {
    let setup = || Setup {
        clock: first_of_december(),
        reminded: vec!["6101"],
    };
    let (telegram, telegram_url) = fake_telegram::start().await;
    let process = Process::with(
        Telegram::Polling,
        Discord::HttpOnly,
        telegram,
        telegram_url,
        setup(),
    )
    .await;
    let dm = format!(
        "/api/v10/channels/{}/messages",
        fake_discord::dm_channel("6101")
    );
    let sent = fake_discord::wait_for(&process.discord, |f| {
        f.calls
            .iter()
            .find(|(m, p, _)| m == "POST" && *p == dm)
            .map(|(_, _, body)| body.to_string())
    })
    .await;
    assert!(
        sent.contains("C'est le début du mois : où en êtes-vous ?"),
        "{sent}"
    );
    let sessions = process.discord.lock().unwrap().identified.len();
    assert_eq!(sessions, 0, "sent without a gateway session");
    process.stop().await;

    // The public key alone: nothing could deliver a reminder, so none is promised.
    let (telegram, telegram_url) = fake_telegram::start().await;
    let process = Process::with(
        Telegram::Polling,
        Discord::Endpoint,
        telegram,
        telegram_url,
        setup(),
    )
    .await;
    let asked = fake_discord::command(
        41,
        "reminder",
        &[("frequency", json!("monthly"))],
        "en-US",
        false,
    );
    let answer = process.endpoint(asked).await.to_string();
    assert!(
        answer.contains("No monthly reminder here: as it is installed, this bot cannot write to you first on this platform."),
        "{answer}"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let calls = process.discord.lock().unwrap().calls.clone();
    assert!(
        !calls.iter().any(|(_, p, _)| p.contains("/channels/")),
        "no DM without a token: {calls:?}"
    );
    process.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_serves_while_telegram_cannot_be_reached_then_telegram_comes_up() {
    let (telegram, telegram_url) = fake_telegram::start().await;
    // Telegram refuses every connection for now.
    telegram.lock().unwrap().fail(
        "getMe",
        std::iter::repeat_n(fake_telegram::Fault::Drop, 10_000),
    );
    let process = Process::with(
        Telegram::Polling,
        Discord::Both,
        telegram,
        telegram_url,
        Setup::default(),
    )
    .await;
    // Telegram has failed to start, twice at least, and is still trying.
    eventually(|| (process.telegram.lock().unwrap().faulted("getMe").len() >= 2).then_some(()))
        .await;
    assert!(process.telegram.lock().unwrap().faulted("getMe").len() >= 2);
    assert_eq!(process.endpoint_asks(21).await, TITLE);
    assert_eq!(process.gateway_asks(22).await, TITLE);
    let (status, why) = process.get("/readyz").await;
    assert_eq!((status, why.as_str()), (503, "telegram: connecting\n"));
    assert_eq!(process.get("/healthz").await.0, 200, "alive all the same");
    // Telegram is back: the retries reach it, and its users are answered.
    process.telegram.lock().unwrap().faults.clear();
    let reply = process.telegram_asks(Telegram::Polling, 1, 3002).await;
    assert!(reply.starts_with(&format!("<b>{TITLE}</b>")));
    assert_eq!(process.get("/readyz").await, (200, "ready\n".to_owned()));
    process.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_telegram_token_stops_telegram_alone() {
    let (telegram, telegram_url) = fake_telegram::start().await;
    telegram
        .lock()
        .unwrap()
        .fail("getMe", [fake_telegram::Fault::Status(401, "Unauthorized")]);
    let process = Process::with(
        Telegram::Polling,
        Discord::Endpoint,
        telegram,
        telegram_url,
        Setup::default(),
    )
    .await;
    eventually(|| (!process.telegram.lock().unwrap().faulted("getMe").is_empty()).then_some(()))
        .await;
    // Tried once: a refused token will not be accepted by trying again. (Had it been
    // retried, the next getMe would have succeeded, and the process would stop without
    // the error checked below.)
    assert_eq!(process.endpoint_asks(31).await, TITLE);
    assert_eq!(process.telegram.lock().unwrap().faulted("getMe").len(), 1);
    let calls = process.telegram.lock().unwrap().calls.clone();
    assert!(calls.is_empty(), "nothing else sent to Telegram: {calls:?}");
    process.stop.stop();
    let stopped = tokio::time::timeout(Duration::from_secs(30), process.task)
        .await
        .expect("stops")
        .unwrap();
    let error = format!("{:#}", stopped.unwrap_err());
    assert!(error.starts_with("telegram"), "{error}");
    assert!(!error.contains(fake_telegram::TOKEN), "{error}");
}
