//! Numbers, money and percentages written the way each language's readers expect
//! (`1 000 000` and `1 200,50 €` in French, `1,000,000` and `€1,200.50` in English), by
//! ICU4X's decimal formatter, with CLDR's data compiled in so it works offline. ICU's
//! currency formatter always writes cents (`400,00 €`) and rounds prices to them, where
//! a reply writes `400 €` and a diamond's `0,005 $US`: amounts are written by the decimal
//! formatter between the affixes the currency formatter puts around `1234.5`.

use std::sync::LazyLock;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_locale_core::{Locale, locale};
use writeable::Writeable;

use values::{Currency, Lang, Money};

fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::Fr => locale!("fr"),
        Lang::En => locale!("en"),
    }
}

#[expect(
    clippy::expect_used,
    reason = "ICU4X compiled data has French and English decimal symbols"
)]
static DECIMALS: LazyLock<[DecimalFormatter; 2]> = LazyLock::new(|| {
    Lang::ALL.map(|lang| {
        DecimalFormatter::try_new(locale(lang).into(), Default::default())
            .expect("ICU4X compiled data has French and English decimal symbols")
    })
});

fn index(lang: Lang) -> usize {
    match lang {
        Lang::Fr => 0,
        Lang::En => 1,
    }
}

/// What comes before and after the digits of an amount in a currency, as ICU's currency
/// formatter writes it for a language.
struct Affixes {
    before: String,
    after: String,
}

#[expect(
    clippy::expect_used,
    reason = "an ISO 4217 code and the compiled-in CLDR data; every currency is tested"
)]
fn affixes_of(lang: Lang, currency: Currency) -> Affixes {
    let code = CurrencyType::try_from_str(&currency.code().to_ascii_lowercase())
        .expect("an ISO 4217 code is a valid currency type");
    let formatter =
        CurrencyFormatter::try_new_symbol(locale(lang).into(), code, Default::default())
            .expect("ICU4X compiled data has every currency");
    let sample = Decimal::try_from_str("1234.5").expect("a valid decimal");
    let written = formatter
        .format_fixed_decimal(&sample)
        .write_to_string()
        .into_owned();
    let first = written.find('1').unwrap_or(0);
    let last = written.rfind(|c: char| c.is_ascii_digit()).unwrap_or(first);
    Affixes {
        before: written[..first].to_owned(),
        after: written[last + 1..].to_owned(),
    }
}

/// Each language's affixes for each currency, read once.
static AFFIXES: LazyLock<[[Affixes; Currency::ALL.len()]; 2]> = LazyLock::new(|| {
    Lang::ALL.map(|lang| Currency::ALL.map(|currency| affixes_of(lang, currency)))
});

fn affixes(lang: Lang, currency: Currency) -> &'static Affixes {
    let at = Currency::ALL
        .iter()
        .position(|c| *c == currency)
        .unwrap_or_default();
    &AFFIXES[index(lang)][at]
}

/// A decimal number, grouped for the reader (`1 234,5` / `1,234.5`).
pub fn decimal(lang: Lang, value: &Decimal) -> String {
    DECIMALS[index(lang)]
        .format(value)
        .write_to_string()
        .into_owned()
}

/// A whole count (`1 000 000` / `1,000,000`).
pub fn count(lang: Lang, value: u64) -> String {
    decimal(lang, &Decimal::from(value))
}

/// A number given as its plain decimal text (`"6.5"`), as Fluent hands numbers over.
pub fn decimal_str(lang: Lang, plain: &str) -> Option<String> {
    Decimal::try_from_str(plain).ok().map(|d| decimal(lang, &d))
}

/// An amount written with exactly the digits of `magnitude`, in `currency`.
fn in_currency(lang: Lang, currency: Currency, negative: bool, magnitude: &Decimal) -> String {
    let affixes = affixes(lang, currency);
    let sign = if negative { "-" } else { "" };
    format!(
        "{sign}{}{}{}",
        affixes.before,
        decimal(lang, magnitude),
        affixes.after
    )
}

/// An amount of money; whole amounts drop the cents (`400 €`, `$400`, `1 200,50 €`). A
/// currency without minor units (the CFA franc) is rounded to the unit.
pub fn money(lang: Lang, amount: Money) -> String {
    let mut cents = amount.cents;
    if amount.currency.minor_units() == 0 {
        cents = (cents.saturating_add(50 * cents.signum()) / 100).saturating_mul(100);
    }
    let magnitude = cents.unsigned_abs();
    let value = if magnitude.is_multiple_of(100) {
        Decimal::from(magnitude / 100)
    } else {
        let mut value = Decimal::from(magnitude);
        value.absolute.multiply_pow10(-2);
        value
    };
    in_currency(lang, amount.currency, cents < 0, &value)
}

/// A price per unit with every decimal it has (`0,005 $US`, `$0.005`).
pub fn price(lang: Lang, units: &rust_decimal::Decimal, currency: Currency) -> String {
    match Decimal::try_from_str(&units.abs().normalize().to_string()) {
        Ok(value) => in_currency(lang, currency, units.is_sign_negative(), &value),
        Err(_) => String::new(),
    }
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
    const NBSP: char = '\u{a0}';

    fn eur(cents: i64) -> Money {
        Money::new(cents, Currency::Eur)
    }

    #[test]
    fn french_groups_with_narrow_no_break_spaces() {
        assert_eq!(count(Lang::Fr, 1_000_000), format!("1{NNBSP}000{NNBSP}000"));
        assert_eq!(count(Lang::Fr, 999), "999");
        assert_eq!(count(Lang::Fr, 1_000), format!("1{NNBSP}000"));
    }

    #[test]
    fn english_groups_with_commas() {
        assert_eq!(count(Lang::En, 1_000_000), "1,000,000");
        assert_eq!(count(Lang::En, 0), "0");
        assert_eq!(count(Lang::En, u64::MAX), "18,446,744,073,709,551,615");
    }

    #[test]
    fn money_follows_the_reader() {
        assert_eq!(
            money(Lang::Fr, eur(120_050)),
            format!("1{NNBSP}200,50{NBSP}€")
        );
        assert_eq!(money(Lang::Fr, eur(40_000)), format!("400{NBSP}€"));
        assert_eq!(money(Lang::En, eur(120_050)), "€1,200.50");
        assert_eq!(money(Lang::En, Money::new(40_000, Currency::Usd)), "$400");
        assert_eq!(money(Lang::En, eur(5)), "€0.05");
        assert_eq!(money(Lang::Fr, eur(-250)), format!("-2,50{NBSP}€"));
        assert_eq!(
            money(Lang::Fr, Money::new(1, Currency::Usd)),
            format!("0,01{NBSP}$US")
        );
        assert_eq!(
            money(Lang::En, Money::new(150_000, Currency::Cad)),
            "CA$1,500"
        );
        assert_eq!(
            money(Lang::En, Money::new(123_456, Currency::Gbp)),
            "£1,234.56"
        );
        assert_eq!(
            money(Lang::Fr, Money::new(99, Currency::Chf)),
            format!("0,99{NBSP}CHF")
        );
    }

    #[test]
    fn the_cfa_franc_has_no_cents() {
        assert_eq!(
            money(Lang::Fr, Money::new(65_595_700, Currency::Xof)),
            format!("655{NNBSP}957{NBSP}F{NNBSP}CFA")
        );
        assert_eq!(
            money(Lang::Fr, Money::new(65_595_750, Currency::Xof)),
            format!("655{NNBSP}958{NBSP}F{NNBSP}CFA")
        );
    }

    #[test]
    fn prices_keep_every_decimal() {
        let half_a_cent = rust_decimal::Decimal::new(5, 3);
        assert_eq!(price(Lang::En, &half_a_cent, Currency::Usd), "$0.005");
        assert_eq!(
            price(Lang::Fr, &half_a_cent, Currency::Usd),
            format!("0,005{NBSP}$US")
        );
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
