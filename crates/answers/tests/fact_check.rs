//! Issue 40's eleven findings, each checked against the sentence of the article it rests
//! on (quoted), in French and in English. The expected words are written here by hand.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use answers::compose::personal;
use answers::compose::personal::Reach;
use answers::reply::{Effect, Reply};
use catalogue::{Identity, Month, Parsed, Payout, Platform, Profile};
use testkit::replies::{answer, answers, flat, reply};
use testkit::{holds, lacks};
use values::{Currency, Lang};

fn fr(text: &str) -> String {
    flat(answer(Lang::Fr, text))
}

fn en(text: &str) -> String {
    flat(answer(Lang::En, text))
}

/// The first answer, as a chat shows it before "Details".
fn summary(lang: Lang, text: &str) -> String {
    let reply = reply(lang, text, false);
    let summary = reply.summary.expect("a summary");
    flat(format!("{}\n{}", summary.title, summary.lines.join("\n")))
}

/// 2026-11-15, as days since 1970-01-01.
const NOV_15: i64 = 20_772;

fn personal(lang: Lang, stored: &Profile, text: &str) -> Reply {
    let Parsed::Command(invocation) = reader::parse(text).unwrap() else {
        panic!("{text}")
    };
    let who = Identity {
        platform: Platform::Telegram,
        user_id: "7".into(),
    };
    personal::decide(
        answers().ctx(lang),
        &who,
        Some(stored),
        NOV_15,
        Reach::FirstToo,
        &[],
        &invocation,
    )
}

/// Item 1. 000: « Pour accéder aux lives, vous devez avoir au moins 1 000 abonnés et être
/// majeur. » A ✅ never sits beside an unknown, and saying less never gets a better verdict.
#[test]
fn item_1_no_eligible_with_an_unknown() {
    let text = fr("/eligibilite abonnes:20000 vues:200000");
    lacks(&text, "✅ Éligible");
    lacks(&text, "Oui : vous remplissez");
    holds(&text, "❔ avoir 18 ans ou plus : à renseigner (age:25)");
    let belgium = fr("/eligibilite abonnes:20000 vues:200000 pays:BE");
    lacks(&belgium, "✅ Éligible");
    let live = en("/live coins:100 followers:2000");
    holds(
        &live,
        "❔ To check: you must be at least 18: give your age (age:)",
    );
    lacks(&live, "✅");
    let adult = en("/live coins:100 followers:2000 age:25");
    holds(&adult, "✅ Eligible");
}

/// Item 2. 000: « | Âge | 18 ans minimum | »: a condition no waiting changes is named before a
/// count, in the summary too.
#[test]
fn item_2_the_summary_names_age_first() {
    let fr = summary(Lang::Fr, "/gains vues:500000 abonnes:9500 age:15 pays:FR");
    holds(
        &fr,
        "❌ Pas encore éligible (Programme de récompenses des créateurs) : il faut avoir au moins 18 ans",
    );
    lacks(&fr, "il vous manque 500 abonnés");
    let en = summary(
        Lang::En,
        "/earnings views:500000 followers:9500 age:15 country:FR",
    );
    holds(
        &en,
        "❌ Not eligible yet (Creator Rewards Program): you must be at least 18",
    );
    // A 17-year-old reaching 1 000 followers: reached, not celebrated as open.
    let seventeen = Profile {
        age: Some(17),
        followers: Some(900),
        ..Profile::default()
    };
    let saved = personal(Lang::Fr, &seventeen, "/profil abonnes:1000");
    let said = saved.lines.join("\n");
    lacks(&said, "🎉 Cadeaux LIVE");
    holds(&said, "il faut avoir au moins 18 ans");
}

/// Item 3. 001: « Un minimum de 100 000 vues authentiques de vidéos au cours des 30 derniers
/// jours »: nothing is paid below, so nothing is counted from it.
#[test]
fn item_3_no_money_from_what_cannot_be_had() {
    let net = fr("/net vues:50000 pays:FR");
    holds(
        &net,
        "Rien à calculer : le Programme de récompenses ne vous paie rien pour l'instant (il vous manque 50 000 vues sur 30 jours)",
    );
    lacks(&net, "Il vous reste");
    let net = en("/takehome views:50000 country:FR");
    holds(&net, "Nothing to work out");
    let minor = fr("/net vues:165000 age:16 abonnes:8000 pays:FR");
    lacks(&minor, "Il vous reste");
    let projection = fr("/projection 150000 croissance:10 mois:1 age:16 abonnes:8000 pays:FR");
    holds(&projection, "Mois 1 : 165 000 vues → rien");
    holds(
        &projection,
        "Programme de récompenses : aucun montant pour l'instant (il faut avoir au moins 18 ans)",
    );
}

/// Item 4. 000: « Résider dans un pays éligible (France, États-Unis, Royaume-Uni, etc.) »: no
/// source names Belgium, Morocco or Senegal; 002 gives « entre 0,40 € et 1,20 € pour 1000
/// vues éligibles » in France and Europe, the most any of them is shown once open.
#[test]
fn item_4_a_country_no_source_confirms_gets_no_amount_anywhere() {
    for text in ["/gains vues:1000000 pays:BE", "/gains vues:1000000 pays:MA"] {
        let said = summary(Lang::Fr, text);
        holds(&said, "rien pour l'instant ; une fois éligible");
        holds(&said, "❔ Pas confirmé dans votre pays");
    }
    let senegal = en("/earnings views:1000000 country:SN");
    holds(
        &senegal,
        "Once eligible: ≈ F CFA 260,000 – F CFA 790,000 over 30 days",
    );
    let morocco = summary(Lang::En, "/earnings views:1000000 country:MA");
    holds(&morocco, "once eligible, ≈ MAD 4,400 – MAD 13,000");
    holds(
        &fr("/objectif 1000 pays:BE"),
        "aucune source ne confirme qu'il est ouvert",
    );
    holds(
        &fr("/net vues:1000000 pays:BE"),
        "aucune de nos sources ne dit que le Programme de récompenses est ouvert dans votre pays (Belgique)",
    );
}

/// Item 5. 001 and 002: the Creator Rewards Program « a remplacé l'ancien Fonds pour les
/// créateurs »; 000: « Le plus connu reste le TikTok Creator Fund ». Disputed wherever it
/// stands; and like the programme, nothing under 100 000 views (000: « 100 000 vues
/// authentiques sur les 30 derniers jours »), where 000 contradicts itself: « vous pourriez
/// toucher quelques dizaines d'euros du fonds créateurs ».
#[test]
fn item_5_the_disputed_fund_stays_disputed() {
    holds(
        &summary(Lang::Fr, "/gains vues:1000000"),
        "Fonds des créateurs (son existence est contestée par les articles) : ≈ 18 € – 40 €",
    );
    holds(
        &summary(Lang::En, "/earnings views:1000000"),
        "Creator Fund (the articles dispute whether it still exists)",
    );
    let below = fr("/gains vues:99999");
    lacks(&below, "1,80 €");
    holds(
        &below,
        "En dessous de 100 000 vues sur 30 jours, le programme ne paie rien.",
    );
    holds(
        &fr("/gains vues:100000"),
        "« quelques dizaines d’euros du fonds créateurs », bien plus que ce que son propre taux pour 1 000 vues donne : il se contredit",
    );
}

/// Item 6. 000: « Les macro-influenceurs dépassant le million d'abonnés peuvent atteindre
/// plusieurs milliers d'euros par campagne »: no number, and per campaign.
#[test]
fn item_6_no_figure_read_from_words() {
    let text = fr("/partenariat abonnes:1000000");
    lacks(&text, "2 000 € et plus");
    holds(&text, "500 € – 1 500 € et plus par vidéo sponsorisée");
    holds(&text, "« plusieurs milliers d'euros par campagne »");
    lacks(
        &fr("/objectif 1000000 abonnes:1000000"),
        "500 vidéos sponsorisées",
    );
    holds(&en("/sponsorship followers:1000000"), "$");
}

/// Item 7. 001: « Un minimum de 100 000 vues authentiques »: no goal below it; 002: « entre
/// 0,40 € et 1,20 € pour 1000 vues éligibles »: 1 000 € takes 833 334 views at 1,20 €,
/// rounded up (830 000 would give 996 €).
#[test]
fn item_7_goals_reach_the_programmes_minimum_and_round_up() {
    let ten = fr("/objectif 10");
    holds(
        &ten,
        "Programme de récompenses : 100 000 vues qualifiées par mois.",
    );
    holds(&ten, "Au moins 100 000 vues sur 30 jours dans tous les cas");
    holds(
        &fr("/objectif 1000 pays:FR"),
        "entre 840 000 et 2 500 000 vues qualifiées par mois",
    );
    holds(
        &en("/goal 10"),
        "Creator Rewards Program: 100,000 qualified views a month.",
    );
}

/// Item 8. Ranges stay ranges; a figure is rounded once; the unit values of the converters (a
/// diamond « $0.005 », « 2 coins » a diamond, a coin « $0.012 ») leave the creator about
/// 21 %, against 000's « vous touchez la moitié de la valeur des cadeaux reçus ».
#[test]
fn item_8_no_false_precision_and_the_share_conflict_said() {
    let net = fr("/net vues:1000000 pays:FR");
    holds(&net, "Ce qu'il vous reste sur 400 € – 1 200 € par mois");
    lacks(&net, "2 026,80");
    let live = summary(Lang::Fr, "/live");
    holds(&live, "Un diamant vaut environ 0,005 $US");
    holds(
        &live,
        "vous garderiez environ 21 % de ce que paient les spectateurs, contre environ 50 % selon l'article",
    );
    holds(
        &summary(Lang::Fr, "un diamant ça vaut combien ?"),
        "Un diamant vaut environ 0,005 $US",
    );
    holds(
        &en("/live coins:5000"),
        "you would keep about 21% of what viewers pay, against about 50% by the article",
    );
    // 454,68 US dollars to two figures is 450, not 460 (455 rounded again).
    holds(
        &fr("/gains vues:1000000 pays:FR devise:USD"),
        "≈ 450 $US – 1 400 $US",
    );
}

/// Item 9. What the articles say that was left out, in their words.
#[test]
fn item_9_the_articles_words() {
    // 004: « Nombre d'abonnés 10 000 Ineéligibilité au Fonds Créateurs et à certaines
    // options de LIVE Gifts. »
    holds(
        &fr("/live abonnes:2000"),
        "Certaines options des LIVE Gifts demandent 10 000 abonnés",
    );
    // 004: « Âge 18 ans Ineéligibilité à la monétisation (sauf accord parental spécifique) ».
    let young = fr("/affiliation age:13");
    lacks(&young, "✅");
    holds(&young, "« sauf accord parental spécifique »");
    // 001 speaks of affiliation: « Aucune exigence officielle »; no article gives TikTok
    // Shop a minimum, nor says "pas de minimum".
    let shop = fr("/faq boutique");
    lacks(&shop, "Pas de minimum");
    holds(&shop, "« Aucune exigence officielle »");
    // 003: « TikTok organise régulièrement des concours où les gains peuvent être
    // directement versés aux créateurs les plus performants ».
    holds(
        &fr("/live"),
        "« TikTok organise régulièrement des concours où les gains peuvent être directement versés aux créateurs les plus performants »",
    );
    // 000: « TikTok peut aussi vous fournir un relevé de vos gains annuels »; « Au-delà de
    // 500 euros par an environ » as written.
    let taxes = fr("/faq impots");
    holds(&taxes, "« un relevé de vos gains annuels »");
    holds(
        &taxes,
        "« Au-delà de 500 euros par an environ, il devient nécessaire de créer un statut »",
    );
    holds(&en("/faq taxes"), "a statement of your yearly earnings");
    // 000: « 15% d'engagement », as written.
    holds(
        &fr("/partenariat abonnes:50000 engagement:2"),
        "15% d’engagement",
    );
    // 000: « au moins 1 000 abonnés »: met at exactly 1 000.
    let live = fr("/eligibilite abonnes:1000 age:20");
    holds(&live, "✅ 1 000 abonnés");
}

/// Item 10. What the creator recorded counts: a payout for October proves they are in the
/// programme; no reply then says they are short of followers.
#[test]
fn item_10_a_recent_payout_is_evidence() {
    let paid = Profile {
        followers: Some(8_200),
        payouts: vec![Payout {
            month: Month::new(2026, 10),
            cents: 3_100,
            currency: Currency::Gbp,
            views: 120_000,
        }],
        ..Profile::default()
    };
    let stats = answers::render::plain(&personal(Lang::En, &paid, "/stats"));
    let crp = stats
        .split("Creator Rewards Program\n")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .next()
        .unwrap();
    lacks(crp, "you need 1,800 more followers");
    holds(crp, "✅ Eligible");
    holds(
        crp,
        "TikTok paid you for October 2026 (your recorded payout)",
    );
    // The Fund is another programme: the payout proves nothing there.
    holds(&stats, "you need 1,800 more followers");
}

/// Item 11. A typo that would become a fortune: 5 000 € for 1 000 views is asked about, not
/// kept, and the command that keeps it is given.
#[test]
fn item_11_a_payout_far_outside_every_source_is_asked_about() {
    let reply = personal(
        Lang::Fr,
        &Profile::default(),
        "/paiement montant:5000 vues:1000 date:2026-10",
    );
    assert_eq!(reply.effect, None);
    let said = flat(reply.lines.join("\n"));
    holds(&said, "Rien n'est enregistré");
    holds(
        &said,
        "/paiement 5000EUR vues:1000 date:2026-10 confirmer:oui",
    );
    // 50 000 for 200 000 views: 250 per 1 000, some 40 times the highest any source gives
    // (001: « de 0,50 $ jusqu'à 6,00 $ »).
    let rate = personal(
        Lang::En,
        &Profile::default(),
        "/payout amount:50000 views:200000 date:2026-10",
    );
    assert_eq!(rate.effect, None);
    holds(
        &flat(rate.lines.join("\n")),
        "far from anything the sources give",
    );
    let confirmed = personal(
        Lang::En,
        &Profile::default(),
        "/payout amount:50000 views:200000 date:2026-10 confirm:yes",
    );
    assert!(matches!(confirmed.effect, Some(Effect::SaveProfile(_))));
}
