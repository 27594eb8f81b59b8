//! Discord end to end: the real serenity client against a fake Discord on 127.0.0.1 (a
//! WebSocket gateway and the REST routes), the HTTP interactions endpoint with requests
//! signed by a throwaway Ed25519 key, and Discord's rules on the generated commands.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_discord;
use testkit::process;
use testkit::saves;
use testkit::signing;
use testkit::streams;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use answers::Answers;
use discord::{DiscordConfig, commands, endpoint, gateway, register};
use ed25519_dalek::SigningKey;
use edge::Edge;
use edge::service::Service;
use edge::shutdown::{Shutdown, Trigger};
use fake_discord::{
    APP_ID, Fake, Fault, Shared, TOKEN, callback, command, dispatch, dispatch_message, from_member,
    user_message, wait_for,
};
use figures::Rates;
use serde_json::{Value, json};
use store::Store;
use values::Lang;

fn bot(dir: &tempfile::TempDir) -> Arc<Service> {
    let store = Store::new(&format!("sqlite://{}/dc.db", dir.path().display())).unwrap();
    Arc::new(Service::new(
        Answers::new(Rates::embedded().unwrap(), Lang::Fr),
        Some(store),
    ))
}

/// Answers that must come at once get all the time a debug build needs to draw a card;
/// the tests of deferral set a short threshold instead (see [`slow_bot`]).
const NO_DEFERRAL: Duration = Duration::from_secs(60);

/// How long the bot waits for one REST call in these tests.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

/// Under the slow bot's 3 s wait for its database, whatever the build.
const DEFER_QUICKLY: Duration = Duration::from_millis(300);

fn config(api_url: &str, public_key: Option<String>, defer_after: Duration) -> DiscordConfig {
    DiscordConfig {
        token: Some(TOKEN.to_owned()),
        public_key,
        api_url: Some(api_url.parse().unwrap()),
        defer_after,
        // Short, so a call the fake leaves hanging fails fast.
        request_timeout: REQUEST_TIMEOUT,
        ..DiscordConfig::default()
    }
}

/// The flags that make a reply visible to its asker alone.
const EPHEMERAL: u64 = 64;

fn flags(response: &Value) -> u64 {
    response["data"]["flags"].as_u64().unwrap_or(0)
}

fn embed_title(response: &Value) -> &str {
    response["data"]["embeds"][0]["title"]
        .as_str()
        .unwrap_or_default()
}

/// A bot whose database never answers (it accepts connections and says nothing), so
/// every reply waits for the store's 3 s timeout: longer than Discord lets us wait.
async fn slow_bot() -> Arc<Service> {
    let url = testkit::silent::database().await;
    Arc::new(Service::new(
        Answers::new(Rates::embedded().unwrap(), Lang::Fr),
        Some(Store::new(&url).unwrap()),
    ))
}

/// The body of the edit that replaced interaction `id`'s deferred response.
async fn edit(fake: &Shared, id: u64) -> Value {
    let path = format!("/api/v10/webhooks/{APP_ID}/itok-{id}/messages/@original");
    wait_for(fake, |f| {
        f.calls
            .iter()
            .find(|(m, p, _)| m == "PATCH" && *p == path)
            .map(|(_, _, body)| body.clone())
    })
    .await
}

struct Gateway {
    fake: Shared,
    stop: Option<Trigger>,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
    _dir: tempfile::TempDir,
}

impl Gateway {
    async fn start() -> Gateway {
        let dir = tempfile::tempdir().unwrap();
        let bot = bot(&dir);
        Gateway::with(bot, dir, NO_DEFERRAL).await
    }

    /// A gateway whose database never answers, deferring quickly.
    async fn slow() -> Gateway {
        let dir = tempfile::tempdir().unwrap();
        Gateway::with(slow_bot().await, dir, DEFER_QUICKLY).await
    }

    async fn with(bot: Arc<Service>, dir: tempfile::TempDir, defer_after: Duration) -> Gateway {
        let (fake, api_url) = fake_discord::start().await;
        let (stop, stopped) = Shutdown::manual();
        let config = config(&api_url, None, defer_after);
        let task = tokio::spawn(gateway::run(config, bot, Edge::default(), stopped));
        wait_for(&fake, |f| (!f.identified.is_empty()).then_some(())).await;
        Gateway {
            fake,
            stop: Some(stop),
            task,
            _dir: dir,
        }
    }

    async fn ask(&self, id: u64, interaction: Value) -> Value {
        dispatch(&self.fake, interaction);
        callback(&self.fake, id).await
    }

    async fn stop(mut self) {
        let violations = self.fake.lock().unwrap().violations.clone();
        assert!(
            violations.is_empty(),
            "Discord's rules broken: {violations:?}"
        );
        self.stop.take().unwrap().stop();
        tokio::time::timeout(std::time::Duration::from_secs(15), self.task)
            .await
            .expect("the gateway stops on shutdown")
            .unwrap()
            .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_answers_slash_commands_in_each_language() {
    let gw = Gateway::start().await;
    let identify = gw.fake.lock().unwrap().identified[0].clone();
    assert_eq!(identify["token"], format!("Bot {TOKEN}"));
    // GUILD_MESSAGES (1 << 9) and DIRECT_MESSAGES (1 << 12), never the privileged
    // MESSAGE_CONTENT (1 << 15).
    assert_eq!(identify["intents"], 512 + 4096);

    // A French client in a server: a public embed with the summary, its details a button
    // away.
    let fr = gw
        .ask(
            1,
            command(1, "earnings", &[("views", json!("1000000"))], "fr", true),
        )
        .await;
    assert_eq!(fr["type"], 4, "{fr}");
    assert_eq!(
        embed_title(&fr),
        "Estimation pour 1\u{202f}000\u{202f}000 vues"
    );
    assert_eq!(flags(&fr) & EPHEMERAL, 0);
    let description = fr["data"]["embeds"][0]["description"].as_str().unwrap();
    assert!(
        description.starts_with("Sur 30 jours : ≈ 350\u{a0}€ – 5\u{202f}300\u{a0}€ et plus"),
        "{fr}"
    );
    assert!(
        embed_title(&fr).chars().count() + description.chars().count() <= 700,
        "{fr}"
    );
    assert_eq!(fr["data"]["allowed_mentions"]["parse"], json!([]));
    let buttons = fr["data"]["components"][0]["components"]
        .as_array()
        .unwrap();
    let labels: Vec<&str> = buttons
        .iter()
        .map(|b| b["label"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["Détails", "Sources", "Et à 10\u{202f}000 abonnés ?"]
    );
    // Anyone in the channel may press: the details come to them alone, in their
    // language, within Discord's 3 s.
    let details = buttons[0]["custom_id"].as_str().unwrap();
    let pressed = gw
        .ask(11, fake_discord::press(11, details, "en-US", true))
        .await;
    assert_eq!(pressed["type"], 4, "{pressed}");
    assert_eq!(flags(&pressed) & EPHEMERAL, EPHEMERAL, "{pressed}");
    let fields = pressed["data"]["embeds"][0]["fields"].as_array().unwrap();
    let names: Vec<&str> = fields.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(
        names[0], "Creator Rewards Program",
        "in the presser's language"
    );
    assert_eq!(
        names.len(),
        streams::IN_FRENCH.len(),
        "one field per stream"
    );
    assert!(
        pressed["data"]["embeds"][0]["footer"]["text"]
            .as_str()
            .unwrap()
            .contains("Sources"),
        "{pressed}"
    );
    // A forged press: told plainly that the answer expired.
    let forged = gw
        .ask(12, fake_discord::press(12, "1d0,zz!", "fr", true))
        .await;
    assert_eq!(flags(&forged) & EPHEMERAL, EPHEMERAL, "{forged}");
    assert!(
        forged.to_string().contains("Cette réponse a expiré"),
        "{forged}"
    );

    assert!(
        fr.get("_files").is_none(),
        "no card in servers unless asked"
    );

    // An English client in a DM: the result card comes by default.
    let en = gw
        .ask(
            2,
            command(
                2,
                "earnings",
                &[("views", json!("1000000"))],
                "en-US",
                false,
            ),
        )
        .await;
    assert_eq!(embed_title(&en), "Estimate for 1,000,000 views");
    assert_eq!(en["_files"], 1, "{en}");

    // A German client in a French server: the server's locale decides.
    let de = gw
        .ask(
            3,
            command(3, "earnings", &[("views", json!("1M"))], "de", true),
        )
        .await;
    assert_eq!(
        embed_title(&de),
        "Estimation pour 1\u{202f}000\u{202f}000 vues"
    );

    // A bad value: a localized error only the asker sees.
    let bad = gw
        .ask(
            4,
            command(4, "earnings", &[("views", json!("beaucoup"))], "fr", true),
        )
        .await;
    assert_eq!(flags(&bad) & EPHEMERAL, EPHEMERAL, "{bad}");
    let text = bad.to_string();
    assert!(text.contains("beaucoup") && text.contains("vues"), "{bad}");

    // Saved stats are personal: ephemeral, even in a server.
    let saved = gw
        .ask(
            5,
            command(
                5,
                "profile",
                &[("followers", json!("12000")), ("card", json!(false))],
                "fr",
                true,
            ),
        )
        .await;
    assert_eq!(flags(&saved) & EPHEMERAL, EPHEMERAL, "{saved}");
    assert!(saved.to_string().contains("12\u{202f}000"), "{saved}");
    // ... and later commands use them.
    let used = gw
        .ask(
            6,
            command(6, "earnings", &[("views", json!("1M"))], "fr", true),
        )
        .await;
    assert!(used.to_string().contains("12\u{202f}000"), "{used}");

    // Autocomplete: countries named in the client's language.
    let focused = json!({"id": "3003", "name": "earnings", "type": 1, "options": [
        {"name": "country", "type": 3, "value": "alle", "focused": true}
    ]});
    let choices = gw
        .ask(7, fake_discord::interaction(7, 4, focused, "fr", true))
        .await;
    assert_eq!(choices["type"], 8, "{choices}");
    assert_eq!(
        choices["data"]["choices"][0],
        json!({"name": "Allemagne", "value": "DE"})
    );

    // The message menu answers a question in someone else's message.
    let menu = gw
        .ask(
            8,
            fake_discord::message_menu(8, "combien pour 1,5 M de vues ?", "fr"),
        )
        .await;
    assert_eq!(
        embed_title(&menu),
        "Estimation pour 1\u{202f}500\u{202f}000 vues",
        "{menu}"
    );

    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_waits_out_rate_limits_and_outlives_failures() {
    let gw = Gateway::start().await;
    // A reply Discord refuses, and an event serenity cannot read: logged, nothing stops.
    let mut refused = command(9, "earnings", &[("views", json!("1M"))], "fr", true);
    refused["token"] = json!("refused");
    dispatch(&gw.fake, refused);
    dispatch(&gw.fake, json!({"id": "10", "type": 2, "garbage": true}));
    wait_for(&gw.fake, |f| {
        f.calls
            .iter()
            .any(|(_, p, _)| p.contains("/refused/"))
            .then_some(())
    })
    .await;
    gw.fake
        .lock()
        .unwrap()
        .fail("callback", [Fault::RateLimited(0.05); 2]);
    let reply = gw
        .ask(
            1,
            command(
                1,
                "earnings",
                &[("views", json!("1000000"))],
                "en-GB",
                false,
            ),
        )
        .await;
    assert_eq!(embed_title(&reply), "Estimate for 1,000,000 views");
    assert_eq!(gw.fake.lock().unwrap().faulted("callback"), 2);
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_fault_on_a_discord_reply_is_retried_and_delivered_once() {
    let gw = Gateway::start().await;
    let mut faults = Fault::SERVER_ERRORS.to_vec();
    faults.extend([
        Fault::RateLimited(0.2),
        Fault::Drop,
        Fault::Hang(REQUEST_TIMEOUT + Duration::from_secs(1)),
    ]);
    for (i, &fault) in faults.iter().enumerate() {
        let id = 100 + i as u64;
        gw.fake.lock().unwrap().fail("callback", [fault]);
        let reply = gw
            .ask(
                id,
                command(id, "earnings", &[("views", json!("1000000"))], "fr", true),
            )
            .await;
        assert_eq!(
            embed_title(&reply),
            "Estimation pour 1\u{202f}000\u{202f}000 vues",
            "{fault:?}"
        );
        assert_eq!(gw.fake.lock().unwrap().faulted("callback"), i + 1);
    }
    // A message in a channel, after a dropped connection and a 502.
    gw.fake
        .lock()
        .unwrap()
        .fail("message", [Fault::Drop, Fault::Status(502)]);
    dispatch_message(
        &gw.fake,
        user_message(200, &format!("<@{APP_ID}> /aide"), true, true),
    );
    let posts = posted(&gw.fake, 1).await;
    assert_eq!(posts[0]["embeds"][0]["title"], "Aide", "{}", posts[0]);
    let calls = gw.fake.lock().unwrap().calls.clone();
    for i in 0..faults.len() {
        let prefix = format!("/api/v10/interactions/{}/", 100 + i);
        let answers = calls
            .iter()
            .filter(|(_, p, _)| p.starts_with(&prefix))
            .count();
        assert_eq!(answers, 1, "interaction {} answered once", 100 + i);
    }
    assert_eq!(posts.len(), 1, "the channel message posted once");
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_that_fails_after_the_save_arrives_once_and_the_save_is_made_once() {
    let gw = Gateway::start().await;
    let profile = |id: u64, followers: u64| {
        let followers = json!(followers.to_string());
        command(id, "profile", &[("followers", followers)], "fr", true)
    };
    // A first save creates the tables, then every later write to them is counted.
    gw.ask(1, profile(1, 1_000)).await;
    let saves = saves::Saves::watch(&gw._dir.path().join("dc.db")).await;
    // `Lost`: Discord has the response, the bot never hears so, tries again and is
    // told the interaction is already answered.
    let faults = [Fault::Status(500), Fault::Drop, Fault::Lost];
    for (i, &fault) in faults.iter().enumerate() {
        let id = 2 + i as u64;
        gw.fake.lock().unwrap().fail("callback", [fault]);
        let saved = gw.ask(id, profile(id, 2_000 + i as u64)).await;
        let shown = format!("2\u{202f}00{i}");
        assert!(saved.to_string().contains(&shown), "{fault:?}: {saved}");
    }
    // A mention whose answer is lost after Discord posted it: sent again with the same
    // nonce, it is not posted twice.
    gw.fake.lock().unwrap().fail("message", [Fault::Lost]);
    dispatch_message(
        &gw.fake,
        user_message(300, &format!("<@{APP_ID}> /aide"), true, true),
    );
    posted(&gw.fake, 1).await;
    let answered = |id: u64| {
        let fake = gw.fake.lock().unwrap();
        let prefix = format!("/api/v10/interactions/{id}/");
        fake.calls
            .iter()
            .filter(|(_, p, _)| p.starts_with(&prefix))
            .count()
    };
    // Both lost answers were sent again, and neither carried out twice.
    wait_for(&gw.fake, |f| (f.repeated == 2).then_some(())).await;
    // A reply longer than one message whose first response is lost still gets all of
    // its follow-ups: the 40060 of the retry says the response is there.
    gw.fake.lock().unwrap().fail("callback", [Fault::Lost]);
    let first = gw.ask(8, command(8, "sources", &[], "fr", true)).await;
    let (_, more) = every_source_shown(&gw.fake, 8, Some(first)).await;
    assert!(more > 0);
    // The next interaction is answered: nothing of the earlier ones is left to come.
    gw.ask(9, command(9, "help", &[], "fr", true)).await;
    for id in [2, 3, 4, 8] {
        assert_eq!(answered(id), 1, "interaction {id} answered once");
    }
    assert_eq!(
        posted(&gw.fake, 1).await.len(),
        1,
        "the mention answered once"
    );
    assert_eq!(
        saves.count().await,
        3,
        "one save per /profil, none per retry"
    );
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_resumes_after_a_close_or_a_drop_and_answers_what_came_meanwhile() {
    let gw = Gateway::start().await;
    let earnings = |id: u64| command(id, "earnings", &[("views", json!("1M"))], "en-US", false);
    // One interaction first: READY was dispatch 1, this is dispatch 2.
    let reply = gw.ask(1, earnings(1)).await;
    assert_eq!(embed_title(&reply), "Estimate for 1,000,000 views");
    let ends: [fn(&Shared); 2] = [|f| fake_discord::close(f, 4000), fake_discord::disconnect];
    for (i, end) in ends.iter().enumerate() {
        end(&gw.fake);
        // Sent while the shard is away: Discord replays it to the resumed session.
        let id = 2 + i as u64;
        let reply = gw.ask(id, earnings(id)).await;
        assert_eq!(embed_title(&reply), "Estimate for 1,000,000 views", "{i}");
    }
    {
        let fake = gw.fake.lock().unwrap();
        assert_eq!(fake.identified.len(), 1, "resumed, never identified again");
        assert_eq!(fake.resumes.len(), 2, "{:?}", fake.resumes);
        assert!(
            fake.resumes
                .iter()
                .all(|r| r["session_id"] == "fake-session")
        );
        assert_eq!(
            fake.resumes[0]["seq"], 2,
            "resumed from the last dispatch seen"
        );
    }
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_defers_when_the_database_is_slow_then_follows_up() {
    let gw = Gateway::slow().await;
    let deferred = gw
        .ask(
            1,
            command(1, "profile", &[("followers", json!("5000"))], "fr", true),
        )
        .await;
    assert_eq!(deferred["type"], 5, "{deferred}");
    assert_eq!(
        flags(&deferred) & EPHEMERAL,
        EPHEMERAL,
        "personal, deferred in private"
    );
    let answer = edit(&gw.fake, 1).await;
    assert!(
        answer.to_string().contains("Réessayez plus tard"),
        "the store's failure, explained: {answer}"
    );
    let public = gw
        .ask(
            2,
            command(2, "earnings", &[("views", json!("1M"))], "en-US", true),
        )
        .await;
    assert_eq!(public["type"], 5);
    assert_eq!(flags(&public) & EPHEMERAL, 0);
    let answer = edit(&gw.fake, 2).await;
    assert_eq!(answer["embeds"][0]["title"], "Estimate for 1,000,000 views");
    gw.stop().await;
}

#[tokio::test]
async fn register_puts_every_command_in_a_guild_or_globally() {
    let (fake, api_url) = fake_discord::start().await;
    let config = config(&api_url, None, NO_DEFERRAL);
    let count = register(&config, Some(4004)).await.unwrap();
    // 21 slash commands (every command but Telegram's /start) and the message menu.
    assert_eq!(count, 22);
    let names = serde_json::to_value(commands::all()).unwrap();
    assert!(
        names
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["name"] != "start"),
        "/start is Telegram's alone"
    );
    register(&config, None).await.unwrap();
    let calls = fake.lock().unwrap().calls.clone();
    let puts: Vec<&str> = calls
        .iter()
        .filter(|(m, _, _)| m == "PUT")
        .map(|(_, p, _)| p.as_str())
        .collect();
    assert_eq!(
        puts,
        [
            format!("/api/v10/applications/{APP_ID}/guilds/4004/commands"),
            format!("/api/v10/applications/{APP_ID}/commands"),
        ]
    );
}

/// Discord's limits on the generated commands, checked on the payload itself.
#[test]
fn generated_commands_follow_discords_rules() {
    let payload = serde_json::to_value(commands::all()).unwrap();
    assert_eq!(fake_discord::broken_commands(&payload), None);
    let commands = payload.as_array().unwrap();
    for command in commands {
        for locale in ["fr", "en-US", "en-GB"] {
            assert!(
                command["name_localizations"][locale].is_string(),
                "{} lacks a {locale} name",
                command["name"]
            );
        }
        if command["name"] == "settings" {
            // A server's settings: offered to those with Manage Server (1 << 5), in
            // servers alone.
            assert_eq!(command["default_member_permissions"], "32");
            assert_eq!(command["integration_types"], json!([0]));
            assert_eq!(command["contexts"], json!([0]));
        } else {
            assert!(command["default_member_permissions"].is_null());
            assert_eq!(command["integration_types"], json!([0, 1]));
            assert_eq!(command["contexts"], json!([0, 1, 2]));
        }
    }
    let fr = |name: &str| {
        commands
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .clone()
    };
    let gains = fr("earnings");
    assert_eq!(gains["name_localizations"]["fr"], "gains");
    assert_eq!(gains["options"][0]["name_localizations"]["fr"], "vues");
    assert_eq!(gains["options"][0]["name_localizations"]["en-GB"], "views");
    let menu = commands.iter().find(|c| c["type"] == 3).unwrap();
    assert_eq!(menu["name_localizations"]["fr"], "Estimer les gains");
}

// The HTTP interactions endpoint.

struct Endpoint {
    fake: Shared,
    url: String,
    key: SigningKey,
    client: reqwest::Client,
    _dir: tempfile::TempDir,
}

impl Endpoint {
    async fn start() -> Endpoint {
        let dir = tempfile::tempdir().unwrap();
        let bot = bot(&dir);
        Endpoint::with(bot, dir, NO_DEFERRAL).await
    }

    async fn with(bot: Arc<Service>, dir: tempfile::TempDir, defer_after: Duration) -> Endpoint {
        let key = signing::key(7);
        let public = signing::public_hex(&key);
        let (fake, api_url) = fake_discord::start().await;
        let router = endpoint::router(
            &config(&api_url, Some(public), defer_after),
            bot,
            Edge::default(),
        )
        .unwrap();
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}{}", tcp.local_addr().unwrap(), endpoint::PATH);
        tokio::spawn(async move { axum::serve(tcp, router).await });
        Endpoint {
            fake,
            url,
            key,
            client: reqwest::Client::new(),
            _dir: dir,
        }
    }

    fn sign(&self, timestamp: &str, body: &str) -> String {
        signing::signature(&self.key, timestamp, body)
    }

    /// The endpoint's status and response, which must hold to Discord's rules and its 3 s.
    async fn post(&self, body: &str, signature: &str, timestamp: &str) -> (u16, Value) {
        let asked = std::time::Instant::now();
        let response = self
            .client
            .post(&self.url)
            .header("X-Signature-Ed25519", signature)
            .header("X-Signature-Timestamp", timestamp)
            .header("content-type", "application/json")
            .body(body.to_owned())
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let answer = response.json().await.unwrap_or(Value::Null);
        if status == 200 {
            let broken = fake_discord::broken_response(&answer, asked.elapsed());
            assert_eq!(broken, None, "{answer}");
        }
        (status, answer)
    }

    async fn signed(&self, interaction: &Value) -> (u16, Value) {
        let body = interaction.to_string();
        let now = now();
        self.post(&body, &self.sign(&now, &body), &now).await
    }
}

fn now() -> String {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .to_string()
}

#[tokio::test]
async fn endpoint_verifies_signatures_and_answers_in_each_language() {
    let endpoint = Endpoint::start().await;
    let ping = json!({"id": "1", "application_id": APP_ID, "type": 1, "token": "t", "version": 1});
    assert_eq!(
        endpoint.signed(&ping).await,
        (200, json!({"type": 1, "data": null}))
    );

    let (status, fr) = endpoint
        .signed(&command(
            2,
            "earnings",
            &[("views", json!("1000000"))],
            "fr",
            true,
        ))
        .await;
    assert_eq!(status, 200);
    assert_eq!(fr["type"], 4);
    assert_eq!(
        embed_title(&fr),
        "Estimation pour 1\u{202f}000\u{202f}000 vues"
    );
    let (_, en) = endpoint
        .signed(&command(
            3,
            "earnings",
            &[("views", json!("1000000"))],
            "en-US",
            true,
        ))
        .await;
    assert_eq!(embed_title(&en), "Estimate for 1,000,000 views");
    let (_, bad) = endpoint
        .signed(&command(
            4,
            "earnings",
            &[("views", json!("-5"))],
            "en-GB",
            false,
        ))
        .await;
    assert_eq!(flags(&bad) & EPHEMERAL, EPHEMERAL, "{bad}");
    assert!(bad.to_string().contains("views"), "{bad}");

    // Tampered body, wrong key, stale or missing timestamp: 401, nothing answered.
    let body = ping.to_string();
    let now = now();
    let good = endpoint.sign(&now, &body);
    let tampered = body.replace("\"t\"", "\"u\"");
    assert_eq!(endpoint.post(&tampered, &good, &now).await.0, 401);
    let stale = (now.parse::<u64>().unwrap() - 301).to_string();
    assert_eq!(
        endpoint
            .post(&body, &endpoint.sign(&stale, &body), &stale)
            .await
            .0,
        401
    );
    let forged = signing::signature(&signing::key(9), &now, &body);
    assert_eq!(endpoint.post(&body, &forged, &now).await.0, 401);
    let missing = endpoint
        .client
        .post(&endpoint.url)
        .body(body.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status().as_u16(), 401);
    assert_eq!(endpoint.post(&body, "zz", &now).await.0, 401);
}

/// Every source's address in `rates/sources.toml`, read from the file.
fn source_urls() -> Vec<String> {
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rates/sources.toml"))
        .unwrap();
    file.lines()
        .filter_map(|l| l.strip_prefix("url = \""))
        .map(|l| l.trim_end_matches('"').to_owned())
        .collect()
}

/// The text of a message body as a reader sees it (embeds included), unescaped.
fn shown(body: &Value) -> String {
    let data = if body["data"].is_object() {
        &body["data"]
    } else {
        body
    };
    data.to_string().replace("\\\\", "")
}

/// The follow-ups sent for interaction `id` (its token is `itok-{id}`).
fn follow_ups(fake: &Fake, id: u64) -> Vec<Value> {
    let suffix = format!("/itok-{id}");
    fake.calls
        .iter()
        .filter(|(m, p, _)| m == "POST" && p.contains("/webhooks/") && p.ends_with(&suffix))
        .map(|(_, _, body)| body.clone())
        .collect()
}

/// Everything shown for interaction `id`, once every source's address is in it: its
/// first message (`first`, or the edit of its deferral) and its follow-ups.
async fn every_source_shown(fake: &Shared, id: u64, first: Option<Value>) -> (String, usize) {
    let urls = source_urls();
    assert!(urls.len() >= 20, "{urls:?}");
    wait_for(fake, |f| {
        let first = first.clone().or_else(|| {
            f.calls
                .iter()
                .find(|(m, p, _)| m == "PATCH" && p.contains(&format!("itok-{id}")))
                .map(|(_, _, b)| b.clone())
        })?;
        let more = follow_ups(f, id);
        let mut text = shown(&first);
        for message in &more {
            text.push_str(&shown(message));
        }
        urls.iter()
            .all(|u| text.contains(u.as_str()))
            .then_some((text, more.len()))
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_names_every_source_in_messages_within_the_limits() {
    let gw = Gateway::start().await;
    let first = gw.ask(7, command(7, "sources", &[], "fr", true)).await;
    let (_, more) = every_source_shown(&gw.fake, 7, Some(first)).await;
    assert!(more > 0, "more than one message");
    gw.stop().await;

    let endpoint = Endpoint::start().await;
    let (status, deferred) = endpoint
        .signed(&command(8, "sources", &[], "en-US", true))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        deferred["type"], 5,
        "follow-ups need the response first: {deferred}"
    );
    let (_, more) = every_source_shown(&endpoint.fake, 8, None).await;
    assert!(more > 0);
    let violations = endpoint.fake.lock().unwrap().violations.clone();
    assert!(violations.is_empty(), "{violations:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_is_a_json_attachment_that_parses() {
    let gw = Gateway::start().await;
    gw.ask(
        20,
        command(
            20,
            "profile",
            &[("followers", json!("4321"))],
            "en-US",
            false,
        ),
    )
    .await;
    let export = gw.ask(21, command(21, "export", &[], "en-US", false)).await;
    assert_eq!(flags(&export) & EPHEMERAL, EPHEMERAL, "personal: {export}");
    let text = export["_file_texts"]["gainsbot-export.json"]
        .as_str()
        .unwrap_or_else(|| panic!("attached: {export}"));
    let json: Value = serde_json::from_str(text).unwrap();
    assert_eq!(json["profile"]["followers"], 4321);
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_is_refused_at_the_door_with_an_ephemeral_notice_for_each_interaction() {
    // The defaults: a burst of 10, then one every 6 s; Discord wants an answer to every
    // interaction, so each refused one gets the notice, only its sender sees it.
    let endpoint = Endpoint::start().await;
    let mut answered = 0;
    let mut notices = 0;
    for id in 0..15 {
        let (status, response) = endpoint
            .signed(&command(
                100 + id,
                "earnings",
                &[("views", json!("1000000"))],
                "fr",
                true,
            ))
            .await;
        assert_eq!(status, 200);
        assert_eq!(
            response["type"], 4,
            "every interaction answered: {response}"
        );
        if response.to_string().contains("réessayez dans") {
            assert_eq!(flags(&response) & EPHEMERAL, EPHEMERAL, "{response}");
            notices += 1;
        } else {
            assert_eq!(
                embed_title(&response),
                "Estimation pour 1\u{202f}000\u{202f}000 vues"
            );
            answered += 1;
        }
    }
    assert_eq!((answered, notices), (10, 5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn endpoint_defers_slow_answers_and_pictures_then_follows_up() {
    let endpoint = Endpoint::with(
        slow_bot().await,
        tempfile::tempdir().unwrap(),
        DEFER_QUICKLY,
    )
    .await;
    let (status, deferred) = endpoint
        .signed(&command(
            1,
            "earnings",
            &[("views", json!("1M"))],
            "fr",
            true,
        ))
        .await;
    assert_eq!((status, deferred["type"].as_u64()), (200, Some(5)));
    let answer = edit(&endpoint.fake, 1).await;
    assert_eq!(
        answer["embeds"][0]["title"],
        "Estimation pour 1\u{202f}000\u{202f}000 vues"
    );

    // A result card cannot travel in the JSON response: it follows as an attachment.
    let endpoint = Endpoint::start().await;
    let (_, deferred) = endpoint
        .signed(&command(
            2,
            "earnings",
            &[("views", json!("1M")), ("card", json!(true))],
            "en-US",
            false,
        ))
        .await;
    assert_eq!(deferred["type"], 5);
    let answer = edit(&endpoint.fake, 2).await;
    assert_eq!(answer["_files"], 1, "{answer}");
    assert_eq!(
        answer["embeds"][0]["image"]["url"],
        "attachment://gainsbot.png"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gateway_attaches_result_cards() {
    let gw = Gateway::start().await;
    let reply = gw
        .ask(
            1,
            command(
                1,
                "projection",
                &[
                    ("views", json!("100k")),
                    ("growth", json!("10")),
                    ("card", json!(true)),
                ],
                "fr",
                false,
            ),
        )
        .await;
    assert_eq!(reply["type"], 4, "{reply}");
    assert_eq!(
        reply["data"]["embeds"][0]["image"]["url"],
        "attachment://gainsbot.png"
    );
    assert_eq!(reply["_files"], 1, "{reply}");
    gw.stop().await;
}

/// The shipped binary, configured only by the environment: the gateway and the endpoint
/// in one process, stopped by SIGTERM, with neither secret in its logs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_both_modes_and_never_logs_its_secrets() {
    let (fake, api_url) = fake_discord::start().await;
    let template = Endpoint::start().await;
    let public = signing::public_hex(&template.key);
    let dir = tempfile::tempdir().unwrap();
    let running = process::spawn(
        process::gainsbot(dir.path())
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_PUBLIC_KEY", &public)
            .env("DISCORD_API_URL", &api_url),
    );
    let addr = running.http_addr().await;

    wait_for(&fake, |f| (!f.identified.is_empty()).then_some(())).await;
    dispatch(
        &fake,
        command(1, "earnings", &[("views", json!("1000000"))], "fr", true),
    );
    assert_eq!(
        embed_title(&callback(&fake, 1).await),
        "Estimation pour 1\u{202f}000\u{202f}000 vues"
    );

    let endpoint = Endpoint {
        url: format!("http://{addr}{}", endpoint::PATH),
        ..template
    };
    let interaction = command(2, "earnings", &[("views", json!("1000000"))], "en-US", true);
    let (status, answer) = endpoint.signed(&interaction).await;
    assert_eq!(status, 200);
    assert_eq!(embed_title(&answer), "Estimate for 1,000,000 views");

    let (status, logs) = running.terminate().await;
    assert!(status.success(), "{logs}");
    assert!(logs.contains("discord"), "debug logs were written: {logs}");
    assert!(!logs.contains(TOKEN), "the token leaked into the logs");
    assert!(
        !logs.contains(&public),
        "the public key leaked into the logs"
    );
}

/// The messages the bot posted in channel 5005, once `count` have arrived.
async fn posted(fake: &Shared, count: usize) -> Vec<Value> {
    wait_for(fake, |f| {
        let posts: Vec<Value> = f
            .calls
            .iter()
            .filter(|(m, p, _)| m == "POST" && p == "/api/v10/channels/5005/messages")
            .map(|(_, _, body)| body.clone())
            .collect();
        (posts.len() >= count).then_some(posts)
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_in_a_server_is_answered_in_place_without_a_ping() {
    let gw = Gateway::start().await;
    let identify = gw.fake.lock().unwrap().identified[0].clone();
    assert_eq!(
        identify["intents"].as_u64().unwrap() & (1 << 15),
        0,
        "no message-content intent"
    );

    // Chatter that does not mention the bot, then a question that does.
    dispatch_message(
        &gw.fake,
        user_message(11, "combien pour 1,5 M de vues ?", true, false),
    );
    dispatch_message(
        &gw.fake,
        user_message(
            12,
            &format!("<@{APP_ID}> combien pour 1,5 M de vues ?"),
            true,
            true,
        ),
    );
    let posts = posted(&gw.fake, 1).await;
    assert_eq!(posts.len(), 1, "only the mention is answered: {posts:?}");
    let answer = &posts[0];
    assert_eq!(answer["message_reference"]["message_id"], "12");
    assert_eq!(answer["allowed_mentions"]["parse"], json!([]));
    assert_eq!(answer["allowed_mentions"]["replied_user"], false);
    assert_eq!(
        answer["embeds"][0]["title"],
        "Estimation pour 1\u{202f}500\u{202f}000 vues"
    );
    assert!(
        answer["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .starts_with("Compris : 1\u{202f}500\u{202f}000 vues"),
        "{answer}"
    );

    // A personal command in a channel: "ask me in private", never the data.
    dispatch_message(
        &gw.fake,
        user_message(13, &format!("<@{APP_ID}> /stats"), true, true),
    );
    let posts = posted(&gw.fake, 2).await;
    assert_eq!(
        posts[1]["content"],
        "**En privé, s'il vous plaît**\nCette commande montre vos données personnelles : écrivez-la-moi en privé."
    );

    // In a DM, any message is for the bot, and the English question gets English.
    dispatch_message(
        &gw.fake,
        user_message(14, "how much for 2M views in the UK", false, false),
    );
    let posts = posted(&gw.fake, 3).await;
    assert_eq!(
        posts[2]["embeds"][0]["title"],
        "Estimate for 2,000,000 views"
    );
    assert_eq!(posts[2]["message_reference"]["message_id"], "14");
    gw.stop().await;
}

/// `DISCORD_SHARDS` as a deploy sets it: the binary runs exactly its shards.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_runs_the_shards_it_is_given() {
    let (fake, api_url) = fake_discord::start().await;
    let dir = tempfile::tempdir().unwrap();
    let running = process::spawn(
        process::gainsbot(dir.path())
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_API_URL", &api_url)
            .env("DISCORD_SHARDS", "1-2/4"),
    );
    let mut shards = wait_for(&fake, |f| {
        (f.identified.len() >= 2).then(|| {
            f.identified
                .iter()
                .map(|d| d["shard"].clone())
                .collect::<Vec<_>>()
        })
    })
    .await;
    shards.sort_by_key(|s| s[0].as_u64());
    assert_eq!(shards, [json!([1, 4]), json!([2, 4])]);
    let (status, logs) = running.terminate().await;
    assert!(status.success(), "{logs}");
    assert_eq!(fake.lock().unwrap().identified.len(), 2, "no other shard");
}

/// `gainsbot discord register --guild ID`, as a deploy runs it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_register_command_puts_every_command_in_the_guild() {
    let (fake, api_url) = fake_discord::start().await;
    let dir = tempfile::tempdir().unwrap();
    let out = process::gainsbot(dir.path())
        .args(["discord", "register", "--guild", "4004"])
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", &api_url)
        .stdout(std::process::Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let calls = fake.lock().unwrap().calls.clone();
    let puts: Vec<&Value> = calls
        .iter()
        .filter(|(m, p, _)| {
            m == "PUT" && *p == format!("/api/v10/applications/{APP_ID}/guilds/4004/commands")
        })
        .map(|(_, _, body)| body)
        .collect();
    assert_eq!(puts.len(), 1, "{calls:?}");
    assert_eq!(
        puts[0].as_array().unwrap().len(),
        22,
        "21 commands and the menu"
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains(TOKEN));
}

#[test]
fn the_fake_refuses_what_discord_refuses_by_rule_and_by_its_openapi_description() {
    let ok = json!({
        "content": "", "allowed_mentions": {"parse": []},
        "embeds": [{"title": "Aide", "description": "x", "color": 2487534}],
        "components": [{"type": 1, "components": [
            {"type": 2, "style": 2, "label": "Sources", "custom_id": "1s0"}
        ]}],
        "attachments": [{"id": 0, "filename": "gainsbot.png"}]
    });
    assert_eq!(fake_discord::broken_rule(&ok, 1), None);
    assert_eq!(fake_discord::off_spec("message", &ok), None);
    let broken = |path: &str, value: Value| {
        let mut payload = ok.clone();
        *payload.pointer_mut(path).unwrap() = value;
        payload
    };
    // Rules written from the developer docs, each refused by name.
    for (path, value, rule) in [
        ("/content", json!("é".repeat(2001)), "content ≤ 2000"),
        (
            "/embeds/0/title",
            json!("é".repeat(257)),
            "embed title ≤ 256",
        ),
        (
            "/components/0/components/0/custom_id",
            json!(""),
            "custom_id 1-100",
        ),
        (
            "/allowed_mentions/parse",
            json!(["users"]),
            "allowed_mentions ping nobody",
        ),
    ] {
        assert_eq!(
            fake_discord::broken_rule(&broken(path, value), 1),
            Some(rule)
        );
    }
    assert_eq!(
        fake_discord::broken_rule(&ok, 2),
        Some("files listed in attachments")
    );
    let empty = json!({"content": "", "allowed_mentions": {"parse": []}});
    assert_eq!(
        fake_discord::broken_rule(&empty, 0),
        Some("no empty message")
    );
    let mut twice = ok.clone();
    let button = twice["components"][0]["components"][0].clone();
    twice["components"][0]["components"]
        .as_array_mut()
        .unwrap()
        .push(button);
    assert_eq!(
        fake_discord::broken_rule(&twice, 1),
        Some("custom_id unique in a message")
    );
    // The endpoint's response: the same rules, and Discord's 3 s.
    let answer = json!({"type": 4, "data": ok.clone()});
    assert_eq!(
        fake_discord::broken_response(&answer, Duration::from_millis(2900)),
        None
    );
    assert!(
        fake_discord::broken_response(&answer, Duration::from_millis(3100))
            .is_some_and(|rule| rule.contains("within 3 s"))
    );
    let answer = json!({"type": 4, "data": empty});
    assert_eq!(
        fake_discord::broken_response(&answer, Duration::ZERO).as_deref(),
        Some("endpoint: no empty message")
    );
    // Commands to register: what the bot registers passes; each rule broken is named.
    let commands = serde_json::to_value(commands::all()).unwrap();
    assert_eq!(fake_discord::broken_commands(&commands), None);
    for (path, value, rule) in [
        ("/0/name", json!("Gains"), "command name"),
        ("/0/description", json!(""), "description 1-100"),
        (
            "/0/name_localizations/fr-FR",
            json!("gains"),
            "Discord's locales",
        ),
        ("/0/options/1/name", json!("views"), "twice"),
        (
            "/0/options/0/description",
            json!("é".repeat(101)),
            "option description",
        ),
    ] {
        let mut broken = commands.clone();
        match broken.pointer_mut(path) {
            Some(at) => *at = value,
            None => {
                let (parent, key) = path.rsplit_once('/').unwrap();
                broken.pointer_mut(parent).unwrap()[key] = value;
            }
        }
        let said = fake_discord::broken_commands(&broken);
        assert!(
            said.as_deref().is_some_and(|s| s.contains(rule)),
            "{path}: {said:?}"
        );
    }
    // What only the OpenAPI description says: a colour is a 24-bit RGB integer, a
    // label a string, a button has a known style.
    for (path, value) in [
        ("/embeds/0/color", json!(16_777_216)),
        ("/components/0/components/0/label", json!(5)),
        ("/attachments/0/id", json!("zero")),
    ] {
        // Under a `oneOf` the error names the part no variant accepts.
        let error = fake_discord::off_spec("message", &broken(path, value));
        let at = error
            .as_deref()
            .and_then(|e| e.split(" at ").nth(1)?.split(':').next());
        assert!(
            at.is_some_and(|at| path.starts_with(at)),
            "{path}: {error:?}"
        );
    }
    // A deferral is a callback of its own kind; an unknown kind is not.
    assert_eq!(
        fake_discord::off_spec("callback", &json!({"type": 5})),
        None
    );
    assert!(fake_discord::off_spec("callback", &json!({"type": 3})).is_some());
}

/// Server 4004, where member 7007 may manage the server and member 6006 may not;
/// server 4005, where nobody set anything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_servers_managers_choose_its_settings_and_its_members_get_them() {
    let gw = Gateway::start().await;
    const MANAGE_GUILD: &str = "32";
    let settings = |id, options: &[(&str, Value)], user, rights, locale| {
        let asked = command(id, "settings", options, locale, true);
        from_member(asked, "4004", user, rights)
    };
    // A reply of a few lines is a message's content; an estimate is an embed.
    let description = |response: &Value| {
        let data = &response["data"];
        data["content"]
            .as_str()
            .or(data["embeds"][0]["description"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let change = [("currency", json!("CHF")), ("language", json!("fr"))];

    // A member without the right: refused in their language, nothing changed.
    let refused = gw.ask(1, settings(1, &change, "6006", "0", "en-US")).await;
    assert_eq!(
        refused["data"]["content"],
        "**Settings of this server or group**\nOnly the server's or group's admins can change these settings: nothing changed.",
        "{refused}"
    );
    assert_eq!(
        flags(&refused) & EPHEMERAL,
        EPHEMERAL,
        "a refusal is the asker's alone"
    );
    let shown = gw.ask(2, settings(2, &[], "6006", "0", "en-US")).await;
    assert!(
        description(&shown).starts_with(
            "**Settings of this server or group**\nNothing set: everyone has their own."
        ),
        "{shown}"
    );

    // A member who manages the server can.
    let saved = gw
        .ask(3, settings(3, &change, "7007", MANAGE_GUILD, "fr"))
        .await;
    assert!(
        description(&saved).starts_with("**Réglages enregistrés**"),
        "{saved}"
    );
    assert!(
        description(&saved).contains("Devise : CHF (francs suisses)"),
        "{saved}"
    );

    // A member's estimate there is in French and in francs, though their client is in
    // English.
    let gains = |id, guild| {
        let asked = command(
            id,
            "earnings",
            &[("views", json!("1000000"))],
            "en-US",
            true,
        );
        from_member(asked, guild, "6006", "0")
    };
    let there = gw.ask(4, gains(4, "4004")).await;
    assert_eq!(
        embed_title(&there),
        "Estimation pour 1\u{202f}000\u{202f}000 vues"
    );
    assert!(
        description(&there)
            .starts_with("D'après les réglages de ce serveur ou groupe : en francs suisses."),
        "{there}"
    );
    assert!(description(&there).contains("CHF"), "{there}");

    // Another server has its own settings (none).
    let elsewhere = gw.ask(5, gains(5, "4005")).await;
    assert_eq!(embed_title(&elsewhere), "Estimate for 1,000,000 views");
    assert!(!description(&elsewhere).contains("CHF"), "{elsewhere}");

    // The member's own saved language wins over the server's, for them alone.
    let language = command(6, "language", &[("language", json!("en"))], "en-US", false);
    gw.ask(6, language).await;
    let own = gw.ask(7, gains(7, "4004")).await;
    assert_eq!(embed_title(&own), "Estimate for 1,000,000 views");
    assert!(description(&own).contains("CHF"), "{own}");
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unclear_question_in_a_dm_is_asked_back_and_a_press_answers_it() {
    let gw = Gateway::start().await;
    dispatch_message(&gw.fake, user_message(21, "j'ai 900 000", false, false));
    let posts = posted(&gw.fake, 1).await;
    let asked = &posts[0];
    assert_eq!(asked["message_reference"]["message_id"], "21");
    assert!(
        asked["content"].as_str().unwrap().starts_with(
            "**Vous voulez dire… ?**\nJe peux lire « j'ai 900 000 » de plusieurs façons."
        ),
        "{asked}"
    );
    let buttons = asked["components"][0]["components"].as_array().unwrap();
    let labels: Vec<&str> = buttons
        .iter()
        .map(|b| b["label"].as_str().unwrap())
        .collect();
    assert!((2..=3).contains(&labels.len()), "{labels:?}");
    let gains = buttons
        .iter()
        .find(|b| {
            b["label"]
                .as_str()
                .unwrap()
                .starts_with("Estimer mes gains")
        })
        .unwrap_or_else(|| panic!("an estimate among {labels:?}"));
    // Pressed from a client in English: the estimate named, in English, within 3 s.
    let pressed = gw
        .ask(
            22,
            fake_discord::press(22, gains["custom_id"].as_str().unwrap(), "en-US", false),
        )
        .await;
    assert_eq!(pressed["type"], 4, "{pressed}");
    assert_eq!(
        pressed["data"]["embeds"][0]["title"], "Your TikTok earnings estimate",
        "the reading pressed, in the presser's language: {pressed}"
    );
    gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn where_a_servers_managers_turn_it_on_a_sure_question_is_answered_unprompted() {
    let dir = tempfile::tempdir().unwrap();
    let bot = bot(&dir);
    let gw = Gateway::with(bot.clone(), tempfile::tempdir().unwrap(), NO_DEFERRAL).await;
    assert_eq!(
        gw.fake.lock().unwrap().identified[0]["intents"],
        512 + 4096,
        "no server answers unprompted: no message-content intent"
    );
    let on = command(1, "settings", &[("answers", json!("oui"))], "fr", true);
    let saved = gw
        .ask(1, fake_discord::from_member(on, "4004", "7007", "32"))
        .await;
    assert!(
        saved
            .to_string()
            .contains("Réponses sans mention : dans ce salon"),
        "{saved}"
    );
    gw.stop().await;

    // The next connection asks for the intent; in the channel chosen, thanks and an
    // unclear question are left alone, a sure question is answered in place.
    let gw = Gateway::with(bot, tempfile::tempdir().unwrap(), NO_DEFERRAL).await;
    assert_eq!(
        gw.fake.lock().unwrap().identified[0]["intents"],
        512 + 4096 + (1 << 15)
    );
    dispatch_message(&gw.fake, user_message(31, "merci !", true, false));
    dispatch_message(&gw.fake, user_message(32, "j'ai 900 000", true, false));
    dispatch_message(
        &gw.fake,
        user_message(33, "combien pour 1,5 M de vues ?", true, false),
    );
    let posts = posted(&gw.fake, 1).await;
    assert_eq!(posts.len(), 1, "{posts:?}");
    assert_eq!(posts[0]["message_reference"]["message_id"], "33");
    assert_eq!(
        posts[0]["embeds"][0]["title"],
        "Estimation pour 1\u{202f}500\u{202f}000 vues"
    );
    gw.stop().await;
}

/// `/eligibilite` for a creator of 19 with 8 000 followers and 150 000 views in `country`.
fn eligibility(id: u64, country: &str, locale: &str) -> Value {
    let options = [
        ("followers", json!("8000")),
        ("views", json!("150000")),
        ("country", json!(country)),
        ("age", json!("19")),
    ];
    command(id, "eligibility", &options, locale, true)
}

/// What `/gains` and `/eligibilite` put on the wire, as serenity sends it to Discord (the
/// interaction response: embed, flags, buttons and their custom ids, allowed mentions),
/// kept in `tests/golden/`: a change to the rendering is read as a diff before it ships.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_gains_and_eligibility_send_matches_the_golden_files() {
    let gw = Gateway::start().await;
    let cases = [
        (
            "discord-gains.fr",
            command(1, "earnings", &[("views", json!("1000000"))], "fr", true),
        ),
        (
            "discord-gains-dm.en",
            command(
                2,
                "earnings",
                &[("views", json!("1000000"))],
                "en-US",
                false,
            ),
        ),
        ("discord-eligibility.fr", eligibility(3, "FR", "fr")),
        ("discord-eligibility.en", eligibility(4, "GB", "en-GB")),
    ];
    let _in_golden = testkit::golden::settings().bind_to_scope();
    for (n, (name, interaction)) in cases.into_iter().enumerate() {
        let asked = interaction["data"].clone();
        let answer = gw.ask(n as u64 + 1, interaction).await;
        insta::assert_snapshot!(
            name,
            format!(
                "> {asked}\n{}",
                serde_json::to_string_pretty(&answer).unwrap()
            )
        );
    }
    gw.stop().await;
}

/// An interaction's token lasts 15 minutes, and an upload has its size limit: a test of
/// the fake, each broken on purpose and refused as Discord refuses it.
#[tokio::test]
async fn the_fake_refuses_late_follow_ups_and_large_uploads() {
    let (fake, api_url) = fake_discord::start().await;
    {
        let mut fake = fake.lock().unwrap();
        fake.token_lifetime = Some(Duration::from_millis(1));
        fake.sent_at.insert("77".into(), std::time::Instant::now());
        fake.answered.push("77".into());
    }
    tokio::time::sleep(Duration::from_millis(20)).await;
    let client = reqwest::Client::new();
    let message = json!({"content": "late", "allowed_mentions": {"parse": []}});
    let late = client
        .patch(format!(
            "{api_url}/api/v10/webhooks/{APP_ID}/itok-77/messages/@original"
        ))
        .json(&message)
        .send()
        .await
        .unwrap();
    assert_eq!(late.status().as_u16(), 401);
    let said: Value = late.json().await.unwrap();
    assert_eq!(said["code"], 50027, "{said}");
    let big = format!(
        r#"{{"content": "big", "allowed_mentions": {{"parse": []}}, "x": "{}"}}"#,
        "x".repeat(9 * 1024 * 1024)
    );
    let large = client
        .post(format!(
            "{api_url}/api/v10/interactions/78/itok-78/callback"
        ))
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(large.status().as_u16(), 413);
    let said: Value = large.json().await.unwrap();
    assert_eq!(said["code"], 40005, "{said}");
    let violations = fake.lock().unwrap().violations.clone();
    assert_eq!(violations.len(), 2, "each named: {violations:?}");
}

/// Stopping the gateway (SIGTERM) takes no new interaction but lets a reply in flight
/// finish: one that waits 3 s on a silent database is deferred, then delivered, and only
/// then does the gateway stop.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_lets_the_replies_in_flight_finish() {
    let gw = Gateway::slow().await;
    let deferred = gw
        .ask(
            1,
            command(1, "earnings", &[("views", json!("1M"))], "en-US", true),
        )
        .await;
    assert_eq!(deferred["type"], 5, "{deferred}");
    let edited = format!("/api/v10/webhooks/{APP_ID}/itok-1/messages/@original");
    let delivered = |fake: &Shared| {
        let fake = fake.lock().unwrap();
        fake.calls
            .iter()
            .any(|(m, p, _)| m == "PATCH" && *p == edited)
    };
    assert!(!delivered(&gw.fake), "still waiting on the database");
    let fake = gw.fake.clone();
    gw.stop().await;
    assert!(delivered(&fake), "delivered before the gateway stopped");
}

/// A response is as public or private as its deferral: an answer for the asker alone
/// (here an error, known once the slow database gave up) after a public deferral goes
/// as a private follow-up, and the public placeholder is deleted rather than edited.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_answer_after_a_public_deferral_is_a_private_follow_up() {
    let gw = Gateway::slow().await;
    let deferred = gw
        .ask(
            1,
            command(1, "earnings", &[("views", json!("-5"))], "en-US", true),
        )
        .await;
    assert_eq!(deferred["type"], 5, "{deferred}");
    assert_eq!(flags(&deferred) & EPHEMERAL, 0, "deferred in public");
    let followup = format!("/api/v10/webhooks/{APP_ID}/itok-1");
    let answer = wait_for(&gw.fake, |f| {
        f.calls
            .iter()
            .find(|(m, p, _)| m == "POST" && *p == followup)
            .map(|(_, _, body)| body.clone())
    })
    .await;
    assert_eq!(
        answer["flags"].as_u64().unwrap_or(0) & EPHEMERAL,
        EPHEMERAL,
        "{answer}"
    );
    assert!(answer.to_string().contains("views"), "the error: {answer}");
    let calls = gw.fake.lock().unwrap().calls.clone();
    let original = format!("{followup}/messages/@original");
    assert!(
        calls
            .iter()
            .any(|(m, p, _)| m == "DELETE" && *p == original),
        "the placeholder deleted"
    );
    assert!(
        !calls.iter().any(|(m, p, _)| m == "PATCH" && *p == original),
        "the error never shown in public"
    );
    gw.stop().await;
}
