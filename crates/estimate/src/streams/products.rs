//! The creator's own products: revenue from one launch to the current audience. The
//! article gives two examples (1 % conversion of a 49 € programme, 2 % of a 20 €
//! product); they are quoted, not used as a default, so a figure needs the creator's
//! own conversion rate.

use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::eligibility::eligibility;
use crate::{Estimator, Note, Per, Range, StreamEstimate, push_unique};
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
    // The articles' examples: beside the creator's own figures (what sources say of
    // products), and for someone pricing one (not every estimate).
    let pricing = inputs.price.is_some() || inputs.followers.is_some();
    let examples = [
        ClaimId::ProductProgrammeExample,
        ClaimId::ProductDigitalExample,
    ]
    .map(|id| rates.claim(id));
    let range = match (inputs.followers, inputs.price, inputs.conversion) {
        (Some(followers), Some((cents, currency)), Some(conversion)) => {
            let sold = sales(followers, conversion);
            notes.push(Note::Revenue { sales: sold });
            for example in examples {
                notes.push(Note::Claim(example));
                push_unique(&mut sources, example.sources.iter().map(String::as_str));
            }
            let revenue = Decimal::from(sold) * Decimal::new(cents, 2);
            let currency = currency.unwrap_or(e.currency);
            Some(Range::single(
                e.money(revenue, currency),
                e.precision(currency, Precision::Exact),
            ))
        }
        (followers, price, conversion) => {
            if conversion.is_none() && pricing {
                for example in examples {
                    notes.push(Note::Claim(example));
                    push_unique(&mut sources, example.sources.iter().map(String::as_str));
                }
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
