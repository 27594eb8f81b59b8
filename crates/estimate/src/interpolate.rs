//! Between two sourced figures: linear in the logarithm of the audience, so a price moves
//! as much from 10 000 to 20 000 followers as from 50 000 to 100 000. Replies say when a
//! figure is interpolated and between which two.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

/// Where `x` sits between `x0` and `x1` on a log scale: 0 at `x0`, 1 at `x1`, clamped.
pub fn position(x: u64, x0: u64, x1: u64) -> Decimal {
    if x <= x0 || x0 == 0 || x1 <= x0 {
        return Decimal::ZERO;
    }
    if x >= x1 {
        return Decimal::ONE;
    }
    let t = (x as f64 / x0 as f64).ln() / (x1 as f64 / x0 as f64).ln();
    // Six decimals are finer than any amount shown, and keep the rest exact.
    Decimal::from_f64(t)
        .map(|t| t.round_dp(6))
        .unwrap_or_default()
        .clamp(Decimal::ZERO, Decimal::ONE)
}

/// The figure at `x`, between `y0` at `x0` and `y1` at `x1` (log scale of `x`).
pub fn at(x: u64, (x0, y0): (u64, Decimal), (x1, y1): (u64, Decimal)) -> Decimal {
    y0 + (y1 - y0) * position(x, x0, x1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_and_middle_of_a_decade() {
        let at = |x| {
            at(
                x,
                (10_000, Decimal::from(100)),
                (100_000, Decimal::from(500)),
            )
        };
        assert_eq!(at(10_000), Decimal::from(100));
        assert_eq!(at(100_000), Decimal::from(500));
        assert_eq!(at(5_000), Decimal::from(100), "clamped below");
        assert_eq!(at(1_000_000), Decimal::from(500), "clamped above");
        // √10 × 10 000 is halfway on a log scale.
        let mid = at(31_623);
        assert!((mid - Decimal::from(300)).abs() < Decimal::ONE, "{mid}");
    }
}
