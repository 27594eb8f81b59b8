//! Months as people write them: `2026-10`, `10/2026`, `octobre 2026`, `oct. 2026`,
//! `October`, in French or English. A month without its year is returned without one:
//! which year it means depends on today, which this module does not know.

use crate::fold;

/// Month names and their usual abbreviations, folded, in both languages.
const NAMES: [&[&str]; 12] = [
    &["janvier", "janv", "january", "jan"],
    &["fevrier", "fevr", "fev", "february", "feb"],
    &["mars", "march", "mar"],
    &["avril", "avr", "april", "apr"],
    &["mai", "may"],
    &["juin", "june", "jun"],
    &["juillet", "juil", "july", "jul"],
    &["aout", "august", "aug"],
    &["septembre", "sept", "sep", "september"],
    &["octobre", "oct", "october"],
    &["novembre", "nov", "november"],
    &["decembre", "dec", "december"],
];

/// The number (1–12) of a month name or abbreviation, folded or not.
pub fn month_name(word: &str) -> Option<u32> {
    let word = fold(word);
    let word = word.trim_end_matches('.');
    (1..=12u32).find(|&m| NAMES[m as usize - 1].contains(&word))
}

fn year(text: &str) -> Option<i32> {
    let year: i32 = text.trim().parse().ok()?;
    (2000..=2100).contains(&year).then_some(year)
}

fn month_number(text: &str) -> Option<u32> {
    let month: u32 = text.trim().parse().ok()?;
    (1..=12).contains(&month).then_some(month)
}

/// A month and, when written, its year: `(Some(2026), 10)` for `2026-10`, `10/2026` or
/// `octobre 2026`; `(None, 10)` for `octobre`.
pub fn month(text: &str) -> Option<(Option<i32>, u32)> {
    let text = text.trim();
    for separator in ['-', '/', '.'] {
        if let Some((a, b)) = text.split_once(separator)
            && !b.contains(separator)
            && !a.is_empty()
        {
            if let (Some(y), Some(m)) = (year(a), month_number(b)) {
                return Some((Some(y), m));
            }
            if let (Some(m), Some(y)) = (month_number(a), year(b)) {
                return Some((Some(y), m));
            }
        }
    }
    let mut words = text.split_whitespace();
    let month = month_name(words.next()?)?;
    match (words.next(), words.next()) {
        (None, _) => Some((None, month)),
        (Some(y), None) => Some((Some(year(y)?), month)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_figures_and_in_words() {
        for written in [
            "2026-10",
            "10/2026",
            "10-2026",
            "10.2026",
            "octobre 2026",
            "Oct. 2026",
        ] {
            assert_eq!(month(written), Some((Some(2026), 10)), "{written}");
        }
        assert_eq!(month("Février"), Some((None, 2)));
        assert_eq!(month("august"), Some((None, 8)));
        assert_eq!(month("déc 2025"), Some((Some(2025), 12)));
    }

    #[test]
    fn what_is_not_a_month_is_refused() {
        for written in [
            "13/2026",
            "2026-00",
            "octobre 26",
            "hier",
            "",
            "1 2 3",
            "10/1999",
        ] {
            assert_eq!(month(written), None, "{written}");
        }
    }
}
