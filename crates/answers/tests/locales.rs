//! The `.ftl` files: both languages hold the same messages, every file parses without
//! junk, and the messages built from data (streams, FAQ titles, catalogue) all exist.

use std::collections::BTreeSet;
use std::path::Path;

use answers::i18n::{Args, FTL_FILES, try_tr};
use catalogue::StreamId;
use catalogue::{COMMANDS, OPTIONS};
use catalogue::{Choice, Topic};
use fluent_syntax::ast::Entry;
use values::Lang;

fn ids(lang: &str) -> BTreeSet<String> {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("locales")
        .join(lang);
    let mut ids = BTreeSet::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl files in {}", dir.display());
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            match entry {
                Entry::Message(m) => assert!(
                    ids.insert(m.id.name.to_owned()),
                    "{} declared twice",
                    m.id.name
                ),
                Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
                _ => {}
            }
        }
    }
    ids
}

#[test]
fn every_ftl_file_on_disk_is_compiled_in() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let mut on_disk = BTreeSet::new();
    for lang in ["fr", "en"] {
        for entry in std::fs::read_dir(root.join("locales").join(lang)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".ftl") {
                on_disk.insert(format!("locales/{lang}/{name}"));
            }
        }
    }
    let embedded: BTreeSet<String> = FTL_FILES
        .iter()
        .map(|(_, path, _)| path.to_string())
        .collect();
    assert_eq!(on_disk, embedded, "add new .ftl files to i18n::FTL_FILES");
}

#[test]
fn both_languages_have_the_same_messages_and_no_junk() {
    let fr = ids("fr");
    let en = ids("en");
    let only_fr: Vec<_> = fr.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&fr).collect();
    assert!(
        only_fr.is_empty() && only_en.is_empty(),
        "only in fr: {only_fr:?}; only in en: {only_en:?}"
    );
}

#[test]
fn messages_named_by_data_exist_in_both_languages() {
    let mut wanted: Vec<String> = StreamId::ALL
        .iter()
        .map(|s| format!("stream-{}", s.key()))
        .collect();
    wanted.extend(
        Topic::TABLE
            .iter()
            .map(|row| format!("title-faq-{}", row.0.name(Lang::En))),
    );
    wanted.extend(COMMANDS.iter().map(|c| c.description.to_owned()));
    wanted.extend(OPTIONS.iter().map(|o| o.description.to_owned()));
    for lang in Lang::ALL {
        for id in &wanted {
            try_tr(lang, id, &Args::new()).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn menu_descriptions_fit_discord_and_telegram() {
    for lang in Lang::ALL {
        for id in COMMANDS
            .iter()
            .map(|c| c.description)
            .chain(OPTIONS.iter().map(|o| o.description))
        {
            let text = try_tr(lang, id, &Args::new()).unwrap();
            let chars = text.chars().count();
            assert!(
                (3..=100).contains(&chars),
                "{id} ({lang:?}) is {chars} chars: {text}"
            );
        }
    }
}

#[test]
fn numbers_plurals_and_money_read_naturally() {
    let fr = try_tr(
        Lang::Fr,
        "gains-title",
        &Args::new().count("views", 1_000_000),
    )
    .unwrap();
    assert_eq!(fr, "Estimation pour 1\u{202f}000\u{202f}000 vues");
    let en = try_tr(
        Lang::En,
        "gains-title",
        &Args::new().count("views", 1_000_000),
    )
    .unwrap();
    assert_eq!(en, "Estimate for 1,000,000 views");
    assert_eq!(
        try_tr(Lang::Fr, "gains-title", &Args::new().count("views", 1)).unwrap(),
        "Estimation pour 1 vue"
    );
    let money = values::Money::new(120_050, values::Currency::Eur);
    assert_eq!(
        try_tr(
            Lang::Fr,
            "range-single",
            &Args::new().money("amount", money)
        )
        .unwrap(),
        "1\u{202f}200,50\u{a0}€"
    );
    assert_eq!(
        try_tr(
            Lang::En,
            "range-single",
            &Args::new().money("amount", money)
        )
        .unwrap(),
        "€1,200.50"
    );
    assert!(!fr.contains('\u{2068}'), "no bidi isolation marks");
}
