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

/// How a source's examples give its pay for a volume.
enum FromExamples<'a> {
    /// An example at this very volume, or a rate for any volume.
    Stated(&'a Rate),
    /// Outside its examples: the nearest one's rate, and its volume.
    Nearest(&'a Rate, u64),
    /// Between two of its examples: the amounts drawn straight from one to the other,
    /// so more views never pay less (a source may give a lower rate at a higher volume).
    Between((&'a Rate, u64), (&'a Rate, u64)),
}

/// How a source's rates give its pay for `views`.
fn for_volume<'a>(rates: &[&'a Rate], views: u64) -> FromExamples<'a> {
    if let Some(rate) = rates
        .iter()
        .find(|r| r.views.is_empty() || r.views.contains(&views))
    {
        return FromExamples::Stated(rate);
    }
    let stated = rates
        .iter()
        .flat_map(|r| r.views.iter().map(move |v| (*r, *v)));
    let below = stated
        .clone()
        .filter(|(_, v)| *v < views)
        .max_by_key(|(_, v)| *v);
    let above = stated
        .clone()
        .filter(|(_, v)| *v > views)
        .min_by_key(|(_, v)| *v);
    match (below, above) {
        (Some(below), Some(above)) => FromExamples::Between(below, above),
        (Some((rate, v)), None) | (None, Some((rate, v))) => FromExamples::Nearest(rate, v),
        (None, None) => FromExamples::Stated(rates[0]),
    }
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
            let sources = crate::notes::sources([source]);
            let pay = |r: &Rate, thousands: Decimal| {
                (
                    thousands.saturating_mul(r.low),
                    thousands.saturating_mul(r.high_or_low()),
                )
            };
            let (r, amounts, label) = match for_volume(&own, views) {
                FromExamples::Stated(r) => (r, pay(r, thousands), Label::Source { sources }),
                FromExamples::Nearest(r, at) => (
                    r,
                    pay(r, thousands),
                    Label::Extrapolated { views: at, sources },
                ),
                FromExamples::Between((a, at_a), (b, at_b)) => {
                    let ((low_a, high_a), (low_b, high_b)) = (
                        pay(a, Decimal::from(at_a) / Decimal::ONE_THOUSAND),
                        pay(b, Decimal::from(at_b) / Decimal::ONE_THOUSAND),
                    );
                    let share = Decimal::from(views - at_a) / Decimal::from(at_b - at_a);
                    let line = |from: Decimal, to: Decimal| from + (to - from) * share;
                    (
                        b,
                        (line(low_a, low_b), line(high_a, high_b)),
                        Label::Between {
                            from: at_a,
                            to: at_b,
                            sources,
                        },
                    )
                }
            };
            Part {
                range: e.range(
                    amounts,
                    r.currency.unwrap_or(e.currency),
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
