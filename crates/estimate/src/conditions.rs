//! Every condition the sources name for a programme, each checked against what the
//! creator gave, or said unknown, or left to them when no figure can check it (good
//! standing with the community guidelines, original videos). `stats`, `eligibilite` and
//! `faq abonnes` list the same conditions from here.

use catalogue::{Inputs, OptionId, StreamId};
use figures::{ClaimId, Rates, Requirement};
use text::Country;

use crate::{Missing, push_unique};

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

/// The programmes whose conditions are listed, in the order replies show them.
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

const REQUIREMENTS: [(Requirement, OptionId); 4] = [
    (Requirement::Age, OptionId::Age),
    (Requirement::Followers, OptionId::Followers),
    (Requirement::Views30d, OptionId::Views),
    (Requirement::VideoSeconds, OptionId::Length),
];

/// The option that gives the value a requirement is checked against.
pub(crate) fn option_for(requirement: Requirement) -> OptionId {
    REQUIREMENTS
        .iter()
        .find(|(r, _)| *r == requirement)
        .map_or(OptionId::Followers, |(_, option)| *option)
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

/// Every condition of `programme`, checked against `inputs`.
pub fn checklist<'a>(rates: &'a Rates, programme: StreamId, inputs: &Inputs) -> Vec<Check<'a>> {
    let mut checks = Vec::new();
    for (requirement, option) in REQUIREMENTS {
        let Some(rule) = rates.rule(programme, requirement) else {
            continue;
        };
        let status = match value(inputs, requirement) {
            None => Status::Needs(option),
            Some(v) if v >= rule.min => Status::Met,
            Some(v) if rule.usually => Status::Short(missing(requirement, rule.min, v)),
            Some(v) => Status::Missing(missing(requirement, rule.min, v)),
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
        let (status, sources) = match inputs.country {
            None => (Status::Needs(OptionId::Country), lists),
            Some(country) => match rates.confirmations(programme, country.code) {
                confirmed if confirmed.is_empty() => (Status::CountryUnconfirmed(country), lists),
                confirmed => (Status::CountryConfirmed(country), confirmed),
            },
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
    checks
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
        let checks = checklist(&rates, StreamId::CreatorRewards, &inputs);
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
        let checks = checklist(&rates, StreamId::LiveGifts, &Inputs::default());
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
        let checks = checklist(&rates, StreamId::CreatorFund, &france);
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
