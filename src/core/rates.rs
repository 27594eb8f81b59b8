//! The rate catalogue: every figure the estimator uses, with its unit, currency, place,
//! source and date, and the sourced sentences (claims) replies quote. The files in
//! `rates/` are compiled in; `GAINSBOT_RATES` points at a file or folder that replaces
//! them at run time. Everything is checked on load, and a problem names the file, the
//! key and what is wrong.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::path::Path;
use std::sync::Arc;

use rust_decimal::Decimal;
use serde::Deserialize;
use thiserror::Error;

use super::choices::{Choice, Niche};
use super::country::Country;
use super::estimate::streams::StreamId;
use crate::values::{Currency, Fx, Lang};

/// The catalogue shipped in the binary.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "rates/sources.toml",
        include_str!("../../rates/sources.toml"),
    ),
    (
        "rates/creator_rewards.toml",
        include_str!("../../rates/creator_rewards.toml"),
    ),
    (
        "rates/creator_fund.toml",
        include_str!("../../rates/creator_fund.toml"),
    ),
    (
        "rates/brand_deals.toml",
        include_str!("../../rates/brand_deals.toml"),
    ),
    ("rates/live.toml", include_str!("../../rates/live.toml")),
    (
        "rates/products.toml",
        include_str!("../../rates/products.toml"),
    ),
    (
        "rates/audience.toml",
        include_str!("../../rates/audience.toml"),
    ),
    ("rates/money.toml", include_str!("../../rates/money.toml")),
    ("rates/tax_fr.toml", include_str!("../../rates/tax_fr.toml")),
];

/// Groups of figures that are not revenue streams.
const TOPICS: &[&str] = &["engagement", "growth", "payouts", "taxes"];

/// What the catalogue must hold for the replies that are not streams (the streams
/// declare their own needs in `estimate::streams`).
const TOPIC_NEEDS: &[Needed] = &[
    Needed::Rate("payout_minimum"),
    Needed::Claim("payout_methods"),
    Needed::Rate("tax_micro_threshold"),
    Needed::Claim("tax_bnc_occasional"),
    Needed::Rate("fr_bnc_social_contributions"),
    Needed::Rate("fr_training_contribution"),
    Needed::Rate("fr_flat_income_tax"),
    Needed::Rate("fr_bnc_allowance"),
    Needed::Rate("fr_micro_bnc_ceiling"),
    Needed::Claim("growth_example"),
    Needed::Claim("views_ceiling"),
    Needed::Rate("engagement_micro"),
    Needed::Claim("crp_review"),
];

/// One thing a stream or reply cannot work without.
#[derive(Debug, Clone, Copy)]
pub enum Needed {
    Rate(&'static str),
    Claim(&'static str),
    Rule(StreamId, Requirement),
}

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
    #[error("unknown stream or topic {0:?}")]
    UnknownStream(String),
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

/// A problem in the catalogue, located precisely enough to fix it.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{file}: {key}: {problem}")]
pub struct RateError {
    pub file: String,
    pub key: String,
    #[source]
    pub problem: RateProblem,
}

fn err(file: &str, key: impl Into<String>, problem: RateProblem) -> RateError {
    RateError {
        file: file.to_owned(),
        key: key.into(),
        problem,
    }
}

/// What one unit of a rate measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    #[serde(rename = "per_1000_views")]
    Per1000Views,
    PerSponsoredVideo,
    PerCoin,
    PerDiamond,
    Amount,
    AmountPerYear,
    Percent,
    CoinsPerDiamond,
}

impl Unit {
    fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Per1000Views
                | Unit::PerSponsoredVideo
                | Unit::PerCoin
                | Unit::PerDiamond
                | Unit::Amount
                | Unit::AmountPerYear
        )
    }
}

/// What a rule measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    Followers,
    #[serde(rename = "views_30d")]
    Views30d,
    Age,
    VideoSeconds,
}

/// The articles the bot was built on, or public figures added beyond them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Article,
    Public,
}

/// A public source, as people can look it up.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub kind: SourceKind,
    pub author: Option<String>,
    pub publisher: Option<String>,
    /// The publisher's name in English, where it differs (`ECB` for `BCE`).
    pub publisher_en: Option<String>,
    /// The title as published.
    pub title: Option<String>,
    /// A short reference that tells apart sources of one publisher (`décret n° 2025-943`).
    pub cite: Option<String>,
    /// Honest descriptions for a source with no title we could confirm.
    pub label_fr: Option<String>,
    pub label_en: Option<String>,
    pub url: Option<String>,
    pub date: String,
    /// `date` is the day we read it, not a publication date.
    #[serde(default)]
    pub read: bool,
}

impl Source {
    /// Who wrote or published it: `David Park (ShortGenius)`, `Clapico High-Tech`.
    pub fn who(&self, lang: Lang) -> String {
        let publisher = match lang {
            Lang::En => self.publisher_en.as_ref().or(self.publisher.as_ref()),
            Lang::Fr => self.publisher.as_ref(),
        };
        match (&self.author, publisher) {
            (Some(author), Some(publisher)) => format!("{author} ({publisher})"),
            (Some(author), None) => author.clone(),
            (None, Some(publisher)) => publisher.clone(),
            (None, None) => String::new(),
        }
    }

    /// The publication year, unless only the reading date is known.
    pub fn year(&self) -> Option<&str> {
        (!self.read).then(|| &self.date[..4])
    }

    /// The description for a source with no title.
    pub fn label(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Fr => self.label_fr.as_deref(),
            Lang::En => self.label_en.as_deref(),
        }
    }
}

/// One sourced figure: a low–high range in a unit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub id: String,
    pub stream: String,
    pub unit: Unit,
    /// The region the source gives the figure for (see `[region.*]`).
    pub region: Option<String>,
    /// The countries the source gives the figure for.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(with = "rust_decimal::serde::str")]
    pub low: Decimal,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub high: Option<Decimal>,
    /// The source says "or more" (`6,00 $+`): the high end is not a ceiling.
    #[serde(default)]
    pub open_high: bool,
    pub currency: Option<Currency>,
    /// The audience size the figure is given for.
    pub followers: Option<u64>,
    /// `"hot"` for figures that only hold in well-paying niches.
    pub niche: Option<String>,
    pub source: String,
    pub date: String,
    /// What the source says, in its words.
    pub says: Option<String>,
}

impl Rate {
    /// The high end, or the low end for open-ended rates with no figure above it.
    pub fn high_or_low(&self) -> Decimal {
        self.high.unwrap_or(self.low)
    }

    pub fn hot_niche_only(&self) -> bool {
        self.niche.as_deref() == Some("hot")
    }

    /// No place: the source does not say where the figure holds.
    pub fn placeless(&self) -> bool {
        self.region.is_none() && self.countries.is_empty()
    }
}

/// One eligibility threshold of a programme.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub programme: String,
    pub requirement: Requirement,
    pub min: u64,
    pub sources: Vec<String>,
    pub date: String,
}

/// A sourced sentence a reply quotes, with the figures it gives (its Fluent message is
/// `claim-<id>`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub stream: String,
    pub sources: Vec<String>,
    pub date: String,
    pub says: String,
    #[serde(default)]
    pub counts: BTreeMap<String, u64>,
    #[serde(default)]
    pub percents: BTreeMap<String, Decimal>,
    #[serde(default)]
    pub money: BTreeMap<String, Decimal>,
    pub currency: Option<Currency>,
    /// `claim-<id>`, built on load.
    #[serde(skip)]
    pub message: String,
}

impl Claim {
    /// A count the claim gives (presence is checked by the tests of the stream using it).
    pub fn count(&self, name: &str) -> u64 {
        self.counts.get(name).copied().unwrap_or_default()
    }
}

/// A region some figures are given for.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub countries: Vec<String>,
    pub source: String,
    pub date: String,
}

/// A source naming countries where a programme is open.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryList {
    pub programme: String,
    pub codes: Vec<String>,
    pub source: String,
    pub date: String,
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
    source: BTreeMap<String, Source>,
    #[serde(default)]
    region: BTreeMap<String, Region>,
    #[serde(default)]
    rate: Vec<Rate>,
    #[serde(default)]
    rule: Vec<Rule>,
    #[serde(default)]
    claim: Vec<Claim>,
    #[serde(default)]
    eligible_countries: Vec<CountryList>,
    hot_niches: Option<NicheList>,
    #[serde(default)]
    fx: Vec<FxRate>,
}

/// The validated catalogue.
#[derive(Debug, Clone)]
pub struct Rates {
    sources: BTreeMap<String, Source>,
    /// Each source's short citation, French then English (`Clapico High-Tech, 2025`).
    citations: HashMap<String, [String; 2]>,
    regions: BTreeMap<String, Region>,
    rates: Vec<Rate>,
    by_id: HashMap<String, usize>,
    /// The indices of each group's rates (a stream's key or a topic), in file order.
    groups: HashMap<String, Vec<usize>>,
    rules: Vec<Rule>,
    claims: HashMap<String, Claim>,
    countries: Vec<CountryList>,
    hot_niches: Vec<Niche>,
    hot_niche_sources: Vec<String>,
    fx: Fx,
    fx_sources: Vec<(Currency, String, String)>,
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

fn date_ok(file: &str, key: &str, date: &str) -> Result<(), RateError> {
    if valid_date(date) {
        Ok(())
    } else {
        Err(err(file, key, RateProblem::BadDate(date.to_owned())))
    }
}

fn known_stream(key: &str) -> bool {
    StreamId::parse(key).is_some() || TOPICS.contains(&key)
}

/// The short citation in both languages, from the locale files' patterns.
fn citations(source: &Source) -> [String; 2] {
    Lang::ALL.map(|lang| {
        let who = match &source.cite {
            Some(cite) => format!("{}, {cite}", source.who(lang)),
            None => source.who(lang),
        };
        crate::i18n::citation(lang, &who, source.year())
    })
}

impl Rates {
    /// The catalogue compiled into the binary.
    pub fn embedded() -> Result<Rates, RateError> {
        Rates::from_files(EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())))
    }

    /// The catalogue from `GAINSBOT_RATES`: one TOML file, or a folder of them.
    pub fn from_path(path: &Path) -> Result<Rates, RateError> {
        let shown = path.display().to_string();
        let read = |p: &Path| {
            std::fs::read_to_string(p).map_err(|e| {
                err(
                    &p.display().to_string(),
                    "",
                    RateProblem::Read(ReadError(Arc::new(e))),
                )
            })
        };
        if path.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(path)
                .map_err(|e| err(&shown, "", RateProblem::Read(ReadError(Arc::new(e)))))?
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
            Rates::from_files([(shown, read(path)?)])
        }
    }

    /// Parses, merges and validates named TOML texts.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Rates, RateError> {
        let mut rates = Rates {
            sources: BTreeMap::new(),
            citations: HashMap::default(),
            regions: BTreeMap::new(),
            rates: Vec::new(),
            by_id: HashMap::default(),
            groups: HashMap::default(),
            rules: Vec::new(),
            claims: HashMap::default(),
            countries: Vec::new(),
            hot_niches: Vec::new(),
            hot_niche_sources: Vec::new(),
            fx: Fx::default(),
            fx_sources: Vec::new(),
        };
        // (file, key, cited sources): checked once every source is known.
        let mut citing: Vec<(String, String, Vec<String>)> = Vec::new();
        let mut regions_used: Vec<(String, String, String)> = Vec::new();
        for (name, text) in files {
            let file: RateFile = toml::from_str(&text).map_err(|e| {
                let line = e
                    .span()
                    .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
                    .unwrap_or(0);
                err(
                    &name,
                    format!("line {line}"),
                    RateProblem::Syntax(Box::new(e)),
                )
            })?;
            for (id, source) in file.source {
                let key = format!("source.{id}");
                date_ok(&name, &key, &source.date)?;
                let named = source.author.is_some() || source.publisher.is_some();
                let described = source.title.is_some()
                    || (source.label_fr.is_some() && source.label_en.is_some());
                if !named || !described {
                    return Err(err(&name, key, RateProblem::IncompleteSource));
                }
                if rates.sources.contains_key(&id) {
                    return Err(err(&name, key, RateProblem::Duplicate));
                }
                rates.citations.insert(id.clone(), citations(&source));
                rates.sources.insert(id, source);
            }
            for (id, region) in file.region {
                let key = format!("region.{id}");
                date_ok(&name, &key, &region.date)?;
                for code in &region.countries {
                    if Country::parse(code).is_none() {
                        return Err(err(&name, key, RateProblem::UnknownCountry(code.clone())));
                    }
                }
                citing.push((name.clone(), key, vec![region.source.clone()]));
                rates.regions.insert(id, region);
            }
            for rate in file.rate {
                let key = format!("rate.{}", rate.id);
                if rates.by_id.contains_key(&rate.id) {
                    return Err(err(&name, key, RateProblem::Duplicate));
                }
                check_rate(&rate).map_err(|p| err(&name, &key, p))?;
                if !known_stream(&rate.stream) {
                    return Err(err(
                        &name,
                        key,
                        RateProblem::UnknownStream(rate.stream.clone()),
                    ));
                }
                for code in &rate.countries {
                    if Country::parse(code).is_none() {
                        return Err(err(&name, key, RateProblem::UnknownCountry(code.clone())));
                    }
                }
                if let Some(region) = &rate.region {
                    regions_used.push((name.clone(), key.clone(), region.clone()));
                }
                citing.push((name.clone(), key, vec![rate.source.clone()]));
                rates
                    .groups
                    .entry(rate.stream.clone())
                    .or_default()
                    .push(rates.rates.len());
                rates.by_id.insert(rate.id.clone(), rates.rates.len());
                rates.rates.push(rate);
            }
            for (i, rule) in file.rule.into_iter().enumerate() {
                let key = format!("rule[{i}] ({} {:?})", rule.programme, rule.requirement);
                date_ok(&name, &key, &rule.date)?;
                if StreamId::parse(&rule.programme).is_none() {
                    return Err(err(
                        &name,
                        key,
                        RateProblem::UnknownStream(rule.programme.clone()),
                    ));
                }
                citing.push((name.clone(), key, rule.sources.clone()));
                rates.rules.push(rule);
            }
            for mut claim in file.claim {
                let key = format!("claim.{}", claim.id);
                date_ok(&name, &key, &claim.date)?;
                if rates.claims.contains_key(&claim.id) {
                    return Err(err(&name, key, RateProblem::Duplicate));
                }
                if !known_stream(&claim.stream) {
                    return Err(err(
                        &name,
                        key,
                        RateProblem::UnknownStream(claim.stream.clone()),
                    ));
                }
                if !claim.money.is_empty() && claim.currency.is_none() {
                    return Err(err(&name, key, RateProblem::MissingCurrency));
                }
                if claim.percents.values().any(|p| *p > Decimal::ONE_HUNDRED) {
                    return Err(err(&name, key, RateProblem::PercentOver100));
                }
                citing.push((name.clone(), key, claim.sources.clone()));
                claim.message = format!("claim-{}", claim.id);
                rates.claims.insert(claim.id.clone(), claim);
            }
            for (i, list) in file.eligible_countries.into_iter().enumerate() {
                let key = format!("eligible_countries[{i}]");
                date_ok(&name, &key, &list.date)?;
                if StreamId::parse(&list.programme).is_none() {
                    return Err(err(
                        &name,
                        key,
                        RateProblem::UnknownStream(list.programme.clone()),
                    ));
                }
                if let Some(code) = list.codes.iter().find(|c| Country::parse(c).is_none()) {
                    return Err(err(&name, key, RateProblem::UnknownCountry(code.clone())));
                }
                citing.push((name.clone(), key, vec![list.source.clone()]));
                rates.countries.push(list);
            }
            if let Some(list) = file.hot_niches {
                date_ok(&name, "hot_niches", &list.date)?;
                for n in &list.niches {
                    let niche = Niche::parse(n).ok_or_else(|| {
                        err(
                            &name,
                            "hot_niches.niches",
                            RateProblem::UnknownNiche(n.clone()),
                        )
                    })?;
                    rates.hot_niches.push(niche);
                }
                citing.push((name.clone(), "hot_niches".into(), list.sources.clone()));
                rates.hot_niche_sources = list.sources;
            }
            for fx in file.fx {
                let key = format!("fx.{}", fx.currency.code());
                date_ok(&name, &key, &fx.date)?;
                if fx.per_eur <= Decimal::ZERO {
                    return Err(err(&name, key, RateProblem::ZeroRate));
                }
                citing.push((name.clone(), key, vec![fx.source.clone()]));
                rates.fx.set(fx.currency, fx.per_eur);
                rates.fx_sources.push((fx.currency, fx.source, fx.date));
            }
        }
        for (file, key, sources) in citing {
            if sources.is_empty() || sources.iter().any(|s| s.trim().is_empty()) {
                return Err(err(&file, key, RateProblem::NoSource));
            }
            if let Some(unknown) = sources.iter().find(|s| !rates.sources.contains_key(*s)) {
                return Err(err(&file, key, RateProblem::UnknownSource(unknown.clone())));
            }
        }
        for (file, key, region) in regions_used {
            if !rates.regions.contains_key(&region) {
                return Err(err(&file, key, RateProblem::UnknownRegion(region)));
            }
        }
        for currency in Currency::ALL {
            if currency != Currency::Eur && rates.fx.per_eur(currency).is_none() {
                return Err(err(
                    "(catalogue)",
                    format!("fx.{}", currency.code()),
                    RateProblem::Missing,
                ));
            }
        }
        let needs = TOPIC_NEEDS
            .iter()
            .chain(StreamId::ALL.iter().flat_map(|s| s.needs()));
        for need in needs {
            let (present, key) = match *need {
                Needed::Rate(id) => (rates.by_id.contains_key(id), format!("rate.{id}")),
                Needed::Claim(id) => (rates.claims.contains_key(id), format!("claim.{id}")),
                Needed::Rule(programme, requirement) => (
                    rates.rule(programme, requirement).is_some(),
                    format!("rule {} {requirement:?}", programme.key()),
                ),
            };
            if !present {
                return Err(err("(catalogue)", key, RateProblem::Missing));
            }
        }
        Ok(rates)
    }

    /// A required rate by id (presence is checked on load).
    pub fn get(&self, id: &str) -> &Rate {
        &self.rates[self.by_id[id]]
    }

    /// A required claim by id (presence is checked on load).
    pub fn claim(&self, id: &str) -> &Claim {
        &self.claims[id]
    }

    /// Every claim, for `/sources`.
    pub fn claims(&self) -> impl Iterator<Item = &Claim> {
        self.claims.values()
    }

    /// The rates of a stream or topic (`"engagement"`).
    pub fn group<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a Rate> + Clone + 'a {
        self.groups
            .get(key)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &self.rates[i])
    }

    pub fn all(&self) -> &[Rate] {
        &self.rates
    }

    pub fn rule(&self, programme: StreamId, requirement: Requirement) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.programme == programme.key() && r.requirement == requirement)
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

    /// A source's short citation (`Clapico High-Tech, 2025`), or `?` for an unknown id
    /// (every cited id is checked on load).
    pub fn citation(&self, id: &str, lang: Lang) -> &str {
        self.citations.get(id).map_or("?", |c| match lang {
            Lang::Fr => c[0].as_str(),
            Lang::En => c[1].as_str(),
        })
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
            .countries
            .iter()
            .filter(|l| l.programme == programme.key() && l.codes.iter().any(|c| c == code))
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
            .filter(move |l| l.programme == programme.key())
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

    pub fn hot_niches(&self) -> (&[Niche], &[String]) {
        (&self.hot_niches, &self.hot_niche_sources)
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
    if let Some(niche) = &rate.niche
        && niche != "hot"
    {
        return Err(RateProblem::UnknownNiche(niche.clone()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn citations_name_the_publisher_and_the_year() {
        let rates = Rates::embedded().unwrap();
        assert_eq!(
            rates.citation("clapico", Lang::Fr),
            "Clapico High-Tech, 2025"
        );
        assert_eq!(
            rates.citation("shortgenius", Lang::En),
            "David Park (ShortGenius), n.d."
        );
        assert_eq!(rates.citation("ecb", Lang::Fr), "BCE, 2026");
        assert_eq!(rates.citation("ecb", Lang::En), "ECB, 2026");
    }
}
