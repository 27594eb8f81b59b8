//! How a creator progresses toward each programme's thresholds, from their saved stats
//! and the daily history the store keeps.

use catalogue::{Profile, Snapshot, StreamId};
use figures::{Rates, Requirement};

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
    /// The value was never saved.
    Unknown,
}

/// Where a creator stands against one threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub programme: StreamId,
    /// The Fluent id naming the goal (`progress-live`: « LIVE : 1 000 abonnés »).
    pub message: &'static str,
    pub requirement: Requirement,
    pub threshold: u64,
    pub current: Option<u64>,
    pub eta: Eta,
}

/// The thresholds `stats` tracks.
const TRACKED: [(StreamId, Requirement, &str); 4] = [
    (
        StreamId::CreatorRewards,
        Requirement::Followers,
        "progress-crp-followers",
    ),
    (
        StreamId::CreatorRewards,
        Requirement::Views30d,
        "progress-crp-views",
    ),
    (StreamId::LiveGifts, Requirement::Followers, "progress-live"),
    (StreamId::Pulse, Requirement::Followers, "progress-pulse"),
];

/// Progress toward each tracked threshold, with an ETA from the first and last saved
/// days of the history (oldest first).
pub fn progress(rates: &Rates, profile: &Profile, history: &[Snapshot]) -> Vec<Progress> {
    TRACKED
        .iter()
        .filter_map(|&(programme, requirement, message)| {
            let threshold = rates.rule(programme, requirement)?.min;
            let pick = |s: &Snapshot| match requirement {
                Requirement::Views30d => s.views30d,
                _ => s.followers,
            };
            let current = match requirement {
                Requirement::Views30d => profile.views30d,
                _ => profile.followers,
            };
            let eta = match current {
                None => Eta::Unknown,
                Some(now) if now >= threshold => Eta::Reached,
                Some(now) => {
                    let points: Vec<(i64, u64)> = history
                        .iter()
                        .filter_map(|s| pick(s).map(|v| (s.day, v)))
                        .collect();
                    match (points.first(), points.last()) {
                        (Some(&(first_day, first)), Some(&(last_day, last)))
                            if last_day > first_day =>
                        {
                            let days = (last_day - first_day) as u64;
                            if last <= first {
                                Eta::NotGrowing
                            } else {
                                let missing = threshold - now;
                                Eta::Days((missing * days).div_ceil(last - first))
                            }
                        }
                        _ => Eta::TooLittleHistory,
                    }
                }
            };
            Some(Progress {
                programme,
                message,
                requirement,
                threshold,
                current,
                eta,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates() -> Rates {
        Rates::embedded().unwrap()
    }

    #[test]
    fn progress_counts_what_is_missing_and_when_it_comes() {
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
        let p = progress(&rates(), &profile, &history);
        assert_eq!(p[0].threshold, 10_000);
        assert_eq!(p[0].eta, Eta::Days(10), "200 followers a day, 2 000 to go");
        assert_eq!(p[1].eta, Eta::Reached);
        assert_eq!(p[2].eta, Eta::Reached);
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
        assert_eq!(progress(&rates(), &profile, &flat)[0].eta, Eta::NotGrowing);
        assert_eq!(
            progress(&rates(), &profile, &flat[..1])[0].eta,
            Eta::TooLittleHistory
        );
    }
}
