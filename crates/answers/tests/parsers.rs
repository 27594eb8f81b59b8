//! Property tests: values come from digits only and never depend on spaces, a typed
//! value is refused exactly when it cannot be read (and the refusal shows it), whatever
//! a question reader reads is written as a typed value would be, and every way people write a number
//! reads back as that number.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use answers::render::plain;
use answers::{Answers, Request};
use catalogue::InputError;
use catalogue::{OptionId, ValueKind};
use figures::ClaimId;
use proptest::prelude::*;
use std::sync::LazyLock;
use text::{ValueProblem, count, money, percent, seconds};
use values::Currency;
use values::Lang;

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

static ANSWERS: LazyLock<Answers> =
    LazyLock::new(|| Answers::new(figures::Rates::embedded().unwrap(), Lang::Fr));

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn values_are_read_from_digits_alone_and_spaces_never_change_them(text in "\\PC{0,40}") {
        // Any text whatever: no panic, and two properties. Words alone ("million",
        // "euros", "%") are never a value; spaces around a value never change it.
        if !text.chars().any(|c| c.is_ascii_digit()) {
            prop_assert!(count(&text).is_err(), "{:?} read as a count", text);
            prop_assert!(percent(&text).is_err(), "{:?} read as a percentage", text);
            prop_assert!(money(&text).is_err(), "{:?} read as money", text);
            prop_assert!(seconds(&text).is_err(), "{:?} read as a length", text);
        }
        let spaced = format!("  {text} ");
        prop_assert_eq!(count(&spaced), count(&text));
        prop_assert_eq!(percent(&spaced), percent(&text));
        prop_assert_eq!(money(&spaced), money(&text));
        prop_assert_eq!(seconds(&spaced), seconds(&text));
        prop_assert_eq!(reader::parse(&spaced), reader::parse(&text));
    }

    #[test]
    fn a_count_is_refused_exactly_when_it_cannot_be_read(value in "[0-9a-zA-Z,.%€$'+-]{1,16}") {
        let text = format!("/gains vues:{value}");
        let reply = ANSWERS.handle(&Request { text: &text, lang: None, locale: None, card: false, shared: false });
        let ValueKind::Count { min, max } = catalogue::option(OptionId::Views).kind else {
            unreachable!("views are a count")
        };
        // No account gets more views in 30 days than TikTok has monthly users.
        let audience = ANSWERS.rates().claim(ClaimId::ViewsCeiling).count("views");
        let read = count(&value).ok().filter(|n| (min..=max).contains(n));
        let within = read.filter(|n| *n <= audience);
        prop_assert_eq!(reply.is_error, within.is_none(), "{} → {}", text, reply.title);
        match (read, within) {
            (_, Some(n)) => prop_assert_eq!(reply.inputs.as_ref().and_then(|i| i.views), Some(n)),
            // Beyond the audience: the refusal says how many users TikTok has.
            (Some(_), None) => prop_assert!(
                plain(&reply).contains("1\u{202f}000\u{202f}000\u{202f}000"),
                "{} → {}", text, plain(&reply)
            ),
            // The refusal shows what was typed, so the user sees what to fix.
            (None, _) => prop_assert!(plain(&reply).contains(&value), "{} → {}", text, plain(&reply)),
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

proptest! {
    // The bar: no panic and no unreadable reading on 10 000 random questions.
    #![proptest_config(ProptestConfig::with_cases(10_000))]

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
        let readings = match reader::question::read(&text) {
            reader::question::Understood::Read(reading) => vec![reading],
            reader::question::Understood::Unsure(readings) => readings,
            reader::question::Understood::Chat => Vec::new(),
        };
        for reading in readings {
            // Whatever was read is written the way the command reads it: it can only be
            // refused for being out of range (90-minute videos), and the reply says so.
            let command = reading.command;
            match reading.invocation() {
                Ok(_) => {}
                Err(InputError::BadValue {
                    problem: ValueProblem::TooLarge { .. } | ValueProblem::TooSmall { .. } | ValueProblem::Zero,
                    ..
                }) => {}
                Err(other) => prop_assert!(false, "{:?} read as {:?}: {:?}", text, command, other),
            }
        }
    }
}

#[test]
fn a_ten_thousand_character_question_is_read_without_panicking() {
    let long = "combien pour 1,5 M de vues et 20k abonnés au Maroc ? ".repeat(200);
    assert!(long.chars().count() >= 10_000);
    let reader::question::Understood::Read(reading) = reader::question::read(&long) else {
        panic!("a question about earnings");
    };
    assert_eq!(reading.command, catalogue::CommandId::Gains);
    let digits = "9".repeat(10_000);
    let _ = reader::question::read(&digits);
    let symbols = "€%$+:,.".repeat(1500);
    let _ = reader::question::read(&symbols);
}

/// Option values as typed in commands, in the forms issue 27 names: no regression.
#[test]
fn typed_options_read_suffixes_decimal_commas_and_spaces() {
    let inputs = |text: &str| match reader::parse(text) {
        Ok(catalogue::Parsed::Command(invocation)) => invocation.inputs,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(inputs("/gains vues:2mds").views, Some(2_000_000_000));
    assert_eq!(inputs("/gains abonnes:12,5k").followers, Some(12_500));
    assert_eq!(inputs("/gains vues:1 200 000").views, Some(1_200_000));
    assert_eq!(inputs("/earnings views:1'250'000").views, Some(1_250_000));
    assert_eq!(
        inputs("/projection abonnes:2k croissance:15 cible:10k").target,
        Some(10_000)
    );
}
