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
        let _ = gainsbot::core::question::read(&text);
    }

    #[test]
    fn commands_with_any_value_never_panic(cmd in "(gains|earnings|eligibilite|partenariat|live|produit|affiliation|objectif|projection|engagement|faq|aide)", opt in "[a-z]{1,12}", value in "[0-9a-zA-Z,. %€$:'-]{0,24}") {
        for text in [format!("/{cmd} {value}"), format!("/{cmd} {opt}:{value}")] {
            let reply = BRAIN.handle(&Request { text: &text, lang: None, locale: None, card: false , shared: false});
            prop_assert!(!reply.title.is_empty());
        }
    }

    #[test]
    fn questions_of_any_content_are_read_without_panicking(
        words in proptest::collection::vec(
            prop_oneof![
                "[0-9]{1,12}",
                "[0-9]{1,3}([,. ][0-9]{3}){0,4}",
                "[0-9]{1,4}[,.][0-9]{1,3}",
                "[0-9]{1,3}[kKmM]",
                "[0-9]{1,2}:[0-9]{1,3}",
                "(vues|abonnés|pièces|diamants|likes|ans|mois|min|sec|jours|€|\\$|£|%|\\+|k|M|millions)",
                "(combien|how|much|many|de|d'|en|au|dans|in|à|at|par|per|pour|for|et|and|je|i'm|j'ai)",
                "\\PC{1,8}",
            ],
            0..40,
        )
    ) {
        let text = words.join(" ");
        if let Some(reading) = gainsbot::core::question::read(&text) {
            // Whatever was read is something a user could have typed for that command.
            let _ = reading.invocation();
        }
        let reply = BRAIN.handle(&Request { text: &text, lang: None, locale: None, card: false , shared: false});
        prop_assert!(!reply.title.is_empty());
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

#[test]
fn a_ten_thousand_character_question_is_read_without_panicking() {
    let long = "combien pour 1,5 M de vues et 20k abonnés au Maroc ? ".repeat(200);
    assert!(long.chars().count() >= 10_000);
    let reading = gainsbot::core::question::read(&long).expect("a question about earnings");
    assert_eq!(reading.command, gainsbot::core::catalogue::CommandId::Gains);
    let digits = "9".repeat(10_000);
    let _ = gainsbot::core::question::read(&digits);
    let symbols = "€%$+:,.".repeat(1500);
    let _ = gainsbot::core::question::read(&symbols);
}
