//! Exact money: whole cents in one currency, converted with a dated rate.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// The currencies amounts can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[serde(rename = "EUR")]
    Eur,
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "CAD")]
    Cad,
    #[serde(rename = "CHF")]
    Chf,
    #[serde(rename = "GBP")]
    Gbp,
    /// The West African CFA franc (Senegal, Côte d'Ivoire…), pegged to the euro.
    #[serde(rename = "XOF")]
    Xof,
    /// The Central African CFA franc (Cameroon, Gabon…), pegged to the euro at the same
    /// rate.
    #[serde(rename = "XAF")]
    Xaf,
    #[serde(rename = "MAD")]
    Mad,
}

impl Currency {
    pub const ALL: [Currency; 8] = [
        Currency::Eur,
        Currency::Usd,
        Currency::Cad,
        Currency::Chf,
        Currency::Gbp,
        Currency::Xof,
        Currency::Xaf,
        Currency::Mad,
    ];

    /// ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Eur => "EUR",
            Currency::Usd => "USD",
            Currency::Cad => "CAD",
            Currency::Chf => "CHF",
            Currency::Gbp => "GBP",
            Currency::Xof => "XOF",
            Currency::Xaf => "XAF",
            Currency::Mad => "MAD",
        }
    }

    /// Its minor units, as ISO 4217 lists them: cents for all but the CFA francs.
    pub fn minor_units(self) -> u32 {
        match self {
            Currency::Xof | Currency::Xaf => 0,
            _ => 2,
        }
    }

    /// The currency an ISO 4217 code names (`EUR`): how the store and the rate files
    /// keep them. How people write currencies is the text crate's business.
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL.into_iter().find(|c| c.code() == code)
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// An amount in whole cents: never a float, so it never prints `19.999999`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Money {
    pub cents: i64,
    pub currency: Currency,
}

impl Money {
    pub fn new(cents: i64, currency: Currency) -> Money {
        Money { cents, currency }
    }

    /// Rounds an exact amount in currency units to the nearest cent (half away from zero);
    /// saturates rather than wrapping on amounts no creator will ever see.
    pub fn from_units(units: Decimal, currency: Currency) -> Money {
        let cents = (units * Decimal::ONE_HUNDRED)
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        let cents = i64::try_from(cents).unwrap_or(if cents.is_sign_negative() {
            i64::MIN
        } else {
            i64::MAX
        });
        Money { cents, currency }
    }

    /// The amount to the nearest cent (half away from zero), or `None` past what a
    /// count of cents holds (about 92 million billion units).
    pub fn checked_from_units(units: Decimal, currency: Currency) -> Option<Money> {
        let cents = units
            .checked_mul(Decimal::ONE_HUNDRED)?
            .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
        Some(Money {
            cents: i64::try_from(cents).ok()?,
            currency,
        })
    }

    /// The amount to `digits` significant figures, half away from zero (`5 278 €` to two
    /// is `5 300 €`; `352 €` is `350 €`; `1,234 €` is `1,20 €`): how an estimate is shown,
    /// with no more precision than it has.
    pub fn significant(self, digits: u32) -> Money {
        let rounded = significant(self.cents.unsigned_abs(), digits);
        let cents = i64::try_from(rounded).unwrap_or(i64::MAX);
        Money {
            cents: if self.cents < 0 { -cents } else { cents },
            currency: self.currency,
        }
    }

    /// The amount in currency units, exactly.
    pub fn units(self) -> Decimal {
        Decimal::new(self.cents, 2)
    }
}

/// Dated exchange rates, each as units of the currency one euro buys; amounts are
/// converted through the euro.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fx {
    per_eur: Vec<(Currency, Decimal)>,
}

impl Fx {
    /// Records what one euro buys in `currency`.
    pub fn set(&mut self, currency: Currency, per_eur: Decimal) {
        self.per_eur.retain(|(c, _)| *c != currency);
        self.per_eur.push((currency, per_eur));
    }

    /// What one euro buys in `currency` (1 for the euro itself).
    pub fn per_eur(&self, currency: Currency) -> Option<Decimal> {
        if currency == Currency::Eur {
            return Some(Decimal::ONE);
        }
        self.per_eur
            .iter()
            .find(|(c, _)| *c == currency)
            .map(|(_, rate)| *rate)
    }

    /// Converts an exact amount between currencies, without rounding; an amount in a
    /// currency with no rate is left as it is.
    pub fn convert(&self, units: Decimal, from: Currency, to: Currency) -> Decimal {
        if from == to {
            return units;
        }
        match (self.per_eur(from), self.per_eur(to)) {
            (Some(from), Some(to)) if !from.is_zero() => {
                units.checked_div(from).unwrap_or(units).saturating_mul(to)
            }
            _ => units,
        }
    }
}

/// `n` to `digits` significant figures, half up (`189 450` to two is `190 000`): a count
/// derived from an estimate, shown with the precision it has.
pub fn significant(n: u64, digits: u32) -> u64 {
    let figures = n.checked_ilog10().map_or(1, |d| d + 1);
    let Some(step) = figures
        .checked_sub(digits)
        .filter(|&e| e > 0)
        .and_then(|e| 10u64.checked_pow(e))
    else {
        return n;
    };
    (n / step + u64::from(n % step >= step.div_ceil(2))).saturating_mul(step)
}

/// `n` rounded up to `digits` significant figures (`829 412` → `830 000`): a minimum
/// that still reaches its goal once rounded.
pub fn significant_up(n: u64, digits: u32) -> u64 {
    let figures = n.checked_ilog10().map_or(1, |d| d + 1);
    let Some(step) = figures
        .checked_sub(digits)
        .filter(|&e| e > 0)
        .and_then(|e| 10u64.checked_pow(e))
    else {
        return n;
    };
    n.div_ceil(step).saturating_mul(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minimum_is_rounded_up() {
        assert_eq!(significant_up(829_412, 2), 830_000);
        assert_eq!(significant_up(830_000, 2), 830_000);
        assert_eq!(significant_up(830_001, 2), 840_000);
        assert_eq!(significant_up(99, 2), 99);
        assert_eq!(significant_up(1_901, 2), 2_000);
    }

    #[test]
    fn rounds_to_the_nearest_cent() {
        let m = Money::from_units(Decimal::new(199_995, 4), Currency::Eur);
        assert_eq!(m.cents, 2000);
        assert_eq!(
            Money::from_units(Decimal::new(4, 3), Currency::Usd).cents,
            0
        );
        assert_eq!(
            Money::from_units(Decimal::new(5, 3), Currency::Usd).cents,
            1
        );
    }

    #[test]
    fn two_significant_figures_as_the_issue_writes_them() {
        let eur = |cents| Money::new(cents, Currency::Eur);
        assert_eq!(
            eur(527_800).significant(2),
            eur(530_000),
            "5 278 € → 5 300 €"
        );
        assert_eq!(eur(136_400).significant(2), eur(140_000), "1 364 → 1 400");
        assert_eq!(eur(35_200).significant(2), eur(35_000), "352 → 350");
        assert_eq!(
            eur(35_000).significant(2),
            eur(35_000),
            "already two figures"
        );
        assert_eq!(eur(1_850).significant(2), eur(1_900), "18,50 → 19");
        assert_eq!(eur(123).significant(2), eur(120), "1,23 → 1,20");
        assert_eq!(eur(5).significant(2), eur(5), "5 cents stay");
        assert_eq!(eur(0).significant(2), eur(0));
        assert_eq!(eur(-527_800).significant(2), eur(-530_000));
        assert_eq!(
            eur(i64::MAX).significant(2).cents,
            9_200_000_000_000_000_000
        );
    }

    #[test]
    fn converts_both_ways_with_the_dated_rate() {
        let mut fx = Fx::default();
        fx.set(Currency::Usd, Decimal::new(10411, 4));
        let usd = fx.convert(Decimal::from(100), Currency::Eur, Currency::Usd);
        assert_eq!(Money::from_units(usd, Currency::Usd).cents, 10411);
        let eur = fx.convert(Decimal::new(10411, 2), Currency::Usd, Currency::Eur);
        assert_eq!(Money::from_units(eur, Currency::Eur).cents, 10000);
    }
}
