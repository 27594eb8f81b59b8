//! Two `gainsbot` processes on one PostgreSQL, as the scale-out deploy runs them
//! (Telegram webhook and Discord endpoint modes): what one saves the other uses at once,
//! even with the profile in its memory, `/oubli` on one leaves nothing on the other, and
//! a process killed mid-traffic loses no save it acknowledged. Runs when
//! `GAINSBOT_TEST_POSTGRES_URL` is set (`.ci/run` sets it).

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_telegram;
use testkit::patience;
use testkit::process;
use testkit::services;
use testkit::signing;

use std::net::SocketAddr;
use std::time::{SystemTime, UNIX_EPOCH};

use catalogue::{Identity, Platform};
use patience::eventually;
use store::Store;

const SECRET: &str = "replica-s3cret";

struct Replica {
    running: process::Running,
    http: SocketAddr,
}

async fn replica(dir: &std::path::Path, database: &str, telegram: &str) -> Replica {
    let running = process::spawn(
        process::gainsbot(dir)
            .env("DATABASE_URL", database)
            .env("TELEGRAM_TOKEN", fake_telegram::TOKEN)
            .env("TELEGRAM_API_URL", telegram)
            .env(
                "TELEGRAM_WEBHOOK_URL",
                "https://bot.example/telegram/webhook",
            )
            .env("TELEGRAM_WEBHOOK_SECRET", SECRET)
            .env("DISCORD_PUBLIC_KEY", signing::public_hex(&signing::key(5)))
            .env("DISCORD_API_URL", "http://127.0.0.1:9")
            .env("RUST_LOG", "info"),
    );
    let http = running.http_addr().await;
    running.wait_for_log("telegram ready").await;
    Replica { running, http }
}

struct Traffic {
    fake: fake_telegram::Shared,
    client: reqwest::Client,
    /// Users of this run only: the database outlives it.
    base: i64,
    next_update: std::sync::atomic::AtomicI64,
}

impl Traffic {
    fn user(&self, n: i64) -> i64 {
        self.base + n
    }

    /// User `n` sends `text` in a private chat, posted to `replica`'s webhook.
    async fn post(&self, replica: &Replica, n: i64, text: &str) {
        let id = self
            .next_update
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let user = self.user(n);
        let update = fake_telegram::message_from(id, user, user, text, "fr", false);
        self.deliver(replica, &update).await;
    }

    /// Posts `update` to `replica`'s webhook, as Telegram does.
    async fn deliver(&self, replica: &Replica, update: &serde_json::Value) {
        let response = self
            .client
            .post(format!("http://{}/telegram/webhook", replica.http))
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .json(update)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
    }

    /// A press of `data` by someone in user `n`'s private chat, posted to `replica`.
    async fn press(&self, replica: &Replica, n: i64, data: &str) {
        let update = {
            let mut fake = self.fake.lock().unwrap();
            fake_telegram::press(&mut fake, self.user(n), 1, data, "fr")
        };
        self.deliver(replica, &update).await;
    }

    /// The callback data of every button sent to user `n`.
    fn callback_data(&self, n: i64) -> Vec<String> {
        let user = self.user(n);
        let fake = self.fake.lock().unwrap();
        let mut data = Vec::new();
        // A photo upload is multipart: its fields are strings.
        let to_user = |b: &serde_json::Value| {
            b["chat_id"] == user || b["chat_id"].as_str() == Some(user.to_string().as_str())
        };
        for (_, body) in fake.calls.iter().filter(|(_, b)| to_user(b)) {
            let markup = match &body["reply_markup"] {
                serde_json::Value::String(text) => serde_json::from_str(text).unwrap_or_default(),
                other => other.clone(),
            };
            for row in markup["inline_keyboard"].as_array().into_iter().flatten() {
                for button in row.as_array().into_iter().flatten() {
                    if let Some(d) = button["callback_data"].as_str() {
                        data.push(d.to_owned());
                    }
                }
            }
        }
        data
    }

    /// The replies user `n` has received.
    fn replies(&self, n: i64) -> Vec<String> {
        let user = self.user(n);
        self.fake
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|(m, b)| m == "sendmessage" && b["chat_id"] == user)
            .map(|(_, b)| b["text"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// User `n`'s `count`-th reply, once it is sent.
    async fn reply(&self, n: i64, count: usize) -> String {
        if let Some(reply) = eventually(|| self.replies(n).get(count - 1).cloned()).await {
            return reply;
        }
        panic!(
            "user {n} got {} replies, not {count}",
            self.replies(n).len()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL (GAINSBOT_TEST_POSTGRES_URL); .ci/run runs it"]
async fn two_replicas_on_one_postgresql_share_saves_forgets_and_lose_no_acknowledged_save() {
    let database = services::postgres();
    let (fake, telegram) = fake_telegram::start().await;
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let a = replica(dir_a.path(), &database, &telegram).await;
    let b = replica(dir_b.path(), &database, &telegram).await;
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let traffic = Traffic {
        fake,
        client: reqwest::Client::new(),
        base: 7_000_000_000 + (seconds % 1_000_000) * 1_000,
        next_update: 1.into(),
    };

    // Saved through A, used by B at once.
    traffic.post(&a, 1, "/profil abonnes:12345").await;
    assert!(traffic.reply(1, 1).await.contains("12\u{202f}345"));
    traffic.post(&b, 1, "/profil").await;
    let seen = traffic.reply(1, 2).await;
    assert!(seen.contains("Abonnés : 12\u{202f}345"), "{seen}");

    // A has read it too (and keeps it in memory): a new save through B reaches A.
    traffic.post(&a, 1, "/profil").await;
    assert!(
        traffic
            .reply(1, 3)
            .await
            .contains("Abonnés : 12\u{202f}345")
    );
    traffic.post(&b, 1, "/profil abonnes:23456").await;
    traffic.reply(1, 4).await;
    traffic.post(&a, 1, "/profil").await;
    let updated = traffic.reply(1, 5).await;
    assert!(updated.contains("Abonnés : 23\u{202f}456"), "{updated}");

    // Forgotten through B: nothing left for A, which had it in memory.
    traffic.post(&b, 1, "/oubli confirmer:oui").await;
    traffic.reply(1, 6).await;
    traffic.post(&a, 1, "/profil").await;
    let after = traffic.reply(1, 7).await;
    assert!(after.contains("Rien n'est enregistré"), "{after}");

    // A button drawn by A, too long for Telegram's 64 bytes and so kept in the store
    // under a key, pressed on B: B reads the key from PostgreSQL and sends the details.
    traffic
        .post(
            &a,
            2,
            "/gains vues:987654321 abonnes:98765432 pays:CH devise:CHF niche:finance engagement:6,55 age:25 duree:75 pieces:987654321 prix:4999,99 commission:12,5 ventes:987654",
        )
        .await;
    let keys = eventually(|| {
        let keys = traffic.callback_data(2);
        (!keys.is_empty()).then_some(keys)
    })
    .await
    .expect("A's reply has buttons");
    let kept = keys
        .iter()
        .find(|data| data.starts_with('k'))
        .unwrap_or_else(|| panic!("no press kept under a key: {keys:?}"));
    let before = traffic.replies(2).len();
    traffic.press(&b, 2, kept).await;
    let details = traffic.reply(2, before + 1).await;
    assert!(
        details.starts_with("<b>Estimation pour 987\u{202f}654\u{202f}321 vues</b>"),
        "{details}"
    );
    assert!(!details.contains("expiré"), "{details}");

    // A burst of saves through A, which dies in the middle of it.
    const USERS: i64 = 40;
    for n in 100..100 + USERS {
        traffic
            .post(&a, n, &format!("/profil abonnes:{}", 1_000 + n))
            .await;
    }
    let acknowledged = |t: &Traffic| {
        (100..100 + USERS)
            .filter(|&n| !t.replies(n).is_empty())
            .count()
    };
    eventually(|| (acknowledged(&traffic) >= 5).then_some(())).await;
    a.running.kill();
    let acked: Vec<i64> = (100..100 + USERS)
        .filter(|&n| !traffic.replies(n).is_empty())
        .collect();
    assert!(!acked.is_empty());
    let store = Store::new(&database).unwrap();
    for n in &acked {
        let who = Identity {
            platform: Platform::Telegram,
            user_id: traffic.user(*n).to_string(),
        };
        let saved = store.profile(&who).await.unwrap();
        assert_eq!(
            saved.and_then(|p| p.followers),
            Some(1_000 + *n as u64),
            "user {n}'s save was acknowledged, then lost"
        );
    }
    eprintln!(
        "{} of {USERS} saves acknowledged before the kill, all kept",
        acked.len()
    );
    let (status, logs) = b.running.terminate().await;
    assert!(status.success(), "{logs}");
}
