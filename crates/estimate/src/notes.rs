//! What the estimator says beside a figure, as facts: which figure a range comes from
//! ([`Label`]) and what else the creator should know ([`Note`]). The answers word each
//! one in the reader's language; nothing here is a sentence or a message id.

use rust_decimal::Decimal;
use smallvec::SmallVec;

use catalogue::{Month, Niche, OptionId};
use figures::{Claim, Framing};
use text::{Audience, Country};
use values::{Currency, Percent};

use crate::{Place, Range};

/// The sources a fact cites, each once, in the order first cited.
pub type Sources<'a> = SmallVec<[&'a str; 2]>;

/// The sources of `cited`, each once.
pub fn sources<'a>(cited: impl IntoIterator<Item = &'a str>) -> Sources<'a> {
    let mut out = Sources::new();
    for source in cited {
        if !out.contains(&source) {
            out.push(source);
        }
    }
    out
}

/// A unit value (a price finer than a cent) and its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitValue<'a> {
    pub units: Decimal,
    pub currency: Currency,
    pub source: &'a str,
}

/// Where a range comes from: one line under a stream's figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Label<'a> {
    /// A source's own rate.
    Source { sources: Sources<'a> },
    /// A source's rate, taken from its example at another volume.
    Extrapolated { views: u64, sources: Sources<'a> },
    /// Drawn between a source's examples at two volumes.
    Between {
        from: u64,
        to: u64,
        sources: Sources<'a>,
    },
    /// A figure for a place, as the source frames it.
    Where {
        framing: Option<Framing>,
        place: Place<'a>,
        sources: Sources<'a>,
    },
    /// Priced country by country for the creator's audience.
    AudienceMix {
        audience: Audience,
        sources: Sources<'a>,
    },
    /// The creator's own rate, from their payouts.
    OwnRate {
        rate: Range,
        payouts: u64,
        newest: Month,
    },
    /// The higher of a well-paying niche's price and the general one, end by end.
    NicheOrGeneral {
        niche_range: Range,
        general_range: Range,
        followers: u64,
        niches: &'a [Niche],
        sources: Sources<'a>,
    },
    /// Between two priced audiences, on a log scale.
    Interpolated {
        hot: bool,
        from: u64,
        to: u64,
        from_range: Range,
        to_range: Range,
        niches: &'a [Niche],
        sources: Sources<'a>,
    },
    /// The price given for an audience size.
    Anchor {
        hot: bool,
        followers: u64,
        niches: &'a [Niche],
        sources: Sources<'a>,
    },
    /// Coins at the converters' coins a diamond and a diamond's value.
    LiveConverters {
        coins: Decimal,
        diamond: UnitValue<'a>,
        sources: Sources<'a>,
    },
    /// Coins at their price, at the creator's share.
    LiveShare {
        share: Percent,
        coin: UnitValue<'a>,
        sources: Sources<'a>,
    },
    /// Diamonds at a diamond's value.
    LiveDiamonds {
        diamond: UnitValue<'a>,
        sources: Sources<'a>,
    },
    /// Diamonds as the coins they stand for, at their price and the creator's share.
    LiveShareDiamonds {
        coins: Decimal,
        per_diamond: &'a str,
        share: Percent,
        coin: UnitValue<'a>,
        sources: Sources<'a>,
    },
}

impl<'a> Label<'a> {
    /// The sources the label cites.
    pub fn cited(&self) -> &[&'a str] {
        match self {
            Label::Source { sources }
            | Label::Extrapolated { sources, .. }
            | Label::Between { sources, .. }
            | Label::Where { sources, .. }
            | Label::AudienceMix { sources, .. }
            | Label::NicheOrGeneral { sources, .. }
            | Label::Interpolated { sources, .. }
            | Label::Anchor { sources, .. }
            | Label::LiveConverters { sources, .. }
            | Label::LiveShare { sources, .. }
            | Label::LiveDiamonds { sources, .. }
            | Label::LiveShareDiamonds { sources, .. } => sources,
            Label::OwnRate { .. } => &[],
        }
    }
}

/// What the creator should know beside a stream's figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note<'a> {
    /// A claim of the rate files, worded by its own message, with its figures.
    Claim(&'a Claim),
    /// Options that would put a figure on it, with the threshold to type when one applies.
    Needs(Vec<(OptionId, Option<u64>)>),
    /// Sources name the creator's country as open to the programme.
    CountryConfirmed {
        country: &'static Country,
        sources: Sources<'a>,
    },
    /// The sources' figures differ: each is shown.
    SourcesDisagree,
    /// The articles disagree on whether the Creator Fund still takes creators.
    FundStatus,
    /// No source gives a price or a share for subscriptions.
    SubscriptionsNoFigure,
    /// No source gives a threshold (Pulse).
    NoThreshold,
    /// No public figure for what Pulse pays.
    NoPublicRate,
    /// The sales a launch would make.
    Revenue { sales: u64 },
    /// Brand deals have no threshold; small accounts land some (the claim's figures).
    BrandOpen(&'a Claim),
    /// No source prices an audience this small.
    BrandNoPrice { followers: u64 },
    /// Past the largest priced audience: that figure, with no ceiling.
    BrandLastFigure { followers: u64 },
    /// The creator's engagement beside what is typical for their size.
    BrandEngagement {
        above: bool,
        engagement: Percent,
        typical: Percent,
        sources: Sources<'a>,
    },
    /// Brands look for engaged audiences (no engagement given).
    BrandEngagedAudiences,
    /// What a diamond and a coin are worth, and the creator's share, each sourced.
    LiveUnitValues {
        diamond: UnitValue<'a>,
        coins: Decimal,
        coins_source: &'a str,
        coin: UnitValue<'a>,
        share: Percent,
        share_source: &'a str,
    },
    /// The two ways of valuing gifts disagree: the converters' unit values leave the
    /// creator `implied` of what viewers pay, the article says `share`.
    LiveShareDisagrees { implied: Percent, share: Percent },
    /// Coins or diamonds would put a figure on gifts.
    NeedsGifts,
    /// No commission given: none assumed.
    NoCommission,
    /// Video gifts work like LIVE gifts.
    VideoGiftsLikeLive,
    /// One country of the creator's audience, priced at its own figure.
    AudienceCountry {
        country: &'static Country,
        share: u64,
        range: Range,
        place: Place<'a>,
        sources: Sources<'a>,
    },
    /// Countries of the audience with no figure of their own.
    AudienceRest { countries: Vec<&'static Country> },
    /// The creator's own rate lies outside every source's.
    OwnRateOutside { rate: Range, sources: Range },
    /// A payout over a year old counts for half.
    OwnRateAged,
    /// Said first: the creator's own rate beside the sources'.
    OwnRate {
        rate: Range,
        payouts: u64,
        newest: Month,
        sources: Option<Range>,
    },
    /// Said first: the audience the estimate is priced for.
    Audience(Audience),
    /// No source confirms the programme in the creator's country: its figure there is
    /// shown no higher than France's, the country all five articles describe.
    AtMostFrance,
    /// Below the views the programme needs over 30 days, it pays nothing.
    BelowThreshold { threshold: u64 },
    /// The countries with figures of their own.
    CrpByRegion { countries: Vec<&'static Country> },
}

impl<'a> Note<'a> {
    /// "Add these options to put a figure on it", for the options not given.
    pub fn needs(options: impl IntoIterator<Item = OptionId>) -> Note<'a> {
        Note::Needs(options.into_iter().map(|o| (o, None)).collect())
    }

    /// The sources the note cites.
    pub fn cited(&self) -> Vec<&'a str> {
        match self {
            Note::Claim(claim) | Note::BrandOpen(claim) => {
                claim.sources.iter().map(String::as_str).collect()
            }
            Note::CountryConfirmed { sources, .. }
            | Note::BrandEngagement { sources, .. }
            | Note::AudienceCountry { sources, .. } => sources.to_vec(),
            Note::LiveUnitValues {
                diamond,
                coins_source,
                coin,
                share_source,
                ..
            } => sources([diamond.source, coins_source, coin.source, share_source]).to_vec(),
            _ => Vec::new(),
        }
    }
}
