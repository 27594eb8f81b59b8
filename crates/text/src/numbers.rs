//! Parsers for the values people actually type: `1 000 000`, `1,5M`, `2 millions`,
//! `6,5 %`, `49,90 €`, `$49.90`, `1:15`. They never panic and never guess: anything
//! ambiguous or absurd is refused with a [`ValueProblem`] the reply explains.

use rust_decimal::Decimal;
use thiserror::Error;

use std::sync::LazyLock;

use values::Currency;

use crate::currencies;

/// Why a typed value was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum ValueProblem {
    #[error("no value")]
    Empty,
    #[error("zero where it means nothing")]
    Zero,
    #[error("not a number")]
    NotANumber,
    #[error("negative")]
    Negative,
    #[error("not a whole number")]
    NotWhole,
    #[error("below the minimum {min}")]
    TooSmall { min: u64 },
    #[error("above the maximum {max}")]
    TooLarge { max: u64 },
    #[error("a fall of more than {max} %")]
    FallTooSteep { max: u64 },
    #[error("not one of the accepted choices")]
    UnknownChoice,
    #[error("unknown country")]
    UnknownCountry,
    #[error("shares adding up to {sum} %, not 100 %")]
    SharesSum { sum: u64 },
}

/// Longest number we read; anything longer is a typo or an attack, never a count.
const MAX_DIGITS: usize = 24;

/// Word and letter suffixes that multiply a number (`k`, `M`, `millions`, `Md`, `mds`),
/// longest first so `milliards` is not read as `m`.
const MULTIPLIERS: &[(&str, u64)] = &[
    ("milliards", 1_000_000_000),
    ("milliard", 1_000_000_000),
    ("billions", 1_000_000_000),
    ("thousand", 1_000),
    ("millions", 1_000_000),
    ("billion", 1_000_000_000),
    ("million", 1_000_000),
    ("crores", 10_000_000),
    ("crore", 10_000_000),
    ("lakhs", 100_000),
    ("mille", 1_000),
    ("lakh", 100_000),
    ("mds", 1_000_000_000),
    ("mio", 1_000_000),
    ("mil", 1_000_000),
    ("md", 1_000_000_000),
    ("bn", 1_000_000_000),
    ("b", 1_000_000_000),
    ("m", 1_000_000),
    ("k", 1_000),
];

/// The words of the multiplier table, for reading numbers written in words.
pub(crate) fn multiplier_words() -> impl Iterator<Item = &'static str> {
    MULTIPLIERS.iter().map(|(w, _)| *w)
}

/// The factor a word after a number gives it (`k`, `millions`, `mds`), if it is one.
pub fn multiplier(word: &str) -> Option<u64> {
    MULTIPLIERS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, factor)| *factor)
}

/// Spaces people and keyboards put between digit groups.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '_' | '\'' | '’')
}

fn is_minus(c: char) -> bool {
    matches!(c, '-' | '−' | '–')
}

/// Splits `1,5 millions` into (`1,5`, 1 000 000).
fn split_multiplier(text: &str) -> (&str, u128) {
    let trimmed = text.trim_end();
    for (suffix, factor) in MULTIPLIERS {
        if let Some(head) = trimmed.strip_suffix(suffix) {
            let head = head.trim_end();
            if head.ends_with(|c: char| c.is_ascii_digit()) {
                return (head, u128::from(*factor));
            }
        }
    }
    (trimmed, 1)
}

/// A non-negative decimal number as exact digits: `digits / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Exact {
    digits: u128,
    scale: u32,
}

impl Exact {
    fn times(self, factor: u128) -> Result<Exact, ValueProblem> {
        let digits = self
            .digits
            .checked_mul(factor)
            .ok_or(ValueProblem::TooLarge { max: u64::MAX })?;
        Ok(Exact {
            digits,
            scale: self.scale,
        })
    }

    /// The value if it is whole.
    fn whole(self) -> Result<u128, ValueProblem> {
        let unit = 10u128.pow(self.scale);
        if self.digits.is_multiple_of(unit) {
            Ok(self.digits / unit)
        } else {
            Err(ValueProblem::NotWhole)
        }
    }

    fn decimal(self) -> Result<Decimal, ValueProblem> {
        let digits =
            i128::try_from(self.digits).map_err(|_| ValueProblem::TooLarge { max: u64::MAX })?;
        Decimal::try_from_i128_with_scale(digits, self.scale)
            .map_err(|_| ValueProblem::TooLarge { max: u64::MAX })
    }
}

/// Reads digits with `,` and `.` either as digit-group separators (`1,000,000`,
/// `1.000.000`) or as one decimal mark (`1,5`, `49.90`), whichever the shape says.
/// `decimal_first` makes a lone separator followed by exactly three digits a decimal
/// mark (for `1,500k`), which is only right when a multiplier follows.
fn read_number(text: &str, decimal_first: bool) -> Result<Exact, ValueProblem> {
    let compact: String = text.chars().filter(|&c| !is_space(c)).collect();
    if compact.is_empty() || !compact.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(ValueProblem::NotANumber);
    }
    if !compact
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return Err(ValueProblem::NotANumber);
    }
    if compact.len() > MAX_DIGITS * 2 {
        return Err(ValueProblem::TooLarge { max: u64::MAX });
    }
    let groups: Vec<&str> = compact.split([',', '.']).collect();
    let separators: Vec<char> = compact.chars().filter(|c| *c == ',' || *c == '.').collect();
    let (int_part, frac_part) = match separators.as_slice() {
        [] => (compact.clone(), String::new()),
        [_] if groups[1].is_empty() => return Err(ValueProblem::NotANumber),
        [_] if decimal_first || groups[1].len() != 3 => {
            (groups[0].to_owned(), groups[1].to_owned())
        }
        seps => {
            // Grouping, possibly followed by a different decimal mark: `1.200,50`, `1,200.50`.
            let last = *seps.last().unwrap_or(&',');
            let grouped = seps.iter().all(|s| *s == seps[0]);
            let (group_part, frac) =
                if !grouped && seps[..seps.len() - 1].iter().all(|s| *s != last) {
                    let (head, tail) = compact.rsplit_once(last).unwrap_or((&compact, ""));
                    (head.to_owned(), tail.to_owned())
                } else if grouped {
                    (compact.clone(), String::new())
                } else {
                    return Err(ValueProblem::NotANumber);
                };
            let parts: Vec<&str> = group_part.split([',', '.']).collect();
            let well_grouped = !parts[0].is_empty()
                && parts[0].len() <= 3
                && parts[1..].iter().all(|p| p.len() == 3);
            if !well_grouped {
                return Err(ValueProblem::NotANumber);
            }
            (parts.concat(), frac)
        }
    };
    if int_part.is_empty() || int_part.len() > MAX_DIGITS || frac_part.len() > 6 {
        return Err(if int_part.len() > MAX_DIGITS {
            ValueProblem::TooLarge { max: u64::MAX }
        } else {
            ValueProblem::NotANumber
        });
    }
    let all = format!("{int_part}{frac_part}");
    let digits = all
        .parse::<u128>()
        .map_err(|_| ValueProblem::TooLarge { max: u64::MAX })?;
    Ok(Exact {
        digits,
        scale: frac_part.len() as u32,
    })
}

/// A number as typed in a sentence (`1,5`, `2,000`, `49.90`), exactly; `decimal_first`
/// reads a lone separator before three digits as a decimal mark (for `1,500k`).
pub fn number(text: &str, decimal_first: bool) -> Result<Decimal, ValueProblem> {
    read_number(text, decimal_first)?.decimal()
}

/// A whole count: `1000000`, `1 000 000`, `1,000,000`, `1M`, `1,5M`, `500k`, `2 millions`,
/// `2 lakh`, `1'250'000`, or in words (`deux cent mille`, `half a million`).
pub fn count(text: &str) -> Result<u64, ValueProblem> {
    match count_in_digits(text) {
        Err(ValueProblem::NotANumber) => {
            let folded = crate::fold(text);
            let words: Vec<&str> = folded.split([' ', '_']).filter(|w| !w.is_empty()).collect();
            crate::number_in_words(&words).ok_or(ValueProblem::NotANumber)
        }
        read => read,
    }
}

fn count_in_digits(text: &str) -> Result<u64, ValueProblem> {
    let trimmed = text.trim();
    // The common case, plain digits, needs none of the work below.
    if (1..=19).contains(&trimmed.len()) && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return trimmed
            .parse()
            .map_err(|_| ValueProblem::TooLarge { max: u64::MAX });
    }
    let lower = trimmed.to_lowercase();
    if lower.starts_with(is_minus) {
        return match count(&lower[lower.chars().next().map_or(0, char::len_utf8)..]) {
            Ok(_) | Err(ValueProblem::NotWhole) | Err(ValueProblem::TooLarge { .. }) => {
                Err(ValueProblem::Negative)
            }
            Err(other) => Err(other),
        };
    }
    let lower = lower.strip_prefix('+').unwrap_or(&lower).trim_start();
    let (number, factor) = split_multiplier(lower);
    let exact = read_number(number, factor > 1)?.times(factor)?;
    let whole = exact.whole()?;
    u64::try_from(whole).map_err(|_| ValueProblem::TooLarge { max: u64::MAX })
}

/// A percentage in percent units: `6`, `6%`, `6,5 %`, `0.5 pourcent`.
pub fn percent(text: &str) -> Result<Decimal, ValueProblem> {
    let lower = text.trim().to_lowercase();
    let body = ["pourcents", "pourcent", "percent", "%"]
        .iter()
        .find_map(|s| lower.strip_suffix(s))
        .unwrap_or(&lower)
        .trim();
    if body.starts_with(is_minus) {
        return Err(
            if read_number(body.trim_start_matches(is_minus).trim(), true).is_ok() {
                ValueProblem::Negative
            } else {
                ValueProblem::NotANumber
            },
        );
    }
    read_number(body, true)?.decimal()
}

/// The currency marks an amount may carry, longest first (see [`crate::currencies`]).
static MARKS: LazyLock<Vec<(&str, Currency)>> = LazyLock::new(|| currencies::marks().collect());

/// An amount of money in cents, with the currency if one was written:
/// `49`, `49€`, `49,90 €`, `$49.90`, `1 200,50 EUR`, `2k€`.
pub fn money(text: &str) -> Result<(i64, Option<Currency>), ValueProblem> {
    let mut rest = text.trim().to_lowercase();
    let mut currency = None;
    let mut negative = false;
    loop {
        let trimmed = rest.trim().to_owned();
        if let Some(tail) = trimmed.strip_prefix(is_minus) {
            negative = true;
            rest = tail.to_owned();
            continue;
        }
        let prefix = MARKS.iter().find(|(m, _)| trimmed.starts_with(m));
        let suffix = MARKS.iter().find(|(m, _)| trimmed.ends_with(m));
        match (prefix, suffix) {
            (Some((mark, found)), _) if currency.is_none() => {
                currency = Some(*found);
                rest = trimmed[mark.len()..].to_owned();
            }
            (_, Some((mark, found))) if currency.is_none() => {
                currency = Some(*found);
                rest = trimmed[..trimmed.len() - mark.len()].to_owned();
            }
            _ => {
                rest = trimmed;
                break;
            }
        }
    }
    let (number, factor) = split_multiplier(&rest);
    let exact = read_number(number, factor > 1)?.times(factor)?;
    if negative {
        return Err(ValueProblem::Negative);
    }
    let cents = exact.decimal()? * Decimal::ONE_HUNDRED;
    if !cents.fract().is_zero() {
        return Err(ValueProblem::NotANumber);
    }
    let cents = i64::try_from(cents).map_err(|_| ValueProblem::TooLarge { max: u64::MAX })?;
    Ok((cents, currency))
}

/// A video length in seconds: `75`, `75s`, `1:15`, `1min15`, `1 min 15 s`, `2min`.
pub fn seconds(text: &str) -> Result<u64, ValueProblem> {
    let compact: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if compact.starts_with(is_minus) {
        return Err(ValueProblem::Negative);
    }
    let (minutes, secs) = if let Some((m, s)) = compact.split_once(':') {
        (m.to_owned(), s.to_owned())
    } else if let Some(pos) = compact.find('m') {
        let after = compact[pos..]
            .trim_start_matches("minutes")
            .trim_start_matches("minute");
        let after = after.trim_start_matches("min").trim_start_matches('m');
        (compact[..pos].to_owned(), after.to_owned())
    } else {
        (String::new(), compact.clone())
    };
    let secs = ["secondes", "seconde", "seconds", "second", "sec", "s"]
        .iter()
        .find_map(|u| secs.strip_suffix(u))
        .unwrap_or(&secs)
        .to_owned();
    let parse = |part: &str| -> Result<u64, ValueProblem> {
        if part.is_empty() {
            return Ok(0);
        }
        if !part.chars().all(|c| c.is_ascii_digit()) {
            return Err(ValueProblem::NotANumber);
        }
        // Digits, but more than any video lasts: too long, not unreadable.
        if part.len() > 6 {
            return Err(ValueProblem::TooLarge { max: u64::MAX });
        }
        part.parse().map_err(|_| ValueProblem::NotANumber)
    };
    if minutes.is_empty() && secs.is_empty() {
        return Err(ValueProblem::NotANumber);
    }
    Ok(parse(&minutes)? * 60 + parse(&secs)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_up_to_their_limits_and_refused_past_them() {
        let d = |t: &str| number(t, false);
        // 24 digits, grouped (31 characters): read exactly; a 25th digit is too large.
        let max = "123,456,789,012,345,678,901,234";
        assert_eq!(d(max), Ok("123456789012345678901234".parse().unwrap()));
        assert_eq!(
            d("1234567890123456789012345"),
            Err(ValueProblem::TooLarge { max: u64::MAX })
        );
        // Six decimals read; a seventh is not a number anyone types, even after 24 digits.
        assert_eq!(d("0,123456"), Ok("0.123456".parse().unwrap()));
        assert_eq!(d("0,1234567"), Err(ValueProblem::NotANumber));
        assert_eq!(
            d("123456789012345678901234,1234567"),
            Err(ValueProblem::NotANumber)
        );
        // Past 48 characters nothing is read further: too large, whatever its shape.
        let zeros = |n| format!("0,{}", "0".repeat(n));
        assert_eq!(
            d(&zeros(46)),
            Err(ValueProblem::NotANumber),
            "48 characters"
        );
        assert_eq!(
            d(&zeros(47)),
            Err(ValueProblem::TooLarge { max: u64::MAX }),
            "49 characters"
        );
        // A separator with nothing after it, or nothing before it.
        assert_eq!(count("1,"), Err(ValueProblem::NotANumber));
        assert_eq!(count("1."), Err(ValueProblem::NotANumber));
        assert_eq!(count(",5"), Err(ValueProblem::NotANumber));
        assert_eq!(count(""), Err(ValueProblem::NotANumber));
    }

    #[test]
    fn suffixes_are_tried_longest_first_and_read_as_in_questions() {
        let lengths: Vec<usize> = MULTIPLIERS.iter().map(|(w, _)| w.len()).collect();
        assert!(lengths.windows(2).all(|w| w[0] >= w[1]), "{lengths:?}");
        assert_eq!(count("2mds"), Ok(2_000_000_000));
        assert_eq!(count("2 milliards"), Ok(2_000_000_000));
        assert_eq!(count("3mil"), Ok(3_000_000));
        assert_eq!(count("12,5k"), Ok(12_500));
        assert_eq!(multiplier("mds"), Some(1_000_000_000));
        assert_eq!(multiplier("vues"), None);
    }

    #[test]
    fn before_a_multiplier_a_lone_separator_is_a_decimal_mark() {
        assert_eq!(count("2,500M"), Ok(2_500_000));
        assert_eq!(count("1.250k"), Ok(1_250));
        assert_eq!(count("2,500"), Ok(2_500), "without one, digit grouping");
    }

    #[test]
    fn a_length_of_more_than_six_digits_is_too_long_not_unreadable() {
        assert_eq!(seconds("999999"), Ok(999_999));
        assert_eq!(
            seconds("1234567"),
            Err(ValueProblem::TooLarge { max: u64::MAX })
        );
        assert_eq!(
            seconds("1234567 min"),
            Err(ValueProblem::TooLarge { max: u64::MAX })
        );
    }

    #[test]
    fn money_takes_one_currency_mark() {
        assert_eq!(money("$49"), Ok((4900, Some(Currency::Usd))));
        assert_eq!(money("49 €"), Ok((4900, Some(Currency::Eur))));
        assert_eq!(money("$49€"), Err(ValueProblem::NotANumber));
        assert_eq!(money("$$49"), Err(ValueProblem::NotANumber));
        assert_eq!(money("€ 49 €"), Err(ValueProblem::NotANumber));
    }

    #[test]
    fn counts_as_people_type_them() {
        for (text, n) in [
            ("1000000", 1_000_000),
            ("1 000 000", 1_000_000),
            ("1\u{202f}000\u{202f}000", 1_000_000),
            ("1,000,000", 1_000_000),
            ("1.000.000", 1_000_000),
            ("1M", 1_000_000),
            ("1,5M", 1_500_000),
            ("1.5M", 1_500_000),
            ("1,5 M", 1_500_000),
            ("500k", 500_000),
            ("500K", 500_000),
            ("2 millions", 2_000_000),
            ("1 million", 1_000_000),
            ("1,25 million", 1_250_000),
            ("3 milliards", 3_000_000_000),
            ("+42", 42),
            ("0", 0),
        ] {
            assert_eq!(count(text), Ok(n), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_count() {
        assert_eq!(count("-5"), Err(ValueProblem::Negative));
        assert_eq!(count("−1M"), Err(ValueProblem::Negative));
        assert_eq!(count("abc"), Err(ValueProblem::NotANumber));
        assert_eq!(count(""), Err(ValueProblem::NotANumber));
        assert_eq!(count("1e999"), Err(ValueProblem::NotANumber));
        assert_eq!(count("1,5"), Err(ValueProblem::NotWhole));
        assert_eq!(count("1,2345k"), Err(ValueProblem::NotWhole));
        assert_eq!(count("1,00,0"), Err(ValueProblem::NotANumber));
        assert!(matches!(
            count("99999999999999999999999"),
            Err(ValueProblem::TooLarge { .. })
        ));
        assert!(matches!(
            count(&"9".repeat(500)),
            Err(ValueProblem::TooLarge { .. })
        ));
        assert_eq!(count("M"), Err(ValueProblem::NotANumber));
    }

    #[test]
    fn percentages() {
        assert_eq!(percent("6"), Ok(Decimal::from(6)));
        assert_eq!(percent("6%"), Ok(Decimal::from(6)));
        assert_eq!(percent("6,5 %"), Ok(Decimal::new(65, 1)));
        assert_eq!(percent("6.5%"), Ok(Decimal::new(65, 1)));
        assert_eq!(percent("-3%"), Err(ValueProblem::Negative));
        assert_eq!(percent("beaucoup"), Err(ValueProblem::NotANumber));
    }

    #[test]
    fn money_with_and_without_currency() {
        assert_eq!(money("49"), Ok((4900, None)));
        assert_eq!(money("49€"), Ok((4900, Some(Currency::Eur))));
        assert_eq!(money("49,90 €"), Ok((4990, Some(Currency::Eur))));
        assert_eq!(money("$49.90"), Ok((4990, Some(Currency::Usd))));
        assert_eq!(money("1 200,50 €"), Ok((120_050, Some(Currency::Eur))));
        assert_eq!(money("1,200.50 USD"), Ok((120_050, Some(Currency::Usd))));
        assert_eq!(money("1.200,50"), Ok((120_050, None)));
        assert_eq!(money("2k€"), Ok((200_000, Some(Currency::Eur))));
        assert_eq!(money("49 euros"), Ok((4900, Some(Currency::Eur))));
        assert_eq!(money("-49"), Err(ValueProblem::Negative));
        assert_eq!(money("€"), Err(ValueProblem::NotANumber));
        assert_eq!(money("49,999"), Ok((4_999_900, None)));
    }

    #[test]
    fn video_lengths() {
        for (text, s) in [
            ("75", 75),
            ("75s", 75),
            ("1:15", 75),
            ("1min15", 75),
            ("1 min 15 s", 75),
            ("2min", 120),
            ("2 minutes", 120),
        ] {
            assert_eq!(seconds(text), Ok(s), "{text}");
        }
        assert_eq!(seconds("longue"), Err(ValueProblem::NotANumber));
        assert_eq!(seconds("-3"), Err(ValueProblem::Negative));
    }
}
