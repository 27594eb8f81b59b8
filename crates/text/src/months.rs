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

/// A month (1–12) by its full name, as [`month_name`] reads it back: the first spelling of
/// each row is the French name, the longest of the others the English one.
pub fn month_word(month: u32, lang: values::Lang) -> &'static str {
    let row = NAMES[(month.clamp(1, 12) - 1) as usize];
    match lang {
        values::Lang::Fr => row[0],
        values::Lang::En => row[1..]
            .iter()
            .copied()
            .max_by_key(|w| w.len())
            .unwrap_or(row[0]),
    }
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
    fn each_month_is_written_in_full_and_read_back() {
        use values::Lang;
        assert_eq!(month_word(5, Lang::Fr), "mai");
        assert_eq!(month_word(5, Lang::En), "may");
        assert_eq!(month_word(9, Lang::En), "september");
        assert_eq!(month_word(2, Lang::En), "february");
        for m in 1..=12 {
            for lang in [Lang::Fr, Lang::En] {
                assert_eq!(month_name(month_word(m, lang)), Some(m));
            }
        }
    }

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
