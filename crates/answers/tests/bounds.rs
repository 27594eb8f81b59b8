//! Bounds and arithmetic for any accepted input (issue 32, item 9): no amount reaches
//! the integer limit, no estimate is given for more views than TikTok has monthly users
//! (1 000 000 000, the claim `views_ceiling`), and whatever is refused is refused in
//! words, never with a wrong amount.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::replies;

use answers::{Request, render};
use proptest::prelude::*;
use replies::answers;
use values::Lang;

/// TikTok's monthly users, as the ceiling claim counts them (written by hand).
const AUDIENCE: u64 = 1_000_000_000;

/// The digits of the 64-bit limits, which an overflow would print.
const LIMITS: [&str; 2] = ["92233720368547", "18446744073709"];

fn digits(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202f}' | '\u{a0}' | ',' | ' ' | '.'))
        .collect()
}

/// Large and small values alike, with the edges spelt out.
fn value() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..1_000,
        1_000u64..10_000_000,
        10_000_000u64..u64::MAX,
        Just(u64::MAX),
        Just(AUDIENCE),
        Just(AUDIENCE + 1),
    ]
}

fn command() -> impl Strategy<Value = String> {
    (0usize..9, value(), value(), value()).prop_map(|(which, a, b, c)| match which {
        0 => format!("/gains vues:{a} abonnes:{b}"),
        1 => format!("/gains vues:{a} pays:US devise:JPY"),
        2 => format!("/live pieces:{a} devise:EUR"),
        3 => format!("/live diamants:{a} devise:JPY"),
        4 => format!("/produit prix:{a} abonnes:{b} conversion:{}", c % 101),
        5 => format!("/affiliation ventes:{a} prix:{b} commission:{}", c % 101),
        6 => format!("/objectif montant:{a}"),
        7 => format!("/partenariat abonnes:{a} engagement:{}", b % 101),
        _ => format!("/net montant:{a}"),
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_accepted_input_overflows_or_passes_the_audience(text in command()) {
        for lang in [Lang::Fr, Lang::En] {
            let reply = answers().handle(&Request {
                text: &text,
                lang: Some(lang),
                locale: None,
                card: false,
                shared: false,
            });
            let plain = render::plain(&reply);
            // A refusal quotes what was typed: only what the bot computed counts.
            // Longest first: `51` taken out of a typed `18446744073709551615` would leave
            // the limit's digits behind.
            let mut flat = digits(&plain);
            let mut typed: Vec<&str> =
                text.split_whitespace().filter_map(|w| w.split(':').nth(1)).collect();
            typed.sort_by_key(|t| std::cmp::Reverse(t.len()));
            for typed in typed {
                flat = flat.replace(typed, "");
            }
            for limit in LIMITS {
                prop_assert!(!flat.contains(limit), "{text}: {plain}");
            }
            for stream in reply.streams.iter().flatten() {
                for cents in [stream.low_cents, stream.high_cents].into_iter().flatten() {
                    // A saturated product would sit at the limit itself.
                    prop_assert!((0..i64::MAX).contains(&cents), "{text}: {cents}");
                }
            }
            let views = text
                .split_whitespace()
                .find_map(|w| w.strip_prefix("vues:"))
                .and_then(|v| v.parse::<u64>().ok());
            if views.is_some_and(|v| v > AUDIENCE) {
                prop_assert!(reply.streams.is_none(), "{text}: estimated past the audience");
            }
        }
    }
}
