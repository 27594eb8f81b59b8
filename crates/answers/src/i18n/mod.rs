//! Every user-visible sentence comes from the Fluent files in `locales/`, compiled in.
//! Numbers, money and percentages are written for the reader's language (fluent-rs
//! groups no digits and knows no currencies, so ICU4X does that).

mod fluent_numbers;
mod format;

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use smallvec::SmallVec;
use unic_langid::langid;

pub use format::{count, money};

/// A localized sentence: borrowed straight from the bundle when it has no variables.
pub type Text = Cow<'static, str>;

use values::{Currency, Lang, Money, Percent};

/// Every `.ftl` file, compiled in (`build.rs` rebuilds when `locales/` changes, and a
/// test checks this list against the folder).
pub const FTL_FILES: &[(Lang, &str, &str)] = &[
    (
        Lang::Fr,
        "locales/fr/commands.ftl",
        include_str!("../../../../locales/fr/commands.ftl"),
    ),
    (
        Lang::Fr,
        "locales/fr/replies.ftl",
        include_str!("../../../../locales/fr/replies.ftl"),
    ),
    (
        Lang::Fr,
        "locales/fr/errors.ftl",
        include_str!("../../../../locales/fr/errors.ftl"),
    ),
    (
        Lang::Fr,
        "locales/fr/account.ftl",
        include_str!("../../../../locales/fr/account.ftl"),
    ),
    (
        Lang::En,
        "locales/en/commands.ftl",
        include_str!("../../../../locales/en/commands.ftl"),
    ),
    (
        Lang::En,
        "locales/en/replies.ftl",
        include_str!("../../../../locales/en/replies.ftl"),
    ),
    (
        Lang::En,
        "locales/en/errors.ftl",
        include_str!("../../../../locales/en/errors.ftl"),
    ),
    (
        Lang::En,
        "locales/en/account.ftl",
        include_str!("../../../../locales/en/account.ftl"),
    ),
];

fn build_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = match lang {
        Lang::Fr => langid!("fr"),
        Lang::En => langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Without this, every variable is wrapped in invisible U+2068/U+2069 marks.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::Fr => fluent_numbers::french,
        Lang::En => fluent_numbers::english,
    }));
    for (_, path, text) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
        let resource = FluentResource::try_new((*text).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{path} redefines messages: {errors:?}"));
    }
    bundle
}

/// One bundle per language, built once: lookups borrow it, no per-call copies.
static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| [build_bundle(Lang::Fr), build_bundle(Lang::En)]);

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    match lang {
        Lang::Fr => &BUNDLES[0],
        Lang::En => &BUNDLES[1],
    }
}

/// One argument, kept typed until the language is known.
enum Arg<'a> {
    /// Stays a number so plurals can select on it.
    Count(u64),
    /// An exact non-integer number (a rate, a ratio), written like counts.
    Decimal(rust_decimal::Decimal),
    Money(Money),
    /// A price finer than a cent (`0,005 $US` a diamond).
    Price(rust_decimal::Decimal, Currency),
    Percent(Percent),
    Text(Cow<'a, str>),
}

impl Arg<'_> {
    /// The value as Fluent's resolver takes it (for patterns the fast path leaves).
    fn fluent(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            Arg::Count(n) => FluentValue::from(*n),
            Arg::Decimal(d) => d
                .normalize()
                .to_string()
                .parse::<FluentNumber>()
                .map_or(FluentValue::None, FluentValue::Number),
            Arg::Money(m) => FluentValue::String(format::money(lang, *m).into()),
            Arg::Price(units, currency) => {
                FluentValue::String(format::price(lang, units, *currency).into())
            }
            Arg::Percent(p) => FluentValue::String(format::percent(lang, &p.0).into()),
            Arg::Text(t) => FluentValue::String(Cow::Borrowed(t.as_ref())),
        }
    }

    /// The whole number plurals select on, if the argument is one.
    fn whole(&self) -> Option<u64> {
        match self {
            Arg::Count(n) => Some(*n),
            Arg::Decimal(d) if d.fract().is_zero() => u64::try_from(*d).ok(),
            _ => None,
        }
    }
}

/// Arguments for a message: counts stay numbers (for plurals), money and percentages
/// are written for the message's language when it is formatted. Messages take at most
/// a few, kept inline: building them allocates nothing.
#[derive(Default)]
pub struct Args<'a>(SmallVec<[(&'a str, Arg<'a>); 4]>);

impl<'a> Args<'a> {
    pub fn new() -> Args<'a> {
        Args::default()
    }

    pub fn count(mut self, name: &'a str, value: u64) -> Args<'a> {
        self.push_count(name, value);
        self
    }

    /// An exact non-integer number (a rate, a ratio), formatted like counts.
    pub fn decimal(mut self, name: &'a str, value: rust_decimal::Decimal) -> Args<'a> {
        self.push_decimal(name, value);
        self
    }

    /// A price per unit, written with all the decimals it has (`0,005 $US`).
    pub fn price(
        mut self,
        name: &'a str,
        units: rust_decimal::Decimal,
        currency: Currency,
    ) -> Args<'a> {
        self.push_price(name, units, currency);
        self
    }

    pub fn money(mut self, name: &'a str, value: Money) -> Args<'a> {
        self.push_money(name, value);
        self
    }

    pub fn percent(mut self, name: &'a str, value: Percent) -> Args<'a> {
        self.push_percent(name, value);
        self
    }

    pub fn text(mut self, name: &'a str, value: impl Into<Cow<'a, str>>) -> Args<'a> {
        self.push_text(name, value);
        self
    }

    // The same, in place: arguments built in a loop are not moved once per argument.

    pub fn push_count(&mut self, name: &'a str, value: u64) {
        self.0.push((name, Arg::Count(value)));
    }

    pub fn push_decimal(&mut self, name: &'a str, value: rust_decimal::Decimal) {
        self.0.push((name, Arg::Decimal(value)));
    }

    pub fn push_price(&mut self, name: &'a str, units: rust_decimal::Decimal, currency: Currency) {
        self.0.push((name, Arg::Price(units, currency)));
    }

    pub fn push_money(&mut self, name: &'a str, value: Money) {
        self.0.push((name, Arg::Money(value)));
    }

    pub fn push_percent(&mut self, name: &'a str, value: Percent) {
        self.0.push((name, Arg::Percent(value)));
    }

    pub fn push_text(&mut self, name: &'a str, value: impl Into<Cow<'a, str>>) {
        self.0.push((name, Arg::Text(value.into())));
    }

    fn for_lang(&self, lang: Lang) -> FluentArgs<'_> {
        let mut args = FluentArgs::with_capacity(self.0.len());
        for (name, arg) in &self.0 {
            args.set(*name, arg.fluent(lang));
        }
        args
    }
}

/// A message that cannot be written: a bug in the `.ftl` files or in the code asking.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("{id} ({lang:?}): no such message")]
    NoMessage { id: String, lang: Lang },
    #[error("{id} ({lang:?}): cannot be written")]
    Unwritable {
        id: String,
        lang: Lang,
        #[source]
        cause: fluent_bundle::FluentError,
    },
}

/// Looks a message up strictly: an unknown id or a missing variable is an error.
pub fn try_tr(lang: Lang, id: &str, args: &Args) -> Result<Text, I18nError> {
    let bundle = bundle(lang);
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| I18nError::NoMessage {
            id: id.to_owned(),
            lang,
        })?;
    // Most lines are plain text, or text with variables: no resolver needed for those.
    if let [PatternElement::TextElement { value }] = pattern.elements.as_slice() {
        return Ok(Cow::Borrowed(value));
    }
    if let Some(text) = substitute(lang, pattern, args) {
        return Ok(Cow::Owned(text));
    }
    let mut errors = Vec::new();
    let fluent_args = (!args.0.is_empty()).then(|| args.for_lang(lang));
    // Written into one buffer sized for a typical line, rather than grown piece by piece.
    let mut text = String::with_capacity(128);
    // Writing into a String cannot fail: only Fluent's own errors count.
    let _ = bundle.write_pattern(&mut text, pattern, fluent_args.as_ref(), &mut errors);
    match errors.into_iter().next() {
        None => Ok(Cow::Owned(text)),
        Some(cause) => Err(I18nError::Unwritable {
            id: id.to_owned(),
            lang,
            cause,
        }),
    }
}

/// Each language's cardinal plural rules (CLDR, as Fluent uses them), built once.
static PLURALS: LazyLock<[PluralRules; 2]> = LazyLock::new(|| {
    let rules = |id| PluralRules::create(id, PluralRuleType::CARDINAL).expect("CLDR plural rules");
    [rules(langid!("fr")), rules(langid!("en"))]
});

fn plural_category(lang: Lang, n: u64) -> Option<&'static str> {
    let rules = match lang {
        Lang::Fr => &PLURALS[0],
        Lang::En => &PLURALS[1],
    };
    Some(match rules.select(n).ok()? {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    })
}

/// Writes a pattern made of text, `{ $variable }` placeables and plural selectors on a
/// whole-number variable, exactly as Fluent would (no isolation marks, the bundle's
/// number formatter, the same CLDR plural rules), without Fluent's resolver, which costs
/// more than the whole estimate. Anything else (other selectors, references, a missing
/// variable) returns `None` and goes through Fluent.
fn substitute(lang: Lang, pattern: &Pattern<&str>, args: &Args) -> Option<String> {
    let mut out = String::with_capacity(128);
    substitute_into(&mut out, lang, pattern, args)?;
    Some(out)
}

fn substitute_into(
    out: &mut String,
    lang: Lang,
    pattern: &Pattern<&str>,
    args: &Args,
) -> Option<()> {
    let arg = |name: &str| args.0.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => match arg(id.name)? {
                Arg::Count(n) => format::push_grouped(out, lang, *n),
                decimal @ Arg::Decimal(d) => match decimal.whole() {
                    Some(n) => format::push_grouped(out, lang, n),
                    None => out.push_str(&format::decimal_str(lang, &d.normalize().to_string())?),
                },
                Arg::Money(m) => format::push_money(out, lang, *m),
                Arg::Price(units, currency) => out.push_str(&format::price(lang, units, *currency)),
                Arg::Percent(p) => out.push_str(&format::percent(lang, &p.0)),
                Arg::Text(t) => out.push_str(t),
            },
            PatternElement::Placeable {
                expression:
                    Expression::Select {
                        selector: InlineExpression::VariableReference { id },
                        variants,
                    },
            } => {
                let n = arg(id.name)?.whole()?;
                let category = plural_category(lang, n)?;
                let variant = variants
                    .iter()
                    .find(|v| match v.key {
                        VariantKey::NumberLiteral { value } => value.parse::<u64>() == Ok(n),
                        VariantKey::Identifier { name } => name == category,
                    })
                    .or_else(|| variants.iter().find(|v| v.default))?;
                substitute_into(out, lang, &variant.value, args)?;
            }
            _ => return None,
        }
    }
    Some(())
}

/// A message with arguments. A missing message is a bug: it fails tests and debug
/// builds, and in release it is logged and shown as its id rather than crashing a reply.
pub fn tr_args(lang: Lang, id: &str, args: &Args) -> Text {
    try_tr(lang, id, args).unwrap_or_else(|e| {
        if cfg!(debug_assertions) {
            panic!("localization bug: {e:?}");
        }
        tracing::error!(error = ?e, "localization bug");
        Cow::Owned(format!("[{id}]"))
    })
}

/// A message without arguments.
pub fn tr(lang: Lang, id: &str) -> Text {
    tr_args(lang, id, &Args::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variable name used anywhere in the `.ftl` files.
    fn variable_names() -> Vec<&'static str> {
        let mut names: Vec<&'static str> = FTL_FILES
            .iter()
            .flat_map(|(_, _, text)| text.split('$').skip(1))
            .map(|rest| {
                let end = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                    .unwrap_or(rest.len());
                &rest[..end]
            })
            .filter(|name| !name.is_empty())
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    #[test]
    fn the_fast_path_writes_exactly_what_fluent_writes() {
        let names = variable_names();
        let mut compared = 0;
        for lang in Lang::ALL {
            let bundle = bundle(lang);
            for (_, _, text) in FTL_FILES.iter().filter(|(l, _, _)| *l == lang) {
                let resource = FluentResource::try_new((*text).to_owned()).unwrap();
                for entry in resource.entries() {
                    let fluent_syntax::ast::Entry::Message(message) = entry else {
                        continue;
                    };
                    let pattern = bundle
                        .get_message(message.id.name)
                        .unwrap()
                        .value()
                        .unwrap();
                    for n in [0u64, 1, 2, 21, 1_500_000] {
                        let mut args = Args::new();
                        for name in &names {
                            args = args.count(name, n);
                        }
                        let Some(fast) = substitute(lang, pattern, &args) else {
                            continue;
                        };
                        let mut errors = Vec::new();
                        let fluent_args = args.for_lang(lang);
                        let slow = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                        assert!(errors.is_empty(), "{}: {errors:?}", message.id.name);
                        assert_eq!(fast, slow, "{} ({lang:?}, {n})", message.id.name);
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 100, "only {compared} patterns compared");
    }
}
