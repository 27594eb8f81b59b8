//! Every user-visible sentence comes from the Fluent files in `locales/`, compiled in.
//! Numbers, money and percentages are written for the reader's language (fluent-rs
//! groups no digits and knows no currencies, so ICU4X does that).

mod fluent_numbers;
mod format;

use std::borrow::Cow;
use std::sync::LazyLock;

use catalogue::{Arg, Msg};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::langid;

pub use format::{count, money, percent};

/// A localized sentence: borrowed straight from the bundle when it has no variables.
pub type Text = Cow<'static, str>;

use values::Lang;

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

#[expect(clippy::expect_used, reason = "NUMBER is added once to a new bundle")]
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

/// An argument as Fluent takes it, written for `lang`: counts stay numbers (for
/// plurals), money and percentages are written for the message's language.
fn fluent<'a>(arg: &'a Arg, lang: Lang) -> FluentValue<'a> {
    match arg {
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

fn fluent_args<'a>(msg: &'a Msg, lang: Lang) -> FluentArgs<'a> {
    let mut args = FluentArgs::with_capacity(msg.args.len());
    for (name, arg) in &msg.args {
        args.set(*name, fluent(arg, lang));
    }
    args
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

/// Looks a message up strictly: a missing variable is an error (the ids themselves are
/// checked by the compiler, see `catalogue::msg`).
pub fn try_tr(lang: Lang, msg: &Msg) -> Result<Text, I18nError> {
    let id = msg.id.id();
    let bundle = bundle(lang);
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| I18nError::NoMessage {
            id: id.to_owned(),
            lang,
        })?;
    let mut errors = Vec::new();
    let fluent_args = (!msg.args.is_empty()).then(|| fluent_args(msg, lang));
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

/// A message in `lang`. One that cannot be written is a bug: it fails tests and debug
/// builds, and in release it is logged and shown as its id rather than crashing a reply.
pub fn tr<'a>(lang: Lang, msg: impl Into<Msg<'a>>) -> Text {
    let msg = msg.into();
    try_tr(lang, &msg).unwrap_or_else(|e| {
        if cfg!(debug_assertions) {
            panic!("localization bug: {e:?}");
        }
        tracing::error!(error = ?e, "localization bug");
        Cow::Owned(format!("[{}]", msg.id.id()))
    })
}
