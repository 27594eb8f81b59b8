//! `/net` (`/takehome`): what a creator in France keeps from a gross amount, line by line
//! with each rate's source and date; elsewhere, the gross and a word that only French
//! rules are known. From views, the gross is the Creator Rewards estimate the creator's
//! verdict allows, a range, and what is left is a range too (worked out at each end,
//! rounded once).

use super::{Ctx, info};
use crate::i18n::Text;
use crate::reply::{Reply, Summary};
use catalogue::Period;
use catalogue::{Arg, Msg, StreamId, msg};
use catalogue::{CommandId, OptionId};
use catalogue::{InputError, Inputs};
use estimate::take_home::{Deduction, TakeHome, take_home};
use estimate::{Estimator, Precision, Range, Verdict, push_unique};
use figures::{ClaimId, RateId};
use values::{Currency, Money};

/// The gross to work from: an amount given, or the Creator Rewards estimate for a
/// month of views.
enum Gross {
    Given(Money, Period),
    Estimated(Range),
}

/// What is left at the low and the high end of the gross (the same twice for an amount
/// given).
struct Kept<'r> {
    low: TakeHome<'r>,
    high: TakeHome<'r>,
    precision: Precision,
}

impl Kept<'_> {
    fn period(&self) -> Period {
        self.low.period
    }
}

/// Two ends as a reply writes them: one amount when they meet, else a range with the
/// precision the gross has.
fn between(ctx: &Ctx, low: Money, high: Money, precision: Precision) -> Text {
    ctx.range(&Range {
        low,
        high,
        open_high: false,
        precision: if low == high {
            Precision::Exact
        } else {
            precision
        },
    })
}

fn per(ctx: &Ctx, period: Period) -> Text {
    ctx.tr(match period {
        Period::Year => msg::NET_PER_YEAR,
        Period::Month => msg::NET_PER_MONTH,
    })
}

/// The gross: the amount given, else what the views' verdict lets the creator count on
/// from the Creator Rewards Program (nothing from a stream they are not in yet).
fn gross(ctx: &Ctx, inputs: &Inputs) -> Result<Gross, Box<Reply>> {
    if let Some((cents, written)) = inputs.amount {
        let currency = written.unwrap_or(ctx.currency(inputs));
        return Ok(Gross::Given(
            Money::new(cents, currency),
            inputs.period.unwrap_or(Period::Year),
        ));
    }
    let missing = InputError::Missing {
        command: CommandId::TakeHome,
        option: OptionId::Amount,
    };
    if inputs.views.is_none() {
        return Err(Box::new(info::input_error(ctx.lang, &missing)));
    }
    let estimator = Estimator::new(ctx.rates, ctx.currency(inputs));
    let crp = estimator.stream(StreamId::CreatorRewards, inputs);
    match (&crp.verdict, crp.range) {
        (verdict, Some(range)) if verdict.pays() => Ok(Gross::Estimated(range)),
        (verdict, _) => {
            let hint = Arg::Text(ctx.hint(OptionId::Amount, None).into());
            let line = match verdict {
                Verdict::NotConfirmed(country) => ctx.tr(msg::NetNothingCountry {
                    country: Arg::Text(country.name(ctx.lang).into()),
                    hint,
                }),
                _ => ctx.tr(msg::NetNothing {
                    why: Arg::Text(ctx.verdict_details(verdict).join(ctx.separator).into()),
                    hint,
                }),
            };
            let title = ctx.tr(msg::TITLE_NET_NOTHING);
            Err(Box::new(
                Reply::new(CommandId::TakeHome, ctx.lang, title).line(line),
            ))
        }
    }
}

pub fn takehome(ctx: Ctx, inputs: &Inputs) -> Reply {
    let gross = match gross(&ctx, inputs) {
        Ok(gross) => gross,
        Err(reply) => return *reply,
    };
    let (low, high, period, precision) = match gross {
        Gross::Given(money, period) => (money, money, period, Precision::Exact),
        Gross::Estimated(range) => (range.low, range.high, Period::Month, range.precision),
    };
    let gross_text = between(&ctx, low, high, precision);
    let mut reply = Reply::new(
        CommandId::TakeHome,
        ctx.lang,
        ctx.tr(msg::TitleNet {
            gross: Arg::Text(gross_text.clone()),
            per: Arg::Text(per(&ctx, period)),
        }),
    );
    if let Some(country) = inputs.country.filter(|c| c.code != "FR") {
        return reply.line(ctx.tr(msg::NetNotFrance {
            country: Arg::Text((country.name(ctx.lang)).into()),
            gross: Arg::Text(gross_text),
            per: Arg::Text(per(&ctx, period)),
        }));
    }
    if matches!(gross, Gross::Estimated(_)) {
        reply = reply.line(ctx.tr(msg::NetFromEstimate {
            range: Arg::Text(gross_text),
        }));
    } else if inputs.period.is_none() {
        reply = reply.line(ctx.tr(msg::NET_ASSUMES_YEAR));
    }
    let kept = Kept {
        low: take_home(ctx.rates, low, period),
        high: take_home(ctx.rates, high, period),
        precision,
    };
    let mut sources: Vec<&str> = Vec::new();
    if kept.low.occasional {
        let occasional = ctx.rates.claim(ClaimId::TaxBncOccasional);
        let threshold = ctx.rates.rate(RateId::TaxMicroThreshold);
        reply = reply
            .line(ctx.claim(occasional))
            .line(ctx.tr(msg::NetOccasional {
                source: Arg::Text((ctx.citations(&[threshold.source.as_str()])).into()),
            }));
        push_unique(&mut sources, occasional.sources.iter().map(String::as_str));
        if kept.high.occasional {
            ctx.cite(&mut reply, &sources);
            return reply;
        }
    }
    reply = reply.field(ctx.tr(msg::NET_FIELD), lines(&ctx, &kept, &mut sources));
    if let Some(ceiling) = kept.high.over_ceiling {
        let rate = ctx.rates.rate(RateId::FrMicroBncCeiling);
        push_unique(&mut sources, [rate.source.as_str()]);
        reply = reply.line(ctx.tr(msg::NetOverCeiling {
            ceiling: Arg::Money(ceiling),
            source: Arg::Text((ctx.citations(&[rate.source.as_str()])).into()),
        }));
    }
    reply = reply.line(ctx.tr(msg::NET_CAVEAT));
    reply.summary = Some(summary(&ctx, &reply, &kept));
    ctx.cite(&mut reply, &sources);
    reply
}

/// A deduction's amount at both ends of the gross.
fn taken(ctx: &Ctx, kept: &Kept, i: usize) -> Text {
    between(
        ctx,
        kept.low.deductions[i].amount,
        kept.high.deductions[i].amount,
        kept.precision,
    )
}

/// What is left, with and without the flat tax, and the ceiling when it is passed; the
/// deductions one by one are in the details.
fn summary(ctx: &Ctx, reply: &Reply, kept: &Kept) -> Summary {
    let per = per(ctx, kept.period());
    let mut lines = Vec::with_capacity(4);
    lines.push(ctx.tr(msg::SummaryNet {
        net: Arg::Text(between(
            ctx,
            kept.low.net_with_flat_tax,
            kept.high.net_with_flat_tax,
            kept.precision,
        )),
        before: Arg::Text(between(
            ctx,
            kept.low.net_before_income_tax,
            kept.high.net_before_income_tax,
            kept.precision,
        )),
        per: Arg::Text(per),
    }));
    let deducted: Vec<String> = kept
        .low
        .deductions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (rate, amount) = (Arg::Percent(d.percent), Arg::Text(taken(ctx, kept, i)));
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
    if let Some(ceiling) = kept.high.over_ceiling {
        lines.push(ctx.tr(msg::SummaryNetOverCeiling {
            ceiling: Arg::Money(ceiling),
        }));
    }
    Summary {
        title: reply.title.clone(),
        lines,
    }
}

/// One deduction's line: its rate, amount, source and date.
fn deduction<'r>(ctx: &Ctx<'r>, d: &Deduction<'r>, amount: Text) -> Text {
    let (rate, amount) = (Arg::Percent(d.percent), Arg::Text(amount));
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
}

/// Each deduction with its rate, amount, source and date, then what is left.
fn lines<'r>(ctx: &Ctx<'r>, kept: &Kept<'r>, sources: &mut Vec<&'r str>) -> Vec<Text> {
    let mut lines: Vec<Text> = kept
        .low
        .deductions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            push_unique(sources, [d.rate.source.as_str()]);
            deduction(ctx, d, taken(ctx, kept, i))
        })
        .collect();
    let allowance = ctx.rates.rate(RateId::FrBncAllowance);
    let floor = ctx.rates.rate(RateId::FrBncAllowanceMinimum);
    let minimum = Money::from_units(floor.low, floor.currency.unwrap_or(Currency::Eur));
    push_unique(sources, [allowance.source.as_str(), floor.source.as_str()]);
    let both = |low: Money, high: Money| Arg::Text(between(ctx, low, high, kept.precision));
    let per = || Arg::Text(per(ctx, kept.period()));
    lines.push(ctx.tr(msg::NetLeftFlatTax {
        net: both(kept.low.net_with_flat_tax, kept.high.net_with_flat_tax),
        per: per(),
    }));
    lines.push({
        let net = both(
            kept.low.net_before_income_tax,
            kept.high.net_before_income_tax,
        );
        let taxable = both(kept.low.taxable, kept.high.taxable);
        let allowance_rate = Arg::Percent(values::Percent(allowance.low));
        let source = Arg::Text(ctx.citations(&[allowance.source.as_str()]).into());
        if kept.low.minimum_allowance {
            ctx.tr(msg::NetLeftBeforeIncomeTaxMinimum {
                net,
                per: per(),
                taxable,
                allowance: allowance_rate,
                minimum: Arg::Money(minimum),
                source,
            })
        } else {
            ctx.tr(msg::NetLeftBeforeIncomeTax {
                net,
                per: per(),
                taxable,
                allowance: allowance_rate,
                source,
            })
        }
    });
    lines
}
