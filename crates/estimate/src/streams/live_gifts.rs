//! LIVE gifts: viewers buy coins and send gifts; the creator receives diamonds and cashes
//! them. PhoneInfo says TikTok keeps about half of what viewers pay; public converters
//! give 2 coins a diamond and $0.005 a diamond. Both readings are shown, for coins or
//! diamonds; without either, the unit values alone ("what is a diamond worth?").

use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::eligibility::eligibility;
use crate::notes::sources;
use crate::{Estimator, Label, Note, Part, Per, Range, StreamEstimate, UnitValue, push_unique};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::{ClaimId, RateId};
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
    let diamond_value = UnitValue {
        units: diamond.low,
        currency: diamond_currency,
        source: diamond.source.as_str(),
    };
    let coin = UnitValue {
        units: price.low,
        currency: price_currency,
        source: price.source.as_str(),
    };
    let by_share_sources = sources([share.source.as_str(), price.source.as_str()]);
    let (converters_label, share_label) = if inputs.coins.is_some() {
        (
            Label::LiveConverters {
                coins: per_diamond.low,
                diamond: diamond_value,
                sources: sources([per_diamond.source.as_str(), diamond.source.as_str()]),
            },
            Label::LiveShare {
                share: Percent(share.low),
                coin,
                sources: by_share_sources,
            },
        )
    } else {
        (
            Label::LiveDiamonds {
                diamond: diamond_value,
                sources: sources([diamond.source.as_str()]),
            },
            Label::LiveShareDiamonds {
                coins: per_diamond.low,
                per_diamond: per_diamond.source.as_str(),
                share: Percent(share.low),
                coin,
                sources: by_share_sources,
            },
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
    Note::LiveUnitValues {
        diamond: UnitValue {
            units: diamond.low,
            currency: diamond.currency.unwrap_or(Currency::Usd),
            source: diamond.source.as_str(),
        },
        coins: per_diamond.low,
        coins_source: per_diamond.source.as_str(),
        coin: UnitValue {
            units: price.low,
            currency: price.currency.unwrap_or(Currency::Usd),
            source: price.source.as_str(),
        },
        share: Percent(share.low),
        share_source: share.source.as_str(),
    }
}

/// The share the converters' unit values leave the creator: a diamond's value over the
/// coins a diamond takes at their price (exact, shown to two figures).
fn implied_share(e: &Estimator) -> Percent {
    let rates = e.rates;
    let diamond = rates.rate(RateId::LiveDiamondValue);
    let per_diamond = rates.rate(RateId::LiveCoinsPerDiamond);
    let price = rates.rate(RateId::LiveCoinPrice);
    let paid = per_diamond.low.saturating_mul(price.low);
    let fraction = if paid.is_zero() {
        Decimal::ZERO
    } else {
        diamond.low / paid
    };
    Percent(fraction * Decimal::ONE_HUNDRED)
}

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let parts = parts(e, inputs);
    let mut notes = Vec::new();
    let mut sources = Vec::new();
    for part in &parts {
        push_unique(&mut sources, part.label.cited().iter().copied());
    }
    let mut said_first = Vec::new();
    if parts.is_empty() {
        // "What is a diamond worth?": the unit values answer it, first.
        said_first.push(unit_values(e));
        notes.push(unit_values(e));
        notes.push(Note::NeedsGifts);
    } else {
        notes.push(Note::Claim(rates.claim(ClaimId::LiveRateVaries)));
    }
    // The converters' values leave the creator far less than the article's half: said
    // wherever either reading is shown.
    let share = rates.rate(RateId::LiveCreatorShare);
    let disagree = Note::LiveShareDisagrees {
        implied: implied_share(e),
        share: Percent(share.low),
    };
    if !said_first.is_empty() {
        said_first.push(disagree.clone());
    }
    notes.push(disagree);
    notes.push(Note::Claim(rates.claim(ClaimId::LiveChain)));
    if inputs
        .followers
        .is_none_or(|f| f < rates.claim(ClaimId::LiveOptions10k).count("followers"))
    {
        notes.push(Note::Claim(rates.claim(ClaimId::LiveOptions10k)));
    }
    notes.push(Note::Claim(rates.claim(ClaimId::LiveContests)));
    for part in &parts {
        if let Label::LiveShareDiamonds { per_diamond, .. } = part.label {
            push_unique(&mut sources, [per_diamond]);
        }
    }
    for note in &notes {
        push_unique(&mut sources, note.cited());
    }
    push_unique(&mut sources, [share.source.as_str()]);
    let mut estimate = StreamEstimate::judged(eligibility(rates, ID, inputs), notes, sources);
    estimate.said_first = said_first;
    estimate.priced(parts)
}
