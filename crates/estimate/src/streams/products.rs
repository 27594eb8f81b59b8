//! The creator's own products: revenue from one launch to the current audience. The
//! article gives two examples (1 % conversion of a 49 € programme, 2 % of a 20 €
//! product); they are quoted, not used as a default, so a figure needs the creator's
//! own conversion rate.

use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::eligibility::eligibility;
use crate::{Estimator, Note, Per, Range, StreamEstimate};
use catalogue::Inputs;
use catalogue::OptionId;
use catalogue::StreamId;
use figures::ClaimId;
use values::Percent;

pub(super) const DEF: Def = Def {
    per: Per::Launch,
    estimate,
};

/// Buyers at a conversion rate: whole buyers only.
pub fn sales(followers: u64, conversion: Percent) -> u64 {
    u64::try_from((Decimal::from(followers) * conversion.fraction()).floor()).unwrap_or(0)
}

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let mut notes = Vec::new();
    let mut sources = Vec::new();
    let range = match (inputs.followers, inputs.price, inputs.conversion) {
        (Some(followers), Some((cents, currency)), Some(conversion)) => {
            let sold = sales(followers, conversion);
            notes.push(Note::Revenue { sales: sold });
            let revenue = Decimal::from(sold) * Decimal::new(cents, 2);
            let currency = currency.unwrap_or(e.currency);
            Some(Range::single(
                e.money(revenue, currency),
                e.precision(currency, Precision::Exact),
            ))
        }
        (followers, price, conversion) => {
            // The articles' examples answer someone pricing a product, not every estimate.
            if conversion.is_none() && (price.is_some() || followers.is_some()) {
                for id in [
                    ClaimId::ProductProgrammeExample,
                    ClaimId::ProductDigitalExample,
                ] {
                    let example = rates.claim(id);
                    notes.push(Note::Claim(example));
                    sources.extend(example.sources.iter().map(String::as_str));
                }
                sources.dedup();
            }
            notes.push(Note::needs(
                [
                    (followers.is_some(), OptionId::Followers),
                    (price.is_some(), OptionId::Price),
                    (conversion.is_some(), OptionId::Conversion),
                ]
                .into_iter()
                .filter_map(|(given, option)| (!given).then_some(option)),
            ));
            None
        }
    };
    let eligibility = eligibility(e.rates, StreamId::Products, inputs);
    StreamEstimate::judged(eligibility, notes, sources).ranged(range)
}
