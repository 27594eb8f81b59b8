//! Telegram end to end: the real teloxide dispatcher, talking to a fake Bot API server on
//! 127.0.0.1 that speaks the wire protocol (`POST /bot<TOKEN>/<Method>`, JSON).

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_telegram;
use testkit::holds;
use testkit::patience;
use testkit::process;
use testkit::saves;

use std::net::SocketAddr;
use std::time::Duration;

use answers::Answers;
use edge::service::Service;
use edge::shutdown::Shutdown;
use fake_telegram::{Fault, Shared, TOKEN, USERNAME};
use figures::Rates;
use gainsbot::config::Config;
use patience::eventually;
use serde_json::{Value, json};
use store::Store;
use telegram::TelegramConfig;
use values::Lang;

struct Harness {
    fake: Shared,
    /// Where the bot's HTTP server listens (webhooks, health).
    http: SocketAddr,
    task: tokio::task::JoinHandle<anyhow::Result<()>>,
    _dir: tempfile::TempDir,
}

impl Harness {
    /// The bot on the fake, polling, or in webhook mode with `secret`.
    async fn start(webhook: Option<&str>) -> Harness {
        let (fake, api_url) = fake_telegram::start().await;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(&format!("sqlite://{}/tg.db", dir.path().display())).unwrap();
        let bot = Service::new(
            Answers::new(Rates::embedded().unwrap(), Lang::Fr),
            Some(store),
        );
        let config = TelegramConfig {
            token: TOKEN.to_owned(),
            api_url: Some(api_url.parse().unwrap()),
            // Where Telegram would post: only `telegram set-webhook` uses it.
            webhook_url: webhook.map(|_| "https://bot.example/telegram/webhook".parse().unwrap()),
            webhook_secret: webhook.map(str::to_owned),
            http_addr: "127.0.0.1:0".parse().unwrap(),
            // Short, so a call the fake leaves hanging fails fast (long polls last 1 s).
            request_timeout: REQUEST_TIMEOUT,
        };
        let config = Config {
            default_lang: Lang::Fr,
            rates_path: None,
            database_url: String::new(),
            http_addr: config.http_addr,
            telegram: Some(config),
            discord: None,
            ..Config::defaults()
        };
        let bound = gainsbot::serve::bind(&config).await.unwrap();
        let http = bound.local_addr().unwrap();
        let task = tokio::spawn(bound.run(bot, Shutdown::on_signals()));
        Harness {
            fake,
            http,
            task,
            _dir: dir,
        }
    }

    fn push(&self, text: &str, lang: &str, group: bool) {
        let mut fake = self.fake.lock().unwrap();
        fake.next_update_id += 1;
        let chat = if group { -2002 } else { 1001 };
        let update = fake_telegram::message(fake.next_update_id, chat, text, lang, group);
        fake.updates.push_back(update);
    }

    /// Sends `text` in a DM and returns the `n`-th message the bot has sent by then.
    async fn say(&self, n: usize, text: &str, lang: &str) -> Value {
        self.push(text, lang, false);
        self.wait_for(n).await[n - 1].clone()
    }

    fn photos(&self) -> Vec<Value> {
        let fake = self.fake.lock().unwrap();
        fake.calls
            .iter()
            .filter(|(m, _)| m == "sendphoto")
            .map(|(_, b)| b.clone())
            .collect()
    }

    /// Every message the bot sent, in order: texts, and photos with their caption as
    /// `text` (multipart sends a photo's fields as text: its chat id is read back).
    fn sent(&self) -> Vec<Value> {
        let fake = self.fake.lock().unwrap();
        fake.calls
            .iter()
            .filter(|(m, _)| m == "sendmessage" || m == "sendphoto")
            .map(|(m, b)| {
                let mut b = b.clone();
                if m == "sendphoto" {
                    b["text"] = b["caption"].clone();
                    b["chat_id"] = b["chat_id"]
                        .as_str()
                        .and_then(|c| c.parse::<i64>().ok())
                        .map_or(Value::Null, Value::from);
                    if let Some(markup) = b["reply_markup"].as_str() {
                        b["reply_markup"] = serde_json::from_str(markup).unwrap_or(Value::Null);
                    }
                }
                b
            })
            .collect()
    }

    /// Rules of the Bot API the bot broke so far (see the fake).
    fn violations(&self) -> Vec<String> {
        self.fake.lock().unwrap().violations.clone()
    }

    /// Waits until `count` messages were sent (or fails after the test's patience).
    async fn wait_for(&self, count: usize) -> Vec<Value> {
        if let Some(sent) = eventually(|| Some(self.sent()).filter(|s| s.len() >= count)).await {
            return sent;
        }
        panic!(
            "only {} messages sent: {:?}; calls: {:?}",
            self.sent().len(),
            self.sent(),
            self.fake
                .lock()
                .unwrap()
                .calls
                .iter()
                .map(|(m, _)| m.clone())
                .collect::<Vec<_>>()
        );
    }

    fn stop(self) {
        self.task.abort();
        let violations = self.violations();
        assert!(
            violations.is_empty(),
            "Bot API rules broken: {violations:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dm_commands_in_french_and_english_and_a_question() {
    let h = Harness::start(None).await;
    let first = h.say(1, "/gains 1000000", "fr").await;
    assert!(
        first["text"]
            .as_str()
            .unwrap()
            .starts_with("<b>Estimation pour 1\u{202f}000\u{202f}000 vues</b>"),
        "{first}"
    );
    assert_eq!(first["parse_mode"], "HTML");
    // The result card came first, a photo captioned with the summary.
    let photos = h.photos();
    assert_eq!(photos.len(), 1, "{photos:?}");
    assert_eq!(photos[0]["photo"]["filename"], "gainsbot.png");
    assert!(photos[0]["photo"]["size"].as_u64().unwrap() > 10_000);
    assert_eq!(photos[0]["parse_mode"], "HTML");
    let caption = photos[0]["caption"].as_str().unwrap();
    assert!(
        caption.starts_with("<b>Estimation pour 1\u{202f}000\u{202f}000 vues</b>\n")
            && caption.chars().count() <= 1024,
        "{caption}"
    );
    let english = h.say(2, "/earnings views:1000000", "en").await;
    assert!(
        english["text"]
            .as_str()
            .unwrap()
            .starts_with("<b>Estimate for 1,000,000 views</b>"),
        "{english}"
    );
    let question = h.say(3, "combien pour 1,5 M de vues ?", "fr").await;
    assert!(
        question["text"]
            .as_str()
            .unwrap()
            .contains("Estimation pour 1\u{202f}500\u{202f}000 vues"),
        "{question}"
    );
    assert_eq!(h.photos().len(), 3, "each estimate in a DM has its card");
    h.say(4, "/gains 1000000 carte:non", "fr").await;
    assert_eq!(h.photos().len(), 3, "carte:non turns it off");
    // The first card again: Telegram already has it, so it goes by its file id.
    h.say(5, "/gains 1000000", "fr").await;
    let photos = h.photos();
    assert_eq!(photos.len(), 4);
    let uploaded = h
        .fake
        .lock()
        .unwrap()
        .calls
        .iter()
        .filter(|(m, _)| m == "sendphoto")
        .filter(|(_, b)| b["photo"].is_object())
        .count();
    assert_eq!(
        uploaded, 3,
        "three cards drawn and uploaded, the fourth reused"
    );
    assert!(
        photos[3]["photo"].as_str().unwrap().starts_with("photo-"),
        "sent by the largest size's file id: {}",
        photos[3]
    );
    assert!(!photos[3]["photo"].as_str().unwrap().ends_with("-small"));
    let error = h.say(6, "/gains vues:-5", "fr").await;
    assert!(
        error["text"]
            .as_str()
            .unwrap()
            .contains("vues ne peut pas être négatif"),
        "{error}"
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_answer_commands_for_us_and_keep_personal_data_private() {
    let h = Harness::start(None).await;
    h.push("salut tout le monde", "fr", true);
    h.push("/gains@someotherbot 1M", "fr", true);
    h.push(&format!("/gains@{USERNAME} 1M"), "fr", true);
    let sent = h.wait_for(1).await;
    assert!(
        sent[0]["text"]
            .as_str()
            .unwrap()
            .contains("Estimation pour 1\u{202f}000\u{202f}000 vues")
    );
    assert_eq!(
        sent[0]["reply_parameters"]["message_id"], 7,
        "replies in groups quote the question"
    );
    assert!(h.photos().is_empty(), "no card in groups unless asked");
    // A question that mentions us, wherever the mention stands and in any case.
    h.push(
        &format!("combien pour 2M de vues @{} ?", USERNAME.to_uppercase()),
        "fr",
        true,
    );
    let sent = h.wait_for(2).await;
    assert!(
        sent[1]["text"]
            .as_str()
            .unwrap()
            .contains("Estimation pour 2\u{202f}000\u{202f}000 vues"),
        "{}",
        sent[1]
    );
    h.push("/stats", "fr", true);
    let sent = h.wait_for(3).await;
    assert!(
        sent[2]["text"]
            .as_str()
            .unwrap()
            .contains("écrivez-la-moi en privé"),
        "{}",
        sent[2]["text"]
    );
    // One chat's updates are handled in order: once this one is answered, every earlier
    // one was handled, and had chatter or another bot's command been answered, it
    // would show before it.
    h.push(&format!("/aide@{USERNAME}"), "fr", true);
    let sent = h.wait_for(4).await;
    assert_eq!(
        sent.len(),
        4,
        "chatter and other bots' commands are ignored"
    );
    assert!(
        sent[3]["text"].as_str().unwrap().starts_with("<b>Aide</b>"),
        "{}",
        sent[3]
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn menus_are_published_in_both_languages_at_start() {
    let h = Harness::start(None).await;
    h.push("/aide", "fr", false);
    h.wait_for(1).await;
    let calls = h.fake.lock().unwrap().calls.clone();
    let menus: Vec<&Value> = calls
        .iter()
        .filter(|(m, _)| m == "setmycommands")
        .map(|(_, b)| b)
        .collect();
    assert_eq!(menus.len(), 3, "default, fr and en");
    let names = |menu: &Value| -> Vec<String> {
        menu["commands"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["command"].as_str().unwrap().to_owned())
            .collect()
    };
    let fr = menus.iter().find(|m| m["language_code"] == "fr").unwrap();
    let en = menus.iter().find(|m| m["language_code"] == "en").unwrap();
    assert!(
        names(fr).contains(&"gains".to_owned()) && names(fr).contains(&"eligibilite".to_owned())
    );
    assert!(
        names(en).contains(&"earnings".to_owned()) && names(en).contains(&"eligibility".to_owned())
    );
    for menu in &menus {
        for command in menu["commands"].as_array().unwrap() {
            let description = command["description"].as_str().unwrap();
            assert!((3..=256).contains(&description.chars().count()));
        }
    }
    assert_eq!(
        calls
            .iter()
            .filter(|(m, _)| m == "setmydescription")
            .count(),
        3
    );
    h.stop();
}

/// How long the bot waits for one Bot API call in these tests.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(2);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_fault_on_a_reply_is_retried_and_the_reply_arrives_once() {
    let h = Harness::start(None).await;
    let mut faults = Fault::SERVER_ERRORS.to_vec();
    faults.extend([
        Fault::Html(502),
        Fault::RetryAfter(1),
        Fault::Drop,
        Fault::Hang(REQUEST_TIMEOUT + Duration::from_secs(1)),
    ]);
    for (i, &fault) in faults.iter().enumerate() {
        h.fake.lock().unwrap().fail("sendMessage", [fault]);
        h.push("/gains 1000000", "fr", true);
        let sent = h.wait_for(i + 1).await;
        assert!(
            sent[i]["text"]
                .as_str()
                .unwrap()
                .starts_with("<b>Estimation pour"),
            "{fault:?}: {}",
            sent[i]
        );
        assert_eq!(h.fake.lock().unwrap().faulted("sendMessage").len(), i + 1);
    }
    // Replies in one chat go one at a time: once the next one is in, no retry of an
    // earlier one is left to come.
    h.push("/aide", "fr", true);
    let sent = h.wait_for(faults.len() + 1).await;
    assert_eq!(sent.len(), faults.len() + 1, "each reply exactly once");
    assert!(
        sent[faults.len()]["text"]
            .as_str()
            .unwrap()
            .starts_with("<b>Aide")
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_that_fails_after_the_save_arrives_once_and_the_save_is_made_once() {
    let h = Harness::start(None).await;
    // A first save creates the tables, then every later write to them is counted.
    h.say(1, "/profil abonnes:1000", "fr").await;
    let saves = saves::Saves::watch(&h._dir.path().join("tg.db")).await;
    let faults = [
        Fault::Status(500, "Internal Server Error"),
        Fault::Status(502, "Bad Gateway"),
        Fault::Drop,
    ];
    for (i, &fault) in faults.iter().enumerate() {
        h.fake.lock().unwrap().fail("sendMessage", [fault]);
        let reply = h
            .say(i + 2, &format!("/profil abonnes:{}", 2_000 + i), "fr")
            .await;
        let text = reply["text"].as_str().unwrap();
        assert!(
            text.contains(&format!("2\u{202f}00{i}")),
            "{fault:?}: {text}"
        );
    }
    // The next reply is in: nothing of the earlier ones is left to come.
    h.say(faults.len() + 2, "/aide", "fr").await;
    assert_eq!(h.sent().len(), faults.len() + 2, "each reply exactly once");
    assert_eq!(
        saves.count().await,
        3,
        "one save per /profil, none per retry"
    );
    assert_eq!(h.fake.lock().unwrap().faulted("sendMessage").len(), 3);
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_waits_exactly_its_retry_after() {
    let h = Harness::start(None).await;
    h.fake
        .lock()
        .unwrap()
        .fail("sendMessage", [Fault::RetryAfter(2)]);
    h.push("/gains 1M", "fr", true);
    h.wait_for(1).await;
    let refused = h.fake.lock().unwrap().faulted("sendMessage")[0].1;
    let waited = refused.elapsed();
    assert!(waited >= Duration::from_secs(2), "{waited:?}");
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_who_blocked_the_bot_is_not_retried() {
    let h = Harness::start(None).await;
    h.fake.lock().unwrap().fail(
        "sendMessage",
        [Fault::Status(403, "Forbidden: bot was blocked by the user")],
    );
    h.push("/gains 1M", "fr", true);
    h.push("/aide", "fr", true);
    let sent = h.wait_for(1).await;
    assert!(sent[0]["text"].as_str().unwrap().starts_with("<b>Aide"));
    assert_eq!(h.fake.lock().unwrap().faulted("sendMessage").len(), 1);
    assert_eq!(h.sent().len(), 1, "the refused reply was tried once");
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_resumes_within_two_seconds_of_a_hiccup() {
    let h = Harness::start(None).await;
    h.say(1, "/aide", "fr").await;
    h.fake
        .lock()
        .unwrap()
        .fail("getUpdates", [Fault::Status(502, "Bad Gateway"); 3]);
    let hiccup = loop {
        let faulted = h.fake.lock().unwrap().faulted("getUpdates");
        if faulted.len() == 3 {
            break faulted[2].1;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    h.push("/aide", "fr", false);
    h.wait_for(2).await;
    let back = hiccup.elapsed();
    assert!(
        back < Duration::from_secs(2),
        "answered {back:?} after the last failed poll"
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhooks_take_updates_only_with_the_right_secret() {
    let h = Harness::start(Some("s3cret-value")).await;
    let client = reqwest::Client::new();
    let url = format!("http://{}/telegram/webhook", h.http);
    let update = fake_telegram::message(1, 1001, "/gains 1M", "fr", false);
    // The port was bound before the bot started: no waiting for it to listen.
    let response = client
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", "wrong")
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::UNAUTHORIZED);
    let response = client.post(&url).json(&update).send().await.unwrap();
    assert_eq!(
        response.status(),
        reqwest::StatusCode::UNAUTHORIZED,
        "no secret at all"
    );
    let response = client
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-value")
        .json(&update)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    let sent = h.wait_for(1).await;
    assert!(
        sent[0]["text"]
            .as_str()
            .unwrap()
            .contains("Estimation pour 1\u{202f}000\u{202f}000 vues")
    );
    let calls = h.fake.lock().unwrap().calls.clone();
    assert!(
        !calls
            .iter()
            .any(|(m, _)| m == "setwebhook" || m == "deletewebhook"),
        "replicas neither set nor delete the webhook"
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_queries_offer_estimate_cards() {
    let h = Harness::start(None).await;
    let results = inline_results(&h, "1M").await;
    let titles: Vec<&str> = results
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Estimate for 1,000,000 views",
            "Creator Rewards Program",
            "Creator Fund",
            "Brand deals",
            "LIVE gifts",
            "Video Gifts",
            "Paid subscriptions",
            "Affiliate and TikTok Shop",
            "Your own products",
            "TikTok Pulse",
        ],
        "the whole estimate, then one card per stream"
    );
    let content = &results[0]["input_message_content"];
    assert!(
        content["message_text"]
            .as_str()
            .unwrap()
            .starts_with("<b>Estimate for 1,000,000 views</b>")
    );
    assert_eq!(content["parse_mode"], "HTML");
    h.stop();
}

/// The shipped binary, configured only by the environment, answers DMs, stops on
/// SIGTERM, and a restart answers only what came since: no update is answered twice.
/// Its debug logs never show the token.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_restarted_after_sigterm_answers_every_update_once() {
    let (fake, api_url) = fake_telegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let start = || {
        process::spawn(
            process::gainsbot(dir.path())
                .env("TELEGRAM_TOKEN", TOKEN)
                .env("TELEGRAM_API_URL", &api_url),
        )
    };
    let push = |ids: std::ops::RangeInclusive<i64>| {
        let mut fake = fake.lock().unwrap();
        for id in ids {
            let update = fake_telegram::message(id, 2000 + id, "/earnings 1000000", "en", false);
            fake.updates.push_back(update);
        }
    };
    // The chats answered so far, one entry per message sent.
    let answered = || -> Vec<i64> {
        let fake = fake.lock().unwrap();
        let mut chats: Vec<i64> = fake
            .calls
            .iter()
            .filter(|(m, b)| {
                let shown = if m == "sendphoto" {
                    &b["caption"]
                } else {
                    &b["text"]
                };
                (m == "sendmessage" || m == "sendphoto")
                    && shown
                        .as_str()
                        .is_some_and(|t| t.starts_with("<b>Estimate for 1,000,000 views</b>"))
            })
            .map(|(_, b)| {
                b["chat_id"]
                    .as_i64()
                    .or_else(|| b["chat_id"].as_str()?.parse().ok())
                    .unwrap()
            })
            .collect();
        chats.sort_unstable();
        chats
    };
    let until = |count: usize| async move {
        if eventually(|| (answered().len() >= count).then_some(()))
            .await
            .is_none()
        {
            panic!("{} of {count} answered", answered().len());
        }
    };

    let first = start();
    push(1..=5);
    until(5).await;
    let (status, first_logs) = first.terminate().await;
    assert!(status.success(), "{first_logs}");
    push(6..=8);
    let second = start();
    until(8).await;
    // A ninth message in a new chat, answered last: anything answered twice by the
    // restart would have come before it.
    push(9..=9);
    until(9).await;
    let (status, second_logs) = second.terminate().await;
    assert!(status.success(), "{second_logs}");
    assert_eq!(
        answered(),
        (2001..=2009).collect::<Vec<_>>(),
        "each update once"
    );
    for logs in [&first_logs, &second_logs] {
        assert!(logs.contains("DEBUG"), "debug logs were written");
        assert!(!logs.contains(TOKEN), "the token leaked into the logs");
        assert!(!logs.contains("TEST-TOKEN"), "part of the token leaked");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_40_is_cut_at_the_door_with_one_notice_and_nothing_refused_is_saved() {
    // The defaults: a burst of 10, then one every 6 s.
    let h = Harness::start(None).await;
    {
        let mut fake = h.fake.lock().unwrap();
        for n in 0..40 {
            let text = format!("/profil abonnes:{}", 1_000 + n);
            let update = fake_telegram::message_from(n + 1, 501, 501, &text, "fr", false);
            fake.updates.push_back(update);
        }
        let other = fake_telegram::message_from(41, 502, 502, "/gains 1M", "fr", false);
        fake.updates.push_back(other);
    }
    let in_chat = |chat: i64| -> Vec<String> {
        h.sent()
            .iter()
            .filter(|m| m["chat_id"] == chat)
            .map(|m| m["text"].as_str().unwrap().to_owned())
            .collect()
    };
    eventually(|| (in_chat(501).len() >= 11 && !in_chat(502).is_empty()).then_some(())).await;
    // Whatever else was coming has had time to come.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let first = in_chat(501);
    assert_eq!(first.len(), 11, "ten answers and one notice: {first:#?}");
    // The notice leaves at once; the answers follow at the chat's pace.
    let notices = first
        .iter()
        .filter(|t| t.contains("réessayez dans"))
        .count();
    let answers = first.iter().filter(|t| t.contains("Abonnés")).count();
    assert_eq!((notices, answers), (1, 10), "{first:#?}");
    assert!(
        in_chat(502)[0].starts_with("<b>Estimation pour"),
        "another user is served"
    );
    // Nothing refused was saved: the tenth save is the last.
    let store = Store::new(&format!("sqlite://{}/tg.db", h._dir.path().display())).unwrap();
    let who = catalogue::Identity {
        platform: catalogue::Platform::Telegram,
        user_id: "501".to_owned(),
    };
    let saved = store.profile(&who).await.unwrap().unwrap();
    assert_eq!(saved.followers, Some(1_009));
    // The refusals are counted, by platform and scope.
    let metrics = reqwest::get(format!("http://{}/metrics", h.http))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let refused: f64 = metrics
        .lines()
        .find(|l| {
            l.starts_with("gainsbot_rate_limited_total")
                && l.contains("platform=\"telegram\"")
                && l.contains("scope=\"user\"")
        })
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no rate_limited line:\n{metrics}"));
    assert!(refused >= 30.0, "{refused}");
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_names_every_source_in_messages_within_the_limits() {
    // Every source's address, read from the file the bot is built with.
    let file = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rates/sources.toml"))
        .unwrap();
    let urls: Vec<&str> = file
        .lines()
        .filter_map(|l| l.strip_prefix("url = \""))
        .map(|l| l.trim_end_matches('"'))
        .collect();
    assert!(urls.len() >= 20);
    let h = Harness::start(None).await;
    h.push("/sources", "fr", false);
    let sent = eventually(|| {
        let sent: Vec<String> = h
            .sent()
            .iter()
            .map(|m| m["text"].as_str().unwrap_or_default().to_owned())
            .collect();
        let all = sent.concat();
        urls.iter().all(|u| all.contains(u)).then_some(sent)
    })
    .await
    .expect("every source named");
    assert!(sent.len() > 1, "more than one message");
    for text in &sent {
        assert!(fake_telegram::shown_chars(text).unwrap() <= 4096);
    }
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_is_a_json_document_that_parses_and_holds_the_profile() {
    let h = Harness::start(None).await;
    h.say(1, "/profil abonnes:4321 niche:beaute", "fr").await;
    h.push("/export", "fr", false);
    let document = eventually(|| {
        let fake = h.fake.lock().unwrap();
        fake.calls
            .iter()
            .find(|(m, _)| m == "senddocument")
            .map(|(_, b)| b.clone())
    })
    .await
    .expect("a document");
    assert_eq!(document["document"]["filename"], "gainsbot-export.json");
    let json: Value =
        serde_json::from_str(document["document"]["content"].as_str().unwrap()).unwrap();
    assert_eq!(json["profile"]["followers"], 4321);
    assert_eq!(json["profile"]["niche"], "beauty");
    assert!(
        document["caption"]
            .as_str()
            .unwrap()
            .contains("gainsbot-export.json"),
        "{document}"
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_over_a_thousand_characters_is_refused_unread() {
    let h = Harness::start(None).await;
    let long = format!("/gains {}", "1".repeat(1_000));
    let reply = h.say(1, &long, "fr").await;
    assert!(
        reply["text"]
            .as_str()
            .unwrap()
            .contains("Message trop long : 1\u{202f}000 caractères au plus"),
        "{reply}"
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_telegram_forgot_is_uploaded_again() {
    let h = Harness::start(None).await;
    h.say(1, "/gains 1000000", "fr").await;
    h.fake.lock().unwrap().fail(
        "sendPhoto",
        [Fault::Status(
            400,
            "Bad Request: wrong file identifier/HTTP URL specified",
        )],
    );
    h.say(2, "/gains 1000000", "fr").await;
    let photos = h.photos();
    assert_eq!(photos.len(), 2);
    assert!(
        photos[1]["photo"].is_object(),
        "uploaded again: {}",
        photos[1]
    );
    assert_eq!(h.fake.lock().unwrap().faulted("sendPhoto").len(), 1);
    h.stop();
}

/// Telegram HTML back to the text a reader sees.
fn shown(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_a_reply_longer_than_a_message_and_a_projection_card() {
    let h = Harness::start(None).await;
    let welcome = h.say(1, "/start", "en").await;
    assert!(
        welcome["text"]
            .as_str()
            .unwrap()
            .starts_with("<b>Welcome</b>\nHello! I tell you what TikTok can really pay you."),
        "{welcome}"
    );
    // /sources is about 12 500 characters: several messages, none over Telegram's 4 096,
    // together holding every line of the reply. A later command in the same chat
    // marks the end (a chat's updates are handled in order).
    h.push("/sources", "fr", false);
    h.push("/aide", "fr", false);
    let mut sent = h.wait_for(2).await;
    while !sent
        .last()
        .is_some_and(|m| m["text"].as_str().unwrap().starts_with("<b>Aide</b>"))
    {
        sent = h.wait_for(sent.len() + 1).await;
    }
    let parts = &sent[1..sent.len() - 1];
    assert!(parts.len() >= 4, "{} parts", parts.len());
    for part in parts {
        let text = part["text"].as_str().unwrap();
        assert!(text.chars().count() <= 4096, "{} characters", text.len());
    }
    let together: String = parts
        .iter()
        .map(|p| shown(p["text"].as_str().unwrap()))
        .collect::<Vec<_>>()
        .join("\n");
    let answers = Answers::new(Rates::embedded().unwrap(), Lang::Fr);
    let reply = answers.handle(&answers::Request {
        text: "/sources",
        lang: None,
        locale: None,
        card: false,
        shared: false,
    });
    let console = answers::render::plain(&reply);
    let lines: Vec<&str> = console
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert!(lines.len() > 40, "{} lines", lines.len());
    for line in lines {
        assert!(together.contains(line), "lost: {line}");
    }
    // A projection with a growth rate comes with its card.
    h.push("/projection 1M croissance:20", "fr", false);
    eventually(|| (!h.photos().is_empty()).then_some(())).await;
    let photos = h.photos();
    assert_eq!(photos.len(), 1, "{photos:?}");
    assert!(photos[0]["photo"]["size"].as_u64().unwrap() > 10_000);
    assert!(
        photos[0]["caption"]
            .as_str()
            .unwrap()
            .starts_with("<b>Projection"),
        "{}",
        photos[0]
    );
    h.stop();
}

/// `gainsbot telegram set-webhook`, as a deploy runs it: the URL and the secret sent to
/// Telegram, and refused without the secret.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn set_webhook_registers_the_url_and_its_secret() {
    let (fake, api_url) = fake_telegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let run = |secret: Option<&str>| {
        let mut command = process::gainsbot(dir.path());
        command
            .args(["telegram", "set-webhook"])
            .env("TELEGRAM_TOKEN", TOKEN)
            .env("TELEGRAM_API_URL", &api_url)
            .env("TELEGRAM_WEBHOOK_URL", "https://bot.example/telegram");
        if let Some(secret) = secret {
            command.env("TELEGRAM_WEBHOOK_SECRET", secret);
        }
        command
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap()
    };
    let refused = run(None);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("TELEGRAM_WEBHOOK_SECRET"));
    // The fake answers on the runtime's other thread while this one waits.
    let out = run(Some("s3cret-value"));
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let calls = fake.lock().unwrap().calls.clone();
    let set: Vec<&Value> = calls
        .iter()
        .filter(|(m, _)| m == "setwebhook")
        .map(|(_, b)| b)
        .collect();
    assert_eq!(set.len(), 1, "{calls:?}");
    assert_eq!(set[0]["url"], "https://bot.example/telegram");
    assert_eq!(set[0]["secret_token"], "s3cret-value");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("s3cret-value"),
        "the secret never reaches the log"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_estimate_is_one_photo_whose_buttons_answer_anyone_who_presses() {
    let h = Harness::start(None).await;
    let reply = h.say(1, "/gains vues:1000000", "fr").await;
    // One message: the card, its caption the summary, the buttons under it.
    let calls = h.fake.lock().unwrap().calls.clone();
    let sends: Vec<&String> = calls
        .iter()
        .map(|(m, _)| m)
        .filter(|m| *m == "sendmessage" || *m == "sendphoto")
        .collect();
    assert_eq!(sends, ["sendphoto"], "{sends:?}");
    let caption = reply["text"].as_str().unwrap();
    assert!(
        fake_telegram::shown_chars(caption).unwrap() <= 1024,
        "{caption}"
    );
    assert!(
        caption.starts_with(
            "<b>Estimation pour 1\u{202f}000\u{202f}000 vues</b>\nSur 30 jours : ≈ 350\u{a0}€ – 5\u{202f}300\u{a0}€ et plus"
        ),
        "{caption}"
    );
    let buttons = reply["reply_markup"]["inline_keyboard"][0]
        .as_array()
        .unwrap()
        .clone();
    let labels: Vec<&str> = buttons
        .iter()
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        labels,
        ["Détails", "Sources", "Et à 10\u{202f}000 abonnés ?"]
    );
    for button in &buttons {
        assert!(button["callback_data"].as_str().unwrap().len() <= 64);
    }
    // A press, by someone whose app speaks English: answered, then the details in English.
    let details = buttons[0]["callback_data"].as_str().unwrap().to_owned();
    {
        let mut fake = h.fake.lock().unwrap();
        let press = fake_telegram::press(&mut fake, 1001, 1, &details, "en");
        fake.updates.push_back(press);
    }
    // Every stream with the figures behind it: past Telegram's 4 096 characters, so in
    // two messages.
    let sent = h.wait_for(3).await;
    let text = format!("{}\n{}", sent[1]["text"], sent[2]["text"]);
    assert!(
        text.starts_with("\"<b>Estimate for 1,000,000 views</b>"),
        "{text}"
    );
    assert!(text.contains("<b>Creator Fund</b>"), "every stream: {text}");
    assert!(text.contains("Sources: "), "{text}");
    let answered = |h: &Harness| {
        h.fake
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|(m, _)| m == "answercallbackquery")
            .count()
    };
    assert_eq!(answered(&h), 1, "the press was answered");
    // A forged press: answered too, and told plainly.
    {
        let mut fake = h.fake.lock().unwrap();
        let press = fake_telegram::press(&mut fake, 1001, 1, "1d0,zz!", "fr");
        fake.updates.push_back(press);
    }
    let sent = h.wait_for(4).await;
    assert_eq!(
        sent[3]["text"],
        "<b>Cette réponse a expiré : reposez la question.</b>"
    );
    assert_eq!(answered(&h), 2);
    h.stop();
}

/// The most replies in flight at once when `updates` arrive together from as many
/// chats, with at most `bound` allowed; every update is answered.
async fn burst_peak(bound: usize, updates: i64) -> usize {
    let (fake, api_url) = fake_telegram::start().await;
    {
        let mut fake = fake.lock().unwrap();
        for n in 0..updates {
            // Private estimates come as photos with a card: the heaviest replies.
            let text = if n % 3 == 0 { "/gains 1M" } else { "/aide" };
            let chat = 7_000 + n;
            let update = fake_telegram::message_from(n + 1, chat, chat, text, "fr", false);
            fake.updates.push_back(update);
        }
    }
    let service = std::sync::Arc::new(Service::new(
        Answers::new(Rates::embedded().unwrap(), Lang::Fr),
        None,
    ));
    let edge = edge::Edge {
        flight: std::sync::Arc::new(edge::flight::Flight::new(bound)),
        ..edge::Edge::default()
    };
    let config = TelegramConfig {
        token: TOKEN.to_owned(),
        api_url: Some(api_url.parse().unwrap()),
        webhook_url: None,
        webhook_secret: None,
        http_addr: "127.0.0.1:0".parse().unwrap(),
        request_timeout: REQUEST_TIMEOUT,
    };
    let (stop, stopped) = Shutdown::manual();
    let task = tokio::spawn(telegram::poll(config, service, edge.clone(), stopped));
    let answered = || {
        let fake = fake.lock().unwrap();
        let sent = fake
            .calls
            .iter()
            .filter(|(m, _)| m == "sendmessage" || m == "sendphoto")
            .count();
        (sent >= updates as usize).then_some(sent)
    };
    let sent = eventually(answered).await;
    assert_eq!(sent, Some(updates as usize), "every update answered, once");
    stop.stop();
    task.await.unwrap().unwrap();
    let violations = fake.lock().unwrap().violations.clone();
    assert!(violations.is_empty(), "{violations:?}");
    edge.flight.peak()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_past_the_in_flight_bound_is_answered_whole_within_it() {
    // Unbounded enough, the burst does overlap: the bound below has something to hold.
    assert!(burst_peak(64, 30).await > 2);
    let peak = burst_peak(2, 30).await;
    assert!((1..=2).contains(&peak), "{peak} replies at once");
}

/// Group -2002, where user 1001 is an administrator and user 3003 a member; group
/// -2003, where nobody set anything.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_groups_admins_choose_its_settings_and_its_members_get_them() {
    let h = Harness::start(None).await;
    h.fake.lock().unwrap().admins.insert((-2002, 1001));
    let (admin, member) = (1001, 3003);
    let push = |chat: i64, user: i64, text: &str, lang: &str| {
        let mut fake = h.fake.lock().unwrap();
        fake.next_update_id += 1;
        let update =
            fake_telegram::message_from(fake.next_update_id, chat, user, text, lang, chat < 0);
        fake.updates.push_back(update);
    };
    let text = |sent: &[Value], n: usize| sent[n - 1]["text"].as_str().unwrap().to_owned();
    let asked_about = |h: &Harness| {
        h.fake
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|(m, _)| m == "getchatmember")
            .count()
    };

    // A member cannot change them: told so in their language, and nothing changes.
    push(
        -2002,
        member,
        &format!("/config@{USERNAME} devise:CHF langue:fr"),
        "en",
    );
    let sent = h.wait_for(1).await;
    assert!(
        text(&sent, 1).contains(
            "Only the server's or group's admins can change these settings: nothing changed."
        ),
        "{}",
        text(&sent, 1)
    );
    push(-2002, member, &format!("/config@{USERNAME}"), "en");
    let sent = h.wait_for(2).await;
    holds(&text(&sent, 2), "Nothing set: everyone has their own.");

    // The admin can, and anyone reads them.
    push(
        -2002,
        admin,
        &format!("/config@{USERNAME} devise:CHF langue:fr"),
        "fr",
    );
    let sent = h.wait_for(3).await;
    holds(&text(&sent, 3), "<b>Réglages enregistrés</b>");
    holds(&text(&sent, 3), "Devise : CHF (francs suisses)");
    assert_eq!(asked_about(&h), 2, "one getChatMember per asker");
    push(
        -2002,
        admin,
        &format!("/config@{USERNAME} mentions:non"),
        "fr",
    );
    let sent = h.wait_for(4).await;
    holds(&text(&sent, 4), "Réponse aux mentions du bot : non");
    assert_eq!(
        asked_about(&h),
        2,
        "the admin's rights were kept from the first ask"
    );

    // The member's estimate there is in French and in francs, though their app is in
    // English.
    push(-2002, member, &format!("/gains@{USERNAME} 1000000"), "en");
    let sent = h.wait_for(5).await;
    let estimate = text(&sent, 5);
    assert!(
        estimate.contains("Estimation pour 1\u{202f}000\u{202f}000 vues"),
        "{estimate}"
    );
    assert!(
        estimate.contains("D'après les réglages de ce serveur ou groupe : en francs suisses."),
        "{estimate}"
    );
    assert!(estimate.contains("CHF"), "{estimate}");

    // Mentions are off there: a question that mentions the bot is left alone, commands
    // are answered (one chat's updates are handled in order).
    push(
        -2002,
        member,
        &format!("combien pour 2M de vues @{USERNAME} ?"),
        "fr",
    );
    push(-2002, member, &format!("/aide@{USERNAME}"), "fr");
    let sent = h.wait_for(6).await;
    assert!(
        text(&sent, 6).starts_with("<b>Aide</b>"),
        "{}",
        text(&sent, 6)
    );

    // Another group has its own (none): English for an English app, no francs.
    push(-2003, member, &format!("/gains@{USERNAME} 1000000"), "en");
    let sent = h.wait_for(7).await;
    holds(&text(&sent, 7), "Estimate for 1,000,000 views");
    assert!(!text(&sent, 7).contains("CHF"), "{}", text(&sent, 7));

    // The member's own saved language wins over the group's, for them alone.
    push(member, member, "/langue en", "en");
    h.wait_for(8).await;
    push(-2002, member, &format!("/gains@{USERNAME} 1000000"), "en");
    let sent = h.wait_for(9).await;
    holds(&text(&sent, 9), "Estimate for 1,000,000 views");
    assert!(text(&sent, 9).contains("CHF"), "{}", text(&sent, 9));
    push(-2002, admin, &format!("/gains@{USERNAME} 1000000"), "en");
    let sent = h.wait_for(10).await;
    holds(
        &text(&sent, 10),
        "Estimation pour 1\u{202f}000\u{202f}000 vues",
    );
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unclear_question_is_asked_back_and_a_press_answers_the_reading_chosen() {
    let h = Harness::start(None).await;
    let asked = h.say(1, "j'ai 900 000", "fr").await;
    let text = asked["text"].as_str().unwrap();
    assert!(text.starts_with("<b>Vous voulez dire… ?</b>"), "{text}");
    let buttons: Vec<Value> = asked["reply_markup"]["inline_keyboard"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|row| row.as_array().unwrap().clone())
        .collect();
    let labels: Vec<&str> = buttons
        .iter()
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert!((2..=3).contains(&labels.len()), "{labels:?}");
    let gains = buttons
        .iter()
        .find(|b| b["text"].as_str().unwrap().starts_with("Estimer mes gains"))
        .unwrap_or_else(|| panic!("an estimate among {labels:?}"));
    // Pressed from an app in English: the estimate the button named, in English.
    let data = gains["callback_data"].as_str().unwrap().to_owned();
    assert!(data.len() <= 64);
    {
        let mut fake = h.fake.lock().unwrap();
        let press = fake_telegram::press(&mut fake, 1, 1, &data, "en");
        fake.updates.push_back(press);
    }
    let sent = h.wait_for(2).await;
    let answer = sent[1]["text"]
        .as_str()
        .unwrap_or_else(|| sent[1]["caption"].as_str().unwrap());
    assert!(
        answer.starts_with("<b>Your TikTok earnings estimate</b>"),
        "the reading pressed, in the presser's language: {answer}"
    );
    assert!(answer.contains("Brand deals: "), "{answer}");
    h.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn where_a_groups_admins_turn_it_on_a_sure_question_is_answered_unprompted() {
    let h = Harness::start(None).await;
    h.fake.lock().unwrap().admins.insert((-2002, 1001));
    let push = |user: i64, text: &str| {
        let mut fake = h.fake.lock().unwrap();
        fake.next_update_id += 1;
        let update =
            fake_telegram::message_from(fake.next_update_id, -2002, user, text, "fr", true);
        fake.updates.push_back(update);
    };
    // Off until the admins say: a question nobody addressed is left alone.
    push(3003, "combien pour 1,5 M de vues ?");
    push(1001, &format!("/config@{USERNAME} reponses:oui"));
    let sent = h.wait_for(1).await;
    holds(
        sent[0]["text"].as_str().unwrap(),
        "Réponses sans mention : dans ce salon",
    );
    // On: thanks and an unclear question are left alone, a sure question answered.
    push(3003, "merci !");
    push(3003, "j'ai 900 000");
    push(3003, "combien pour 1,5 M de vues ?");
    let sent = h.wait_for(2).await;
    assert!(
        sent[1]["text"]
            .as_str()
            .unwrap()
            .contains("Estimation pour 1\u{202f}500\u{202f}000 vues"),
        "{}",
        sent[1]
    );
    assert_eq!(
        h.sent().len(),
        2,
        "one reply to the config, one to the question"
    );
    h.stop();
}

/// What `/gains` and `/eligibilite` put on the wire, as teloxide sends it to the Bot API
/// (the HTML, the parse mode, the keyboard and its callback data), kept in
/// `tests/golden/`: a change to the rendering is read as a diff before it ships.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_gains_and_eligibility_send_matches_the_golden_files() {
    let h = Harness::start(None).await;
    let cases = [
        ("telegram-gains.fr", "/gains vues:1000000", "fr", false),
        (
            "telegram-gains-group.en",
            "/earnings views:1000000",
            "en",
            true,
        ),
        (
            "telegram-eligibility.fr",
            "/eligibilite abonnes:8000 vues:150000 pays:FR age:19",
            "fr",
            false,
        ),
        (
            "telegram-eligibility.en",
            "/eligibility followers:8000 views:150000 country:GB age:19",
            "en",
            false,
        ),
    ];
    let _in_golden = testkit::golden::settings().bind_to_scope();
    for (n, (name, text, lang, group)) in cases.into_iter().enumerate() {
        h.push(text, lang, group);
        h.wait_for(n + 1).await;
        let (method, mut body) = h
            .fake
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|(m, _)| m == "sendmessage" || m == "sendphoto")
            .nth(n)
            .cloned()
            .unwrap();
        // A photo's bytes are the card tests' business: here, that one is attached.
        if let Some(size) = body["photo"].get_mut("size") {
            *size = json!("(the card's PNG)");
        }
        insta::assert_snapshot!(
            name,
            format!(
                "> {text}\n{method} {}",
                serde_json::to_string_pretty(&body).unwrap()
            )
        );
    }
    h.stop();
}

/// The inline query `q` of user 1001 (app in English), answered: its results.
async fn inline_results(h: &Harness, q: &str) -> Vec<Value> {
    {
        let mut fake = h.fake.lock().unwrap();
        fake.next_update_id += 1;
        let id = fake.next_update_id;
        fake.updates
            .push_back(json!({"update_id": id, "inline_query": {
                "id": "q1", "query": q, "offset": "",
                "from": {"id": 1001, "is_bot": false, "first_name": "Alice", "language_code": "en"}
            }}));
    }
    let answer = eventually(|| {
        h.fake
            .lock()
            .unwrap()
            .calls
            .iter()
            .find(|(m, _)| m == "answerinlinequery")
            .map(|(_, b)| b.clone())
    })
    .await;
    answer.expect("the inline query is answered")["results"]
        .as_array()
        .unwrap()
        .clone()
}

fn calls_of(h: &Harness, method: &str) -> Vec<Value> {
    h.fake
        .lock()
        .unwrap()
        .calls
        .iter()
        .filter(|(m, _)| m == method)
        .map(|(_, b)| b.clone())
        .collect()
}

/// An answer pasted in a chat by inline mode is edited in place when its buttons are
/// pressed, keeping the answer's own buttons; the same press twice is what Telegram
/// calls "message is not modified", taken as done (not retried, no message sent).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_press_on_an_inline_answer_edits_it_in_place() {
    let h = Harness::start(None).await;
    let results = inline_results(&h, "1M").await;
    fake_telegram::inline_message(&mut h.fake.lock().unwrap(), "im-1", &results[0]);
    let details = results[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        .as_str()
        .unwrap()
        .to_owned();
    for n in 1..=2 {
        {
            let mut fake = h.fake.lock().unwrap();
            let press = fake_telegram::press_inline(&mut fake, "im-1", &details, "fr");
            fake.updates.push_back(press);
        }
        eventually(|| (calls_of(&h, "editmessagetext").len() >= n).then_some(())).await;
        eventually(|| (calls_of(&h, "answercallbackquery").len() >= n).then_some(())).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let edits = calls_of(&h, "editmessagetext");
    assert_eq!(edits.len(), 2, "one edit a press, none retried: {edits:#?}");
    assert_eq!(edits[0]["inline_message_id"], "im-1");
    let text = edits[0]["text"].as_str().unwrap();
    assert!(
        text.starts_with("<b>Estimation pour 1\u{202f}000\u{202f}000 vues</b>"),
        "in the presser's language: {text}"
    );
    assert_eq!(edits[0]["parse_mode"], "HTML");
    assert_eq!(
        edits[0]["reply_markup"]["inline_keyboard"][0][0]["text"], "Sources",
        "the answer's own button, for the next press"
    );
    assert_eq!(edits[0], edits[1], "the second press asks for the same");
    assert!(
        calls_of(&h, "sendmessage").is_empty(),
        "nothing sent beside"
    );
    h.stop();
}

/// A press past the user's burst is answered with why and for how long, in the
/// presser's language, within Telegram's 200 characters; the next ones silently.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_press_is_answered_with_the_wait() {
    let h = Harness::start(None).await;
    {
        let mut fake = h.fake.lock().unwrap();
        for _ in 0..12 {
            let press = fake_telegram::press(&mut fake, 1001, 1, "1d0,zz!", "en");
            fake.updates.push_back(press);
        }
    }
    eventually(|| (calls_of(&h, "answercallbackquery").len() >= 12).then_some(())).await;
    let said: Vec<String> = calls_of(&h, "answercallbackquery")
        .iter()
        .filter_map(|b| b["text"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(said.len(), 1, "one notice: {said:?}");
    assert!(
        said[0].starts_with("You asked a lot at once: try again in"),
        "{said:?}"
    );
    assert!(said[0].chars().count() <= 200);
    h.stop();
}

/// Each rule the fake holds the bot to, broken on purpose: refused as Telegram refuses
/// it, and named in `violations` (a test of the fake, so that a rule that stops biting
/// is seen).
#[tokio::test]
async fn the_fake_refuses_what_telegram_refuses() {
    let (fake, api_url) = fake_telegram::start().await;
    let client = reqwest::Client::new();
    let call = |method: &str, body: Value| {
        let request = client
            .post(format!("{api_url}bot{TOKEN}/{method}"))
            .json(&body);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let body: Value = response.json().await.unwrap();
            (
                status,
                body["description"].as_str().unwrap_or_default().to_owned(),
            )
        }
    };
    let refused = |status: u16, description: &str| (status, description.to_owned());
    let long = |n: usize| "x".repeat(n);
    let button = |text: &str| json!({"inline_keyboard": [[{"text": text, "callback_data": "d"}]]});
    assert_eq!(
        call(
            "sendMessage",
            json!({"chat_id": 1, "text": "hi", "reply_markup": button("")})
        )
        .await,
        refused(400, "Bad Request: BUTTON_TEXT_EMPTY")
    );
    assert_eq!(
        call(
            "editMessageText",
            json!({"inline_message_id": "i", "text": long(4097)})
        )
        .await,
        refused(400, "Bad Request: MESSAGE_TOO_LONG")
    );
    let query = fake_telegram::press(&mut fake.lock().unwrap(), 1, 1, "d", "en");
    let id = query["callback_query"]["id"].clone();
    assert_eq!(
        call(
            "answerCallbackQuery",
            json!({"callback_query_id": id, "text": long(201)})
        )
        .await,
        refused(400, "Bad Request: MESSAGE_TOO_LONG")
    );
    let article = |id: String| {
        json!({"type": "article", "id": id, "title": "t",
            "input_message_content": {"message_text": "<b>t</b>", "parse_mode": "HTML"}})
    };
    let many: Vec<Value> = (0..51).map(|n| article(n.to_string())).collect();
    assert_eq!(
        call(
            "answerInlineQuery",
            json!({"inline_query_id": "q", "results": many})
        )
        .await,
        refused(400, "Bad Request: RESULTS_TOO_MUCH")
    );
    assert_eq!(
        call(
            "answerInlineQuery",
            json!({"inline_query_id": "q", "results": [article(long(65))]})
        )
        .await,
        refused(400, "Bad Request: RESULT_ID_INVALID")
    );
    let twice = [article("a".into()), article("a".into())];
    assert_eq!(
        call(
            "answerInlineQuery",
            json!({"inline_query_id": "q", "results": twice})
        )
        .await,
        refused(400, "Bad Request: RESULT_ID_DUPLICATE")
    );
    let mut unclosed = article("b".into());
    unclosed["input_message_content"]["message_text"] = json!("<b>t");
    let (status, _) = call(
        "answerInlineQuery",
        json!({"inline_query_id": "q", "results": [unclosed]}),
    )
    .await;
    assert_eq!(status, 400);
    let command =
        |name: &str, description: &str| json!({"command": name, "description": description});
    let hundred_and_one: Vec<Value> = (0..101).map(|n| command(&format!("c{n}"), "d")).collect();
    assert_eq!(
        call("setMyCommands", json!({"commands": hundred_and_one})).await,
        refused(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
    );
    for name in ["Gains", "éligibilité", "", &long(33)] {
        assert_eq!(
            call("setMyCommands", json!({"commands": [command(name, "d")]})).await,
            refused(400, "Bad Request: BOT_COMMAND_INVALID"),
            "{name}"
        );
    }
    for description in ["", &long(257)] {
        assert_eq!(
            call(
                "setMyCommands",
                json!({"commands": [command("gains", description)]})
            )
            .await,
            refused(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        );
    }
    assert_eq!(
        call("setMyDescription", json!({"description": long(513)})).await,
        refused(400, "Bad Request: BOT_DESCRIPTION_INVALID")
    );
    assert_eq!(
        call(
            "setMyShortDescription",
            json!({"short_description": long(121)})
        )
        .await,
        refused(400, "Bad Request: BOT_DESCRIPTION_INVALID")
    );
    // One a second in a chat; 20 a minute in a group.
    assert_eq!(
        call("sendMessage", json!({"chat_id": 7, "text": "a"}))
            .await
            .0,
        200
    );
    assert_eq!(
        call("sendMessage", json!({"chat_id": 7, "text": "b"})).await,
        refused(429, "Too Many Requests: retry after 1")
    );
    for n in 0..20 {
        let sent = call(
            "sendMessage",
            json!({"chat_id": -7, "text": format!("{n}")}),
        )
        .await;
        assert_eq!(sent.0, 200, "{n}");
    }
    let (status, description) = call("sendMessage", json!({"chat_id": -7, "text": "21"})).await;
    assert_eq!(status, 429, "{description}");
    // And what is within the rules passes: the same text again, at the edge of each rule.
    let fine = [article(long(64)), article("c".into())];
    assert_eq!(
        call(
            "answerInlineQuery",
            json!({"inline_query_id": "q", "results": fine})
        )
        .await
        .0,
        200
    );
    let violations = fake.lock().unwrap().violations.clone();
    assert_eq!(violations.len(), 18, "each refusal named: {violations:#?}");
}
