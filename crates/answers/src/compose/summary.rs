//! The first answer to a question about money, read in five seconds on a phone: what the
//! month pays for the inputs given, eligibility as a yes or a no with the one condition
//! missing, the two or three streams that apply, and the one thing that would raise the
//! estimate most. Everything else is in the reply's details, a tap away.

use catalogue::{Arg, msg};
use catalogue::{Inputs, OptionId, StreamId};
use estimate::{Per, StreamEstimate, Verdict};

use super::Ctx;
use crate::i18n::Text;
use crate::reply::Summary;

/// The programmes that pay for a month of views, the current one first.
const MONTHLY: [StreamId; 2] = [StreamId::CreatorRewards, StreamId::CreatorFund];

/// At most this many streams are named, the month's included.
const STREAMS_SHOWN: usize = 3;

impl Ctx<'_> {
    /// A stream's range with its unit (`≈ 880 € – 2 200 € par vidéo sponsorisée`).
    fn stream_range(&self, stream: &StreamEstimate) -> Option<Text> {
        let range = stream.range.as_ref()?;
        let (name, range, per) = (
            Arg::Text(self.tr(stream.id.message())),
            Arg::Text(self.range(range)),
            Arg::Text(self.tr(super::words::per(stream.per))),
        );
        Some(if stream.verdict.disputed() {
            self.tr(msg::SummaryStreamDisputed {
                stream: name,
                range,
                per,
            })
        } else {
            self.tr(msg::SummaryStream {
                stream: name,
                range,
                per,
            })
        })
    }

    /// Eligibility as a yes or a no, with the one condition that decides it.
    fn eligibility(&self, stream: &StreamEstimate) -> Text {
        let name = Arg::Text(self.tr(stream.id.message()));
        // The first missing is the one no waiting changes soon (age, video length).
        match &stream.verdict {
            Verdict::NotYet(missing) if !missing.is_empty() => self.tr(msg::SummaryNotEligible {
                stream: name,
                missing: Arg::Text(self.missing(&missing[0])),
            }),
            Verdict::NotConfirmed(country) => self.tr(msg::SummaryNotConfirmed {
                stream: name,
                country: Arg::Text(country.name(self.lang).into()),
            }),
            Verdict::ToCheck(unsettled) if !unsettled.is_empty() => self.tr(msg::SummaryUnknown {
                stream: name,
                what: Arg::Text(self.unsettled(&unsettled[0])),
            }),
            _ => self.tr(msg::SummaryEligible { stream: name }),
        }
    }

    /// The single input or threshold that would tell the creator most; `said_once` when
    /// the month's line already gave what the programme pays once eligible.
    fn raise(&self, inputs: &Inputs, streams: &[StreamEstimate], said_once: bool) -> Option<Text> {
        let hint = |option: OptionId| super::option_name(self.lang, option);
        if inputs.views.is_none() && streams.iter().any(|s| s.per == Per::Month) {
            return Some(self.tr(msg::SummaryRaiseViews {
                hint: Arg::Text((hint(OptionId::Views)).into()),
            }));
        }
        let crp = streams.iter().find(|s| s.id == StreamId::CreatorRewards);
        if let Some(crp) = crp
            && !said_once
            && let Verdict::NotYet(missing) = &crp.verdict
            && let Some(range) = &crp.once_eligible
            && !missing.is_empty()
        {
            return Some(self.tr(msg::SummaryRaiseThreshold {
                stream: Arg::Text(self.tr(crp.id.message())),
                range: Arg::Text(self.range(range)),
            }));
        }
        let brand_priced = streams
            .iter()
            .any(|s| s.id == StreamId::BrandDeal && s.range.is_some());
        if inputs.followers.is_none() && streams.iter().any(|s| s.id == StreamId::BrandDeal) {
            return Some(self.tr(msg::SummaryRaiseFollowers {
                hint: Arg::Text((hint(OptionId::Followers)).into()),
            }));
        }
        if inputs.country.is_none() && crp.is_some_and(|s| s.range.is_some()) {
            return Some(self.tr(msg::SummaryRaiseCountry {
                hint: Arg::Text((hint(OptionId::Country)).into()),
            }));
        }
        if brand_priced && inputs.niche.is_none() {
            return Some(self.tr(msg::SummaryRaiseNiche {
                hint: Arg::Text((hint(OptionId::Niche)).into()),
            }));
        }
        None
    }

    /// The summary of an estimate: the month, eligibility, the streams that apply, what
    /// would raise it.
    pub(super) fn summary(
        &self,
        title: Text,
        inputs: &Inputs,
        streams: &[StreamEstimate],
    ) -> Summary {
        let mut lines = Vec::with_capacity(6);
        let monthly: Vec<&StreamEstimate> = MONTHLY
            .iter()
            .filter_map(|id| streams.iter().find(|s| s.id == *id))
            .collect();
        let headline = monthly.iter().find(|s| s.range.is_some());
        let mut named: Vec<StreamId> = Vec::new();
        let mut said_once = false;
        match headline {
            Some(stream) => {
                if let Some(range) = &stream.range {
                    lines.push(self.tr(msg::SummaryMonth {
                        range: Arg::Text(self.range(range)),
                        stream: Arg::Text(self.tr(stream.id.message())),
                    }));
                    named.push(stream.id);
                }
            }
            None if !monthly.is_empty() && inputs.views.is_some() => {
                lines.push(
                    match monthly.iter().find_map(|s| s.once_eligible.map(|r| (s, r))) {
                        Some((stream, range)) => {
                            said_once = true;
                            self.tr(msg::SummaryMonthOnceEligible {
                                range: Arg::Text(self.range(&range)),
                                stream: Arg::Text(self.tr(stream.id.message())),
                            })
                        }
                        None => self.tr(msg::SUMMARY_MONTH_NONE),
                    },
                );
            }
            None => {}
        }
        // Their own figures (the rate their payouts give, their audience), or what the one
        // stream asked for says first (what a diamond is worth).
        let first = monthly.iter().copied().chain(streams.first());
        if let Some(stream) = first.into_iter().find(|s| !s.said_first.is_empty()) {
            lines.extend(stream.said_first.iter().map(|n| self.note(n)));
        }
        // One stream asked for: its figure first, then whether it can be had.
        if monthly.is_empty()
            && let Some(stream) = streams.first()
            && let Some(line) = self.stream_range(stream)
        {
            lines.push(line);
            named.push(stream.id);
        }
        // Eligibility for the programme that decides the month, else for the stream asked.
        if let Some(stream) = monthly.first().copied().or(streams.first()) {
            lines.push(self.eligibility(stream));
        }
        for stream in streams {
            if named.len() >= STREAMS_SHOWN {
                break;
            }
            if named.contains(&stream.id) {
                continue;
            }
            if let Some(line) = self.stream_range(stream) {
                lines.push(line);
                named.push(stream.id);
            }
        }
        if let Some(raise) = self.raise(inputs, streams, said_once) {
            lines.push(raise);
        }
        let mut summary = Summary { title, lines };
        // Within the limit whatever the words: the least useful stream line goes first.
        while summary.visible_chars() > Summary::MAX_CHARS && summary.lines.len() > 2 {
            summary.lines.remove(summary.lines.len() - 2);
        }
        summary
    }
}
