//! The reader's intent model, trained from the corpus.
//!
//! - `train`: fits the model to the whole corpus (`crates/reader/model/intent.bin`), leaves
//!   each voice out in turn and writes the report (`docs/reader-model.md`).
//! - `train model`: the model alone, without the report (while changing the corpus).
//! - `train score FILE…`: reads a new set of questions with the built-in model, once, and
//!   says what it misread (a blind set, before it joins the corpus).
//! - `train lovo DIR`: the leave-one-voice-out figures of another corpus, printed.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use reader::question::{language_of, read};
use trainer::{corpus, fit, lovo, report, score};

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        None => train(true),
        Some("model") => train(false),
        Some("score") => {
            let files: Vec<PathBuf> = args.map(PathBuf::from).collect();
            score_files(&files)
        }
        Some("lovo") => {
            let dir = args.next().map_or_else(corpus::dir, PathBuf::from);
            let rows = corpus::load_dir(&dir)?;
            let outcomes = lovo::run(&rows)?;
            print_misses(&rows, &outcomes);
            println!("{}", report::markdown(&rows, &outcomes, 0));
            Ok(())
        }
        _ => bail!("usage: train | train model | train score FILE… | train lovo [DIR]"),
    }
}

/// Fits the model to the corpus and writes it; with `report`, leaves each voice out and
/// writes the report too.
fn train(report: bool) -> Result<()> {
    let rows = corpus::load_dir(&corpus::dir())?;
    let examples = fit::examples(&rows)?;
    let bytes = fit::model_bytes(&examples)?;
    let model = corpus::dir().join("../model/intent.bin");
    std::fs::write(&model, &bytes).with_context(|| format!("writing {}", model.display()))?;
    println!("{}: {} bytes", model.display(), bytes.len());
    if !report {
        return Ok(());
    }
    let outcomes = lovo::run(&rows)?;
    print_misses(&rows, &outcomes);
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/reader-model.md");
    std::fs::write(&docs, report::markdown(&rows, &outcomes, bytes.len()))
        .with_context(|| format!("writing {}", docs.display()))?;
    println!("{}", docs.display());
    Ok(())
}

fn print_misses(rows: &[corpus::Row], outcomes: &[lovo::Outcome]) {
    let at = lovo::at_sure();
    for outcome in outcomes {
        if outcome.verdicts[at] != score::Verdict::Right {
            let row = &rows[outcome.row];
            println!(
                "{:?} {}\t{}\n     wanted {}\n     read   {} ({:.2})",
                outcome.verdicts[at],
                row.voice,
                row.question,
                score::line(&row.command, &row.inputs),
                outcome.said,
                outcome.p,
            );
        }
    }
}

fn score_files(files: &[PathBuf]) -> Result<()> {
    for file in files {
        let rows = corpus::load(file)?;
        let mut verdicts = Vec::new();
        let mut lang_right = 0;
        for row in &rows {
            let understood = read(&row.question);
            let lang = language_of(&row.question).map_or("fr", |l| l.code());
            lang_right += usize::from(lang == row.lang());
            let verdict = score::judge(row, &understood);
            if verdict != score::Verdict::Right {
                println!(
                    "{verdict:?} {}\t{}\n     wanted {}\n     read   {}",
                    row.voice,
                    row.question,
                    score::line(&row.command, &row.inputs),
                    score::said(&understood),
                );
            }
            verdicts.push(verdict);
        }
        let tally = lovo::Tally::of(&verdicts);
        println!(
            "{}: {} of {} read right ({} asked back), {} wrong; language {lang_right}/{}",
            file.display(),
            tally.understood(),
            tally.total(),
            tally.asked,
            tally.wrong,
            rows.len()
        );
    }
    Ok(())
}
