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

/// Questions of the blind sets the reader still misreads once joined, each with why it
/// was left (a rule for it would be written for that one question). A fix that reads one
/// right makes this test say so, and the line goes.
const KNOWN_MISREADS: &[(&str, &str)] = &[
    (
        "Bonjour, je suis américain et je habite à Lyon. Je ai 25 000 followers et mes vidéos font 1 minute 30. Combien je peux gagner ?",
        "a nationality and a city: the reader takes the first place named, not where the creator lives",
    ),
    (
        "A shop in Lusaka offered me K1,500 for one video promoting their phones. I've got 28k followers with 7% engagement. Should I accept?",
        "`K` glued before an amount is kwacha only in Zambia and Malawi; `K` after a number is a thousand",
    ),
    (
        "I sell chitenge outfits on tiktok, each one K350. If 3% of my 10k followers buy, how much will I make?",
        "`K350`: as above, with no country named",
    ),
    (
        "If my followers grow 10 percent every month, where will I be after 6 months? I'm at 8,000 now",
        "a bare count in a projection goes to views, though the growth was said of followers",
    ),
    (
        "I want BDS$2,000 a month from TikTok, how much views I need?",
        "`BDS$` is cut into a word and a dollar sign",
    ),
    (
        "My video get 25k views, 2,100 like, 95 comment, 40 share and 300 save. Engagement rate is how much?",
        "`comment` is the French `how`, not a unit",
    ),
    (
        "Salut! Chu au Québec pis j'ai pogné 800k vues le mois passé sur mes vidéos de bouffe, ça donne combien en piasses à peu près?",
        "`bouffe` (food) is a niche only with a cooking word beside it",
    ),
    (
        "Si mes abonnés montent de 15% par mois, chu rendu où dans un an? J'en ai 8000 astheure",
        "`j'en ai 8000`: the pronoun points back to followers, four words before the growth",
    ),
    (
        "Salut, j'ai fait septante mille vues ce mois avec des vidéos d'une minute et demie, mon public est surtout français. Ça donne combien en francs suisses?",
        "an audience `surtout français` is read as the country; `une minute et demie` is not read as a length",
    ),
    (
        "une marque de téléphones bghat tkhalesni 50 000 DA 3la vidéo, 3andi 60k followers f tech. normal wela chwiya?",
        "`DA` (Algerian dinars) next to an Arabizi word is not read as money",
    ),
    (
        "Sak pase! M gen 250k vues chak mois sou vidéos komedi m yo, konbyen kòb sa ka fè an goud?",
        "`komedi` (Creole) is no niche spelling",
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
    assert!(rows.len() >= 2000, "{} questions", rows.len());
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
