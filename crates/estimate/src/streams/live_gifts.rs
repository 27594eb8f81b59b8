//! LIVE gifts: viewers buy coins and send gifts; the creator receives diamonds and cashes
//! them. PhoneInfo says TikTok keeps about half of what viewers pay; public converters
//! give 2 coins a diamond and $0.005 a diamond. Both readings are shown.

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
    if let Some(diamonds) = inputs.diamonds {
        let value = e.money(
            Decimal::from(diamonds).saturating_mul(diamond.low),
            diamond_currency,
        );
        return vec![Part {
            range: Range::single(value, e.precision(diamond_currency, Precision::Estimate)),
            label: Note::new("part-live-diamonds")
                .arg("diamond", Arg::Price(diamond.low, diamond_currency))
                .sources([diamond.source.as_str()]),
        }];
    }
    let Some(coins) = inputs.coins else {
        return Vec::new();
    };
    let coins = Decimal::from(coins);
    let per_diamond = rates.rate(RateId::LiveCoinsPerDiamond);
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
    vec![
        Part {
            range: Range::single(
                converters,
                e.precision(diamond_currency, Precision::Estimate),
            ),
            label: Note::new("part-live-converters")
                .arg("coins", Arg::Decimal(per_diamond.low))
                .arg("diamond", Arg::Price(diamond.low, diamond_currency))
                .sources([per_diamond.source.as_str(), diamond.source.as_str()]),
        },
        Part {
            range: Range::single(by_share, e.precision(price_currency, Precision::Estimate)),
            label: Note::new("part-live-share")
                .arg("share", Arg::Percent(Percent(share.low)))
                .arg("coin", Arg::Price(price.low, price_currency))
                .sources([share.source.as_str(), price.source.as_str()]),
        },
    ]
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
        parts,
        verdict: checks.verdict(),
        notes,
        sources,
    }
}
