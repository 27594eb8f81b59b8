//! What the intent model sees of a question: the character n-grams of its words (3 to 5
//! letters, so `konbyen`, `combien` and `cmb` share pieces and a typo costs little), its
//! words and word pairs, and what the reader found in it (the cues, the units numbers
//! took, money, percentages). Each is hashed into one of [`DIM`] slots; each of the three
//! groups weighs the same however long the question.

use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::Scan;
use super::lexicon::Meaning;
use super::numbers::Read;
use super::words::Token;

/// Slots features are hashed into: a power of two.
pub const DIM: usize = 4096;

/// The shortest and longest character n-grams.
const NGRAMS: std::ops::RangeInclusive<usize> = 3..=5;

/// The three groups, each its own seed so the same text in two groups is two features.
#[derive(Clone, Copy)]
enum Group {
    Chars = 1,
    Words = 2,
    Found = 3,
}

/// A question's features: (slot, weight), sorted by slot, each slot once.
pub type Features = Vec<(u32, f32)>;

struct Counts {
    slots: Vec<u32>,
}

impl Counts {
    fn new() -> Counts {
        Counts { slots: Vec::new() }
    }

    fn add(&mut self, group: Group, bytes: &[u8]) {
        let hash = xxh3_64_with_seed(bytes, group as u64);
        self.slots.push((hash as usize & (DIM - 1)) as u32);
    }

    /// The group's slots with their counts scaled so the group's norm is 1.
    fn normalized(mut self) -> Features {
        self.slots.sort_unstable();
        let mut counted: Features = Vec::with_capacity(self.slots.len());
        for slot in self.slots {
            match counted.last_mut() {
                Some((last, n)) if *last == slot => *n += 1.0,
                _ => counted.push((slot, 1.0)),
            }
        }
        let norm = counted.iter().map(|(_, n)| n * n).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, n) in &mut counted {
                *n /= norm;
            }
        }
        counted
    }
}

/// How a token is written for the model: a word as folded, any number as `#`.
fn written(token: &Token) -> String {
    match token {
        Token::Word(word) => word.clone(),
        Token::Number(_) => "#".to_owned(),
        Token::Symbol(c) => c.to_string(),
    }
}

/// What a phrase found means, for the model: the kind, not the value (any country is
/// `country`, but `views` and `followers` differ).
fn found(meaning: &Meaning) -> String {
    match meaning {
        Meaning::Country(_) => "country".to_owned(),
        Meaning::Niche(_) => "niche".to_owned(),
        Meaning::Months(_) => "months".to_owned(),
        Meaning::Unrated(_) | Meaning::Shared(..) => "money".to_owned(),
        Meaning::Counted(super::Counted::Money(_)) => "money".to_owned(),
        other => format!("{other:?}"),
    }
}

fn read(read: &Read) -> Option<String> {
    Some(match read {
        Read::Option(option, _) => format!("read:{}", catalogue::option(*option).en),
        Read::Money { hint, currency, .. } => {
            format!("money:{hint:?}:{}", currency.is_some())
        }
        Read::Percent { role, .. } => {
            format!("percent:{}", role.map_or("", |o| catalogue::option(o).en))
        }
        Read::Bare { hint, .. } => format!("bare:{hint:?}"),
        Read::Ignored | Read::Unknown(_) => return None,
    })
}

/// The features of a scanned question and the numbers read in it.
pub(super) fn of(scan: &Scan, reads: &[(usize, Read)]) -> Features {
    let mut chars = Counts::new();
    let mut words = Counts::new();
    let mut cues = Counts::new();
    let tokens: Vec<String> = scan.tokens.iter().map(written).collect();
    let mut buffer = String::new();
    for (token, text) in scan.tokens.iter().zip(&tokens) {
        if matches!(token, Token::Symbol(_)) {
            continue;
        }
        let padded: Vec<char> = format!(" {text} ").chars().collect();
        for n in NGRAMS {
            for window in padded.windows(n) {
                buffer.clear();
                buffer.extend(window);
                chars.add(Group::Chars, buffer.as_bytes());
            }
        }
    }
    for (i, text) in tokens.iter().enumerate() {
        words.add(Group::Words, text.as_bytes());
        if let Some(next) = tokens.get(i + 1) {
            buffer.clear();
            buffer.push_str(text);
            buffer.push(' ');
            buffer.push_str(next);
            words.add(Group::Words, buffer.as_bytes());
        }
    }
    for mark in &scan.marks {
        cues.add(Group::Found, found(&mark.meaning).as_bytes());
    }
    for token in &scan.tokens {
        let Token::Word(word) = token else { continue };
        // A command named by its name (`mes stats`, `export`): the catalogue's names, not
        // a list of our own.
        if let Some(spec) = catalogue::COMMANDS
            .iter()
            .find(|c| c.fr == word.as_str() || c.en == word.as_str())
        {
            buffer.clear();
            buffer.push_str("command:");
            buffer.push_str(spec.id.id());
            cues.add(Group::Found, buffer.as_bytes());
        }
        // A month named (`pour octobre`, `for September`): a payout is dated.
        if word.len() >= 4 && text::month(word).is_some() {
            cues.add(Group::Found, b"month");
        }
    }
    for (_, number) in reads {
        if let Some(name) = read(number) {
            cues.add(Group::Found, name.as_bytes());
        }
    }
    let mut all = chars.normalized();
    all.extend(words.normalized());
    all.extend(cues.normalized());
    all.sort_unstable_by_key(|(slot, _)| *slot);
    let mut merged: Features = Vec::with_capacity(all.len());
    for (slot, weight) in all {
        match merged.last_mut() {
            Some((last, w)) if *last == slot => *w += weight,
            _ => merged.push((slot, weight)),
        }
    }
    merged
}
