//! The intent model fitted to corpus rows: multinomial logistic regression with an L2
//! penalty (linfa-logistic, L-BFGS) over the reader's hashed features.

use anyhow::{Context, Result, anyhow};
use linfa::Dataset;
use linfa::prelude::Fit;
use linfa_logistic::MultiLogisticRegression;
use ndarray::{Array1, Array2};
use xxhash_rust::xxh3::Xxh3;

use reader::question::Intent;
use reader::question::features::{DIM, Features};
use reader::question::model::Model;

use crate::corpus::Row;

/// The penalty on the weights' squared norm: fitted on leave-one-voice-out (docs/reader.md).
pub const ALPHA: f32 = 0.1;
/// L-BFGS stops here if it has not converged before.
pub const ITERATIONS: u64 = 200;

/// A row as the model sees it.
#[derive(Debug, Clone)]
pub struct Example {
    pub features: Features,
    /// Its place in [`Intent::all`].
    pub intent: usize,
}

/// The intent a row is labelled with.
pub fn intent_of(row: &Row) -> Result<Intent> {
    let label = match (row.command.as_str(), row.topic()) {
        ("faq", Some(topic)) => format!("faq/{topic}"),
        (command, _) => command.to_owned(),
    };
    Intent::from_label(&label).with_context(|| format!("{}: no intent {label:?}", row.origin))
}

/// Each row's features and intent.
pub fn examples(rows: &[Row]) -> Result<Vec<Example>> {
    let all = Intent::all();
    rows.iter()
        .map(|row| {
            let intent = intent_of(row)?;
            Ok(Example {
                features: reader::question::features(&row.question),
                intent: all.iter().position(|i| *i == intent).unwrap_or_default(),
            })
        })
        .collect()
}

/// What a model was trained on, in one number: each example's features and intent, and
/// the penalty. The reader's features changing, or the corpus, changes it.
pub fn fingerprint(examples: &[Example]) -> u64 {
    let mut hasher = Xxh3::new();
    hasher.update(&ALPHA.to_le_bytes());
    hasher.update(&ITERATIONS.to_le_bytes());
    for example in examples {
        hasher.update(&(example.intent as u32).to_le_bytes());
        for (slot, weight) in &example.features {
            hasher.update(&slot.to_le_bytes());
            hasher.update(&weight.to_le_bytes());
        }
        hasher.update(b"\n");
    }
    hasher.digest()
}

/// The weights fitted: one bias per intent, one weight per slot and intent.
pub struct Fitted {
    pub bias: Vec<f32>,
    pub weights: Vec<Vec<f32>>,
}

/// A bias no fitted score reaches: an intent with no example is never chosen.
const NEVER: f32 = -50.0;

/// Fits the model to the examples.
pub fn fit(examples: &[Example]) -> Result<Fitted> {
    let intents = Intent::all().len();
    let mut records = Array2::<f32>::zeros((examples.len(), DIM));
    for (i, example) in examples.iter().enumerate() {
        for (slot, weight) in &example.features {
            records[[i, *slot as usize]] = *weight;
        }
    }
    let targets: Array1<usize> = examples.iter().map(|e| e.intent).collect();
    let dataset = Dataset::new(records, targets);
    let fitted = MultiLogisticRegression::default()
        .alpha(ALPHA)
        .max_iterations(ITERATIONS)
        .fit(&dataset)
        .map_err(|e| anyhow!("fitting the intent model: {e}"))?;
    let mut bias = vec![NEVER; intents];
    let mut weights = vec![vec![0.0; intents]; DIM];
    for (column, intent) in fitted.classes().iter().enumerate() {
        bias[*intent] = fitted.intercept()[column];
        for (slot, row) in weights.iter_mut().enumerate() {
            row[*intent] = fitted.params()[[slot, column]];
        }
    }
    Ok(Fitted { bias, weights })
}

/// The model file for these examples.
pub fn model_bytes(examples: &[Example]) -> Result<Vec<u8>> {
    let fitted = fit(examples)?;
    Ok(Model::write(
        fingerprint(examples),
        &Intent::all(),
        &fitted.bias,
        &fitted.weights,
    ))
}
