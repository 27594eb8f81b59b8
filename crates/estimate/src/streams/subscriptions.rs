//! Paid subscriptions: fans pay monthly for exclusive content. One article reports
//! TikTok testing them; no source gives a price, a share or a rule.

use super::{Def, announced};
use crate::{Estimator, Note, Per, StreamEstimate};
use catalogue::{Inputs, StreamId};
use figures::ClaimId;

pub(super) const DEF: Def = Def {
    per: Per::Month,
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let announcement = ClaimId::SubscriptionsTesting;
    let note = Note::SubscriptionsNoFigure;
    announced(e, StreamId::Subscriptions, inputs, announcement, note)
}
