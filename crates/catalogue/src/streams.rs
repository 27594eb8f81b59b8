//! The revenue streams, named once: the rate files, the estimator, the replies and JSON
//! all key a stream by its [`StreamId`].

use serde::{Deserialize, Deserializer, Serialize, Serializer};

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

    /// The key rate files and JSON use.
    pub fn key(self) -> &'static str {
        match self {
            StreamId::CreatorRewards => "creator_rewards",
            StreamId::CreatorFund => "creator_fund",
            StreamId::BrandDeal => "brand_deal",
            StreamId::LiveGifts => "live_gifts",
            StreamId::VideoGifts => "video_gifts",
            StreamId::Subscriptions => "subscriptions",
            StreamId::Affiliate => "affiliate",
            StreamId::Products => "products",
            StreamId::Pulse => "pulse",
        }
    }

    /// The Fluent id of the stream's name (`stream-<key>`).
    pub fn message(self) -> &'static str {
        match self {
            StreamId::CreatorRewards => "stream-creator_rewards",
            StreamId::CreatorFund => "stream-creator_fund",
            StreamId::BrandDeal => "stream-brand_deal",
            StreamId::LiveGifts => "stream-live_gifts",
            StreamId::VideoGifts => "stream-video_gifts",
            StreamId::Subscriptions => "stream-subscriptions",
            StreamId::Affiliate => "stream-affiliate",
            StreamId::Products => "stream-products",
            StreamId::Pulse => "stream-pulse",
        }
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
            assert_eq!(StreamId::parse(a.key()), Some(*a));
            assert_eq!(a.message(), format!("stream-{}", a.key()));
            for b in &StreamId::ALL[i + 1..] {
                assert_ne!(a.key(), b.key());
            }
        }
    }
}
