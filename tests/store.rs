//! The store suite, run against SQLite (a temporary file) and, when
//! `GAINSBOT_TEST_POSTGRES_URL` is set (`.ci/run` sets it), PostgreSQL.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::patience;
use testkit::services;

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use answers::render;
use answers::{Answers, Request};
use catalogue::{Identity, Platform, Profile, Settings, Snapshot};
use chrono::{TimeZone, Utc};
use edge::clock::Clock;
use edge::service::Service;
use figures::Rates;
use sqlx::{Connection, Executor};
use store::Store;
use values::Lang;

/// Each test gets its own users, so tests can share one PostgreSQL database.
fn user(test: &str, n: usize) -> Identity {
    Identity {
        platform: Platform::Console,
        user_id: format!("{test}-{}-{n}", std::process::id()),
    }
}

fn sqlite_url(test: &str) -> (String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/{test}.db", dir.path().display());
    (url, dir)
}

/// The databases to run a test against.
fn backends(test: &str) -> Vec<(String, Option<tempfile::TempDir>)> {
    let (sqlite, dir) = sqlite_url(test);
    let mut urls = vec![(sqlite, Some(dir))];
    match std::env::var("GAINSBOT_TEST_POSTGRES_URL") {
        Ok(pg) if !pg.is_empty() => urls.push((pg, None)),
        _ if services::in_ci() => {
            panic!("CI must run the store suite on PostgreSQL too (see .ci/run)")
        }
        _ => eprintln!("{test}: GAINSBOT_TEST_POSTGRES_URL unset, SQLite only"),
    }
    urls
}

/// The day every store test is on: payouts of October and September 2026 are recent, and
/// stay so on any later run.
fn mid_november_2026() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 15, 12, 0, 0).unwrap())
}

fn bot(store: Store) -> Service {
    Service {
        clock: mid_november_2026(),
        ..Service::new(
            Answers::new(Rates::embedded().unwrap(), Lang::Fr),
            Some(store),
        )
    }
}

/// The reply `who` gets to `text` in a private chat.
async fn reply(bot: &Service, who: &Identity, text: &str) -> answers::reply::Reply {
    let request = Request {
        text,
        lang: None,
        locale: None,
        card: false,
        shared: false,
    };
    bot.handle(Some(who), &request).await
}

async fn say(bot: &Service, who: &Identity, text: &str) -> String {
    render::plain(&reply(bot, who, text).await)
}

/// The first answer `who` gets to `text`: the summary when the reply has one.
async fn summary(bot: &Service, who: &Identity, text: &str) -> String {
    render::first(&reply(bot, who, text).await)
}

#[tokio::test]
async fn profile_round_trips_with_one_snapshot_a_day() {
    for (url, _dir) in backends("roundtrip") {
        let store = Store::new(&url).unwrap();
        let who = user("roundtrip", 0);
        assert_eq!(store.profile(&who).await.unwrap(), None);
        let profile = Profile {
            followers: Some(8000),
            views30d: Some(150_000),
            engagement: Some(values::Percent(rust_decimal::Decimal::new(65, 1))),
            country: text::Country::parse("FR"),
            lang: Some(Lang::En),
            ..Profile::default()
        };
        store.save(&who, &profile, 100).await.unwrap();
        assert_eq!(
            store.profile(&who).await.unwrap(),
            Some(profile.clone()),
            "{url}"
        );
        let later = Profile {
            followers: Some(9000),
            ..profile.clone()
        };
        store.save(&who, &later, 100).await.unwrap();
        store.save(&who, &later, 103).await.unwrap();
        let history = store.history(&who, 0).await.unwrap();
        assert_eq!(
            history,
            vec![
                Snapshot {
                    day: 100,
                    followers: Some(9000),
                    views30d: Some(150_000)
                },
                Snapshot {
                    day: 103,
                    followers: Some(9000),
                    views30d: Some(150_000)
                },
            ],
            "{url}"
        );
        assert_eq!(
            store.history(&who, 100).await.unwrap().len(),
            1,
            "only days after 100"
        );
        store.forget(&who).await.unwrap();
    }
}

#[tokio::test]
async fn the_same_number_on_two_platforms_is_two_people() {
    for (url, _dir) in backends("platforms") {
        let store = Store::new(&url).unwrap();
        let console = user("platforms", 0);
        let telegram = Identity {
            platform: Platform::Telegram,
            ..console.clone()
        };
        store
            .save(
                &console,
                &Profile {
                    followers: Some(1),
                    ..Profile::default()
                },
                1,
            )
            .await
            .unwrap();
        assert_eq!(store.profile(&telegram).await.unwrap(), None, "{url}");
        store
            .save(
                &telegram,
                &Profile {
                    followers: Some(2),
                    ..Profile::default()
                },
                1,
            )
            .await
            .unwrap();
        store.forget(&telegram).await.unwrap();
        assert_eq!(
            store.profile(&console).await.unwrap().unwrap().followers,
            Some(1),
            "{url}"
        );
        store.forget(&console).await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_concurrent_write_is_there() {
    for (url, _dir) in backends("concurrent") {
        let store = Store::new(&url).unwrap();
        let writers: Vec<_> = (0..8)
            .map(|w| {
                let store = store.clone();
                tokio::spawn(async move {
                    let mut acknowledged = Vec::new();
                    for i in 0..50 {
                        let n = w * 1000 + i;
                        let who = user("concurrent", n);
                        let profile = Profile {
                            followers: Some(n as u64),
                            ..Profile::default()
                        };
                        store.save(&who, &profile, 7).await.unwrap();
                        acknowledged.push(n);
                    }
                    acknowledged
                })
            })
            .collect();
        for writer in writers {
            for n in writer.await.unwrap() {
                let who = user("concurrent", n);
                assert_eq!(
                    store.profile(&who).await.unwrap().and_then(|p| p.followers),
                    Some(n as u64),
                    "{url}"
                );
                store.forget(&who).await.unwrap();
            }
        }
    }
}

#[tokio::test]
async fn alice_saves_uses_checks_and_forgets() {
    for (url, _dir) in backends("alice") {
        let bot = bot(Store::new(&url).unwrap());
        let alice = user("alice", 0);
        let saved = say(&bot, &alice, "/profil abonnes:8000 vues30j:150000 pays:FR").await;
        assert!(saved.contains("Abonnés : 8\u{202f}000"), "{saved}");
        let gains = say(&bot, &alice, "/gains").await;
        assert!(
            gains.contains(
                "D'après vos valeurs enregistrées : 150\u{202f}000 vues, 8\u{202f}000 abonnés, France"
            ),
            "{gains}"
        );
        assert!(
            gains.contains("Estimation pour 150\u{202f}000 vues"),
            "{gains}"
        );
        let typed = say(&bot, &alice, "/gains vues:1M").await;
        assert!(
            typed.contains("Estimation pour 1\u{202f}000\u{202f}000 vues"),
            "typed values win: {typed}"
        );
        let stats = say(&bot, &alice, "/stats").await;
        assert!(
            stats.contains("il vous manque 2\u{202f}000 abonnés"),
            "{stats}"
        );
        let english = say(&bot, &alice, "/language en").await;
        assert!(
            english.contains("I will answer you in English"),
            "{english}"
        );
        assert!(
            say(&bot, &alice, "/gains")
                .await
                .starts_with("Estimate for 150,000 views"),
            "the saved language wins"
        );
        let prompt = say(&bot, &alice, "/forget").await;
        assert!(prompt.contains("/forget confirm:yes"), "{prompt}");
        assert!(
            bot.store
                .as_ref()
                .unwrap()
                .profile(&alice)
                .await
                .unwrap()
                .is_some(),
            "a prompt deletes nothing"
        );
        say(&bot, &alice, "/oubli confirmer:oui").await;
        let store = bot.store.as_ref().unwrap();
        assert_eq!(store.profile(&alice).await.unwrap(), None, "{url}");
        assert!(
            store.history(&alice, i64::MIN).await.unwrap().is_empty(),
            "{url}"
        );
    }
}

#[tokio::test]
async fn a_bad_value_writes_nothing() {
    for (url, _dir) in backends("badvalue") {
        let bot = bot(Store::new(&url).unwrap());
        let who = user("badvalue", 0);
        let reply = bot
            .handle(
                Some(&who),
                &Request {
                    text: "/profil abonnes:-5 pays:FR",
                    lang: None,
                    locale: None,
                    card: false,
                    shared: false,
                },
            )
            .await;
        assert!(reply.is_error);
        assert!(render::plain(&reply).contains("abonnes ne peut pas être négatif"));
        assert_eq!(
            bot.store.as_ref().unwrap().profile(&who).await.unwrap(),
            None,
            "{url}"
        );
    }
}

#[tokio::test]
async fn export_gives_back_exactly_what_is_stored() {
    for (url, _dir) in backends("export") {
        let bot = bot(Store::new(&url).unwrap());
        let who = user("export", 0);
        say(&bot, &who, "/profile followers:1234 niche:beauty").await;
        let reply = bot
            .handle(
                Some(&who),
                &Request {
                    text: "/export",
                    lang: None,
                    locale: None,
                    card: false,
                    shared: false,
                },
            )
            .await;
        assert!(reply.personal);
        let file = reply.file.as_ref().expect("the export is a file");
        assert_eq!(file.name, "gainsbot-export.json");
        let json: serde_json::Value = serde_json::from_str(&file.content).unwrap();
        assert_eq!(json["user_id"], who.user_id.as_str());
        assert_eq!(json["profile"]["followers"], 1234);
        assert_eq!(json["profile"]["niche"], "beauty");
        assert_eq!(json["snapshots"][0]["followers"], 1234);
        bot.store.as_ref().unwrap().forget(&who).await.unwrap();
    }
}

#[tokio::test]
async fn an_unreachable_database_gets_try_again_later_and_estimates_still_work() {
    // Nothing listens on port 1.
    let bot = bot(Store::new("postgres://gainsbot:secret@127.0.0.1:1/nowhere").unwrap());
    let who = user("unreachable", 0);
    let reply = bot
        .handle(
            Some(&who),
            &Request {
                text: "/profil abonnes:5",
                lang: None,
                locale: None,
                card: false,
                shared: false,
            },
        )
        .await;
    let text = render::plain(&reply);
    assert!(text.contains("Réessayez plus tard"), "{text}");
    assert!(
        !text.contains("secret") && !text.contains("127.0.0.1"),
        "no cause, no secret: {text}"
    );
    let gains = render::plain(
        &bot.handle(
            Some(&who),
            &Request {
                text: "/gains 1M",
                lang: None,
                locale: None,
                card: false,
                shared: false,
            },
        )
        .await,
    );
    assert!(
        gains.contains("400\u{a0}€ – 1\u{202f}200\u{a0}€"),
        "{gains}"
    );
    assert!(gains.contains("indisponibles pour le moment"), "{gains}");
}

#[tokio::test]
async fn a_corrupt_database_file_gets_try_again_later() {
    let (url, dir) = sqlite_url("corrupt");
    std::fs::write(dir.path().join("corrupt.db"), vec![0x42u8; 8192]).unwrap();
    let bot = bot(Store::new(&url).unwrap());
    let who = user("corrupt", 0);
    let text = render::plain(
        &bot.handle(
            Some(&who),
            &Request {
                text: "/stats",
                lang: None,
                locale: None,
                card: false,
                shared: false,
            },
        )
        .await,
    );
    assert!(text.contains("Réessayez plus tard"), "{text}");
    let faq = render::plain(
        &bot.handle(
            Some(&who),
            &Request {
                text: "/faq likes",
                lang: None,
                locale: None,
                card: false,
                shared: false,
            },
        )
        .await,
    );
    assert!(faq.contains("ne paie ni les likes"), "{faq}");
}

/// The writer half of the SIGKILL test: the same test, started again by it with
/// `GAINSBOT_STORM_URL` set. It stops by itself when the test is gone: its next
/// acknowledgement finds the pipe closed.
async fn storm(url: &str) {
    let store = Store::new(url).unwrap();
    for n in 0..100_000 {
        let who = user("storm", n);
        store
            .save(
                &who,
                &Profile {
                    followers: Some(n as u64),
                    ..Profile::default()
                },
                1,
            )
            .await
            .unwrap();
        println!("ack {}", who.user_id);
    }
}

#[tokio::test]
async fn writes_acknowledged_before_a_sigkill_survive_it() {
    if let Ok(url) = std::env::var("GAINSBOT_STORM_URL") {
        return storm(&url).await;
    }
    /// The writer, killed however the test ends.
    struct Writer(std::process::Child);
    impl Drop for Writer {
        fn drop(&mut self) {
            let _ = self.0.kill(); // SIGKILL
            let _ = self.0.wait();
        }
    }
    let (url, _dir) = sqlite_url("storm");
    let mut child = Writer(
        Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "writes_acknowledged_before_a_sigkill_survive_it",
                "--nocapture",
                "--test-threads",
                "1",
            ])
            .env("GAINSBOT_STORM_URL", &url)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut acknowledged = HashSet::new();
    let mut lines = BufReader::new(child.0.stdout.take().unwrap()).lines();
    while acknowledged.len() < 300 {
        let line = lines.next().expect("the writer stopped early").unwrap();
        if let Some(id) = line.strip_prefix("ack ") {
            acknowledged.insert(id.to_owned());
        }
    }
    drop(child); // mid-storm
    let store = Store::new(&url).unwrap();
    for id in &acknowledged {
        let who = Identity {
            platform: Platform::Console,
            user_id: id.clone(),
        };
        assert!(
            store.profile(&who).await.unwrap().is_some(),
            "{id} was acknowledged but is gone"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saves_of_one_user_at_the_same_moment_all_succeed() {
    for (url, _dir) in backends("sameuser") {
        let store = Store::new(&url).unwrap();
        let who = user("sameuser", 0);
        let saves: Vec<_> = (0..16u64)
            .map(|n| {
                let (store, who) = (store.clone(), who.clone());
                tokio::spawn(async move {
                    store
                        .save(
                            &who,
                            &Profile {
                                followers: Some(n),
                                ..Profile::default()
                            },
                            5,
                        )
                        .await
                })
            })
            .collect();
        for save in saves {
            save.await.unwrap().unwrap_or_else(|e| panic!("{url}: {e}"));
        }
        let followers = store
            .profile(&who)
            .await
            .unwrap()
            .unwrap()
            .followers
            .unwrap();
        // One of the saves won whole, and the day's snapshot is that same save.
        assert!((0..16).contains(&followers), "{url}: {followers}");
        let history = store.history(&who, 0).await.unwrap();
        assert_eq!(history.len(), 1, "one snapshot a day: {url}");
        assert_eq!(history[0].followers, Some(followers), "{url}");
        store.forget(&who).await.unwrap();
    }
}

#[tokio::test]
async fn a_saved_card_preference_wins_over_the_surface() {
    for (url, _dir) in backends("cardpref") {
        let bot = bot(Store::new(&url).unwrap());
        let who = user("cardpref", 0);
        let ask = |text: &'static str| Request {
            text,
            lang: None,
            locale: None,
            card: true,
            shared: false,
        };
        assert!(
            bot.handle(Some(&who), &ask("/gains 1M"))
                .await
                .card
                .is_some(),
            "{url}"
        );
        bot.handle(Some(&who), &ask("/profil carte:non")).await;
        assert!(
            bot.handle(Some(&who), &ask("/gains 1M"))
                .await
                .card
                .is_none(),
            "{url}"
        );
        assert!(
            bot.handle(Some(&who), &ask("/gains 1M carte:oui"))
                .await
                .card
                .is_some(),
            "typed wins: {url}"
        );
        bot.store.as_ref().unwrap().forget(&who).await.unwrap();
    }
}

#[tokio::test]
async fn a_communitys_card_setting_comes_after_the_members_own_and_before_the_surface() {
    for (url, _dir) in backends("communitycard") {
        let bot = bot(Store::new(&url).unwrap());
        let (admin, member) = (user("communitycard", 0), user("communitycard", 1));
        let community = catalogue::Community {
            platform: catalogue::Platform::Console,
            id: format!("cards-{}", user("communitycard", 9).user_id),
        };
        let place = |admin: &'static bool| edge::service::Venue {
            community: community.clone(),
            channel: 0,
            admin,
        };
        let ask = |text: &'static str| Request {
            text,
            lang: None,
            locale: None,
            card: false,
            shared: true,
        };
        let card = |reply: answers::reply::Reply| reply.card.is_some();
        let gains = ask("/gains 1M");
        assert!(!card(
            bot.handle_at(Some(&member), Some(&place(&false)), &gains)
                .await
        ));
        bot.handle_at(Some(&admin), Some(&place(&true)), &ask("/config carte:oui"))
            .await;
        assert!(
            card(
                bot.handle_at(Some(&member), Some(&place(&false)), &gains)
                    .await
            ),
            "the community's setting: {url}"
        );
        assert!(
            !card(bot.handle(Some(&member), &gains).await),
            "elsewhere, the surface's: {url}"
        );
        let private = Request {
            shared: false,
            ..ask("/profil carte:non")
        };
        bot.handle(Some(&member), &private).await;
        assert!(
            !card(
                bot.handle_at(Some(&member), Some(&place(&false)), &gains)
                    .await
            ),
            "the member's own wins: {url}"
        );
        let store = bot.store.as_ref().unwrap();
        store.forget(&member).await.unwrap();
        store.forget(&admin).await.unwrap();
    }
}

#[tokio::test]
async fn personal_commands_in_shared_places_are_refused_in_the_saved_language() {
    for (url, _dir) in backends("shared") {
        let service = bot(Store::new(&url).unwrap());
        let who = user("shared", 0);
        say(&service, &who, "/profil abonnes:12000").await;
        say(&service, &who, "/langue en").await;
        let in_group = |text: &'static str| {
            let (service, who) = (&service, &who);
            async move {
                let request = Request {
                    text,
                    lang: None,
                    locale: Some("fr"),
                    card: false,
                    shared: true,
                };
                service.handle(Some(who), &request).await
            }
        };
        let refused = in_group("/stats").await;
        assert!(refused.is_error);
        assert_eq!(refused.title, "In private, please", "{url}");
        assert!(
            !render::plain(&refused).contains("12"),
            "no saved figure shown"
        );
        // Estimates are not personal: answered in the group, from the saved stats.
        let gains = in_group("/gains vues:1000000").await;
        assert!(!gains.is_error);
        assert_eq!(gains.lang, Lang::En);
    }
}

#[tokio::test]
async fn a_bare_profile_in_a_private_chat_saves_nothing() {
    for (url, _dir) in backends("bare-profile") {
        let service = bot(Store::new(&url).unwrap());
        let who = user("bare-profile", 0);
        // Private chats show cards by default: that default is not a value to save.
        let request = Request {
            text: "/profil",
            lang: None,
            locale: None,
            card: true,
            shared: false,
        };
        let reply = service.handle(Some(&who), &request).await;
        assert_eq!(reply.title, "Votre profil enregistré", "{url}");
        assert!(render::plain(&reply).contains("Rien n'est enregistré"));
        assert_eq!(
            service.store.as_ref().unwrap().profile(&who).await.unwrap(),
            None
        );
    }
}

#[tokio::test]
async fn a_process_knows_who_saved_and_asks_the_database_about_no_one_else() {
    for (url, _dir) in backends("savers") {
        let (read, unread, never) = (user("savers", 0), user("savers", 1), user("savers", 2));
        let profile = Profile {
            followers: Some(4321),
            ..Profile::default()
        };
        let earlier = Store::new(&url).unwrap();
        earlier.save(&read, &profile, 100).await.unwrap();
        earlier.save(&unread, &profile, 100).await.unwrap();
        // A process started after the saves finds them, and nothing for the others.
        let later = Store::new(&url).unwrap();
        assert_eq!(later.profile(&read).await.unwrap(), Some(profile.clone()));
        assert_eq!(later.profile(&never).await.unwrap(), None);
        if url.starts_with("sqlite:") {
            // With the table out of reach, only a lookup that asks the database fails.
            let mut side = sqlx::SqliteConnection::connect(&url).await.unwrap();
            side.execute("ALTER TABLE profiles RENAME TO hidden")
                .await
                .unwrap();
            let newcomer = user("savers", 3);
            assert_eq!(later.profile(&newcomer).await.unwrap(), None, "{url}");
            assert!(later.profile(&unread).await.is_err(), "a saver is read");
            side.execute("ALTER TABLE hidden RENAME TO profiles")
                .await
                .unwrap();
        } else {
            // PostgreSQL: a save made by another running process is announced to this one.
            let fresh = user("savers", 4);
            earlier.save(&fresh, &profile, 100).await.unwrap();
            let start = std::time::Instant::now();
            while later.profile(&fresh).await.unwrap().is_none() {
                assert!(start.elapsed() < patience::patience(), "never told");
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
            }
            later.forget(&fresh).await.unwrap();
        }
        for who in [&read, &unread] {
            later.forget(who).await.unwrap();
        }
    }
}

/// A reply with its no-break spaces (`100 000`, `52 €`) read as spaces.
use testkit::replies::flat;

/// Payouts, on each backend: the creator's own rate leads `/gains`, weighted by views,
/// converted when paid in another currency, flagged outside every source, exported and
/// forgotten. Every amount below is worked out by hand.
#[tokio::test]
async fn payouts_set_the_creators_own_rate() {
    for (url, _dir) in backends("payouts") {
        let bot = bot(Store::new(&url).unwrap());

        // 52 € for 100 000 qualified views: 0,52 € per 1 000, so 1 000 000 views pay 520 €.
        let one = user("payouts", 0);
        let saved = flat(say(&bot, &one, "/paiement montant:52 vues:100000 date:2026-10").await);
        assert!(
            saved.contains("octobre 2026 : 52 € pour 100 000 vues qualifiées"),
            "{saved}"
        );
        assert!(
            saved.contains("0,52 € pour 1 000 vues, d'après ce paiement"),
            "{saved}"
        );
        let gains = flat(summary(&bot, &one, "/gains vues:1000000").await);
        assert!(
            gains.contains("Sur 30 jours : 520 € avec le Programme"),
            "{gains}"
        );
        assert!(
            gains.contains(
                "À votre rythme : 0,52 € pour 1 000 vues, d'après votre paiement pour octobre 2026"
            ),
            "{gains}"
        );
        // Within the sources (their lowest is ShortGenius's $0.40, ≈ 0,35 €): no flag.
        assert!(!gains.contains("sort de tout"), "{gains}");

        // 90 € for 200 000 and 10 € for 100 000: 100 € for 300 000 views, 0,33 € per
        // 1 000 (not the mean of 0,45 and 0,10), so 1 000 000 views pay 330 €.
        let two = user("payouts", 1);
        say(&bot, &two, "/paiement 90 vues:200000 date:2026-10").await;
        say(&bot, &two, "/paiement 10 vues:100000 date:septembre 2026").await;
        let gains = flat(summary(&bot, &two, "/gains vues:1000000").await);
        assert!(gains.contains("Sur 30 jours : 330 €"), "{gains}");
        assert!(
            gains.contains(
                "0,33 € pour 1 000 vues, d'après vos 2 paiements, le dernier pour octobre 2026"
            ),
            "{gains}"
        );
        // The same month again replaces it: September's 10 € becomes 40 €.
        let again = flat(say(&bot, &two, "/paiement 40 vues:100000 date:09/2026").await);
        assert!(again.contains("remplace celui déjà enregistré"), "{again}");

        // $40 for a creator who saved euros: $40 / 1,1367 (ECB, 2026-09-24) = 35,19 €,
        // ≈ 0,35 € per 1 000.
        let dollars = user("payouts", 2);
        say(&bot, &dollars, "/profil devise:EUR").await;
        let saved = flat(say(&bot, &dollars, "/paiement 40$ vues:100000 date:2026-10").await);
        assert!(saved.contains("≈ 0,35 € pour 1 000 vues"), "{saved}");
        let gains = flat(summary(&bot, &dollars, "/gains vues:1000000").await);
        assert!(gains.contains("Sur 30 jours : ≈ 350 €"), "{gains}");

        // 5 € for 100 000 views in France, whose article gives 0,40 € – 1,20 € per 1 000:
        // outside every source, said.
        let low = user("payouts", 3);
        say(&bot, &low, "/paiement 5 vues:100000 date:2026-10").await;
        let first = flat(summary(&bot, &low, "/gains vues:1000000 pays:FR").await);
        assert!(first.contains("Sur 30 jours : 50 €"), "{first}");
        let all = flat(say(&bot, &low, "/gains vues:1000000 pays:FR").await);
        assert!(
            all.contains("Votre rythme (0,05 € pour 1 000 vues) sort de tout ce que donnent les sources (0,40 € – 1,20 €)"),
            "{all}"
        );

        // An audience saved once sets every later estimate: 60 % France, 40 % United
        // States gives ≈ 590 € – 1 600 € for 1 000 000 views (see crates/answers/tests/audience.rs).
        let mixed = user("payouts", 4);
        say(&bot, &mixed, "/profil audience:FR60,US40").await;
        let first = flat(summary(&bot, &mixed, "/gains vues:1000000").await);
        assert!(
            first.contains("Sur 30 jours : ≈ 590 € – 1 600 €"),
            "{first}"
        );
        assert!(
            first.contains("Votre audience : 60 % France, 40 % États-Unis"),
            "{first}"
        );
        say(&bot, &mixed, "/oubli confirmer:oui").await;

        // Listed in /profil, exported, forgotten.
        let profile = flat(say(&bot, &one, "/profil").await);
        assert!(
            profile.contains("Payé pour octobre 2026 : 52 € pour 100 000 vues"),
            "{profile}"
        );
        let export = reply(&bot, &one, "/export").await;
        let json: serde_json::Value = serde_json::from_str(&export.file.unwrap().content).unwrap();
        assert_eq!(
            json["profile"]["payouts"],
            serde_json::json!([{"month": "2026-10", "amount": "52.00", "currency": "EUR", "views": 100000}])
        );
        say(&bot, &one, "/oubli confirmer:oui").await;
        let gains = flat(say(&bot, &one, "/gains vues:1000000").await);
        assert!(!gains.contains("rythme"), "{gains}");
        for who in [&two, &dollars, &low] {
            say(&bot, who, "/oubli confirmer:oui").await;
        }
    }
}

/// A save that crosses a threshold the articles name says so once, with the next one;
/// `/oubli` forgets the milestones with the rest.
#[tokio::test]
async fn a_milestone_is_said_once_per_creator() {
    for (url, _dir) in backends("milestones") {
        let bot = bot(Store::new(&url).unwrap());
        let who = user("milestones", 0);
        let first = flat(say(&bot, &who, "/profil abonnes:9500 vues30j:50000").await);
        assert!(!first.contains("🎉"), "{first}");
        // 9 500 to 10 200 followers: Creator Rewards' 10 000 (the first article's
        // « 10 000 abonnés »), then its 100 000 views over 30 days, 50 000 to go.
        let crossed = flat(say(&bot, &who, "/profil abonnes:10200").await);
        assert!(
            crossed.contains(
                "🎉 Programme de récompenses des créateurs : seuil de 10 000 abonnés atteint."
            ),
            "{crossed}"
        );
        assert!(
            crossed.contains("Prochaine étape, Programme de récompenses des créateurs : 100 000 vues sur 30 jours (il en manque 50 000)."),
            "{crossed}"
        );
        let again = flat(say(&bot, &who, "/profil abonnes:10500").await);
        assert!(!again.contains("🎉"), "said once: {again}");
        say(&bot, &who, "/oubli confirmer:oui").await;
        say(&bot, &who, "/profil abonnes:9500").await;
        let after_forget = flat(say(&bot, &who, "/profil abonnes:10200").await);
        assert!(
            after_forget.contains("🎉"),
            "forgotten with the rest: {after_forget}"
        );
        // Views never saved: the next step asks for them rather than count what is missing.
        assert!(
            after_forget.contains("100 000 vues sur 30 jours (donnez les vôtres avec /profil)."),
            "{after_forget}"
        );
        say(&bot, &who, "/oubli confirmer:oui").await;
    }
}

/// A community's settings are kept in memory for a while: another process sharing the
/// database sees a change once that while is over, and not before (here 400 ms in place
/// of the 30 s a deployment keeps them).
#[tokio::test]
async fn another_process_sees_a_communitys_new_settings_once_its_copy_expires() {
    for (url, _dir) in backends("kept") {
        let here = Store::new(&url).unwrap();
        let there = Store::new(&url)
            .unwrap()
            .keeping_settings_for(std::time::Duration::from_millis(400));
        let community = catalogue::Community {
            platform: Platform::Console,
            id: format!("kept-{}", std::process::id()),
        };
        assert_eq!(
            there.settings(&community).await.unwrap(),
            Settings::default()
        );
        let chosen = Settings {
            currency: Some(values::Currency::Chf),
            ..Settings::default()
        };
        here.save_settings(&community, &chosen, 1).await.unwrap();
        assert_eq!(
            here.settings(&community).await.unwrap(),
            chosen,
            "seen here at once"
        );
        assert_eq!(
            there.settings(&community).await.unwrap(),
            Settings::default(),
            "kept there"
        );
        tokio::time::sleep(std::time::Duration::from_millis(450)).await;
        assert_eq!(
            there.settings(&community).await.unwrap(),
            chosen,
            "read again"
        );
        // Settings it holds, changed here: kept there too, then read again.
        let changed = Settings {
            currency: Some(values::Currency::Eur),
            ..Settings::default()
        };
        here.save_settings(&community, &changed, 1).await.unwrap();
        assert_eq!(there.settings(&community).await.unwrap(), chosen, "kept");
        tokio::time::sleep(std::time::Duration::from_millis(450)).await;
        assert_eq!(there.settings(&community).await.unwrap(), changed, "again");
        here.save_settings(&community, &Settings::default(), 1)
            .await
            .unwrap();
    }
}

/// How `database` plans `sql`, every parameter unknown: SQLite's `EXPLAIN QUERY PLAN`;
/// PostgreSQL's generic plan with sequential scans off, so one shows only where no index
/// can serve.
async fn plan(database: &str, sql: &str) -> String {
    let parameters = (1..=9).filter(|n| sql.contains(&format!("${n}"))).count();
    if database.starts_with("sqlite:") {
        let mut db = sqlx::SqliteConnection::connect(database).await.unwrap();
        let explain = format!("EXPLAIN QUERY PLAN {sql}");
        let mut query = sqlx::query(&explain);
        for _ in 0..parameters {
            query = query.bind(None::<i64>);
        }
        let rows = query.fetch_all(&mut db).await.unwrap();
        rows.iter()
            .map(|row| sqlx::Row::get::<String, _>(row, "detail"))
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        let mut db = sqlx::PgConnection::connect(database).await.unwrap();
        db.execute("SET enable_seqscan = off").await.unwrap();
        db.execute("SET plan_cache_mode = force_generic_plan")
            .await
            .unwrap();
        db.execute(format!("PREPARE planned AS {sql}").as_str())
            .await
            .unwrap();
        let nulls = vec!["NULL"; parameters].join(", ");
        let explain = match parameters {
            0 => "EXPLAIN EXECUTE planned".to_owned(),
            _ => format!("EXPLAIN EXECUTE planned({nulls})"),
        };
        let rows = sqlx::query(&explain).fetch_all(&mut db).await.unwrap();
        rows.iter()
            .map(|row| sqlx::Row::get::<String, _>(row, 0))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Whether a plan reads a whole table: SQLite's `SCAN` (of the table or of a whole
/// index), where an index lookup is a `SEARCH`; PostgreSQL's `Seq Scan`, chosen even
/// with sequential scans off when no index can serve. SQLite's word is the sharper:
/// PostgreSQL can walk a whole index and call it an index scan.
fn scans(plan: &str) -> bool {
    plan.contains("Seq Scan")
        || plan
            .lines()
            .any(|l| l.starts_with("SCAN ") && !l.starts_with("SCAN CONSTANT"))
}

/// Every statement the store runs is served by an index, on both databases (at a million
/// creators a scan of snapshots reads millions of rows); only the three that read a whole
/// table on purpose, once at start and every 30 s, are left to read it.
#[tokio::test]
async fn every_statement_the_store_runs_is_served_by_an_index() {
    for (url, _dir) in backends("plans") {
        Store::new(&url).unwrap().migrate().await.unwrap();
        for statement in store::sql::ALL {
            let plan = plan(&url, statement.sql).await;
            if !statement.whole_table {
                assert!(!scans(&plan), "{} ({url}):\n{plan}", statement.name);
            } else if url.starts_with("sqlite:") {
                assert!(
                    scans(&plan),
                    "{}: the check sees a scan:\n{plan}",
                    statement.name
                );
            }
        }
        // Without the index on the day, retention would read every snapshot: seen.
        if url.starts_with("sqlite:") {
            let mut db = sqlx::SqliteConnection::connect(&url).await.unwrap();
            db.execute("DROP INDEX snapshots_day").await.unwrap();
            let plan = plan(&url, store::sql::PRUNE_SNAPSHOTS).await;
            assert!(scans(&plan), "{plan}");
        }
    }
}

/// A fresh database named after `test` on the PostgreSQL server of `url`.
async fn own_database(url: &str, test: &str) -> String {
    let name = format!("gainsbot_{test}_{}", std::process::id());
    let mut server = sqlx::PgConnection::connect(url).await.unwrap();
    server
        .execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
        .await
        .unwrap();
    server
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .unwrap();
    let (server_url, _) = url.rsplit_once('/').unwrap();
    format!("{server_url}/{name}")
}

/// Retention deletes in batches of a thousand, every old row and no recent one: 2 500
/// snapshots of days 1 to 2 500, pruned before day 2 491, leave the last ten.
#[tokio::test]
async fn retention_deletes_old_rows_in_batches_and_keeps_the_recent_ones() {
    for (shared, _dir) in backends("prune") {
        // Retention deletes every user's old rows: on PostgreSQL, a database of its own.
        let url = match shared.starts_with("postgres") {
            true => own_database(&shared, "prune").await,
            false => shared,
        };
        let store = Store::new(&url).unwrap();
        store.migrate().await.unwrap();
        let who = user("prune", 0);
        let mut db = sqlx::AnyConnection::connect(&url).await.unwrap();
        let insert = format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) \
             INSERT INTO snapshots (platform, user_id, day, followers, views30d) \
             SELECT 'console', '{}', i, i, NULL FROM n",
            who.user_id
        );
        db.execute(insert.as_str()).await.unwrap();
        let before = store.history(&who, 0).await.unwrap().len();
        assert_eq!(before, 2_500);
        store.prune(2_491).await.unwrap();
        let left: Vec<i64> = store
            .history(&who, 0)
            .await
            .unwrap()
            .iter()
            .map(|s| s.day)
            .collect();
        assert_eq!(left, (2_491..=2_500).collect::<Vec<_>>());
        store.forget(&who).await.unwrap();
    }
}
