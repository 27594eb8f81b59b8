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

use super::{Estimator, Per, StreamEstimate};

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

/// What a stream's figure is for.
pub fn per(id: StreamId) -> Per {
    def(id).per
}
