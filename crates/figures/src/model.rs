//! What the rate files hold, typed as they are read: a unit, a stream, a requirement or a
//! currency the files misspell is refused by the parser with its line.

use std::collections::BTreeMap;

use catalogue::{MessageId, StreamId};
use rust_decimal::Decimal;
use serde::Deserialize;
use values::{Currency, Lang};

/// What a figure or a claim is about: a revenue stream, or a topic replies cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(try_from = "String")]
pub enum Group {
    Stream(StreamId),
    Engagement,
    Growth,
    Payouts,
    Taxes,
}

impl TryFrom<String> for Group {
    type Error = String;

    fn try_from(key: String) -> Result<Group, String> {
        Ok(match key.as_str() {
            "engagement" => Group::Engagement,
            "growth" => Group::Growth,
            "payouts" => Group::Payouts,
            "taxes" => Group::Taxes,
            other => Group::Stream(
                StreamId::parse(other).ok_or_else(|| format!("unknown stream or topic {key:?}"))?,
            ),
        })
    }
}

/// How a source frames a figure, when it gives two for the same place: what is usual
/// (« souvent ») or how far rates can go (« peuvent aller de … jusqu'à »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Framing {
    Often,
    Span,
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
    pub(crate) fn is_money(self) -> bool {
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
    pub stream: Group,
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
    /// The monthly views the source's own examples give this figure's amounts for.
    #[serde(default)]
    pub views: Vec<u64>,
    /// The figure only holds in the niches brands pay more for (`hot_niches`).
    #[serde(default)]
    pub hot_niches_only: bool,
    /// How the source frames the figure, when it gives another for the same place.
    pub reading: Option<Framing>,
    /// The figure viewers in a country no row names are counted at, in an audience by
    /// country: one per stream.
    #[serde(default)]
    pub rest_of_world: bool,
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

    /// No place: the source does not say where the figure holds.
    pub fn placeless(&self) -> bool {
        self.region.is_none() && self.countries.is_empty()
    }
}

/// One eligibility threshold of a programme.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub programme: StreamId,
    pub requirement: Requirement,
    pub min: u64,
    /// The source says "often" or "usually": falling short is not a refusal.
    #[serde(default)]
    pub usually: bool,
    pub sources: Vec<String>,
    pub date: String,
}

/// What a source says, in its own words: one text for a claim's only source (or its
/// sources together), or each source's own words when they say it differently.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Says {
    Same(String),
    Each(BTreeMap<String, String>),
}

/// A sourced sentence a reply quotes, with the figures it gives (its Fluent message is
/// `claim-<id>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: String,
    pub stream: Group,
    pub sources: Vec<String>,
    pub date: String,
    pub says: Says,
    pub counts: BTreeMap<String, u64>,
    pub percents: BTreeMap<String, Decimal>,
    pub money: BTreeMap<String, Decimal>,
    pub currency: Option<Currency>,
    /// `claim-<id>`, found on load: a claim without its message is refused there.
    pub message: MessageId,
}

/// A claim as its file writes it, before its message is found.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClaimEntry {
    pub id: String,
    pub stream: Group,
    pub sources: Vec<String>,
    pub date: String,
    pub says: Says,
    #[serde(default)]
    pub counts: BTreeMap<String, u64>,
    #[serde(default)]
    pub percents: BTreeMap<String, Decimal>,
    #[serde(default)]
    pub money: BTreeMap<String, Decimal>,
    pub currency: Option<Currency>,
}

impl Claim {
    /// A count the claim gives (presence is checked by the tests of the stream using it).
    pub fn count(&self, name: &str) -> u64 {
        self.counts.get(name).copied().unwrap_or_default()
    }

    /// What `source` says of it, in its words: never another source's words.
    pub fn says_for(&self, source: &str) -> Option<&str> {
        match &self.says {
            Says::Same(says) => self
                .sources
                .iter()
                .any(|s| s == source)
                .then_some(says.as_str()),
            Says::Each(each) => each.get(source).map(String::as_str),
        }
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
    pub programme: StreamId,
    pub codes: Vec<String>,
    pub source: String,
    pub date: String,
}
