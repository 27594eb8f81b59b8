//! The corpus: one question a line, with the command and the values a careful human reads
//! in it, and the voice it is written in (`fr-HT/casual`).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// One question of the corpus and what it should be read as.
#[derive(Debug, Clone)]
pub struct Row {
    pub question: String,
    /// The command's corpus id (`gains`, `takehome`, `chat`).
    pub command: String,
    /// `key=value` pairs, as written.
    pub inputs: Vec<(String, String)>,
    /// Language, region and register: `en-NG/teen`.
    pub voice: String,
    /// The file and line it comes from, for messages.
    pub origin: String,
}

impl Row {
    /// The language the voice answers in (`fr`, `en`).
    pub fn lang(&self) -> &str {
        self.voice.split('-').next().unwrap_or_default()
    }

    /// The FAQ topic the question asks about, if any.
    pub fn topic(&self) -> Option<&str> {
        self.inputs
            .iter()
            .find(|(k, _)| k == "topic")
            .map(|(_, v)| v.as_str())
    }
}

/// The corpus shipped with the reader.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../reader/corpus")
}

/// Every row of the TSV files in `dir`, files in name order.
pub fn load_dir(dir: &Path) -> Result<Vec<Row>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    let mut rows = Vec::new();
    for file in files {
        rows.extend(load(&file)?);
    }
    Ok(rows)
}

/// The rows of one TSV file: question, command, inputs, voice.
pub fn load(file: &Path) -> Result<Vec<Row>> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let origin = format!("{name}:{}", n + 1);
        let columns: Vec<&str> = line.split('\t').collect();
        let [question, command, inputs, voice] = columns[..] else {
            bail!("{origin}: {} columns, 4 wanted", columns.len());
        };
        if !voice.contains('/') || !(voice.starts_with("fr-") || voice.starts_with("en-")) {
            bail!("{origin}: voice {voice:?} is not `lang-REGION/register`");
        }
        let inputs = inputs
            .split_whitespace()
            .map(|pair| {
                pair.split_once('=')
                    .map(|(k, v)| (k.to_owned(), v.to_owned()))
                    .with_context(|| format!("{origin}: {pair:?} is not key=value"))
            })
            .collect::<Result<_>>()?;
        rows.push(Row {
            question: question.trim().to_owned(),
            command: command.trim().to_owned(),
            inputs,
            voice: voice.trim().to_owned(),
            origin,
        });
    }
    Ok(rows)
}
