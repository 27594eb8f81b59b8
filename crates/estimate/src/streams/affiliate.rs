//! Affiliate links and TikTok Shop: a commission on each sale. No source gives a typical
//! commission, so a figure needs the creator's own sales, price and commission.

use figures::ClaimId;
use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::eligibility::eligibility;
use crate::{Estimator, Note, Per, Range, StreamEstimate};
use catalogue::Inputs;
use catalogue::OptionId;
use catalogue::StreamId;

pub(super) const DEF: Def = Def {
    per: Per::Sales,
    estimate,
};

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let open = e.rates.claim(ClaimId::AffiliateNoRequirement);
    let mut notes = Vec::new();
    let range = match (inputs.sales, inputs.price, inputs.commission) {
        (Some(sales), Some((cents, currency)), Some(commission)) => {
            let units = Decimal::from(sales) * Decimal::new(cents, 2) * commission.fraction();
            let currency = currency.unwrap_or(e.currency);
            Some(Range::single(
                e.money(units, currency),
                e.precision(currency, Precision::Exact),
            ))
        }
        (sales, price, commission) => {
            if commission.is_none() {
                notes.push(Note::NoCommission);
            }
            notes.push(Note::needs(
                [
                    (sales.is_some(), OptionId::Sales),
                    (price.is_some(), OptionId::Price),
                    (commission.is_some(), OptionId::Commission),
                ]
                .into_iter()
                .filter_map(|(given, option)| (!given).then_some(option)),
            ));
            None
        }
    };
    let sources = open.sources.iter().map(String::as_str).collect();
    let eligibility = eligibility(e.rates, StreamId::Affiliate, inputs);
    StreamEstimate::judged(eligibility, notes, sources).ranged(range)
}
