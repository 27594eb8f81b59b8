//! TikTok Pulse: a share of the ad revenue next to popular creators' videos. Its
//! follower bar is usually 100 000; its engagement bar and its pay are not public.

use super::Def;
use crate::{Checks, Estimator, Note, Per, StreamEstimate, Unsettled, Verdict, push_unique};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::{ClaimId, Requirement};

const ID: StreamId = StreamId::Pulse;

pub(super) const DEF: Def = Def {
    per: Per::Month,
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let mut checks = Checks::default();
    checks.rule(rates, ID, Requirement::Followers, inputs.followers);
    let verdict = match checks.verdict() {
        Verdict::Eligible => {
            Verdict::Unknown(vec![Unsettled::Because(Box::new(Note::NoThreshold))])
        }
        other => other,
    };
    let conditions = rates.claim(ClaimId::PulseConditions);
    let mut sources = checks.sources.clone();
    push_unique(&mut sources, conditions.sources.iter().map(String::as_str));
    StreamEstimate::new(
        ID,
        verdict,
        vec![Note::Claim(conditions), Note::NoPublicRate],
        sources,
    )
}
