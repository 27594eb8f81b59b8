//! Each bundle's number formatter: Fluent keeps numbers as numbers (plurals select on
//! them) but writes them with no grouping, so the bundle hands them to ICU4X; a number
//! marked `useGrouping: "false"` (a year) stays as Fluent writes it.

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::format;
use values::Lang;

pub(super) fn write(lang: Lang, value: &FluentValue) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if !n.options.use_grouping {
        return None;
    }
    whole(n)
        .map(|v| {
            let digits = format::count(lang, v.unsigned_abs());
            if v < 0 { format!("-{digits}") } else { digits }
        })
        .or_else(|| format::decimal_str(lang, &n.as_string()))
}

/// The value when it is a whole number written without decimals (the common case).
pub(super) fn whole(n: &FluentNumber) -> Option<i64> {
    let exact = n.options.minimum_fraction_digits.is_none()
        && n.value.fract() == 0.0
        && n.value.abs() < 9.0e15;
    exact.then_some(n.value as i64)
}

/// Fluent's `NUMBER()`: a number with the options the message gives it
/// (`useGrouping: "false"` for a year).
pub fn number<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    match positional.first() {
        Some(FluentValue::Number(n)) => {
            let mut n = n.clone();
            n.options.merge(named);
            FluentValue::Number(n)
        }
        Some(other) => other.clone(),
        None => FluentValue::Error,
    }
}

/// The French bundle's formatter.
pub fn french(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    write(Lang::Fr, value)
}

/// The English bundle's formatter.
pub fn english(value: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
    write(Lang::En, value)
}
