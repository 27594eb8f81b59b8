//! Numbers, money and percentages written the way each language's readers expect
//! (`1 000 000` and `1 200,50 €` in French, `1,000,000` and `€1,200.50` in English).
//!
//! Digit grouping comes from ICU4X's CLDR data, compiled in, so it works offline.

use std::sync::LazyLock;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::locale;
use writeable::Writeable;

use super::Lang;
use crate::core::money::{Currency, Money};

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

/// A decimal number, grouped for the reader (`1 234,5` / `1,234.5`).
pub fn decimal(lang: Lang, value: &Decimal) -> String {
    formatter(lang).format(value).write_to_string().into_owned()
}

/// A whole count (`1 000 000` / `1,000,000`).
pub fn count(lang: Lang, value: u64) -> String {
    decimal(lang, &Decimal::from(value))
}

/// A number given as its plain decimal text (`"6.5"`), as Fluent hands numbers over.
pub fn decimal_str(lang: Lang, plain: &str) -> Option<String> {
    Decimal::try_from_str(plain).ok().map(|d| decimal(lang, &d))
}

/// An amount of money; whole amounts drop the cents (`400 €`, `$400`, `1 200,50 €`).
pub fn money(lang: Lang, amount: Money) -> String {
    let cents = amount.cents.unsigned_abs();
    let mut number = Decimal::from(cents);
    if cents.is_multiple_of(100) {
        number = Decimal::from(cents / 100);
    } else {
        number.absolute.multiply_pow10(-2);
    }
    let (before, after) = match (lang, amount.currency) {
        (Lang::Fr, Currency::Eur) => ("", "\u{a0}€"),
        (Lang::Fr, Currency::Usd) => ("", "\u{a0}$US"),
        (Lang::En, Currency::Eur) => ("€", ""),
        (Lang::En, Currency::Usd) => ("$", ""),
    };
    let mut out = String::with_capacity(24);
    if amount.cents < 0 {
        out.push('-');
    }
    out.push_str(before);
    // Writing into a String cannot fail.
    let _ = formatter(lang).format(&number).write_to(&mut out);
    out.push_str(after);
    out
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
