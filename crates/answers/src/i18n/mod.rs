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
use smallvec::SmallVec;
use unic_langid::langid;

pub use format::{count, money, percent};

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
    bundle
        .add_function("NUMBER", fluent_numbers::number)
        .expect("NUMBER is added once");
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
    /// The value as Fluent takes it.
    fn fluent(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            // Fluent keeps numbers as floats: past 2^53 a count is written exactly here
            // (plurals there are all "other").
            Arg::Count(n) if *n > 1 << 53 => FluentValue::String(format::count(lang, *n).into()),
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
    let mut errors = Vec::new();
    let fluent_args = (!args.0.is_empty()).then(|| args.for_lang(lang));
    let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
    match errors.into_iter().next() {
        // A pattern with no variable is the bundle's own text, borrowed.
        None => Ok(text),
        Some(cause) => Err(I18nError::Unwritable {
            id: id.to_owned(),
            lang,
            cause,
        }),
    }
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
