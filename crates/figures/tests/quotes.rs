//! Every fragment quoted in « » in `rates/` is the article's own words, found in each
//! article it is shown under: verbatim up to spaces and apostrophes, a `…` standing for
//! words left out. The articles are read from `../shared/seeds/`.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::articles;

use articles::{ARTICLES, article, found, quoted};
use figures::{Rates, SourceKind};

#[test]
fn every_quote_is_found_in_each_article_it_is_shown_under() {
    let rates = Rates::embedded().unwrap();
    for (id, source) in rates.sources() {
        if source.kind == SourceKind::Article {
            assert!(
                ARTICLES.iter().any(|(a, _)| a == id) && article(id).is_some(),
                "no archived article for {id}"
            );
        }
    }
    let mut entries: Vec<(String, Vec<String>, String)> = Vec::new();
    for rate in rates.all() {
        if let Some(says) = &rate.says {
            entries.push((
                format!("rate.{}", rate.id),
                vec![rate.source.clone()],
                says.clone(),
            ));
        }
    }
    for claim in rates.claims() {
        for source in &claim.sources {
            let says = claim
                .says_for(source)
                .expect("every cited source says something");
            entries.push((
                format!("claim.{}", claim.id),
                vec![source.clone()],
                says.to_owned(),
            ));
        }
    }
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (entry, sources, says) in &entries {
        let articles: Vec<&String> = sources
            .iter()
            .filter(|s| {
                rates
                    .source(s)
                    .is_some_and(|s| s.kind == SourceKind::Article)
            })
            .collect();
        for pieces in quoted(says) {
            for source in &articles {
                checked += 1;
                if !found(&article(source).unwrap(), &pieces) {
                    wrong.push(format!(
                        "{entry}: « {} » is not in {source}",
                        pieces.join(" … ")
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} quotes not in their article:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    assert!(checked > 40, "only {checked} quotes checked");
}
