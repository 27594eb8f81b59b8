//! The rate catalogue: every figure the estimator uses, with its unit, currency, region,
//! source and date. The files in `rates/` are compiled in; `GAINSBOT_RATES` points at a
//! file or folder that replaces them at run time. Everything is checked on load, and a
//! problem names the file, the key and what is wrong.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rust_decimal::Decimal;
use serde::Deserialize;
use thiserror::Error;

use super::choices::{Choice, Niche};
use super::country::Country;
use crate::values::{Currency, Fx};

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
];

/// Figures the estimator cannot work without.
const REQUIRED_RATES: &[&str] = &[
    "usd_per_eur",
    "live_coin_price",
    "live_creator_share",
    "live_coins_per_diamond",
    "live_diamond_value",
    "product_conversion",
    "brand_engagement_reference",
    "engagement_weak_example",
    "growth_doubling",
    "payout_minimum",
    "tax_micro_threshold",
];

/// Eligibility rules the estimator cannot work without.
const REQUIRED_RULES: &[(Programme, Requirement)] = &[
    (Programme::CreatorRewards, Requirement::Followers),
    (Programme::CreatorRewards, Requirement::Views30d),
    (Programme::CreatorRewards, Requirement::Age),
    (Programme::CreatorRewards, Requirement::VideoSeconds),
    (Programme::Live, Requirement::Followers),
    (Programme::Live, Requirement::Age),
    (Programme::Pulse, Requirement::Followers),
    (Programme::BrandDeal, Requirement::Followers),
];

/// A problem in the catalogue, located precisely enough to fix it.
#[derive(Debug, Error, PartialEq, Eq)]
#[error("{file}: {key}: {problem}")]
pub struct RateError {
    pub file: String,
    pub key: String,
    pub problem: String,
}

/// What a rate belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    CreatorRewards,
    CreatorFund,
    BrandDeal,
    LiveGifts,
    Products,
    Affiliate,
    Engagement,
    Growth,
    Fx,
    Payouts,
    Taxes,
}

/// What one unit of a rate measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    #[serde(rename = "per_1000_views")]
    Per1000Views,
    PerSponsoredPost,
    PerCoin,
    PerDiamond,
    Amount,
    AmountPerYear,
    Percent,
    Ratio,
    Multiplier,
    UsdPerEur,
}

impl Unit {
    fn is_money(self) -> bool {
        matches!(
            self,
            Unit::Per1000Views
                | Unit::PerSponsoredPost
                | Unit::PerCoin
                | Unit::PerDiamond
                | Unit::Amount
                | Unit::AmountPerYear
        )
    }
}

/// Where a rate applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum RateRegion {
    Europe,
    #[default]
    Global,
}

/// A programme with eligibility rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Programme {
    CreatorRewards,
    Live,
    Pulse,
    BrandDeal,
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

/// A public source a figure cites.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    #[serde(rename = "where")]
    pub location: String,
    pub date: String,
    /// `seed 000 (2026)`: short enough for a footer, precise enough to find in `/sources`.
    #[serde(skip)]
    pub label: String,
}

/// One sourced figure: a low–high range in a unit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rate {
    pub id: String,
    pub stream: Group,
    pub unit: Unit,
    #[serde(default)]
    pub region: RateRegion,
    #[serde(with = "rust_decimal::serde::str")]
    pub low: Decimal,
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub high: Option<Decimal>,
    /// The source says "or more" (`6,00 $+`): the high end is not a ceiling.
    #[serde(default)]
    pub open_high: bool,
    pub currency: Option<Currency>,
    pub min_followers: Option<u64>,
    /// `"hot"` for rates that only hold in well-paying niches.
    pub niche: Option<String>,
    pub months: Option<u32>,
    pub source: String,
    pub date: String,
    pub note: Option<String>,
}

impl Rate {
    /// The high end, or the low end for open-ended rates with no figure above it.
    pub fn high_or_low(&self) -> Decimal {
        self.high.unwrap_or(self.low)
    }

    pub fn hot_niche_only(&self) -> bool {
        self.niche.as_deref() == Some("hot")
    }
}

/// One eligibility threshold of a programme.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub programme: Programme,
    pub requirement: Requirement,
    pub min: u64,
    pub sources: Vec<String>,
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
struct CountryList {
    programme: Programme,
    codes: Vec<String>,
    sources: Vec<String>,
    date: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RateFile {
    #[serde(default)]
    source: BTreeMap<String, Source>,
    #[serde(default)]
    rate: Vec<Rate>,
    #[serde(default)]
    rule: Vec<Rule>,
    hot_niches: Option<NicheList>,
    eligible_countries: Option<CountryList>,
}

/// The validated catalogue.
#[derive(Debug, Clone)]
pub struct Rates {
    sources: BTreeMap<String, Source>,
    rates: Vec<Rate>,
    by_id: HashMap<String, usize>,
    rules: Vec<Rule>,
    hot_niches: Vec<Niche>,
    hot_niche_sources: Vec<String>,
    crp_countries: Vec<String>,
    crp_country_sources: Vec<String>,
    fx: Fx,
}

fn err(file: &str, key: impl Into<String>, problem: impl Into<String>) -> RateError {
    RateError {
        file: file.to_owned(),
        key: key.into(),
        problem: problem.into(),
    }
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

impl Rates {
    /// The catalogue compiled into the binary.
    pub fn embedded() -> Result<Rates, RateError> {
        Rates::from_files(EMBEDDED.iter().map(|(n, t)| (n.to_string(), t.to_string())))
    }

    /// The catalogue from `GAINSBOT_RATES`: one TOML file, or a folder of them.
    pub fn from_path(path: &Path) -> Result<Rates, RateError> {
        let shown = path.display().to_string();
        let read = |p: &Path| {
            std::fs::read_to_string(p)
                .map_err(|e| err(&p.display().to_string(), "", format!("cannot read: {e}")))
        };
        if path.is_dir() {
            let mut files: Vec<_> = std::fs::read_dir(path)
                .map_err(|e| err(&shown, "", format!("cannot list: {e}")))?
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
            rates: Vec::new(),
            by_id: HashMap::new(),
            rules: Vec::new(),
            hot_niches: Vec::new(),
            hot_niche_sources: Vec::new(),
            crp_countries: Vec::new(),
            crp_country_sources: Vec::new(),
            fx: Fx {
                usd_per_eur: Decimal::ONE,
            },
        };
        let mut origin: Vec<(String, String)> = Vec::new();
        let mut pending_checks: Vec<(String, String, Vec<String>)> = Vec::new();
        for (name, text) in files {
            let file: RateFile = toml::from_str(&text).map_err(|e| {
                let line = e
                    .span()
                    .map(|s| text[..s.start.min(text.len())].lines().count().max(1))
                    .unwrap_or(0);
                err(&name, format!("line {line}"), e.message().to_owned())
            })?;
            for (id, source) in file.source {
                if !valid_date(&source.date) {
                    return Err(err(
                        &name,
                        format!("source.{id}.date"),
                        format!("{:?} is not YYYY, YYYY-MM or YYYY-MM-DD", source.date),
                    ));
                }
                if source.title.trim().is_empty() || source.location.trim().is_empty() {
                    return Err(err(
                        &name,
                        format!("source.{id}"),
                        "a source needs a title and where to find it",
                    ));
                }
                let label = format!("{} ({})", id.replace(':', " "), source.date);
                rates.sources.insert(id, Source { label, ..source });
            }
            for rate in file.rate {
                let key = format!("rate.{}", rate.id);
                if rates.by_id.contains_key(&rate.id) {
                    return Err(err(&name, key, "declared twice"));
                }
                check_rate(&rate).map_err(|p| err(&name, &key, p))?;
                pending_checks.push((name.clone(), key, vec![rate.source.clone()]));
                rates.by_id.insert(rate.id.clone(), rates.rates.len());
                origin.push((name.clone(), rate.id.clone()));
                rates.rates.push(rate);
            }
            for (i, rule) in file.rule.into_iter().enumerate() {
                let key = format!("rule[{i}] ({:?} {:?})", rule.programme, rule.requirement);
                if rule.sources.is_empty() || !valid_date(&rule.date) {
                    return Err(err(
                        &name,
                        key,
                        "a rule needs at least one source and a date",
                    ));
                }
                pending_checks.push((name.clone(), key, rule.sources.clone()));
                rates.rules.push(rule);
            }
            if let Some(list) = file.hot_niches {
                for n in &list.niches {
                    let niche = Niche::parse(n).ok_or_else(|| {
                        err(&name, "hot_niches.niches", format!("unknown niche {n:?}"))
                    })?;
                    rates.hot_niches.push(niche);
                }
                if !valid_date(&list.date) {
                    return Err(err(&name, "hot_niches.date", "not a date"));
                }
                pending_checks.push((name.clone(), "hot_niches".into(), list.sources.clone()));
                rates.hot_niche_sources = list.sources;
            }
            if let Some(list) = file.eligible_countries {
                if list.programme != Programme::CreatorRewards || !valid_date(&list.date) {
                    return Err(err(
                        &name,
                        "eligible_countries",
                        "only creator_rewards, with a date, is supported",
                    ));
                }
                for code in &list.codes {
                    if Country::parse(code).is_none() {
                        return Err(err(
                            &name,
                            "eligible_countries.codes",
                            format!("unknown country {code:?}"),
                        ));
                    }
                }
                pending_checks.push((
                    name.clone(),
                    "eligible_countries".into(),
                    list.sources.clone(),
                ));
                rates.crp_countries = list.codes;
                rates.crp_country_sources = list.sources;
            }
        }
        for (file, key, sources) in pending_checks {
            if sources.is_empty() {
                return Err(err(&file, key, "no source"));
            }
            if let Some(unknown) = sources.iter().find(|s| !rates.sources.contains_key(*s)) {
                return Err(err(
                    &file,
                    key,
                    format!("cites {unknown:?}, which is not in any [source] table"),
                ));
            }
        }
        for id in REQUIRED_RATES {
            if !rates.by_id.contains_key(*id) {
                return Err(err(
                    "(catalogue)",
                    format!("rate.{id}"),
                    "missing: the estimator needs it",
                ));
            }
        }
        for (programme, requirement) in REQUIRED_RULES {
            if rates.rule(*programme, *requirement).is_none() {
                return Err(err(
                    "(catalogue)",
                    format!("rule {programme:?} {requirement:?}"),
                    "missing: the estimator needs it",
                ));
            }
        }
        for (group, region) in [
            (Group::CreatorRewards, RateRegion::Global),
            (Group::CreatorRewards, RateRegion::Europe),
            (Group::CreatorFund, RateRegion::Global),
        ] {
            if !rates
                .group(group)
                .any(|r| r.region == region && r.unit == Unit::Per1000Views)
            {
                return Err(err(
                    "(catalogue)",
                    format!("{group:?} {region:?}"),
                    "missing: no rate per 1 000 views",
                ));
            }
        }
        rates.fx = Fx {
            usd_per_eur: rates.get("usd_per_eur").low,
        };
        Ok(rates)
    }

    /// A required rate by id (presence is checked on load).
    pub fn get(&self, id: &str) -> &Rate {
        &self.rates[self.by_id[id]]
    }

    pub fn group(&self, group: Group) -> impl Iterator<Item = &Rate> + Clone {
        self.rates.iter().filter(move |r| r.stream == group)
    }

    pub fn all(&self) -> &[Rate] {
        &self.rates
    }

    pub fn rule(&self, programme: Programme, requirement: Requirement) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.programme == programme && r.requirement == requirement)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// A source's short label, or its id if it is unknown.
    pub fn source_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.sources.get(id).map_or(id, |s| s.label.as_str())
    }

    pub fn sources(&self) -> &BTreeMap<String, Source> {
        &self.sources
    }

    /// The dated EUR→USD rate (`usd_per_eur`).
    pub fn fx(&self) -> Fx {
        self.fx
    }

    pub fn is_hot(&self, niche: Niche) -> bool {
        self.hot_niches.contains(&niche)
    }

    pub fn hot_niches(&self) -> (&[Niche], &[String]) {
        (&self.hot_niches, &self.hot_niche_sources)
    }

    /// Whether a source names the country as open to Creator Rewards. No source lists the
    /// countries that are not, so `false` means "unknown", never "excluded".
    pub fn crp_country_confirmed(&self, code: &str) -> bool {
        self.crp_countries.iter().any(|c| c == code)
    }

    pub fn crp_country_sources(&self) -> &[String] {
        &self.crp_country_sources
    }
}

fn check_rate(rate: &Rate) -> Result<(), String> {
    if rate.low.is_sign_negative() {
        return Err(format!("low ({}) is negative", rate.low));
    }
    match rate.high {
        Some(high) if high < rate.low => {
            return Err(format!("low ({}) is greater than high ({high})", rate.low));
        }
        None if !rate.open_high => {
            return Err(
                "high is missing (set open_high = true if the source gives no ceiling)".into(),
            );
        }
        _ => {}
    }
    if rate.unit.is_money() && rate.currency.is_none() {
        return Err("currency is missing (EUR or USD)".into());
    }
    if rate.unit == Unit::Percent && rate.high_or_low() > Decimal::ONE_HUNDRED {
        return Err("a percentage above 100".into());
    }
    if rate.source.trim().is_empty() {
        return Err("source is empty".into());
    }
    if !valid_date(&rate.date) {
        return Err(format!(
            "date {:?} is not YYYY, YYYY-MM or YYYY-MM-DD",
            rate.date
        ));
    }
    if rate.unit == Unit::UsdPerEur && rate.low.is_zero() {
        return Err("a conversion rate of zero".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn embedded_with(file: &str, text: &str) -> Result<Rates, RateError> {
        Rates::from_files(
            EMBEDDED
                .iter()
                .map(|(n, t)| (n.to_string(), t.to_string()))
                .chain([(file.to_owned(), text.to_owned())]),
        )
    }

    #[test]
    fn the_shipped_catalogue_is_valid_and_fully_sourced() {
        let rates = Rates::embedded().expect("embedded catalogue");
        for rate in rates.all() {
            assert!(rates.source(&rate.source).is_some(), "{}", rate.id);
        }
        assert_eq!(rates.fx().usd_per_eur, Decimal::new(10411, 4));
    }

    #[test]
    fn low_above_high_names_file_key_and_problem() {
        let bad = r#"
[[rate]]
id = "oops"
stream = "creator_fund"
unit = "per_1000_views"
low = "1.20"
high = "0.40"
currency = "EUR"
source = "seed:000"
date = "2026"
"#;
        let e = embedded_with("rates/bad.toml", bad).unwrap_err();
        assert_eq!(e.file, "rates/bad.toml");
        assert_eq!(e.key, "rate.oops");
        assert!(e.problem.contains("greater than high"), "{e}");
    }

    #[test]
    fn unsourced_unknown_currency_and_missing_figures_are_refused() {
        let unsourced = "[[rate]]\nid = \"x\"\nstream = \"products\"\nunit = \"percent\"\nlow = \"1\"\nhigh = \"2\"\nsource = \"my-cousin\"\ndate = \"2026\"\n";
        let e = embedded_with("rates/x.toml", unsourced).unwrap_err();
        assert!(e.problem.contains("my-cousin"), "{e}");

        let yen = "[[rate]]\nid = \"y\"\nstream = \"products\"\nunit = \"amount\"\nlow = \"1\"\nhigh = \"2\"\ncurrency = \"JPY\"\nsource = \"seed:000\"\ndate = \"2026\"\n";
        let e = embedded_with("rates/y.toml", yen).unwrap_err();
        assert_eq!(e.file, "rates/y.toml");
        assert!(e.problem.contains("JPY"), "{e}");

        let only_sources =
            Rates::from_files([("rates/sources.toml".to_owned(), EMBEDDED[0].1.to_owned())])
                .unwrap_err();
        assert!(only_sources.problem.contains("missing"), "{only_sources}");
    }

    #[test]
    fn a_folder_replaces_the_embedded_catalogue() {
        let dir = std::env::temp_dir().join(format!("gainsbot-rates-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in EMBEDDED {
            let text = text.replace(
                "low = \"1.0411\"\nhigh = \"1.0411\"",
                "low = \"1.10\"\nhigh = \"1.10\"",
            );
            std::fs::write(dir.join(Path::new(name).file_name().unwrap()), text).unwrap();
        }
        let rates = Rates::from_path(&dir).unwrap();
        assert_eq!(rates.fx().usd_per_eur, Decimal::new(110, 2));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
