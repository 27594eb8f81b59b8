//! Every revenue stream, registered once. A stream is one module: its unit and its
//! estimate (range, verdict, notes). Adding one means a [`StreamId`], a module, a row
//! below, its rates and its messages (`stream-<key>` and whatever its notes say).

pub mod affiliate;
pub mod brand_deal;
pub mod creator_fund;
pub mod creator_rewards;
pub mod live_gifts;
pub mod products;
pub mod pulse;
pub mod subscriptions;
pub mod video_gifts;

use catalogue::{Inputs, StreamId};

use figures::ClaimId;

use super::eligibility::eligibility;
use super::{Estimator, Note, Per, StreamEstimate};

/// What the estimator knows of a stream.
pub struct Def {
    pub per: Per,
    pub estimate: for<'a> fn(&Estimator<'a>, &Inputs) -> StreamEstimate<'a>,
}

/// A stream's unit and estimate.
pub fn def(id: StreamId) -> &'static Def {
    match id {
        StreamId::CreatorRewards => &creator_rewards::DEF,
        StreamId::CreatorFund => &creator_fund::DEF,
        StreamId::BrandDeal => &brand_deal::DEF,
        StreamId::LiveGifts => &live_gifts::DEF,
        StreamId::VideoGifts => &video_gifts::DEF,
        StreamId::Subscriptions => &subscriptions::DEF,
        StreamId::Affiliate => &affiliate::DEF,
        StreamId::Products => &products::DEF,
        StreamId::Pulse => &pulse::DEF,
    }
}

/// A stream the sources only announce (in testing, rolling out): no figure, a verdict to
/// check, the announcement's sources, and `note` saying why there is no figure.
fn announced<'a>(
    e: &Estimator<'a>,
    id: StreamId,
    inputs: &Inputs,
    announcement: ClaimId,
    note: Note<'a>,
) -> StreamEstimate<'a> {
    let claim = e.rates.claim(announcement);
    StreamEstimate::judged(
        eligibility(e.rates, id, inputs),
        vec![note],
        claim.sources.iter().map(String::as_str).collect(),
    )
}

/// What a stream's figure is for.
pub fn per(id: StreamId) -> Per {
    def(id).per
}
