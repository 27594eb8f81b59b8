//! The time every decision reads. The core never reads the clock; the service and the
//! reminder rounds read this one, so a test can fix the day and give the same answer in
//! any month of any year.

use chrono::{DateTime, NaiveDate, Utc};

/// The system's clock, or one a test fixed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clock(Option<DateTime<Utc>>);

impl Clock {
    /// The system's time: what a deployed bot reads.
    pub fn system() -> Clock {
        Clock(None)
    }

    /// Always `at`: a test's day, the same on every run.
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock(Some(at))
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.0.unwrap_or_else(Utc::now)
    }

    /// Today's day number (days since 1970-01-01, UTC), the unit saved stats are dated in.
    pub fn today(&self) -> i64 {
        day_of(self.now())
    }
}

/// The day number of `at`.
pub fn day_of(at: DateTime<Utc>) -> i64 {
    (at.date_naive() - NaiveDate::default()).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_fixed_clock_reads_its_day() {
        let at = Utc.with_ymd_and_hms(2027, 3, 15, 23, 59, 59).unwrap();
        // 2027-03-15 is day 20 892 (by hand: 57 years of 365 days, 14 leap days, 73 days).
        assert_eq!(Clock::fixed(at).today(), 20_892);
        assert_eq!(Clock::fixed(at).now(), at);
    }
}
