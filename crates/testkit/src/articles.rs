//! The five articles gainsbot was built on (`../shared/seeds/`), for tests that check
//! what replies quote of them. The file names are ours: a user never sees them.

use std::path::{Path, PathBuf};

/// Which archived article each source of kind `article` is.
pub const ARTICLES: &[(&str, &str)] = &[
    ("phoneinfo", "000_a5a091048e978089.txt"),
    ("shortgenius", "001_7836852b1a66f32d.txt"),
    ("clapico", "002_8dba643ef240d199.txt"),
    ("influenceway", "003_f89cfa3f925512dc.txt"),
    ("guide-services-clients", "004_cb3d6960b446316b.txt"),
];

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .flat_map(|p| [p.join("shared/seeds"), p.join("../shared/seeds")])
        .find(|p| p.is_dir())
        .expect("the articles in ../shared/seeds")
}

/// Text compared as quoted: every run of spaces one space, every apostrophe one kind.
pub fn normal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let c = match c {
            '’' | 'ʼ' | '‘' | '`' => '\'',
            c if c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' => ' ',
            c => c,
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out.trim().to_owned()
}

/// A source's article, normalized, if the source is one of the five.
pub fn article(source: &str) -> Option<String> {
    let (_, file) = ARTICLES.iter().find(|(id, _)| *id == source)?;
    Some(normal(
        &std::fs::read_to_string(seeds().join(file)).unwrap(),
    ))
}

/// The fragments quoted in `text`, each cut at `…` into the pieces that must appear.
pub fn quoted(text: &str) -> Vec<Vec<String>> {
    text.split('«')
        .skip(1)
        .filter_map(|rest| rest.split_once('»').map(|(inside, _)| inside))
        .map(|inside| {
            inside
                .split('…')
                .map(normal)
                .filter(|piece| !piece.is_empty())
                .collect()
        })
        .collect()
}

/// Whether every piece stands in `article`, in order.
pub fn found(article: &str, pieces: &[String]) -> bool {
    let mut from = 0;
    for piece in pieces {
        match article[from..].find(piece.as_str()) {
            Some(at) => from += at + piece.len(),
            None => return false,
        }
    }
    true
}
