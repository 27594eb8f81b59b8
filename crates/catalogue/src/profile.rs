//! Who a creator is and the stats they saved. The store reads and writes these values;
//! the estimator fills commands and tracks progress from them.

use std::fmt;

use serde::Serialize;

use text::{Audience, Country};
use values::{Currency, Lang, Percent};

use crate::choices::Niche;
use crate::commands::{CommandSpec, OptionId};
use crate::inputs::Inputs;

/// Where a user talks to the bot. A Discord user and a Telegram user with the same
/// number are different people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Console,
    Discord,
    Telegram,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Console => "console",
            Platform::Discord => "discord",
            Platform::Telegram => "telegram",
        }
    }

    /// The platform [`Platform::as_str`] wrote.
    pub fn parse(text: &str) -> Option<Platform> {
        [Platform::Console, Platform::Discord, Platform::Telegram]
            .into_iter()
            .find(|p| p.as_str() == text)
    }
}

impl Identity {
    /// The identity [`Identity`]'s `Display` wrote (`telegram:1001`).
    pub fn parse(text: &str) -> Option<Identity> {
        let (platform, user_id) = text.split_once(':')?;
        let platform = Platform::parse(platform)?;
        Some(Identity {
            platform,
            user_id: user_id.to_owned(),
        })
    }
}

/// A user: the key of everything stored about them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Identity {
    pub platform: Platform,
    pub user_id: String,
}

impl fmt::Display for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.platform.as_str(), self.user_id)
    }
}

/// The stats a creator saved once so every command can use them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub followers: Option<u64>,
    pub views30d: Option<u64>,
    pub engagement: Option<Percent>,
    pub country: Option<&'static Country>,
    pub niche: Option<Niche>,
    pub age: Option<u64>,
    pub currency: Option<Currency>,
    /// Typical video length, in seconds.
    pub length: Option<u64>,
    /// The reply language the user chose; it wins over the platform's locale.
    pub lang: Option<Lang>,
    /// Whether the user wants result cards; wins over the platform's default.
    pub card: Option<bool>,
    /// What TikTok paid them, newest month first, one per month.
    pub payouts: Vec<Payout>,
    /// Where their viewers are, by country.
    pub audience: Option<Audience>,
    /// The milestones already said to them (`creator_rewards.followers`), never twice.
    pub milestones: Vec<String>,
    /// They asked for a private message at the start of each month (`/rappel mensuel`).
    pub reminder: bool,
}

/// A calendar month, counted as `year × 12 + month − 1`: the unit payouts are dated in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month(pub i64);

impl Month {
    pub fn new(year: i32, month: u32) -> Month {
        Month(i64::from(year) * 12 + i64::from(month) - 1)
    }

    pub fn year(self) -> i64 {
        self.0.div_euclid(12)
    }

    /// 1 for January.
    pub fn number(self) -> u32 {
        self.0.rem_euclid(12) as u32 + 1
    }

    /// The month a day number falls in.
    pub fn of_day(day: i64) -> Month {
        use chrono::Datelike;
        let date = date(day).unwrap_or_default();
        Month::new(date.year(), date.month())
    }

    /// The month a creator means by a month written with or without its year: without
    /// one, the latest such month that is not after `now`.
    pub fn meant(year: Option<i32>, month: u32, now: Month) -> Month {
        match year {
            Some(year) => Month::new(year, month),
            None => {
                let this_year = Month(now.year() * 12 + i64::from(month) - 1);
                if this_year > now {
                    Month(this_year.0 - 12)
                } else {
                    this_year
                }
            }
        }
    }
}

impl fmt::Display for Month {
    /// `2026-10`, as the store keeps it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:02}", self.year(), self.number())
    }
}

/// What TikTok paid a creator for a month: the amount in the currency it came in, and
/// the (qualified) views it paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Payout {
    pub month: Month,
    pub cents: i64,
    pub currency: Currency,
    pub views: u64,
}

/// Payouts kept per creator: two years of months.
pub const MAX_PAYOUTS: usize = 24;

/// The saved payouts and the current month, for an estimate to weigh them by age: the
/// estimator never reads the clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paid {
    pub payouts: Vec<Payout>,
    pub now: Month,
}

/// The saved stats of one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    /// Days since 1970-01-01 (UTC).
    pub day: i64,
    pub followers: Option<u64>,
    pub views30d: Option<u64>,
}

impl Profile {
    /// Whether nothing is saved.
    pub fn is_empty(&self) -> bool {
        *self == Profile::default()
    }

    /// Takes the options given to `profil`; the others keep their saved value.
    pub fn update(&mut self, inputs: &Inputs) {
        fn set<T: Copy>(slot: &mut Option<T>, value: Option<T>) {
            if value.is_some() {
                *slot = value;
            }
        }
        set(&mut self.followers, inputs.followers);
        set(&mut self.views30d, inputs.views30d);
        set(&mut self.engagement, inputs.engagement);
        set(&mut self.country, inputs.country);
        set(&mut self.niche, inputs.niche);
        set(&mut self.age, inputs.age);
        set(&mut self.currency, inputs.currency);
        set(&mut self.length, inputs.length);
        set(&mut self.card, inputs.card);
        set(&mut self.audience, inputs.audience);
    }

    /// Keeps a payout, replacing the one of the same month (a correction); returns
    /// whether one was replaced. The oldest go past [`MAX_PAYOUTS`].
    pub fn record(&mut self, payout: Payout) -> bool {
        let before = self.payouts.len();
        self.payouts.retain(|p| p.month != payout.month);
        let replaced = self.payouts.len() < before;
        self.payouts.push(payout);
        self.payouts.sort_by_key(|p| std::cmp::Reverse(p.month));
        self.payouts.truncate(MAX_PAYOUTS);
        replaced
    }

    /// Fills the options a command takes but was not given from the saved values, and
    /// returns which ones it filled: typed options always win.
    pub fn fill(&self, command: &CommandSpec, inputs: &mut Inputs) -> Vec<OptionId> {
        let mut used = Vec::new();
        let takes = |id| command.options.contains(&id);
        macro_rules! fill {
            ($option:expr, $field:ident, $saved:expr) => {
                if takes($option) && inputs.$field.is_none() && $saved.is_some() {
                    inputs.$field = $saved;
                    used.push($option);
                }
            };
        }
        fill!(OptionId::Views, views, self.views30d);
        fill!(OptionId::Followers, followers, self.followers);
        fill!(OptionId::Engagement, engagement, self.engagement);
        fill!(OptionId::Country, country, self.country);
        fill!(OptionId::Niche, niche, self.niche);
        fill!(OptionId::Age, age, self.age);
        fill!(OptionId::Currency, currency, self.currency);
        fill!(OptionId::Length, length, self.length);
        fill!(OptionId::Audience, audience, self.audience);
        used
    }
}

/// Day numbers (days since 1970-01-01, UTC) are how the store keeps dates; the service
/// reads the clock and passes today's in.
const UNIX_EPOCH_DAY: i32 = 719_163;

/// The date of a day number, if it is one.
fn date(day: i64) -> Option<chrono::NaiveDate> {
    i32::try_from(day)
        .ok()
        .and_then(|day| day.checked_add(UNIX_EPOCH_DAY))
        .and_then(chrono::NaiveDate::from_num_days_from_ce_opt)
}

/// `YYYY-MM-DD` for a day number, as `date -u` prints it.
pub fn date_of(day: i64) -> String {
    date(day).map_or_else(
        || day.to_string(),
        |date| date.format("%Y-%m-%d").to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::{CommandId, command};

    #[test]
    fn day_numbers_are_dates() {
        assert_eq!(date_of(0), "1970-01-01");
        assert_eq!(date_of(20_414), "2025-11-22");
        assert_eq!(date_of(20_779), "2026-11-22");
        assert_eq!(date_of(11_016), "2000-02-29");
    }

    #[test]
    fn typed_options_win_over_saved_ones() {
        let profile = Profile {
            followers: Some(8000),
            views30d: Some(150_000),
            ..Profile::default()
        };
        let mut inputs = Inputs {
            views: Some(1_000_000),
            ..Inputs::default()
        };
        let used = profile.fill(command(CommandId::Gains), &mut inputs);
        assert_eq!(used, vec![OptionId::Followers]);
        assert_eq!(inputs.views, Some(1_000_000));
        assert_eq!(inputs.followers, Some(8000));
    }

    #[test]
    fn months_count_across_years() {
        let october = Month::new(2026, 10);
        assert_eq!((october.year(), october.number()), (2026, 10));
        assert_eq!(october.to_string(), "2026-10");
        assert_eq!(Month::of_day(20_779), Month::new(2026, 11));
        assert_eq!(Month::meant(None, 10, Month::new(2026, 12)), october);
        assert_eq!(
            Month::meant(None, 12, Month::new(2026, 11)),
            Month::new(2025, 12)
        );
        assert_eq!(Month::meant(Some(2025), 3, october), Month::new(2025, 3));
    }

    #[test]
    fn a_payout_for_a_month_already_recorded_replaces_it() {
        let mut profile = Profile::default();
        let paid = |month, cents| Payout {
            month: Month::new(2026, month),
            cents,
            currency: Currency::Eur,
            views: 100_000,
        };
        assert!(!profile.record(paid(9, 3000)));
        assert!(!profile.record(paid(10, 5200)));
        assert!(profile.record(paid(9, 3100)));
        assert_eq!(profile.payouts, vec![paid(10, 5200), paid(9, 3100)]);
    }

    #[test]
    fn update_changes_only_what_was_given() {
        let mut profile = Profile {
            followers: Some(8000),
            age: Some(20),
            ..Profile::default()
        };
        profile.update(&Inputs {
            followers: Some(9000),
            ..Inputs::default()
        });
        assert_eq!(profile.followers, Some(9000));
        assert_eq!(profile.age, Some(20));
    }
}
