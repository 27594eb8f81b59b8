//! The first answer of every command that estimates money, in both languages: at most
//! 700 visible characters, the month (or the one figure asked) first, then eligibility,
//! the streams that apply and the one thing to give next. Every amount below is worked
//! out by hand from the articles (quoted) or the user's own figures, never by the code.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::replies;

use answers::render;
use answers::reply::Reply;
use answers::reply::Summary;
use values::Lang;

fn reply(lang: Lang, text: &str) -> Reply {
    replies::reply(lang, text, false)
}

/// The summary as the console prints it, checked against the 700-character budget and
/// against the details, which must hold more than the summary.
fn summary(lang: Lang, text: &str) -> String {
    let reply = reply(lang, text);
    let summary = reply
        .summary
        .as_ref()
        .unwrap_or_else(|| panic!("{text}: no summary"));
    assert!(
        summary.visible_chars() <= Summary::MAX_CHARS,
        "{text}: {} characters",
        summary.visible_chars()
    );
    assert!(
        !reply.actions.is_empty(),
        "{text}: the details are a tap away"
    );
    render::first(&reply)
}

#[test]
fn gains_a_million_views() {
    // 001: « entre 0,40 $ et 1,00 $ (ou plus) pour 1 000 vues qualifiées » and « de 500 $ à
    // 6 000 $ ou plus » for a million: $400 – $6,000 or more; 000: « Avec un million de
    // vues par mois, cela représente entre 20 et 40 euros » for the Fund, whose existence
    // the articles dispute (002: « qui a remplacé l’ancien Fonds pour les créateurs »).
    assert_eq!(
        summary(Lang::En, "/earnings views:1000000"),
        "Estimate for 1,000,000 views\n\
         Over 30 days: ≈ $400 – $6,000 or more with the Creator Rewards Program.\n\
         ❔ Eligibility to check (Creator Rewards Program): it takes at least 10,000 followers: give yours (followers:)\n\
         Creator Fund (the articles dispute whether it still exists): ≈ $20 – $45 over 30 days\n\
         Give your follower count: it decides eligibility and what a sponsored video is worth (followers:).\n"
    );
    assert_eq!(
        summary(Lang::Fr, "/gains vues:1000000"),
        "Estimation pour 1\u{202f}000\u{202f}000 vues\n\
         Sur 30 jours : ≈ 350\u{a0}€ – 5\u{202f}300\u{a0}€ et plus avec le Programme de récompenses des créateurs.\n\
         ❔ Éligibilité à vérifier (Programme de récompenses des créateurs) : il faut au moins 10\u{202f}000 abonnés : donnez les vôtres (abonnes:)\n\
         Fonds des créateurs (son existence est contestée par les articles) : ≈ 18\u{a0}€ – 40\u{a0}€ sur 30 jours\n\
         Donnez votre nombre d'abonnés : il décide de l'éligibilité et du prix d'un partenariat (abonnes:).\n"
    );
}

#[test]
fn a_question_gets_the_same_summary_after_what_was_read() {
    let asked = summary(Lang::Fr, "combien je gagne avec 1M de vues");
    let lines: Vec<&str> = asked.lines().collect();
    assert_eq!(lines[0], "Estimation pour 1\u{202f}000\u{202f}000 vues");
    assert!(
        lines[1].starts_with("Compris : 1\u{202f}000\u{202f}000 vues"),
        "{asked}"
    );
    assert!(
        lines[2].starts_with("Sur 30 jours : ≈ 350\u{a0}€ – 5\u{202f}300\u{a0}€"),
        "{asked}"
    );
}

#[test]
fn sponsorship_at_10000_followers() {
    // 000: « entre 100 et 300 euros pour une vidéo sponsorisée » at 10 000 followers.
    assert_eq!(
        summary(Lang::Fr, "/partenariat abonnes:10000"),
        "Ce que vaut une vidéo sponsorisée\n\
         Partenariats de marques : 100\u{a0}€ – 300\u{a0}€ par vidéo sponsorisée\n\
         ❔ Éligibilité à vérifier (Partenariats de marques) : pas de seuil officiel : selon David Park (ShortGenius), s. d., des marques signent dès 1\u{202f}000 à 5\u{202f}000 abonnés si le public est très engagé\n\
         Donnez votre niche : les marques paient mieux dans certaines (niche:).\n"
    );
    let en = summary(Lang::En, "/sponsorship followers:10000 currency:EUR");
    assert!(
        en.contains("Brand deals: €100 – €300 per sponsored video"),
        "{en}"
    );
}

#[test]
fn live_gifts_of_5000_coins() {
    // Converters: 2 coins a diamond, $0.005 a diamond: 5 000 / 2 × 0.005 = $12.50, to two
    // figures $13; 000: TikTok keeps about half, at $0.012 a coin: 5 000 × 0.012 / 2 = $30.
    assert_eq!(
        summary(Lang::En, "/live coins:5000"),
        "What you keep from your LIVE gifts\n\
         LIVE gifts: $13 – $30 for the gifts given\n\
         ❔ Eligibility to check (LIVE gifts): it takes at least 1,000 followers: give yours (followers:)\n"
    );
    let fr = summary(Lang::Fr, "/live pieces:5000 devise:USD abonnes:2000");
    assert!(
        fr.contains("Cadeaux LIVE : 13\u{a0}$US – 30\u{a0}$US pour les cadeaux indiqués"),
        "{fr}"
    );
}

#[test]
fn affiliate_and_product_are_exact() {
    // The user's figures: 120 × 49 € × 10 % = 588 €; 000: « un programme à 49 € … 1 % de
    // 50 000 abonnés … 500 ventes … 24 500 € ».
    assert_eq!(
        summary(Lang::Fr, "/affiliation ventes:120 prix:49 commission:10"),
        "Vos commissions d'affiliation\n\
         Affiliation et TikTok Shop : 588\u{a0}€ pour les ventes indiquées\n\
         ❔ Éligibilité à vérifier (Affiliation et TikTok Shop) : il faut avoir au moins 18 ans : donnez votre âge (age:)\n"
    );
    assert_eq!(
        summary(
            Lang::En,
            "/product price:49 followers:50000 conversion:1 currency:EUR"
        ),
        "What your product can bring in\n\
         Your own products: €24,500 per launch (sales to your current audience)\n\
         ✅ Eligible (Your own products)\n"
    );
}

#[test]
fn goal_of_1000_a_month() {
    // 001: $0.40 to $6.00 per 1 000 qualified views: $1,000 takes 1 000 / 6 × 1 000 =
    // 166 667 views (to two figures 170 000) to 1 000 / 0.40 × 1 000 = 2 500 000.
    assert_eq!(
        summary(Lang::En, "/goal amount:1000 currency:USD"),
        "Goal: $1,000 a month\n\
         Creator Rewards Program: between 170,000 and 2,500,000 qualified views a month.\n\
         Reminder: the Creator Rewards Program also requires 10,000 followers and 100,000 views over 30 days.\n\
         The rate depends on the region: give your country (country:).\n"
    );
    let fr = summary(Lang::Fr, "/objectif montant:1000 devise:USD pays:US");
    assert!(
        fr.contains("Donnez votre nombre d'abonnés pour savoir combien de partenariats il faudrait (abonnes:"),
        "{fr}"
    );
}

#[test]
fn takehome_of_2000_a_year() {
    // Légifrance: 25,6 % social contributions (512 €), 0,2 % training (4 €); impots.gouv:
    // 2,2 % flat income tax (44 €): 2 000 − 560 = 1 440 €, or 1 484 € without the flat tax.
    assert_eq!(
        summary(Lang::Fr, "/net montant:2000"),
        "Ce qu'il vous reste sur 2\u{202f}000\u{a0}€ par an\n\
         Il vous reste 1\u{202f}440\u{a0}€ par an avec le versement libératoire, 1\u{202f}484\u{a0}€ sans (avant l'impôt sur le revenu).\n\
         Prélevé : cotisations sociales 512\u{a0}€ (25,6\u{202f}%) ; formation professionnelle 4\u{a0}€ (0,2\u{202f}%) ; versement libératoire 44\u{a0}€ (2,2\u{202f}%).\n"
    );
    let en = summary(Lang::En, "/takehome amount:2000 currency:EUR");
    assert!(
        en.contains("You keep €1,440 a year with the flat income tax, €1,484 without it"),
        "{en}"
    );
}

#[test]
fn no_two_lines_of_a_reply_say_the_same_thing() {
    // Two ShortGenius figures for the same (unstated) region used to read as two
    // "Sans région précisée" lines: each now says how the source frames it.
    for (lang, text) in [
        (Lang::Fr, "/gains vues:1000000"),
        (Lang::En, "/earnings views:1000000"),
        (Lang::Fr, "/gains vues:1000000 abonnes:20000 pays:MA"),
        (
            Lang::Fr,
            "/eligibilite abonnes:8000 vues:150000 pays:FR age:19",
        ),
        (Lang::Fr, "/partenariat abonnes:1200000"),
        (Lang::Fr, "/live diamants:2500"),
    ] {
        let plain = render::plain(&reply(lang, text));
        // Within one stream (a field, up to the next blank line).
        let mut seen = std::collections::HashSet::new();
        for line in plain.lines().map(str::trim) {
            if line.is_empty() {
                seen.clear();
                continue;
            }
            let head = line.split(" : ").next().unwrap_or(line);
            let head = head.split(": ").next().unwrap_or(head);
            // A line's opening words, up to its first colon, name what it is about.
            if head.len() > 12 && !head.starts_with(['✅', '❌', '❔', '☑']) {
                assert!(
                    seen.insert(head.to_owned()),
                    "{text}: twice « {head} »\n{plain}"
                );
            }
        }
    }
}
