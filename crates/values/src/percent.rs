//! A percentage as typed (`6`, `6,5 %`), kept exact.

use rust_decimal::Decimal;

/// A value in percent units: `Percent(6.5)` is 6.5 %.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Percent(pub Decimal);

impl Percent {
    /// The fraction it stands for (6.5 % → 0.065).
    pub fn fraction(self) -> Decimal {
        self.0 / Decimal::ONE_HUNDRED
    }

    /// The percentage to `digits` significant figures (20.83 % → 21 %), for a figure
    /// worked out from estimates.
    pub fn significant(self, digits: u32) -> Percent {
        Percent(self.0.round_sf(digits).unwrap_or(self.0).normalize())
    }
}
