//! The `gainsbot` binary as a user runs it: `ask`, `--json`, exit codes, the console chat
//! and the settings it reads.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::holds;
use testkit::settings;
use testkit::streams;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

/// Runs the binary in a fresh folder, so a developer's own `.env` is not read and the
/// database (`gainsbot.db`, the default) starts empty.
fn gainsbot(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let dir = tempfile::tempdir().unwrap();
    gainsbot_in(dir.path(), args, env, stdin)
}

/// Runs the binary in `dir`, which keeps its database from one run to the next.
fn gainsbot_in(dir: &Path, args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let mut cmd = settings::gainsbot();
    cmd.args(args)
        .current_dir(dir)
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
    // The first answer: the month's range, eligibility, what would raise it, short.
    let out = gainsbot(&["ask", "/gains vues:1000000"], &[], None);
    assert_eq!(out.status.code(), Some(0));
    let first = stdout(&out);
    assert!(
        first.starts_with("Estimation pour 1\u{202f}000\u{202f}000 vues\nSur 30 jours : "),
        "{first}"
    );
    assert!(first.chars().count() <= 700, "{first}");
    assert!(!first.contains("Sources :"), "{first}");
    // Everything, with --details.
    let out = gainsbot(&["ask", "--details", "/gains vues:1000000"], &[], None);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("Estimation pour 1\u{202f}000\u{202f}000 vues"),
        "{text}"
    );
    for stream in streams::IN_FRENCH {
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
    holds(&stdout(&out), "vues ne peut pas être négatif");
    let out = gainsbot(
        &["ask", "--lang", "en", "/earnings", "views:lots"],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    holds(&stdout(&out), "views: \"lots\" is not a whole number");
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
    // 8 000 followers: not eligible, so the figure is what it would pay once eligible,
    // never the stream's amount.
    assert!(
        crp["low_cents"].is_null() && crp["high_cents"].is_null(),
        "{crp}"
    );
    assert_eq!(crp["once_eligible"]["low_cents"], 40_000);
    assert_eq!(crp["once_eligible"]["high_cents"], 120_000);
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
    assert!(
        streams[8]["eligible"].is_null(),
        "8 000 followers is short of Pulse's usual (« souvent ») 100 000: not a refusal"
    );
    assert_eq!(
        streams[8]["missing"][0],
        "seuil habituel, pas une règle : il vous manque 92\u{202f}000 abonnés"
    );
    // 000: « au moins 1 000 abonnés et être majeur »: the age not given, to check.
    assert_eq!(
        streams[3]["eligible"],
        serde_json::Value::Null,
        "8 000 followers is enough for LIVE, the age is not known"
    );
    assert_eq!(streams[3]["verdict"], "to_check");
    assert_eq!(
        streams[3]["missing"][0],
        "il faut avoir au moins 18 ans : donnez votre âge (age:)"
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
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path();
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
        [
            "creator_rewards",
            "creator_fund",
            "live_gifts",
            "pulse",
            "brand_deal"
        ]
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
    assert_eq!(streams[1]["eligible"], false, "the Fund asks 10 000 too");
    assert_eq!(streams[0]["verdict"], "not_yet");
    assert_eq!(
        streams[2]["eligible"],
        serde_json::Value::Null,
        "the age is not known"
    );
}

#[test]
fn ask_card_writes_the_result_card() {
    let dir = tempfile::tempdir().unwrap();
    let out = gainsbot_in(
        dir.path(),
        &["ask", "--card", "card.png", "/gains 1M"],
        &[],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let png = std::fs::read(dir.path().join("card.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    assert_eq!((size(16), size(20)), (1200, 675), "the card's size");
    // A command with no card writes none, and says so rather than failing silently.
    let out = gainsbot_in(
        dir.path(),
        &["ask", "--card", "aide.png", "/aide"],
        &[],
        None,
    );
    assert!(!dir.path().join("aide.png").exists());
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

#[test]
fn a_console_user_keeps_stats_language_and_consent() {
    let dir = tempfile::tempdir().unwrap();
    let ask = |args: &[&str]| {
        let out = gainsbot_in(dir.path(), args, &[], None);
        (out.status.code(), stdout(&out))
    };
    let (code, _) = ask(&["ask", "--user", "alice", "/profil abonnes:50000"]);
    assert_eq!(code, Some(0));
    let (code, _) = ask(&["ask", "--user", "alice", "/langue en"]);
    assert_eq!(code, Some(0));
    // Saved stats fill the estimate; another user has none.
    let (_, alice) = ask(&["ask", "--json", "--user", "alice", "/gains 1M"]);
    let alice: serde_json::Value = serde_json::from_str(&alice).unwrap();
    assert_eq!(alice["inputs"]["followers"], 50000, "{alice}");
    let (_, bob) = ask(&["ask", "--json", "--user", "bob", "/gains 1M"]);
    let bob: serde_json::Value = serde_json::from_str(&bob).unwrap();
    assert!(bob["inputs"]["followers"].is_null(), "{bob}");
    // The language: --lang over the saved choice, the saved choice over the default and
    // over the words of the command.
    let (_, saved) = ask(&["ask", "--user", "alice", "/gains 1M"]);
    assert!(saved.starts_with("Estimate for 1,000,000 views"), "{saved}");
    let (_, forced) = ask(&["ask", "--user", "alice", "--lang", "fr", "/gains 1M"]);
    assert!(forced.starts_with("Estimation pour"), "{forced}");
    // /earnings alone, with no saved choice, answers in English.
    let (_, english) = ask(&["ask", "--user", "bob", "/earnings 1M"]);
    assert!(english.starts_with("Estimate for"), "{english}");
    // Forgetting needs a yes: a no keeps everything.
    let (code, kept) = ask(&[
        "ask",
        "--user",
        "alice",
        "--lang",
        "fr",
        "/oubli confirmer:non",
    ]);
    assert_eq!(code, Some(0));
    assert!(kept.contains("Rien n'a été effacé."), "{kept}");
    let (_, still) = ask(&["ask", "--json", "--user", "alice", "/gains 1M"]);
    assert!(still.contains("\"followers\": 50000"), "{still}");
    let (_, gone) = ask(&[
        "ask",
        "--user",
        "alice",
        "--lang",
        "fr",
        "/oubli confirmer:oui",
    ]);
    assert!(gone.contains("plus rien n'est enregistré"), "{gone}");
    let (_, after) = ask(&["ask", "--json", "--user", "alice", "/gains 1M"]);
    let after: serde_json::Value = serde_json::from_str(&after).unwrap();
    assert!(after["inputs"]["followers"].is_null(), "{after}");
    assert_eq!(after["lang"], "fr", "the saved language went too");
}

/// A database created by the first release (migration 1 only, one saved user) is
/// brought up to date by `gainsbot migrate`, keeping what it held.
#[tokio::test]
async fn migrate_upgrades_a_first_release_database() {
    use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};

    #[derive(Debug)]
    struct FirstRelease;
    impl MigrationSource<'static> for FirstRelease {
        fn resolve(
            self,
        ) -> std::pin::Pin<
            Box<dyn Future<Output = Result<Vec<Migration>, sqlx::error::BoxDynError>> + Send>,
        > {
            Box::pin(async {
                Ok(vec![Migration::new(
                    1,
                    "profiles".into(),
                    MigrationType::Simple,
                    include_str!("../migrations/0001_profiles.sql").into(),
                    false,
                )])
            })
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/old.db?mode=rwc", dir.path().display());
    let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
    Migrator::new(FirstRelease)
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO profiles (platform, user_id, followers, updated_day) \
         VALUES ('console', 'alice', 50000, 20000)",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;

    let env = [("DATABASE_URL", url.as_str())];
    let out = gainsbot_in(dir.path(), &["migrate"], &env, None);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let out = gainsbot_in(
        dir.path(),
        &["ask", "--json", "--user", "alice", "/gains 1M"],
        &env,
        None,
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["inputs"]["followers"], 50000, "{json}");
    // The second migration's column is there: the card preference saves.
    let out = gainsbot_in(
        dir.path(),
        &["ask", "--user", "alice", "/profil carte:non"],
        &env,
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = gainsbot_in(dir.path(), &["migrate"], &env, None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "migrating twice changes nothing"
    );
}

#[test]
fn a_malformed_env_file_stops_the_bot_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".env"),
        "TELEGRAM_TOKEN=ok\nthis line is 'broken\n",
    )
    .unwrap();
    let out = gainsbot_in(dir.path(), &["ask", "/gains 1M"], &[], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(".env"), "{err}");
    assert!(!err.contains("ok\n"), "{err}");
}

#[test]
fn the_console_asks_back_and_takes_the_number_of_the_reading_chosen() {
    let asked = stdout(&gainsbot(&[], &[], Some("j'ai 900 000\n")));
    assert!(asked.contains("Vous voulez dire… ?"), "{asked}");
    assert!(asked.contains("Tapez le numéro de votre choix."), "{asked}");
    let n = asked
        .lines()
        .find_map(|l| {
            let (n, rest) = l.split_once(". ")?;
            rest.starts_with("Estimer mes gains").then(|| n.to_owned())
        })
        .unwrap_or_else(|| panic!("an estimate among the choices: {asked}"));
    let out = gainsbot(&[], &[], Some(&format!("j'ai 900 000\n{n}\n")));
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let after = text
        .split("Tapez le numéro de votre choix.")
        .nth(1)
        .unwrap();
    assert!(
        after.contains("Estimation de vos revenus TikTok"),
        "{after}"
    );
    assert!(after.contains("Partenariats de marques : "), "{after}");
    assert!(!after.contains("Vous voulez dire"), "{after}");
}
