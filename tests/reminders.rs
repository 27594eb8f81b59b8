//! Monthly reminders end to end, the clock chosen by the test: sent through the real
//! teloxide and serenity clients to the fake platforms, once per user and month even
//! with two processes on one PostgreSQL, never to a user who did not ask, and turned off
//! when the platform says the user blocked the bot (Telegram 403, Discord 50007); a 429
//! is waited out.
//! The two-process test needs PostgreSQL: ignored by a plain `cargo test`, run by `.ci/run`.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_discord;
use testkit::fake_telegram;
use testkit::holds;
use testkit::services;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Datelike, TimeZone, Utc};
use teloxide::prelude::*;

use answers::{Answers, Request};
use catalogue::{Identity, Platform};
use edge::clock::Clock;
use edge::redact::Secrets;
use edge::reminders::{Pacing, Round, round};
use edge::service::Service;
use figures::Rates;
use store::Store;
use values::Lang;

/// The day the creators ask for reminders, on every run: the clock both the service and
/// the rounds read.
fn asked_on() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 10, 0, 0).unwrap()
}

fn service(store: &Store) -> Service {
    Service {
        clock: Clock::fixed(asked_on()),
        writes_first: vec![Platform::Telegram, Platform::Discord],
        ..Service::new(
            Answers::new(Rates::embedded().unwrap(), Lang::Fr),
            Some(store.clone()),
        )
    }
}

async fn say(service: &Service, who: &Identity, text: &str) -> String {
    let request = Request {
        text,
        lang: None,
        locale: Some("fr"),
        card: false,
        shared: false,
    };
    answers::render::plain(&service.handle(Some(who), &request).await)
}

/// The first of the month `ahead` months after [`asked_on`], at 10:00 UTC: reminders are due.
fn first_of_month(ahead: u32) -> DateTime<Utc> {
    let now = asked_on();
    let months = now.year() * 12 + now.month0() as i32 + ahead as i32;
    Utc.with_ymd_and_hms(months / 12, months as u32 % 12 + 1, 1, 10, 0, 0)
        .unwrap()
}

/// The shipped pacing scaled down: a millisecond apart, a claim stale after a second.
const PACE: Pacing = Pacing {
    pace: Duration::from_millis(1),
    in_flight: 4,
    stale_after: Duration::from_secs(1),
};

fn telegram_courier(api_url: &str) -> telegram::reminders::Telegram {
    let bot = teloxide::Bot::new(fake_telegram::TOKEN).set_api_url(api_url.parse().unwrap());
    telegram::reminders::Telegram {
        client: bot.throttle(teloxide::adaptors::throttle::Limits::default()),
        secrets: Secrets::default(),
    }
}

/// Messages the fake Telegram was asked to send to `chat`.
fn sent_to(fake: &fake_telegram::Shared, chat: i64) -> Vec<String> {
    fake.lock()
        .unwrap()
        .calls
        .iter()
        .filter(|(m, b)| m == "sendmessage" && b["chat_id"] == chat)
        .map(|(_, b)| b["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL (GAINSBOT_TEST_POSTGRES_URL); .ci/run runs it"]
async fn two_processes_on_one_postgresql_send_each_reminder_once_and_a_block_stops_them() {
    let url = services::postgres();
    let (fake, api_url) = fake_telegram::start().await;
    // Two processes: each its own pool and memory, one database.
    let (a, b) = (Store::new(&url).unwrap(), Store::new(&url).unwrap());
    let (bot_a, bot_b) = (service(&a), service(&b));
    // Users of this run only: the database outlives it.
    let base = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
        % 1_000_000_000
        * 10;
    let user = |n: i64| Identity {
        platform: Platform::Telegram,
        user_id: (base + n).to_string(),
    };
    let (asked, blocked, never) = (user(1), user(2), user(3));
    for who in [&asked, &blocked, &never] {
        say(&bot_a, who, "/profil abonnes:9500 vues30j:80000").await;
    }
    for who in [&asked, &blocked] {
        let said = say(&bot_a, who, "/rappel mensuel").await;
        assert!(
            said.contains("un message privé au début de chaque mois"),
            "{said}"
        );
    }
    fake.lock().unwrap().blocked.insert(base + 2);

    // This month's was taken as had when they asked: nothing until the next one.
    let now = asked_on();
    let (courier_a, courier_b) = (telegram_courier(&api_url), telegram_courier(&api_url));
    round(&bot_a, &a, &courier_a, Platform::Telegram, now, PACE)
        .await
        .unwrap();
    assert!(sent_to(&fake, base + 1).is_empty());

    // The first of next month, both processes at once.
    let next = first_of_month(1);
    let (one, two) = tokio::join!(
        round(&bot_a, &a, &courier_a, Platform::Telegram, next, PACE),
        round(&bot_b, &b, &courier_b, Platform::Telegram, next, PACE),
    );
    let (one, two) = (one.unwrap(), two.unwrap());
    let sent = sent_to(&fake, base + 1);
    assert_eq!(sent.len(), 1, "exactly one reminder: {sent:?}");
    holds(&sent[0], "C'est le début du mois : où en êtes-vous ?");
    assert!(sent[0].contains("Abonnés : 9\u{202f}500"), "{}", sent[0]);
    assert!(sent[0].contains("/rappel off"), "{}", sent[0]);
    assert_eq!(
        sent_to(&fake, base + 2).len(),
        1,
        "tried once, refused with 403"
    );
    assert!(sent_to(&fake, base + 3).is_empty(), "never asked");
    assert!(one.blocked + two.blocked >= 1, "{one:?} {two:?}");

    // The 403 turned the blocked user's reminders off, in the database both read.
    let profile = b.profile(&blocked).await.unwrap().unwrap();
    assert!(!profile.reminder);
    assert!(a.profile(&asked).await.unwrap().unwrap().reminder);

    // Later in the month, and after a restart (a new store on the same database):
    // nothing again.
    let restarted = Store::new(&url).unwrap();
    let later = next + chrono::Duration::days(3);
    round(
        &service(&restarted),
        &restarted,
        &courier_a,
        Platform::Telegram,
        later,
        PACE,
    )
    .await
    .unwrap();
    assert_eq!(sent_to(&fake, base + 1).len(), 1);

    // The month after: the next one, to the one still asking.
    // A month on: here a second, the pace Telegram allows in one chat.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = first_of_month(2);
    round(&bot_b, &b, &courier_b, Platform::Telegram, after, PACE)
        .await
        .unwrap();
    assert_eq!(sent_to(&fake, base + 1).len(), 2);
    assert_eq!(sent_to(&fake, base + 2).len(), 1);

    // `/oubli` stops them too.
    say(&bot_a, &asked, "/oubli confirmer:oui").await;
    round(
        &bot_a,
        &a,
        &courier_a,
        Platform::Telegram,
        first_of_month(3),
        PACE,
    )
    .await
    .unwrap();
    assert_eq!(sent_to(&fake, base + 1).len(), 2);
    for who in [&blocked, &never] {
        say(&bot_a, who, "/oubli confirmer:oui").await;
    }
    let violations = fake.lock().unwrap().violations.clone();
    assert!(violations.is_empty(), "{violations:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discord_reminders_go_by_dm_stop_with_rappel_off_and_with_closed_dms() {
    let (fake, api_url) = fake_discord::start().await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(&format!("sqlite://{}/r.db", dir.path().display())).unwrap();
    let bot = service(&store);
    let user = |id: &str| Identity {
        platform: Platform::Discord,
        user_id: id.to_owned(),
    };
    let (asked, closed, stopped, never) = (user("6101"), user("6102"), user("6103"), user("6104"));
    for who in [&asked, &closed, &stopped, &never] {
        say(&bot, who, "/profil abonnes:12000").await;
    }
    for who in [&asked, &closed, &stopped] {
        say(&bot, who, "/rappel mensuel").await;
    }
    let said = say(&bot, &stopped, "/rappel off").await;
    assert!(said.contains("Plus de rappel."), "{said}");
    fake.lock().unwrap().closed_dms.insert("6102".into());
    let config = discord::DiscordConfig {
        token: Some(fake_discord::TOKEN.to_owned()),
        api_url: Some(api_url.parse().unwrap()),
        ..discord::DiscordConfig::default()
    };
    let courier = discord::reminders::Discord {
        http: Arc::new(config.http(fake_discord::TOKEN).unwrap()),
        secrets: Secrets::default(),
    };
    // Discord asks to slow down once: waited out, nothing lost, nothing sent twice.
    fake.lock()
        .unwrap()
        .fail("message", [fake_discord::Fault::RateLimited(0.2)]);
    let done = round(
        &bot,
        &store,
        &courier,
        Platform::Discord,
        first_of_month(1),
        PACE,
    )
    .await
    .unwrap();
    assert_eq!(
        done,
        Round {
            sent: 1,
            blocked: 1,
            failed: 0
        }
    );
    let posted = |channel: &str| {
        let path = format!("/api/v10/channels/{channel}/messages");
        fake.lock()
            .unwrap()
            .calls
            .iter()
            .filter(|(m, p, _)| m == "POST" && *p == path)
            .map(|(_, _, body)| body.clone())
            .collect::<Vec<_>>()
    };
    let sent = posted(&fake_discord::dm_channel("6101"));
    assert_eq!(sent.len(), 1, "{sent:?}");
    let shown = sent[0].to_string();
    assert!(
        shown.contains("C'est le début du mois : où en êtes-vous ?"),
        "{shown}"
    );
    assert!(
        posted(&fake_discord::dm_channel("6103")).is_empty(),
        "turned off"
    );
    assert!(
        posted(&fake_discord::dm_channel("6104")).is_empty(),
        "never asked"
    );
    assert!(
        !store.profile(&closed).await.unwrap().unwrap().reminder,
        "50007 turns them off"
    );
    assert_eq!(
        fake.lock().unwrap().faulted("message"),
        1,
        "the 429 was met"
    );
    let violations = fake.lock().unwrap().violations.clone();
    assert!(violations.is_empty(), "{violations:?}");
}
