//! LIVE gifts: viewers buy coins and send gifts; the creator receives diamonds and cashes
//! them. PhoneInfo says TikTok keeps about half of what viewers pay; public converters
//! give 2 coins a diamond and $0.005 a diamond. Both readings are shown, for coins or
//! diamonds; without either, the unit values alone ("what is a diamond worth?").

use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::{Arg, Checks, Estimator, Missing, Note, Part, Per, Range, StreamEstimate, push_unique};
use catalogue::Inputs;
use catalogue::OptionId;
use catalogue::StreamId;
use figures::{ClaimId, RateId, Requirement};
use values::{Currency, Percent};

const ID: StreamId = StreamId::LiveGifts;

pub(super) const DEF: Def = Def {
    per: Per::Gifts,
    estimate,
};

/// What the gifts given are worth to the creator, one part per reading of the sources.
fn parts<'a>(e: &Estimator<'a>, inputs: &Inputs) -> Vec<Part<'a>> {
    let rates = e.rates;
    let diamond = rates.rate(RateId::LiveDiamondValue);
    let diamond_currency = diamond.currency.unwrap_or(Currency::Usd);
    let per_diamond = rates.rate(RateId::LiveCoinsPerDiamond);
    // Diamonds received stand for the coins viewers spent on them, at the converters'
    // 2 coins a diamond: the share reading then applies to those coins.
    let coins = match (inputs.coins, inputs.diamonds) {
        (Some(coins), _) => Decimal::from(coins),
        (None, Some(diamonds)) => Decimal::from(diamonds).saturating_mul(per_diamond.low),
        (None, None) => return Vec::new(),
    };
    let price = rates.rate(RateId::LiveCoinPrice);
    let price_currency = price.currency.unwrap_or(Currency::Usd);
    let share = rates.rate(RateId::LiveCreatorShare);
    let converters = e.money(
        coins.saturating_mul(diamond.low) / per_diamond.low.max(Decimal::ONE),
        diamond_currency,
    );
    let by_share = e.money(
        coins.saturating_mul(price.low).saturating_mul(share.low) / Decimal::ONE_HUNDRED,
        price_currency,
    );
    let (converters_label, share_label) = if inputs.coins.is_some() {
        (
            Note::new("part-live-converters")
                .arg("coins", Arg::Decimal(per_diamond.low))
                .arg("diamond", Arg::Price(diamond.low, diamond_currency))
                .sources([per_diamond.source.as_str(), diamond.source.as_str()]),
            Note::new("part-live-share")
                .arg("share", Arg::Percent(Percent(share.low)))
                .arg("coin", Arg::Price(price.low, price_currency))
                .sources([share.source.as_str(), price.source.as_str()]),
        )
    } else {
        (
            Note::new("part-live-diamonds")
                .arg("diamond", Arg::Price(diamond.low, diamond_currency))
                .sources([diamond.source.as_str()]),
            Note::new("part-live-share-diamonds")
                .arg("coins", Arg::Decimal(per_diamond.low))
                .arg("share", Arg::Percent(Percent(share.low)))
                .arg("coin", Arg::Price(price.low, price_currency))
                .arg(
                    "per_diamond",
                    Arg::Sources(smallvec::smallvec![per_diamond.source.as_str()]),
                )
                .sources([share.source.as_str(), price.source.as_str()]),
        )
    };
    vec![
        Part {
            range: Range::single(
                converters,
                e.precision(diamond_currency, Precision::Estimate),
            ),
            label: converters_label,
        },
        Part {
            range: Range::single(by_share, e.precision(price_currency, Precision::Estimate)),
            label: share_label,
        },
    ]
}

/// What one diamond and one coin are worth, and TikTok's share, each with its source.
fn unit_values<'a>(e: &Estimator<'a>) -> Note<'a> {
    let rates = e.rates;
    let diamond = rates.rate(RateId::LiveDiamondValue);
    let per_diamond = rates.rate(RateId::LiveCoinsPerDiamond);
    let price = rates.rate(RateId::LiveCoinPrice);
    let share = rates.rate(RateId::LiveCreatorShare);
    let cited = |source: &'a str| Arg::Sources(smallvec::smallvec![source]);
    Note::new("note-live-unit-values")
        .arg(
            "diamond",
            Arg::Price(diamond.low, diamond.currency.unwrap_or(Currency::Usd)),
        )
        .arg("diamond_source", cited(diamond.source.as_str()))
        .arg("coins", Arg::Decimal(per_diamond.low))
        .arg("coins_source", cited(per_diamond.source.as_str()))
        .arg(
            "coin",
            Arg::Price(price.low, price.currency.unwrap_or(Currency::Usd)),
        )
        .arg("coin_source", cited(price.source.as_str()))
        .arg("share", Arg::Percent(Percent(share.low)))
        .arg("share_source", cited(share.source.as_str()))
}

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let parts = parts(e, inputs);
    let mut notes = Vec::new();
    let mut sources = Vec::new();
    for part in &parts {
        push_unique(&mut sources, part.label.cited().iter().copied());
    }
    if parts.len() > 1 {
        notes.push(Note::new("note-live-share-disagrees"));
    }
    if parts.is_empty() {
        notes.push(unit_values(e));
        notes.push(
            Note::new("note-needs-gifts")
                .arg(
                    "coins",
                    Arg::Hint {
                        option: OptionId::Coins,
                        threshold: None,
                    },
                )
                .arg(
                    "diamonds",
                    Arg::Hint {
                        option: OptionId::Diamonds,
                        threshold: None,
                    },
                ),
        );
    } else {
        let varies = rates.claim(ClaimId::LiveRateVaries);
        notes.push(Note::claim(varies));
        push_unique(&mut sources, varies.sources.iter().map(String::as_str));
    }
    let chain = rates.claim(ClaimId::LiveChain);
    notes.push(Note::claim(chain));
    push_unique(&mut sources, chain.sources.iter().map(String::as_str));
    for note in parts.iter().map(|p| &p.label).chain(&notes) {
        for (_, arg) in &note.args {
            if let Arg::Sources(cited) = arg {
                push_unique(&mut sources, cited.iter().copied());
            }
        }
    }
    let mut checks = Checks::default();
    checks.rule(rates, ID, Requirement::Followers, inputs.followers);
    if inputs.age.is_some() {
        checks.rule(rates, ID, Requirement::Age, inputs.age);
    }
    if checks.missing.iter().any(|m| matches!(m, Missing::Age(_))) {
        let consent = rates.claim(ClaimId::LiveParentalConsent);
        notes.push(Note::claim(consent));
        push_unique(&mut sources, consent.sources.iter().map(String::as_str));
    }
    push_unique(&mut sources, checks.sources.iter().copied());
    StreamEstimate {
        id: ID,
        per: DEF.per,
        range: Range::span(parts.iter().map(|p| &p.range)),
        once_eligible: None,
        said_first: Vec::new(),
        parts,
        verdict: checks.verdict(),
        notes,
        sources,
    }
}
