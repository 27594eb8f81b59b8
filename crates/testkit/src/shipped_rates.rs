//! The shipped rate files as text, to load them with one entry added or changed.

use figures::{RateError, Rates};

const FILES: &[&str] = &[
    "sources.toml",
    "creator_rewards.toml",
    "creator_fund.toml",
    "brand_deals.toml",
    "live.toml",
    "products.toml",
    "audience.toml",
    "money.toml",
    "tax_fr.toml",
];

/// Each shipped file as (its name as the catalogue reports it, its text).
pub fn shipped() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|p| p.join("rates"))
        .find(|p| p.is_dir())
        .expect("the rates folder above this crate");
    FILES
        .iter()
        .map(|f| {
            (
                format!("rates/{f}"),
                std::fs::read_to_string(dir.join(f)).unwrap(),
            )
        })
        .collect()
}

/// The shipped files plus one more.
pub fn with(extra: &str) -> Result<Rates, RateError> {
    let mut files = shipped();
    files.push(("rates/extra.toml".to_owned(), extra.to_owned()));
    Rates::from_files(files)
}

/// The shipped files with the first `from` in `file` replaced by `to`.
pub fn edited(file: &str, from: &str, to: &str) -> Result<Rates, RateError> {
    let files = shipped().into_iter().map(|(name, text)| {
        if name.ends_with(file) {
            assert!(text.contains(from), "{file} holds no {from:?}");
            (name, text.replacen(from, to, 1))
        } else {
            (name, text)
        }
    });
    Rates::from_files(files)
}

/// The shipped files without the `[[rate]]` entries whose id is in `ids`.
pub fn without(ids: &[&str]) -> Result<Rates, RateError> {
    let files = shipped().into_iter().map(|(name, text)| {
        let mut kept = String::new();
        let mut entry = String::new();
        let mut flush = |entry: &mut String| {
            let dropped = entry.starts_with("[[rate]]")
                && ids
                    .iter()
                    .any(|id| entry.contains(&format!("\nid = \"{id}\"\n")));
            if !dropped {
                kept.push_str(entry);
            }
            entry.clear();
        };
        for line in text.split_inclusive('\n') {
            if line.starts_with('[') {
                flush(&mut entry);
            }
            entry.push_str(line);
        }
        flush(&mut entry);
        (name, kept)
    });
    Rates::from_files(files)
}
