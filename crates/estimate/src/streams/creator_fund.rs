//! The Creator Fund (launched 2020). Two articles present it as the current fund, two
//! say the Creator Rewards Program replaced it: the reply shows both, with each
//! article's rate per 1 000 views.

use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::{
    Checks, Estimator, Note, Part, Per, Range, StreamEstimate, Unsettled, Verdict, push_unique,
};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::{ClaimId, Requirement, Unit};

const ID: StreamId = StreamId::CreatorFund;

pub(super) const DEF: Def = Def {
    per: Per::Month,
    estimate,
};

/// Each source's pay for `views` views, one part each.
pub fn parts<'a>(e: &Estimator<'a>, views: u64) -> Vec<Part<'a>> {
    let thousands = Decimal::from(views) / Decimal::ONE_THOUSAND;
    e.rates
        .stream(ID)
        .filter(|r| r.unit == Unit::Per1000Views)
        .map(|r| {
            let currency = r.currency.unwrap_or(e.currency);
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
                label: Note::new("part-source").sources([r.source.as_str()]),
            }
        })
        .collect()
}

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let mut checks = Checks::default();
    if inputs.age.is_some() {
        checks.rule(rates, ID, Requirement::Age, inputs.age);
    }
    checks.rule(rates, ID, Requirement::Followers, inputs.followers);
    checks.rule(rates, ID, Requirement::Views30d, inputs.views);
    let open = rates.claim(ClaimId::FundOpen);
    let replaced = rates.claim(ClaimId::FundReplaced);
    let verdict = match checks.verdict() {
        Verdict::Eligible => Verdict::Unknown(vec![Unsettled::Because(Box::new(Note::new(
            "unsettled-fund-status",
        )))]),
        other => other,
    };
    let parts = inputs.views.map(|v| parts(e, v)).unwrap_or_default();
    let mut sources = Vec::new();
    for part in &parts {
        push_unique(&mut sources, part.label.cited().iter().copied());
    }
    push_unique(&mut sources, checks.sources.iter().copied());
    push_unique(&mut sources, open.sources.iter().map(String::as_str));
    push_unique(&mut sources, replaced.sources.iter().map(String::as_str));
    let mut notes = vec![Note::claim(open), Note::claim(replaced)];
    if parts.len() > 1 {
        notes.push(Note::new("note-sources-disagree"));
    }
    StreamEstimate {
        id: ID,
        per: DEF.per,
        range: Range::span(parts.iter().map(|p| &p.range)),
        once_eligible: None,
        parts,
        verdict,
        notes,
        sources,
    }
}
