//! Builds localized replies from parsed commands: the pieces every answer shares
//! (ranges, verdicts, notes, source footers) live here, the answers in submodules.

pub mod account;
pub mod actions;
mod asked;
mod clarify;
pub mod community;
mod conditions;
mod estimates;
mod facts;
mod info;
pub mod notices;
pub mod personal;
mod plans;
mod summary;
mod takehome;
mod words;

use catalogue::{CommandId, InputError, Inputs, Invocation, OptionId, StreamId, option};
use estimate::{Precision, Range, StreamEstimate, Verdict};
use figures::ClaimId;
use figures::Rates;
use values::{Currency, Lang, Money};

use crate::citations::Citations;
use crate::i18n::{Text, tr};
use crate::reply::{Field, Reply, StreamSummary};
use catalogue::{Arg, Msg, msg};
use smallvec::SmallVec;
use std::sync::LazyLock;

pub use clarify::{chat, clarify};
pub use info::{input_error, question_pointer};

/// Each language's list separator, as `list-separator` words it (a string literal, so
/// Fluent writes it afresh on every lookup).
static SEPARATORS: LazyLock<[String; 2]> =
    LazyLock::new(|| Lang::ALL.map(|lang| tr(lang, msg::LIST_SEPARATOR).into_owned()));

/// What answering needs besides the command: the rates, their citations and the reply
/// language.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub rates: &'a Rates,
    citations: &'a Citations,
    pub lang: Lang,
    /// Between the items of a list (`" ; "` in French, `"; "` in English), looked up once.
    separator: &'static str,
}

impl<'r> Ctx<'r> {
    pub(crate) fn new(rates: &'r Rates, citations: &'r Citations, lang: Lang) -> Ctx<'r> {
        Ctx {
            rates,
            citations,
            lang,
            separator: match lang {
                Lang::Fr => SEPARATORS[0].as_str(),
                Lang::En => SEPARATORS[1].as_str(),
            },
        }
    }

    /// The same, for a reply in `lang`.
    pub fn in_lang(self, lang: Lang) -> Ctx<'r> {
        Ctx::new(self.rates, self.citations, lang)
    }

    /// A message in the reply's language.
    fn tr<'m, M: Into<Msg<'m>>>(&self, msg: M) -> Text {
        tr(self.lang, msg)
    }

    /// The currency amounts are written in: the one asked for, else the country's, else
    /// the one the language's readers use. It never changes the estimate.
    fn currency(&self, inputs: &Inputs) -> Currency {
        inputs
            .currency
            .or(inputs.country.and_then(|c| c.currency()))
            .unwrap_or(reader_currency(self.lang))
    }

    /// An audience in words, in the reader's language: `60 % France, 40 % États-Unis`.
    fn audience(&self, audience: &text::Audience) -> String {
        let shares: Vec<String> = audience
            .shares()
            .iter()
            .map(|(country, share)| {
                self.tr(msg::AudienceShare {
                    share: Arg::Percent(values::Percent(rust_decimal::Decimal::from(*share))),
                    country: Arg::Text((country.name(self.lang)).into()),
                })
                .into_owned()
            })
            .collect();
        shares.join(", ")
    }

    /// What `≈` means in a reply whose figures were converted: from which currencies, at
    /// which dated reference rates.
    fn fx_line(&self, from: &[Currency], to: Currency) -> Option<Text> {
        if from.is_empty() {
            return None;
        }
        let mut rates = Vec::new();
        for &currency in from.iter().chain([&to]) {
            if currency == Currency::Eur || rates.iter().any(|(c, _)| *c == currency) {
                continue;
            }
            let Some(per_eur) = self.rates.fx().per_eur(currency) else {
                continue;
            };
            let Some((_, source, date)) = self
                .rates
                .fx_sources()
                .iter()
                .find(|(c, _, _)| *c == currency)
            else {
                continue;
            };
            // Who publishes the rate: the date follows, so not the citation's year.
            let Some(who) = self.rates.source(source).map(|s| s.who(self.lang)) else {
                continue;
            };
            let rate = self.tr(msg::FxRate {
                rate: Arg::Price(per_eur, currency),
                source: Arg::Text((who).into()),
                date: Arg::Text((date.as_str()).into()),
            });
            rates.push((currency, rate.into_owned()));
        }
        let names: Vec<String> = from
            .iter()
            .map(|c| self.tr(words::currency(*c)).into_owned())
            .collect();
        let rates: Vec<String> = rates.into_iter().map(|(_, r)| r).collect();
        Some(self.tr(msg::FxConverted {
            count: Arg::Count(rates.len() as u64),
            from: Arg::Text((names.join(", ")).into()),
            rates: Arg::Text((rates.join(self.separator)).into()),
        }))
    }

    /// A month in words (`octobre 2026`, `October 2026`, or `octobre` with no year).
    fn month(&self, year: Option<i64>, month: u32) -> Text {
        let month = Arg::Count(u64::from(month));
        match year {
            Some(year) => self.tr(msg::MonthOfYear {
                month,
                year: Arg::Text(year.to_string().into()),
            }),
            None => self.tr(msg::MonthAlone { month }),
        }
    }

    /// Says so when the country chose the currency (`pays:SN` writes francs CFA).
    fn currency_line(&self, inputs: &Inputs) -> Option<Text> {
        let country = inputs.country.filter(|_| inputs.currency.is_none())?;
        let currency = country
            .currency()
            .filter(|c| *c != reader_currency(self.lang))?;
        Some(self.tr(msg::CurrencyFromCountry {
            currency: Arg::Text(self.tr(words::currency(currency))),
            country: Arg::Text((country.name(self.lang)).into()),
        }))
    }

    fn hint(&self, id: OptionId, threshold: Option<u64>) -> String {
        match threshold {
            Some(value) => format!("{}:{value}", option(id).name(self.lang)),
            None => option(id).hint(self.lang),
        }
    }

    /// A range's ends as shown: an estimate or a converted amount to two significant
    /// figures, an exact one as it is.
    fn shown(&self, range: &Range) -> (Money, Money) {
        let shown = |m: Money| match range.precision {
            Precision::Exact => m,
            Precision::Estimate | Precision::Converted => m.significant(2),
        };
        (shown(range.low), shown(range.high))
    }

    /// A range with the precision it has: an estimate to two significant figures, a
    /// converted amount marked `≈` (`≈ 350 € – 5 300 €`), an exact one to the cent.
    fn range(&self, range: &Range) -> Text {
        let (low, high) = self.shown(range);
        let approx = range.precision == Precision::Converted;
        if low == high {
            let amount = Arg::Money(low);
            let single: Msg = match (range.open_high, approx) {
                (false, false) => msg::RangeSingle { amount }.into(),
                (false, true) => msg::RangeSingleApprox { amount }.into(),
                (true, false) => msg::RangeFrom { amount }.into(),
                (true, true) => msg::RangeFromApprox { amount }.into(),
            };
            return self.tr(single);
        }
        let (low, high) = (Arg::Money(low), Arg::Money(high));
        let both: Msg = match (range.open_high, approx) {
            (false, false) => msg::Range { low, high }.into(),
            (true, false) => msg::RangeOpen { low, high }.into(),
            (false, true) => msg::RangeApprox { low, high }.into(),
            (true, true) => msg::RangeOpenApprox { low, high }.into(),
        };
        self.tr(both)
    }

    /// The sources' short citations, one after the other.
    fn citations(&self, sources: &[&str]) -> String {
        let mut cited: SmallVec<[&str; 4]> = SmallVec::new();
        for source in sources {
            let citation = self.citations.get(source, self.lang);
            if !cited.contains(&citation) {
                cited.push(citation);
            }
        }
        cited.join(self.separator)
    }

    fn hints(&self, hints: &[(OptionId, Option<u64>)]) -> String {
        let mut text = String::with_capacity(24 * hints.len());
        for (i, (option, threshold)) in hints.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(&self.hint(*option, *threshold));
        }
        text
    }

    fn footer(&self, sources: &[&str]) -> Option<Text> {
        if sources.is_empty() {
            return None;
        }
        Some(self.tr(msg::FooterSources {
            list: Arg::Text((self.citations(sources)).into()),
        }))
    }

    /// Closes `reply` with the sources it cites: the footer, and the list its sources
    /// button shows.
    fn cite(&self, reply: &mut Reply, sources: &[&str]) {
        reply.footer = self.footer(sources);
        reply.sources = sources.iter().map(|s| (*s).to_owned()).collect();
    }

    /// A stream as a reply field (range and its unit, verdict, the figures behind the
    /// range, notes) and as machine-readable data, sharing the localized sentences.
    /// Streams often share a verdict ("give followers: to check"): `seen` words each once.
    fn stream<'s>(
        &self,
        stream: &StreamEstimate<'s>,
        currency: Currency,
        seen: &mut Vec<(Verdict<'s>, Vec<Text>, Text)>,
    ) -> (Field, StreamSummary) {
        let (details, verdict_line) = match seen.iter().find(|(v, _, _)| *v == stream.verdict) {
            Some((_, details, line)) => (details.clone(), line.clone()),
            None => {
                let details = self.verdict_details(&stream.verdict);
                let line = self.verdict_line(&stream.verdict, &details);
                seen.push((stream.verdict.clone(), details.clone(), line.clone()));
                (details, line)
            }
        };
        let mut lines = Vec::with_capacity(2 + stream.parts.len() + stream.notes.len());
        if let Some(range) = &stream.range {
            lines.push(self.tr(msg::RangePer {
                range: Arg::Text(self.range(range)),
                per: Arg::Text(self.tr(words::per(stream.per))),
            }));
        }
        lines.push(verdict_line);
        if let Some(range) = &stream.once_eligible {
            lines.push(self.tr(msg::RangeOnceEligible {
                range: Arg::Text(self.range(range)),
                per: Arg::Text(self.tr(words::per(stream.per))),
            }));
        }
        lines.extend(stream.parts.iter().map(|p| self.part(p)));
        lines.extend(stream.notes.iter().map(|n| self.note(n)));
        let field = Field {
            name: self.tr(stream.id.message()),
            lines,
        };
        let summary = StreamSummary {
            id: stream.id,
            per: stream.per,
            low_cents: stream.range.map(|r| r.low.cents),
            high_cents: stream.range.map(|r| r.high.cents),
            open_high: stream.range.is_some_and(|r| r.open_high),
            once_eligible: stream.once_eligible.map(Into::into),
            currency,
            eligible: stream.verdict.eligible(),
            verdict: stream.verdict.key(),
            missing: details,
            sources: stream
                .sources
                .iter()
                .map(|s| self.citations.get(s, self.lang).to_owned())
                .collect(),
        };
        (field, summary)
    }
}

/// An option as a hint after the words that say it (`abonnes:`).
fn option_name(lang: Lang, id: OptionId) -> String {
    format!("{}:", option(id).name(lang))
}

/// The currency a language's readers think in when they name none: euros for French
/// readers, dollars for English ones. It changes how amounts are written, never the estimate.
pub fn reader_currency(lang: Lang) -> Currency {
    match lang {
        Lang::Fr => Currency::Eur,
        Lang::En => Currency::Usd,
    }
}

/// Answers a parsed command that needs no saved data; personal commands need the
/// service, which knows who is asking (see `crate::service`).
pub fn answer(ctx: Ctx, invocation: &Invocation) -> Reply {
    let mut reply = answer_command(ctx, invocation);
    if !reply.is_error {
        reply.inputs = Some(Box::new(used_inputs(&ctx, &invocation.inputs)));
    }
    if reply.summary.is_some() {
        reply.actions = actions::of(&ctx, invocation);
    }
    // A question's reply, refusals included, says what was read: `il me faut vos abonnés`
    // after `Compris : +15 % par mois, objectif 10 000` shows what is missing and why.
    match &invocation.asked {
        Some(asked) => asked::preface(&ctx, invocation.command, asked, &invocation.inputs, reply),
        None => reply,
    }
}

/// No creator gets more views in 30 days than TikTok has monthly users (the claim
/// `views_ceiling`): one cap for every command, the projection's included.
fn within_audience(ctx: &Ctx, inputs: &Inputs) -> Result<(), InputError> {
    let ceiling = ctx.rates.claim(ClaimId::ViewsCeiling);
    let audience = ceiling.count("views");
    for (option, value) in [
        (OptionId::Views, inputs.views),
        (OptionId::Views30d, inputs.views30d),
    ] {
        if let Some(value) = value.filter(|v| *v > audience) {
            let sources: Vec<&str> = ceiling.sources.iter().map(String::as_str).collect();
            return Err(InputError::BeyondAudience {
                option,
                value,
                audience,
                cited: ctx.citations(&sources),
            });
        }
    }
    Ok(())
}

/// The inputs as the reply used them: money with no currency typed is in the reply's.
fn used_inputs(ctx: &Ctx, inputs: &Inputs) -> Inputs {
    let currency = ctx.currency(inputs);
    let mut used = inputs.clone();
    for money in [&mut used.price, &mut used.amount].into_iter().flatten() {
        money.1.get_or_insert(currency);
    }
    used
}

fn answer_command(ctx: Ctx, invocation: &Invocation) -> Reply {
    let inputs = &invocation.inputs;
    if let Err(error) = inputs.check().and_then(|()| within_audience(&ctx, inputs)) {
        return input_error(ctx.lang, &error);
    }
    match invocation.command.id {
        CommandId::Gains => estimates::gains(ctx, inputs),
        CommandId::Eligibility => estimates::eligibility(ctx, inputs),
        CommandId::Sponsorship => estimates::sponsorship(ctx, inputs),
        CommandId::Live => {
            let (stream, title) = (StreamId::LiveGifts, msg::TITLE_LIVE);
            estimates::single_stream(ctx, CommandId::Live, stream, title, inputs)
        }
        CommandId::Product => {
            let (stream, title) = (StreamId::Products, msg::TITLE_PRODUCT);
            estimates::single_stream(ctx, CommandId::Product, stream, title, inputs)
        }
        CommandId::Affiliate => {
            let (stream, title) = (StreamId::Affiliate, msg::TITLE_AFFILIATE);
            estimates::single_stream(ctx, CommandId::Affiliate, stream, title, inputs)
        }
        CommandId::Goal => plans::goal(ctx, inputs),
        CommandId::Projection => plans::projection(ctx, inputs),
        CommandId::Engagement => plans::engagement(ctx, inputs),
        CommandId::TakeHome => takehome::takehome(ctx, inputs),
        CommandId::Sources => info::sources(ctx),
        CommandId::Faq => info::faq(ctx, inputs.topic),
        CommandId::Help => info::help(ctx, inputs.command),
        CommandId::Start => info::start(ctx),
        id @ (CommandId::Profile
        | CommandId::Stats
        | CommandId::Language
        | CommandId::Forget
        | CommandId::Export
        | CommandId::Payout
        | CommandId::Reminder) => account::no_identity(ctx, id),
        // Answered here only where there is no server or group (the service answers it
        // in one).
        CommandId::Config => community::private(ctx),
    }
}

impl Ctx<'_> {
    /// A source's short citation (`Clapico High-Tech, 2025`).
    fn citation(&self, source: &str) -> &str {
        self.citations.get(source, self.lang)
    }
}
