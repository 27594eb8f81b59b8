//! Builds localized replies from parsed commands: the pieces every answer shares
//! (ranges, verdicts, notes, source footers) live here, the answers in submodules.

pub mod account;
mod estimates;
mod info;
mod plans;

use super::catalogue::{CommandId, OptionId, option};
use super::estimate::{Missing, Note, Range, StreamEstimate, Unsettled, Verdict};
use super::invocation::Invocation;
use super::rates::{Programme, RateRegion, Rates, Requirement};
use super::reply::{Field, Reply, StreamSummary};
use crate::i18n::{Args, Text, tr, tr_args};
use crate::values::Currency;
use crate::values::Lang;
use crate::values::Percent;

pub use info::{input_error, question_pointer};

/// What answering needs besides the command: the rates and the reply language.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub rates: &'a Rates,
    pub lang: Lang,
}

impl Ctx<'_> {
    fn tr(&self, id: &str) -> Text {
        tr(self.lang, id)
    }

    fn tr_args(&self, id: &str, args: Args) -> Text {
        tr_args(self.lang, id, &args)
    }

    /// The currency asked for, else the one the language's readers use.
    fn currency(&self, asked: Option<Currency>) -> Currency {
        asked.unwrap_or(reader_currency(self.lang))
    }

    fn option_hint(&self, id: OptionId) -> String {
        option(id).hint(self.lang)
    }

    fn range(&self, range: &Range) -> Text {
        if range.low == range.high && !range.open_high {
            return self.tr_args("range-single", Args::new().money("amount", range.low));
        }
        let id = if range.open_high {
            "range-open"
        } else {
            "range"
        };
        self.tr_args(
            id,
            Args::new()
                .money("low", range.low)
                .money("high", range.high),
        )
    }

    fn missing(&self, missing: &Missing) -> Text {
        match *missing {
            Missing::Followers(n) => {
                self.tr_args("missing-followers", Args::new().count("count", n))
            }
            Missing::Views30d(n) => self.tr_args("missing-views", Args::new().count("count", n)),
            Missing::Age(min) => self.tr_args("missing-age", Args::new().count("min", min)),
            Missing::VideoSeconds(min) => {
                self.tr_args("missing-length", Args::new().count("min", min))
            }
            Missing::Replaced => self.tr("missing-replaced"),
        }
    }

    fn unsettled(&self, unsettled: &Unsettled) -> Text {
        match unsettled {
            Unsettled::Needs(id) => {
                let spec = option(*id);
                self.tr_args(
                    "unsettled-needs",
                    Args::new()
                        .text("option", spec.name(self.lang))
                        .text("example", spec.example),
                )
            }
            Unsettled::CountryUnconfirmed => self.tr("unsettled-country"),
            Unsettled::NoPublicThreshold => self.tr("unsettled-no-threshold"),
        }
    }

    /// What is missing or unsettled, one sentence each (also the JSON `missing` list).
    fn verdict_details(&self, verdict: &Verdict) -> Vec<Text> {
        match verdict {
            Verdict::Eligible => Vec::new(),
            Verdict::NotEligible(missing) => missing.iter().map(|m| self.missing(m)).collect(),
            Verdict::Unknown(what) => what.iter().map(|u| self.unsettled(u)).collect(),
        }
    }

    fn verdict_line(&self, verdict: &Verdict, details: &[Text]) -> Text {
        let list = details.join(" ; ");
        match verdict {
            Verdict::Eligible => self.tr("verdict-eligible"),
            Verdict::NotEligible(_) => {
                self.tr_args("verdict-not-eligible", Args::new().text("missing", list))
            }
            Verdict::Unknown(_) => self.tr_args("verdict-unknown", Args::new().text("what", list)),
        }
    }

    fn verdict(&self, verdict: &Verdict) -> Text {
        self.verdict_line(verdict, &self.verdict_details(verdict))
    }

    fn note(&self, note: &Note) -> Text {
        match note {
            Note::RegionAssumed(RateRegion::Europe) => self.tr("note-region-europe"),
            Note::RegionAssumed(RateRegion::Global) => self.tr("note-region-global"),
            Note::AssumesAdult => self.tr("note-assumes-adult"),
            Note::AssumesLongVideos => self.tr("note-assumes-long-videos"),
            Note::QualifiedViewsOnly => self.tr("note-qualified-views"),
            Note::SourcesDisagree => self.tr("note-sources-disagree"),
            Note::FundReplaced => self.tr("note-fund-replaced"),
            Note::AssumesEngagedAudience { reference } => self.tr_args(
                "note-engaged-audience",
                Args::new().percent("reference", Percent(*reference)),
            ),
            Note::EngagementScaled { effective } => self.tr_args(
                "note-engagement-scaled",
                Args::new().count("effective", *effective),
            ),
            Note::HotNiche => self.tr("note-hot-niche"),
            Note::NoPriceAtThisSize => {
                let min = self
                    .rates
                    .rule(Programme::BrandDeal, Requirement::Followers)
                    .map_or(0, |r| r.min);
                self.tr_args("note-no-price-size", Args::new().count("followers", min))
            }
            Note::PerSponsoredPost => self.tr("note-per-post"),
            Note::NeedsGifts => self.tr_args(
                "note-needs-gifts",
                Args::new()
                    .text("coins", self.option_hint(OptionId::Coins))
                    .text("diamonds", self.option_hint(OptionId::Diamonds)),
            ),
            Note::LiveShareDisagrees => {
                let share = self.rates.get("live_creator_share").low;
                let per_diamond = self.rates.get("live_coins_per_diamond").low;
                self.tr_args(
                    "note-live-share",
                    Args::new()
                        .percent("share", Percent(share))
                        .decimal("coins", per_diamond),
                )
            }
            Note::FromDiamonds => self.tr("note-from-diamonds"),
            Note::NoPublicCommission => self.tr("note-no-commission"),
            Note::NeedsOptions(ids) => {
                let mut hints = String::with_capacity(24 * ids.len());
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        hints.push(' ');
                    }
                    option(*id).push_hint(&mut hints, self.lang);
                }
                self.tr_args("note-needs-option", Args::new().text("hint", hints))
            }
            Note::RevenueNotProfit {
                sales_low,
                sales_high,
            } if sales_low == sales_high => {
                self.tr_args("note-revenue-exact", Args::new().count("sales", *sales_low))
            }
            Note::RevenueNotProfit {
                sales_low,
                sales_high,
            } => self.tr_args(
                "note-revenue",
                Args::new()
                    .count("low", *sales_low)
                    .count("high", *sales_high),
            ),
            Note::NoPublicRate => self.tr("note-no-public-rate"),
        }
    }

    /// The sources' labels, written one after the other with `separator` between them.
    fn source_labels(&self, sources: &[&str], separator: &str) -> String {
        let mut labels = String::with_capacity(24 * sources.len());
        for (i, source) in sources.iter().enumerate() {
            if i > 0 {
                labels.push_str(separator);
            }
            labels.push_str(self.rates.source_label(source));
        }
        labels
    }

    fn footer(&self, sources: &[&str]) -> Option<Text> {
        if sources.is_empty() {
            return None;
        }
        Some(self.tr_args(
            "footer-sources",
            Args::new().text("list", self.source_labels(sources, ", ")),
        ))
    }

    /// A stream as a reply field (range, verdict, per-source ranges when they differ,
    /// notes) and as machine-readable data, sharing the localized sentences. Streams
    /// often share a verdict ("give followers: to check"): `seen` words each one once.
    fn stream(
        &self,
        stream: &StreamEstimate,
        currency: Currency,
        seen: &mut Vec<(Verdict, Vec<Text>, Text)>,
    ) -> (Field, StreamSummary) {
        let (details, verdict_line) = match seen.iter().find(|(v, _, _)| *v == stream.verdict) {
            Some((_, details, line)) => (details.clone(), line.clone()),
            None => {
                let details = self.verdict_details(&stream.verdict);
                let line = self.verdict_line(&stream.verdict, &details);
                seen.push((stream.verdict.clone(), details.clone(), line.clone()));
                (details, line)
            }
        };
        let mut lines = Vec::with_capacity(2 + stream.by_source.len() + stream.notes.len());
        if let Some(range) = &stream.range {
            lines.push(self.range(range));
        }
        lines.push(verdict_line);
        if stream.by_source.len() > 1 {
            for part in &stream.by_source {
                lines.push(
                    self.tr_args(
                        "by-source",
                        Args::new()
                            .text("range", self.range(&part.range))
                            .text("source", self.source_labels(&part.sources, " + ")),
                    ),
                );
            }
        }
        lines.extend(stream.notes.iter().map(|n| self.note(n)));
        let field = Field {
            name: self.tr(stream.id.message()),
            lines,
        };
        let summary = StreamSummary {
            id: stream.id,
            low_cents: stream.range.map(|r| r.low.cents),
            high_cents: stream.range.map(|r| r.high.cents),
            currency,
            eligible: stream.verdict.eligible(),
            missing: details,
            sources: stream.sources.iter().map(|s| (*s).to_owned()).collect(),
        };
        (field, summary)
    }
}

/// The currency a language's readers think in when they name none: euros for French
/// readers, dollars for English ones. It changes how amounts are written, never the estimate.
pub fn reader_currency(lang: Lang) -> Currency {
    match lang {
        Lang::Fr => Currency::Eur,
        Lang::En => Currency::Usd,
    }
}

/// Answers a parsed command that needs no saved data; personal commands need the
/// service, which knows who is asking (see `crate::service`).
pub fn answer(ctx: Ctx, invocation: &Invocation) -> Reply {
    let inputs = &invocation.inputs;
    match invocation.command.id {
        CommandId::Gains => estimates::gains(ctx, inputs),
        CommandId::Eligibility => estimates::eligibility(ctx, inputs),
        CommandId::Sponsorship => estimates::single_stream(ctx, CommandId::Sponsorship, inputs),
        CommandId::Live => estimates::single_stream(ctx, CommandId::Live, inputs),
        CommandId::Product => estimates::single_stream(ctx, CommandId::Product, inputs),
        CommandId::Affiliate => estimates::single_stream(ctx, CommandId::Affiliate, inputs),
        CommandId::Goal => plans::goal(ctx, inputs),
        CommandId::Projection => plans::projection(ctx, inputs),
        CommandId::Engagement => plans::engagement(ctx, inputs),
        CommandId::Sources => info::sources(ctx),
        CommandId::Faq => info::faq(ctx, inputs.topic),
        CommandId::Help => info::help(ctx, inputs.command),
        id @ (CommandId::Profile
        | CommandId::Stats
        | CommandId::Language
        | CommandId::Forget
        | CommandId::Export) => account::no_identity(ctx, id),
    }
}
