//! Every user-visible sentence comes from the Fluent files in `locales/`, compiled in.
//! Numbers, money and percentages are written for the reader's language.

mod format;
mod lang;
mod values;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::fluent_bundle::types::FluentNumber;
use fluent_templates::{LanguageIdentifier, langid};

pub use format::{count, decimal, money, percent};
pub use lang::Lang;

use crate::core::money::Money;
use crate::core::percent::Percent;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "fr",
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(values::format_value));
        },
    };
}

fn langid(lang: Lang) -> LanguageIdentifier {
    match lang {
        Lang::Fr => langid!("fr"),
        Lang::En => langid!("en"),
    }
}

/// Arguments for a message: counts stay numbers (for plurals), money and percentages
/// format themselves in the bundle's language.
#[derive(Default)]
pub struct Args(HashMap<&'static str, FluentValue<'static>>);

impl Args {
    pub fn new() -> Args {
        Args::default()
    }

    pub fn count(mut self, name: &'static str, value: u64) -> Args {
        self.0.insert(name, FluentValue::from(value));
        self
    }

    /// An exact non-integer number (a rate, a ratio), formatted like counts.
    pub fn decimal(mut self, name: &'static str, value: rust_decimal::Decimal) -> Args {
        let number = value
            .normalize()
            .to_string()
            .parse::<FluentNumber>()
            .map_or(FluentValue::None, FluentValue::Number);
        self.0.insert(name, number);
        self
    }

    pub fn money(mut self, name: &'static str, value: Money) -> Args {
        self.0.insert(name, FluentValue::Custom(Box::new(value)));
        self
    }

    pub fn percent(mut self, name: &'static str, value: Percent) -> Args {
        self.0.insert(name, FluentValue::Custom(Box::new(value)));
        self
    }

    pub fn text(mut self, name: &'static str, value: impl Into<Cow<'static, str>>) -> Args {
        self.0.insert(name, FluentValue::String(value.into()));
        self
    }
}

/// Looks a message up strictly: an unknown id or a missing variable is an error.
pub fn try_tr(lang: Lang, id: &str, args: &Args) -> Result<String, String> {
    LOCALES
        .lookup_single_language(&langid(lang), id, Some(&args.0))
        .map_err(|e| format!("{id} ({}): {e}", lang.code()))
}

/// A message with arguments. A missing message is a bug: it fails tests and debug
/// builds, and in release it is logged and shown as its id rather than crashing a reply.
pub fn tr_args(lang: Lang, id: &str, args: &Args) -> String {
    try_tr(lang, id, args).unwrap_or_else(|e| {
        if cfg!(debug_assertions) {
            panic!("localization bug: {e}");
        }
        tracing::error!(error = %e, "localization bug");
        format!("[{id}]")
    })
}

/// A message without arguments.
pub fn tr(lang: Lang, id: &str) -> String {
    tr_args(lang, id, &Args::new())
}
