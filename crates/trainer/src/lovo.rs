//! Leave one voice out: for each voice (`fr-HT`, `en-NG`: a language and a region), the
//! model trained without it reads that voice's questions, command and values. What it
//! gets right is what the reader would get right from people it never heard.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow};

use reader::question::model::Model;
use reader::question::{Intent, read_sure};

use crate::corpus::Row;
use crate::fit::{self, Example};
use crate::score::{self, Verdict};

/// Thresholds tried for asking back, lowest first.
pub const THRESHOLDS: [f32; 6] = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7];

/// One question read by the model that never saw its voice.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub row: usize,
    /// What it asks, and the model's likeliest intent with its probability.
    pub wanted: Intent,
    pub top: Intent,
    pub p: f32,
    /// The verdict at each of [`THRESHOLDS`].
    pub verdicts: [Verdict; THRESHOLDS.len()],
    /// What was understood at the reader's own threshold, in one line.
    pub said: String,
}

/// The voice a row is grouped by: its language and region, whatever the register.
pub fn voice(row: &Row) -> &str {
    row.voice.split('/').next().unwrap_or_default()
}

/// Every row's outcome, each voice left out in turn, on as many threads as there are.
pub fn run(rows: &[Row]) -> Result<Vec<Outcome>> {
    let examples = fit::examples(rows)?;
    let mut voices: Vec<&str> = rows.iter().map(voice).collect();
    voices.sort_unstable();
    voices.dedup();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunks: Vec<Vec<&str>> = (0..threads)
        .map(|t| voices.iter().skip(t).step_by(threads).copied().collect())
        .collect();
    let results: Vec<Result<Vec<Outcome>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                let examples = &examples;
                scope.spawn(move || {
                    let mut outcomes = Vec::new();
                    for v in chunk {
                        outcomes.extend(left_out(rows, examples, v)?);
                    }
                    Ok(outcomes)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| Err(anyhow!("a fold panicked"))))
            .collect()
    });
    let mut outcomes = Vec::new();
    for result in results {
        outcomes.extend(result?);
    }
    outcomes.sort_by_key(|o| o.row);
    Ok(outcomes)
}

fn left_out(rows: &[Row], examples: &[Example], left: &str) -> Result<Vec<Outcome>> {
    let train: Vec<Example> = rows
        .iter()
        .zip(examples)
        .filter(|(row, _)| voice(row) != left)
        .map(|(_, e)| e.clone())
        .collect();
    let fitted = fit::fit(&train)?;
    let bytes = Model::write(0, &Intent::all(), &fitted.bias, &fitted.weights);
    let model = Model::read(&bytes)?;
    let all = Intent::all();
    let mut outcomes = Vec::new();
    for (i, (row, example)) in rows.iter().zip(examples).enumerate() {
        if voice(row) != left {
            continue;
        }
        let (top, p) = model.likeliest(&example.features)[0];
        let verdicts = THRESHOLDS.map(|t| score::judge(row, &read_sure(&model, &row.question, t)));
        outcomes.push(Outcome {
            row: i,
            wanted: all[example.intent],
            top,
            p,
            verdicts,
            said: score::said(&read_sure(&model, &row.question, reader::question::SURE)),
        });
    }
    Ok(outcomes)
}

/// Right, asked back with the right reading, and wrong, at one threshold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub right: usize,
    pub asked: usize,
    pub wrong: usize,
}

impl Tally {
    pub fn of<'a>(verdicts: impl IntoIterator<Item = &'a Verdict>) -> Tally {
        let mut tally = Tally::default();
        for verdict in verdicts {
            match verdict {
                Verdict::Right => tally.right += 1,
                Verdict::Asked => tally.asked += 1,
                Verdict::Wrong => tally.wrong += 1,
            }
        }
        tally
    }

    pub fn total(&self) -> usize {
        self.right + self.asked + self.wrong
    }

    /// Read right, directly or through a choice.
    pub fn understood(&self) -> usize {
        self.right + self.asked
    }
}

/// The reader's own threshold's place in [`THRESHOLDS`].
pub fn at_sure() -> usize {
    THRESHOLDS
        .iter()
        .position(|t| *t == reader::question::SURE)
        .unwrap_or_default()
}

/// Each voice's tally at the reader's threshold, and its intents right.
pub fn by_voice(rows: &[Row], outcomes: &[Outcome]) -> BTreeMap<String, (Tally, usize)> {
    let at = at_sure();
    let mut voices: BTreeMap<String, (Tally, usize)> = BTreeMap::new();
    for outcome in outcomes {
        let entry = voices
            .entry(voice(&rows[outcome.row]).to_owned())
            .or_default();
        let one = Tally::of([&outcome.verdicts[at]]);
        entry.0.right += one.right;
        entry.0.asked += one.asked;
        entry.0.wrong += one.wrong;
        entry.1 += usize::from(outcome.top == outcome.wanted);
    }
    voices
}
