//! One verdict per creator and programme. Every condition the sources name is checked
//! against what the creator gave: met, missing (and by how much), unknown (what to give),
//! or the creator's to keep (community guidelines, original videos). Every reply reads
//! the verdict made here: the summary, the details, `/eligibilite`, `/stats`, `/net`,
//! `/projection`, `/objectif`, milestones, cards and JSON.
//!
//! - *Eligible* only when nothing is missing or unknown.
//! - *Not yet* when something is missing, named first when no waiting changes it soon
//!   (age, video length), then the counts.
//! - *Not confirmed* when no source names the creator's country (and neither age nor
//!   video length is missing): the country comes before the counts.
//! - *To check* when only unknowns remain, naming them.
//!
//! A recent payout the creator recorded is their own evidence of being in the Creator
//! Rewards Program: the conditions it proves are met by it.

use catalogue::{Inputs, Month, OptionId, Paid, StreamId};
use figures::{ClaimId, Rates, Requirement};
use text::Country;

use crate::{Missing, Note, Unsettled, Verdict, push_unique};

/// A payout dated within this many months of the current one proves the creator is in
/// the programme: the month just ended and the two before.
pub const PAID_PROVES_MONTHS: i64 = 3;

/// One condition of a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// A threshold (`min` followers, views over 30 days, years of age, seconds of video).
    Rule(Requirement, u64),
    /// Living in a country where the programme is open.
    Country,
    /// Good standing with TikTok's community guidelines.
    Guidelines,
    /// Original videos.
    Original,
}

/// Where the creator stands against one condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Met,
    /// Met by the creator's own record: TikTok paid them for this month.
    Paid(Month),
    Missing(Missing),
    /// Short of a threshold the source says is only usual.
    Short(Missing),
    /// The value that settles it was not given.
    Needs(OptionId),
    /// A source names the country as open.
    CountryConfirmed(&'static Country),
    /// No source names the country (the lists say "etc.": not a refusal).
    CountryUnconfirmed(&'static Country),
    /// No figure can check it: TikTok judges the content.
    UpToYou,
}

/// A condition, its status and the sources that name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check<'a> {
    pub condition: Condition,
    pub status: Status,
    pub sources: Vec<&'a str>,
}

/// A programme's conditions checked, and the verdict they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligibility<'a> {
    pub programme: StreamId,
    /// Every condition, in the order replies list them.
    pub checks: Vec<Check<'a>>,
    pub verdict: Verdict<'a>,
    /// What goes with the verdict: the sources naming the creator's country, the one
    /// exception to the age of 18.
    pub notes: Vec<Note<'a>>,
    /// The sources of every condition checked.
    pub sources: Vec<&'a str>,
}

/// The programmes whose conditions `/eligibilite`, `/stats` and the FAQ list, in order.
pub const PROGRAMMES: [StreamId; 4] = [
    StreamId::CreatorRewards,
    StreamId::CreatorFund,
    StreamId::LiveGifts,
    StreamId::Pulse,
];

/// Conditions no figure checks, and the claim whose sources name each.
const JUDGED: [(StreamId, Condition, ClaimId); 4] = [
    (
        StreamId::CreatorRewards,
        Condition::Original,
        ClaimId::CrpOriginal,
    ),
    (
        StreamId::CreatorRewards,
        Condition::Guidelines,
        ClaimId::CommunityGuidelines,
    ),
    (
        StreamId::CreatorFund,
        Condition::Guidelines,
        ClaimId::CommunityGuidelines,
    ),
    (
        StreamId::LiveGifts,
        Condition::Guidelines,
        ClaimId::LiveGuidelines,
    ),
];

/// The requirements, in the order replies list them.
const REQUIREMENTS: [(Requirement, OptionId); 4] = [
    (Requirement::Age, OptionId::Age),
    (Requirement::Followers, OptionId::Followers),
    (Requirement::Views30d, OptionId::Views),
    (Requirement::VideoSeconds, OptionId::Length),
];

/// The order a verdict to check names what to give: the counts a creator comes with
/// first, then age, video length and country, then what only TikTok can say.
fn asked_first(unsettled: &Unsettled) -> u8 {
    match unsettled {
        Unsettled::Needs { option, .. } => match option {
            OptionId::Followers => 0,
            OptionId::Views | OptionId::Views30d => 1,
            OptionId::Age => 2,
            OptionId::Length => 3,
            _ => 4,
        },
        Unsettled::Short(_) => 5,
        Unsettled::Because(_) => 6,
    }
}

/// The order a verdict names what is missing: what no waiting changes soon first (age,
/// video length), then the counts.
fn urgency(missing: &Missing) -> u8 {
    match missing {
        Missing::Age(_) => 0,
        Missing::VideoSeconds(_) => 1,
        Missing::Followers(_) => 2,
        Missing::Views30d(_) => 3,
    }
}

/// What is missing when `value` falls short of `min`.
pub(crate) fn missing(requirement: Requirement, min: u64, value: u64) -> Missing {
    match requirement {
        Requirement::Followers => Missing::Followers(min - value),
        Requirement::Views30d => Missing::Views30d(min - value),
        Requirement::Age => Missing::Age(min),
        Requirement::VideoSeconds => Missing::VideoSeconds(min),
    }
}

fn value(inputs: &Inputs, requirement: Requirement) -> Option<u64> {
    match requirement {
        Requirement::Age => inputs.age,
        Requirement::Followers => inputs.followers,
        Requirement::Views30d => inputs.views,
        Requirement::VideoSeconds => inputs.length,
    }
}

/// The month of a payout recent enough to prove the creator is in the Creator Rewards
/// Program.
fn paid_recently(paid: Option<&Paid>) -> Option<Month> {
    let paid = paid?;
    paid.payouts
        .iter()
        .map(|p| p.month)
        .filter(|m| m.0 <= paid.now.0 && paid.now.0 - m.0 <= PAID_PROVES_MONTHS)
        .max()
}

/// Every condition of `programme`, checked against `inputs`, and the verdict.
pub fn eligibility<'a>(rates: &'a Rates, programme: StreamId, inputs: &Inputs) -> Eligibility<'a> {
    let paid = (programme == StreamId::CreatorRewards)
        .then(|| paid_recently(inputs.paid.as_ref()))
        .flatten();
    let mut checks = Vec::new();
    for (requirement, option) in REQUIREMENTS {
        let Some(rule) = rates.rule(programme, requirement) else {
            continue;
        };
        let status = match (value(inputs, requirement), paid) {
            (Some(v), _) if v >= rule.min => Status::Met,
            (_, Some(month)) => Status::Paid(month),
            (None, None) => Status::Needs(option),
            (Some(v), None) if rule.usually => Status::Short(missing(requirement, rule.min, v)),
            (Some(v), None) => Status::Missing(missing(requirement, rule.min, v)),
        };
        checks.push(Check {
            condition: Condition::Rule(requirement, rule.min),
            status,
            sources: rule.sources.iter().map(String::as_str).collect(),
        });
    }
    let lists: Vec<&str> = rates
        .country_lists(programme)
        .map(|l| l.source.as_str())
        .collect();
    if !lists.is_empty() {
        let confirmed = inputs
            .country
            .map(|c| (c, rates.confirmations(programme, c.code)));
        let (status, sources) = match (confirmed, paid) {
            (Some((country, sources)), _) if !sources.is_empty() => {
                (Status::CountryConfirmed(country), sources)
            }
            (_, Some(month)) => (Status::Paid(month), lists),
            (Some((country, _)), None) => (Status::CountryUnconfirmed(country), lists),
            (None, None) => (Status::Needs(OptionId::Country), lists),
        };
        checks.push(Check {
            condition: Condition::Country,
            status,
            sources,
        });
    }
    for (_, condition, claim) in JUDGED.iter().filter(|(p, _, _)| *p == programme) {
        let mut sources = Vec::new();
        push_unique(
            &mut sources,
            rates.claim(*claim).sources.iter().map(String::as_str),
        );
        checks.push(Check {
            condition: *condition,
            status: Status::UpToYou,
            sources,
        });
    }
    verdict_of(rates, programme, checks)
}

/// The verdict `checks` make for `programme`, with what goes with it.
fn verdict_of<'a>(
    rates: &'a Rates,
    programme: StreamId,
    checks: Vec<Check<'a>>,
) -> Eligibility<'a> {
    let (mut missing, mut unknown) = (Vec::new(), Vec::new());
    let (mut notes, mut sources) = (Vec::new(), Vec::new());
    let mut unconfirmed = None;
    for check in &checks {
        if check.status != Status::UpToYou {
            push_unique(&mut sources, check.sources.iter().copied());
        }
        let threshold = match check.condition {
            Condition::Rule(_, min) => min,
            _ => 0,
        };
        match &check.status {
            Status::Missing(m) => missing.push(*m),
            Status::Short(m) => unknown.push(Unsettled::Short(*m)),
            Status::Needs(option) => unknown.push(Unsettled::Needs {
                option: *option,
                threshold,
            }),
            Status::CountryUnconfirmed(country) => unconfirmed = Some(*country),
            Status::CountryConfirmed(country) => notes.push(Note::CountryConfirmed {
                country,
                sources: crate::notes::sources(check.sources.iter().copied()),
            }),
            Status::Met | Status::Paid(_) | Status::UpToYou => {}
        }
    }
    let reason = match programme {
        StreamId::CreatorFund => Some(Note::FundStatus),
        StreamId::Pulse if missing.is_empty() && unknown.is_empty() => Some(Note::NoThreshold),
        StreamId::BrandDeal => Some(Note::BrandOpen(rates.claim(ClaimId::BrandSmallAccounts))),
        StreamId::VideoGifts => Some(Note::Claim(rates.claim(ClaimId::VideoGiftsRollout))),
        StreamId::Subscriptions => Some(Note::Claim(rates.claim(ClaimId::SubscriptionsTesting))),
        _ => None,
    };
    if let Some(reason) = reason {
        push_unique(&mut sources, reason.cited());
        unknown.push(Unsettled::Because(Box::new(reason)));
    }
    if missing.iter().any(|m| matches!(m, Missing::Age(_))) {
        let consent = rates.claim(ClaimId::ParentalConsent);
        push_unique(&mut sources, consent.sources.iter().map(String::as_str));
        notes.push(Note::Claim(consent));
    }
    missing.sort_by_key(urgency);
    unknown.sort_by_key(asked_first);
    // What no waiting changes soon decides first: age and video length, then the
    // country, then the counts.
    let fixed = missing
        .iter()
        .any(|m| matches!(m, Missing::Age(_) | Missing::VideoSeconds(_)));
    let verdict = if fixed {
        Verdict::NotYet(missing)
    } else if let Some(country) = unconfirmed {
        Verdict::NotConfirmed(country)
    } else if !missing.is_empty() {
        Verdict::NotYet(missing)
    } else if !unknown.is_empty() {
        Verdict::ToCheck(unknown)
    } else {
        Verdict::Eligible
    };
    Eligibility {
        programme,
        checks,
        verdict,
        notes,
        sources,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rates() -> Rates {
        Rates::embedded().unwrap()
    }

    /// The profile of issue 32: 16 years old, 45-second videos, in Belgium, with every
    /// count over its threshold. The first article's table: « Âge | 18 ans minimum »,
    /// « Localisation | Résider dans un pays éligible (France, États-Unis, Royaume-Uni,
    /// etc.) », « Respect des règles | Contenu conforme aux lignes directrices de la
    /// communauté »; the third: « publier des vidéos originales de plus d'une minute ».
    #[test]
    fn a_teenager_with_short_videos_abroad_is_not_told_every_threshold_is_reached() {
        let rates = rates();
        let inputs = Inputs {
            followers: Some(50_000),
            views: Some(2_000_000),
            age: Some(16),
            length: Some(45),
            country: Country::parse("BE"),
            ..Inputs::default()
        };
        let checks = eligibility(&rates, StreamId::CreatorRewards, &inputs).checks;
        let status = |c: Condition| {
            checks
                .iter()
                .find(|k| k.condition == c)
                .map(|k| k.status.clone())
        };
        assert_eq!(
            status(Condition::Rule(Requirement::Age, 18)),
            Some(Status::Missing(Missing::Age(18)))
        );
        assert_eq!(
            status(Condition::Rule(Requirement::VideoSeconds, 61)),
            Some(Status::Missing(Missing::VideoSeconds(61)))
        );
        assert_eq!(
            status(Condition::Rule(Requirement::Followers, 10_000)),
            Some(Status::Met)
        );
        assert_eq!(
            status(Condition::Country),
            Some(Status::CountryUnconfirmed(Country::parse("BE").unwrap()))
        );
        assert_eq!(status(Condition::Guidelines), Some(Status::UpToYou));
        assert_eq!(status(Condition::Original), Some(Status::UpToYou));
        let guidelines = checks
            .iter()
            .find(|k| k.condition == Condition::Guidelines)
            .unwrap();
        assert!(guidelines.sources.contains(&"phoneinfo"));
        assert!(guidelines.sources.contains(&"guide-services-clients"));
    }

    /// The fifth article: « Pour activer les LIVE Gifts, vous devez avoir plus de 1 000
    /// abonnés et respecter les règles de la communauté TikTok ».
    #[test]
    fn live_gifts_name_the_community_guidelines_and_unknown_values_are_asked_for() {
        let rates = rates();
        let checks = eligibility(&rates, StreamId::LiveGifts, &Inputs::default()).checks;
        let conditions: Vec<Condition> = checks.iter().map(|c| c.condition).collect();
        assert_eq!(
            conditions,
            [
                Condition::Rule(Requirement::Age, 18),
                Condition::Rule(Requirement::Followers, 1000),
                Condition::Guidelines,
            ]
        );
        assert_eq!(checks[1].status, Status::Needs(OptionId::Followers));
        assert_eq!(checks[2].sources, ["guide-services-clients"]);
    }

    /// « Résider dans un pays éligible (France, États-Unis, Royaume-Uni, etc.) » under
    /// the first article's conditions for « le fonds créateurs ».
    #[test]
    fn the_fund_names_its_countries() {
        let rates = rates();
        let france = Inputs {
            country: Country::parse("FR"),
            ..Inputs::default()
        };
        let checks = eligibility(&rates, StreamId::CreatorFund, &france).checks;
        let country = checks
            .iter()
            .find(|c| c.condition == Condition::Country)
            .unwrap();
        assert_eq!(
            country.status,
            Status::CountryConfirmed(Country::parse("FR").unwrap())
        );
        assert_eq!(country.sources, ["phoneinfo"]);
    }
}
