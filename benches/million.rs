//! A million creators on PostgreSQL: the shipped binary started on 1 000 000 saved
//! profiles and 3 000 000 daily snapshots, generated here in a database of their own,
//! serving Telegram (a fake): the time from start to ready (`/readyz` 200) and the memory
//! it holds once the creators who saved are known (RSS, and `RssAnon`: what it allocated,
//! not the binary's own pages). `GAINSBOT_TEST_POSTGRES_URL=$(bash .ci/postgres.sh)
//! cargo bench --bench million`.

// A benchmark that cannot measure stops.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

use sqlx::{Connection, Executor};
use testkit::fake_telegram::{self, TOKEN};
use testkit::{settings, shipped};

const PROFILES: i64 = 1_000_000;
const SNAPSHOTS_EACH: i64 = 3;

/// A field of `/proc/<pid>/status`, in KiB.
fn status_kib(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(field))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    if shipped::wanted().is_none() {
        return;
    }
    let Ok(server) = std::env::var("GAINSBOT_TEST_POSTGRES_URL") else {
        println!("million: set GAINSBOT_TEST_POSTGRES_URL=$(bash .ci/postgres.sh)");
        return;
    };
    let gainsbot = shipped::binary();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (server_url, _) = server.rsplit_once('/').unwrap();
    let url = format!("{server_url}/gainsbot_million");
    let seeded = Instant::now();
    runtime.block_on(async {
        let mut db = sqlx::PgConnection::connect(&server).await.unwrap();
        db.execute("DROP DATABASE IF EXISTS gainsbot_million")
            .await
            .unwrap();
        db.execute("CREATE DATABASE gainsbot_million").await.unwrap();
        store::Store::new(&url).unwrap().migrate().await.unwrap();
        let mut db = sqlx::PgConnection::connect(&url).await.unwrap();
        db.execute(
            format!(
                "INSERT INTO profiles (platform, user_id, followers, views30d, country, updated_day) \
                 SELECT 'telegram', i::text, i % 200000, (i % 97) * 10000, 'FR', 20400 \
                 FROM generate_series(1, {PROFILES}) i"
            )
            .as_str(),
        )
        .await
        .unwrap();
        db.execute(
            format!(
                "INSERT INTO snapshots (platform, user_id, day, followers, views30d) \
                 SELECT 'telegram', (i % {PROFILES} + 1)::text, 20400 - i / {PROFILES}, i % 200000, NULL \
                 FROM generate_series(0, {} - 1) i",
                PROFILES * SNAPSHOTS_EACH
            )
            .as_str(),
        )
        .await
        .unwrap();
        db.execute("VACUUM ANALYZE").await.unwrap();
    });
    println!(
        "million: {PROFILES} profiles and {} snapshots generated in {:.0?}",
        PROFILES * SNAPSHOTS_EACH,
        seeded.elapsed()
    );
    let (_fake, api_url) = fake_telegram::start_apart();
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut child = settings::without_settings(&gainsbot)
        .env("TELEGRAM_TOKEN", TOKEN)
        .env("TELEGRAM_API_URL", &api_url)
        .env("DATABASE_URL", &url)
        .env("HTTP_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .env("LOG_FORMAT", "json")
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the bot starts");
    let pid = child.id();
    let mut logs = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = logs.next().expect("the bot logs").unwrap();
        let logged: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
        if logged["fields"]["message"] == "serving HTTP" {
            break logged["fields"]["addr"].as_str().unwrap().to_owned();
        }
    };
    std::thread::spawn(move || logs.for_each(drop));
    let ready = runtime.block_on(async {
        loop {
            let answered = reqwest::get(format!("http://{addr}/readyz")).await;
            if answered.is_ok_and(|r| r.status() == 200) {
                return started.elapsed();
            }
            assert!(started.elapsed() < Duration::from_secs(120), "never ready");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    // Who saved is read in the background after start: memory once it settles.
    let mut settled = (0, 0);
    for _ in 0..60 {
        std::thread::sleep(Duration::from_millis(500));
        let now = (status_kib(pid, "VmRSS:"), status_kib(pid, "RssAnon:"));
        if now == settled {
            break;
        }
        settled = now;
    }
    let (rss, anon) = settled;
    println!(
        "million: ready {:.0?} after start; then RSS {} KiB, anonymous {} KiB",
        ready, rss, anon
    );
    shipped::stop(&mut child);
}
