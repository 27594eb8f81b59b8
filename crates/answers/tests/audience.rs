//! An audience by country sets Creator Rewards' rate: each country's share of the views
//! at that country's figure, added up. Every amount below is worked out by hand from
//! the figures' own words (quoted) and the dated ECB rate in `rates/money.toml`
//! (1 € = 1,1367 $, 2026-09-24), never by the code.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::replies;

use replies::answer;
use values::Lang;

use testkit::replies::flat;

fn fr(text: &str) -> String {
    flat(answer(Lang::Fr, text))
}

#[test]
fn all_of_one_country_is_that_countrys_figure() {
    // France: « entre 0,40 € et 1,20 € pour 1000 vues éligibles » (Clapico): 1 000 000
    // views pay 400 € – 1 200 €, as with pays:FR.
    let all = fr("/gains vues:1000000 audience:FR100");
    assert!(
        all.contains("Selon votre audience (100 % France) : 400 € – 1 200 €"),
        "{all}"
    );
    // Canada: "$0.70 - $1.60 RPM" (CalculateCreator): $700 – $1,600, ≈ 620 € – 1 400 €.
    let canada = fr("/gains vues:1000000 audience:CA100");
    assert!(canada.contains("≈ 620 € – 1 400 €"), "{canada}");
}

#[test]
fn a_mix_lies_between_its_countries() {
    // 60 % France at 0,40 € – 1,20 € and 40 % United States at "$1.00 - $2.50 RPM":
    // 0,6 × 400 € + 0,4 × 879,74 € = 591,90 € and 0,6 × 1 200 € + 0,4 × 2 199,35 € =
    // 1 599,74 €, to two figures ≈ 590 € – 1 600 €: between France's 400 € – 1 200 €
    // and the United States' ≈ 880 € – 2 200 €.
    let mix = fr("/gains vues:1000000 audience:FR60,US40");
    assert!(
        mix.contains("Selon votre audience (60 % France, 40 % États-Unis) : ≈ 590 € – 1 600 €"),
        "{mix}"
    );
    assert!(
        mix.contains("60 % des vues, France : 240 € – 720 €"),
        "{mix}"
    );
    assert!(
        mix.contains("40 % des vues, États-Unis : ≈ 350 € – 880 €"),
        "{mix}"
    );
    // What ≈ means, from which currency, at which dated rate.
    assert!(
        mix.contains(
            "≈ : converti depuis les dollars américains au taux de référence 1 € = 1,1367 $US (BCE, 2026-09-24)."
        ),
        "{mix}"
    );
    // The same in English, in dollars: $0.6 × (454.68 – 1,364.04) + $0.4 × (1,000 – 2,500).
    let en = flat(answer(
        Lang::En,
        "/earnings views:1000000 audience:60% France, 40% US",
    ));
    assert!(
        en.contains("By your audience (60% France, 40% United States): ≈ $670 – $1,800"),
        "{en}"
    );
}

#[test]
fn a_country_with_no_figure_counts_at_the_rest_of_the_worlds() {
    // Morocco has no row: its 50 % counts at the figure given with no region, ShortGenius's
    // « souvent entre 0,40 $ et 1,00 $ + », for 500 000 views $200 – $500+, ≈ 180 € – 440 €.
    let mix = fr("/gains vues:1000000 audience:FR50,MA50");
    assert!(
        mix.contains("50 % des vues, Maroc : ≈ 180 € – 440 € et plus"),
        "{mix}"
    );
    assert!(
        mix.contains("Maroc : aucune source ne donne de chiffre propre"),
        "{mix}"
    );
}

#[test]
fn shares_that_do_not_add_up_or_an_unknown_country_are_refused_by_name() {
    let sum = fr("/gains vues:1000000 audience:FR90,US20");
    assert!(sum.contains("les parts font 110 %, pas 100 %"), "{sum}");
    let unknown = fr("/gains vues:1000000 audience:FR60,XX40");
    assert!(
        unknown.contains("je ne connais pas le pays « XX »"),
        "{unknown}"
    );
    let twice = fr("/gains vues:1000000 audience:FR50,FR50");
    assert!(twice.contains("« FR »"), "{twice}");
    let en = flat(answer(
        Lang::En,
        "/earnings views:1000000 audience:FR90,US20",
    ));
    assert!(en.contains("the shares add up to 110%, not 100%"), "{en}");
}
