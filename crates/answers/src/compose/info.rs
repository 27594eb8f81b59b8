//! Answers without arithmetic: sources, FAQ, help, and the replies to bad input.

use super::Ctx;
use super::conditions;
use crate::i18n::{Args, Text, tr, tr_args};
use crate::reply::Reply;
use catalogue::StreamId;
use catalogue::{Choice, Period, Topic};
use catalogue::{CommandId, OptionId, ValueKind, command, listed, option};
use catalogue::{InputError, Inputs};
use estimate::streams::creator_rewards;
use estimate::{Estimator, Note, Place, StreamEstimate, push_unique};
use figures::{ClaimId, Group, Rate, RateId, Source, SourceKind, Unit};
use rust_decimal::Decimal;
use text::Country;
use text::ValueProblem;
use values::{Currency, Lang, Money, Percent};

/// A group's name in the reader's language: a stream's, or a topic's (`topic-<key>`).
fn group_name(ctx: &Ctx, group: Group) -> Text {
    ctx.tr(match group {
        Group::Stream(stream) => stream.message(),
        Group::Engagement => "topic-engagement",
        Group::Growth => "topic-growth",
        Group::Payouts => "topic-payouts",
        Group::Taxes => "topic-taxes",
    })
}

/// A source as people can look it up: who, title (as published) or description, year.
fn long_citation(ctx: &Ctx, source: &Source) -> Text {
    let year = match source.year() {
        Some(year) => Text::Owned(year.to_owned()),
        None => ctx.tr("cite-no-year"),
    };
    let args = Args::new()
        .text("who", source.who(ctx.lang))
        .text("year", year);
    match (&source.title, source.label(ctx.lang)) {
        (Some(title), _) => ctx.tr_args("cite-long", args.text("title", title.as_str())),
        (None, Some(label)) => ctx.tr_args("cite-long-label", args.text("label", label)),
        (None, None) => ctx.tr_args("cite-long-label", args.text("label", "")),
    }
}

/// Every source: who and what it is, where to read it, its date, and what the bot takes
/// from it, in its own words. Articles first, then the public figures added beyond them.
pub fn sources(ctx: Ctx) -> Reply {
    let rates = ctx.rates;
    let mut reply = Reply::new(CommandId::Sources, ctx.lang, ctx.tr("title-sources"))
        .line(ctx.tr("sources-intro"));
    for kind in [SourceKind::Article, SourceKind::Public] {
        for (id, source) in rates.sources().iter().filter(|(_, s)| s.kind == kind) {
            let mut lines: Vec<Text> = vec![ctx.tr(match kind {
                SourceKind::Article => "sources-kind-article",
                SourceKind::Public => "sources-kind-public",
            })];
            if let Some(url) = &source.url {
                lines.push(Text::Owned(url.clone()));
            }
            lines.push(ctx.tr_args(
                if source.read {
                    "sources-read"
                } else {
                    "sources-dated"
                },
                Args::new().text("date", source.date.as_str()),
            ));
            // An article's own words where we quote them; a public figure described in
            // the reader's language.
            let mut said: Vec<(Text, Text)> = Vec::new();
            for rate in rates.all().iter().filter(|r| &r.source == id) {
                let what = match rate.says.as_deref() {
                    Some(says) if kind == SourceKind::Article => Text::Owned(says.to_owned()),
                    _ => figure(&ctx, rate),
                };
                said.push((group_name(&ctx, rate.stream), what));
            }
            for claim in rates.claims() {
                if let Some(says) = claim.says_for(id) {
                    said.push((group_name(&ctx, claim.stream), Text::Owned(says.to_owned())));
                }
            }
            for list in rates
                .country_lists(StreamId::CreatorRewards)
                .filter(|l| &l.source == id)
            {
                let names: Vec<&str> = list
                    .codes
                    .iter()
                    .filter_map(|c| Country::parse(c))
                    .map(|c| c.name(ctx.lang))
                    .collect();
                let what = ctx.tr_args(
                    "sources-countries",
                    Args::new().text("countries", names.join(", ")),
                );
                said.push((ctx.tr(StreamId::CreatorRewards.message()), what));
            }
            for (currency, _, _) in rates.fx_sources().iter().filter(|(_, s, _)| s == id) {
                let what = ctx.tr_args(
                    "sources-fx-rate",
                    Args::new()
                        .money("eur", Money::new(100, Currency::Eur))
                        .decimal("rate", rates.fx().per_eur(*currency).unwrap_or_default())
                        .text("currency", currency.code()),
                );
                said.push((ctx.tr("topic-fx"), what));
            }
            said.sort();
            said.dedup();
            for (group, what) in said {
                lines.push(ctx.tr_args(
                    "sources-says",
                    Args::new().text("group", group).text("says", what),
                ));
            }
            reply = reply.field(long_citation(&ctx, source), lines);
        }
    }
    for (currency, source, date) in rates.fx_sources() {
        let per_eur = rates.fx().per_eur(*currency).unwrap_or_default();
        let who = rates
            .source(source)
            .map(|s| s.who(ctx.lang))
            .unwrap_or_default();
        reply = reply.line(
            ctx.tr_args(
                "sources-fx",
                Args::new()
                    .money("eur", Money::new(100, Currency::Eur))
                    .decimal("rate", per_eur)
                    .text("currency", currency.code())
                    .text("source", who)
                    .text("date", date.as_str()),
            ),
        );
    }
    reply
}

/// The sources one reply cites, as people can look them up: who, the title, where to
/// read it and its date (a reply's sources button).
pub(super) fn cited(ctx: Ctx, command: CommandId, ids: &[String]) -> Reply {
    let mut reply = Reply::new(command, ctx.lang, ctx.tr("title-cited"));
    for source in ids.iter().filter_map(|id| ctx.rates.source(id)) {
        let mut lines: Vec<Text> = Vec::new();
        if let Some(url) = &source.url {
            lines.push(Text::Owned(url.clone()));
        }
        lines.push(ctx.tr_args(
            if source.read {
                "sources-read"
            } else {
                "sources-dated"
            },
            Args::new().text("date", source.date.as_str()),
        ));
        reply = reply.field(long_citation(&ctx, source), lines);
    }
    reply.line(ctx.tr("cited-all"))
}

/// A public figure described in the reader's language: its amount and what it is for.
fn figure(ctx: &Ctx, rate: &Rate) -> Text {
    let currency = rate.currency.unwrap_or(Currency::Usd);
    let amount = |units: Decimal| {
        if units.round_dp(2) == units {
            ctx.tr_args(
                "range-single",
                Args::new().money("amount", Money::from_units(units, currency)),
            )
        } else {
            ctx.tr_args(
                "sources-price",
                Args::new().price("amount", units, currency),
            )
        }
    };
    let value = if rate.unit == Unit::Percent {
        ctx.tr_args(
            "sources-percent",
            Args::new().percent("value", Percent(rate.low)),
        )
    } else if rate.unit == Unit::CoinsPerDiamond {
        ctx.tr_args(
            "sources-coins-per-diamond",
            Args::new().decimal("coins", rate.low),
        )
    } else if rate.high.is_some_and(|h| h != rate.low) {
        let id = if rate.open_high {
            "range-open"
        } else {
            "range"
        };
        ctx.tr_args(
            id,
            Args::new()
                .text("low", amount(rate.low))
                .text("high", amount(rate.high_or_low())),
        )
    } else if rate.open_high {
        ctx.tr_args("range-from", Args::new().text("amount", amount(rate.low)))
    } else {
        amount(rate.low)
    };
    let unit = match rate.unit {
        Unit::Per1000Views => "sources-unit-per_1000_views",
        Unit::PerSponsoredVideo => "sources-unit-per_sponsored_video",
        Unit::PerCoin => "sources-unit-per_coin",
        Unit::PerDiamond => "sources-unit-per_diamond",
        Unit::AmountPerYear => "sources-unit-per_year",
        Unit::Amount | Unit::Percent | Unit::CoinsPerDiamond => "sources-unit-none",
    };
    let mut text = ctx
        .tr_args(
            "sources-figure",
            Args::new().text("value", value).text("unit", ctx.tr(unit)),
        )
        .into_owned();
    match creator_rewards::place(rate) {
        Place::Country(country) => text.push_str(&ctx.tr_args(
            "sources-figure-place",
            Args::new().text("place", country.name(ctx.lang)),
        )),
        Place::Region(region) => text.push_str(&ctx.tr_args(
            "sources-figure-place",
            Args::new().text("place", ctx.tr(&format!("region-{region}"))),
        )),
        Place::Unspecified => {}
    }
    if let Some(followers) = rate.followers {
        text.push_str(&ctx.tr_args(
            "sources-figure-followers",
            Args::new().count("followers", followers),
        ));
    }
    Text::Owned(text)
}

/// The answer to one recurring question, or the list of topics.
pub fn faq(ctx: Ctx, topic: Option<Topic>) -> Reply {
    let Some(topic) = topic else {
        let topics: Vec<&str> = Topic::TABLE
            .iter()
            .map(|row| row.0.name(ctx.lang))
            .collect();
        let faq = command(CommandId::Faq).name(ctx.lang);
        return Reply::new(CommandId::Faq, ctx.lang, ctx.tr("title-faq")).line(
            ctx.tr_args(
                "faq-topics",
                Args::new()
                    .text("topics", topics.join(", "))
                    .text("command", faq),
            ),
        );
    };
    let rates = ctx.rates;
    let cite = |ids: &[&str]| ctx.citations(ids);
    let claim_sources =
        |id: ClaimId| -> Vec<&str> { rates.claim(id).sources.iter().map(String::as_str).collect() };
    let (line, sources): (Text, Vec<&str>) = match topic {
        Topic::Payouts => {
            let payout = rates.rate(RateId::PayoutMinimum);
            let currency = payout.currency.unwrap_or(Currency::Usd);
            let methods = rates.claim(ClaimId::PayoutMethods);
            let outside = rates.claim(ClaimId::PayoutsOutsideApp);
            let mut sources = claim_sources(ClaimId::PayoutMethods);
            push_unique(&mut sources, [payout.source.as_str()]);
            push_unique(&mut sources, outside.sources.iter().map(String::as_str));
            (
                ctx.tr_args(
                    "faq-payouts",
                    Args::new()
                        .money("low", Money::from_units(payout.low, currency))
                        .money("high", Money::from_units(payout.high_or_low(), currency))
                        .text("source", cite(&sources))
                        .text("methods", ctx.note(&Note::claim(methods)))
                        .text("outside", ctx.note(&Note::claim(outside))),
                ),
                sources,
            )
        }
        Topic::Taxes => {
            let threshold = rates.rate(RateId::TaxMicroThreshold);
            (
                ctx.tr_args(
                    "faq-taxes",
                    Args::new()
                        .money(
                            "threshold",
                            Money::from_units(
                                threshold.low,
                                threshold.currency.unwrap_or(Currency::Eur),
                            ),
                        )
                        .text("source", cite(&[threshold.source.as_str()])),
                ),
                vec![threshold.source.as_str()],
            )
        }
        Topic::Likes => (
            ctx.note(&Note::claim_as(
                "faq-likes",
                rates.claim(ClaimId::CrpQualifiedViews),
            )),
            claim_sources(ClaimId::CrpQualifiedViews),
        ),
        Topic::Followers | Topic::TurnOn => {
            let (lines, sources) = if topic == Topic::Followers {
                followers_faq(&ctx)
            } else {
                turn_on_faq(&ctx)
            };
            let mut reply = Reply::new(CommandId::Faq, ctx.lang, faq_title(&ctx, topic));
            reply.lines = lines;
            ctx.cite(&mut reply, &sources);
            return reply;
        }
        Topic::Fund => {
            let estimator = Estimator::new(rates, super::reader_currency(ctx.lang));
            let million = Inputs {
                views: Some(1_000_000),
                ..Inputs::default()
            };
            let fund = estimator.stream(StreamId::CreatorFund, &million);
            let crp = estimator.stream(StreamId::CreatorRewards, &million);
            let range = |s: &StreamEstimate| s.range.map(|r| ctx.range(&r)).unwrap_or_default();
            let history = rates.claim(ClaimId::FundHistory);
            let mut sources = fund.sources.clone();
            push_unique(&mut sources, crp.sources.iter().copied());
            push_unique(&mut sources, history.sources.iter().map(String::as_str));
            (
                ctx.tr_args(
                    "faq-fund",
                    Args::new()
                        .text("open", cite(&claim_sources(ClaimId::FundOpen)))
                        .text("replaced", cite(&claim_sources(ClaimId::FundReplaced)))
                        .text("fund", range(&fund))
                        .text("crp", range(&crp))
                        .text("history", ctx.note(&Note::claim(history))),
                ),
                sources,
            )
        }
        Topic::Shop => (
            ctx.note(&Note::claim_as(
                "faq-shop",
                rates.claim(ClaimId::AffiliateNoRequirement),
            )),
            claim_sources(ClaimId::AffiliateNoRequirement),
        ),
        Topic::Pulse => (
            ctx.note(&Note::claim_as(
                "faq-pulse",
                rates.claim(ClaimId::PulseConditions),
            )),
            claim_sources(ClaimId::PulseConditions),
        ),
        Topic::Subscriptions => (
            ctx.note(&Note::claim_as(
                "faq-subscriptions",
                rates.claim(ClaimId::SubscriptionsTesting),
            )),
            claim_sources(ClaimId::SubscriptionsTesting),
        ),
        Topic::VideoGifts => (
            ctx.note(&Note::claim_as(
                "faq-video_gifts",
                rates.claim(ClaimId::VideoGiftsRollout),
            )),
            claim_sources(ClaimId::VideoGiftsRollout),
        ),
    };
    let mut reply = Reply::new(CommandId::Faq, ctx.lang, faq_title(&ctx, topic)).line(line);
    ctx.cite(&mut reply, &sources);
    reply
}

fn faq_title(ctx: &Ctx, topic: Topic) -> Text {
    ctx.tr(&format!("title-faq-{}", topic.name(Lang::En)))
}

/// Every programme's conditions, one line each, then the streams with no threshold.
fn followers_faq<'r>(ctx: &Ctx<'r>) -> (Vec<Text>, Vec<&'r str>) {
    let rates = ctx.rates;
    let mut sources = Vec::new();
    let mut lines: Vec<Text> = conditions::PROGRAMMES
        .iter()
        .filter(|&&p| p != StreamId::Pulse)
        .map(|&programme| {
            ctx.tr_args(
                "faq-followers-programme",
                Args::new()
                    .text("programme", ctx.tr(programme.message()))
                    .text(
                        "conditions",
                        conditions::sentence(ctx, programme, &mut sources),
                    ),
            )
        })
        .collect();
    let small = rates.claim(ClaimId::BrandSmallAccounts);
    let pulse = rates.claim(ClaimId::PulseConditions);
    for claim in [pulse, small] {
        push_unique(&mut sources, claim.sources.iter().map(String::as_str));
    }
    lines.push(ctx.note(&Note::claim_as("faq-followers-pulse", pulse)));
    lines.push(ctx.tr_args(
        "faq-followers",
        Args::new().text("deals", ctx.note(&Note::claim(small))),
    ));
    (lines, sources)
}

/// The articles' steps to turn each programme on, one line each.
fn turn_on_faq<'r>(ctx: &Ctx<'r>) -> (Vec<Text>, Vec<&'r str>) {
    let mut sources = Vec::new();
    let lines = [
        ("faq-turn_on-fund", ClaimId::HowFund),
        ("faq-turn_on-live", ClaimId::HowLive),
        ("faq-turn_on-marketplace", ClaimId::HowMarketplace),
    ]
    .into_iter()
    .map(|(message, id)| {
        let claim = ctx.rates.claim(id);
        push_unique(&mut sources, claim.sources.iter().map(String::as_str));
        ctx.note(&Note::claim_as(message, claim))
    })
    .collect();
    (lines, sources)
}

/// The greeting Telegram asks for when a chat opens: what the bot does, how to start.
pub fn start(ctx: Ctx) -> Reply {
    Reply::new(CommandId::Start, ctx.lang, ctx.tr("title-start")).line(ctx.tr("start-intro"))
}

/// The list of commands, or one command's options.
pub fn help(ctx: Ctx, about: Option<CommandId>) -> Reply {
    match about {
        None => {
            let lines = listed()
                .map(|c| {
                    let other = match ctx.lang {
                        Lang::Fr => c.en,
                        Lang::En => c.fr,
                    };
                    let names = if other == c.name(ctx.lang) {
                        format!("/{}", other)
                    } else {
                        format!("/{} (/{})", c.name(ctx.lang), other)
                    };
                    Text::from(format!("{names} — {}", ctx.tr(c.description)))
                })
                .collect();
            Reply::new(CommandId::Help, ctx.lang, ctx.tr("title-help"))
                .line(ctx.tr("help-intro"))
                .field(ctx.tr("help-commands"), lines)
                .line(ctx.tr_args(
                    "help-more",
                    Args::new().text(
                        "example",
                        format!(
                            "/{} {}",
                            command(CommandId::Help).name(ctx.lang),
                            command(CommandId::Gains).name(ctx.lang)
                        ),
                    ),
                ))
                // Which setting wins: said once here, and by `/config`.
                .line(super::community::order(&ctx))
        }
        Some(id) => {
            let spec = command(id);
            let lines = spec
                .options
                .iter()
                .map(|&o| {
                    let opt = option(o);
                    Text::from(format!(
                        "{}: — {} ({})",
                        opt.name(ctx.lang),
                        ctx.tr(opt.description),
                        ctx.hint(o, None)
                    ))
                })
                .collect::<Vec<_>>();
            let mut reply = Reply::new(
                CommandId::Help,
                ctx.lang,
                format!("/{}", spec.name(ctx.lang)),
            )
            .line(ctx.tr(spec.description));
            if let Some(p) = spec.positional {
                reply = reply.line(
                    ctx.tr_args(
                        "help-positional",
                        Args::new()
                            .text(
                                "example",
                                format!("/{} {}", spec.name(ctx.lang), option(p).example(ctx.lang)),
                            )
                            .text("option", option(p).name(ctx.lang)),
                    ),
                );
            }
            if !lines.is_empty() {
                reply = reply.field(ctx.tr("help-options"), lines);
            }
            reply
        }
    }
}

/// The localized explanation of a bad input: which option, what is wrong, a form that works.
pub fn input_error(lang: Lang, error: &InputError) -> Reply {
    let hint = |id: OptionId| option(id).hint(lang);
    let help = |c: CommandId| {
        format!(
            "/{} {}",
            command(CommandId::Help).name(lang),
            command(c).name(lang)
        )
    };
    let text = match error {
        InputError::UnknownCommand(name) => tr_args(
            lang,
            "error-unknown-command",
            &Args::new()
                .text("name", name.clone())
                .text("help", format!("/{}", command(CommandId::Help).name(lang))),
        ),
        InputError::UnknownOption { command: c, name } => {
            let names: Vec<&str> = command(*c)
                .options
                .iter()
                .map(|&o| option(o).name(lang))
                .collect();
            let args = Args::new()
                .text("name", name.clone())
                .text("command", command(*c).name(lang));
            if names.is_empty() {
                tr_args(lang, "error-unknown-option-none", &args)
            } else {
                tr_args(
                    lang,
                    "error-unknown-option",
                    &args.text("options", names.join(", ")),
                )
            }
        }
        InputError::Repeated { option: o } => tr_args(
            lang,
            "error-repeated",
            &Args::new().text("option", option(*o).name(lang)),
        ),
        InputError::UnexpectedValue { command: c, value } => tr_args(
            lang,
            "error-unexpected-value",
            &Args::new()
                .text("command", command(*c).name(lang))
                .text("value", value.clone())
                .text("help", help(*c)),
        ),
        InputError::Missing {
            command: c,
            option: o,
        } => tr_args(
            lang,
            "error-missing",
            &Args::new()
                .text("command", command(*c).name(lang))
                .text("option", option(*o).name(lang))
                .text("hint", hint(*o)),
        ),
        InputError::Exceeds {
            option: o,
            value,
            limit,
            limit_value,
        } => tr_args(
            lang,
            "error-exceeds",
            &Args::new()
                .text("option", option(*o).name(lang))
                .count("value", *value)
                .text("limit", option(*limit).name(lang))
                .count("limit_value", *limit_value),
        ),
        InputError::TooLong { limit } => tr_args(
            lang,
            "error-too-long",
            &Args::new().count("limit", *limit as u64),
        ),
        InputError::OverFullEngagement {
            interactions,
            views,
        } => tr_args(
            lang,
            "error-over-full-engagement",
            &Args::new()
                .count("interactions", *interactions)
                .count("views", *views),
        ),
        InputError::BeyondAudience {
            option: o,
            value,
            audience,
            cited,
        } => tr_args(
            lang,
            "error-beyond-audience",
            &Args::new()
                .text("option", option(*o).name(lang))
                .count("value", *value)
                .count("audience", *audience)
                .text("source", cited.clone()),
        ),
        InputError::Overflow => tr(lang, "error-overflow"),
        InputError::BadValue {
            option: o,
            value,
            problem,
        } => {
            let spec = option(*o);
            let args = Args::new()
                .text("option", spec.name(lang))
                .text("value", value.clone())
                .text("hint", hint(*o));
            let (id, args) = match problem {
                ValueProblem::NotANumber => (
                    match spec.kind {
                        ValueKind::Count { .. } => "error-not-a-count",
                        ValueKind::Money => "error-not-money",
                        ValueKind::Percent { .. } => "error-not-a-percent",
                        ValueKind::Seconds => "error-not-a-length",
                        ValueKind::Month => "error-not-a-month",
                        ValueKind::Audience => "error-not-an-audience",
                        _ => "error-not-a-number",
                    },
                    args,
                ),
                ValueProblem::Empty => ("error-empty", args),
                ValueProblem::Zero => ("error-zero", args),
                ValueProblem::Negative => ("error-negative", args),
                ValueProblem::NotWhole => ("error-not-whole", args),
                ValueProblem::TooSmall { min } => ("error-too-small", args.count("min", *min)),
                ValueProblem::TooLarge { max } => ("error-too-large", args.count("max", *max)),
                ValueProblem::FallTooSteep { max } => {
                    ("error-fall-too-steep", args.count("max", *max))
                }
                ValueProblem::UnknownChoice => {
                    let choices = choices_of(lang, *o);
                    ("error-unknown-choice", args.text("choices", choices))
                }
                ValueProblem::UnknownCountry => ("error-unknown-country", args),
                ValueProblem::SharesSum { sum } => ("error-shares-sum", args.count("sum", *sum)),
            };
            tr_args(lang, id, &args)
        }
    };
    let mut reply = Reply::new(CommandId::Help, lang, tr(lang, "title-error")).line(text);
    reply.is_error = true;
    reply
}

fn choices_of(lang: Lang, id: OptionId) -> String {
    let names: Vec<&str> = match id {
        OptionId::Niche => catalogue::Niche::TABLE
            .iter()
            .map(|r| r.0.name(lang))
            .collect(),
        OptionId::Topic => Topic::TABLE.iter().map(|r| r.0.name(lang)).collect(),
        OptionId::Command => listed().map(|c| c.name(lang)).collect(),
        OptionId::Language => Lang::ALL.iter().map(|l| l.code()).collect(),
        OptionId::Period => Period::TABLE.iter().map(|r| r.0.name(lang)).collect(),
        OptionId::Confirm | OptionId::Card => match lang {
            Lang::Fr => vec!["oui", "non"],
            Lang::En => vec!["yes", "no"],
        },
        _ => Currency::ALL.iter().map(|c| c.code()).collect(),
    };
    names.join(", ")
}

/// What a question we cannot read gets: its words named, a pointer to help and an example.
pub fn question_pointer(lang: Lang, text: &str) -> Reply {
    let help = format!("/{}", command(CommandId::Help).name(lang));
    let example = format!(
        "/{} {}:1000000",
        command(CommandId::Gains).name(lang),
        option(OptionId::Views).name(lang)
    );
    Reply::new(CommandId::Help, lang, tr(lang, "title-help")).line(tr_args(
        lang,
        "question-pointer",
        &Args::new()
            .text("text", echo(text))
            .text("help", help)
            .text("example", example),
    ))
}

/// At most 40 characters of what was typed, to name it back.
fn echo(text: &str) -> String {
    let trimmed = text.trim();
    match trimmed.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &trimmed[..cut]),
        None => trimmed.to_owned(),
    }
}
