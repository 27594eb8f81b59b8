//! The brain: pure and platform-free. Text in, [`Reply`] out; every adapter (console,
//! Discord, Telegram) only translates to and from it.

pub mod catalogue;
pub mod choices;
pub mod compose;
pub mod country;
pub mod estimate;
pub mod inputs;
pub mod invocation;
pub mod planning;
pub mod profile;
pub mod question;
pub mod rates;
pub mod reply;
pub mod takehome;
pub mod values;

use crate::values::Lang;
use compose::Ctx;
use inputs::InputError;
use invocation::{Invocation, Parsed};
use rates::Rates;
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
    Reply(Reply),
}

/// The bot's shared, read-only state.
#[derive(Debug, Clone)]
pub struct Brain {
    pub rates: Rates,
    pub default_lang: Lang,
}

impl Brain {
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
            Interpreted::Reply(reply) => reply,
        }
    }

    /// What a message asks for, in which language; replies straight away when there is
    /// nothing to compute (a bad input, a question we cannot read).
    pub fn interpret(&self, request: &Request) -> Interpreted {
        self.interpret_parsed(request, invocation::parse(request.text))
    }

    /// [`Brain::interpret`] for a message the adapter already parsed: Telegram looks at
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
                let Some(reading) = question::read(request.text) else {
                    return Interpreted::Reply(compose::question_pointer(lang, request.text));
                };
                match reading.invocation() {
                    Ok(invocation) => self.command(request, Box::new(invocation), hint),
                    Err(error) => Interpreted::Reply(compose::input_error(lang, &error)),
                }
            }
            Err(error) => {
                // Text over the cap is not read at all, not even for its language.
                let hint = match error {
                    InputError::TooLong { .. } => None,
                    _ => question::language_of(request.text),
                };
                Interpreted::Reply(compose::input_error(self.lang(request, hint), &error))
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

    /// Answers an already parsed command (platforms with structured commands call this).
    pub fn answer(&self, lang: Lang, invocation: &Invocation) -> Reply {
        compose::answer(Ctx::new(&self.rates, lang), invocation)
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
    (spec.fr != spec.en && catalogue::fold(typed) == spec.en).then_some(Lang::En)
}
