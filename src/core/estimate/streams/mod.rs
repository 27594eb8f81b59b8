//! Every revenue stream, registered once. A stream is one module: its key in the rate
//! files, its unit, what it needs from the catalogue, and its estimate (range, verdict,
//! notes). Adding one means a module, a row below, its rates and its messages
//! (`stream-<key>` and whatever its notes say).

pub mod affiliate;
pub mod brand_deal;
pub mod creator_fund;
pub mod creator_rewards;
pub mod live_gifts;
pub mod products;
pub mod pulse;
pub mod subscriptions;
pub mod video_gifts;

use serde::{Serialize, Serializer};

use super::{Estimator, Per, StreamEstimate};
use crate::core::inputs::Inputs;
use crate::core::rates::Needed;

/// A revenue stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StreamId {
    CreatorRewards,
    CreatorFund,
    BrandDeal,
    LiveGifts,
    VideoGifts,
    Subscriptions,
    Affiliate,
    Products,
    Pulse,
}

/// What the registry knows of a stream.
pub struct Def {
    /// The key rate files and JSON use.
    pub key: &'static str,
    /// The Fluent id of its name.
    pub name: &'static str,
    pub per: Per,
    /// What the catalogue must hold (checked on load).
    pub needs: &'static [Needed],
    pub estimate: for<'a> fn(&Estimator<'a>, &Inputs) -> StreamEstimate<'a>,
}

impl StreamId {
    /// Every stream, in the order replies show them.
    pub const ALL: [StreamId; 9] = [
        StreamId::CreatorRewards,
        StreamId::CreatorFund,
        StreamId::BrandDeal,
        StreamId::LiveGifts,
        StreamId::VideoGifts,
        StreamId::Subscriptions,
        StreamId::Affiliate,
        StreamId::Products,
        StreamId::Pulse,
    ];

    pub fn def(self) -> &'static Def {
        match self {
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

    pub fn key(self) -> &'static str {
        self.def().key
    }

    /// The Fluent id of the stream's name.
    pub fn message(self) -> &'static str {
        self.def().name
    }

    pub fn per(self) -> Per {
        self.def().per
    }

    pub fn needs(self) -> &'static [Needed] {
        self.def().needs
    }

    /// The stream a rate file's key names.
    pub fn parse(key: &str) -> Option<StreamId> {
        StreamId::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl Serialize for StreamId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_name_their_message() {
        for (i, a) in StreamId::ALL.iter().enumerate() {
            assert_eq!(StreamId::parse(a.key()), Some(*a));
            assert_eq!(a.message(), format!("stream-{}", a.key()));
            for b in &StreamId::ALL[i + 1..] {
                assert_ne!(a.key(), b.key());
            }
        }
    }
}
