//! Paid subscriptions: fans pay monthly for exclusive content. One article reports
//! TikTok testing them; no source gives a price, a share or a rule.

use super::Def;
use crate::{Estimator, Note, Per, StreamEstimate, Unsettled, Verdict};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::ClaimId;

pub(super) const DEF: Def = Def {
    per: Per::Month,
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, _: &Inputs) -> StreamEstimate<'a> {
    let testing = e.rates.claim(ClaimId::SubscriptionsTesting);
    StreamEstimate::new(
        StreamId::Subscriptions,
        Verdict::Unknown(vec![Unsettled::Because(Box::new(Note::Claim(testing)))]),
        vec![Note::SubscriptionsNoFigure],
        testing.sources.iter().map(String::as_str).collect(),
    )
}
