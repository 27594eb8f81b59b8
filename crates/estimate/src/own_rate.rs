//! The creator's own rate, from what TikTok paid them: no source knows their audience
//! better than their payouts. Several payouts give a rate weighted by views; one older
//! than a year counts for half, since rates move.

use rust_decimal::Decimal;

use catalogue::{Month, Paid};

use crate::{Estimator, Precision, Range};

/// Past this many months, a payout counts for half.
const FRESH_MONTHS: i64 = 12;

/// What 1 000 views paid the creator, by their payouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OwnRate {
    /// In the reply's currency.
    pub per_1000: Decimal,
    pub payouts: usize,
    pub newest: Month,
    /// Some payout came in another currency and was converted.
    pub converted: bool,
    /// Some payout is older than a year and counted for half.
    pub aged: bool,
}

impl OwnRate {
    /// What `views` pay at this rate, as a reply shows it: an estimate, marked ≈ when
    /// a payout was converted.
    pub fn pays(&self, e: &Estimator, views: u64) -> Range {
        let precision = if self.converted {
            Precision::Converted
        } else {
            Precision::Estimate
        };
        let pays = self.per_1000 * Decimal::from(views) / Decimal::ONE_THOUSAND;
        Range::single(e.money(pays, e.currency), precision)
    }
}

/// The rate the payouts give, if any paid for views.
pub fn own_rate(e: &Estimator, paid: &Paid) -> Option<OwnRate> {
    let (mut amount, mut views) = (Decimal::ZERO, Decimal::ZERO);
    let (mut converted, mut aged) = (false, false);
    let counted: Vec<_> = paid.payouts.iter().filter(|p| p.views > 0).collect();
    for payout in &counted {
        let old = paid.now.0 - payout.month.0 > FRESH_MONTHS;
        let weight = if old {
            Decimal::new(5, 1)
        } else {
            Decimal::ONE
        };
        aged |= old;
        converted |= payout.currency != e.currency;
        let paid = e.convert(Decimal::new(payout.cents, 2), payout.currency);
        amount += weight * paid;
        views += weight * Decimal::from(payout.views);
    }
    let newest = counted.iter().map(|p| p.month).max()?;
    Some(OwnRate {
        per_1000: amount * Decimal::ONE_THOUSAND / views,
        payouts: counted.len(),
        newest,
        converted,
        aged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalogue::Payout;
    use figures::Rates;
    use values::Currency;

    fn payout(year: i32, month: u32, cents: i64, views: u64) -> Payout {
        Payout {
            month: Month::new(year, month),
            cents,
            currency: Currency::Eur,
            views,
        }
    }

    fn rate(payouts: Vec<Payout>) -> OwnRate {
        let rates = Rates::embedded().unwrap();
        let e = Estimator::new(&rates, Currency::Eur);
        let now = Month::new(2026, 12);
        own_rate(&e, &Paid { payouts, now }).unwrap()
    }

    #[test]
    fn payouts_give_a_rate_weighted_by_views() {
        // 52 € for 100 000 views: 0,52 € per 1 000.
        assert_eq!(
            rate(vec![payout(2026, 10, 5200, 100_000)]).per_1000,
            Decimal::new(52, 2)
        );
        // 52 € for 100 000 and 18 € for 100 000: 70 € for 200 000, 0,35 € per 1 000.
        let two = rate(vec![
            payout(2026, 10, 5200, 100_000),
            payout(2026, 9, 1800, 100_000),
        ]);
        assert_eq!(two.per_1000, Decimal::new(35, 2));
        assert_eq!((two.payouts, two.newest), (2, Month::new(2026, 10)));
        // The bigger month weighs more: 60 € for 300 000 and 10 € for 100 000 give
        // 70 € for 400 000, 0,175 € per 1 000, not the mean of 0,20 and 0,10.
        let weighted = rate(vec![
            payout(2026, 10, 6000, 300_000),
            payout(2026, 9, 1000, 100_000),
        ]);
        assert_eq!(weighted.per_1000, Decimal::new(175, 3));
    }

    #[test]
    fn a_payout_older_than_a_year_counts_for_half() {
        // 40 € for 100 000 this autumn, 100 € for 100 000 in 2025-10 (14 months ago,
        // counted as 50 € for 50 000): 90 € for 150 000, 0,60 € per 1 000.
        let mixed = rate(vec![
            payout(2026, 10, 4000, 100_000),
            payout(2025, 10, 10_000, 100_000),
        ]);
        assert_eq!(mixed.per_1000, Decimal::new(60, 2));
        assert!(mixed.aged && !mixed.converted);
    }

    #[test]
    fn a_payout_exactly_a_year_old_counts_whole_and_one_a_month_older_for_half() {
        // In December 2026, December 2025 is twelve months back: 40 € and 100 €, each
        // for 100 000, give 140 € for 200 000, 0,70 € per 1 000.
        let year = rate(vec![
            payout(2026, 10, 4000, 100_000),
            payout(2025, 12, 10_000, 100_000),
        ]);
        assert_eq!(year.per_1000, Decimal::new(70, 2));
        assert!(!year.aged);
        // November 2025 is thirteen: 40 € + 50 € for 100 000 + 50 000, 0,60 € per 1 000.
        let older = rate(vec![
            payout(2026, 10, 4000, 100_000),
            payout(2025, 11, 10_000, 100_000),
        ]);
        assert_eq!(older.per_1000, Decimal::new(60, 2));
        assert!(older.aged);
    }
}
