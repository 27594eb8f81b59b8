//! The figures and sentences the code names, as typed keys: a typo is a compile error,
//! and a key the files lack stops the catalogue from loading, never a reply.

use catalogue::StreamId;

use crate::model::Requirement;

/// Declares a key enum, its ids in the rate files, and its list.
macro_rules! keys {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),+
        }

        impl $name {
            /// Every key, each of which the catalogue must hold.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id the rate files give it.
            pub fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }
        }
    };
}

keys! {
    /// A figure the estimator or a reply reads by name (`[[rate]] id = …`).
    RateId {
        EngagementMicro => "engagement_micro",
        Brand10k => "brand_10k",
        Brand100k => "brand_100k",
        LiveCoinPrice => "live_coin_price",
        LiveCreatorShare => "live_creator_share",
        LiveCoinsPerDiamond => "live_coins_per_diamond",
        LiveDiamondValue => "live_diamond_value",
        PayoutMinimum => "payout_minimum",
        TaxMicroThreshold => "tax_micro_threshold",
        FrBncSocialContributions => "fr_bnc_social_contributions",
        FrTrainingContribution => "fr_training_contribution",
        FrFlatIncomeTax => "fr_flat_income_tax",
        FrBncAllowance => "fr_bnc_allowance",
        FrBncAllowanceMinimum => "fr_bnc_allowance_minimum",
        FrMicroBncCeiling => "fr_micro_bnc_ceiling",
    }
}

keys! {
    /// A sourced sentence a reply quotes (`[[claim]] id = …`), worded by `claim-<id>`.
    ClaimId {
        PulseConditions => "pulse_conditions",
        GrowthExample => "growth_example",
        ViewsCeiling => "views_ceiling",
        Brand1mCampaign => "brand_1m_campaign",
        BrandSmallAccounts => "brand_small_accounts",
        BrandEngagement => "brand_engagement",
        BrandNicheOverSize => "brand_niche_over_size",
        BrandMarketplace => "brand_marketplace",
        FundOpen => "fund_open",
        FundReplaced => "fund_replaced",
        FundTensOfEuros => "fund_tens_of_euros",
        LiveOptions10k => "live_options_10k",
        LiveContests => "live_contests",
        CrpReview => "crp_review",
        CrpQualifiedViews => "crp_qualified_views",
        ParentalConsent => "parental_consent",
        LiveRateVaries => "live_rate_varies",
        VideoGiftsRollout => "video_gifts_rollout",
        SubscriptionsTesting => "subscriptions_testing",
        PayoutMethods => "payout_methods",
        ProductProgrammeExample => "product_programme_example",
        ProductDigitalExample => "product_digital_example",
        AffiliateNoRequirement => "affiliate_no_requirement",
        TaxBncOccasional => "tax_bnc_occasional",
        CommunityGuidelines => "community_guidelines",
        CrpOriginal => "crp_original",
        FundHistory => "fund_history",
        HowFund => "how_fund",
        LiveGuidelines => "live_guidelines",
        LiveChain => "live_chain",
        HowLive => "how_live",
        HowMarketplace => "how_marketplace",
        PayoutsOutsideApp => "payouts_outside_app",
    }
}

/// The eligibility rules the estimator checks, each of which the catalogue must hold.
pub const RULES: &[(StreamId, Requirement)] = &[
    (StreamId::CreatorRewards, Requirement::Followers),
    (StreamId::CreatorRewards, Requirement::Views30d),
    (StreamId::CreatorRewards, Requirement::Age),
    (StreamId::CreatorRewards, Requirement::VideoSeconds),
    (StreamId::CreatorFund, Requirement::Followers),
    (StreamId::CreatorFund, Requirement::Views30d),
    (StreamId::LiveGifts, Requirement::Followers),
    (StreamId::LiveGifts, Requirement::Age),
    (StreamId::Pulse, Requirement::Followers),
    (StreamId::Affiliate, Requirement::Age),
];
