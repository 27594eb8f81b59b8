//! Answers without arithmetic: sources, FAQ, help, and the replies to bad input.

use super::Ctx;
use crate::core::catalogue::{COMMANDS, CommandId, OptionId, ValueKind, command, option};
use crate::core::choices::{Choice, Topic};
use crate::core::estimate::Estimator;
use crate::core::inputs::{InputError, Inputs};
use crate::core::rates::{Programme, Requirement};
use crate::core::reply::Reply;
use crate::core::values::ValueProblem;
use crate::i18n::{Args, Text, tr, tr_args};
use crate::values::Lang;
use crate::values::{Currency, Money};

/// Every source with its title, where to read it and its date, and the conversion rate.
pub fn sources(ctx: Ctx) -> Reply {
    let mut reply = Reply::new(CommandId::Sources, ctx.lang, ctx.tr("title-sources"))
        .line(ctx.tr("sources-intro"));
    for (id, source) in ctx.rates.sources() {
        let used: Vec<&str> = ctx
            .rates
            .all()
            .iter()
            .filter(|r| &r.source == id)
            .map(|r| r.id.as_str())
            .collect();
        let mut lines: Vec<Text> =
            vec![source.title.clone().into(), source.location.clone().into()];
        if !used.is_empty() {
            lines.push(ctx.tr_args(
                "sources-used-by",
                Args::new().text("rates", used.join(", ")),
            ));
        }
        reply = reply.field(source.label.clone(), lines);
    }
    let fx = ctx.rates.get("usd_per_eur");
    reply = reply.line(
        ctx.tr_args(
            "sources-fx",
            Args::new()
                .money("eur", Money::new(100, Currency::Eur))
                .decimal("usd", fx.low)
                .text("date", fx.date.clone()),
        ),
    );
    reply
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
    let min = |p, r| rates.rule(p, r).map_or(0, |rule| rule.min);
    let (id, args, sources): (&str, Args, Vec<&str>) = match topic {
        Topic::Payouts => {
            let payout = rates.get("payout_minimum");
            let currency = payout.currency.unwrap_or(Currency::Usd);
            (
                "faq-payouts",
                Args::new()
                    .money("low", Money::from_units(payout.low, currency))
                    .money("high", Money::from_units(payout.high_or_low(), currency)),
                vec!["seed:001"],
            )
        }
        Topic::Taxes => {
            let threshold = rates.get("tax_micro_threshold");
            (
                "faq-taxes",
                Args::new().money(
                    "threshold",
                    Money::from_units(threshold.low, threshold.currency.unwrap_or(Currency::Eur)),
                ),
                vec!["seed:000"],
            )
        }
        Topic::Likes => ("faq-likes", Args::new(), vec!["seed:001"]),
        Topic::Followers => (
            "faq-followers",
            Args::new()
                .count(
                    "crp",
                    min(Programme::CreatorRewards, Requirement::Followers),
                )
                .count(
                    "views",
                    min(Programme::CreatorRewards, Requirement::Views30d),
                )
                .count("live", min(Programme::Live, Requirement::Followers))
                .count("pulse", min(Programme::Pulse, Requirement::Followers))
                .count("deals", min(Programme::BrandDeal, Requirement::Followers)),
            vec!["seed:000", "seed:001", "seed:002", "seed:004"],
        ),
        Topic::Fund => {
            let estimator = Estimator {
                rates,
                currency: super::reader_currency(ctx.lang),
            };
            let million = Inputs {
                views: Some(1_000_000),
                ..Inputs::default()
            };
            let fund = estimator.stream(crate::core::estimate::StreamId::CreatorFund, &million);
            let crp = estimator.stream(crate::core::estimate::StreamId::CreatorRewards, &million);
            let range = |s: &crate::core::estimate::StreamEstimate| {
                s.range.map(|r| ctx.range(&r)).unwrap_or_default()
            };
            (
                "faq-fund",
                Args::new()
                    .text("fund", range(&fund))
                    .text("crp", range(&crp)),
                vec!["seed:000", "seed:001", "seed:002"],
            )
        }
        Topic::Shop => ("faq-shop", Args::new(), vec!["seed:001", "seed:002"]),
    };
    let mut reply = Reply::new(
        CommandId::Faq,
        ctx.lang,
        ctx.tr(&format!("title-faq-{}", topic.name(Lang::En))),
    )
    .line(ctx.tr_args(id, args));
    reply.footer = ctx.footer(&sources);
    reply
}

/// The list of commands, or one command's options.
pub fn help(ctx: Ctx, about: Option<CommandId>) -> Reply {
    match about {
        None => {
            let lines = COMMANDS
                .iter()
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
                        ctx.option_hint(o)
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
                                format!("/{} {}", spec.name(ctx.lang), option(p).example),
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
            tr_args(
                lang,
                "error-unknown-option",
                &Args::new()
                    .text("name", name.clone())
                    .text("command", command(*c).name(lang))
                    .text("options", names.join(", ")),
            )
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
                ValueProblem::UnknownChoice => {
                    let choices = choices_of(lang, *o);
                    ("error-unknown-choice", args.text("choices", choices))
                }
                ValueProblem::UnknownCountry => ("error-unknown-country", args),
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
        OptionId::Niche => crate::core::choices::Niche::TABLE
            .iter()
            .map(|r| r.0.name(lang))
            .collect(),
        OptionId::Topic => Topic::TABLE.iter().map(|r| r.0.name(lang)).collect(),
        OptionId::Command => COMMANDS.iter().map(|c| c.name(lang)).collect(),
        OptionId::Language => Lang::ALL.iter().map(|l| l.code()).collect(),
        OptionId::Confirm | OptionId::Card => match lang {
            Lang::Fr => vec!["oui", "non"],
            Lang::En => vec!["yes", "no"],
        },
        _ => Currency::ALL.iter().map(|c| c.code()).collect(),
    };
    names.join(", ")
}

/// What a question we cannot answer gets: a pointer to help and an example.
pub fn question_pointer(lang: Lang) -> Reply {
    let help = format!("/{}", command(CommandId::Help).name(lang));
    let example = format!(
        "/{} {}:1000000",
        command(CommandId::Gains).name(lang),
        option(OptionId::Views).name(lang)
    );
    Reply::new(CommandId::Help, lang, tr(lang, "title-help")).line(tr_args(
        lang,
        "question-pointer",
        &Args::new().text("help", help).text("example", example),
    ))
}
