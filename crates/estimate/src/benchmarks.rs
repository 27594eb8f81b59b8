//! Typical engagement for an account's size (a public benchmark): what "engaged"
//! means, in words, where no source says what engagement does to a price.

use figures::{Group, Rate, Rates};

/// The benchmark tier for an audience of `followers`: the largest tier at or below it.
pub fn typical_engagement(rates: &Rates, followers: u64) -> Option<&Rate> {
    rates
        .group(Group::Engagement)
        .filter(|r| r.followers.is_some_and(|m| m <= followers))
        .max_by_key(|r| r.followers)
}
