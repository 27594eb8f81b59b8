//! The estimator: pure arithmetic from sourced rates and the creator's numbers to
//! per-stream ranges, eligibility verdicts, notes and sources; the goal solver, the
//! projection, engagement, the take-home and progress toward each threshold.
//!
//! It may know no sentence, no message id, no platform and no clock: what it says beside
//! a figure are facts ([`Note`], [`Label`]) the answers word in the reader's language.
//!
//! Each stream (its rates, estimate, verdict and notes) lives in one module under
//! [`streams`], registered once there.

pub mod benchmarks;
pub mod eligibility;
pub mod interpolate;
pub mod milestones;
pub mod notes;
pub mod own_rate;
pub mod plans;
pub mod progress;
pub mod streams;
pub mod take_home;

pub use notes::{Label, Note, Sources, UnitValue};

use std::cell::Cell;

use rust_decimal::Decimal;
use serde::Serialize;

use catalogue::{Inputs, OptionId, StreamId};
use figures::Rates;
use text::Country;
use values::{Currency, Money};

/// What a stream's figure is for: replies never add or compare figures of different units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Per {
    /// 30 days of views (the views given).
    Month,
    /// One sponsored video.
    SponsoredVideo,
    /// One launch: sales to the current audience.
    Launch,
    /// The gifts given (coins or diamonds).
    Gifts,
    /// The sales given.
    Sales,
}

/// How exact an amount is, which decides how it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A figure a source or the creator gives, or exact arithmetic on such figures
    /// (`49 € × 500 = 24 500 €`): written to the cent.
    #[default]
    Exact,
    /// A rate applied to the creator's numbers, or a figure between two sourced ones:
    /// written to two significant figures.
    Estimate,
    /// Converted from the source's currency at a dated reference rate: marked `≈`, and
    /// written to two significant figures.
    Converted,
}

/// A low–high amount; `open_high` when the source says "or more".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub low: Money,
    pub high: Money,
    pub open_high: bool,
    pub precision: Precision,
}

impl Range {
    pub fn single(amount: Money, precision: Precision) -> Range {
        Range {
            low: amount,
            high: amount,
            open_high: false,
            precision,
        }
    }

    /// The span of several ranges: lowest low to highest high ("or more" if the highest is).
    pub fn span<'r>(ranges: impl IntoIterator<Item = &'r Range>) -> Option<Range> {
        let mut span: Option<Range> = None;
        for r in ranges {
            span = Some(match span {
                None => *r,
                Some(s) => Range {
                    low: s.low.min(r.low),
                    high: s.high.max(r.high),
                    precision: s.precision.max(r.precision),
                    open_high: if r.high > s.high {
                        r.open_high
                    } else if r.high == s.high {
                        s.open_high || r.open_high
                    } else {
                        s.open_high
                    },
                },
            });
        }
        span
    }
}

/// Where a figure holds, as its source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    Country(&'static Country),
    /// A region of the catalogue (`europe`), named by the message `region-<id>`.
    Region(&'a str),
    /// The source does not say.
    Unspecified,
}

/// One figure behind a stream's range: the amount and a label saying where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part<'a> {
    pub range: Range,
    pub label: Label<'a>,
}

/// Something a creator lacks for a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Followers(u64),
    Views30d(u64),
    Age(u64),
    VideoSeconds(u64),
}

/// What is still to know before eligibility is settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unsettled<'a> {
    /// The answer depends on an option that was not given; `threshold` is its rule's
    /// (0 for the country).
    Needs { option: OptionId, threshold: u64 },
    /// Short of a threshold the source says is only usual ("souvent").
    Short(Missing),
    /// A reason of the programme's own (the Fund's disputed status, no threshold).
    Because(Box<Note<'a>>),
}

/// Eligibility for one programme: one verdict, made once (see [`eligibility`]), read by
/// every reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict<'a> {
    /// Every condition met (or proved by a recent payout).
    Eligible,
    /// Something missing: what no waiting changes soon first (age, length), then counts.
    NotYet(Vec<Missing>),
    /// No source names the creator's country as open (and neither age nor video length
    /// is missing).
    NotConfirmed(&'static Country),
    /// Only unknowns remain, each named.
    ToCheck(Vec<Unsettled<'a>>),
}

impl Verdict<'_> {
    /// `true`, `false`, or `null` when not settled, as JSON shows it.
    pub fn eligible(&self) -> Option<bool> {
        match self {
            Verdict::Eligible => Some(true),
            Verdict::NotYet(_) => Some(false),
            Verdict::NotConfirmed(_) | Verdict::ToCheck(_) => None,
        }
    }

    /// Whether the stream's figure is the creator's to expect: eligible, or only
    /// unknowns left to check. Otherwise it is what the programme pays once eligible.
    pub fn pays(&self) -> bool {
        matches!(self, Verdict::Eligible | Verdict::ToCheck(_))
    }

    /// Whether the sources disagree on the programme itself (the Creator Fund: current for
    /// two articles, replaced for two others): said wherever its figure is.
    pub fn disputed(&self) -> bool {
        matches!(self, Verdict::ToCheck(what) if what.iter().any(|u| matches!(u, Unsettled::Because(note) if **note == Note::FundStatus)))
    }

    /// The verdict's name, as JSON gives it.
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Eligible => "eligible",
            Verdict::NotYet(_) => "not_yet",
            Verdict::NotConfirmed(_) => "not_confirmed",
            Verdict::ToCheck(_) => "to_check",
        }
    }
}

/// One stream's estimate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamEstimate<'a> {
    pub id: StreamId,
    pub per: Per,
    /// What the creator can expect: never set when they are not eligible.
    pub range: Option<Range>,
    /// What the stream would pay once eligible, for a creator who is not yet.
    pub once_eligible: Option<Range>,
    /// The figures behind the range, one line each, when there are several or they
    /// need a word (interpolated, by region).
    pub parts: Vec<Part<'a>>,
    pub verdict: Verdict<'a>,
    pub notes: Vec<Note<'a>>,
    pub sources: Vec<&'a str>,
    /// What a summary says first about the stream, from the creator's own figures:
    /// their rate beside the sources' when payouts give one, their audience's mix.
    pub said_first: Vec<Note<'a>>,
}

impl<'a> StreamEstimate<'a> {
    /// A stream's estimate with no figure yet: its verdict, notes and sources.
    pub fn new(
        id: StreamId,
        verdict: Verdict<'a>,
        notes: Vec<Note<'a>>,
        sources: Vec<&'a str>,
    ) -> StreamEstimate<'a> {
        StreamEstimate {
            id,
            per: streams::per(id),
            range: None,
            once_eligible: None,
            parts: Vec::new(),
            verdict,
            notes,
            sources,
            said_first: Vec::new(),
        }
    }

    /// A stream's estimate with no figure yet, judged by its [`eligibility::Eligibility`]:
    /// the verdict, what goes with it and its sources before the stream's own.
    pub fn judged(
        eligibility: eligibility::Eligibility<'a>,
        notes: Vec<Note<'a>>,
        sources: Vec<&'a str>,
    ) -> StreamEstimate<'a> {
        let mut said = eligibility.notes;
        said.extend(notes);
        let mut cited = eligibility.sources;
        push_unique(&mut cited, sources);
        StreamEstimate::new(eligibility.programme, eligibility.verdict, said, cited)
    }

    /// What it pays: the span of the figures behind it, one part each.
    pub fn priced(mut self, parts: Vec<Part<'a>>) -> StreamEstimate<'a> {
        self.range = Range::span(parts.iter().map(|p| &p.range));
        self.parts = parts;
        self
    }

    /// What it pays, as one range with no part to show.
    pub fn ranged(mut self, range: Option<Range>) -> StreamEstimate<'a> {
        self.range = range;
        self
    }
}

/// The full estimate `gains` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Estimate<'a> {
    pub currency: Currency,
    pub streams: Vec<StreamEstimate<'a>>,
}

/// Rates plus the currency amounts are written in (which never changes the estimate).
pub struct Estimator<'a> {
    pub rates: &'a Rates,
    pub currency: Currency,
    /// Set when an amount came out beyond what can be counted in cents: the figures
    /// given multiply past any amount, and the reply refuses rather than print a limit.
    overflowed: Cell<bool>,
    /// The currencies some figure was converted from, by their place in `Currency::ALL`.
    converted: Cell<u16>,
}

/// Adds sources not yet listed, keeping the order they are first cited in.
pub fn push_unique<'a>(into: &mut Vec<&'a str>, items: impl IntoIterator<Item = &'a str>) {
    for item in items {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

impl<'a> Estimator<'a> {
    pub fn new(rates: &'a Rates, currency: Currency) -> Estimator<'a> {
        Estimator {
            rates,
            currency,
            overflowed: Cell::new(false),
            converted: Cell::new(0),
        }
    }

    /// The currencies figures were converted from, for the reply to say at which rate.
    pub fn converted_from(&self) -> Vec<Currency> {
        let converted = self.converted.get();
        Currency::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| converted & (1 << i) != 0)
            .map(|(_, c)| c)
            .collect()
    }

    /// Whether some amount of this estimate could not be counted (see [`Estimator::money`]).
    pub fn overflowed(&self) -> bool {
        self.overflowed.get()
    }

    /// An exact amount in a rate's currency, converted exactly to the reply's currency.
    pub fn convert(&self, units: Decimal, from: Currency) -> Decimal {
        if from != self.currency
            && let Some(i) = Currency::ALL.iter().position(|c| *c == from)
        {
            self.converted.set(self.converted.get() | 1 << i);
        }
        self.rates.fx().convert(units, from, self.currency)
    }

    /// An exact amount in a rate's currency, in the reply's currency. It stays exact
    /// (to the cent): a converted amount is rounded once, where it is written (see
    /// [`Precision::Converted`]), never here as well.
    pub fn money(&self, units: Decimal, from: Currency) -> Money {
        let converted = self.convert(units, from);
        match Money::checked_from_units(converted, self.currency) {
            Some(money) => money,
            None => {
                self.overflowed.set(true);
                Money::new(0, self.currency)
            }
        }
    }

    /// How exact an amount from a figure in `from` is, `base` being how exact it is in
    /// that currency: a conversion makes any amount approximate.
    pub fn precision(&self, from: Currency, base: Precision) -> Precision {
        if from == self.currency {
            base
        } else {
            Precision::Converted
        }
    }

    /// A range from exact amounts in a figure's currency.
    pub fn range(
        &self,
        (low, high): (Decimal, Decimal),
        from: Currency,
        open_high: bool,
        base: Precision,
    ) -> Range {
        Range {
            low: self.money(low, from),
            high: self.money(high, from),
            open_high,
            precision: self.precision(from, base),
        }
    }

    /// Every stream, in the order replies show them.
    pub fn estimate(&self, inputs: &Inputs) -> Estimate<'a> {
        Estimate {
            currency: self.currency,
            streams: StreamId::ALL
                .iter()
                .map(|&s| self.stream(s, inputs))
                .collect(),
        }
    }

    /// One stream. A stream whose verdict does not pay shows no amount as the creator's:
    /// its figure, where it has one, is what it would pay once eligible.
    pub fn stream(&self, id: StreamId, inputs: &Inputs) -> StreamEstimate<'a> {
        let mut estimate = (streams::def(id).estimate)(self, inputs);
        if !estimate.verdict.pays() {
            estimate.once_eligible = estimate.range.take();
        }
        estimate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(low: i64, high: i64, open_high: bool) -> Range {
        Range {
            low: Money::new(low, Currency::Eur),
            high: Money::new(high, Currency::Eur),
            open_high,
            precision: Precision::Exact,
        }
    }

    #[test]
    fn a_span_is_open_when_its_highest_high_is() {
        let span = |a, b| Range::span([&a, &b]).unwrap();
        // The higher high decides, whichever comes first.
        assert_eq!(
            span(range(100, 200, true), range(150, 300, false)),
            range(100, 300, false)
        );
        assert_eq!(
            span(range(100, 300, false), range(150, 200, true)),
            range(100, 300, false)
        );
        assert_eq!(
            span(range(150, 300, true), range(100, 200, false)),
            range(100, 300, true)
        );
        // Equal highs: open if either is.
        assert_eq!(
            span(range(100, 300, false), range(150, 300, true)),
            range(100, 300, true)
        );
        assert_eq!(
            span(range(100, 300, true), range(50, 300, false)),
            range(50, 300, true)
        );
        assert_eq!(Range::span([]), None);
    }
}
