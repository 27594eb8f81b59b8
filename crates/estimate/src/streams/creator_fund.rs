//! The Creator Fund (launched 2020). Two articles present it as the current fund, two
//! say the Creator Rewards Program replaced it: the reply shows both, with each
//! article's rate per 1 000 views.

use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::eligibility::eligibility;
use crate::{Estimator, Label, Note, Part, Per, StreamEstimate, push_unique};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::{ClaimId, Rate, Requirement, Unit};

const ID: StreamId = StreamId::CreatorFund;

pub(super) const DEF: Def = Def {
    per: Per::Month,
    estimate,
};

/// How far apart two volumes are, as a ratio: 500 000 is as far from 1 000 000 as
/// 2 000 000 is.
fn distance(a: u64, b: u64) -> (u128, u128) {
    (u128::from(a.max(b)), u128::from(a.min(b).max(1)))
}

/// Whether volume `a` is closer to `views` than `b`, comparing ratios exactly.
fn closer(views: u64, a: u64, b: u64) -> bool {
    let ((an, ad), (bn, bd)) = (distance(views, a), distance(views, b));
    an * bd < bn * ad
}

/// The rate a source gives for `views`: the one whose own example states that volume,
/// else the one whose example is nearest, with that example's volume to say so.
fn for_volume<'a>(rates: &[&'a Rate], views: u64) -> (&'a Rate, Option<u64>) {
    if let Some(rate) = rates
        .iter()
        .find(|r| r.views.is_empty() || r.views.contains(&views))
    {
        return (rate, None);
    }
    let mut best = (rates[0], rates[0].views[0]);
    for rate in rates {
        for &stated in &rate.views {
            if closer(views, stated, best.1) {
                best = (rate, stated);
            }
        }
    }
    (best.0, Some(best.1))
}

/// Each source's pay for `views` views, one part each.
pub fn parts<'a>(e: &Estimator<'a>, views: u64) -> Vec<Part<'a>> {
    let thousands = Decimal::from(views) / Decimal::ONE_THOUSAND;
    let rates: Vec<&Rate> = e
        .rates
        .stream(ID)
        .filter(|r| r.unit == Unit::Per1000Views)
        .collect();
    let mut sources: Vec<&str> = Vec::new();
    push_unique(&mut sources, rates.iter().map(|r| r.source.as_str()));
    sources
        .into_iter()
        .map(|source| {
            let own: Vec<&Rate> = rates
                .iter()
                .copied()
                .filter(|r| r.source == source)
                .collect();
            let (r, extrapolated_from) = for_volume(&own, views);
            let currency = r.currency.unwrap_or(e.currency);
            let sources = crate::notes::sources([r.source.as_str()]);
            let label = match extrapolated_from {
                None => Label::Source { sources },
                Some(views) => Label::Extrapolated { views, sources },
            };
            Part {
                range: e.range(
                    (
                        thousands.saturating_mul(r.low),
                        thousands.saturating_mul(r.high_or_low()),
                    ),
                    currency,
                    r.open_high,
                    Precision::Estimate,
                ),
                label,
            }
        })
        .collect()
}

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let threshold = rates
        .rule(ID, Requirement::Views30d)
        .map_or(0, |rule| rule.min);
    let mut notes = Vec::new();
    // Below the views it asks for, the Fund pays nothing: no figure, not even "once
    // eligible" (eligible takes those views).
    let parts = match inputs.views {
        Some(views) if views >= threshold => parts(e, views),
        Some(_) => {
            notes.push(Note::BelowThreshold { threshold });
            Vec::new()
        }
        None => Vec::new(),
    };
    let mut sources = Vec::new();
    for part in &parts {
        push_unique(&mut sources, part.label.cited().iter().copied());
    }
    let (open, replaced) = (
        rates.claim(ClaimId::FundOpen),
        rates.claim(ClaimId::FundReplaced),
    );
    let tens = rates.claim(ClaimId::FundTensOfEuros);
    for claim in [open, replaced, tens] {
        push_unique(&mut sources, claim.sources.iter().map(String::as_str));
        notes.push(Note::Claim(claim));
    }
    if parts.len() > 1 {
        notes.push(Note::SourcesDisagree);
    }
    StreamEstimate::judged(eligibility(rates, ID, inputs), notes, sources).priced(parts)
}
