//! TikTok Pulse: a share of the ad revenue next to popular creators' videos. Its
//! follower bar is usually 100 000; its engagement bar and its pay are not public.

use super::Def;
use crate::eligibility::eligibility;
use crate::{Estimator, Note, Per, StreamEstimate};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::ClaimId;

const ID: StreamId = StreamId::Pulse;

pub(super) const DEF: Def = Def {
    per: Per::Month,
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let conditions = e.rates.claim(ClaimId::PulseConditions);
    StreamEstimate::judged(
        eligibility(e.rates, ID, inputs),
        vec![Note::Claim(conditions), Note::NoPublicRate],
        conditions.sources.iter().map(String::as_str).collect(),
    )
}
