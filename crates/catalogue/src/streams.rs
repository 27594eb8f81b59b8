//! The revenue streams, named once: the rate files, the estimator, the replies and JSON
//! all key a stream by its [`StreamId`].

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::message::MessageId;
use crate::msg;

/// A revenue stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

/// Each stream, in the order replies show them: the key rate files and JSON use, and the
/// message that names it.
const TABLE: [(StreamId, &str, MessageId); 9] = [
    (
        StreamId::CreatorRewards,
        "creator_rewards",
        msg::STREAM_CREATOR_REWARDS,
    ),
    (
        StreamId::CreatorFund,
        "creator_fund",
        msg::STREAM_CREATOR_FUND,
    ),
    (StreamId::BrandDeal, "brand_deal", msg::STREAM_BRAND_DEAL),
    (StreamId::LiveGifts, "live_gifts", msg::STREAM_LIVE_GIFTS),
    (StreamId::VideoGifts, "video_gifts", msg::STREAM_VIDEO_GIFTS),
    (
        StreamId::Subscriptions,
        "subscriptions",
        msg::STREAM_SUBSCRIPTIONS,
    ),
    (StreamId::Affiliate, "affiliate", msg::STREAM_AFFILIATE),
    (StreamId::Products, "products", msg::STREAM_PRODUCTS),
    (StreamId::Pulse, "pulse", msg::STREAM_PULSE),
];

impl StreamId {
    /// Every stream, in the order replies show them.
    pub const ALL: [StreamId; 9] = {
        let mut all = [StreamId::Pulse; 9];
        let mut i = 0;
        while i < TABLE.len() {
            all[i] = TABLE[i].0;
            i += 1;
        }
        all
    };

    fn row(self) -> &'static (StreamId, &'static str, MessageId) {
        // `TABLE` is in the order of the enum's variants.
        &TABLE[self as usize]
    }

    /// The key rate files and JSON use.
    pub fn key(self) -> &'static str {
        self.row().1
    }

    /// The message naming the stream (`stream-<key>`).
    pub fn message(self) -> MessageId {
        self.row().2
    }

    /// The stream a rate file's key names.
    pub fn parse(key: &str) -> Option<StreamId> {
        TABLE.iter().find(|row| row.1 == key).map(|row| row.0)
    }
}

impl Serialize for StreamId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl<'de> Deserialize<'de> for StreamId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<StreamId, D::Error> {
        let key = String::deserialize(deserializer)?;
        StreamId::parse(&key)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown stream {key:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_name_their_message() {
        for (i, a) in StreamId::ALL.iter().enumerate() {
            assert_eq!(a.row().0, *a);
            assert_eq!(StreamId::parse(a.key()), Some(*a));
            assert_eq!(a.message().id(), format!("stream-{}", a.key()));
            for b in &StreamId::ALL[i + 1..] {
                assert_ne!(a.key(), b.key());
            }
        }
    }
}
