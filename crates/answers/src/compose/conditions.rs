//! Every condition of a programme, one line each, as `stats`, `eligibilite` and
//! `faq abonnes` list them.

use super::Ctx;
use crate::i18n::Text;
use catalogue::{Arg, Msg, OptionId, msg};
use catalogue::{Inputs, StreamId};
use estimate::eligibility::{Check, Condition, Eligibility, Status, eligibility};
use estimate::{Missing, push_unique};
use figures::Requirement;

pub(super) use estimate::eligibility::PROGRAMMES;

/// A condition as a creator would say it.
fn condition(ctx: &Ctx, condition: Condition) -> Text {
    match condition {
        Condition::Rule(requirement, min) => {
            let min = Arg::Count(min);
            ctx.tr::<Msg>(match requirement {
                Requirement::Age => msg::ConditionAge { min }.into(),
                Requirement::Followers => msg::ConditionFollowers { min }.into(),
                Requirement::Views30d => msg::ConditionViews { min }.into(),
                Requirement::VideoSeconds => msg::ConditionLength { min }.into(),
            })
        }
        Condition::Country => ctx.tr(msg::CONDITION_COUNTRY),
        Condition::Guidelines => ctx.tr(msg::CONDITION_GUIDELINES),
        Condition::Original => ctx.tr(msg::CONDITION_ORIGINAL),
    }
}

/// One condition and where the creator stands; `more` is added after a count that is
/// still missing (`stats` says when it will be reached).
fn line(ctx: &Ctx, programme: StreamId, check: &Check, more: Option<Text>) -> Text {
    let condition = Arg::Text(self::condition(ctx, check.condition));
    let hint = |option: OptionId| Arg::Text(catalogue::option(option).hint(ctx.lang).into());
    let source = || Arg::Text(ctx.citations(&check.sources).into());
    match &check.status {
        Status::Needs(option) if check.condition == Condition::Country => {
            ctx.tr(msg::CheckCountryNeeds {
                condition,
                hint: hint(*option),
                lists: Arg::Text(country_lists(ctx, programme).into()),
            })
        }
        Status::Met => ctx.tr(msg::CheckMet { condition }),
        Status::Paid(month) => ctx.tr(msg::CheckPaid {
            condition,
            month: Arg::Text(ctx.month(Some(month.year()), month.number())),
        }),
        // Age and video length are met or not: the condition says it all.
        Status::Missing(Missing::Age(_) | Missing::VideoSeconds(_)) => {
            ctx.tr(msg::CheckNotMet { condition })
        }
        Status::Missing(missing) => {
            let mut missing = ctx.missing(missing).into_owned();
            if let Some(more) = more {
                missing.push_str(&more);
            }
            ctx.tr(msg::CheckMissing {
                condition,
                missing: Arg::Text(missing.into()),
            })
        }
        Status::Short(missing) => ctx.tr(msg::CheckShort {
            condition,
            missing: Arg::Text(ctx.missing(missing)),
        }),
        Status::Needs(option) => ctx.tr(msg::CheckNeeds {
            condition,
            hint: hint(*option),
        }),
        Status::CountryConfirmed(country) => ctx.tr(msg::CheckCountryConfirmed {
            condition,
            country: Arg::Text(country.name(ctx.lang).into()),
            source: source(),
        }),
        Status::CountryUnconfirmed(country) => ctx.tr(msg::CheckCountryUnconfirmed {
            condition,
            country: Arg::Text(country.name(ctx.lang).into()),
            source: source(),
        }),
        Status::UpToYou => ctx.tr(msg::CheckUpToYou {
            condition,
            source: source(),
        }),
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
            ctx.tr(msg::RulesCountriesList {
                countries: Arg::Text((names.join(", ")).into()),
                source: Arg::Text((ctx.citation(&list.source)).into()),
            })
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
    let names: Vec<String> = eligibility(ctx.rates, programme, &Inputs::default())
        .checks
        .iter()
        .map(|check| {
            push_unique(sources, check.sources.iter().copied());
            condition(ctx, check.condition).into_owned()
        })
        .collect();
    names.join(", ")
}

/// Each condition of a programme as checked, and the sources naming them; `more` words
/// what follows a missing count (`None` for nothing).
pub(super) fn lines<'r>(
    ctx: &Ctx<'r>,
    judged: &Eligibility<'r>,
    more: impl Fn(Requirement) -> Option<Text>,
    sources: &mut Vec<&'r str>,
) -> Vec<Text> {
    let programme = judged.programme;
    judged
        .checks
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
