//! A user sees source names they can look up, never our ids: every command's reply, in
//! both languages, with its JSON summary and its card's footer, is searched for the
//! catalogue's internal ids (sources, rates, claims), repository paths and the word "seed".

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::replies;

use answers::Request;
use catalogue::{COMMANDS, option};
use values::Lang;

/// Each command with options that bring out most of what it can say.
fn invocations() -> Vec<String> {
    let mut texts: Vec<String> = COMMANDS
        .iter()
        .flat_map(|c| {
            let every_option: Vec<String> = c
                .options
                .iter()
                .map(|&o| format!("{}:{}", option(o).fr, option(o).example))
                .collect();
            [
                format!("/{}", c.fr),
                format!("/{} {}", c.en, every_option.join(" ")),
            ]
        })
        .collect();
    texts.extend(
        [
            "/gains 1M abonnes:150000 pays:FR niche:beaute engagement:2 pieces:10000 carte:oui",
            "/gains 50000 pays:MA abonnes:500 age:16 duree:30",
            "/partenariat abonnes:1500000",
            "/partenariat abonnes:3000",
            "/live diamants:2000 age:15",
            "/projection 80000 croissance:20 mois:24 pays:US carte:oui",
            "/projection 900000000 croissance:500 mois:6",
            "/objectif 5000 abonnes:120000 prix:49 pays:DE",
            "/engagement vues:1000 likes:2000",
            "/faq paiements",
            "/faq impots",
            "/faq likes",
            "/faq abonnes",
            "/faq fonds",
            "/faq boutique",
            "combien pour 1,5 M de vues ?",
            "how many followers do I need?",
            "/nope",
        ]
        .map(str::to_owned),
    );
    texts
}

/// Every id a catalogue file gives a figure, claim or source, as written there.
fn internal_ids() -> Vec<String> {
    let rates = replies::rates();
    let mut ids: Vec<String> = rates.sources().keys().cloned().collect();
    ids.extend(rates.all().iter().map(|r| r.id.clone()));
    ids.extend(rates.claims().map(|c| c.id.clone()));
    ids.extend(rates.claims().map(|c| c.message.id().to_owned()));
    ids
}

/// The text without its web addresses (a source's address may hold its publisher's name).
fn without_addresses(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.starts_with("http"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == ':'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn no_reply_shows_an_internal_id_a_path_or_the_word_seed() {
    let ids = internal_ids();
    assert!(ids.len() > 30, "{} ids", ids.len());
    let mut checked = 0;
    for text in invocations() {
        for lang in Lang::ALL {
            let reply = replies::answers().handle(&Request {
                text: &text,
                lang: Some(lang),
                locale: None,
                card: false,
                shared: false,
            });
            let mut shown = answers::render::plain(&reply);
            shown.push_str(&serde_json::to_string(&answers::render::json(&reply)).unwrap());
            if let Some(card) = &reply.card {
                shown.push_str(&card.footer);
                for row in &card.rows {
                    shown.push_str(&row.status);
                }
            }
            let shown = without_addresses(&shown);
            let lower = shown.to_lowercase();
            for banned in [
                "seed", "rates/", "shared/", ".toml", ".txt", "[claim-", "[note-",
            ] {
                assert!(
                    !lower.contains(banned),
                    "{text} ({lang:?}) shows {banned:?}:\n{shown}"
                );
            }
            let words = words(&shown);
            for id in &ids {
                assert!(
                    !words.contains(&id.as_str()),
                    "{text} ({lang:?}) shows the id {id:?}:\n{shown}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 60, "{checked} replies checked");
}
