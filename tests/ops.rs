//! Running it for real, on the shipped binary: health, readiness and metrics on
//! `HTTP_ADDR`, JSON logs, old snapshots deleted at start, and the systemd unit.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::process;
use testkit::signing;

use std::time::{SystemTime, UNIX_EPOCH};

use catalogue::{Identity, Platform, Profile};
use edge::clock::Clock;
use serde_json::{Value, json};
use store::Store;

/// An `/earnings` interaction as Discord posts it to the endpoint.
fn earnings(id: u64) -> String {
    json!({
        "id": id.to_string(), "application_id": "2002", "type": 2,
        "data": {"id": "3003", "name": "earnings", "type": 1,
                 "options": [{"name": "views", "type": 3, "value": "1000000"}]},
        "channel_id": "5005", "token": format!("itok-{id}"), "version": 1, "locale": "en-US",
        "app_permissions": "0", "entitlements": [], "attachment_size_limit": 8388608,
        "guild_id": "4004", "guild_locale": "fr", "context": 0,
        "member": {"user": {"id": "6006", "username": "creator"}, "roles": [], "deaf": false,
                   "mute": false, "flags": 0}
    })
    .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_serves_health_and_metrics_logs_json_and_deletes_old_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}/bot.db", dir.path().display());
    let who = Identity {
        platform: Platform::Telegram,
        user_id: "4242".to_owned(),
    };
    // The binary reads the system's clock; 500 and 10 days lie far either side of its
    // 400 kept, so a run that crosses midnight sees the same.
    let today = Clock::system().today();
    {
        let store = Store::new(&database).unwrap();
        let profile = Profile {
            followers: Some(9_000),
            ..Profile::default()
        };
        store.save(&who, &profile, today - 500).await.unwrap();
        store.save(&who, &profile, today - 10).await.unwrap();
    }
    let key = signing::key(3);
    let running = process::spawn(
        process::gainsbot(dir.path())
            .env("DATABASE_URL", &database)
            .env("DISCORD_PUBLIC_KEY", signing::public_hex(&key))
            .env("DISCORD_API_URL", "http://127.0.0.1:9")
            .env("LOG_FORMAT", "json")
            .env("GAINSBOT_HISTORY_DAYS", "400"),
    );
    let http = running.http_addr().await;
    running.wait_for_log("old snapshots deleted").await;
    let client = reqwest::Client::new();
    let get = |path: &str| {
        let request = client.get(format!("http://{http}{path}")).send();
        async move {
            let response = request.await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    assert_eq!(get("/healthz").await, (200, "ok\n".to_owned()));
    assert_eq!(get("/readyz").await, (200, "ready\n".to_owned()));

    let body = earnings(77);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        .to_string();
    let answer = client
        .post(format!("http://{http}/discord/interactions"))
        .header("X-Signature-Ed25519", signing::signature(&key, &now, &body))
        .header("X-Signature-Timestamp", &now)
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    let (status, metrics) = get("/metrics").await;
    assert_eq!(status, 200);
    assert!(
        metrics.contains(
            r#"gainsbot_replies_total{platform="discord",command="earnings",lang="en"} 1"#
        ),
        "{metrics}"
    );
    assert!(metrics.contains("gainsbot_reply_seconds_bucket{platform=\"discord\""));
    assert!(metrics.contains("gainsbot_store_seconds"));
    assert!(!metrics.contains("6006"), "no user id in any label");

    let (status, logs) = running.terminate().await;
    assert!(status.success(), "{logs}");
    for line in logs.lines() {
        let entry: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("not one JSON object a line ({e}): {line}"));
        assert!(
            entry["level"].is_string() && entry["fields"].is_object(),
            "{line}"
        );
    }

    let store = Store::new(&database).unwrap();
    let days: Vec<i64> = store
        .history(&who, i64::MIN)
        .await
        .unwrap()
        .iter()
        .map(|s| s.day)
        .collect();
    assert_eq!(
        days,
        [today - 10],
        "the 500-day-old snapshot is gone, not the recent one"
    );
}

fn unit() -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/gainsbot.service"),
    )
    .unwrap()
}

/// `deploy/gainsbot.service` starts the binary its install steps put in place, confined,
/// as the user that owns its state, and restarts it on failure. Read as text: no tool
/// needed.
#[test]
fn the_systemd_unit_runs_the_installed_binary_confined() {
    let unit = unit();
    assert!(unit.contains("install -m 755 target/release/gainsbot /usr/local/bin/gainsbot\n"));
    assert!(unit.contains("\nExecStart=/usr/local/bin/gainsbot\n"));
    for setting in [
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "StateDirectory=gainsbot",
        "EnvironmentFile=/etc/gainsbot/env",
        "Restart=on-failure",
        "User=gainsbot",
        "KillSignal=SIGTERM",
    ] {
        assert!(unit.contains(&format!("\n{setting}\n")), "{setting}");
    }
}

/// The unit is one systemd accepts, with this build's binary in `ExecStart` (which
/// `verify` checks is there).
#[test]
#[ignore = "needs systemd-analyze (Debian: apt install systemd); .ci/run runs it"]
fn the_systemd_unit_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gainsbot.service");
    std::fs::write(
        &path,
        unit().replace("/usr/local/bin/gainsbot", env!("CARGO_BIN_EXE_gainsbot")),
    )
    .unwrap();
    let verified = std::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .expect("this test needs systemd-analyze (Debian: apt install systemd)");
    let said = String::from_utf8_lossy(&verified.stderr);
    assert!(verified.status.success(), "{said}");
    assert!(
        said.trim().is_empty(),
        "systemd-analyze verify warns: {said}"
    );
}

/// `/readyz` says 503 while the database does not answer (refusing connections, or
/// accepting them and saying nothing), 200 once it does; `/healthz` stays 200 all along.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_follows_the_database() {
    let silent_url = testkit::silent::database().await;
    let dir = tempfile::tempdir().unwrap();
    let working = format!("sqlite://{}/ready.db", dir.path().display());
    let answers = || answers::Answers::new(figures::Rates::embedded().unwrap(), values::Lang::Fr);
    for (database, expected) in [
        ("postgres://gainsbot@127.0.0.1:1/nowhere", 503),
        (silent_url.as_str(), 503),
        (working.as_str(), 200),
    ] {
        let service = edge::service::Service::new(answers(), Some(Store::new(database).unwrap()));
        let router = gainsbot::serve::ops::router(
            std::sync::Arc::new(service),
            edge::health::Health::default(),
        );
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = tcp.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(tcp, router).await });
        let get = |path: &str| {
            let url = format!("http://{addr}{path}");
            async move {
                let response = reqwest::get(url).await.unwrap();
                (response.status().as_u16(), response.text().await.unwrap())
            }
        };
        let (status, said) = get("/readyz").await;
        assert_eq!(status, expected, "{database}: {said}");
        if expected == 503 {
            assert_eq!(said, "store: not answering\n");
        }
        assert_eq!(get("/healthz").await, (200, "ok\n".to_owned()));
    }
}
