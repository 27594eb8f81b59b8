//! Numbers, money and percentages written the way each language's readers expect
//! (`1 000 000` and `1 200,50 €` in French, `1,000,000` and `€1,200.50` in English).
//!
//! The symbols come from ICU4X's CLDR data, compiled in, so it works offline. Whole
//! numbers and money, the bulk of every reply, are grouped here with the separators ICU
//! gives for the language, and written between the affixes ICU's currency formatter
//! gives for the language and currency (tests check both against ICU's own output);
//! everything else goes through ICU's formatter.

use std::sync::LazyLock;

use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_experimental::dimension::currency::CurrencyType;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_locale_core::locale;
use writeable::Writeable;

use values::{Currency, Lang, Money};

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
fn push_grouped(out: &mut String, lang: Lang, value: u64) {
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

/// How a language writes a currency, as ICU's currency formatter shows it: what comes
/// before and after the digits, and whether the currency has minor units.
struct CurrencyStyle {
    before: String,
    after: String,
    cents: bool,
}

/// Reads a currency's style off ICU's formatting of `1234.5`: the affixes around the
/// digits, and whether a decimal part is shown (the CFA franc has none).
fn style_of(lang: Lang, currency: Currency) -> CurrencyStyle {
    let locale = match lang {
        Lang::Fr => locale!("fr"),
        Lang::En => locale!("en"),
    };
    let code = CurrencyType::try_from_str(&currency.code().to_ascii_lowercase())
        .expect("an ISO 4217 code is a valid currency type");
    let formatter = CurrencyFormatter::try_new_symbol(locale.into(), code, Default::default())
        .expect("ICU4X compiled data has every currency");
    let sample = Decimal::try_from_str("1234.5").expect("a valid decimal");
    let written = formatter
        .format_fixed_decimal(&sample)
        .write_to_string()
        .into_owned();
    let first = written.find('1').unwrap_or(0);
    let last = written.rfind(|c: char| c.is_ascii_digit()).unwrap_or(first);
    CurrencyStyle {
        before: written[..first].to_owned(),
        after: written[last + 1..].to_owned(),
        cents: written[first..=last].ends_with("50"),
    }
}

static STYLES: LazyLock<[[CurrencyStyle; 7]; 2]> = LazyLock::new(|| {
    [Lang::Fr, Lang::En].map(|lang| Currency::ALL.map(|currency| style_of(lang, currency)))
});

fn style(lang: Lang, currency: Currency) -> &'static CurrencyStyle {
    let by_lang = match lang {
        Lang::Fr => &STYLES[0],
        Lang::En => &STYLES[1],
    };
    let index = Currency::ALL
        .iter()
        .position(|c| *c == currency)
        .unwrap_or_default();
    &by_lang[index]
}

/// A price per unit with every decimal it has (`0,005 $US`, `$0.005`).
pub fn price(lang: Lang, units: &rust_decimal::Decimal, currency: Currency) -> String {
    let style = style(lang, currency);
    let digits = decimal_str(lang, &units.normalize().to_string()).unwrap_or_default();
    format!("{}{digits}{}", style.before, style.after)
}

/// Appends an amount of money, as [`money`] writes it. A currency without minor units
/// (the CFA franc) is rounded to the unit.
fn push_money(out: &mut String, lang: Lang, amount: Money) {
    let style = style(lang, amount.currency);
    let mut cents = amount.cents.unsigned_abs();
    if !style.cents {
        cents = cents.saturating_add(50) / 100 * 100;
    }
    if amount.cents < 0 {
        out.push('-');
    }
    out.push_str(&style.before);
    push_grouped(out, lang, cents / 100);
    if !cents.is_multiple_of(100) {
        out.push_str(&separators(lang).decimal);
        let hundredths = cents % 100;
        out.push(char::from(b'0' + (hundredths / 10) as u8));
        out.push(char::from(b'0' + (hundredths % 10) as u8));
    }
    out.push_str(&style.after);
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

    /// What ICU's own currency formatter writes.
    fn icu(lang: Lang, currency: Currency, amount: &str) -> String {
        let locale = match lang {
            Lang::Fr => locale!("fr"),
            Lang::En => locale!("en"),
        };
        let code = CurrencyType::try_from_str(&currency.code().to_ascii_lowercase()).unwrap();
        CurrencyFormatter::try_new_symbol(locale.into(), code, Default::default())
            .unwrap()
            .format_fixed_decimal(&Decimal::try_from_str(amount).unwrap())
            .write_to_string()
            .into_owned()
    }

    #[test]
    fn every_currency_is_written_as_icu_writes_it() {
        for lang in Lang::ALL {
            for currency in Currency::ALL {
                for cents in [1_i64, 99, 123_456, 98_765_432_105] {
                    let amount = Money::new(cents, currency);
                    let exact = format!("{}.{:02}", cents / 100, cents % 100);
                    if currency == Currency::Xof {
                        let whole = (cents + 50) / 100;
                        assert_eq!(money(lang, amount), icu(lang, currency, &whole.to_string()));
                    } else {
                        assert_eq!(money(lang, amount), icu(lang, currency, &exact), "{exact}");
                    }
                }
            }
        }
        assert_eq!(
            money(Lang::Fr, Money::new(65_595_700, Currency::Xof)),
            format!("655{NNBSP}957\u{a0}F{NNBSP}CFA")
        );
        assert_eq!(
            money(Lang::En, Money::new(150_000, Currency::Cad)),
            "CA$1,500"
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
