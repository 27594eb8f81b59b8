//! What the French replies put in « » is the articles' own words, found in each article
//! the sentence is shown under: a claim's message under the claim's sources, and the
//! few other sentences that quote an article under the article named below.

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use testkit::articles;

use articles::{article, found, quoted};
use figures::{Rates, SourceKind};

/// Sentences outside the claims that quote an article, and which.
const QUOTING: &[(&str, &str)] = &[
    ("note-brand-engaged-audiences", "phoneinfo"),
    ("faq-shop", "shortgenius"),
    ("goal-posts-open", "phoneinfo"),
    ("faq-payouts", "shortgenius"),
    ("faq-taxes", "phoneinfo"),
];

/// The French message `id` as written in the `.ftl` files.
fn french(id: &str) -> Option<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales/fr");
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if let Some(body) = line.strip_prefix(&format!("{id} = ")) {
                let mut message = body.to_owned();
                for more in lines.by_ref().take_while(|l| l.starts_with(' ')) {
                    message.push(' ');
                    message.push_str(more.trim());
                }
                return Some(message);
            }
        }
    }
    None
}

fn check(id: &str, sources: &[&str], wrong: &mut Vec<String>) -> usize {
    let Some(message) = french(id) else {
        return 0;
    };
    let mut checked = 0;
    for pieces in quoted(&message) {
        // A quote is the article's words, its figures included: nothing the reply writes
        // stands inside « ».
        if pieces.iter().any(|p| p.contains('{')) {
            wrong.push(format!(
                "{id}: « {} » holds a value the reply writes, not the article's words",
                pieces.join(" … ")
            ));
            continue;
        }
        let words: Vec<String> = pieces.iter().map(|p| articles::normal(p)).collect();
        for source in sources {
            checked += 1;
            if !found(&article(source).unwrap(), &words) {
                wrong.push(format!(
                    "{id}: « {} » is not in {source}",
                    pieces.join(" … ")
                ));
            }
        }
    }
    checked
}

#[test]
fn what_replies_quote_is_in_each_article_they_cite() {
    let rates = Rates::embedded().unwrap();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for claim in rates.claims() {
        let cited: Vec<&str> = claim
            .sources
            .iter()
            .map(String::as_str)
            .filter(|s| {
                rates
                    .source(s)
                    .is_some_and(|s| s.kind == SourceKind::Article)
            })
            .collect();
        checked += check(claim.message.id(), &cited, &mut wrong);
    }
    for (id, source) in QUOTING {
        checked += check(id, &[source], &mut wrong);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(checked >= 9, "only {checked} quotes checked");
}
