//! Video Gifts: gifts sent on ordinary videos, turned into diamonds like LIVE gifts. One
//! article reports them as still being rolled out; no source gives a figure or a rule.

use super::Def;
use crate::{Estimator, Note, Per, StreamEstimate, Unsettled, Verdict};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::ClaimId;

pub(super) const DEF: Def = Def {
    per: Per::Gifts,
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, _: &Inputs) -> StreamEstimate<'a> {
    let rollout = e.rates.claim(ClaimId::VideoGiftsRollout);
    StreamEstimate::new(
        StreamId::VideoGifts,
        Verdict::Unknown(vec![Unsettled::Because(Box::new(Note::Claim(rollout)))]),
        vec![Note::VideoGiftsLikeLive],
        rollout.sources.iter().map(String::as_str).collect(),
    )
}
