//! Video Gifts: gifts sent on ordinary videos, turned into diamonds like LIVE gifts. One
//! article reports them as still being rolled out; no source gives a figure or a rule.

use super::{Def, announced};
use crate::{Estimator, Note, Per, StreamEstimate};
use catalogue::{Inputs, StreamId};
use figures::ClaimId;

pub(super) const DEF: Def = Def {
    per: Per::Gifts,
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let announcement = ClaimId::VideoGiftsRollout;
    let note = Note::VideoGiftsLikeLive;
    announced(e, StreamId::VideoGifts, inputs, announcement, note)
}
