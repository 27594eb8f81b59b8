//! The `.ftl` files as the bot words them: every file compiled in, menu descriptions
//! within the platforms' limits, numbers and money written for each language. (That both
//! languages hold every message, and that every id the code names exists, the build
//! checks: `crates/locales`.)

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

use answers::i18n::{FTL_FILES, try_tr};
use catalogue::{Arg, Msg, msg};
use catalogue::{COMMANDS, OPTIONS};
use values::Lang;

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
fn menu_descriptions_fit_discord_and_telegram() {
    for lang in Lang::ALL {
        for id in COMMANDS
            .iter()
            .map(|c| c.description)
            .chain(OPTIONS.iter().map(|o| o.description))
        {
            let text = try_tr(lang, &Msg::from(id)).unwrap();
            let chars = text.chars().count();
            assert!(
                (3..=100).contains(&chars),
                "{} ({lang:?}) is {chars} chars: {text}",
                id.id()
            );
        }
    }
}

#[test]
fn numbers_plurals_and_money_read_naturally() {
    let title = |views| {
        Msg::from(msg::GainsTitle {
            views: Arg::Count(views),
        })
    };
    let fr = try_tr(Lang::Fr, &title(1_000_000)).unwrap();
    assert_eq!(fr, "Estimation pour 1\u{202f}000\u{202f}000 vues");
    let en = try_tr(Lang::En, &title(1_000_000)).unwrap();
    assert_eq!(en, "Estimate for 1,000,000 views");
    assert_eq!(
        try_tr(Lang::Fr, &title(1)).unwrap(),
        "Estimation pour 1 vue"
    );
    let money = values::Money::new(120_050, values::Currency::Eur);
    let single = Msg::from(msg::RangeSingle {
        amount: Arg::Money(money),
    });
    assert_eq!(try_tr(Lang::Fr, &single).unwrap(), "1\u{202f}200,50\u{a0}€");
    assert_eq!(try_tr(Lang::En, &single).unwrap(), "€1,200.50");
    assert!(!fr.contains('\u{2068}'), "no bidi isolation marks");
}
