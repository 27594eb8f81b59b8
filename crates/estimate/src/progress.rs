//! When a creator will reach a programme's threshold, from their saved stats and the
//! daily history the store keeps.

use catalogue::{Profile, Snapshot};
use figures::Requirement;

/// When a threshold will be reached, from the recent trend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eta {
    Reached,
    /// About this many days at the current pace.
    Days(u64),
    /// The saved values are flat or falling.
    NotGrowing,
    /// Fewer than two days of history.
    TooLittleHistory,
    /// The value was never saved, or the history does not track it (age, video length).
    Unknown,
}

/// Reads one saved count: from the profile, and from one day of history.
type Readers = (fn(&Profile) -> Option<u64>, fn(&Snapshot) -> Option<u64>);

/// The saved value a requirement is checked against, in a profile and in one day's
/// history (only follower and view counts are kept day by day).
fn tracked(requirement: Requirement) -> Option<Readers> {
    match requirement {
        Requirement::Followers => Some((|p| p.followers, |s| s.followers)),
        Requirement::Views30d => Some((|p| p.views30d, |s| s.views30d)),
        Requirement::Age | Requirement::VideoSeconds => None,
    }
}

/// When `profile` reaches `threshold` of `requirement`, from the first and last saved
/// days of the history (oldest first).
pub fn eta(
    requirement: Requirement,
    threshold: u64,
    profile: &Profile,
    history: &[Snapshot],
) -> Eta {
    let Some((now, then)) = tracked(requirement) else {
        return Eta::Unknown;
    };
    match now(profile) {
        None => Eta::Unknown,
        Some(now) if now >= threshold => Eta::Reached,
        Some(now) => {
            let points: Vec<(i64, u64)> = history
                .iter()
                .filter_map(|s| then(s).map(|v| (s.day, v)))
                .collect();
            match (points.first(), points.last()) {
                (Some(&(first_day, first)), Some(&(last_day, last))) if last_day > first_day => {
                    let days = (last_day - first_day) as u64;
                    if last <= first {
                        Eta::NotGrowing
                    } else {
                        let missing = u128::from(threshold - now);
                        let days = (missing * u128::from(days)).div_ceil(u128::from(last - first));
                        Eta::Days(u64::try_from(days).unwrap_or(u64::MAX))
                    }
                }
                _ => Eta::TooLittleHistory,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eta_counts_what_is_missing_and_when_it_comes() {
        let profile = Profile {
            followers: Some(8000),
            views30d: Some(150_000),
            ..Profile::default()
        };
        let history = [
            Snapshot {
                day: 100,
                followers: Some(6000),
                views30d: Some(150_000),
            },
            Snapshot {
                day: 110,
                followers: Some(8000),
                views30d: Some(150_000),
            },
        ];
        let followers =
            |history: &[Snapshot]| eta(Requirement::Followers, 10_000, &profile, history);
        assert_eq!(
            followers(&history),
            Eta::Days(10),
            "200 followers a day, 2 000 to go"
        );
        assert_eq!(
            eta(Requirement::Views30d, 100_000, &profile, &history),
            Eta::Reached
        );
        assert_eq!(eta(Requirement::Age, 18, &profile, &history), Eta::Unknown);
        let flat = [
            Snapshot {
                day: 100,
                followers: Some(8000),
                views30d: None,
            },
            Snapshot {
                day: 101,
                followers: Some(8000),
                views30d: None,
            },
        ];
        assert_eq!(followers(&flat), Eta::NotGrowing);
        assert_eq!(followers(&flat[..1]), Eta::TooLittleHistory);
    }
}
