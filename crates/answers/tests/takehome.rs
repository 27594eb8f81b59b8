//! `/net` (`/takehome`) against a worked example computed by hand from the published
//! rates, and every currency converted and written for both languages.
//!
//! The rates, as published:
//! - social contributions of a micro-entrepreneur in a non-regulated liberal activity
//!   (BNC, SSI): 25,6 % of turnover from 1 January 2026 (décret n° 2025-943 du
//!   8 septembre 2025, art. D613-4 du code de la sécurité sociale);
//! - training contribution: 0,2 % of turnover (code du travail, art. L6331-48);
//! - flat income tax on option (versement libératoire): 2,2 % for BNC (CGI, art. 151-0);
//! - micro-BNC turnover ceiling: 83 600 € a year from 2026 (Service-Public.fr);
//! - the article's threshold: « Au-delà de 500 euros par an environ, il devient nécessaire
//!   de créer un statut » (PhoneInfo).

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::replies;

use catalogue::Period;
use estimate::take_home::take_home;
use replies::answer;
use values::{Currency, Lang, Money};

#[test]
fn thirty_thousand_euros_a_year_worked_by_hand() {
    // 30 000 × 25,6 % = 7 680; × 0,2 % = 60; × 2,2 % = 660.
    // Left with the flat tax: 30 000 − 7 680 − 60 − 660 = 21 600; without: 22 260.
    let result = take_home(
        replies::rates(),
        Money::new(3_000_000, Currency::Eur),
        Period::Year,
    );
    let taken: Vec<i64> = result.deductions.iter().map(|d| d.amount.cents).collect();
    assert_eq!(taken, vec![768_000, 6_000, 66_000]);
    assert_eq!(
        result.net_with_flat_tax,
        Money::new(2_160_000, Currency::Eur)
    );
    assert_eq!(
        result.net_before_income_tax,
        Money::new(2_226_000, Currency::Eur)
    );
    assert!(result.over_ceiling.is_none() && !result.occasional);

    let fr = answer(Lang::Fr, "/net 30000€ periode:an");
    for line in [
        "Cotisations sociales : 25,6\u{202f}% → 7\u{202f}680\u{a0}€ (Légifrance, décret n° 2025-943, 2025",
        "Contribution à la formation professionnelle : 0,2\u{202f}% → 60\u{a0}€",
        ": 2,2\u{202f}% → 660\u{a0}€ (impots.gouv.fr, art. 151-0 du CGI",
        "Il vous reste 21\u{202f}600\u{a0}€ par an avec le versement libératoire.",
        "Sans le versement libératoire : 22\u{202f}260\u{a0}€ par an avant l'impôt sur le revenu",
    ] {
        assert!(fr.contains(line), "{line}\n{fr}");
    }
    let en = answer(
        Lang::En,
        "/takehome 2500 period:month country:FR currency:EUR",
    );
    // 2 500 a month: 640 + 5 + 55 = 700 taken, 1 800 left.
    assert!(
        en.contains("You keep €1,800 a month with the flat income tax."),
        "{en}"
    );
}

#[test]
fn above_the_micro_ceiling_the_reply_says_so() {
    let text = answer(Lang::Fr, "/net 90000 periode:an");
    assert!(
        text.contains("Au-delà de 83\u{202f}600\u{a0}€ de chiffre d'affaires par an, vous sortez du régime micro"),
        "{text}"
    );
    // 7 000 € a month is 84 000 € a year: over the ceiling too. In dollars it is not
    // (84 000 $ is about 73 900 €): the ceiling is in euros.
    assert!(answer(Lang::En, "/takehome €7000 period:month").contains("leave the micro regime"));
    assert!(!answer(Lang::En, "/takehome $7000 period:month").contains("leave the micro regime"));
    assert!(!answer(Lang::Fr, "/net 6900 periode:mois").contains("régime micro ("));
}

#[test]
fn below_the_articles_threshold_income_is_declared_as_bnc() {
    let text = answer(Lang::Fr, "/net 450");
    assert!(text.contains("bénéfices non commerciaux (BNC)"), "{text}");
    assert!(!text.contains("Cotisations sociales"), "{text}");
}

#[test]
fn elsewhere_than_france_only_the_gross_is_given() {
    let text = answer(Lang::En, "/takehome 30000 country:BE");
    assert!(
        text.contains("I only know French rules") && text.contains("€30,000"),
        "{text}"
    );
    assert!(!text.contains("Social contributions"), "{text}");
}

#[test]
fn without_an_amount_the_creator_rewards_estimate_is_used() {
    // France: 0,40–1,20 € per 1 000 views (Clapico) → 2 000 000 views: 800–2 400 €, a
    // range, never its middle.
    let text = answer(Lang::Fr, "/net vues:2000000 pays:FR");
    assert!(
        text.starts_with("Ce qu'il vous reste sur 800\u{a0}€ – 2\u{202f}400\u{a0}€ par mois"),
        "{text}"
    );
    // 800 and 2 400 less 28 %: 576 and 1 728, an estimate written to two figures.
    assert!(
        text.contains(
            "Il vous reste 580\u{a0}€ – 1\u{202f}700\u{a0}€ par mois avec le versement libératoire"
        ),
        "{text}"
    );
}

#[test]
fn every_currency_is_converted_at_its_dated_rate_and_written_for_the_reader() {
    // 1 000 000 views in France at 0,40–1,20 € per 1 000 views: 400–1 200 €, converted at
    // 1 € = 1,1367 USD, 1,6047 CAD, 0,9409 CHF, 0,85986 GBP (ECB, 24 September 2026),
    // 655,957 XOF and XAF (fixed parities), 11 MAD (Bank Al-Maghrib), then shown to two significant
    // figures (once, from the exact value) and marked ≈: 454,68 → 450 and 1 364,04 → 1 400 US dollars; 641,88 → 640
    // and 1 925,64 → 1 900 CAD; 376,36 → 380 and 1 129,08 → 1 100 CHF; 343,94 → 340 and
    // 1 031,83 → 1 000 GBP; 262 382,8 → 260 000 and 787 148,4 → 790 000 XOF (the same in XAF); 4 400 and
    // 13 200 → 13 000 MAD.
    let cases: [(&str, &str, &str); 8] = [
        ("EUR", "400\u{a0}€ – 1\u{202f}200\u{a0}€", "€400 – €1,200"),
        (
            "USD",
            "≈ 450\u{a0}$US – 1\u{202f}400\u{a0}$US",
            "≈ $450 – $1,400",
        ),
        (
            "CAD",
            "≈ 640\u{a0}$CA – 1\u{202f}900\u{a0}$CA",
            "≈ CA$640 – CA$1,900",
        ),
        (
            "CHF",
            "≈ 380\u{a0}CHF – 1\u{202f}100\u{a0}CHF",
            "≈ CHF\u{a0}380 – CHF\u{a0}1,100",
        ),
        (
            "GBP",
            "≈ 340\u{a0}£GB – 1\u{202f}000\u{a0}£GB",
            "≈ £340 – £1,000",
        ),
        (
            "XOF",
            "≈ 260\u{202f}000\u{a0}F\u{202f}CFA – 790\u{202f}000\u{a0}F\u{202f}CFA",
            "≈ F\u{202f}CFA\u{a0}260,000 – F\u{202f}CFA\u{a0}790,000",
        ),
        (
            "XAF",
            "≈ 260\u{202f}000\u{a0}FCFA – 790\u{202f}000\u{a0}FCFA",
            "≈ FCFA\u{a0}260,000 – FCFA\u{a0}790,000",
        ),
        (
            "MAD",
            "≈ 4\u{202f}400\u{a0}MAD – 13\u{202f}000\u{a0}MAD",
            "≈ MAD\u{a0}4,400 – MAD\u{a0}13,000",
        ),
    ];
    for (code, fr, en) in cases {
        let text = answer(Lang::Fr, &format!("/gains 1M pays:FR devise:{code}"));
        assert!(text.contains(fr), "{code} (fr): {text}");
        let text = answer(
            Lang::En,
            &format!("/earnings 1M country:FR currency:{code}"),
        );
        assert!(text.contains(en), "{code} (en): {text}");
    }
}

#[test]
fn a_country_suggests_its_currency_and_says_so() {
    let text = answer(Lang::Fr, "/gains 1M pays:SN");
    assert!(
        text.contains("Montants en francs CFA, la monnaie de votre pays (Sénégal)"),
        "{text}"
    );
    let typed = answer(Lang::Fr, "/gains 1M pays:SN devise:EUR");
    assert!(!typed.contains("Montants en"), "{typed}");
}
