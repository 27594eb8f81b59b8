//! The message naming each typed thing a reply mentions: a unit, a currency, a region.
//! Streams and niches name theirs in the catalogue.

use catalogue::{MessageId, Topic, msg};
use estimate::Per;
use values::Currency;

/// What a figure is for, in words (`per-month`: « sur 30 jours »).
pub(super) fn per(per: Per) -> MessageId {
    match per {
        Per::Month => msg::PER_MONTH,
        Per::SponsoredVideo => msg::PER_SPONSORED_VIDEO,
        Per::Launch => msg::PER_LAUNCH,
        Per::Gifts => msg::PER_GIFTS,
        Per::Sales => msg::PER_SALES,
    }
}

/// A currency's name (`currency-CHF`: « francs suisses »).
pub(super) fn currency(currency: Currency) -> MessageId {
    match currency {
        Currency::Eur => msg::CURRENCY_EUR,
        Currency::Usd => msg::CURRENCY_USD,
        Currency::Cad => msg::CURRENCY_CAD,
        Currency::Chf => msg::CURRENCY_CHF,
        Currency::Gbp => msg::CURRENCY_GBP,
        Currency::Xof => msg::CURRENCY_XOF,
        Currency::Xaf => msg::CURRENCY_XAF,
        Currency::Mad => msg::CURRENCY_MAD,
    }
}

/// A region of the rate files (`region-europe`), whose message the loader checked.
pub(super) fn region(region: &str) -> MessageId {
    MessageId::find(&format!("region-{region}")).unwrap_or(msg::REGION_UNSPECIFIED)
}

/// A FAQ topic's title (`title-faq-taxes`).
pub(super) fn topic(topic: Topic) -> MessageId {
    match topic {
        Topic::Payouts => msg::TITLE_FAQ_PAYOUTS,
        Topic::Taxes => msg::TITLE_FAQ_TAXES,
        Topic::Likes => msg::TITLE_FAQ_LIKES,
        Topic::Followers => msg::TITLE_FAQ_FOLLOWERS,
        Topic::Fund => msg::TITLE_FAQ_FUND,
        Topic::Shop => msg::TITLE_FAQ_SHOP,
        Topic::Pulse => msg::TITLE_FAQ_PULSE,
        Topic::Subscriptions => msg::TITLE_FAQ_SUBSCRIPTIONS,
        Topic::VideoGifts => msg::TITLE_FAQ_VIDEO_GIFTS,
        Topic::TurnOn => msg::TITLE_FAQ_TURN_ON,
    }
}
