//! `/net` (`/takehome`): what a creator in France keeps from a gross amount, line by line
//! with each rate's source and date; elsewhere, the gross and a word that only French
//! rules are known.

use super::{Ctx, info};
use crate::i18n::{Args, Text};
use crate::reply::{Reply, Summary};
use catalogue::Period;
use catalogue::{CommandId, OptionId};
use catalogue::{InputError, Inputs};
use estimate::streams::creator_rewards;
use estimate::take_home::{TakeHome, take_home};
use estimate::{Estimator, Note, Range, push_unique};
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
        Period::Year => "net-per-year",
        Period::Month => "net-per-month",
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
        ctx.tr_args(
            "title-net",
            Args::new()
                .money("gross", gross)
                .text("per", per(&ctx, period)),
        ),
    );
    if let Some(country) = inputs.country.filter(|c| c.code != "FR") {
        return reply.line(
            ctx.tr_args(
                "net-not-france",
                Args::new()
                    .text("country", country.name(ctx.lang))
                    .money("gross", gross)
                    .text("per", per(&ctx, period)),
            ),
        );
    }
    if let Some(range) = estimate {
        reply = reply.line(ctx.tr_args(
            "net-from-estimate",
            Args::new().text("range", ctx.range(&range)),
        ));
    } else if inputs.period.is_none() {
        reply = reply.line(ctx.tr("net-assumes-year"));
    }
    let result = take_home(ctx.rates, gross, period);
    let mut sources: Vec<&str> = Vec::new();
    if result.occasional {
        let occasional = ctx.rates.claim(ClaimId::TaxBncOccasional);
        let threshold = ctx.rates.rate(RateId::TaxMicroThreshold);
        reply = reply
            .line(ctx.note(&Note::claim(occasional)))
            .line(ctx.tr_args(
                "net-occasional",
                Args::new().text("source", ctx.citations(&[threshold.source.as_str()])),
            ));
        push_unique(&mut sources, occasional.sources.iter().map(String::as_str));
        ctx.cite(&mut reply, &sources);
        return reply;
    }
    reply = reply.field(ctx.tr("net-field"), lines(&ctx, &result, &mut sources));
    if let Some(range) = estimate {
        let low = take_home(ctx.rates, range.low, period).net_with_flat_tax;
        let high = take_home(ctx.rates, range.high, period).net_with_flat_tax;
        reply = reply.line(ctx.tr_args(
            "net-bounds",
            Args::new().money("low", low).money("high", high),
        ));
    }
    if let Some(ceiling) = result.over_ceiling {
        let rate = ctx.rates.rate(RateId::FrMicroBncCeiling);
        push_unique(&mut sources, [rate.source.as_str()]);
        reply = reply.line(
            ctx.tr_args(
                "net-over-ceiling",
                Args::new()
                    .money("ceiling", ceiling)
                    .text("source", ctx.citations(&[rate.source.as_str()])),
            ),
        );
    }
    reply = reply.line(ctx.tr("net-caveat"));
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
        lines.push(ctx.tr_args(
            "net-from-estimate",
            Args::new().text("range", ctx.range(&range)),
        ));
    }
    lines.push(
        ctx.tr_args(
            "summary-net",
            Args::new()
                .money("net", result.net_with_flat_tax)
                .money("before", result.net_before_income_tax)
                .text("per", per),
        ),
    );
    let deducted: Vec<String> = result
        .deductions
        .iter()
        .map(|d| {
            ctx.tr_args(
                &format!("summary-net-{}", d.rate.id),
                Args::new()
                    .percent("rate", d.percent)
                    .money("amount", d.amount),
            )
            .into_owned()
        })
        .collect();
    lines.push(ctx.tr_args(
        "summary-net-deductions",
        Args::new().text("list", deducted.join(ctx.separator)),
    ));
    if let Some(ceiling) = result.over_ceiling {
        lines.push(ctx.tr_args(
            "summary-net-over-ceiling",
            Args::new().money("ceiling", ceiling),
        ));
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
            ctx.tr_args(
                &format!("net-line-{}", d.rate.id),
                Args::new()
                    .percent("rate", d.percent)
                    .money("amount", d.amount)
                    .text("source", ctx.citations(&[d.rate.source.as_str()]))
                    .text("date", d.rate.date.as_str()),
            )
        })
        .collect();
    let allowance = ctx.rates.rate(RateId::FrBncAllowance);
    let floor = ctx.rates.rate(RateId::FrBncAllowanceMinimum);
    let minimum = Money::from_units(floor.low, floor.currency.unwrap_or(Currency::Eur));
    push_unique(sources, [allowance.source.as_str(), floor.source.as_str()]);
    lines.push(
        ctx.tr_args(
            "net-left-flat-tax",
            Args::new()
                .money("net", result.net_with_flat_tax)
                .text("per", per(ctx, result.period)),
        ),
    );
    lines.push(
        ctx.tr_args(
            if result.minimum_allowance {
                "net-left-before-income-tax-minimum"
            } else {
                "net-left-before-income-tax"
            },
            Args::new()
                .money("net", result.net_before_income_tax)
                .text("per", per(ctx, result.period))
                .money("taxable", result.taxable)
                .percent("allowance", values::Percent(allowance.low))
                .money("minimum", minimum)
                .text("source", ctx.citations(&[allowance.source.as_str()])),
        ),
    );
    lines
}
