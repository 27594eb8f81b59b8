//! The estimator: pure arithmetic from sourced rates and the creator's numbers to
//! per-stream ranges, eligibility verdicts, notes and sources. No I/O, no globals.

use rust_decimal::Decimal;
use serde::Serialize;

use super::catalogue::OptionId;
use super::country::Region;
use super::inputs::Inputs;
use super::rates::{Group, Programme, Rate, RateRegion, Rates, Requirement, Unit};
use crate::values::{Currency, Money};

/// A revenue stream, with the ids replies and JSON use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamId {
    CreatorRewards,
    CreatorFund,
    BrandDeal,
    LiveGifts,
    Affiliate,
    Products,
    Pulse,
}

impl StreamId {
    pub const ALL: [StreamId; 7] = [
        StreamId::CreatorRewards,
        StreamId::CreatorFund,
        StreamId::BrandDeal,
        StreamId::LiveGifts,
        StreamId::Affiliate,
        StreamId::Products,
        StreamId::Pulse,
    ];

    /// The Fluent id of the stream's name.
    pub fn message(self) -> &'static str {
        match self {
            StreamId::CreatorRewards => "stream-creator_rewards",
            StreamId::CreatorFund => "stream-creator_fund",
            StreamId::BrandDeal => "stream-brand_deal",
            StreamId::LiveGifts => "stream-live_gifts",
            StreamId::Affiliate => "stream-affiliate",
            StreamId::Products => "stream-products",
            StreamId::Pulse => "stream-pulse",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            StreamId::CreatorRewards => "creator_rewards",
            StreamId::CreatorFund => "creator_fund",
            StreamId::BrandDeal => "brand_deal",
            StreamId::LiveGifts => "live_gifts",
            StreamId::Affiliate => "affiliate",
            StreamId::Products => "products",
            StreamId::Pulse => "pulse",
        }
    }
}

/// A low–high amount; `open_high` when the source says "or more".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub low: Money,
    pub high: Money,
    pub open_high: bool,
}

/// The range one source (or pair of sources) gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcedRange<'a> {
    pub range: Range,
    pub sources: Vec<&'a str>,
}

/// Something a creator lacks for a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Followers(u64),
    Views30d(u64),
    Age(u64),
    VideoSeconds(u64),
    /// The programme has been replaced and takes nobody.
    Replaced,
}

/// Why eligibility cannot be settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsettled {
    /// The answer depends on an option that was not given.
    Needs(OptionId),
    /// No source names the country as eligible (nor as excluded).
    CountryUnconfirmed,
    /// The programme asks for something no source quantifies (Pulse's "high engagement").
    NoPublicThreshold,
}

/// Eligibility for one programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Eligible,
    NotEligible(Vec<Missing>),
    Unknown(Vec<Unsettled>),
}

impl Verdict {
    /// `true`, `false`, or `null` when unknown, as JSON shows it.
    pub fn eligible(&self) -> Option<bool> {
        match self {
            Verdict::Eligible => Some(true),
            Verdict::NotEligible(_) => Some(false),
            Verdict::Unknown(_) => None,
        }
    }
}

/// An assumption or caveat the reply must state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// No country given: the region's rates were chosen from the currency.
    RegionAssumed(RateRegion),
    /// No age given: eligibility assumes an adult.
    AssumesAdult,
    /// No video length given: eligibility assumes videos over a minute.
    AssumesLongVideos,
    /// Only qualified views of videos over a minute count.
    QualifiedViewsOnly,
    /// Sources give different ranges; the range spans them.
    SourcesDisagree,
    /// The fund was replaced by the Creator Rewards Program.
    FundReplaced,
    /// Without `engagement`, tiers assume an audience as engaged as the seed's example.
    AssumesEngagedAudience { reference: Decimal },
    /// Engagement below the reference: the audience counts as this many engaged followers.
    EngagementScaled { effective: u64 },
    /// A well-paying niche adds its own range.
    HotNiche,
    /// Deals exist at this size but no source prices them.
    NoPriceAtThisSize,
    /// Per sponsored video, not per month.
    PerSponsoredPost,
    /// Give coins or diamonds to get an amount.
    NeedsGifts,
    /// The seed's share and the public converters disagree on the creator's cut.
    LiveShareDisagrees,
    /// Diamonds given: converted at the public diamond value.
    FromDiamonds,
    /// No source gives a typical commission; give `commission`.
    NoPublicCommission,
    /// Needs these options for an amount.
    NeedsOptions(Vec<OptionId>),
    /// Revenue from a launch (chiffre d'affaires), not profit.
    RevenueNotProfit { sales_low: u64, sales_high: u64 },
    /// No public figure exists for this programme's pay.
    NoPublicRate,
}

/// One stream's estimate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamEstimate<'a> {
    pub id: StreamId,
    pub range: Option<Range>,
    pub by_source: Vec<SourcedRange<'a>>,
    pub verdict: Verdict,
    pub notes: Vec<Note>,
    pub sources: Vec<&'a str>,
}

/// The full estimate `gains` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate<'a> {
    pub currency: Currency,
    pub streams: Vec<StreamEstimate<'a>>,
}

/// Rates plus the currency answers are given in.
pub struct Estimator<'a> {
    pub rates: &'a Rates,
    pub currency: Currency,
}

fn push_unique<'a>(into: &mut Vec<&'a str>, items: impl IntoIterator<Item = &'a str>) {
    for item in items {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

/// The union of sourced ranges: lowest low to highest high.
pub(crate) fn union(parts: &[SourcedRange<'_>]) -> Option<Range> {
    let low = parts.iter().map(|p| p.range.low).min()?;
    let top = parts
        .iter()
        .max_by_key(|p| (p.range.high, p.range.open_high))?;
    Some(Range {
        low,
        high: top.range.high,
        open_high: parts
            .iter()
            .any(|p| p.range.open_high && p.range.high == top.range.high),
    })
}

/// Checks a count against a rule's minimum, recording what is missing.
fn check<'a>(
    rates: &'a Rates,
    programme: Programme,
    req: Requirement,
    value: Option<u64>,
    missing: &mut Vec<Missing>,
    unsettled: &mut Vec<Unsettled>,
    sources: &mut Vec<&'a str>,
) {
    let Some(rule) = rates.rule(programme, req) else {
        return;
    };
    push_unique(sources, rule.sources.iter().map(String::as_str));
    match value {
        Some(v) if v >= rule.min => {}
        Some(v) => missing.push(match req {
            Requirement::Followers => Missing::Followers(rule.min - v),
            Requirement::Views30d => Missing::Views30d(rule.min - v),
            Requirement::Age => Missing::Age(rule.min),
            Requirement::VideoSeconds => Missing::VideoSeconds(rule.min),
        }),
        None => unsettled.push(Unsettled::Needs(match req {
            Requirement::Followers => OptionId::Followers,
            Requirement::Views30d => OptionId::Views,
            Requirement::Age => OptionId::Age,
            Requirement::VideoSeconds => OptionId::Length,
        })),
    }
}

fn verdict(missing: Vec<Missing>, unsettled: Vec<Unsettled>) -> Verdict {
    if !missing.is_empty() {
        Verdict::NotEligible(missing)
    } else if !unsettled.is_empty() {
        Verdict::Unknown(unsettled)
    } else {
        Verdict::Eligible
    }
}

impl<'a> Estimator<'a> {
    /// An exact amount in a rate's currency, in the reply's currency. A converted amount
    /// of 10 or more is rounded to the unit: `960,52 €` from a dollar figure would claim a
    /// precision the source never had.
    fn money(&self, units: Decimal, from: Option<Currency>) -> Money {
        let from = from.unwrap_or(self.currency);
        let converted = self.rates.fx().convert(units, from, self.currency);
        if from != self.currency && converted >= Decimal::TEN {
            Money::from_units(converted.round(), self.currency)
        } else {
            Money::from_units(converted, self.currency)
        }
    }

    /// Per-1 000-views rates for a region. Figures given in the reply's currency are used
    /// as written; the others are converted only when no source gives that currency.
    pub fn view_rates(
        &self,
        group: Group,
        region: RateRegion,
    ) -> impl Iterator<Item = &'a Rate> + use<'a> {
        let currency = self.currency;
        let rates = self
            .rates
            .group(group)
            .filter(move |r| r.unit == Unit::Per1000Views && r.region == region);
        let own = rates.clone().any(|r| r.currency == Some(currency));
        rates.filter(move |r| !own || r.currency == Some(currency))
    }

    fn per_1000_views(
        &self,
        group: Group,
        region: RateRegion,
        views: u64,
    ) -> Vec<SourcedRange<'a>> {
        let thousands = Decimal::from(views) / Decimal::ONE_THOUSAND;
        self.view_rates(group, region)
            .map(|r| SourcedRange {
                range: Range {
                    low: self.money(thousands.saturating_mul(r.low), r.currency),
                    high: self.money(thousands.saturating_mul(r.high_or_low()), r.currency),
                    open_high: r.open_high,
                },
                sources: vec![r.source.as_str()],
            })
            .collect()
    }

    /// The rate region: the country's, else the one the currency suggests.
    pub fn region(&self, inputs: &Inputs) -> (RateRegion, bool) {
        match inputs.country.map(|c| c.region) {
            Some(Region::Europe) => (RateRegion::Europe, false),
            Some(Region::Other) => (RateRegion::Global, false),
            None => match self.currency {
                Currency::Eur => (RateRegion::Europe, true),
                Currency::Usd => (RateRegion::Global, true),
            },
        }
    }

    /// Creator Rewards ranges for a view count in the inputs' region.
    pub fn creator_rewards_for(&self, inputs: &Inputs, views: u64) -> Vec<SourcedRange<'a>> {
        self.per_1000_views(Group::CreatorRewards, self.region(inputs).0, views)
    }

    /// Every stream, in the order replies show them.
    pub fn estimate(&self, inputs: &Inputs) -> Estimate<'a> {
        Estimate {
            currency: self.currency,
            streams: StreamId::ALL
                .iter()
                .map(|&s| self.stream(s, inputs))
                .collect(),
        }
    }

    pub fn stream(&self, id: StreamId, inputs: &Inputs) -> StreamEstimate<'a> {
        match id {
            StreamId::CreatorRewards => self.creator_rewards(inputs),
            StreamId::CreatorFund => self.creator_fund(inputs),
            StreamId::BrandDeal => self.brand_deal(inputs),
            StreamId::LiveGifts => self.live_gifts(inputs),
            StreamId::Affiliate => self.affiliate(inputs),
            StreamId::Products => self.products(inputs),
            StreamId::Pulse => self.pulse(inputs),
        }
    }

    /// Creator Rewards Program eligibility, shared by `gains` and `eligibilite`.
    pub fn creator_rewards_verdict(
        &self,
        inputs: &Inputs,
        notes: &mut Vec<Note>,
        sources: &mut Vec<&'a str>,
    ) -> Verdict {
        let (mut missing, mut unsettled) = (Vec::new(), Vec::new());
        let p = Programme::CreatorRewards;
        check(
            self.rates,
            p,
            Requirement::Followers,
            inputs.followers,
            &mut missing,
            &mut unsettled,
            sources,
        );
        check(
            self.rates,
            p,
            Requirement::Views30d,
            inputs.views,
            &mut missing,
            &mut unsettled,
            sources,
        );
        for (req, value, assumption) in [
            (Requirement::Age, inputs.age, Note::AssumesAdult),
            (
                Requirement::VideoSeconds,
                inputs.length,
                Note::AssumesLongVideos,
            ),
        ] {
            if value.is_some() {
                check(
                    self.rates,
                    p,
                    req,
                    value,
                    &mut missing,
                    &mut unsettled,
                    sources,
                );
            } else {
                notes.push(assumption);
            }
        }
        if let Some(country) = inputs.country
            && !self.rates.crp_country_confirmed(country.code)
        {
            unsettled.push(Unsettled::CountryUnconfirmed);
            push_unique(
                sources,
                self.rates.crp_country_sources().iter().map(String::as_str),
            );
        }
        verdict(missing, unsettled)
    }

    fn creator_rewards(&self, inputs: &Inputs) -> StreamEstimate<'a> {
        let (mut notes, mut sources) = (Vec::new(), Vec::new());
        let (region, assumed) = self.region(inputs);
        if assumed {
            notes.push(Note::RegionAssumed(region));
        }
        notes.push(Note::QualifiedViewsOnly);
        let by_source = inputs
            .views
            .map(|v| self.per_1000_views(Group::CreatorRewards, region, v))
            .unwrap_or_default();
        if by_source.len() > 1 {
            notes.push(Note::SourcesDisagree);
        }
        for part in &by_source {
            push_unique(&mut sources, part.sources.iter().copied());
        }
        let verdict = self.creator_rewards_verdict(inputs, &mut notes, &mut sources);
        if inputs.views.is_none() {
            notes.push(Note::NeedsOptions(vec![OptionId::Views]));
        }
        StreamEstimate {
            id: StreamId::CreatorRewards,
            range: union(&by_source),
            by_source,
            verdict,
            notes,
            sources,
        }
    }

    fn creator_fund(&self, inputs: &Inputs) -> StreamEstimate<'a> {
        let by_source = inputs
            .views
            .map(|v| self.per_1000_views(Group::CreatorFund, RateRegion::Global, v))
            .unwrap_or_default();
        let mut sources = Vec::new();
        for part in &by_source {
            push_unique(&mut sources, part.sources.iter().copied());
        }
        push_unique(&mut sources, ["seed:001", "seed:002"]);
        let mut notes = vec![Note::FundReplaced];
        if by_source.len() > 1 {
            notes.push(Note::SourcesDisagree);
        }
        if inputs.views.is_none() {
            notes.push(Note::NeedsOptions(vec![OptionId::Views]));
        }
        StreamEstimate {
            id: StreamId::CreatorFund,
            range: union(&by_source),
            by_source,
            verdict: Verdict::NotEligible(vec![Missing::Replaced]),
            notes,
            sources,
        }
    }

    /// Followers as brands count them: scaled down when engagement is below the reference.
    pub fn engaged_followers(&self, followers: u64, engagement: Option<Decimal>) -> u64 {
        let reference = self.rates.get("brand_engagement_reference").low;
        match engagement {
            Some(e) if e < reference && !reference.is_zero() => {
                let scaled = Decimal::from(followers) * e / reference;
                u64::try_from(scaled.floor()).unwrap_or(followers)
            }
            _ => followers,
        }
    }

    fn brand_deal(&self, inputs: &Inputs) -> StreamEstimate<'a> {
        let (mut notes, mut sources) = (Vec::new(), Vec::new());
        let reference = self.rates.get("brand_engagement_reference");
        let Some(followers) = inputs.followers else {
            return StreamEstimate {
                id: StreamId::BrandDeal,
                range: None,
                by_source: vec![],
                verdict: Verdict::Unknown(vec![Unsettled::Needs(OptionId::Followers)]),
                notes: vec![],
                sources,
            };
        };
        let engagement = inputs.engagement.map(|p| p.0);
        let effective = self.engaged_followers(followers, engagement);
        match engagement {
            None => notes.push(Note::AssumesEngagedAudience {
                reference: reference.low,
            }),
            Some(_) if effective < followers => notes.push(Note::EngagementScaled { effective }),
            Some(_) => {}
        }
        if effective != followers || engagement.is_none() {
            push_unique(&mut sources, [reference.source.as_str()]);
        }
        let tiers: Vec<_> = self
            .rates
            .group(Group::BrandDeal)
            .filter(|r| {
                r.unit == Unit::PerSponsoredPost && r.min_followers.is_some_and(|m| m <= effective)
            })
            .collect();
        let top = tiers.iter().filter_map(|r| r.min_followers).max();
        let hot = inputs.niche.is_some_and(|n| self.rates.is_hot(n));
        let by_source: Vec<SourcedRange> = tiers
            .iter()
            .filter(|r| r.min_followers == top && (!r.hot_niche_only() || hot))
            .map(|r| SourcedRange {
                range: Range {
                    low: self.money(r.low, r.currency),
                    high: self.money(r.high_or_low(), r.currency),
                    open_high: r.open_high,
                },
                sources: vec![r.source.as_str()],
            })
            .collect();
        if by_source.len() > 1 {
            notes.push(Note::HotNiche);
            push_unique(
                &mut sources,
                self.rates.hot_niches().1.iter().map(String::as_str),
            );
        }
        for part in &by_source {
            push_unique(&mut sources, part.sources.iter().copied());
        }
        if by_source.is_empty() {
            notes.push(Note::NoPriceAtThisSize);
        } else {
            notes.push(Note::PerSponsoredPost);
        }
        let (mut missing, mut unsettled) = (Vec::new(), Vec::new());
        check(
            self.rates,
            Programme::BrandDeal,
            Requirement::Followers,
            Some(followers),
            &mut missing,
            &mut unsettled,
            &mut sources,
        );
        StreamEstimate {
            id: StreamId::BrandDeal,
            range: union(&by_source),
            by_source,
            verdict: verdict(missing, unsettled),
            notes,
            sources,
        }
    }

    fn live_gifts(&self, inputs: &Inputs) -> StreamEstimate<'a> {
        let (mut notes, mut sources) = (Vec::new(), Vec::new());
        let diamond = self.rates.get("live_diamond_value");
        let by_source = if let Some(diamonds) = inputs.diamonds {
            notes.push(Note::FromDiamonds);
            let value = self.money(
                Decimal::from(diamonds).saturating_mul(diamond.low),
                diamond.currency,
            );
            vec![SourcedRange {
                range: Range {
                    low: value,
                    high: value,
                    open_high: false,
                },
                sources: vec![diamond.source.as_str()],
            }]
        } else if let Some(coins) = inputs.coins {
            let coins = Decimal::from(coins);
            let per_diamond = self.rates.get("live_coins_per_diamond");
            let price = self.rates.get("live_coin_price");
            let share = self.rates.get("live_creator_share");
            let converters = self.money(
                coins.saturating_mul(diamond.low) / per_diamond.low.max(Decimal::ONE),
                diamond.currency,
            );
            let by_share = self.money(
                coins.saturating_mul(price.low).saturating_mul(share.low) / Decimal::ONE_HUNDRED,
                price.currency,
            );
            notes.push(Note::LiveShareDisagrees);
            vec![
                SourcedRange {
                    range: Range {
                        low: converters,
                        high: converters,
                        open_high: false,
                    },
                    sources: vec![per_diamond.source.as_str(), diamond.source.as_str()],
                },
                SourcedRange {
                    range: Range {
                        low: by_share,
                        high: by_share,
                        open_high: false,
                    },
                    sources: vec![share.source.as_str(), price.source.as_str()],
                },
            ]
        } else {
            notes.push(Note::NeedsGifts);
            vec![]
        };
        for part in &by_source {
            push_unique(&mut sources, part.sources.iter().copied());
        }
        let (mut missing, mut unsettled) = (Vec::new(), Vec::new());
        check(
            self.rates,
            Programme::Live,
            Requirement::Followers,
            inputs.followers,
            &mut missing,
            &mut unsettled,
            &mut sources,
        );
        if inputs.age.is_some() {
            check(
                self.rates,
                Programme::Live,
                Requirement::Age,
                inputs.age,
                &mut missing,
                &mut unsettled,
                &mut sources,
            );
        }
        StreamEstimate {
            id: StreamId::LiveGifts,
            range: union(&by_source),
            by_source,
            verdict: verdict(missing, unsettled),
            notes,
            sources,
        }
    }

    fn affiliate(&self, inputs: &Inputs) -> StreamEstimate<'a> {
        let mut notes = Vec::new();
        let mut by_source = Vec::new();
        match (inputs.sales, inputs.price, inputs.commission) {
            (Some(sales), Some((cents, currency)), Some(commission)) => {
                let units = Decimal::from(sales) * Decimal::new(cents, 2) * commission.fraction();
                let value = self.money(units, currency);
                by_source.push(SourcedRange {
                    range: Range {
                        low: value,
                        high: value,
                        open_high: false,
                    },
                    sources: vec![],
                });
            }
            (sales, price, commission) => {
                if commission.is_none() {
                    notes.push(Note::NoPublicCommission);
                }
                let missing: Vec<OptionId> = [
                    (sales.is_some(), OptionId::Sales),
                    (price.is_some(), OptionId::Price),
                    (commission.is_some(), OptionId::Commission),
                ]
                .into_iter()
                .filter_map(|(given, option)| (!given).then_some(option))
                .collect();
                notes.push(Note::NeedsOptions(missing));
            }
        }
        StreamEstimate {
            id: StreamId::Affiliate,
            range: union(&by_source),
            by_source,
            verdict: Verdict::Eligible,
            notes,
            sources: vec!["seed:001", "seed:002"],
        }
    }

    /// Sales at a conversion rate: whole buyers only.
    pub fn sales(followers: u64, conversion: Decimal) -> u64 {
        u64::try_from((Decimal::from(followers) * conversion / Decimal::ONE_HUNDRED).floor())
            .unwrap_or(0)
    }

    fn products(&self, inputs: &Inputs) -> StreamEstimate<'a> {
        let rate = self.rates.get("product_conversion");
        let mut notes = Vec::new();
        let mut sources = Vec::new();
        let by_source = match (inputs.followers, inputs.price) {
            (Some(followers), Some((cents, currency))) => {
                let (low_pct, high_pct) = match inputs.conversion {
                    Some(c) => (c.0, c.0),
                    None => {
                        sources.push(rate.source.as_str());
                        (rate.low, rate.high_or_low())
                    }
                };
                let (sales_low, sales_high) = (
                    Self::sales(followers, low_pct),
                    Self::sales(followers, high_pct),
                );
                notes.push(Note::RevenueNotProfit {
                    sales_low,
                    sales_high,
                });
                let price = Decimal::new(cents, 2);
                vec![SourcedRange {
                    range: Range {
                        low: self.money(Decimal::from(sales_low) * price, currency),
                        high: self.money(Decimal::from(sales_high) * price, currency),
                        open_high: false,
                    },
                    sources: sources.clone(),
                }]
            }
            (followers, price) => {
                let missing: Vec<OptionId> = [
                    (followers.is_some(), OptionId::Followers),
                    (price.is_some(), OptionId::Price),
                ]
                .into_iter()
                .filter_map(|(given, option)| (!given).then_some(option))
                .collect();
                notes.push(Note::NeedsOptions(missing));
                vec![]
            }
        };
        push_unique(&mut sources, ["seed:000"]);
        StreamEstimate {
            id: StreamId::Products,
            range: union(&by_source),
            by_source,
            verdict: Verdict::Eligible,
            notes,
            sources,
        }
    }

    /// Pulse: followers can be checked; its engagement bar and pay are not public.
    pub fn pulse(&self, inputs: &Inputs) -> StreamEstimate<'a> {
        let mut sources = Vec::new();
        let (mut missing, mut unsettled) = (Vec::new(), Vec::new());
        check(
            self.rates,
            Programme::Pulse,
            Requirement::Followers,
            inputs.followers,
            &mut missing,
            &mut unsettled,
            &mut sources,
        );
        if missing.is_empty() && unsettled.is_empty() {
            unsettled.push(Unsettled::NoPublicThreshold);
        }
        StreamEstimate {
            id: StreamId::Pulse,
            range: None,
            by_source: vec![],
            verdict: verdict(missing, unsettled),
            notes: vec![Note::NoPublicRate],
            sources,
        }
    }
}
