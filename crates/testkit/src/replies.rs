//! The answers on the shipped catalogue, and a reply as the console prints it.

use std::sync::LazyLock;

use answers::reply::Reply;
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

/// The reply to `text` in `lang`, as a chat shows it (`card`: a surface that draws cards).
pub fn reply(lang: Lang, text: &str, card: bool) -> Reply {
    ANSWERS.handle(&Request {
        text,
        lang: Some(lang),
        locale: None,
        card,
        shared: false,
    })
}

/// Text with its narrow and no-break spaces as plain ones, for comparing with what a
/// person types.
pub fn flat(text: String) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
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
