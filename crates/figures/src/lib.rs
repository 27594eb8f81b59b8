//! The figures: every rate, rule and sourced sentence the bot uses, with its unit,
//! currency, place, source and date, loaded from `rates/*.toml` (compiled in, or a
//! folder named by `GAINSBOT_RATES`) and checked on load. A figure the code needs is
//! named by a typed key ([`RateId`], [`ClaimId`]): a catalogue without it does not load.
//!
//! It may know no sentence and no reply: how a source is cited, or a figure worded, is
//! the answers' business.

mod ids;
mod load;
mod model;

use std::collections::BTreeMap;

use catalogue::{Niche, StreamId};
use rustc_hash::FxHashMap as HashMap;
use values::{Currency, Fx};

pub use ids::{ClaimId, RULES, RateId};
pub use load::{RateError, RateProblem, ReadError};
pub use model::{
    Claim, CountryList, Framing, Group, Rate, Region, Requirement, Rule, Says, Source, SourceKind,
    Unit,
};

/// The validated catalogue.
#[derive(Debug, Clone, Default)]
pub struct Rates {
    sources: BTreeMap<String, Source>,
    regions: BTreeMap<String, Region>,
    rates: Vec<Rate>,
    by_id: HashMap<String, usize>,
    /// The indices of each group's rates, in file order.
    groups: HashMap<Group, Vec<usize>>,
    rules: Vec<Rule>,
    claims: BTreeMap<String, Claim>,
    countries: Vec<CountryList>,
    hot_niches: Vec<Niche>,
    hot_niche_sources: Vec<String>,
    fx: Fx,
    fx_sources: Vec<(Currency, String, String)>,
}

impl Rates {
    /// A figure the code names (every [`RateId`] is checked on load).
    pub fn rate(&self, id: RateId) -> &Rate {
        &self.rates[self.by_id[id.id()]]
    }

    /// A sentence the code names (every [`ClaimId`] is checked on load).
    pub fn claim(&self, id: ClaimId) -> &Claim {
        &self.claims[id.id()]
    }

    /// Every claim, for `/sources`.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.values()
    }

    /// The rates of a stream or topic, in file order.
    pub fn group(&self, group: Group) -> impl Iterator<Item = &Rate> + Clone {
        self.groups
            .get(&group)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &self.rates[i])
    }

    /// The rates of a stream.
    pub fn stream(&self, stream: StreamId) -> impl Iterator<Item = &Rate> + Clone {
        self.group(Group::Stream(stream))
    }

    pub fn all(&self) -> &[Rate] {
        &self.rates
    }

    /// A programme's threshold (those in [`RULES`] are checked on load).
    pub fn rule(&self, programme: StreamId, requirement: Requirement) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.programme == programme && r.requirement == requirement)
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    pub fn sources(&self) -> &BTreeMap<String, Source> {
        &self.sources
    }

    /// Whether a region's list holds the country.
    pub fn in_region(&self, region: &str, code: &str) -> bool {
        self.regions
            .get(region)
            .is_some_and(|r| r.countries.iter().any(|c| c == code))
    }

    /// The sources naming the country as open to the programme.
    pub fn confirmations(&self, programme: StreamId, code: &str) -> Vec<&str> {
        let mut sources: Vec<&str> = Vec::new();
        for list in self
            .country_lists(programme)
            .filter(|l| l.codes.iter().any(|c| c == code))
        {
            if !sources.contains(&list.source.as_str()) {
                sources.push(&list.source);
            }
        }
        sources
    }

    /// Every list of open countries for a programme.
    pub fn country_lists(&self, programme: StreamId) -> impl Iterator<Item = &CountryList> {
        self.countries
            .iter()
            .filter(move |l| l.programme == programme)
    }

    /// The dated exchange rates.
    pub fn fx(&self) -> &Fx {
        &self.fx
    }

    /// Each currency's exchange rate source and date.
    pub fn fx_sources(&self) -> &[(Currency, String, String)] {
        &self.fx_sources
    }

    pub fn is_hot(&self, niche: Niche) -> bool {
        self.hot_niches.contains(&niche)
    }

    /// The niches brands pay more for, and who says so.
    pub fn hot_niches(&self) -> (&[Niche], &[String]) {
        (&self.hot_niches, &self.hot_niche_sources)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn the_shipped_catalogue_is_valid_and_fully_sourced() {
        let rates = Rates::embedded().expect("embedded catalogue");
        for rate in rates.all() {
            assert!(rates.source(&rate.source).is_some(), "{}", rate.id);
        }
        assert_eq!(
            rates.fx().per_eur(Currency::Usd),
            Some(Decimal::new(11367, 4))
        );
    }
}
