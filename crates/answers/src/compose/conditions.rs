//! Every condition of a programme, one line each, as `stats`, `eligibilite` and
//! `faq abonnes` list them.

use super::Ctx;
use crate::i18n::{Args, Text};
use catalogue::{Inputs, StreamId};
use estimate::conditions::{Check, Condition, Status, checklist};
use estimate::{Missing, push_unique};
use figures::Requirement;

pub(super) use estimate::conditions::PROGRAMMES;

/// A condition as a creator would say it.
fn condition(ctx: &Ctx, condition: Condition) -> Text {
    match condition {
        Condition::Rule(requirement, min) => ctx.tr_args(
            match requirement {
                Requirement::Age => "condition-age",
                Requirement::Followers => "condition-followers",
                Requirement::Views30d => "condition-views",
                Requirement::VideoSeconds => "condition-length",
            },
            Args::new().count("min", min),
        ),
        Condition::Country => ctx.tr("condition-country"),
        Condition::Guidelines => ctx.tr("condition-guidelines"),
        Condition::Original => ctx.tr("condition-original"),
    }
}

/// One condition and where the creator stands; `more` is added after a count that is
/// still missing (`stats` says when it will be reached).
fn line(ctx: &Ctx, programme: StreamId, check: &Check, more: Option<Text>) -> Text {
    let args = Args::new().text("condition", condition(ctx, check.condition));
    match &check.status {
        Status::Needs(option) if check.condition == Condition::Country => ctx.tr_args(
            "check-country-needs",
            args.text("hint", catalogue::option(*option).hint(ctx.lang))
                .text("lists", country_lists(ctx, programme)),
        ),
        Status::Met => ctx.tr_args("check-met", args),
        // Age and video length are met or not: the condition says it all.
        Status::Missing(Missing::Age(_) | Missing::VideoSeconds(_)) => {
            ctx.tr_args("check-not-met", args)
        }
        Status::Missing(missing) => {
            let mut missing = ctx.missing(missing).into_owned();
            if let Some(more) = more {
                missing.push_str(&more);
            }
            ctx.tr_args("check-missing", args.text("missing", missing))
        }
        Status::Short(missing) => {
            ctx.tr_args("check-short", args.text("missing", ctx.missing(missing)))
        }
        Status::Needs(option) => ctx.tr_args(
            "check-needs",
            args.text("hint", catalogue::option(*option).hint(ctx.lang)),
        ),
        Status::CountryConfirmed(country) => ctx.tr_args(
            "check-country-confirmed",
            args.text("country", country.name(ctx.lang))
                .text("source", ctx.citations(&check.sources)),
        ),
        Status::CountryUnconfirmed(country) => ctx.tr_args(
            "check-country-unconfirmed",
            args.text("country", country.name(ctx.lang))
                .text("source", ctx.citations(&check.sources)),
        ),
        Status::UpToYou => ctx.tr_args(
            "check-up-to-you",
            args.text("source", ctx.citations(&check.sources)),
        ),
    }
}

/// The countries each source names as open, source by source.
fn country_lists(ctx: &Ctx, programme: StreamId) -> String {
    let lists: Vec<String> = ctx
        .rates
        .country_lists(programme)
        .map(|list| {
            let names: Vec<&str> = list
                .codes
                .iter()
                .filter_map(|c| text::Country::parse(c))
                .map(|c| c.name(ctx.lang))
                .collect();
            ctx.tr_args(
                "rules-countries-list",
                Args::new()
                    .text("countries", names.join(", "))
                    .text("source", ctx.citation(&list.source)),
            )
            .into_owned()
        })
        .collect();
    lists.join(ctx.separator)
}

/// Every condition of `programme`, as one list a sentence can hold.
pub(super) fn sentence<'r>(
    ctx: &Ctx<'r>,
    programme: StreamId,
    sources: &mut Vec<&'r str>,
) -> String {
    let names: Vec<String> = checklist(ctx.rates, programme, &Inputs::default())
        .iter()
        .map(|check| {
            push_unique(sources, check.sources.iter().copied());
            condition(ctx, check.condition).into_owned()
        })
        .collect();
    names.join(", ")
}

/// Each condition of `programme` checked against `inputs`, and the sources naming them;
/// `more` words what follows a missing count (`None` for nothing).
pub(super) fn lines<'r>(
    ctx: &Ctx<'r>,
    programme: StreamId,
    inputs: &Inputs,
    more: impl Fn(Requirement) -> Option<Text>,
    sources: &mut Vec<&'r str>,
) -> Vec<Text> {
    checklist(ctx.rates, programme, inputs)
        .iter()
        .map(|check| {
            push_unique(sources, check.sources.iter().copied());
            let more = match check.condition {
                Condition::Rule(requirement, _) => more(requirement),
                _ => None,
            };
            line(ctx, programme, check, more)
        })
        .collect()
}
