//! Paid subscriptions: fans pay monthly for exclusive content. One article reports
//! TikTok testing them; no source gives a price, a share or a rule.

use super::{Def, StreamId};
use crate::core::estimate::{Estimator, Note, Per, StreamEstimate, Unsettled, Verdict};
use crate::core::inputs::Inputs;
use crate::core::rates::Needed;

pub(super) const DEF: Def = Def {
    key: "subscriptions",
    name: "stream-subscriptions",
    per: Per::Month,
    needs: &[Needed::Claim("subscriptions_testing")],
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, _: &Inputs) -> StreamEstimate<'a> {
    let testing = e.rates.claim("subscriptions_testing");
    StreamEstimate {
        id: StreamId::Subscriptions,
        per: DEF.per,
        range: None,
        parts: Vec::new(),
        verdict: Verdict::Unknown(vec![Unsettled::Because(Box::new(Note::claim(testing)))]),
        notes: vec![Note::new("note-subscriptions-no-figure")],
        sources: testing.sources.iter().map(String::as_str).collect(),
    }
}
