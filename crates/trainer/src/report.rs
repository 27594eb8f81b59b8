//! The training report (`docs/reader-model.md`): what the model was trained on, and how
//! it reads voices it never heard, per voice, per intent and per threshold.

use std::collections::BTreeMap;
use std::fmt::Write;

use reader::question::features::DIM;
use reader::question::{CHOICES, Intent, SURE, WORTH_OFFERING};

use crate::corpus::Row;
use crate::fit::{ALPHA, ITERATIONS};
use crate::lovo::{self, Outcome, THRESHOLDS, Tally};

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "–".to_owned();
    }
    format!("{:.1} %", part as f64 * 100.0 / whole as f64)
}

/// The report, in Markdown.
pub fn markdown(rows: &[Row], outcomes: &[Outcome], model_bytes: usize) -> String {
    let mut out = String::new();
    let voices = lovo::by_voice(rows, outcomes);
    let french = rows.iter().filter(|r| r.lang() == "fr").count();
    let at = lovo::at_sure();
    let tally = Tally::of(outcomes.iter().map(|o| &o.verdicts[at]));
    let intents_right = outcomes.iter().filter(|o| o.top == o.wanted).count();
    let _ = writeln!(
        out,
        "# The reader's intent model\n\n\
         Written by `cargo run -p gainsbot-trainer --release --bin train` from the corpus in\n\
         `crates/reader/corpus/` (its only input); do not edit by hand. How the reader uses\n\
         the model: `docs/reader.md`.\n\n\
         ## Trained on\n\n\
         - {} questions ({} in French, {} in English) in {} voices (language and region;\n  \
         the corpus's fourth column also names the register).\n\
         - Features: character 3- to 5-grams of the folded words, words and word pairs, and\n  \
         what the reader found (cues, units, money, percentages), hashed into {DIM} slots.\n\
         - Multinomial logistic regression (linfa-logistic, L-BFGS), L2 penalty {ALPHA},\n  \
         at most {ITERATIONS} iterations; weights kept as 16-bit integers: {} bytes.\n",
        rows.len(),
        french,
        rows.len() - french,
        voices.len(),
        model_bytes,
    );
    let _ = writeln!(
        out,
        "## Leave one voice out\n\n\
         Each voice in turn is left out of training; the model trained on the others reads\n\
         its questions (command and every stated value the command takes). Below {SURE} the\n\
         reader asks back with at most {CHOICES} readings (each at least {WORTH_OFFERING}\n\
         likely, the first two always). Only the model is trained without the voice: the\n\
         reader's rules and word lists were written with every voice in view, so this is no\n\
         figure on unseen questions (those are the blind sets in docs/reader.md).\n\n\
         - Read right: **{} of {} ({})**: {} answered right, {} ({}) asked back with the\n  \
         right reading among the choices.\n\
         - Wrong: {} ({}).\n\
         - The intent alone (the likeliest): {} of {} ({}).\n",
        tally.understood(),
        tally.total(),
        percent(tally.understood(), tally.total()),
        tally.right,
        tally.asked,
        percent(tally.asked, tally.total()),
        tally.wrong,
        percent(tally.wrong, tally.total()),
        intents_right,
        outcomes.len(),
        percent(intents_right, outcomes.len()),
    );
    let _ = writeln!(
        out,
        "### By threshold\n\n\
         | asks back below | answered right | asked back, right among choices | wrong |\n\
         |---|---|---|---|"
    );
    for (i, threshold) in THRESHOLDS.iter().enumerate() {
        let t = Tally::of(outcomes.iter().map(|o| &o.verdicts[i]));
        let _ = writeln!(
            out,
            "| {threshold} | {} ({}) | {} ({}) | {} ({}) |",
            t.right,
            percent(t.right, t.total()),
            t.asked,
            percent(t.asked, t.total()),
            t.wrong,
            percent(t.wrong, t.total()),
        );
    }
    let _ = writeln!(
        out,
        "\n### By voice\n\n\
         | voice | questions | read right | of which asked back | intent right |\n\
         |---|---|---|---|---|"
    );
    for (voice, (t, intents)) in &voices {
        let _ = writeln!(
            out,
            "| {voice} | {} | {} ({}) | {} | {} |",
            t.total(),
            t.understood(),
            percent(t.understood(), t.total()),
            t.asked,
            intents,
        );
    }
    let _ = writeln!(
        out,
        "\n### By intent (the likeliest, left-out voices)\n\n\
         | intent | questions | precision | recall |\n|---|---|---|---|"
    );
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for intent in Intent::all() {
        counts.insert(intent.label(), (0, 0, 0));
    }
    for o in outcomes {
        counts.entry(o.wanted.label()).or_default().0 += 1;
        counts.entry(o.top.label()).or_default().1 += 1;
        if o.top == o.wanted {
            counts.entry(o.top.label()).or_default().2 += 1;
        }
    }
    for (label, (wanted, said, both)) in counts {
        let _ = writeln!(
            out,
            "| `{label}` | {wanted} | {} | {} |",
            percent(both, said),
            percent(both, wanted)
        );
    }
    out
}
