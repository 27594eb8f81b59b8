//! Answers without arithmetic: sources, FAQ, help, and the replies to bad input.

use super::Ctx;
use super::conditions;
use crate::i18n::{Text, tr};
use crate::reply::Reply;
use catalogue::StreamId;
use catalogue::{Arg, Msg, msg};
use catalogue::{Choice, Period, Topic};
use catalogue::{CommandId, OptionId, ValueKind, command, listed, option};
use catalogue::{InputError, Inputs};
use estimate::streams::creator_rewards;
use estimate::{Estimator, Place, StreamEstimate, push_unique};
use figures::{ClaimId, Group, Rate, RateId, Source, SourceKind, Unit};
use rust_decimal::Decimal;
use text::Country;
use text::ValueProblem;
use values::{Currency, Lang, Money, Percent};

/// A group's name in the reader's language: a stream's, or a topic's (`topic-<key>`).
fn group_name(ctx: &Ctx, group: Group) -> Text {
    ctx.tr(match group {
        Group::Stream(stream) => stream.message(),
        Group::Engagement => msg::TOPIC_ENGAGEMENT,
        Group::Growth => msg::TOPIC_GROWTH,
        Group::Payouts => msg::TOPIC_PAYOUTS,
        Group::Taxes => msg::TOPIC_TAXES,
    })
}

/// A source as people can look it up: who, title (as published) or description, year.
fn long_citation(ctx: &Ctx, source: &Source) -> Text {
    let year = match source.year() {
        Some(year) => Text::Owned(year.to_owned()),
        None => ctx.tr(msg::CITE_NO_YEAR),
    };
    let (who, year) = (Arg::Text(source.who(ctx.lang).into()), Arg::Text(year));
    match (&source.title, source.label(ctx.lang)) {
        (Some(title), _) => ctx.tr(msg::CiteLong {
            who,
            year,
            title: Arg::Text(title.as_str().into()),
        }),
        (None, label) => ctx.tr(msg::CiteLongLabel {
            who,
            year,
            label: Arg::Text(label.unwrap_or_default().into()),
        }),
    }
}

/// Every source: who and what it is, where to read it, its date, and what the bot takes
/// from it, in its own words. Articles first, then the public figures added beyond them.
pub fn sources(ctx: Ctx) -> Reply {
    let rates = ctx.rates;
    let mut reply = Reply::new(CommandId::Sources, ctx.lang, ctx.tr(msg::TITLE_SOURCES))
        .line(ctx.tr(msg::SOURCES_INTRO));
    for kind in [SourceKind::Article, SourceKind::Public] {
        for (id, source) in rates.sources().iter().filter(|(_, s)| s.kind == kind) {
            let mut lines: Vec<Text> = vec![ctx.tr(match kind {
                SourceKind::Article => msg::SOURCES_KIND_ARTICLE,
                SourceKind::Public => msg::SOURCES_KIND_PUBLIC,
            })];
            if let Some(url) = &source.url {
                lines.push(Text::Owned(url.clone()));
            }
            lines.push(dated(&ctx, source));
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
                let what = ctx.tr(msg::SourcesCountries {
                    countries: Arg::Text((names.join(", ")).into()),
                });
                said.push((ctx.tr(StreamId::CreatorRewards.message()), what));
            }
            for (currency, _, _) in rates.fx_sources().iter().filter(|(_, s, _)| s == id) {
                let what = ctx.tr(msg::SourcesFxRate {
                    eur: Arg::Money(Money::new(100, Currency::Eur)),
                    rate: Arg::Decimal(rates.fx().per_eur(*currency).unwrap_or_default()),
                    currency: Arg::Text((currency.code()).into()),
                });
                said.push((ctx.tr(msg::TOPIC_FX), what));
            }
            said.sort();
            said.dedup();
            for (group, what) in said {
                lines.push(ctx.tr(msg::SourcesSays {
                    group: Arg::Text(group),
                    says: Arg::Text(what),
                }));
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
        reply = reply.line(ctx.tr(msg::SourcesFx {
            eur: Arg::Money(Money::new(100, Currency::Eur)),
            rate: Arg::Decimal(per_eur),
            currency: Arg::Text((currency.code()).into()),
            source: Arg::Text((who).into()),
            date: Arg::Text((date.as_str()).into()),
        }));
    }
    reply
}

/// The sources one reply cites, as people can look them up: who, the title, where to
/// read it and its date (a reply's sources button).
pub(super) fn cited(ctx: Ctx, command: CommandId, ids: &[String]) -> Reply {
    let mut reply = Reply::new(command, ctx.lang, ctx.tr(msg::TITLE_CITED));
    for source in ids.iter().filter_map(|id| ctx.rates.source(id)) {
        let mut lines: Vec<Text> = Vec::new();
        if let Some(url) = &source.url {
            lines.push(Text::Owned(url.clone()));
        }
        lines.push(dated(&ctx, source));
        reply = reply.field(long_citation(&ctx, source), lines);
    }
    reply.line(ctx.tr(msg::CITED_ALL))
}

/// When a source was read (a page) or published.
fn dated(ctx: &Ctx, source: &Source) -> Text {
    let date = Arg::Text(source.date.as_str().into());
    if source.read {
        ctx.tr(msg::SourcesRead { date })
    } else {
        ctx.tr(msg::SourcesDated { date })
    }
}

/// A public figure described in the reader's language: its amount and what it is for.
fn figure(ctx: &Ctx, rate: &Rate) -> Text {
    let currency = rate.currency.unwrap_or(Currency::Usd);
    let amount = |units: Decimal| {
        if units.round_dp(2) == units {
            ctx.tr(msg::RangeSingle {
                amount: Arg::Money(Money::from_units(units, currency)),
            })
        } else {
            ctx.tr(msg::SourcesPrice {
                amount: Arg::Price(units, currency),
            })
        }
    };
    let value = if rate.unit == Unit::Percent {
        ctx.tr(msg::SourcesPercent {
            value: Arg::Percent(Percent(rate.low)),
        })
    } else if rate.unit == Unit::CoinsPerDiamond {
        ctx.tr(msg::SourcesCoinsPerDiamond {
            coins: Arg::Decimal(rate.low),
        })
    } else if rate.high.is_some_and(|h| h != rate.low) {
        let (low, high) = (
            Arg::Text(amount(rate.low)),
            Arg::Text(amount(rate.high_or_low())),
        );
        if rate.open_high {
            ctx.tr(msg::RangeOpen { low, high })
        } else {
            ctx.tr(msg::Range { low, high })
        }
    } else if rate.open_high {
        ctx.tr(msg::RangeFrom {
            amount: Arg::Text(amount(rate.low)),
        })
    } else {
        amount(rate.low)
    };
    let unit = match rate.unit {
        Unit::Per1000Views => msg::SOURCES_UNIT_PER_1000_VIEWS,
        Unit::PerSponsoredVideo => msg::SOURCES_UNIT_PER_SPONSORED_VIDEO,
        Unit::PerCoin => msg::SOURCES_UNIT_PER_COIN,
        Unit::PerDiamond => msg::SOURCES_UNIT_PER_DIAMOND,
        Unit::AmountPerYear => msg::SOURCES_UNIT_PER_YEAR,
        Unit::Amount | Unit::Percent | Unit::CoinsPerDiamond => msg::SOURCES_UNIT_NONE,
    };
    let mut text = ctx
        .tr(msg::SourcesFigure {
            value: Arg::Text(value),
            unit: Arg::Text(ctx.tr(unit)),
        })
        .into_owned();
    match creator_rewards::place(rate) {
        Place::Country(country) => text.push_str(&ctx.tr(msg::SourcesFigurePlace {
            place: Arg::Text((country.name(ctx.lang)).into()),
        })),
        Place::Region(region) => text.push_str(&ctx.tr(msg::SourcesFigurePlace {
            place: Arg::Text(ctx.tr(super::words::region(region))),
        })),
        Place::Unspecified => {}
    }
    if let Some(followers) = rate.followers {
        text.push_str(&ctx.tr(msg::SourcesFigureFollowers {
            followers: Arg::Count(followers),
        }));
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
        return Reply::new(CommandId::Faq, ctx.lang, ctx.tr(msg::TITLE_FAQ)).line(ctx.tr(
            msg::FaqTopics {
                topics: Arg::Text((topics.join(", ")).into()),
                command: Arg::Text((faq).into()),
            },
        ));
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
                ctx.tr(msg::FaqPayouts {
                    low: Arg::Money(Money::from_units(payout.low, currency)),
                    high: Arg::Money(Money::from_units(payout.high_or_low(), currency)),
                    source: Arg::Text((cite(&sources)).into()),
                    methods: Arg::Text(ctx.claim(methods)),
                    outside: Arg::Text(ctx.claim(outside)),
                }),
                sources,
            )
        }
        Topic::Taxes => {
            let threshold = rates.rate(RateId::TaxMicroThreshold);
            (
                ctx.tr(msg::FaqTaxes {
                    threshold: Arg::Money(Money::from_units(
                        threshold.low,
                        threshold.currency.unwrap_or(Currency::Eur),
                    )),
                    source: Arg::Text((cite(&[threshold.source.as_str()])).into()),
                }),
                vec![threshold.source.as_str()],
            )
        }
        Topic::Likes => (
            ctx.tr(msg::FaqLikes {
                source: ctx.claim_sources(rates.claim(ClaimId::CrpQualifiedViews)),
            }),
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
                ctx.tr(msg::FaqFund {
                    open: Arg::Text((cite(&claim_sources(ClaimId::FundOpen))).into()),
                    replaced: Arg::Text((cite(&claim_sources(ClaimId::FundReplaced))).into()),
                    fund: Arg::Text(range(&fund)),
                    crp: Arg::Text(range(&crp)),
                    history: Arg::Text(ctx.claim(history)),
                }),
                sources,
            )
        }
        Topic::Shop => (
            ctx.tr(msg::FaqShop {
                source: ctx.claim_sources(rates.claim(ClaimId::AffiliateNoRequirement)),
            }),
            claim_sources(ClaimId::AffiliateNoRequirement),
        ),
        Topic::Pulse => (
            {
                let pulse = rates.claim(ClaimId::PulseConditions);
                ctx.tr(msg::FaqPulse {
                    followers: Arg::Count(pulse.count("followers")),
                    source: ctx.claim_sources(pulse),
                })
            },
            claim_sources(ClaimId::PulseConditions),
        ),
        Topic::Subscriptions => (
            ctx.tr(msg::FaqSubscriptions {
                source: ctx.claim_sources(rates.claim(ClaimId::SubscriptionsTesting)),
            }),
            claim_sources(ClaimId::SubscriptionsTesting),
        ),
        Topic::VideoGifts => (
            ctx.tr(msg::FaqVideoGifts {
                source: ctx.claim_sources(rates.claim(ClaimId::VideoGiftsRollout)),
            }),
            claim_sources(ClaimId::VideoGiftsRollout),
        ),
    };
    let mut reply = Reply::new(CommandId::Faq, ctx.lang, faq_title(&ctx, topic)).line(line);
    ctx.cite(&mut reply, &sources);
    reply
}

fn faq_title(ctx: &Ctx, topic: Topic) -> Text {
    ctx.tr(super::words::topic(topic))
}

/// Every programme's conditions, one line each, then the streams with no threshold.
fn followers_faq<'r>(ctx: &Ctx<'r>) -> (Vec<Text>, Vec<&'r str>) {
    let rates = ctx.rates;
    let mut sources = Vec::new();
    let mut lines: Vec<Text> = conditions::PROGRAMMES
        .iter()
        .filter(|&&p| p != StreamId::Pulse)
        .map(|&programme| {
            ctx.tr(msg::FaqFollowersProgramme {
                programme: Arg::Text(ctx.tr(programme.message())),
                conditions: Arg::Text((conditions::sentence(ctx, programme, &mut sources)).into()),
            })
        })
        .collect();
    let small = rates.claim(ClaimId::BrandSmallAccounts);
    let pulse = rates.claim(ClaimId::PulseConditions);
    for claim in [pulse, small] {
        push_unique(&mut sources, claim.sources.iter().map(String::as_str));
    }
    lines.push(ctx.tr(msg::FaqFollowersPulse {
        followers: Arg::Count(pulse.count("followers")),
        source: ctx.claim_sources(pulse),
    }));
    lines.push(ctx.tr(msg::FaqFollowers {
        deals: Arg::Text(ctx.claim(small)),
    }));
    (lines, sources)
}

/// The articles' steps to turn each programme on, one line each.
fn turn_on_faq<'r>(ctx: &Ctx<'r>) -> (Vec<Text>, Vec<&'r str>) {
    let mut sources = Vec::new();
    let lines = [ClaimId::HowFund, ClaimId::HowLive, ClaimId::HowMarketplace]
        .into_iter()
        .map(|id| {
            let claim = ctx.rates.claim(id);
            push_unique(&mut sources, claim.sources.iter().map(String::as_str));
            let source = ctx.claim_sources(claim);
            ctx.tr::<Msg>(match id {
                ClaimId::HowFund => msg::FaqTurnOnFund { source }.into(),
                ClaimId::HowLive => msg::FaqTurnOnLive { source }.into(),
                _ => msg::FaqTurnOnMarketplace { source }.into(),
            })
        })
        .collect();
    (lines, sources)
}

/// The greeting Telegram asks for when a chat opens: what the bot does, how to start.
pub fn start(ctx: Ctx) -> Reply {
    Reply::new(CommandId::Start, ctx.lang, ctx.tr(msg::TITLE_START)).line(ctx.tr(msg::START_INTRO))
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
            Reply::new(CommandId::Help, ctx.lang, ctx.tr(msg::TITLE_HELP))
                .line(ctx.tr(msg::HELP_INTRO))
                .field(ctx.tr(msg::HELP_COMMANDS), lines)
                .line(
                    ctx.tr(msg::HelpMore {
                        example: Arg::Text(
                            (format!(
                                "/{} {}",
                                command(CommandId::Help).name(ctx.lang),
                                command(CommandId::Gains).name(ctx.lang)
                            ))
                            .into(),
                        ),
                    }),
                )
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
                    ctx.tr(msg::HelpPositional {
                        example: Arg::Text(
                            (format!("/{} {}", spec.name(ctx.lang), option(p).example(ctx.lang)))
                                .into(),
                        ),
                        option: Arg::Text((option(p).name(ctx.lang)).into()),
                    }),
                );
            }
            if !lines.is_empty() {
                reply = reply.field(ctx.tr(msg::HELP_OPTIONS), lines);
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
        InputError::UnknownCommand(name) => tr(
            lang,
            msg::ErrorUnknownCommand {
                name: Arg::Text((name.clone()).into()),
                help: Arg::Text((format!("/{}", command(CommandId::Help).name(lang))).into()),
            },
        ),
        InputError::UnknownOption { command: c, name } => {
            let names: Vec<&str> = command(*c)
                .options
                .iter()
                .map(|&o| option(o).name(lang))
                .collect();
            let (name, command) = (
                Arg::Text(name.as_str().into()),
                Arg::Text(command(*c).name(lang).into()),
            );
            if names.is_empty() {
                tr(lang, msg::ErrorUnknownOptionNone { name, command })
            } else {
                tr(
                    lang,
                    msg::ErrorUnknownOption {
                        name,
                        command,
                        options: Arg::Text(names.join(", ").into()),
                    },
                )
            }
        }
        InputError::Repeated { option: o } => tr(
            lang,
            msg::ErrorRepeated {
                option: Arg::Text((option(*o).name(lang)).into()),
            },
        ),
        InputError::UnexpectedValue { command: c, value } => tr(
            lang,
            msg::ErrorUnexpectedValue {
                command: Arg::Text((command(*c).name(lang)).into()),
                value: Arg::Text((value.clone()).into()),
                help: Arg::Text((help(*c)).into()),
            },
        ),
        InputError::Missing {
            command: c,
            option: o,
        } => tr(
            lang,
            msg::ErrorMissing {
                command: Arg::Text((command(*c).name(lang)).into()),
                option: Arg::Text((option(*o).name(lang)).into()),
                hint: Arg::Text((hint(*o)).into()),
            },
        ),
        InputError::Exceeds {
            option: o,
            value,
            limit,
            limit_value,
        } => tr(
            lang,
            msg::ErrorExceeds {
                option: Arg::Text((option(*o).name(lang)).into()),
                value: Arg::Count(*value),
                limit: Arg::Text((option(*limit).name(lang)).into()),
                limit_value: Arg::Count(*limit_value),
            },
        ),
        InputError::TooLong { limit } => tr(
            lang,
            msg::ErrorTooLong {
                limit: Arg::Count(*limit as u64),
            },
        ),
        InputError::OverFullEngagement {
            interactions,
            views,
        } => tr(
            lang,
            msg::ErrorOverFullEngagement {
                interactions: Arg::Count(*interactions),
                views: Arg::Count(*views),
            },
        ),
        InputError::BeyondAudience {
            option: o,
            value,
            audience,
            cited,
        } => tr(
            lang,
            msg::ErrorBeyondAudience {
                option: Arg::Text((option(*o).name(lang)).into()),
                value: Arg::Count(*value),
                audience: Arg::Count(*audience),
                source: Arg::Text((cited.clone()).into()),
            },
        ),
        InputError::Overflow => tr(lang, msg::ERROR_OVERFLOW),
        InputError::BadValue {
            option: o,
            value,
            problem,
        } => {
            let spec = option(*o);
            let option = Arg::Text(spec.name(lang).into());
            let value = Arg::Text(value.as_str().into());
            let hint = Arg::Text(hint(*o).into());
            let said: Msg = match problem {
                ValueProblem::NotANumber => match spec.kind {
                    ValueKind::Count { .. } => msg::ErrorNotACount {
                        option,
                        value,
                        hint,
                    }
                    .into(),
                    ValueKind::Money => msg::ErrorNotMoney {
                        option,
                        value,
                        hint,
                    }
                    .into(),
                    ValueKind::Percent { .. } => msg::ErrorNotAPercent {
                        option,
                        value,
                        hint,
                    }
                    .into(),
                    ValueKind::Seconds => msg::ErrorNotALength {
                        option,
                        value,
                        hint,
                    }
                    .into(),
                    ValueKind::Month => msg::ErrorNotAMonth {
                        option,
                        value,
                        hint,
                    }
                    .into(),
                    ValueKind::Audience => msg::ErrorNotAnAudience {
                        option,
                        value,
                        hint,
                    }
                    .into(),
                    _ => msg::ErrorNotANumber {
                        option,
                        value,
                        hint,
                    }
                    .into(),
                },
                ValueProblem::Empty => msg::ErrorEmpty { option, hint }.into(),
                ValueProblem::Zero => msg::ErrorZero { option, hint }.into(),
                ValueProblem::Negative => msg::ErrorNegative {
                    option,
                    value,
                    hint,
                }
                .into(),
                ValueProblem::NotWhole => msg::ErrorNotWhole {
                    option,
                    value,
                    hint,
                }
                .into(),
                ValueProblem::TooSmall { min } => msg::ErrorTooSmall {
                    option,
                    value,
                    hint,
                    min: Arg::Count(*min),
                }
                .into(),
                ValueProblem::TooLarge { max } => msg::ErrorTooLarge {
                    option,
                    value,
                    hint,
                    max: Arg::Count(*max),
                }
                .into(),
                ValueProblem::FallTooSteep { max } => msg::ErrorFallTooSteep {
                    option,
                    value,
                    max: Arg::Count(*max),
                }
                .into(),
                ValueProblem::UnknownChoice => msg::ErrorUnknownChoice {
                    option,
                    value,
                    choices: Arg::Text(choices_of(lang, *o).into()),
                }
                .into(),
                ValueProblem::UnknownCountry => msg::ErrorUnknownCountry {
                    option,
                    value,
                    hint,
                }
                .into(),
                ValueProblem::SharesSum { sum } => msg::ErrorSharesSum {
                    option,
                    hint,
                    sum: Arg::Count(*sum),
                }
                .into(),
            };
            tr(lang, said)
        }
    };
    let mut reply = Reply::new(CommandId::Help, lang, tr(lang, msg::TITLE_ERROR)).line(text);
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
    Reply::new(CommandId::Help, lang, tr(lang, msg::TITLE_HELP)).line(tr(
        lang,
        msg::QuestionPointer {
            text: Arg::Text(catalogue::echo(text).into()),
            help: Arg::Text((help).into()),
            example: Arg::Text((example).into()),
        },
    ))
}
