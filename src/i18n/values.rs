//! Plugs our formatting into Fluent: numbers get locale grouping through the bundle's
//! formatter, and money and percentages are Fluent values that write themselves in
//! the bundle's language.

use std::borrow::Cow;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::fluent_bundle::types::FluentType;
use intl_memoizer::{IntlLangMemoizer, Memoizable, concurrent};
use unic_langid::LanguageIdentifier;

use super::{Lang, format};
use crate::core::money::Money;
use crate::core::percent::Percent;

/// The language of the bundle a value is being written into.
struct BundleLang(Lang);

impl Memoizable for BundleLang {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Lang::from_locale(lang.language.as_str())
            .map(BundleLang)
            .ok_or(())
    }
}

fn concurrent_lang(intls: &concurrent::IntlLangMemoizer) -> Lang {
    intls
        .with_try_get::<BundleLang, _, _>((), |l| l.0)
        .unwrap_or(Lang::Fr)
}

fn local_lang(intls: &IntlLangMemoizer) -> Lang {
    intls
        .with_try_get::<BundleLang, _, _>((), |l| l.0)
        .unwrap_or(Lang::Fr)
}

/// The bundle formatter: groups digits for the bundle's language (fluent-rs does none).
pub fn format_value(value: &FluentValue, intls: &concurrent::IntlLangMemoizer) -> Option<String> {
    match value {
        FluentValue::Number(n) => format::decimal_str(concurrent_lang(intls), &n.as_string()),
        _ => None,
    }
}

impl FluentType for Money {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(*self)
    }

    fn as_string(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        format::money(local_lang(intls), *self).into()
    }

    fn as_string_threadsafe(&self, intls: &concurrent::IntlLangMemoizer) -> Cow<'static, str> {
        format::money(concurrent_lang(intls), *self).into()
    }
}

impl FluentType for Percent {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(*self)
    }

    fn as_string(&self, intls: &IntlLangMemoizer) -> Cow<'static, str> {
        format::percent(local_lang(intls), &self.0).into()
    }

    fn as_string_threadsafe(&self, intls: &concurrent::IntlLangMemoizer) -> Cow<'static, str> {
        format::percent(concurrent_lang(intls), &self.0).into()
    }
}
