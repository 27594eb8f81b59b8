//! The answers: a message in, a [`Reply`] out. The reader reads it, the estimator
//! computes, and the reply is worded once, in the reader's language, from the Fluent
//! files in `locales/`; the platforms only render it. Plain text and JSON renderings
//! (the console, `gainsbot ask`) live here too.
//!
//! It may know no platform, no store and no clock: who is asking and what they saved is
//! the service's business (`edge::service`), which passes them in.

mod citations;
pub mod compose;
pub mod i18n;
pub mod press;
pub mod render;
pub mod reply;

use catalogue::{InputError, Invocation, Parsed};
use figures::Rates;
use reader::question::{self, Understood};
use values::Lang;

use citations::Citations;
use compose::Ctx;
use reply::Reply;

/// One message to answer, with what is known of its sender's language.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub text: &'a str,
    /// An explicit choice (saved preference, `--lang`), which always wins.
    pub lang: Option<Lang>,
    /// The platform's locale for the sender (`fr`, `en-GB`…).
    pub locale: Option<&'a str>,
    /// The surface shows result cards unless the user says `carte:non`.
    pub card: bool,
    /// Others see the reply (a group, a server channel): personal commands are refused
    /// there, and the asker is told to write in private.
    pub shared: bool,
}

/// A message read: a command to answer in a language, or already a reply.
#[derive(Debug)]
pub enum Interpreted {
    Command(Lang, Box<Invocation>),
    Reply(Box<Reply>),
}

/// What answering needs, built once and shared read-only: the figures, each source's
/// citation in both languages, and the language to fall back on.
#[derive(Debug, Clone)]
pub struct Answers {
    rates: Rates,
    citations: Citations,
    default_lang: Lang,
}

impl Answers {
    pub fn new(rates: Rates, default_lang: Lang) -> Answers {
        Answers {
            citations: Citations::of(&rates),
            rates,
            default_lang,
        }
    }

    pub fn rates(&self) -> &Rates {
        &self.rates
    }

    /// The language when neither the user, the platform nor the words say.
    pub fn default_lang(&self) -> Lang {
        self.default_lang
    }

    /// What wording a reply in `lang` needs.
    pub fn ctx(&self, lang: Lang) -> Ctx<'_> {
        Ctx::new(&self.rates, &self.citations, lang)
    }

    /// The reply language: explicit choice, platform locale, the words typed, the default.
    fn lang(&self, request: &Request, hint: Option<Lang>) -> Lang {
        request
            .lang
            .or_else(|| request.locale.and_then(Lang::from_locale))
            .or(hint)
            .unwrap_or(self.default_lang)
    }

    /// Answers one message: a command, a question, or a bad input explained.
    pub fn handle(&self, request: &Request) -> Reply {
        match self.interpret(request) {
            Interpreted::Command(lang, invocation) => self.answer(lang, &invocation),
            Interpreted::Reply(reply) => *reply,
        }
    }

    /// What a message asks for, in which language; replies straight away when there is
    /// nothing to compute (a bad input, a question we cannot read).
    pub fn interpret(&self, request: &Request) -> Interpreted {
        self.interpret_parsed(request, reader::parse(request.text))
    }

    /// [`Answers::interpret`] for a message the adapter already parsed: Telegram looks at
    /// the command first, to keep personal ones out of groups, and Discord's commands come
    /// split into options (with no text, the language comes from the sender alone).
    pub fn interpret_parsed(
        &self,
        request: &Request,
        parsed: Result<Parsed, InputError>,
    ) -> Interpreted {
        match parsed {
            Ok(Parsed::Command(invocation)) => {
                let hint = command_language(request.text, &invocation);
                self.command(request, invocation, hint)
            }
            Ok(Parsed::Question) => {
                let hint = question::language_of(request.text);
                let lang = self.lang(request, hint);
                let reading = match question::read(request.text) {
                    Understood::Read(reading) => reading,
                    Understood::Chat => return Interpreted::Reply(Box::new(compose::chat(lang))),
                    Understood::Unsure(readings) if readings.is_empty() => {
                        return Interpreted::Reply(Box::new(compose::question_pointer(
                            lang,
                            request.text,
                        )));
                    }
                    Understood::Unsure(readings) => {
                        return Interpreted::Reply(Box::new(compose::clarify(
                            self.ctx(lang),
                            request.text,
                            readings,
                        )));
                    }
                };
                match reading.invocation() {
                    Ok(invocation) => self.command(request, Box::new(invocation), hint),
                    Err(error) => Interpreted::Reply(Box::new(compose::input_error(lang, &error))),
                }
            }
            Err(error) => {
                // Text over the cap is not read at all, not even for its language.
                let hint = match error {
                    InputError::TooLong { .. } => None,
                    _ => question::language_of(request.text),
                };
                Interpreted::Reply(Box::new(compose::input_error(
                    self.lang(request, hint),
                    &error,
                )))
            }
        }
    }

    fn command(
        &self,
        request: &Request,
        mut invocation: Box<Invocation>,
        hint: Option<Lang>,
    ) -> Interpreted {
        let takes_card = invocation
            .command
            .options
            .contains(&catalogue::OptionId::Card);
        // The surface's default shows a card; it is never a value to save (`/profil`
        // in a private chat would otherwise save `carte:oui` unasked).
        let personal = invocation.command.personal;
        if request.card && takes_card && !personal && invocation.inputs.card.is_none() {
            invocation.inputs.card = Some(true);
        }
        Interpreted::Command(self.lang(request, hint), invocation)
    }

    /// What a button shows when pressed, in the language of whoever pressed it; an old
    /// or forged press gets "this answer has expired".
    pub fn press(&self, lang: Lang, data: &str) -> Reply {
        let ctx = self.ctx(lang);
        match press::decode(data) {
            Ok((kind, invocation)) => compose::actions::pressed(ctx, kind, &invocation),
            Err(_) => compose::actions::expired(ctx, catalogue::CommandId::Gains),
        }
    }

    /// Answers an already parsed command (platforms with structured commands call this).
    pub fn answer(&self, lang: Lang, invocation: &Invocation) -> Reply {
        compose::answer(self.ctx(lang), invocation)
    }
}

/// An English command name (`/earnings`) hints English. French names give no hint:
/// `gains` is an English word too, and French is the usual default anyway.
fn command_language(text: &str, invocation: &Invocation) -> Option<Lang> {
    let spec = invocation.command;
    let typed = text
        .trim()
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '@')
        .next()?;
    (spec.fr != spec.en && text::fold(typed) == spec.en).then_some(Lang::En)
}
