//! The intent model: for each intent, a weight per feature slot and a bias, trained by
//! logistic regression from the corpus (`cargo run -p gainsbot-trainer --release --bin
//! train`, docs/reader.md). The weights are kept as 16-bit integers times one scale, read
//! in place from the bytes built into the binary: nothing is copied at start-up.
//!
//! The file: `GBIM`, version (u32), fingerprint of what it was trained on (u64), slots
//! (u32), intents (u16) and each label (u8 length, UTF-8), scale (f32), one bias per
//! intent (f32), then per slot one weight per intent (i16); little-endian throughout.

use thiserror::Error;

use super::features::{DIM, Features};
use super::labels::Intent;

const MAGIC: &[u8; 4] = b"GBIM";
const VERSION: u32 = 1;

/// Why model bytes cannot be read.
#[derive(Debug, Error, PartialEq)]
pub enum ModelError {
    #[error("not an intent model (no GBIM header)")]
    NotAModel,
    #[error("model version {0}, this reader reads {VERSION}")]
    Version(u32),
    #[error("model built for {0} feature slots, this reader hashes into {DIM}")]
    Slots(usize),
    #[error("unknown intent {0:?}")]
    Label(String),
    #[error("model truncated")]
    Truncated,
}

/// A trained model, read from its bytes.
#[derive(Debug)]
pub struct Model<'a> {
    /// What it was trained on (see the trainer): a stale model is found by comparing.
    pub fingerprint: u64,
    pub intents: Vec<Intent>,
    scale: f32,
    bias: Vec<f32>,
    weights: &'a [u8],
}

/// Little-endian fields read in order.
struct Cursor<'a> {
    bytes: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        if self.bytes.len() < n {
            return Err(ModelError::Truncated);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }
}

impl<'a> Model<'a> {
    /// Reads a model; the weights stay where they are.
    pub fn read(bytes: &'a [u8]) -> Result<Model<'a>, ModelError> {
        let mut cursor = Cursor { bytes };
        if cursor.take(4).map_err(|_| ModelError::NotAModel)? != MAGIC {
            return Err(ModelError::NotAModel);
        }
        let version = u32::from_le_bytes(cursor.array()?);
        if version != VERSION {
            return Err(ModelError::Version(version));
        }
        let fingerprint = u64::from_le_bytes(cursor.array()?);
        let slots = u32::from_le_bytes(cursor.array()?) as usize;
        if slots != DIM {
            return Err(ModelError::Slots(slots));
        }
        let count = usize::from(u16::from_le_bytes(cursor.array()?));
        let mut intents = Vec::with_capacity(count);
        for _ in 0..count {
            let [len] = cursor.array()?;
            let label = String::from_utf8_lossy(cursor.take(usize::from(len))?);
            intents.push(Intent::from_label(&label).ok_or(ModelError::Label(label.into()))?);
        }
        let scale = f32::from_le_bytes(cursor.array()?);
        let bias = (0..count)
            .map(|_| cursor.array().map(f32::from_le_bytes))
            .collect::<Result<_, _>>()?;
        let weights = cursor.take(DIM * count * 2)?;
        Ok(Model {
            fingerprint,
            intents,
            scale,
            bias,
            weights,
        })
    }

    /// Writes a model: what the trainer saves. `weights[slot][intent]`, as trained.
    pub fn write(
        fingerprint: u64,
        intents: &[Intent],
        bias: &[f32],
        weights: &[Vec<f32>],
    ) -> Vec<u8> {
        let largest = weights
            .iter()
            .flatten()
            .fold(0f32, |max, w| max.max(w.abs()));
        let scale = if largest > 0.0 {
            largest / f32::from(i16::MAX)
        } else {
            1.0
        };
        let mut out = Vec::with_capacity(64 + DIM * intents.len() * 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&fingerprint.to_le_bytes());
        out.extend_from_slice(&(DIM as u32).to_le_bytes());
        out.extend_from_slice(&(intents.len() as u16).to_le_bytes());
        for intent in intents {
            let label = intent.label();
            out.push(label.len() as u8);
            out.extend_from_slice(label.as_bytes());
        }
        out.extend_from_slice(&scale.to_le_bytes());
        for b in bias {
            out.extend_from_slice(&b.to_le_bytes());
        }
        for slot in weights {
            for w in slot {
                let q = (w / scale)
                    .round()
                    .clamp(f32::from(i16::MIN), f32::from(i16::MAX));
                out.extend_from_slice(&(q as i16).to_le_bytes());
            }
        }
        out
    }

    /// Each intent's probability for these features, likeliest first.
    pub fn likeliest(&self, features: &Features) -> Vec<(Intent, f32)> {
        let count = self.intents.len();
        let mut scores = self.bias.clone();
        for &(slot, weight) in features {
            let at = slot as usize * count * 2;
            let Some(row) = self.weights.get(at..at + count * 2) else {
                continue;
            };
            for (score, w) in scores.iter_mut().zip(row.chunks_exact(2)) {
                *score += weight * self.scale * f32::from(i16::from_le_bytes([w[0], w[1]]));
            }
        }
        let top = scores.iter().copied().fold(f32::MIN, f32::max);
        let mut sum = 0.0;
        for score in &mut scores {
            *score = (*score - top).exp();
            sum += *score;
        }
        let mut ranked: Vec<(Intent, f32)> = self
            .intents
            .iter()
            .copied()
            .zip(scores.into_iter().map(|s| s / sum))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranked
    }
}
