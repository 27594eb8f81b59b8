//! The answers on the shipped catalogue, and a reply as the console prints it.

use std::sync::LazyLock;

use answers::{Answers, Request};
use figures::Rates;
use values::Lang;

static ANSWERS: LazyLock<Answers> =
    LazyLock::new(|| Answers::new(Rates::embedded().expect("the shipped catalogue"), Lang::Fr));

/// The shipped catalogue, loaded once per test binary.
pub fn rates() -> &'static Rates {
    ANSWERS.rates()
}

pub fn answers() -> &'static Answers {
    &ANSWERS
}

/// The plain-text reply to `text` in `lang`.
pub fn answer(lang: Lang, text: &str) -> String {
    answers::render::plain(&ANSWERS.handle(&Request {
        text,
        lang: Some(lang),
        locale: None,
        card: false,
        shared: false,
    }))
}
