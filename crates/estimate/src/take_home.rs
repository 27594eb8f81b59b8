//! What a creator in France keeps from a gross amount, as a micro-entrepreneur in BNC:
//! social contributions, the training contribution and the optional flat income tax, each
//! at its published rate. Pure arithmetic on the rates in `rates/tax_fr.toml`.

use catalogue::Period;
use figures::{Rate, RateId, Rates};
use rust_decimal::Decimal;
use values::{Currency, Money, Percent};

/// One line taken off the gross.
#[derive(Debug, Clone)]
pub struct Deduction<'a> {
    /// Which deduction it is.
    pub id: RateId,
    pub rate: &'a Rate,
    pub percent: Percent,
    pub amount: Money,
}

/// The take-home of one gross amount.
#[derive(Debug, Clone)]
pub struct TakeHome<'a> {
    pub gross: Money,
    pub period: Period,
    /// Under the article's threshold a year: declared as BNC, no micro-entreprise needed.
    pub occasional: bool,
    /// Social contributions, training contribution, flat income tax (in that order).
    pub deductions: Vec<Deduction<'a>>,
    /// What is left with the flat income tax paid.
    pub net_with_flat_tax: Money,
    /// What is left before income tax, without the flat tax option.
    pub net_before_income_tax: Money,
    /// The micro regime's yearly ceiling, in the gross's currency, when the gross passes it.
    pub over_ceiling: Option<Money>,
    /// Without the flat tax: what income tax is computed on, per `period`, once the
    /// allowance (34 %, at least 305 € a year) is taken off.
    pub taxable: Money,
    /// The allowance's yearly minimum is what applies (below about 900 € a year).
    pub minimum_allowance: bool,
}

fn percent_of(gross: Money, rate: Decimal) -> Money {
    Money::from_units(gross.units() * rate / Decimal::ONE_HUNDRED, gross.currency)
}

/// A yearly amount in euros, converted exactly.
fn yearly_euros(rates: &Rates, gross: Money, period: Period) -> Decimal {
    let months = match period {
        Period::Year => Decimal::ONE,
        Period::Month => Decimal::from(12),
    };
    rates
        .fx()
        .convert(gross.units() * months, gross.currency, Currency::Eur)
}

/// What is left of `gross` (per `period`) under French micro-entreprise rules.
pub fn take_home<'a>(rates: &'a Rates, gross: Money, period: Period) -> TakeHome<'a> {
    let year = yearly_euros(rates, gross, period);
    let threshold = rates.rate(RateId::TaxMicroThreshold);
    let ceiling = rates.rate(RateId::FrMicroBncCeiling);
    let deductions: Vec<Deduction> = [
        RateId::FrBncSocialContributions,
        RateId::FrTrainingContribution,
        RateId::FrFlatIncomeTax,
    ]
    .iter()
    .map(|id| {
        let rate = rates.rate(*id);
        Deduction {
            id: *id,
            rate,
            percent: Percent(rate.low),
            amount: percent_of(gross, rate.low),
        }
    })
    .collect();
    let taken = |lines: &[Deduction]| lines.iter().map(|d| d.amount.cents).sum::<i64>();
    let net_with_flat_tax = Money::new(gross.cents - taken(&deductions), gross.currency);
    let net_before_income_tax = Money::new(gross.cents - taken(&deductions[..2]), gross.currency);
    let allowance = rates.rate(RateId::FrBncAllowance);
    let minimum = rates.rate(RateId::FrBncAllowanceMinimum);
    let minimum_eur = rates.fx().convert(
        minimum.low,
        minimum.currency.unwrap_or(Currency::Eur),
        Currency::Eur,
    );
    let share = year * allowance.low / Decimal::ONE_HUNDRED;
    let minimum_allowance = share < minimum_eur;
    let taxable_year = (year - share.max(minimum_eur)).max(Decimal::ZERO);
    let per_period = match period {
        Period::Year => taxable_year,
        Period::Month => taxable_year / Decimal::from(12),
    };
    let taxable = Money::from_units(
        rates
            .fx()
            .convert(per_period, Currency::Eur, gross.currency),
        gross.currency,
    );
    let over_ceiling = (year > ceiling.low).then(|| {
        let from = ceiling.currency.unwrap_or(Currency::Eur);
        Money::from_units(
            rates
                .fx()
                .convert(ceiling.low, from, gross.currency)
                .round(),
            gross.currency,
        )
    });
    TakeHome {
        gross,
        period,
        occasional: year <= threshold.low,
        deductions,
        net_with_flat_tax,
        net_before_income_tax,
        over_ceiling,
        taxable,
        minimum_allowance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_monthly_amount_is_checked_against_yearly_thresholds() {
        let rates = Rates::embedded().unwrap();
        let month = take_home(&rates, Money::new(800_000, Currency::Eur), Period::Month);
        assert!(
            month.over_ceiling.is_some(),
            "8 000 € a month is 96 000 € a year"
        );
        let small = take_home(&rates, Money::new(4_000, Currency::Eur), Period::Month);
        assert!(small.occasional, "40 € a month is 480 € a year");
    }
}
