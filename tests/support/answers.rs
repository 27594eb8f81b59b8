//! The brain on the shipped catalogue, and a reply as the console prints it.

use std::sync::LazyLock;

use gainsbot::core::rates::Rates;
use gainsbot::core::{Brain, Request};
use gainsbot::values::Lang;

static BRAIN: LazyLock<Brain> = LazyLock::new(|| Brain {
    rates: Rates::embedded().expect("the shipped catalogue"),
    default_lang: Lang::Fr,
});

/// The shipped catalogue, loaded once per test binary.
pub fn rates() -> &'static Rates {
    &BRAIN.rates
}

#[allow(dead_code, reason = "not every test binary asks the brain directly")]
pub fn brain() -> &'static Brain {
    &BRAIN
}

/// The plain-text reply to `text` in `lang`.
#[allow(dead_code, reason = "not every test binary reads replies as text")]
pub fn answer(lang: Lang, text: &str) -> String {
    gainsbot::render::plain(&BRAIN.handle(&Request {
        text,
        lang: Some(lang),
        locale: None,
        card: false,
        shared: false,
    }))
}
