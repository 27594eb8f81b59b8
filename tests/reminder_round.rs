//! A monthly round at scale: 100 000 creators asked for reminders. The round is killed
//! half-way through, in the middle of sending, and a second process on the same database
//! finishes it: every creator is reminded exactly once, and the round's progress is the
//! `gainsbot_reminders_pending` gauge all along. The pacing is scaled down (no pause
//! between reminders, and no throttle in front of the fake Telegram, each creator being
//! their own chat); the round is the one the bot runs.
//!
//! Its own test binary: the metrics it reads are process-wide.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::fake_telegram;

use std::collections::HashMap;
use std::time::Duration;

use chrono::{TimeZone, Utc};
use sqlx::{Connection, Executor};

use answers::Answers;
use catalogue::Platform;
use edge::clock::Clock;
use edge::redact::Secrets;
use edge::reminders::{Pacing, round};
use edge::service::Service;
use figures::Rates;
use store::Store;
use values::Lang;

const CREATORS: i64 = 100_000;

/// Sixteen in flight, none waited for, a claim stale after a second.
const SCALED_DOWN: Pacing = Pacing {
    pace: Duration::ZERO,
    in_flight: 16,
    stale_after: Duration::from_secs(1),
};

/// The morning of 1 December 2026: November's reminders were had, December's are due.
fn first_of_december() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()
}

/// One process: its own pool on the database, its own client.
fn process(
    url: &str,
    api_url: &str,
) -> (Service, Store, telegram::reminders::Telegram<teloxide::Bot>) {
    let store = Store::new(url).unwrap();
    let service = Service {
        clock: Clock::fixed(first_of_december()),
        ..Service::new(
            Answers::new(Rates::embedded().unwrap(), Lang::Fr),
            Some(store.clone()),
        )
    };
    let client = teloxide::Bot::new(fake_telegram::TOKEN).set_api_url(api_url.parse().unwrap());
    let courier = telegram::reminders::Telegram {
        client,
        secrets: Secrets::default(),
    };
    (service, store, courier)
}

/// Sends so far, by chat.
fn sent(fake: &fake_telegram::Shared) -> HashMap<i64, usize> {
    let mut by_chat = HashMap::new();
    for (method, body) in &fake.lock().unwrap().calls {
        if method == "sendmessage" {
            *by_chat
                .entry(body["chat_id"].as_i64().unwrap())
                .or_default() += 1;
        }
    }
    by_chat
}

/// The progress gauge, as `/metrics` shows it.
fn pending() -> f64 {
    edge::telemetry::render()
        .lines()
        .find(|l| l.starts_with("gainsbot_reminders_pending{platform=\"telegram\"}"))
        .and_then(|l| l.rsplit(' ').next()?.parse().ok())
        .expect("the gauge is exported")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_of_100_000_killed_half_way_is_finished_by_another_process() {
    edge::telemetry::install();
    let (fake, api_url) = fake_telegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/round.db", dir.path().display());
    Store::new(&url).unwrap().migrate().await.unwrap();
    {
        // Creators 1 to 100 000, each with figures and the reminder on.
        let mut db = sqlx::SqliteConnection::connect(&url).await.unwrap();
        db.execute(
            format!(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {CREATORS}) \
                 INSERT INTO profiles (platform, user_id, followers, views30d, reminder, updated_day) \
                 SELECT 'telegram', CAST(i AS TEXT), 12000, 150000, 1, 20400 FROM n"
            )
            .as_str(),
        )
        .await
        .unwrap();
    }

    // The first process, killed once half are sent, with sixteen sends under way that
    // Telegram has not answered (so none of them arrived).
    let first = {
        let (url, api_url) = (url.clone(), api_url.clone());
        tokio::spawn(async move {
            let (service, store, courier) = process(&url, &api_url);
            let at = first_of_december();
            round(
                &service,
                &store,
                &courier,
                Platform::Telegram,
                at,
                SCALED_DOWN,
            )
            .await
        })
    };
    let started = std::time::Instant::now();
    while sent(&fake).len() < CREATORS as usize / 2 {
        assert!(!first.is_finished(), "{:?}", first.await);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let hang = fake_telegram::Fault::Hang(Duration::from_secs(600));
    fake.lock()
        .unwrap()
        .fail("sendMessage", std::iter::repeat_n(hang, 1_000));
    let stuck = SCALED_DOWN.in_flight;
    while fake.lock().unwrap().faulted("sendMessage").len() < stuck {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    first.abort();
    let _ = first.await;
    let half_way = sent(&fake);
    let left = pending();
    eprintln!(
        "first process killed after {:.1?}: {} sent, {left} pending",
        started.elapsed(),
        half_way.len()
    );
    assert!(half_way.len() >= CREATORS as usize / 2);
    assert!(half_way.values().all(|&n| n == 1), "once each so far");
    assert_eq!(
        left as usize,
        CREATORS as usize - half_way.len(),
        "the gauge counts what the round had left, the sixteen cut off included"
    );

    // The second process, once the first's claims are stale: what is left, the sixteen
    // cut off included.
    fake.lock().unwrap().faults.clear();
    tokio::time::sleep(SCALED_DOWN.stale_after + Duration::from_millis(500)).await;
    let (service, store, courier) = process(&url, &api_url);
    let resumed = started.elapsed();
    // The day's clock has moved on as the machine's has.
    let now = first_of_december() + chrono::Duration::from_std(resumed).unwrap();
    let done = round(
        &service,
        &store,
        &courier,
        Platform::Telegram,
        now,
        SCALED_DOWN,
    )
    .await
    .unwrap();
    eprintln!(
        "second process: {} sent in {:.1?}",
        done.sent,
        started.elapsed() - resumed
    );
    assert_eq!(done.sent, CREATORS as usize - half_way.len());
    assert_eq!(pending(), 0.0);
    let all = sent(&fake);
    assert_eq!(all.len(), CREATORS as usize, "every creator");
    let twice: Vec<_> = all.iter().filter(|(_, n)| **n != 1).collect();
    assert!(twice.is_empty(), "each once: {twice:?}");
    let violations = fake.lock().unwrap().violations.clone();
    assert!(violations.is_empty(), "{violations:?}");

    // Another round the same month sends nothing.
    let again = round(
        &service,
        &store,
        &courier,
        Platform::Telegram,
        now + chrono::Duration::hours(1),
        SCALED_DOWN,
    )
    .await
    .unwrap();
    assert_eq!(again.sent, 0);
}
