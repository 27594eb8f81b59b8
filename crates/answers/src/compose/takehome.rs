//! `/net` (`/takehome`): what a creator in France keeps from a gross amount, line by line
//! with each rate's source and date; elsewhere, the gross and a word that only French
//! rules are known.

use super::{Ctx, info};
use crate::i18n::Text;
use crate::reply::{Reply, Summary};
use catalogue::Period;
use catalogue::{Arg, Msg, msg};
use catalogue::{CommandId, OptionId};
use catalogue::{InputError, Inputs};
use estimate::streams::creator_rewards;
use estimate::take_home::{TakeHome, take_home};
use estimate::{Estimator, Range, push_unique};
use figures::{ClaimId, RateId};
use values::{Currency, Money};

/// The gross to work from: the amount given, else the Creator Rewards estimate for the
/// views given or saved (its midpoint, with its bounds), a month at a time.
fn gross(ctx: &Ctx, inputs: &Inputs) -> Option<(Money, Period, Option<Range>)> {
    if let Some((cents, written)) = inputs.amount {
        let currency = written.unwrap_or(ctx.currency(inputs));
        return Some((
            Money::new(cents, currency),
            inputs.period.unwrap_or(Period::Year),
            None,
        ));
    }
    let views = inputs.views?;
    let estimator = Estimator::new(ctx.rates, ctx.currency(inputs));
    let applicable = creator_rewards::applicable(ctx.rates, inputs.country);
    let parts = creator_rewards::parts(&estimator, &applicable, views);
    let range = Range::span(parts.iter().map(|p| &p.range))?;
    let middle = Money::new((range.low.cents + range.high.cents) / 2, range.low.currency);
    Some((middle, Period::Month, Some(range)))
}

fn per(ctx: &Ctx, period: Period) -> Text {
    ctx.tr(match period {
        Period::Year => msg::NET_PER_YEAR,
        Period::Month => msg::NET_PER_MONTH,
    })
}

pub fn takehome(ctx: Ctx, inputs: &Inputs) -> Reply {
    let Some((gross, period, estimate)) = gross(&ctx, inputs) else {
        return info::input_error(
            ctx.lang,
            &InputError::Missing {
                command: CommandId::TakeHome,
                option: OptionId::Amount,
            },
        );
    };
    let mut reply = Reply::new(
        CommandId::TakeHome,
        ctx.lang,
        ctx.tr(msg::TitleNet {
            gross: Arg::Money(gross),
            per: Arg::Text(per(&ctx, period)),
        }),
    );
    if let Some(country) = inputs.country.filter(|c| c.code != "FR") {
        return reply.line(ctx.tr(msg::NetNotFrance {
            country: Arg::Text((country.name(ctx.lang)).into()),
            gross: Arg::Money(gross),
            per: Arg::Text(per(&ctx, period)),
        }));
    }
    if let Some(range) = estimate {
        reply = reply.line(ctx.tr(msg::NetFromEstimate {
            range: Arg::Text(ctx.range(&range)),
        }));
    } else if inputs.period.is_none() {
        reply = reply.line(ctx.tr(msg::NET_ASSUMES_YEAR));
    }
    let result = take_home(ctx.rates, gross, period);
    let mut sources: Vec<&str> = Vec::new();
    if result.occasional {
        let occasional = ctx.rates.claim(ClaimId::TaxBncOccasional);
        let threshold = ctx.rates.rate(RateId::TaxMicroThreshold);
        reply = reply
            .line(ctx.claim(occasional))
            .line(ctx.tr(msg::NetOccasional {
                source: Arg::Text((ctx.citations(&[threshold.source.as_str()])).into()),
            }));
        push_unique(&mut sources, occasional.sources.iter().map(String::as_str));
        ctx.cite(&mut reply, &sources);
        return reply;
    }
    reply = reply.field(ctx.tr(msg::NET_FIELD), lines(&ctx, &result, &mut sources));
    if let Some(range) = estimate {
        let low = take_home(ctx.rates, range.low, period).net_with_flat_tax;
        let high = take_home(ctx.rates, range.high, period).net_with_flat_tax;
        reply = reply.line(ctx.tr(msg::NetBounds {
            low: Arg::Money(low),
            high: Arg::Money(high),
        }));
    }
    if let Some(ceiling) = result.over_ceiling {
        let rate = ctx.rates.rate(RateId::FrMicroBncCeiling);
        push_unique(&mut sources, [rate.source.as_str()]);
        reply = reply.line(ctx.tr(msg::NetOverCeiling {
            ceiling: Arg::Money(ceiling),
            source: Arg::Text((ctx.citations(&[rate.source.as_str()])).into()),
        }));
    }
    reply = reply.line(ctx.tr(msg::NET_CAVEAT));
    reply.summary = Some(summary(&ctx, &reply, &result, estimate));
    ctx.cite(&mut reply, &sources);
    reply
}

/// What is left, with and without the flat tax, and the ceiling when it is passed; the
/// deductions one by one are in the details.
fn summary(ctx: &Ctx, reply: &Reply, result: &TakeHome, estimate: Option<Range>) -> Summary {
    let per = per(ctx, result.period);
    let mut lines = Vec::with_capacity(4);
    if let Some(range) = estimate {
        lines.push(ctx.tr(msg::NetFromEstimate {
            range: Arg::Text(ctx.range(&range)),
        }));
    }
    lines.push(ctx.tr(msg::SummaryNet {
        net: Arg::Money(result.net_with_flat_tax),
        before: Arg::Money(result.net_before_income_tax),
        per: Arg::Text(per),
    }));
    let deducted: Vec<String> = result
        .deductions
        .iter()
        .map(|d| {
            let (rate, amount) = (Arg::Percent(d.percent), Arg::Money(d.amount));
            ctx.tr::<Msg>(match d.id {
                RateId::FrBncSocialContributions => {
                    msg::SummaryNetFrBncSocialContributions { rate, amount }.into()
                }
                RateId::FrTrainingContribution => {
                    msg::SummaryNetFrTrainingContribution { rate, amount }.into()
                }
                _ => msg::SummaryNetFrFlatIncomeTax { rate, amount }.into(),
            })
            .into_owned()
        })
        .collect();
    lines.push(ctx.tr(msg::SummaryNetDeductions {
        list: Arg::Text((deducted.join(ctx.separator)).into()),
    }));
    if let Some(ceiling) = result.over_ceiling {
        lines.push(ctx.tr(msg::SummaryNetOverCeiling {
            ceiling: Arg::Money(ceiling),
        }));
    }
    Summary {
        title: reply.title.clone(),
        lines,
    }
}

/// Each deduction with its rate, amount, source and date, then what is left.
fn lines<'r>(ctx: &Ctx<'r>, result: &TakeHome<'r>, sources: &mut Vec<&'r str>) -> Vec<Text> {
    let mut lines: Vec<Text> = result
        .deductions
        .iter()
        .map(|d| {
            push_unique(sources, [d.rate.source.as_str()]);
            let (rate, amount) = (Arg::Percent(d.percent), Arg::Money(d.amount));
            let source = Arg::Text(ctx.citations(&[d.rate.source.as_str()]).into());
            let date = Arg::Text(d.rate.date.as_str().into());
            ctx.tr::<Msg>(match d.id {
                RateId::FrBncSocialContributions => msg::NetLineFrBncSocialContributions {
                    rate,
                    amount,
                    source,
                    date,
                }
                .into(),
                RateId::FrTrainingContribution => msg::NetLineFrTrainingContribution {
                    rate,
                    amount,
                    source,
                    date,
                }
                .into(),
                _ => msg::NetLineFrFlatIncomeTax {
                    rate,
                    amount,
                    source,
                }
                .into(),
            })
        })
        .collect();
    let allowance = ctx.rates.rate(RateId::FrBncAllowance);
    let floor = ctx.rates.rate(RateId::FrBncAllowanceMinimum);
    let minimum = Money::from_units(floor.low, floor.currency.unwrap_or(Currency::Eur));
    push_unique(sources, [allowance.source.as_str(), floor.source.as_str()]);
    lines.push(ctx.tr(msg::NetLeftFlatTax {
        net: Arg::Money(result.net_with_flat_tax),
        per: Arg::Text(per(ctx, result.period)),
    }));
    lines.push({
        let net = Arg::Money(result.net_before_income_tax);
        let per = Arg::Text(per(ctx, result.period));
        let taxable = Arg::Money(result.taxable);
        let allowance_rate = Arg::Percent(values::Percent(allowance.low));
        let source = Arg::Text(ctx.citations(&[allowance.source.as_str()]).into());
        if result.minimum_allowance {
            ctx.tr(msg::NetLeftBeforeIncomeTaxMinimum {
                net,
                per,
                taxable,
                allowance: allowance_rate,
                minimum: Arg::Money(minimum),
                source,
            })
        } else {
            ctx.tr(msg::NetLeftBeforeIncomeTax {
                net,
                per,
                taxable,
                allowance: allowance_rate,
                source,
            })
        }
    });
    lines
}
