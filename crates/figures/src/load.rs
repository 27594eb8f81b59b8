//! Reading the rate files: parsed into typed entries, merged, then checked. A problem
//! names the file, the line and the entry, and what is wrong.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use catalogue::{Choice, MessageId, Niche};
use rust_decimal::Decimal;
use serde::Deserialize;
use text::Country;
use thiserror::Error;
use toml::Spanned;
use values::Currency;

use crate::Rates;
use crate::ids::{ClaimId, RULES, RateId};
use crate::model::{Claim, ClaimEntry, CountryList, Rate, Region, Rule, Says, Source, Unit};

/// The catalogue shipped in the binary.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "rates/sources.toml",
        include_str!("../../../rates/sources.toml"),
    ),
    (
        "rates/creator_rewards.toml",
        include_str!("../../../rates/creator_rewards.toml"),
    ),
    (
        "rates/creator_fund.toml",
        include_str!("../../../rates/creator_fund.toml"),
    ),
    (
        "rates/brand_deals.toml",
        include_str!("../../../rates/brand_deals.toml"),
    ),
    ("rates/live.toml", include_str!("../../../rates/live.toml")),
    (
        "rates/products.toml",
        include_str!("../../../rates/products.toml"),
    ),
    (
        "rates/audience.toml",
        include_str!("../../../rates/audience.toml"),
    ),
    (
        "rates/money.toml",
        include_str!("../../../rates/money.toml"),
    ),
    (
        "rates/tax_fr.toml",
        include_str!("../../../rates/tax_fr.toml"),
    ),
];

/// What is wrong with a catalogue entry.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum RateProblem {
    #[error("cannot read")]
    Read(#[source] ReadError),
    #[error("{}", .0.message())]
    Syntax(#[source] Box<toml::de::Error>),
    #[error("{0:?} is not YYYY, YYYY-MM or YYYY-MM-DD")]
    BadDate(String),
    #[error("a source needs an author or a publisher, and a title or both labels")]
    IncompleteSource,
    #[error("declared twice")]
    Duplicate,
    #[error("no source")]
    NoSource,
    #[error("cites {0:?}, which is not in any [source] table")]
    UnknownSource(String),
    #[error("unknown niche {0:?}")]
    UnknownNiche(String),
    #[error("unknown country {0:?}")]
    UnknownCountry(String),
    #[error("unknown region {0:?}")]
    UnknownRegion(String),
    #[error("low ({0}) is negative")]
    Negative(Decimal),
    #[error("low ({low}) is greater than high ({high})")]
    LowAboveHigh { low: Decimal, high: Decimal },
    #[error("high is missing (set open_high = true if the source gives no ceiling)")]
    MissingHigh,
    #[error("currency is missing")]
    MissingCurrency,
    #[error("a percentage above 100")]
    PercentOver100,
    #[error("an exchange rate of zero")]
    ZeroRate,
    #[error("missing: the estimator needs it")]
    Missing,
    #[error("quotes {0:?}, which the claim does not cite")]
    QuoteOfUncited(String),
    #[error("cites {0:?} without its words (says.{0} is missing)")]
    UnquotedSource(String),
    #[error("rest_of_world is for a figure with no place and once per stream")]
    RestOfWorld,
    #[error("no message claim-<id> in locales/ words it")]
    NoMessage,
}

/// A file that could not be read, kept whole for the log; two are the same problem when
/// their kinds are (enough for tests).
#[derive(Debug, Clone, Error)]
#[error(transparent)]
pub struct ReadError(Arc<std::io::Error>);

impl PartialEq for ReadError {
    fn eq(&self, other: &ReadError) -> bool {
        self.0.kind() == other.0.kind()
    }
}

impl Eq for ReadError {}

/// A problem in the catalogue, located precisely enough to fix it: the file, the line
/// the entry starts on (when it has one), and the entry.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{file}{}: {key}: {problem}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct RateError {
    pub file: String,
    pub line: Option<usize>,
    pub key: String,
    #[source]
    pub problem: RateProblem,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct NicheList {
    niches: Vec<String>,
    sources: Vec<String>,
    date: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct FxRate {
    currency: Currency,
    #[serde(with = "rust_decimal::serde::str")]
    per_eur: Decimal,
    source: String,
    date: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RateFile {
    #[serde(default)]
    source: BTreeMap<String, Spanned<Source>>,
    #[serde(default)]
    region: BTreeMap<String, Spanned<Region>>,
    #[serde(default)]
    rate: Vec<Spanned<Rate>>,
    #[serde(default)]
    rule: Vec<Spanned<Rule>>,
    #[serde(default)]
    claim: Vec<Spanned<ClaimEntry>>,
    #[serde(default)]
    eligible_countries: Vec<Spanned<CountryList>>,
    hot_niches: Option<Spanned<NicheList>>,
    #[serde(default)]
    fx: Vec<Spanned<FxRate>>,
}

/// One file being read: where its problems are.
struct File<'t> {
    name: String,
    text: &'t str,
}

impl File<'_> {
    /// The line a byte offset falls on, counted from 1.
    fn line(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .lines()
            .count()
            .max(1)
    }

    fn err(&self, at: Option<usize>, key: impl Into<String>, problem: RateProblem) -> RateError {
        RateError {
            file: self.name.clone(),
            line: at.map(|offset| self.line(offset)),
            key: key.into(),
            problem,
        }
    }

    fn date(&self, at: usize, key: &str, date: &str) -> Result<(), RateError> {
        if valid_date(date) {
            Ok(())
        } else {
            Err(self.err(Some(at), key, RateProblem::BadDate(date.to_owned())))
        }
    }

    fn countries<'c>(
        &self,
        at: usize,
        key: &str,
        codes: impl IntoIterator<Item = &'c String>,
    ) -> Result<(), RateError> {
        match codes.into_iter().find(|c| Country::parse(c).is_none()) {
            Some(code) => Err(self.err(Some(at), key, RateProblem::UnknownCountry(code.clone()))),
            None => Ok(()),
        }
    }
}

/// Where an entry cites sources, checked once every source is known.
struct Citing {
    file: String,
    line: usize,
    key: String,
    sources: Vec<String>,
}

fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2),
        [y, m, d] => digits(y, 4) && digits(m, 2) && digits(d, 2),
        _ => false,
    }
}

fn check_rate(rate: &Rate) -> Result<(), RateProblem> {
    if rate.low.is_sign_negative() {
        return Err(RateProblem::Negative(rate.low));
    }
    match rate.high {
        Some(high) if high < rate.low => {
            return Err(RateProblem::LowAboveHigh {
                low: rate.low,
                high,
            });
        }
        None if !rate.open_high => return Err(RateProblem::MissingHigh),
        _ => {}
    }
    if rate.unit.is_money() && rate.currency.is_none() {
        return Err(RateProblem::MissingCurrency);
    }
    if rate.unit == Unit::Percent && rate.high_or_low() > Decimal::ONE_HUNDRED {
        return Err(RateProblem::PercentOver100);
    }
    if rate.source.trim().is_empty() {
        return Err(RateProblem::NoSource);
    }
    if !valid_date(&rate.date) {
        return Err(RateProblem::BadDate(rate.date.clone()));
    }
    if rate.rest_of_world && !rate.placeless() {
        return Err(RateProblem::RestOfWorld);
    }
    Ok(())
}

impl Rates {
    /// The catalogue compiled into the binary.
    pub fn embedded() -> Result<Rates, RateError> {
        Rates::from_files(EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())))
    }

    /// The catalogue from `GAINSBOT_RATES`: one TOML file, or a folder of them.
    pub fn from_path(path: &Path) -> Result<Rates, RateError> {
        let unreadable = |p: &Path, e| RateError {
            file: p.display().to_string(),
            line: None,
            key: String::new(),
            problem: RateProblem::Read(ReadError(Arc::new(e))),
        };
        let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| unreadable(p, e));
        if path.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(path)
                .map_err(|e| unreadable(path, e))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect();
            files.sort();
            let mut texts = Vec::new();
            for f in files {
                texts.push((f.display().to_string(), read(&f)?));
            }
            Rates::from_files(texts)
        } else {
            Rates::from_files([(path.display().to_string(), read(path)?)])
        }
    }

    /// Parses, merges and validates named TOML texts.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Rates, RateError> {
        let mut rates = Rates::default();
        let mut citing: Vec<Citing> = Vec::new();
        let mut regions_used: Vec<(String, usize, String, String)> = Vec::new();
        for (name, text) in files {
            let file = File { name, text: &text };
            let parsed: RateFile = toml::from_str(&text).map_err(|e| {
                let line = e.span().map(|s| file.line(s.start)).unwrap_or(0);
                file.err(
                    None,
                    format!("line {line}"),
                    RateProblem::Syntax(Box::new(e)),
                )
            })?;
            let mut cites = |at: usize, key: &str, sources: Vec<String>| {
                citing.push(Citing {
                    file: file.name.clone(),
                    line: file.line(at),
                    key: key.to_owned(),
                    sources,
                })
            };
            for (id, source) in parsed.source {
                let (at, source) = (source.span().start, source.into_inner());
                let key = format!("source.{id}");
                file.date(at, &key, &source.date)?;
                let named = source.author.is_some() || source.publisher.is_some();
                let described = source.title.is_some()
                    || (source.label_fr.is_some() && source.label_en.is_some());
                if !named || !described {
                    return Err(file.err(Some(at), key, RateProblem::IncompleteSource));
                }
                if rates.sources.contains_key(&id) {
                    return Err(file.err(Some(at), key, RateProblem::Duplicate));
                }
                rates.sources.insert(id, source);
            }
            for (id, region) in parsed.region {
                let (at, region) = (region.span().start, region.into_inner());
                let key = format!("region.{id}");
                file.date(at, &key, &region.date)?;
                file.countries(at, &key, &region.countries)?;
                cites(at, &key, vec![region.source.clone()]);
                rates.regions.insert(id, region);
            }
            for rate in parsed.rate {
                let (at, rate) = (rate.span().start, rate.into_inner());
                let key = format!("rate.{}", rate.id);
                if rates.by_id.contains_key(&rate.id) {
                    return Err(file.err(Some(at), key, RateProblem::Duplicate));
                }
                check_rate(&rate).map_err(|p| file.err(Some(at), &key, p))?;
                let second_rest = rate.rest_of_world
                    && rates
                        .rates
                        .iter()
                        .any(|r| r.rest_of_world && r.stream == rate.stream);
                if second_rest {
                    return Err(file.err(Some(at), key, RateProblem::RestOfWorld));
                }
                file.countries(at, &key, &rate.countries)?;
                if let Some(region) = &rate.region {
                    regions_used.push((
                        file.name.clone(),
                        file.line(at),
                        key.clone(),
                        region.clone(),
                    ));
                }
                cites(at, &key, vec![rate.source.clone()]);
                rates
                    .groups
                    .entry(rate.stream)
                    .or_default()
                    .push(rates.rates.len());
                rates.by_id.insert(rate.id.clone(), rates.rates.len());
                rates.rates.push(rate);
            }
            for (i, rule) in parsed.rule.into_iter().enumerate() {
                let (at, rule) = (rule.span().start, rule.into_inner());
                let key = format!(
                    "rule[{i}] ({} {:?})",
                    rule.programme.key(),
                    rule.requirement
                );
                file.date(at, &key, &rule.date)?;
                cites(at, &key, rule.sources.clone());
                rates.rules.push(rule);
            }
            for claim in parsed.claim {
                let (at, claim) = (claim.span().start, claim.into_inner());
                let key = format!("claim.{}", claim.id);
                file.date(at, &key, &claim.date)?;
                if rates.claims.contains_key(&claim.id) {
                    return Err(file.err(Some(at), key, RateProblem::Duplicate));
                }
                if !claim.money.is_empty() && claim.currency.is_none() {
                    return Err(file.err(Some(at), key, RateProblem::MissingCurrency));
                }
                if claim.percents.values().any(|p| *p > Decimal::ONE_HUNDRED) {
                    return Err(file.err(Some(at), key, RateProblem::PercentOver100));
                }
                if let Says::Each(each) = &claim.says {
                    if let Some(other) = each.keys().find(|s| !claim.sources.contains(s)) {
                        return Err(file.err(
                            Some(at),
                            key,
                            RateProblem::QuoteOfUncited(other.clone()),
                        ));
                    }
                    if let Some(silent) = claim.sources.iter().find(|s| !each.contains_key(*s)) {
                        return Err(file.err(
                            Some(at),
                            key,
                            RateProblem::UnquotedSource(silent.clone()),
                        ));
                    }
                }
                cites(at, &key, claim.sources.clone());
                let message = MessageId::find(&format!("claim-{}", claim.id))
                    .ok_or_else(|| file.err(Some(at), &key, RateProblem::NoMessage))?;
                let ClaimEntry {
                    id,
                    stream,
                    sources,
                    date,
                    says,
                    counts,
                    percents,
                    money,
                    currency,
                } = claim;
                rates.claims.insert(
                    id.clone(),
                    Claim {
                        id,
                        stream,
                        sources,
                        date,
                        says,
                        counts,
                        percents,
                        money,
                        currency,
                        message,
                    },
                );
            }
            for (i, list) in parsed.eligible_countries.into_iter().enumerate() {
                let (at, list) = (list.span().start, list.into_inner());
                let key = format!("eligible_countries[{i}]");
                file.date(at, &key, &list.date)?;
                file.countries(at, &key, &list.codes)?;
                cites(at, &key, vec![list.source.clone()]);
                rates.countries.push(list);
            }
            if let Some(list) = parsed.hot_niches {
                let (at, list) = (list.span().start, list.into_inner());
                file.date(at, "hot_niches", &list.date)?;
                for n in &list.niches {
                    let niche = Niche::parse(n).ok_or_else(|| {
                        file.err(
                            Some(at),
                            "hot_niches.niches",
                            RateProblem::UnknownNiche(n.clone()),
                        )
                    })?;
                    rates.hot_niches.push(niche);
                }
                cites(at, "hot_niches", list.sources.clone());
                rates.hot_niche_sources = list.sources;
            }
            for fx in parsed.fx {
                let (at, fx) = (fx.span().start, fx.into_inner());
                let key = format!("fx.{}", fx.currency.code());
                file.date(at, &key, &fx.date)?;
                if fx.per_eur <= Decimal::ZERO {
                    return Err(file.err(Some(at), key, RateProblem::ZeroRate));
                }
                cites(at, &key, vec![fx.source.clone()]);
                rates.fx.set(fx.currency, fx.per_eur);
                rates.fx_sources.push((fx.currency, fx.source, fx.date));
            }
        }
        for Citing {
            file,
            line,
            key,
            sources,
        } in citing
        {
            let err = |problem| RateError {
                file: file.clone(),
                line: Some(line),
                key: key.clone(),
                problem,
            };
            if sources.is_empty() || sources.iter().any(|s| s.trim().is_empty()) {
                return Err(err(RateProblem::NoSource));
            }
            if let Some(unknown) = sources.iter().find(|s| !rates.sources.contains_key(*s)) {
                return Err(err(RateProblem::UnknownSource(unknown.clone())));
            }
        }
        for (file, line, key, region) in regions_used {
            if !rates.regions.contains_key(&region) {
                return Err(RateError {
                    file,
                    line: Some(line),
                    key,
                    problem: RateProblem::UnknownRegion(region),
                });
            }
        }
        let missing = |key: String| RateError {
            file: "(catalogue)".to_owned(),
            line: None,
            key,
            problem: RateProblem::Missing,
        };
        for currency in Currency::ALL {
            if currency != Currency::Eur && rates.fx.per_eur(currency).is_none() {
                return Err(missing(format!("fx.{}", currency.code())));
            }
        }
        for id in RateId::ALL {
            if !rates.by_id.contains_key(id.id()) {
                return Err(missing(format!("rate.{}", id.id())));
            }
        }
        for id in ClaimId::ALL {
            if !rates.claims.contains_key(id.id()) {
                return Err(missing(format!("claim.{}", id.id())));
            }
        }
        for &(programme, requirement) in RULES {
            if rates.rule(programme, requirement).is_none() {
                return Err(missing(format!("rule {} {requirement:?}", programme.key())));
            }
        }
        Ok(rates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_years_months_or_days() {
        for ok in ["2026", "2026-11", "2026-11-30"] {
            assert!(valid_date(ok), "{ok}");
        }
        for bad in ["26", "2026-1", "2026/11/30", "30-11-2026", ""] {
            assert!(!valid_date(bad), "{bad}");
        }
    }
}
