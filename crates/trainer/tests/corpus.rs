//! The corpus and the model trained from it: the model built into the reader is the one
//! the corpus trains today, it reads every question of the corpus right, and trained
//! without a voice it still reads that voice (docs/reader-model.md has the figures).

// A test fails by panicking.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use reader::question::{model, read};
use trainer::corpus::{self, Row};
use trainer::lovo::{self, Tally};
use trainer::{fit, score};

fn rows() -> Vec<Row> {
    corpus::load_dir(&corpus::dir()).unwrap()
}

#[test]
fn the_built_in_model_is_the_one_the_corpus_trains() {
    let examples = fit::examples(&rows()).unwrap();
    assert_eq!(
        model().fingerprint,
        fit::fingerprint(&examples),
        "the corpus or the reader's features changed since the model was trained: run \
         `cargo run -p gainsbot-trainer --release --bin train` and commit the model and \
         docs/reader-model.md"
    );
}

/// Questions the reader still misreads, each with why it was left: the word order or a
/// word no rule reads without a phrase written for that one question. A fix that reads
/// one right makes this test say so, and the line goes.
const KNOWN_MISREADS: &[(&str, &str)] = &[
    (
        "on dit quoi môgô, 300k c'est les vues du mois, abonnés j'ai dja 20k. tiktok va me payer combien?",
        "the label comes four words before its number, past a verb",
    ),
    (
        "Ch7al dyal l'wa9t bach nwsel 100k abonnés? daba 22k w kanzid b 10% chaque mois",
        "Darija in Latin letters: `nwsel` (reach) and `daba` (now) would be one-question entries",
    ),
    (
        "22k is ma follower count, views are aboot 650k a month, I do fitness stuff fae Edinburgh. Whit's that earn?",
        "Scots spellings between each number and its label",
    ),
    (
        "I want tae make a grand a month aff TikTok, how many views would I need?",
        "`a grand` is a thousand only in English slang; `grand` is a French word",
    ),
];

#[test]
fn every_question_of_the_corpus_is_read_as_a_creator_meant_it() {
    let rows = rows();
    let misses: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let understood = read(&row.question);
            let known = KNOWN_MISREADS.iter().any(|(q, _)| *q == row.question);
            let right = score::judge(row, &understood) == score::Verdict::Right;
            (right == known).then(|| {
                let now = if known {
                    "now read right: remove it from KNOWN_MISREADS"
                } else {
                    "misread"
                };
                format!(
                    "{now} {}: {}\n    wanted {}\n    read   {}",
                    row.origin,
                    row.question,
                    score::line(&row.command, &row.inputs),
                    score::said(&understood)
                )
            })
        })
        .collect();
    assert!(rows.len() >= 1500, "{} questions", rows.len());
    for (question, _) in KNOWN_MISREADS {
        assert!(
            rows.iter().any(|row| row.question == *question),
            "{question} is no longer in the corpus"
        );
    }
    assert!(
        misses.is_empty(),
        "{} of {} not as expected:\n{}",
        misses.len(),
        rows.len(),
        misses.join("\n")
    );
}

#[test]
fn voices_left_out_of_training_are_still_read() {
    let rows = rows();
    let outcomes = lovo::run(&rows).unwrap();
    let tally = Tally::of(outcomes.iter().map(|o| &o.verdicts[lovo::at_sure()]));
    let voices = lovo::by_voice(&rows, &outcomes).len();
    assert!(voices >= 30, "{voices} voices, 30 wanted");
    assert!(
        tally.understood() * 100 >= tally.total() * 85,
        "leave one voice out: {tally:?}"
    );
    assert!(
        tally.asked * 100 <= tally.total() * 10,
        "asked back too often: {tally:?}"
    );
}
