//! Numbers, money and percentages written the way each language's readers expect
//! (`1 000 000` and `1 200,50 €` in French, `1,000,000` and `€1,200.50` in English).
//!
//! The symbols come from ICU4X's CLDR data, compiled in, so it works offline. Whole
//! numbers and money, the bulk of every reply, are grouped here with the separators ICU
//! gives for the language (a test checks the result against ICU's own formatting);
//! everything else goes through ICU's formatter.

use std::sync::LazyLock;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::locale;
use writeable::Writeable;

use crate::values::{Currency, Lang, Money};

static FRENCH: LazyLock<DecimalFormatter> = LazyLock::new(|| {
    DecimalFormatter::try_new(locale!("fr").into(), Default::default())
        .expect("ICU4X compiled data has French decimal symbols")
});
static ENGLISH: LazyLock<DecimalFormatter> = LazyLock::new(|| {
    DecimalFormatter::try_new(locale!("en").into(), Default::default())
        .expect("ICU4X compiled data has English decimal symbols")
});

fn formatter(lang: Lang) -> &'static DecimalFormatter {
    match lang {
        Lang::Fr => &FRENCH,
        Lang::En => &ENGLISH,
    }
}

/// A language's digit-group and decimal separators, as ICU writes `1234.5`.
struct Separators {
    group: String,
    decimal: String,
}

fn separators_of(formatter: &DecimalFormatter) -> Separators {
    let sample = Decimal::try_from_str("1234.5").expect("a valid decimal");
    let written = formatter.format(&sample).write_to_string().into_owned();
    let between = |from: char, to: char| -> String {
        let start = written.find(from).map_or(0, |i| i + from.len_utf8());
        let end = written.find(to).unwrap_or(start);
        written[start..end.max(start)].to_owned()
    };
    Separators {
        group: between('1', '2'),
        decimal: between('4', '5'),
    }
}

static SEPARATORS: LazyLock<[Separators; 2]> =
    LazyLock::new(|| [separators_of(&FRENCH), separators_of(&ENGLISH)]);

fn separators(lang: Lang) -> &'static Separators {
    match lang {
        Lang::Fr => &SEPARATORS[0],
        Lang::En => &SEPARATORS[1],
    }
}

/// Appends a whole number with its digits grouped by three (French and English CLDR
/// both group from four digits).
pub(super) fn push_grouped(out: &mut String, lang: Lang, value: u64) {
    let mut buffer = itoa::Buffer::new();
    let digits = buffer.format(value);
    let group = &separators(lang).group;
    // The digits before the first separator, then a separator before each group of three.
    let (head, groups) = digits.split_at((digits.len() - 1) % 3 + 1);
    out.reserve(digits.len() + group.len() * (groups.len() / 3));
    out.push_str(head);
    for at in (0..groups.len()).step_by(3) {
        out.push_str(group);
        out.push_str(&groups[at..at + 3]);
    }
}

/// A decimal number, grouped for the reader (`1 234,5` / `1,234.5`).
pub fn decimal(lang: Lang, value: &Decimal) -> String {
    formatter(lang).format(value).write_to_string().into_owned()
}

/// A whole count (`1 000 000` / `1,000,000`).
pub fn count(lang: Lang, value: u64) -> String {
    let mut out = String::with_capacity(26);
    push_grouped(&mut out, lang, value);
    out
}

/// A number given as its plain decimal text (`"6.5"`), as Fluent hands numbers over.
pub fn decimal_str(lang: Lang, plain: &str) -> Option<String> {
    Decimal::try_from_str(plain).ok().map(|d| decimal(lang, &d))
}

/// An amount of money; whole amounts drop the cents (`400 €`, `$400`, `1 200,50 €`).
pub fn money(lang: Lang, amount: Money) -> String {
    let mut out = String::with_capacity(32);
    push_money(&mut out, lang, amount);
    out
}

/// What a currency's amounts are written between, in each language.
fn affixes(lang: Lang, currency: Currency) -> (&'static str, &'static str) {
    match (lang, currency) {
        (Lang::Fr, Currency::Eur) => ("", "\u{a0}€"),
        (Lang::Fr, Currency::Usd) => ("", "\u{a0}$US"),
        (Lang::En, Currency::Eur) => ("€", ""),
        (Lang::En, Currency::Usd) => ("$", ""),
    }
}

/// A price per unit with every decimal it has (`0,005 $US`, `$0.005`).
pub fn price(lang: Lang, units: &rust_decimal::Decimal, currency: Currency) -> String {
    let (before, after) = affixes(lang, currency);
    let digits = decimal_str(lang, &units.normalize().to_string()).unwrap_or_default();
    format!("{before}{digits}{after}")
}

/// Appends an amount of money, as [`money`] writes it.
pub(super) fn push_money(out: &mut String, lang: Lang, amount: Money) {
    let cents = amount.cents.unsigned_abs();
    let (before, after) = affixes(lang, amount.currency);
    if amount.cents < 0 {
        out.push('-');
    }
    out.push_str(before);
    push_grouped(out, lang, cents / 100);
    if !cents.is_multiple_of(100) {
        out.push_str(&separators(lang).decimal);
        let hundredths = cents % 100;
        out.push(char::from(b'0' + (hundredths / 10) as u8));
        out.push(char::from(b'0' + (hundredths % 10) as u8));
    }
    out.push_str(after);
}

/// A percentage given in percent units (`6,5 %` / `6.5%`).
pub fn percent(lang: Lang, value: &rust_decimal::Decimal) -> String {
    let digits = decimal_str(lang, &value.normalize().to_string()).unwrap_or_default();
    match lang {
        Lang::Fr => format!("{digits}\u{202f}%"),
        Lang::En => format!("{digits}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NNBSP: char = '\u{202f}';

    fn eur(cents: i64) -> Money {
        Money::new(cents, Currency::Eur)
    }

    #[test]
    fn french_groups_with_narrow_no_break_spaces() {
        assert_eq!(count(Lang::Fr, 1_000_000), format!("1{NNBSP}000{NNBSP}000"));
        assert_eq!(count(Lang::Fr, 999), "999");
    }

    #[test]
    fn english_groups_with_commas() {
        assert_eq!(count(Lang::En, 1_000_000), "1,000,000");
        assert_eq!(count(Lang::En, 0), "0");
    }

    #[test]
    fn money_follows_the_reader() {
        assert_eq!(
            money(Lang::Fr, eur(120_050)),
            format!("1{NNBSP}200,50\u{a0}€")
        );
        assert_eq!(money(Lang::Fr, eur(40_000)), "400\u{a0}€");
        assert_eq!(money(Lang::En, eur(120_050)), "€1,200.50");
        assert_eq!(money(Lang::En, Money::new(40_000, Currency::Usd)), "$400");
        assert_eq!(money(Lang::En, eur(5)), "€0.05");
        assert_eq!(money(Lang::Fr, eur(-250)), "-2,50\u{a0}€");
    }

    #[test]
    fn our_grouping_matches_icu_everywhere() {
        let mut n: u64 = 0;
        while n < u64::MAX / 7 {
            for lang in Lang::ALL {
                assert_eq!(count(lang, n), decimal(lang, &Decimal::from(n)), "{n}");
                let cents = Money::new(n as i64 % 1_000_000_000_000, Currency::Eur);
                let mut exact = Decimal::from(cents.cents);
                exact.absolute.multiply_pow10(-2);
                let expected = if cents.cents % 100 == 0 {
                    decimal(lang, &Decimal::from(cents.cents / 100))
                } else {
                    decimal(lang, &exact)
                };
                assert!(
                    money(lang, cents).contains(&expected),
                    "{n}: {} vs {expected}",
                    money(lang, cents)
                );
            }
            n = n * 3 + 7;
        }
    }

    #[test]
    fn percentages_follow_the_reader() {
        let six_and_a_half = rust_decimal::Decimal::new(65, 1);
        assert_eq!(percent(Lang::Fr, &six_and_a_half), format!("6,5{NNBSP}%"));
        assert_eq!(percent(Lang::En, &six_and_a_half), "6.5%");
        assert_eq!(
            percent(Lang::En, &rust_decimal::Decimal::new(1500, 2)),
            "15%"
        );
    }
}
