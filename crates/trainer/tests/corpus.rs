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

#[test]
fn every_question_of_the_corpus_is_read_as_a_creator_meant_it() {
    let rows = rows();
    let misses: Vec<String> = rows
        .iter()
        .filter_map(|row| {
            let understood = read(&row.question);
            (score::judge(row, &understood) != score::Verdict::Right).then(|| {
                format!(
                    "{}: {}\n    wanted {}\n    read   {}",
                    row.origin,
                    row.question,
                    score::line(&row.command, &row.inputs),
                    score::said(&understood)
                )
            })
        })
        .collect();
    assert!(rows.len() >= 1250, "{} questions", rows.len());
    assert!(
        misses.is_empty(),
        "{} of {} misread:\n{}",
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
