//! Milestones: a saved profile crossing a threshold the articles name (1 000 followers for
//! LIVE gifts, 10 000 followers and 100 000 views over 30 days for Creator Rewards, 18
//! years old) is worth saying once, with the next threshold to aim for.

use catalogue::{Profile, StreamId};
use figures::{Rates, Requirement};

/// The thresholds that are milestones, in the order a growing account meets them.
const MILESTONES: [(StreamId, Requirement); 4] = [
    (StreamId::LiveGifts, Requirement::Followers),
    (StreamId::CreatorRewards, Requirement::Followers),
    (StreamId::CreatorRewards, Requirement::Views30d),
    (StreamId::CreatorRewards, Requirement::Age),
];

/// A threshold of a programme's, as its rule gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    pub programme: StreamId,
    pub requirement: Requirement,
    pub threshold: u64,
}

impl Milestone {
    /// How the profile keeps it once said (`creator_rewards.followers`).
    pub fn id(&self) -> String {
        let requirement = match self.requirement {
            Requirement::Followers => "followers",
            Requirement::Views30d => "views_30d",
            Requirement::Age => "age",
            Requirement::VideoSeconds => "video_seconds",
        };
        format!("{}.{requirement}", self.programme.key())
    }
}

fn value(profile: &Profile, requirement: Requirement) -> Option<u64> {
    match requirement {
        Requirement::Followers => profile.followers,
        Requirement::Views30d => profile.views30d,
        Requirement::Age => profile.age,
        Requirement::VideoSeconds => profile.length,
    }
}

fn milestones(rates: &Rates) -> impl Iterator<Item = Milestone> + '_ {
    MILESTONES.iter().filter_map(|&(programme, requirement)| {
        let rule = rates.rule(programme, requirement)?;
        Some(Milestone {
            programme,
            requirement,
            threshold: rule.min,
        })
    })
}

/// The milestones `after` reaches that `before` was known to be short of, and that
/// `said` (the ids already said to this creator) does not hold.
pub fn crossed(rates: &Rates, before: &Profile, after: &Profile) -> Vec<Milestone> {
    milestones(rates)
        .filter(|m| {
            let was = value(before, m.requirement);
            let is = value(after, m.requirement);
            was.is_some_and(|v| v < m.threshold)
                && is.is_some_and(|v| v >= m.threshold)
                && !after.milestones.contains(&m.id())
        })
        .collect()
}

/// The next milestone `profile` has not reached, and how much is missing when the
/// profile gives the count.
pub fn next(rates: &Rates, profile: &Profile) -> Option<(Milestone, Option<u64>)> {
    milestones(rates).find_map(|m| match value(profile, m.requirement) {
        Some(v) if v >= m.threshold => None,
        Some(v) => Some((m, Some(m.threshold - v))),
        None => Some((m, None)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn followers(n: u64) -> Profile {
        Profile {
            followers: Some(n),
            views30d: Some(50_000),
            ..Profile::default()
        }
    }

    #[test]
    fn crossing_10_000_followers_is_the_creator_rewards_milestone_once() {
        let rates = Rates::embedded().unwrap();
        let crossed_now = crossed(&rates, &followers(9_500), &followers(10_200));
        assert_eq!(crossed_now.len(), 1);
        let milestone = crossed_now[0];
        assert_eq!(milestone.id(), "creator_rewards.followers");
        assert_eq!(milestone.threshold, 10_000);
        // Said once: kept on the profile, never again.
        let mut said = followers(10_200);
        said.milestones.push(milestone.id());
        let mut again = said.clone();
        again.followers = Some(10_500);
        assert!(crossed(&rates, &said, &again).is_empty());
        // Next: 100 000 views over 30 days, 50 000 to go.
        let (next, missing) = next(&rates, &again).unwrap();
        assert_eq!(
            (next.id().as_str(), missing),
            ("creator_rewards.views_30d", Some(50_000))
        );
    }

    #[test]
    fn a_first_save_above_a_threshold_is_no_milestone() {
        let rates = Rates::embedded().unwrap();
        assert!(crossed(&rates, &Profile::default(), &followers(12_000)).is_empty());
    }
}
