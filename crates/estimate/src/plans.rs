//! Goal solving and growth projection: the same sourced rates, read the other way round
//! or carried forward month by month; and the engagement rate against its benchmark.

use catalogue::{Inputs, StreamId};
use figures::{ClaimId, Rate, Requirement, Unit};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use values::{Money, Percent, significant_up};

use crate::benchmarks::typical_engagement;
use crate::eligibility::eligibility;
use crate::streams::{brand_deal, creator_rewards};
use crate::{Estimator, Missing, Range, Verdict, push_unique};

/// Views a month needed to reach a target, from the best and the worst sourced rate,
/// never fewer than the programme's own minimum, rounded up to two figures (a minimum
/// rounded down would miss the target).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewsNeeded {
    /// With the highest rate.
    pub fewest: u64,
    /// With the lowest rate.
    pub most: u64,
    /// The programme's own minimum raised the fewest: below it, nothing is paid.
    pub at_threshold: bool,
}

/// Sponsored videos a month needed at the creator's price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PostsNeeded {
    /// At the top of the price range.
    pub fewest: u64,
    /// At the bottom of the price range.
    pub most: u64,
    /// The price's source says "or more": fewer may do.
    pub open: bool,
}

/// What it takes to earn a monthly target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal<'a> {
    pub target: Money,
    /// The Creator Rewards Program's verdict for the creator (views aside: the goal
    /// gives them).
    pub crp: Verdict<'a>,
    /// `None` when the verdict leaves nothing to count on: a condition no views change
    /// (age, video length), or a country no source confirms.
    pub creator_rewards: Option<ViewsNeeded>,
    pub fund: Verdict<'a>,
    pub creator_fund: Option<ViewsNeeded>,
    pub sponsored_posts: Option<PostsNeeded>,
    /// Sales of the creator's own product.
    pub product_sales: Option<u64>,
    pub sources: Vec<&'a str>,
}

/// Whole units needed, rounding up; the quotient is first rounded to six decimals so an
/// inexact conversion never asks for one unit more than an exact one would.
fn ceil_div(amount: Decimal, per_unit: Decimal) -> Option<u64> {
    if per_unit <= Decimal::ZERO {
        return None;
    }
    amount.checked_div(per_unit)?.round_dp(6).ceil().to_u64()
}

/// Whether views can open `verdict`: nothing missing but counts, and a confirmed
/// country. Age, video length or an unconfirmed country leave nothing to count on.
pub fn views_can_open(verdict: &Verdict) -> bool {
    match verdict {
        Verdict::Eligible | Verdict::ToCheck(_) => true,
        Verdict::NotYet(missing) => missing
            .iter()
            .all(|m| matches!(m, Missing::Followers(_) | Missing::Views30d(_))),
        Verdict::NotConfirmed(_) => false,
    }
}

impl<'a> Estimator<'a> {
    fn views_needed(
        &self,
        rates: impl IntoIterator<Item = &'a Rate>,
        threshold: u64,
        target: Money,
        sources: &mut Vec<&'a str>,
    ) -> Option<ViewsNeeded> {
        // The target is converted into each rate's currency, so a rate is never divided
        // by an inexact conversion.
        let mut fewest: Option<u64> = None;
        let mut most: Option<u64> = None;
        for rate in rates {
            push_unique(sources, [rate.source.as_str()]);
            let currency = rate.currency.unwrap_or(target.currency);
            let goal = self
                .rates
                .fx()
                .convert(target.units(), target.currency, currency)
                * Decimal::ONE_THOUSAND;
            let at_high = ceil_div(goal, rate.high_or_low())?;
            let at_low = ceil_div(goal, rate.low)?;
            fewest = Some(fewest.map_or(at_high, |f| f.min(at_high)));
            most = Some(most.map_or(at_low, |m| m.max(at_low)));
        }
        let (fewest, most) = (significant_up(fewest?, 2), significant_up(most?, 2));
        Some(ViewsNeeded {
            fewest: fewest.max(threshold),
            most: most.max(threshold),
            at_threshold: fewest < threshold,
        })
    }

    /// Views, sponsored videos or sales needed for a monthly target.
    pub fn goal(&self, inputs: &Inputs, target: Money) -> Goal<'a> {
        let mut sources = Vec::new();
        let judged = |programme| {
            let judged = eligibility(
                self.rates,
                programme,
                &Inputs {
                    views: None,
                    ..inputs.clone()
                },
            );
            let threshold = self
                .rates
                .rule(programme, Requirement::Views30d)
                .map_or(0, |rule| rule.min);
            (judged, threshold)
        };
        let (crp, crp_threshold) = judged(StreamId::CreatorRewards);
        push_unique(&mut sources, crp.sources.iter().copied());
        let creator_rewards = views_can_open(&crp.verdict)
            .then(|| {
                self.views_needed(
                    creator_rewards::applicable(self.rates, inputs.country),
                    crp_threshold,
                    target,
                    &mut sources,
                )
            })
            .flatten();
        let (fund, fund_threshold) = judged(StreamId::CreatorFund);
        let fund_rates = self
            .rates
            .stream(StreamId::CreatorFund)
            .filter(|r| r.unit == Unit::Per1000Views);
        let creator_fund = views_can_open(&fund.verdict)
            .then(|| self.views_needed(fund_rates, fund_threshold, target, &mut sources))
            .flatten();
        let sponsored_posts = inputs.followers.and_then(|followers| {
            let hot = inputs.niche.is_some_and(|n| self.rates.is_hot(n));
            let price = brand_deal::price(self, followers, hot, false)?;
            push_unique(&mut sources, price.label.cited().iter().copied());
            let range = price.range;
            Some(PostsNeeded {
                fewest: ceil_div(target.units(), range.high.units())?,
                most: ceil_div(target.units(), range.low.units())?,
                open: range.open_high,
            })
        });
        let product_sales = inputs.price.and_then(|(cents, currency)| {
            let price = self.rates.fx().convert(
                Decimal::new(cents, 2),
                currency.unwrap_or(target.currency),
                target.currency,
            );
            ceil_div(target.units(), price)
        });
        Goal {
            target,
            crp: crp.verdict,
            creator_rewards,
            fund: fund.verdict,
            creator_fund,
            sponsored_posts,
            product_sales,
            sources,
        }
    }
}

/// One month of a growth projection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthAhead {
    pub month: u64,
    pub views: u64,
    /// Only where the month's verdict pays: nothing under the views threshold, nothing
    /// while another condition is missing, nothing where no source confirms the country.
    pub creator_rewards: Option<Range>,
    /// This is the first month at or above the Creator Rewards views threshold.
    pub crosses_threshold: bool,
}

/// Views and Creator Rewards earnings month by month, at the growth the creator gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection<'a> {
    pub start_views: u64,
    pub growth: Percent,
    pub months: Vec<MonthAhead>,
    /// The Creator Rewards Program's verdict at the last month shown.
    pub crp: Verdict<'a>,
    pub threshold: u64,
    /// Monthly views stop here (the claim `views_ceiling`), and `capped` says it happened.
    pub ceiling: u64,
    pub capped: bool,
    pub sources: Vec<&'a str>,
}

impl<'a> Estimator<'a> {
    /// Carries monthly views forward at `growth` a month, up to the sourced ceiling.
    pub fn projection(&self, inputs: &Inputs, start_views: u64, growth: Percent) -> Projection<'a> {
        let months = inputs.months.unwrap_or(6);
        let ceiling_claim = self.rates.claim(ClaimId::ViewsCeiling);
        let ceiling = ceiling_claim.count("views");
        let threshold = creator_rewards::threshold(self.rates);
        let mut sources: Vec<&str> = ceiling_claim.sources.iter().map(String::as_str).collect();
        let applicable = creator_rewards::applicable(self.rates, inputs.country);
        let factor = Decimal::ONE + growth.fraction();
        let mut exact = Decimal::from(start_views);
        let mut crossed = start_views >= threshold;
        let mut capped = false;
        let mut verdict = None;
        // Past the ceiling every month would read the same: the table stops there.
        let months = (1..=months)
            .map_while(|m| {
                if capped {
                    return None;
                }
                exact = exact
                    .checked_mul(factor)
                    .unwrap_or(Decimal::MAX)
                    .min(Decimal::from(ceiling));
                let views = exact.round().to_u64().unwrap_or(ceiling).min(ceiling);
                capped |= views == ceiling;
                let judged = eligibility(
                    self.rates,
                    StreamId::CreatorRewards,
                    &Inputs {
                        views: Some(views),
                        ..inputs.clone()
                    },
                );
                push_unique(&mut sources, judged.sources.iter().copied());
                let paid = judged.verdict.pays();
                verdict = Some(judged.verdict);
                let creator_rewards = if paid {
                    let parts = creator_rewards::parts(self, &applicable, views);
                    for p in &parts {
                        push_unique(&mut sources, p.label.cited().iter().copied());
                    }
                    Range::span(parts.iter().map(|p| &p.range))
                } else {
                    None
                };
                let crosses_threshold = !crossed && views >= threshold;
                crossed |= crosses_threshold;
                Some(MonthAhead {
                    month: m,
                    views,
                    creator_rewards,
                    crosses_threshold,
                })
            })
            .collect();
        let crp = verdict
            .unwrap_or_else(|| eligibility(self.rates, StreamId::CreatorRewards, inputs).verdict);
        Projection {
            start_views,
            growth,
            months,
            crp,
            threshold,
            ceiling,
            capped,
            sources,
        }
    }
}

/// How long a count growing at a steady monthly rate takes to reach a target: the creator's
/// own growth compounded, no sourced rate in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// The count is already at or above the target.
    Already,
    /// Reached at the end of this month (1, 2…).
    In(u64),
    /// Not within [`REACH_HORIZON`] months.
    Beyond,
    /// No growth, or a decline: never reached.
    Never,
}

/// The furthest a reach is counted, in months (ten years): past it, a steady monthly
/// rate means nothing.
pub const REACH_HORIZON: u64 = 120;

/// Compounds `start` by `growth` a month until it reaches `target`, exactly.
pub fn reach(start: u64, growth: Percent, target: u64) -> Reach {
    if start >= target {
        return Reach::Already;
    }
    if growth.0 <= Decimal::ZERO || start == 0 {
        return Reach::Never;
    }
    let factor = Decimal::ONE + growth.fraction();
    let target = Decimal::from(target);
    let mut count = Decimal::from(start);
    for month in 1..=REACH_HORIZON {
        count = match count.checked_mul(factor) {
            Some(next) => next,
            None => return Reach::In(month),
        };
        if count >= target {
            return Reach::In(month);
        }
    }
    Reach::Beyond
}

/// An engagement rate and how it compares.
#[derive(Debug, Clone)]
pub struct Engagement<'a> {
    /// Interactions per view, in percent, to two decimals.
    pub rate: Decimal,
    pub interactions: u64,
    /// The benchmark for the account's size, when followers were given.
    pub typical: Option<&'a Rate>,
}

impl<'a> Estimator<'a> {
    /// (likes + comments + shares + saves) / views, against the benchmark for the size.
    /// The inputs are checked first: no count may exceed the views.
    pub fn engagement(&self, inputs: &Inputs, views: u64) -> Engagement<'a> {
        let interactions = inputs.interactions();
        let rate = (Decimal::from(interactions) * Decimal::ONE_HUNDRED
            / Decimal::from(views.max(1)))
        .round_dp(2);
        Engagement {
            rate,
            interactions,
            typical: inputs
                .followers
                .and_then(|f| typical_engagement(self.rates, f)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn percent(p: i64) -> Percent {
        Percent(Decimal::from(p))
    }

    /// Worked by hand: 1.15^11 ≈ 4.65 and 1.15^12 ≈ 5.35, so 2 000 → 10 000 takes 12
    /// months; 1.1^16 ≈ 4.59 and 1.1^17 ≈ 5.05; 1.01^n reaches 1 000 only at n ≈ 694.
    #[test]
    fn a_target_is_reached_the_month_the_compounded_count_passes_it() {
        assert_eq!(reach(2_000, percent(15), 10_000), Reach::In(12));
        assert_eq!(reach(20_000, percent(10), 100_000), Reach::In(17));
        assert_eq!(reach(100, percent(100), 200), Reach::In(1));
        assert_eq!(reach(1_000, percent(1), 1_000_000), Reach::Beyond);
        assert_eq!(reach(10_000, percent(5), 10_000), Reach::Already);
        assert_eq!(reach(5_000, percent(0), 10_000), Reach::Never);
        assert_eq!(reach(5_000, percent(-10), 10_000), Reach::Never);
        assert_eq!(reach(0, percent(50), 10), Reach::Never);
        assert_eq!(reach(1, percent(1000), u64::MAX), Reach::In(19));
    }
}
