//! The `gainsbot` binary as a user runs it: `ask`, `--json`, exit codes, the console chat
//! and the settings it reads.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn gainsbot(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    // Run from an empty folder so a developer's own .env is not read.
    let dir = std::env::temp_dir().join(format!("gainsbot-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_gainsbot"));
    cmd.args(args)
        .current_dir(&dir)
        .env_remove("GAINSBOT_DEFAULT_LANG")
        .env_remove("GAINSBOT_RATES")
        .env_remove("TELEGRAM_TOKEN")
        .env_remove("DISCORD_TOKEN")
        .env_remove("DISCORD_PUBLIC_KEY")
        .env_remove("DATABASE_URL")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn ask_answers_in_french_with_every_stream_range_verdict_and_source() {
    let out = gainsbot(&["ask", "/gains vues:1000000"], &[], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("Estimation pour 1\u{202f}000\u{202f}000 vues"),
        "{text}"
    );
    for stream in [
        "Programme de récompenses des créateurs",
        "Fonds des créateurs",
        "Partenariats de marques",
        "Cadeaux LIVE",
        "Cadeaux vidéo (Video Gifts)",
        "Abonnements payants",
        "Affiliation et TikTok Shop",
        "Vos propres produits",
        "TikTok Pulse",
    ] {
        assert!(text.contains(stream), "{stream} missing from:\n{text}");
    }
    assert!(
        text.contains(
            "France et Europe : 400\u{a0}€ – 1\u{202f}200\u{a0}€ selon Clapico High-Tech, 2025"
        ),
        "{text}"
    );
    assert!(text.contains("Sources : PhoneInfo, 2026 ; "), "{text}");
}

#[test]
fn ask_answers_in_english() {
    let out = gainsbot(
        &["ask", "--lang", "en", "/earnings views:1000000"],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("Estimate for 1,000,000 views"), "{text}");
    assert!(text.contains("$400 – $6,000 or more"), "{text}");
}

#[test]
fn bad_input_prints_the_localized_error_and_exits_2() {
    let out = gainsbot(&["ask", "/gains vues:-5"], &[], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("vues ne peut pas être négatif"),
        "{}",
        stdout(&out)
    );
    let out = gainsbot(
        &["ask", "--lang", "en", "/earnings", "views:lots"],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("views: \"lots\" is not a whole number"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn json_gives_the_structured_reply() {
    let out = gainsbot(
        &["ask", "--json", "/gains vues:1000000 abonnes:8000 pays:FR"],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["command"], "gains");
    assert_eq!(json["lang"], "fr");
    assert!(json["text"].as_str().unwrap().contains("Estimation"));
    let streams = json["streams"].as_array().unwrap();
    let ids: Vec<&str> = streams.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "creator_rewards",
            "creator_fund",
            "brand_deal",
            "live_gifts",
            "video_gifts",
            "subscriptions",
            "affiliate",
            "products",
            "pulse"
        ]
    );
    let crp = &streams[0];
    assert_eq!(crp["low_cents"], 40_000);
    assert_eq!(crp["high_cents"], 120_000);
    assert_eq!(crp["currency"], "EUR");
    assert_eq!(crp["per"], "month");
    assert_eq!(streams[2]["per"], "sponsored_video");
    assert_eq!(crp["eligible"], false);
    assert_eq!(crp["missing"][0], "il vous manque 2\u{202f}000 abonnés");
    assert!(
        crp["sources"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("Clapico High-Tech, 2025")),
        "{crp}"
    );
    assert!(
        streams[8]["low_cents"].is_null(),
        "Pulse has no public rate"
    );
    assert_eq!(
        streams[8]["eligible"], false,
        "8 000 followers is short of Pulse's 100 000"
    );
    assert_eq!(
        streams[3]["eligible"], true,
        "8 000 followers is enough for LIVE"
    );
    assert!(
        streams[2]["low_cents"].is_null(),
        "8 000 followers is below the first priced brand tier"
    );
}

#[test]
fn with_no_platform_the_bot_chats_on_standard_input() {
    let out = gainsbot(&[], &[], Some("/gains 1M\n\nhow much for 500k views?\n"));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("Estimation pour 1\u{202f}000\u{202f}000 vues"),
        "{text}"
    );
    assert!(text.contains("Estimate for 500,000 views"), "{text}");
}

#[test]
fn default_language_comes_from_the_environment() {
    let out = gainsbot(
        &["ask", "/gains 1M"],
        &[("GAINSBOT_DEFAULT_LANG", "en")],
        None,
    );
    assert!(
        stdout(&out).starts_with("Estimate for 1,000,000 views"),
        "{}",
        stdout(&out)
    );
    let out = gainsbot(
        &["ask", "/gains 1M"],
        &[("GAINSBOT_DEFAULT_LANG", "xx")],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("GAINSBOT_DEFAULT_LANG"));
}

#[test]
fn a_broken_rate_file_is_refused_with_file_key_and_problem() {
    let dir = std::env::temp_dir().join(format!("gainsbot-cli-rates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rates = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("rates");
    for entry in std::fs::read_dir(&rates).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap().replace(
            "low = \"0.50\"\nhigh = \"6.00\"",
            "low = \"6.00\"\nhigh = \"0.50\"",
        );
        std::fs::write(dir.join(path.file_name().unwrap()), text).unwrap();
    }
    let out = gainsbot(
        &["ask", "/gains 1M"],
        &[("GAINSBOT_RATES", dir.to_str().unwrap())],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("creator_rewards.toml")
            && err.contains("rate.crp_rpm")
            && err.contains("greater than high"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn json_eligibility_lists_each_programme_with_what_is_missing() {
    let out = gainsbot(
        &[
            "ask",
            "--json",
            "/eligibilite abonnes:8000 vues:150000 pays:FR",
        ],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["command"], "eligibility");
    let streams = json["streams"].as_array().unwrap();
    let ids: Vec<&str> = streams.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        ["creator_rewards", "live_gifts", "pulse", "brand_deal"]
    );
    assert_eq!(streams[0]["eligible"], false);
    assert_eq!(
        streams[0]["missing"][0],
        "il vous manque 2\u{202f}000 abonnés"
    );
    assert!(
        streams[0]["sources"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("PhoneInfo, 2026"))
    );
    assert_eq!(streams[1]["eligible"], true);
}
