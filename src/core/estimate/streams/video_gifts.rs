//! Video Gifts: gifts sent on ordinary videos, turned into diamonds like LIVE gifts. One
//! article reports them as still being rolled out; no source gives a figure or a rule.

use super::{Def, StreamId};
use crate::core::estimate::{Estimator, Note, Per, StreamEstimate, Unsettled, Verdict};
use crate::core::inputs::Inputs;
use crate::core::rates::Needed;

pub(super) const DEF: Def = Def {
    key: "video_gifts",
    name: "stream-video_gifts",
    per: Per::Gifts,
    needs: &[Needed::Claim("video_gifts_rollout")],
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, _: &Inputs) -> StreamEstimate<'a> {
    let rollout = e.rates.claim("video_gifts_rollout");
    StreamEstimate {
        id: StreamId::VideoGifts,
        per: DEF.per,
        range: None,
        parts: Vec::new(),
        verdict: Verdict::Unknown(vec![Unsettled::Because(Box::new(Note::claim(rollout)))]),
        notes: vec![Note::new("note-video-gifts-like-live")],
        sources: rollout.sources.iter().map(String::as_str).collect(),
    }
}
