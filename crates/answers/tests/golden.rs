//! Golden replies: the exact text a user gets, in French and English, for every command
//! (the personal ones and `/config` decided on a fixed day from a saved profile, with what
//! they ask the store to do), kept by insta in `tests/golden/`. After an intended change,
//! read the new replies as a diff and accept them with `cargo insta review`.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use answers::compose::community;
use answers::compose::personal::{self, Reach};
use answers::reply::Reply;
use answers::{Answers, Request};
use catalogue::{Identity, Invocation, Month, Parsed, Payout, Platform, Profile};
use catalogue::{Settings, Snapshot};
use figures::Rates;
use values::{Currency, Lang};

const CASES: &[(&str, Lang, &str)] = &[
    ("gains", Lang::Fr, "/gains vues:1000000"),
    ("gains", Lang::En, "/earnings views:1000000"),
    (
        "gains-full",
        Lang::Fr,
        "/gains vues:1,5M abonnes:120 000 engagement:6,5 % pays:France niche:beauté pieces:10000 prix:49 commission:10 ventes:30",
    ),
    (
        "gains-full",
        Lang::En,
        "/earnings views:1.5M followers:120,000 engagement:6.5% country:US niche:beauty coins:10000 price:$49 commission:10 sales:30",
    ),
    (
        "eligibility",
        Lang::Fr,
        "/eligibilite abonnes:8000 vues:150000 pays:FR age:19",
    ),
    (
        "eligibility",
        Lang::En,
        "/eligibility followers:8000 views:150000 country:GB age:19",
    ),
    ("sponsorship", Lang::Fr, "/partenariat 100k niche:finance"),
    (
        "sponsorship-price",
        Lang::Fr,
        "/partenariat 50000 niche:beaute prix:600",
    ),
    (
        "sponsorship-price",
        Lang::En,
        "/sponsorship 50000 niche:beauty price:$600",
    ),
    (
        "takehome",
        Lang::Fr,
        "/net 1200 vues:400000 abonnes:12000 pays:FR",
    ),
    (
        "takehome",
        Lang::En,
        "/takehome $1,200 views:400000 followers:12000 country:US",
    ),
    (
        "sponsorship",
        Lang::En,
        "/sponsorship followers:50000 engagement:2",
    ),
    ("live", Lang::Fr, "/live pieces:10000 abonnes:2500"),
    ("live", Lang::En, "/live diamonds:20000 followers:800"),
    (
        "product",
        Lang::Fr,
        "/produit prix:49 abonnes:50000 conversion:1",
    ),
    ("product", Lang::En, "/product price:$20 followers:1250"),
    (
        "affiliate",
        Lang::Fr,
        "/affiliation ventes:40 prix:35 € commission:12",
    ),
    ("affiliate", Lang::En, "/affiliate sales:40"),
    ("goal", Lang::Fr, "/objectif 1000 abonnes:20000 prix:49"),
    ("goal", Lang::En, "/goal amount:$2,000 country:US"),
    ("projection", Lang::Fr, "/projection 50000 mois:4"),
    (
        "projection",
        Lang::En,
        "/projection views:80000 growth:10 months:3 country:US",
    ),
    (
        "engagement",
        Lang::Fr,
        "/engagement vues:10000 likes:900 commentaires:100 partages:50 enregistrements:50 abonnes:10000",
    ),
    (
        "engagement",
        Lang::En,
        "/engagement views:50000 likes:700 comments:200 followers:300000",
    ),
    ("sources", Lang::Fr, "/sources"),
    ("sources", Lang::En, "/sources"),
    ("faq", Lang::Fr, "/faq"),
    ("faq", Lang::En, "/faq"),
    ("faq-fund", Lang::Fr, "/faq fonds"),
    ("faq-fund", Lang::En, "/faq fund"),
    ("faq-shop", Lang::Fr, "/faq boutique"),
    ("faq-shop", Lang::En, "/faq shop"),
    ("start", Lang::Fr, "/start"),
    ("start", Lang::En, "/start"),
    ("help", Lang::Fr, "/aide"),
    ("help", Lang::En, "/help"),
    ("help-command", Lang::Fr, "/aide objectif"),
    ("help-command", Lang::En, "/help goal"),
    ("question-views", Lang::Fr, "combien pour 1,5 M de vues ?"),
    (
        "question-views",
        Lang::En,
        "how much does TikTok pay for 2 million views?",
    ),
    (
        "question-followers",
        Lang::Fr,
        "faut-il combien d'abonnés pour être payé ?",
    ),
    (
        "question-followers",
        Lang::En,
        "how many followers do I need to get paid?",
    ),
    ("chat", Lang::Fr, "salut"),
    ("chat", Lang::En, "hello"),
    ("question-unclear", Lang::Fr, "j'ai 900 000"),
    ("question-unclear", Lang::En, "how much for 3 bananas"),
    ("error-negative", Lang::Fr, "/gains vues:-5"),
    ("error-negative", Lang::En, "/earnings views:-5"),
    ("error-absurd", Lang::Fr, "/gains vues:1e999"),
    ("error-absurd", Lang::En, "/earnings views:999999999999999"),
    ("error-option", Lang::Fr, "/gains couleur:bleu"),
    ("error-option", Lang::En, "/earnings colour:blue"),
    ("error-country", Lang::Fr, "/gains 1M pays:Atlantide"),
    ("error-country", Lang::En, "/earnings 1M country:Atlantis"),
    ("error-empty", Lang::Fr, "/gains vues:"),
    ("error-empty", Lang::En, "/earnings views:"),
    ("error-zero", Lang::Fr, "/objectif 0"),
    ("error-zero", Lang::En, "/goal amount:0"),
    (
        "projection-capped",
        Lang::Fr,
        "/projection 100k croissance:1000 mois:24",
    ),
    (
        "projection-capped",
        Lang::En,
        "/projection 100k growth:1000 months:24",
    ),
    ("error-missing", Lang::Fr, "/objectif"),
    ("error-missing", Lang::En, "/goal"),
    (
        "projection-target",
        Lang::Fr,
        "/projection abonnes:2000 croissance:15 cible:10000",
    ),
    (
        "projection-target",
        Lang::En,
        "/projection followers:2000 growth:15 target:10000",
    ),
];

#[test]
fn replies_match_the_golden_files() {
    let answers = Answers::new(Rates::embedded().unwrap(), Lang::Fr);
    let _in_golden = testkit::golden::settings().bind_to_scope();
    for (name, lang, text) in CASES {
        let reply = answers.handle(&Request {
            text,
            lang: Some(*lang),
            locale: None,
            card: false,
            shared: false,
        });
        // Checked before the text, so they hold whether or not the text is accepted.
        assert_eq!(reply.lang, *lang, "{name}");
        assert_eq!(reply.is_error, name.starts_with("error"), "{name}");
        insta::assert_snapshot!(
            format!("{name}.{}", lang.code()),
            format!("> {text}\n{}", answers::render::plain(&reply))
        );
    }
}

/// 2026-11-15, as days since 1970-01-01: the day every personal golden is decided on.
const NOV_15: i64 = 20_772;

/// A creator with figures, an audience, a payout and the reminder off, as the store
/// would hand them in.
fn stored() -> Profile {
    Profile {
        followers: Some(9_200),
        views30d: Some(180_000),
        country: text::Country::parse("FR"),
        currency: Some(Currency::Eur),
        payouts: vec![Payout {
            month: Month::new(2026, 10),
            cents: 5_200,
            currency: Currency::Eur,
            views: 100_000,
        }],
        ..Profile::default()
    }
}

/// Two snapshots of the last 90 days.
fn history() -> [Snapshot; 2] {
    [
        Snapshot {
            day: NOV_15 - 40,
            followers: Some(7_500),
            views30d: Some(120_000),
        },
        Snapshot {
            day: NOV_15 - 5,
            followers: Some(9_200),
            views30d: Some(180_000),
        },
    ]
}

const PERSONAL: &[(&str, Lang, &str)] = &[
    ("profile", Lang::Fr, "/profil"),
    ("profile", Lang::En, "/profile"),
    (
        "profile-save",
        Lang::Fr,
        "/profil abonnes:10000 vues30j:200000",
    ),
    (
        "profile-save",
        Lang::En,
        "/profile followers:10000 views30d:200000",
    ),
    ("payout", Lang::Fr, "/paiement 61,50 vues:120000"),
    (
        "payout",
        Lang::En,
        "/payout 61.50 views:120000 date:2026-09",
    ),
    (
        "error-payout-future",
        Lang::Fr,
        "/paiement 52 vues:100000 date:2027-01",
    ),
    (
        "error-payout-future",
        Lang::En,
        "/payout 52 views:100000 date:2027-01",
    ),
    ("stats", Lang::Fr, "/stats"),
    ("stats", Lang::En, "/stats"),
    ("language", Lang::Fr, "/langue en"),
    ("language", Lang::En, "/language fr"),
    ("forget-prompt", Lang::Fr, "/oubli"),
    ("forget-prompt", Lang::En, "/forget"),
    ("forget", Lang::Fr, "/oubli confirmer:oui"),
    ("forget", Lang::En, "/forget confirm:yes"),
    ("forget-kept", Lang::Fr, "/oubli confirmer:non"),
    ("forget-kept", Lang::En, "/forget confirm:no"),
    ("export", Lang::Fr, "/export"),
    ("export", Lang::En, "/export"),
    ("reminder", Lang::Fr, "/rappel mensuel"),
    ("reminder", Lang::En, "/reminder monthly"),
    ("reminder-off", Lang::Fr, "/rappel off"),
    ("reminder-off", Lang::En, "/reminder off"),
    ("reminder-state", Lang::Fr, "/rappel"),
    ("reminder-state", Lang::En, "/reminder"),
];

fn typed(text: &str) -> Invocation {
    match reader::parse(text).unwrap() {
        Parsed::Command(invocation) => *invocation,
        Parsed::Question => panic!("{text} is not a command"),
    }
}

/// The reply as a user reads it (an attached file included), then what it asks the store
/// to do (a save, a deletion), as the service would carry it out.
fn shown(text: &str, reply: &Reply) -> String {
    let mut out = format!("> {text}\n{}", answers::render::plain(reply));
    if let Some(effect) = &reply.effect {
        out.push_str(&format!("\n[store] {effect:?}"));
    }
    out
}

#[test]
fn personal_replies_match_the_golden_files() {
    let answers = Answers::new(Rates::embedded().unwrap(), Lang::Fr);
    let _in_golden = testkit::golden::settings().bind_to_scope();
    let who = Identity {
        platform: Platform::Telegram,
        user_id: "1001".into(),
    };
    let (profile, history) = (stored(), history());
    for (name, lang, text) in PERSONAL {
        let invocation = typed(text);
        let from = personal::history_from(invocation.command.id, NOV_15);
        let history = if from.is_some() { &history[..] } else { &[] };
        let reply = personal::decide(
            answers.ctx(*lang),
            &who,
            Some(&profile),
            NOV_15,
            Reach::FirstToo,
            history,
            &invocation,
        );
        assert_eq!(reply.is_error, name.starts_with("error"), "{name}");
        assert!(reply.personal, "{name}: shown to its asker alone");
        insta::assert_snapshot!(format!("{name}.{}", lang.code()), shown(text, &reply));
    }
    let config: &[(&str, Lang, Option<i64>, &str)] = &[
        ("config", Lang::Fr, Some(-2002), "/config"),
        ("config", Lang::En, Some(-2002), "/config"),
        (
            "config-change",
            Lang::Fr,
            Some(-2002),
            "/config devise:CHF langue:en",
        ),
        (
            "config-change",
            Lang::En,
            Some(-2002),
            "/config currency:EUR language:fr",
        ),
        ("config-private", Lang::Fr, None, "/config"),
        ("config-private", Lang::En, None, "/config"),
    ];
    for (name, lang, here, text) in config {
        let reply =
            community::configure(answers.ctx(*lang), *here, Settings::default(), &typed(text));
        insta::assert_snapshot!(format!("{name}.{}", lang.code()), shown(text, &reply));
    }
}
