//! Goal solving and growth projection: the same sourced rates, read the other way round
//! or carried forward month by month.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::catalogue::MAX_VIEWS;
use super::estimate::{Estimator, Range, SourcedRange, union};
use super::inputs::Inputs;
use super::rates::{Group, Programme, RateRegion, Requirement};
use crate::values::Money;

/// Views a month needed to reach a target, from the best and the worst sourced rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewsNeeded {
    /// With the highest rate.
    pub fewest: u64,
    /// With the lowest rate.
    pub most: u64,
}

/// What it takes to earn a monthly target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Goal<'a> {
    pub target: Money,
    pub creator_rewards: Option<ViewsNeeded>,
    pub creator_fund: Option<ViewsNeeded>,
    /// Sponsored videos at the creator's tier (fewest, most).
    pub sponsored_posts: Option<(u64, u64)>,
    /// Sales of the creator's own product.
    pub product_sales: Option<u64>,
    pub sources: Vec<&'a str>,
}

fn ceil_div(amount: Decimal, per_unit: Decimal) -> Option<u64> {
    if per_unit <= Decimal::ZERO {
        return None;
    }
    amount.checked_div(per_unit)?.ceil().to_u64()
}

impl<'a> Estimator<'a> {
    fn views_needed(
        &self,
        group: Group,
        region: RateRegion,
        target: Money,
        sources: &mut Vec<&'a str>,
    ) -> Option<ViewsNeeded> {
        let fx = self.rates.fx();
        let per_view: Vec<(Decimal, Decimal)> = self
            .view_rates(group, region)
            .map(|r| {
                if !sources.contains(&r.source.as_str()) {
                    sources.push(r.source.as_str());
                }
                let from = r.currency.unwrap_or(target.currency);
                (
                    fx.convert(r.low, from, target.currency) / Decimal::ONE_THOUSAND,
                    fx.convert(r.high_or_low(), from, target.currency) / Decimal::ONE_THOUSAND,
                )
            })
            .collect();
        let lowest = per_view.iter().map(|p| p.0).min()?;
        let highest = per_view.iter().map(|p| p.1).max()?;
        Some(ViewsNeeded {
            fewest: ceil_div(target.units(), highest)?,
            most: ceil_div(target.units(), lowest)?,
        })
    }

    /// Views, sponsored videos or sales needed for a monthly target.
    pub fn goal(&self, inputs: &Inputs, target: Money) -> Goal<'a> {
        let mut sources = Vec::new();
        let region = self.region(inputs).0;
        let creator_rewards =
            self.views_needed(Group::CreatorRewards, region, target, &mut sources);
        let creator_fund =
            self.views_needed(Group::CreatorFund, RateRegion::Global, target, &mut sources);
        let sponsored_posts = inputs.followers.and_then(|f| {
            let deal = self.stream(
                super::estimate::StreamId::BrandDeal,
                &Inputs {
                    followers: Some(f),
                    ..inputs.clone()
                },
            );
            let range = deal.range?;
            for s in deal.sources {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
            Some((
                ceil_div(target.units(), range.high.units())?,
                ceil_div(target.units(), range.low.units())?,
            ))
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
            creator_rewards,
            creator_fund,
            sponsored_posts,
            product_sales,
            sources,
        }
    }
}

/// One month of a growth projection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    pub month: u64,
    pub views: u64,
    pub creator_rewards: Option<Range>,
    /// This is the first month at or above the Creator Rewards views threshold.
    pub crosses_threshold: bool,
}

/// Views and Creator Rewards earnings month by month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection<'a> {
    pub start_views: u64,
    /// Monthly growth in percent, rounded to a tenth for display.
    pub monthly_growth: Decimal,
    /// Growth came from the seed's example, not from the user.
    pub growth_from_source: bool,
    pub months: Vec<Month>,
    pub threshold: u64,
    pub sources: Vec<&'a str>,
}

impl<'a> Estimator<'a> {
    /// Carries monthly views forward. Without `croissance`, growth is the seed's example:
    /// views doubling in three months at four videos a week.
    pub fn projection(&self, inputs: &Inputs, start_views: u64) -> Projection<'a> {
        let months = inputs.months.unwrap_or(6);
        let doubling = self.rates.get("growth_doubling");
        let mut sources = Vec::new();
        let (factor, growth_from_source) = match inputs.growth {
            Some(g) => (1.0 + g.fraction().to_f64().unwrap_or(0.0), false),
            None => {
                sources.push(doubling.source.as_str());
                let span = f64::from(doubling.months.unwrap_or(3).max(1));
                (doubling.low.to_f64().unwrap_or(1.0).powf(1.0 / span), true)
            }
        };
        let threshold = self
            .rates
            .rule(Programme::CreatorRewards, Requirement::Views30d)
            .map_or(0, |r| r.min);
        let mut crossed = start_views >= threshold;
        let months = (1..=months)
            .map(|m| {
                let exact = start_views as f64 * factor.powf(m as f64);
                let views = if exact.is_finite() {
                    exact.round().min(MAX_VIEWS as f64) as u64
                } else {
                    MAX_VIEWS
                };
                let parts: Vec<SourcedRange> = self.creator_rewards_for(inputs, views);
                for p in &parts {
                    for s in &p.sources {
                        if !sources.contains(s) {
                            sources.push(s);
                        }
                    }
                }
                let crosses_threshold = !crossed && views >= threshold;
                crossed |= crosses_threshold;
                Month {
                    month: m,
                    views,
                    creator_rewards: union(&parts),
                    crosses_threshold,
                }
            })
            .collect();
        let monthly_growth = Decimal::from_f64_retain((factor - 1.0) * 100.0)
            .unwrap_or_default()
            .round_dp(1);
        Projection {
            start_views,
            monthly_growth,
            growth_from_source,
            months,
            threshold,
            sources,
        }
    }
}

/// An engagement rate and how it compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Engagement<'a> {
    /// Interactions per view, in percent, to two decimals.
    pub rate: Decimal,
    pub interactions: u64,
    /// The typical rate for the account's size, when followers were given.
    pub typical: Option<Decimal>,
    pub sources: Vec<&'a str>,
}

impl<'a> Estimator<'a> {
    /// (likes + comments + shares + saves) / views, against the benchmark for the size.
    pub fn engagement(&self, inputs: &Inputs, views: u64) -> Engagement<'a> {
        let interactions = [inputs.likes, inputs.comments, inputs.shares, inputs.saves]
            .iter()
            .map(|v| v.unwrap_or(0))
            .fold(0u64, u64::saturating_add);
        let rate = (Decimal::from(interactions) * Decimal::ONE_HUNDRED
            / Decimal::from(views.max(1)))
        .round_dp(2);
        let mut sources = vec!["seed:000"];
        let typical = inputs.followers.and_then(|f| {
            let tier = self
                .rates
                .group(Group::Engagement)
                .filter(|r| r.min_followers.is_some_and(|m| m <= f))
                .max_by_key(|r| r.min_followers)?;
            sources.push(tier.source.as_str());
            Some(tier.low)
        });
        Engagement {
            rate,
            interactions,
            typical,
            sources,
        }
    }
}
