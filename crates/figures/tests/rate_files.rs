//! The rate catalogue refuses every kind of broken entry with the file, the key and the
//! problem, and a folder given in `GAINSBOT_RATES` replaces the compiled-in files.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::shipped_rates;

use figures::{RateProblem, Rates};
use rust_decimal::Decimal;
use shipped_rates::{edited, shipped, with};
use values::Currency;

fn rate(fields: &str) -> String {
    format!(
        "[[rate]]\nid = \"x\"\nstream = \"products\"\nunit = \"amount\"\ncurrency = \"EUR\"\nsource = \"phoneinfo\"\ndate = \"2026\"\n{fields}\n"
    )
}

#[test]
fn the_shipped_catalogue_loads() {
    let rates = Rates::from_files(shipped()).unwrap();
    assert_eq!(
        rates.fx().per_eur(Currency::Usd),
        Some(Decimal::new(11367, 4))
    );
}

#[test]
fn a_syntax_error_names_its_line() {
    let e = with("[[rate]]\nid = \"x\"\nlow = \n").unwrap_err();
    assert_eq!(
        (e.file.as_str(), e.key.as_str()),
        ("rates/extra.toml", "line 3")
    );
    assert!(matches!(e.problem, RateProblem::Syntax(_)), "{e}");
}

#[test]
fn each_broken_rate_is_refused_with_file_key_and_problem() {
    let cases: [(&str, RateProblem); 5] = [
        (
            "low = \"-1\"\nhigh = \"2\"",
            RateProblem::Negative(Decimal::from(-1)),
        ),
        (
            "low = \"3\"\nhigh = \"2\"",
            RateProblem::LowAboveHigh {
                low: Decimal::from(3),
                high: Decimal::from(2),
            },
        ),
        ("low = \"3\"", RateProblem::MissingHigh),
        (
            "low = \"1\"\nhigh = \"2\"\nregion = \"atlantis\"",
            RateProblem::UnknownRegion("atlantis".into()),
        ),
        (
            "low = \"1\"\nhigh = \"2\"\ncountries = [\"XX\"]",
            RateProblem::UnknownCountry("XX".into()),
        ),
    ];
    for (fields, problem) in cases {
        let e = with(&rate(fields)).unwrap_err();
        assert_eq!(e.file, "rates/extra.toml", "{e}");
        assert_eq!(e.key, "rate.x", "{e}");
        assert_eq!(e.line, Some(1), "the entry's first line: {e}");
        assert_eq!(e.problem, problem, "{fields}");
    }
}

#[test]
fn the_rest_of_the_worlds_figure_has_no_place_and_is_one_per_stream() {
    let placed = with(&rate(
        "low = \"1\"\nhigh = \"2\"\ncountries = [\"FR\"]\nrest_of_world = true",
    ))
    .unwrap_err();
    assert_eq!(placed.problem, RateProblem::RestOfWorld, "{placed}");
    let second = "[[rate]]\nid = \"x\"\nstream = \"creator_rewards\"\nunit = \"per_1000_views\"\n\
                  low = \"1\"\nhigh = \"2\"\ncurrency = \"EUR\"\nsource = \"phoneinfo\"\n\
                  date = \"2026\"\nrest_of_world = true\n";
    let e = with(second).unwrap_err();
    assert_eq!(
        (e.key.as_str(), &e.problem),
        ("rate.x", &RateProblem::RestOfWorld),
        "{e}"
    );
}

#[test]
fn a_percentage_over_100_a_bad_date_and_a_missing_currency_are_refused() {
    let percent = "[[rate]]\nid = \"x\"\nstream = \"products\"\nunit = \"percent\"\nlow = \"101\"\nhigh = \"101\"\nsource = \"phoneinfo\"\ndate = \"2026\"\n";
    assert_eq!(
        with(percent).unwrap_err().problem,
        RateProblem::PercentOver100
    );
    let date = rate("low = \"1\"\nhigh = \"2\"").replace("2026", "26/11/2026");
    assert_eq!(
        with(&date).unwrap_err().problem,
        RateProblem::BadDate("26/11/2026".into())
    );
    let no_currency = rate("low = \"1\"\nhigh = \"2\"").replace("currency = \"EUR\"\n", "");
    assert_eq!(
        with(&no_currency).unwrap_err().problem,
        RateProblem::MissingCurrency
    );
    let yen = rate("low = \"1\"\nhigh = \"2\"").replace("EUR", "JPY");
    refused_as_written(&yen, "JPY");
}

/// A value of the wrong kind is refused by the parser, which names it and its line.
fn refused_as_written(text: &str, named: &str) {
    let e = with(text).unwrap_err();
    assert!(
        matches!(e.problem, RateProblem::Syntax(ref m) if m.message().contains(named)),
        "{e}"
    );
    assert!(e.key.starts_with("line "), "{e}");
}

#[test]
fn an_unknown_stream_niche_flag_a_duplicate_and_an_unknown_source_are_refused() {
    refused_as_written(
        &rate("low = \"1\"\nhigh = \"2\"").replace("products", "lottery"),
        "lottery",
    );
    refused_as_written(&rate("low = \"1\"\nhigh = \"2\"\nniche = \"hot\""), "niche");
    let twice = rate("low = \"1\"\nhigh = \"2\"").replace("id = \"x\"", "id = \"brand_10k\"");
    let e = with(&twice).unwrap_err();
    assert_eq!(
        (e.key.as_str(), e.problem),
        ("rate.brand_10k", RateProblem::Duplicate)
    );
    let cousin = rate("low = \"1\"\nhigh = \"2\"").replace("phoneinfo", "my-cousin");
    assert_eq!(
        with(&cousin).unwrap_err().problem,
        RateProblem::UnknownSource("my-cousin".into())
    );
}

#[test]
fn a_source_without_a_title_or_labels_and_a_rule_without_a_source_are_refused() {
    let untitled = "[source.blog]\nkind = \"public\"\npublisher = \"Blog\"\ndate = \"2026\"\n";
    let e = with(untitled).unwrap_err();
    assert_eq!(
        (e.key.as_str(), e.problem),
        ("source.blog", RateProblem::IncompleteSource)
    );
    let rule = "[[rule]]\nprogramme = \"pulse\"\nrequirement = \"age\"\nmin = 18\nsources = []\ndate = \"2026\"\n";
    assert_eq!(with(rule).unwrap_err().problem, RateProblem::NoSource);
}

#[test]
fn a_zero_exchange_rate_and_a_missing_figure_are_refused() {
    let e = edited("money.toml", "per_eur = \"1.1367\"", "per_eur = \"0\"").unwrap_err();
    assert_eq!(
        (e.key.as_str(), e.problem),
        ("fx.USD", RateProblem::ZeroRate)
    );
    let e = edited(
        "brand_deals.toml",
        "id = \"brand_10k\"",
        "id = \"brand_ten_k\"",
    )
    .unwrap_err();
    assert_eq!(
        (e.key.as_str(), e.problem),
        ("rate.brand_10k", RateProblem::Missing)
    );
    // A claim renamed has no message to word it, and is refused for that first.
    let e = edited("live.toml", "id = \"parental_consent\"", "id = \"consent\"").unwrap_err();
    assert_eq!(
        (e.key.as_str(), e.problem),
        ("claim.consent", RateProblem::NoMessage)
    );
}

#[test]
fn a_folder_replaces_the_compiled_in_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in shipped() {
        let text = text.replace("per_eur = \"1.1367\"", "per_eur = \"1.10\"");
        std::fs::write(dir.path().join(name.trim_start_matches("rates/")), text).unwrap();
    }
    let rates = Rates::from_path(dir.path()).unwrap();
    assert_eq!(
        rates.fx().per_eur(Currency::Usd),
        Some(Decimal::new(110, 2))
    );
    let missing = Rates::from_path(&dir.path().join("nope.toml")).unwrap_err();
    assert!(matches!(missing.problem, RateProblem::Read(_)), "{missing}");
}
