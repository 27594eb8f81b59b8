//! Sponsored videos, priced by audience size. The articles price 10 000, 100 000 and
//! 1 000 000 followers (and 100 000 in a well-paying niche); between two priced sizes the
//! price is interpolated on a log scale, and past the last one it is that size's figure,
//! with no ceiling. No source quantifies engagement's effect on a price: the reply says
//! where the creator stands, without scaling.

use super::Def;
use crate::Precision;
use crate::benchmarks::typical_engagement;
use crate::eligibility::eligibility;
use crate::interpolate;
use crate::{Estimator, Label, Note, Part, Per, Range, StreamEstimate, push_unique};
use catalogue::Inputs;
use catalogue::OptionId;
use catalogue::StreamId;
use figures::{ClaimId, Rate, Unit};
use values::{Money, Percent};

const ID: StreamId = StreamId::BrandDeal;

pub(super) const DEF: Def = Def {
    per: Per::SponsoredVideo,
    estimate,
};

/// The priced audience sizes, smallest first: general ones, or for a well-paying niche
/// its own figures where they exist and the general ones below them.
fn anchors<'a>(e: &Estimator<'a>, hot: bool) -> Vec<&'a Rate> {
    let priced = e
        .rates
        .stream(ID)
        .filter(|r| r.unit == Unit::PerSponsoredVideo && r.followers.is_some());
    let mut general: Vec<&Rate> = priced.clone().filter(|r| !r.hot_niches_only).collect();
    general.sort_by_key(|r| r.followers);
    if !hot {
        return general;
    }
    let mut niche: Vec<&Rate> = priced.filter(|r| r.hot_niches_only).collect();
    niche.sort_by_key(|r| r.followers);
    let first = niche.first().and_then(|r| r.followers).unwrap_or(u64::MAX);
    let mut chosen: Vec<&Rate> = general
        .into_iter()
        .filter(|r| r.followers.is_some_and(|f| f < first))
        .collect();
    chosen.extend(niche);
    chosen
}

/// The smallest audience any source prices.
pub fn first_priced(e: &Estimator) -> u64 {
    anchors(e, false)
        .first()
        .and_then(|r| r.followers)
        .unwrap_or_default()
}

/// An anchor's range in the reply's currency.
fn anchor_range(e: &Estimator, rate: &Rate) -> Range {
    let currency = rate.currency.unwrap_or(e.currency);
    e.range(
        (rate.low, rate.high_or_low()),
        currency,
        rate.open_high,
        Precision::Exact,
    )
}

/// The price of a sponsored video for `followers`, with the label saying how it was
/// found; `None` below the smallest priced audience. `hot_label` words it as the
/// well-paying niches' figure. A well-paying niche is never priced below the general
/// figure for the same audience (past the niche's last figure, the general one grows):
/// each end is the higher of the two, and the label says so.
pub fn price<'a>(
    e: &Estimator<'a>,
    followers: u64,
    hot: bool,
    hot_label: bool,
) -> Option<Part<'a>> {
    let general = along(e, &anchors(e, false), followers, hot_label && !hot);
    if !hot {
        return general;
    }
    let niche = along(e, &anchors(e, true), followers, hot_label)?;
    let Some(general) = general else {
        return Some(niche);
    };
    let (n, g) = (niche.range, general.range);
    if g.low <= n.low && g.high <= n.high {
        return Some(niche);
    }
    let mut sources: Vec<&str> = niche.label.cited().to_vec();
    push_unique(&mut sources, general.label.cited().iter().copied());
    Some(Part {
        range: Range {
            low: n.low.max(g.low),
            high: n.high.max(g.high),
            open_high: n.open_high || g.open_high,
            precision: n.precision.max(g.precision),
        },
        label: Label::NicheOrGeneral {
            niche_range: n,
            general_range: g,
            followers,
            niches: e.rates.hot_niches().0,
            sources: crate::notes::sources(sources),
        },
    })
}

/// The price along `anchors`, interpolated between the two around `followers`.
fn along<'a>(
    e: &Estimator<'a>,
    anchors: &[&'a Rate],
    followers: u64,
    hot_label: bool,
) -> Option<Part<'a>> {
    let size = |r: &Rate| r.followers.unwrap_or_default();
    let below = anchors.iter().rev().find(|r| size(r) <= followers)?;
    let above = anchors.iter().find(|r| size(r) > followers);
    let niches = e.rates.hot_niches().0;
    let part = match above {
        Some(above) if size(below) < followers => {
            let currency = |r: &Rate| r.currency.unwrap_or(e.currency);
            let at = |low: bool| {
                let value =
                    |r: &Rate| e.convert(if low { r.low } else { r.high_or_low() }, currency(r));
                let exact = interpolate::at(
                    followers,
                    (size(below), value(below)),
                    (size(above), value(above)),
                );
                Money::from_units(exact, e.currency)
            };
            Part {
                range: Range {
                    low: at(true),
                    high: at(false),
                    // Both ends "or more" ("voire davantage"): so is every size between.
                    open_high: below.open_high && above.open_high,
                    precision: [below, above]
                        .iter()
                        .map(|r| e.precision(currency(r), Precision::Estimate))
                        .max()
                        .unwrap_or(Precision::Estimate),
                },
                label: Label::Interpolated {
                    hot: hot_label,
                    from: size(below),
                    to: size(above),
                    from_range: anchor_range(e, below),
                    to_range: anchor_range(e, above),
                    niches,
                    sources: crate::notes::sources([below.source.as_str(), above.source.as_str()]),
                },
            }
        }
        _ => Part {
            range: anchor_range(e, below),
            label: Label::Anchor {
                hot: hot_label,
                followers: size(below),
                niches,
                sources: crate::notes::sources([below.source.as_str()]),
            },
        },
    };
    Some(part)
}

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let eligibility = eligibility(rates, ID, inputs);
    let mut sources: Vec<&str> = Vec::new();
    let mut notes = Vec::new();
    let Some(followers) = inputs.followers else {
        notes.push(Note::Needs(vec![(
            OptionId::Followers,
            Some(first_priced(e)),
        )]));
        return StreamEstimate::judged(eligibility, notes, sources);
    };
    let hot = inputs.niche.map(|n| rates.is_hot(n));
    let mut parts: Vec<Part> = price(e, followers, hot == Some(true), false)
        .into_iter()
        .collect();
    let range = parts.first().map(|p| p.range);
    if hot.is_none()
        && let Some(niche) = price(e, followers, true, true)
        && Some(niche.range) != range
    {
        parts.push(niche);
    }
    for part in &parts {
        push_unique(&mut sources, part.label.cited().iter().copied());
    }
    let last = anchors(e, false)
        .last()
        .and_then(|r| r.followers)
        .unwrap_or_default();
    if range.is_none() {
        notes.push(Note::BrandNoPrice {
            followers: first_priced(e),
        });
    } else if followers >= last {
        notes.push(Note::BrandLastFigure { followers: last });
        // A million followers and more: the article's words, with no figure in them.
        let campaign = rates.claim(ClaimId::Brand1mCampaign);
        if followers >= campaign.count("followers") {
            notes.push(Note::Claim(campaign));
            push_unique(&mut sources, campaign.sources.iter().map(String::as_str));
        }
    }
    if parts.len() > 1 || hot == Some(true) {
        let (_, niche_sources) = rates.hot_niches();
        push_unique(&mut sources, niche_sources.iter().map(String::as_str));
        let over_size = rates.claim(ClaimId::BrandNicheOverSize);
        notes.push(Note::Claim(over_size));
        push_unique(&mut sources, over_size.sources.iter().map(String::as_str));
    }
    match inputs.engagement {
        Some(engagement) => {
            if let Some(tier) = typical_engagement(rates, followers) {
                notes.push(Note::BrandEngagement {
                    above: engagement.0 >= tier.low,
                    engagement,
                    typical: Percent(tier.low),
                    sources: crate::notes::sources([tier.source.as_str()]),
                });
                push_unique(&mut sources, [tier.source.as_str()]);
            }
            let preferred = rates.claim(ClaimId::BrandEngagement);
            notes.push(Note::Claim(preferred));
            push_unique(&mut sources, preferred.sources.iter().map(String::as_str));
        }
        None => notes.push(Note::BrandEngagedAudiences),
    }
    let mut estimate = StreamEstimate::judged(eligibility, notes, sources);
    estimate.range = range;
    estimate.parts = parts;
    estimate
}
