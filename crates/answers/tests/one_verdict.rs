//! One verdict per creator and programme, said the same by every command, over generated
//! creators (each of age, country, followers, views and video length known or not).
//!
//! The expected verdict is written here from the articles, not taken from the code:
//! - 000: « Âge | 18 ans minimum », « Au moins 10 000 abonnés », « 100 000 vues
//!   authentiques sur les 30 derniers jours », « Résider dans un pays éligible (France,
//!   États-Unis, Royaume-Uni, etc.) »;
//! - 001: « vos vidéos doivent durer plus d'une minute »;
//! - the countries TikTok's help page and Expansión name beside them (rates/creator_rewards.toml).

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use answers::reply::Reply;
use answers::{Answers, Request};
use proptest::prelude::*;
use testkit::replies::answers;
use values::Lang;

/// The countries some source names as open to the Creator Rewards Program.
const CONFIRMED: [&str; 8] = ["FR", "US", "GB", "BR", "DE", "JP", "KR", "MX"];

/// A creator as generated: each value given or not.
#[derive(Debug, Clone)]
struct Creator {
    age: Option<u64>,
    country: Option<&'static str>,
    followers: Option<u64>,
    views: Option<u64>,
    length: Option<u64>,
}

/// The Creator Rewards Program's verdict for `c`, by the articles' conditions.
/// What no waiting changes soon decides first (age, video length), then the country, then
/// the counts.
fn expected(c: &Creator) -> &'static str {
    if c.age.is_some_and(|a| a < 18) || c.length.is_some_and(|l| l <= 60) {
        return "not_yet";
    }
    if c.country.is_some_and(|code| !CONFIRMED.contains(&code)) {
        return "not_confirmed";
    }
    if c.followers.is_some_and(|f| f < 10_000) || c.views.is_some_and(|v| v < 100_000) {
        return "not_yet";
    }
    let unknown = c.age.is_none()
        || c.length.is_none()
        || c.followers.is_none()
        || c.views.is_none()
        || c.country.is_none();
    if unknown { "to_check" } else { "eligible" }
}

fn creator() -> impl Strategy<Value = Creator> {
    (
        prop::option::of(prop_oneof![10u64..=17, 18u64..=60]),
        prop::option::of(prop::sample::select(vec![
            "FR", "US", "GB", "MX", "BE", "MA", "SN", "CA", "CH",
        ])),
        prop::option::of(prop_oneof![0u64..10_000, 10_000u64..500_000]),
        prop::option::of(prop_oneof![1u64..100_000, 100_000u64..5_000_000]),
        prop::option::of(prop_oneof![5u64..=60, 61u64..=600]),
    )
        .prop_map(|(age, country, followers, views, length)| Creator {
            age,
            country,
            followers,
            views,
            length,
        })
}

/// The creator's values as a command's options (French names), each given or not.
fn options(c: &Creator, with_views: bool) -> String {
    let mut text = String::new();
    let mut push = |name: &str, value: Option<String>| {
        if let Some(value) = value {
            text.push_str(&format!(" {name}:{value}"));
        }
    };
    push("age", c.age.map(|v| v.to_string()));
    push("pays", c.country.map(str::to_owned));
    push("abonnes", c.followers.map(|v| v.to_string()));
    if with_views {
        push("vues", c.views.map(|v| v.to_string()));
    }
    push("duree", c.length.map(|v| v.to_string()));
    text
}

fn ask(answers: &Answers, text: &str) -> Reply {
    answers.handle(&Request {
        text,
        lang: Some(Lang::Fr),
        locale: None,
        card: false,
        shared: false,
    })
}

/// The whole reply as a reader sees it (summary, details, buttons aside).
fn shown(reply: &Reply) -> String {
    answers::render::plain(reply)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_command_says_the_same_verdict_and_counts_money_only_where_it_pays(c in creator()) {
        let answers = answers();
        let verdict = expected(&c);
        let pays = matches!(verdict, "eligible" | "to_check");

        // /gains and /eligibilite: the same verdict as data, no amount unless it pays.
        for command in ["/gains", "/eligibilite"] {
            let reply = ask(answers, &format!("{command}{}", options(&c, true)));
            let streams = reply.streams.as_ref().unwrap();
            let crp = streams.iter().find(|s| s.id == catalogue::StreamId::CreatorRewards).unwrap();
            prop_assert_eq!(crp.verdict, verdict, "{} {:?}", command, c);
            prop_assert_eq!(crp.eligible, match verdict {
                "eligible" => Some(true),
                "not_yet" => Some(false),
                _ => None,
            });
            for stream in streams {
                if matches!(stream.verdict, "not_yet" | "not_confirmed") {
                    prop_assert!(stream.low_cents.is_none() && stream.high_cents.is_none(),
                        "{} {:?}: money from {:?} ({})", command, c, stream.id, stream.verdict);
                }
                // No "eligible" beside a condition missing or unknown.
                prop_assert!(stream.eligible != Some(true) || stream.missing.is_empty(),
                    "{} {:?}: {:?} eligible with {:?}", command, c, stream.id, stream.missing);
            }
        }
        let gains = ask(answers, &format!("/gains{}", options(&c, true)));
        let summary = gains.summary.as_ref().unwrap();
        let said = summary.lines.join("\n");
        prop_assert_eq!(
            said.contains("✅ Éligible (Programme de récompenses des créateurs)"),
            verdict == "eligible",
            "{:?}: {}", c, said
        );

        // /net from the views: a range to keep only where the programme pays.
        if c.views.is_some() {
            let net = shown(&ask(answers, &format!("/net{}", options(&c, true))));
            let nothing = net.contains("Rien à calculer");
            prop_assert_eq!(nothing, !pays || c.views.is_some_and(|v| v < 100_000), "{:?}: {}", c, net);
        }

        // /projection: a month pays only where the verdict for its views does.
        if let Some(views) = c.views {
            let text = shown(&ask(answers, &format!("/projection{} croissance:0 mois:1", options(&c, true))));
            let paid_month = text.lines().any(|l| l.trim_start().starts_with("Mois 1") && !l.ends_with("rien"));
            prop_assert_eq!(paid_month, pays && views >= 100_000, "{:?}: {}", c, text);
        }

        // /objectif: nothing to count on where age, video length or the country decide.
        let goal = shown(&ask(answers, &format!("/objectif 1000{}", options(&c, false))));
        let blocked = c.age.is_some_and(|a| a < 18) || c.length.is_some_and(|l| l <= 60);
        prop_assert_eq!(goal.contains("rien à compter dessus pour l'instant"), blocked, "{:?}: {}", c, goal);
        let unconfirmed = !blocked && c.country.is_some_and(|code| !CONFIRMED.contains(&code));
        prop_assert_eq!(goal.contains("aucune source ne confirme qu'il est ouvert"), unconfirmed, "{:?}: {}", c, goal);
    }
}

/// `/stats` reads the same verdict for a saved creator as `/gains` for the same values.
#[test]
fn stats_says_what_gains_says() {
    use answers::compose::personal;
    use answers::compose::personal::Reach;
    use catalogue::{Identity, Parsed, Platform, Profile};
    let answers = answers();
    for (age, followers, views, length, country) in [
        (Some(16), 20_000, 200_000, 90, "FR"),
        (Some(30), 8_000, 200_000, 90, "FR"),
        (Some(30), 20_000, 200_000, 90, "BE"),
        (None, 20_000, 200_000, 90, "FR"),
        (Some(30), 20_000, 200_000, 90, "FR"),
    ] {
        let profile = Profile {
            age,
            followers: Some(followers),
            views30d: Some(views),
            length: Some(length),
            country: text::Country::parse(country),
            ..Profile::default()
        };
        let who = Identity {
            platform: Platform::Telegram,
            user_id: "1".into(),
        };
        let Parsed::Command(stats) = reader::parse("/stats").unwrap() else {
            panic!()
        };
        let ctx = answers.ctx(Lang::Fr);
        let text = shown(&personal::decide(
            ctx,
            &who,
            Some(&profile),
            20_772,
            Reach::FirstToo,
            &[],
            &stats,
        ));
        let crp = text
            .split("Programme de récompenses des créateurs\n")
            .nth(1)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .trim()
            .to_owned();
        let expected = match expected(&Creator {
            age,
            country: Some(country),
            followers: Some(followers),
            views: Some(views),
            length: Some(length),
        }) {
            "eligible" => "✅ Éligible",
            "not_yet" => "❌ Pas éligible",
            "not_confirmed" => "❔ Non confirmé dans votre pays",
            _ => "❔ À vérifier",
        };
        assert!(crp.starts_with(expected), "{age:?} {country}: {crp}");
    }
}
