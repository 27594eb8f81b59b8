//! Numbers written in words: French (with the Belgian and Swiss `septante`, `huitante`,
//! `nonante`), English, and the Indian `lakh` and `crore`: `deux cent cinquante mille`,
//! `quatre-vingt-dix-neuf`, `half a million`, `three lakh`.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Words that are a number below a hundred, folded.
const SMALL: &[(&str, u64)] = &[
    ("zero", 0),
    ("un", 1),
    ("une", 1),
    ("one", 1),
    ("deux", 2),
    ("two", 2),
    ("trois", 3),
    ("three", 3),
    ("quatre", 4),
    ("four", 4),
    ("cinq", 5),
    ("five", 5),
    ("six", 6),
    ("sept", 7),
    ("seven", 7),
    ("huit", 8),
    ("eight", 8),
    ("neuf", 9),
    ("nine", 9),
    ("dix", 10),
    ("ten", 10),
    ("onze", 11),
    ("eleven", 11),
    ("douze", 12),
    ("twelve", 12),
    ("treize", 13),
    ("thirteen", 13),
    ("quatorze", 14),
    ("fourteen", 14),
    ("quinze", 15),
    ("fifteen", 15),
    ("seize", 16),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("vingt", 20),
    ("vingts", 20),
    ("twenty", 20),
    ("trente", 30),
    ("thirty", 30),
    ("quarante", 40),
    ("forty", 40),
    ("cinquante", 50),
    ("fifty", 50),
    ("soixante", 60),
    ("sixty", 60),
    ("septante", 70),
    ("seventy", 70),
    ("huitante", 80),
    ("octante", 80),
    ("eighty", 80),
    ("nonante", 90),
    ("ninety", 90),
];

/// `cent` and `hundred`: the one multiplier that is only ever a word (the others are the
/// number suffixes' own table, written out).
const HUNDREDS: &[&str] = &["cent", "cents", "hundred"];

/// Words that join the words of one number (`vingt et un`, `a hundred and five`).
const JOINS: &[&str] = &["et", "and"];

fn small(word: &str) -> Option<u64> {
    SMALL.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// The factor a word multiplies by: a hundred, or a number suffix written as a word
/// (`mille`, `millions`, `lakh`), not its letters (`k`, `m`, `md`).
fn scale(word: &str) -> Option<u64> {
    if HUNDREDS.contains(&word) {
        return Some(100);
    }
    crate::multiplier(word).filter(|_| word.chars().count() > 3 || word == "mil")
}

/// The number the folded words say, if they are all number words and say one.
pub fn number_in_words(words: &[&str]) -> Option<u64> {
    // `half a million`, `a quarter million`: the next scale is divided by this.
    let (mut total, mut current, mut part, mut any) = (0u64, 0u64, None::<u64>, false);
    for (i, &word) in words.iter().enumerate() {
        let next_is_scale = words
            .get(i + 1)
            .is_some_and(|w| scale(w).is_some() || fraction(w).is_some());
        if let Some(value) = small(word) {
            // `quatre-vingts` is 80, `quatre-vingt-dix` 90.
            current = if value == 20 && current % 100 == 4 {
                current - 4 + 80
            } else {
                current.checked_add(value)?
            };
            any = true;
        } else if let Some(factor) = scale(word) {
            if factor == 100 {
                current = current.max(1).checked_mul(100)?;
            } else if let Some(divisor) = part.take() {
                total = total.checked_add(current.max(1).checked_mul(factor)? / divisor)?;
                current = 0;
            } else {
                total = total.checked_add(current.max(1).checked_mul(factor)?)?;
                current = 0;
            }
            any = true;
        } else if let Some(divisor) = fraction(word) {
            part = Some(divisor);
        } else if word == "of" && i > 0 && fraction(words[i - 1]).is_some() {
        } else if (word == "a" || word == "an") && next_is_scale {
            current = current.max(1);
        } else if !(JOINS.contains(&word) && i > 0 && i + 1 < words.len()) {
            return None;
        }
    }
    (any && part.is_none())
        .then(|| total.checked_add(current))
        .flatten()
}

/// `half`, `quarter`: what the scale after them is divided by.
fn fraction(word: &str) -> Option<u64> {
    match word {
        "half" => Some(2),
        "quarter" => Some(4),
        _ => None,
    }
}

/// Whether a folded word can be part of a number in words.
fn is_number_word(word: &str) -> bool {
    NUMBER_WORDS.contains(word)
}

/// Every word [`number_in_words`] reads, from the tables above: a question's words are
/// checked against it once each.
static NUMBER_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut words: HashSet<&str> = SMALL.iter().map(|(w, _)| *w).collect();
    words.extend(HUNDREDS);
    words.extend(crate::numbers::multiplier_words().filter(|w| scale(w).is_some()));
    words.extend(["half", "quarter", "a", "an", "of"]);
    words
});

/// What a chunk of the text between spaces is, for finding numbers in words.
enum Chunk {
    /// Number words only (`quatre-vingt-dix`), folded and split at hyphens.
    Number(Vec<String>),
    /// `et`, `and`: inside a number, a join.
    Join,
    /// `pour`: before `cent`, a percentage.
    Pour,
    /// `demi`: after `million et`, half a million more.
    Demi,
    /// `percent`, `pourcent`: after `half a`, half of one.
    Percent,
    Other,
}

/// The text with every number written in words written in digits (`deux cent
/// cinquante mille vues` → `250000 vues`), for the readers of numbers. Some words stay
/// words: a lone `un`, `a`, `neuf` or `sept`, and the `cent` of `pour cent`.
pub fn spell_out(text: &str) -> Cow<'_, str> {
    // Each whitespace-separated chunk: its byte span, and what it is.
    let mut chunks: Vec<(usize, usize, Chunk)> = Vec::new();
    let mut folded = String::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(from)) => {
                let chunk = &text[from..at];
                let core = chunk.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
                folded.clear();
                core.chars().for_each(|c| crate::fold_char(c, &mut folded));
                let kind = if folded.split(['-', '_']).all(is_number_word) {
                    Chunk::Number(folded.split(['-', '_']).map(str::to_owned).collect())
                } else if JOINS.contains(&folded.as_str()) {
                    Chunk::Join
                } else if folded == "pour" {
                    Chunk::Pour
                } else if folded == "demi" {
                    Chunk::Demi
                } else if matches!(folded.as_str(), "percent" | "pourcent") {
                    Chunk::Percent
                } else {
                    Chunk::Other
                };
                chunks.push((from, from + core.len(), kind));
                start = None;
            }
            _ => {}
        }
    }
    let numeric = |chunk: &Chunk| matches!(chunk, Chunk::Number(_));
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    while i < chunks.len() {
        if !numeric(&chunks[i].2) {
            i += 1;
            continue;
        }
        // `à dix pour cent`: an article or `à` before a number that is no scale is not
        // part of it (`a million` is).
        let article = matches!(&chunks[i].2, Chunk::Number(w) if w.len() == 1
            && matches!(w[0].as_str(), "a" | "an" | "un" | "une"));
        let next_scale = matches!(chunks.get(i + 1), Some((_, _, Chunk::Number(w)))
            if w.first().is_some_and(|w| scale(w).is_some() || fraction(w).is_some()));
        if article && !next_scale {
            i += 1;
            continue;
        }
        // The longest run of number words, joins inside it.
        let mut end = i;
        let mut j = i + 1;
        while j < chunks.len() {
            if numeric(&chunks[j].2) {
                end = j;
                j += 1;
            } else if matches!(chunks[j].2, Chunk::Join)
                && chunks.get(j + 1).is_some_and(|c| numeric(&c.2))
            {
                j += 1;
            } else {
                break;
            }
        }
        let words: Vec<&str> = chunks[i..=end]
            .iter()
            .flat_map(|c| match &c.2 {
                Chunk::Number(words) => words.as_slice(),
                _ => &[],
            })
            .map(String::as_str)
            .collect();
        // Alone, these are more often a word than a count: an article, `neuf` (new),
        // `sept` (September).
        let lone_word = words.len() == 1
            && matches!(
                words[0],
                "un" | "une" | "a" | "an" | "one" | "neuf" | "sept"
            );
        // `6 pour cent` is a percentage.
        let percent = i > 0 && words[0] == "cent" && matches!(chunks[i - 1].2, Chunk::Pour);
        // `5 lakh`, `2 millions`: a scale after digits is those digits' multiplier.
        let after_digits = i > 0
            && scale(words[0]).is_some()
            && text[..chunks[i - 1].1].ends_with(|c: char| c.is_ascii_digit());
        // `un million et demi`, `1 million et demi`: half the last scale more.
        let last_scale = words.last().and_then(|w| scale(w)).filter(|f| *f > 100);
        let and_a_half = last_scale.is_some()
            && matches!(chunks.get(end + 1), Some((_, _, Chunk::Join)))
            && matches!(chunks.get(end + 2), Some((_, _, Chunk::Demi)));
        let half = if and_a_half {
            last_scale.unwrap_or_default() / 2
        } else {
            0
        };
        // `half a percent`: 0.5.
        if words.first() == Some(&"half")
            && words[1..].iter().all(|w| matches!(*w, "a" | "of"))
            && matches!(chunks.get(end + 1), Some((_, _, Chunk::Percent)))
        {
            out.push_str(&text[copied..chunks[i].0]);
            out.push_str("0.5");
            copied = chunks[end].1;
            i = end + 1;
            continue;
        }
        let digits_before = after_digits
            .then(|| crate::number(&text[chunks[i - 1].0..chunks[i - 1].1], true).ok())
            .flatten();
        if and_a_half
            && words.len() == 1
            && let Some(digits) = digits_before
        {
            let whole = digits
                .checked_mul(rust_decimal::Decimal::from(last_scale.unwrap_or_default()))
                .and_then(|d| d.checked_add(rust_decimal::Decimal::from(half)))
                .filter(|d| d.fract().is_zero());
            if let Some(whole) = whole {
                out.push_str(&text[copied..chunks[i - 1].0]);
                out.push_str(&whole.normalize().to_string());
                copied = chunks[end + 2].1;
            }
        } else if let Some(n) = number_in_words(&words)
            .filter(|_| !lone_word && !after_digits && !percent)
            .and_then(|n| n.checked_add(half))
        {
            out.push_str(&text[copied..chunks[i].0]);
            out.push_str(&n.to_string());
            copied = chunks[if and_a_half { end + 2 } else { end }].1;
        }
        i = end + 1;
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold;

    fn read(text: &str) -> Option<u64> {
        let folded = fold(text);
        let words: Vec<&str> = folded.split([' ', '_']).filter(|w| !w.is_empty()).collect();
        number_in_words(&words)
    }

    #[test]
    fn numbers_in_words_in_french_english_and_their_regional_forms() {
        for (written, n) in [
            ("deux cent cinquante mille", 250_000),
            ("quatre-vingt-dix-neuf", 99),
            ("quatre-vingts", 80),
            ("soixante-dix", 70),
            ("septante", 70),
            ("huitante mille", 80_000),
            ("nonante-cinq", 95),
            ("vingt et un mille", 21_000),
            ("un million deux cent mille", 1_200_000),
            ("deux millions", 2_000_000),
            ("mille", 1_000),
            ("half a million", 500_000),
            ("a quarter million", 250_000),
            ("a quarter of a million", 250_000),
            ("half a mil", 500_000),
            ("a hundred and fifty thousand", 150_000),
            ("two hundred fifty thousand", 250_000),
            ("three lakh", 300_000),
            ("one crore", 10_000_000),
            ("trois milliards", 3_000_000_000),
        ] {
            assert_eq!(read(written), Some(n), "{written}");
        }
        assert_eq!(read("deux abonnés"), None);
        assert_eq!(read("and"), None);
    }

    #[test]
    fn words_are_written_in_digits_and_the_rest_kept() {
        assert_eq!(
            spell_out("combien pour deux cent cinquante mille vues ?"),
            "combien pour 250000 vues ?"
        );
        assert_eq!(
            spell_out("half a million views, 6% ER"),
            "500000 views, 6% ER"
        );
        assert_eq!(
            spell_out("j'ai septante mille abonnés"),
            "j'ai 70000 abonnés"
        );
        assert_eq!(spell_out("1 million et demi de vues"), "1500000 de vues");
        assert_eq!(
            spell_out("un million et demi de vues et 2,5 millions"),
            "1500000 de vues et 2,5 millions"
        );
        assert_eq!(spell_out("deux ans et demi"), "2 ans et demi");
        assert_eq!(
            spell_out("à dix pour cent par mois"),
            "à 10 pour cent par mois"
        );
        assert_eq!(spell_out("a thousand views"), "1000 views");
        assert_eq!(
            spell_out("maybe half a percent convert"),
            "maybe 0.5 percent convert"
        );
        assert_eq!(
            spell_out("un compte avec 10k abonnés"),
            "un compte avec 10k abonnés"
        );
        assert_eq!(spell_out("a video"), "a video");
        assert_eq!(
            spell_out("6 pour cent, un compte neuf"),
            "6 pour cent, un compte neuf"
        );
        assert_eq!(
            spell_out("5 lakh views, 2 millions"),
            "5 lakh views, 2 millions"
        );
        assert!(matches!(spell_out("rien à lire"), Cow::Borrowed(_)));
    }
}
