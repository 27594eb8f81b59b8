//! Property tests: no input makes a parser panic, and every way people write a number
//! reads back as that number.

use gainsbot::core::invocation;
use gainsbot::core::values::{count, money, percent, seconds};
use gainsbot::core::{Brain, Request};
use gainsbot::values::Currency;
use gainsbot::values::Lang;
use proptest::prelude::*;
use std::sync::LazyLock;

fn grouped(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

static BRAIN: LazyLock<Brain> = LazyLock::new(|| Brain {
    rates: gainsbot::core::rates::Rates::embedded().unwrap(),
    default_lang: Lang::Fr,
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsers_never_panic(text in "\\PC{0,40}") {
        let _ = count(&text);
        let _ = percent(&text);
        let _ = money(&text);
        let _ = seconds(&text);
        let _ = invocation::parse(&text);
        let _ = gainsbot::core::question::intent(&text);
    }

    #[test]
    fn commands_with_any_value_never_panic(cmd in "(gains|earnings|eligibilite|partenariat|live|produit|affiliation|objectif|projection|engagement|faq|aide)", opt in "[a-z]{1,12}", value in "[0-9a-zA-Z,. %€$:'-]{0,24}") {
        for text in [format!("/{cmd} {value}"), format!("/{cmd} {opt}:{value}")] {
            let reply = BRAIN.handle(&Request { text: &text, lang: None, locale: None, card: false });
            prop_assert!(!reply.title.is_empty());
        }
    }

    #[test]
    fn counts_round_trip_in_every_written_form(n in 0u64..=9_999_999_999_999) {
        prop_assert_eq!(count(&n.to_string()), Ok(n));
        for sep in [" ", ",", ".", "\u{202f}", "\u{a0}"] {
            prop_assert_eq!(count(&grouped(n, sep)), Ok(n));
        }
    }

    #[test]
    fn suffixed_counts_round_trip(k in 1u64..=999_999, tenths in 0u64..=9) {
        prop_assert_eq!(count(&format!("{k}k")), Ok(k * 1000));
        prop_assert_eq!(count(&format!("{k},{tenths}M")), Ok(k * 1_000_000 + tenths * 100_000));
        prop_assert_eq!(count(&format!("{k}.{tenths} millions")), Ok(k * 1_000_000 + tenths * 100_000));
    }

    #[test]
    fn negative_counts_are_refused(n in 1u64..=1_000_000_000) {
        let text = format!("-{}", n);
        prop_assert!(count(&text).is_err());
    }

    #[test]
    fn money_round_trips_in_both_conventions(units in 0i64..=9_999_999, cents in 0i64..=99) {
        let total = units * 100 + cents;
        let fr = format!("{},{:02} €", grouped(units as u64, " "), cents);
        let en = format!("${}.{:02}", grouped(units as u64, ","), cents);
        prop_assert_eq!(money(&fr), Ok((total, Some(Currency::Eur))));
        prop_assert_eq!(money(&en), Ok((total, Some(Currency::Usd))));
    }

    #[test]
    fn percentages_round_trip(whole in 0u32..=100, tenth in 0u32..=9) {
        let expected = rust_decimal::Decimal::new(i64::from(whole * 10 + tenth), 1);
        prop_assert_eq!(percent(&format!("{whole},{tenth} %")), Ok(expected));
        prop_assert_eq!(percent(&format!("{whole}.{tenth}%")), Ok(expected));
    }
}
