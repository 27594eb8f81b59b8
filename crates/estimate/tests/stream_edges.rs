//! What each stream does where the articles leave the estimator a choice: an audience
//! exactly at a priced size, a niche that is not a well-paying one, a catalogue with one
//! source or with figures no audience size qualifies, a country no list confirms, a
//! product without a conversion rate. Each test changes one input or one catalogue entry
//! and names the reply that must change with it.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::shipped_rates;

use catalogue::Inputs;
use catalogue::Niche;
use catalogue::StreamId;
use estimate::{Estimator, Label, Note, StreamEstimate};
use figures::ClaimId;
use figures::Rates;
use text::Country;
use values::Currency;

fn stream(rates: &Rates, id: StreamId, inputs: Inputs) -> StreamEstimate<'_> {
    Estimator::new(rates, Currency::Eur).stream(id, &inputs)
}

fn shipped() -> Rates {
    Rates::embedded().unwrap()
}

/// What each note says, by its kind (`SourcesDisagree`), a claim by its id
/// (`claim:brand_niche_over_size`).
fn messages(s: &StreamEstimate) -> Vec<String> {
    s.notes
        .iter()
        .map(|n| match n {
            Note::Claim(claim) => format!("claim:{}", claim.id),
            other => kind(other),
        })
        .collect()
}

/// A value's variant name, from its debug form.
fn kind(value: &impl std::fmt::Debug) -> String {
    format!("{value:?}")
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect()
}

fn followers(f: u64) -> Inputs {
    Inputs {
        followers: Some(f),
        ..Inputs::default()
    }
}

fn views_in(views: u64, country: Option<&str>) -> Inputs {
    Inputs {
        views: Some(views),
        country: country.and_then(Country::parse),
        ..Inputs::default()
    }
}

#[test]
fn an_audience_exactly_at_a_priced_size_gets_that_figure_not_an_interpolation() {
    let rates = shipped();
    for (size, low, high) in [(10_000, 100, 300), (100_000, 500, 1500)] {
        let deal = stream(&rates, StreamId::BrandDeal, followers(size));
        let general = &deal.parts[0];
        assert!(
            matches!(general.label, Label::Anchor { hot: false, .. }),
            "{size}"
        );
        assert_eq!(
            (general.range.low.cents, general.range.high.cents),
            (low * 100, high * 100)
        );
        // The well-paying niches' price at 100 000 is their own figure too.
        for part in &deal.parts[1..] {
            assert!(
                matches!(part.label, Label::Anchor { hot: true, .. }),
                "{size}"
            );
        }
    }
    let between = stream(&rates, StreamId::BrandDeal, followers(10_001));
    assert!(matches!(
        between.parts[0].label,
        Label::Interpolated { hot: false, .. }
    ));
}

#[test]
fn an_ordinary_niche_gets_one_price_and_no_niche_note() {
    let rates = shipped();
    let niche_note = format!("claim:{}", rates.claim(ClaimId::BrandNicheOverSize).id);
    let ordinary = stream(
        &rates,
        StreamId::BrandDeal,
        Inputs {
            niche: Some(Niche::Other),
            ..followers(50_000)
        },
    );
    assert_eq!(ordinary.parts.len(), 1);
    assert!(!messages(&ordinary).contains(&niche_note));
    // With no niche given, both prices are shown and the note says why they differ.
    let unsaid = stream(&rates, StreamId::BrandDeal, followers(50_000));
    assert_eq!(unsaid.parts.len(), 2);
    assert!(messages(&unsaid).contains(&niche_note));
}

#[test]
fn a_brand_figure_with_no_audience_size_prices_no_audience() {
    let campaign = "[[rate]]\nid = \"brand_campaign\"\nstream = \"brand_deal\"\nunit = \"per_sponsored_video\"\nlow = \"2000\"\nhigh = \"5000\"\ncurrency = \"EUR\"\nsource = \"phoneinfo\"\ndate = \"2026\"\n";
    let rates = shipped_rates::with(campaign).unwrap();
    let small = stream(&rates, StreamId::BrandDeal, followers(999));
    assert_eq!(small.range, None, "{:?}", small.parts);
    let ten_k = stream(&rates, StreamId::BrandDeal, followers(10_000));
    assert_eq!(
        ten_k.range,
        stream(&shipped(), StreamId::BrandDeal, followers(10_000)).range
    );
}

#[test]
fn one_fund_source_alone_is_not_called_a_disagreement() {
    let shipped = shipped();
    let all = stream(&shipped, StreamId::CreatorFund, views_in(1_000_000, None));
    assert!(all.parts.len() > 1);
    assert!(messages(&all).contains(&"SourcesDisagree".to_owned()));
    let rates = shipped_rates::without(&["fund_phoneinfo_500k", "fund_shortgenius"]).unwrap();
    let one = stream(&rates, StreamId::CreatorFund, views_in(1_000_000, None));
    assert_eq!(one.parts.len(), 1);
    assert!(!messages(&one).contains(&"SourcesDisagree".to_owned()));
}

#[test]
fn with_no_country_figures_for_named_countries_are_named_not_listed() {
    // An article figure for Japan alone: with no country it is not one of the lines (the
    // reply names the countries with their own figures instead); in Japan it is.
    let japan = "[[rate]]\nid = \"crp_japan_article\"\nstream = \"creator_rewards\"\nunit = \"per_1000_views\"\ncountries = [\"JP\"]\nlow = \"9\"\nhigh = \"9\"\ncurrency = \"EUR\"\nsource = \"phoneinfo\"\ndate = \"2026\"\n";
    let rates = shipped_rates::with(japan).unwrap();
    let nowhere = stream(&rates, StreamId::CreatorRewards, views_in(1_000_000, None));
    let shipped = shipped();
    let before = stream(
        &shipped,
        StreamId::CreatorRewards,
        views_in(1_000_000, None),
    );
    assert_eq!(nowhere.parts.len(), before.parts.len());
    assert_eq!(nowhere.range, before.range);
    assert!(messages(&nowhere).contains(&"CrpByRegion".to_owned()));
    let in_japan = stream(
        &rates,
        StreamId::CreatorRewards,
        views_in(1_000_000, Some("JP")),
    );
    assert!(
        in_japan
            .parts
            .iter()
            .any(|p| p.range.low.cents == 9_000 * 100),
        "{:?}",
        in_japan.parts
    );
}

#[test]
fn creator_rewards_below_the_threshold_say_so() {
    let rates = shipped();
    for country in [None, Some("FR"), Some("BE")] {
        let below = stream(&rates, StreamId::CreatorRewards, views_in(50_000, country));
        assert!(
            messages(&below).contains(&"BelowThreshold".to_owned()),
            "{country:?}"
        );
        assert!(below.range.is_none(), "{country:?}");
    }
}

/// The third article: « en France et en Europe, les créateurs peuvent espérer entre
/// 0,40 € et 1,20 € pour 1000 vues éligibles ». Belgium is in Europe but on no list of
/// open countries: no amount is the creator's, and the figure for Europe (France's) is
/// what it pays once open there.
#[test]
fn a_european_country_no_list_names_gets_no_amount_and_the_figure_for_europe_once_open() {
    let rates = shipped();
    let belgium = stream(
        &rates,
        StreamId::CreatorRewards,
        views_in(1_000_000, Some("BE")),
    );
    assert_eq!(belgium.range, None);
    let once = belgium.once_eligible.expect("the figure for Europe");
    assert_eq!((once.low.cents, once.high.cents), (40_000, 120_000));
    assert!(
        belgium.sources.contains(&"clapico"),
        "{:?}",
        belgium.sources
    );
    let be = Country::parse("BE").unwrap();
    assert_eq!(belgium.verdict, estimate::Verdict::NotConfirmed(be));
    // The Fund says the same about Belgium and names France.
    let fund = stream(
        &rates,
        StreamId::CreatorFund,
        views_in(1_000_000, Some("BE")),
    );
    assert_eq!(fund.verdict, estimate::Verdict::NotConfirmed(be));
    assert_eq!(fund.range, None);
    let france = stream(
        &rates,
        StreamId::CreatorFund,
        views_in(1_000_000, Some("FR")),
    );
    assert!(messages(&france).contains(&"CountryConfirmed".to_owned()));
}

#[test]
fn a_product_without_a_conversion_rate_quotes_the_articles_examples() {
    let rates = shipped();
    let examples = [
        format!("claim:{}", rates.claim(ClaimId::ProductProgrammeExample).id),
        format!("claim:{}", rates.claim(ClaimId::ProductDigitalExample).id),
    ];
    let price_only = Inputs {
        price: Some((2000, Some(Currency::Eur))),
        ..Inputs::default()
    };
    for inputs in [followers(50_000), price_only] {
        let product = stream(&rates, StreamId::Products, inputs);
        assert_eq!(product.range, None);
        for example in &examples {
            assert!(messages(&product).contains(example), "{example}");
        }
    }
    let nothing = stream(&rates, StreamId::Products, Inputs::default());
    assert!(examples.iter().all(|e| !messages(&nothing).contains(e)));
}
