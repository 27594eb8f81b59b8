//! The estimator's facts in words: where a figure comes from ([`Label`]), what else to
//! know ([`Note`]), what is missing or unsettled, and the claims of the rate files. One
//! arm per fact, each naming the message that words it.

use catalogue::{Arg, Msg, OptionId, msg};
use estimate::{Label, Missing, Note, Part, Place, Range, UnitValue, Unsettled, Verdict};
use figures::{Claim, Framing};
use values::{Money, Percent};

use super::{Ctx, option_name};
use crate::i18n::Text;

impl Ctx<'_> {
    fn text<'t>(&self, text: impl Into<std::borrow::Cow<'t, str>>) -> Arg<'t> {
        Arg::Text(text.into())
    }

    fn cited<'t>(&self, sources: &[&str]) -> Arg<'t> {
        Arg::Text(self.citations(sources).into())
    }

    fn ranged<'t>(&self, range: &Range) -> Arg<'t> {
        Arg::Text(self.range(range))
    }

    fn unit(&self, value: &UnitValue) -> Arg<'static> {
        Arg::Price(value.units, value.currency)
    }

    pub(super) fn place(&self, place: &Place) -> Text {
        match place {
            Place::Country(country) => Text::Borrowed(country.name(self.lang)),
            Place::Region(region) => self.tr(super::words::region(region)),
            Place::Unspecified => self.tr(msg::REGION_UNSPECIFIED),
        }
    }

    fn countries(&self, countries: &[&'static text::Country]) -> String {
        countries
            .iter()
            .map(|c| c.name(self.lang))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn niches(&self, niches: &[catalogue::Niche]) -> String {
        niches
            .iter()
            .map(|n| self.tr(n.message()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The citations of a claim's sources, as a message takes them.
    pub(super) fn claim_sources<'t>(&self, claim: &Claim) -> Arg<'t> {
        let sources: Vec<&str> = claim.sources.iter().map(String::as_str).collect();
        self.cited(&sources)
    }

    /// A claim of the rate files in its own words (`claim-<id>`), with its figures.
    pub(super) fn claim(&self, claim: &Claim) -> Text {
        self.tr(self.claim_msg(claim))
    }

    /// A claim's figures as its message takes them: the loader checked every name.
    fn claim_msg<'c>(&self, claim: &'c Claim) -> Msg<'c> {
        let id = claim.message;
        let name = |n: &str| id.variables().iter().copied().find(|v| *v == n);
        let currency = claim.currency.unwrap_or(values::Currency::Eur);
        let figures = claim
            .counts
            .iter()
            .filter_map(|(n, v)| Some((name(n)?, Arg::Count(*v))))
            .chain(
                claim
                    .percents
                    .iter()
                    .filter_map(|(n, v)| Some((name(n)?, Arg::Percent(Percent(*v))))),
            )
            .chain(claim.money.iter().filter_map(|(n, v)| {
                Some((name(n)?, Arg::Money(Money::from_units(*v, currency))))
            }));
        let sources: Vec<&str> = claim.sources.iter().map(String::as_str).collect();
        let source = name("source").map(|n| (n, self.cited(&sources)));
        Msg::dynamic(id, figures.chain(source))
    }

    /// What a stream's note says.
    pub(super) fn note(&self, note: &Note) -> Text {
        match note {
            Note::Claim(claim) => self.claim(claim),
            Note::Needs(hints) => self.tr(msg::NoteNeedsOption {
                hint: self.text(self.hints(hints)),
            }),
            Note::CountryConfirmed { country, sources } => self.tr(msg::NoteCountryConfirmed {
                country: self.text(country.name(self.lang)),
                source: self.cited(sources),
            }),
            Note::SourcesDisagree => self.tr(msg::NOTE_SOURCES_DISAGREE),
            Note::FundStatus => self.tr(msg::UNSETTLED_FUND_STATUS),
            Note::SubscriptionsNoFigure => self.tr(msg::NOTE_SUBSCRIPTIONS_NO_FIGURE),
            Note::NoThreshold => self.tr(msg::UNSETTLED_NO_THRESHOLD),
            Note::NoPublicRate => self.tr(msg::NOTE_NO_PUBLIC_RATE),
            Note::Revenue { sales } => self.tr(msg::NoteRevenue {
                sales: Arg::Count(*sales),
            }),
            Note::BrandOpen(claim) => {
                let sources: Vec<&str> = claim.sources.iter().map(String::as_str).collect();
                self.tr(msg::UnsettledBrandOpen {
                    low: Arg::Count(claim.count("low")),
                    high: Arg::Count(claim.count("high")),
                    source: self.cited(&sources),
                })
            }
            Note::BrandNoPrice { followers } => self.tr(msg::NoteBrandNoPrice {
                followers: Arg::Count(*followers),
            }),
            Note::BrandLastFigure { followers } => self.tr(msg::NoteBrandLastFigure {
                followers: Arg::Count(*followers),
            }),
            Note::BrandEngagement {
                above,
                engagement,
                typical,
                sources,
            } => {
                let (engagement, typical, source) = (
                    Arg::Percent(*engagement),
                    Arg::Percent(*typical),
                    self.cited(sources),
                );
                if *above {
                    self.tr(msg::NoteBrandEngagementAbove {
                        engagement,
                        typical,
                        source,
                    })
                } else {
                    self.tr(msg::NoteBrandEngagementBelow {
                        engagement,
                        typical,
                        source,
                    })
                }
            }
            Note::BrandEngagedAudiences => self.tr(msg::NOTE_BRAND_ENGAGED_AUDIENCES),
            Note::LiveUnitValues {
                diamond,
                coins,
                coins_source,
                coin,
                share,
                share_source,
            } => self.tr(msg::NoteLiveUnitValues {
                diamond: self.unit(diamond),
                diamond_source: self.cited(&[diamond.source]),
                coins: Arg::Decimal(*coins),
                coins_source: self.cited(&[coins_source]),
                coin: self.unit(coin),
                coin_source: self.cited(&[coin.source]),
                share: Arg::Percent(*share),
                share_source: self.cited(&[share_source]),
            }),
            Note::LiveShareDisagrees { implied, share } => self.tr(msg::NoteLiveShareDisagrees {
                implied: Arg::Percent(implied.significant(2)),
                share: Arg::Percent(*share),
            }),
            Note::NeedsGifts => self.tr(msg::NoteNeedsGifts {
                coins: self.text(self.hint(OptionId::Coins, None)),
                diamonds: self.text(self.hint(OptionId::Diamonds, None)),
            }),
            Note::NoCommission => self.tr(msg::NOTE_NO_COMMISSION),
            Note::VideoGiftsLikeLive => self.tr(msg::NOTE_VIDEO_GIFTS_LIKE_LIVE),
            Note::AudienceCountry {
                country,
                share,
                range,
                place,
                sources,
            } => self.tr(msg::NoteAudienceCountry {
                country: self.text(country.name(self.lang)),
                share: Arg::Count(*share),
                range: self.ranged(range),
                place: self.text(self.place(place)),
                source: self.cited(sources),
            }),
            Note::AudienceRest { countries } => self.tr(msg::NoteAudienceRest {
                countries: self.text(self.countries(countries)),
            }),
            Note::OwnRateOutside { rate, sources } => self.tr(msg::NoteOwnRateOutside {
                rate: self.ranged(rate),
                sources: self.ranged(sources),
            }),
            Note::OwnRateAged => self.tr(msg::NOTE_OWN_RATE_AGED),
            Note::OwnRate {
                rate,
                payouts,
                newest,
                sources,
            } => self.tr(msg::SummaryOwnRate {
                rate: self.ranged(rate),
                payouts: Arg::Count(*payouts),
                newest: self.text(self.month(Some(newest.year()), newest.number())),
                sources: sources.map_or(Arg::Text("".into()), |s| self.ranged(&s)),
            }),
            Note::Audience(audience) => self.tr(msg::SummaryAudience {
                audience: self.text(self.audience(audience)),
            }),
            Note::AtMostFrance => self.tr(msg::NOTE_AT_MOST_FRANCE),
            Note::BelowThreshold { threshold } => self.tr(msg::NoteBelowThreshold {
                threshold: Arg::Count(*threshold),
            }),
            Note::CrpByRegion { countries } => self.tr(msg::NoteCrpByRegion {
                countries: self.text(self.countries(countries)),
            }),
        }
    }

    /// One figure behind a stream's range, and where it comes from.
    pub(super) fn part(&self, part: &Part) -> Text {
        let range = self.ranged(&part.range);
        match &part.label {
            Label::Source { sources } => self.tr(msg::PartSource {
                range,
                source: self.cited(sources),
            }),
            Label::Extrapolated { views, sources } => self.tr(msg::PartSourceExtrapolated {
                range,
                source: self.cited(sources),
                views: Arg::Count(*views),
            }),
            Label::Between { from, to, sources } => self.tr(msg::PartSourceBetween {
                range,
                source: self.cited(sources),
                from: Arg::Count(*from),
                to: Arg::Count(*to),
            }),
            Label::Where {
                framing,
                place,
                sources,
            } => {
                let (place, source) = (self.text(self.place(place)), self.cited(sources));
                match framing {
                    None => self.tr(msg::PartWhere {
                        place,
                        range,
                        source,
                    }),
                    Some(Framing::Often) => self.tr(msg::PartWhereOften {
                        place,
                        range,
                        source,
                    }),
                    Some(Framing::Span) => self.tr(msg::PartWhereSpan {
                        place,
                        range,
                        source,
                    }),
                }
            }
            Label::AudienceMix { audience, sources } => self.tr(msg::PartAudienceMix {
                audience: self.text(self.audience(audience)),
                range,
                source: self.cited(sources),
            }),
            Label::OwnRate {
                rate,
                payouts,
                newest,
            } => self.tr(msg::PartOwnRate {
                newest: self.text(self.month(Some(newest.year()), newest.number())),
                payouts: Arg::Count(*payouts),
                range,
                rate: self.ranged(rate),
            }),
            Label::NicheOrGeneral {
                niche_range,
                general_range,
                followers,
                niches,
                sources,
            } => self.tr(msg::PartNicheOrGeneral {
                followers: Arg::Count(*followers),
                general_range: self.ranged(general_range),
                niche_range: self.ranged(niche_range),
                niches: self.text(self.niches(niches)),
                range,
                source: self.cited(sources),
            }),
            Label::Interpolated {
                hot,
                from,
                to,
                from_range,
                to_range,
                niches,
                sources,
            } => {
                let (from, to) = (Arg::Count(*from), Arg::Count(*to));
                let (from_range, to_range) = (self.ranged(from_range), self.ranged(to_range));
                let source = self.cited(sources);
                if *hot {
                    self.tr(msg::PartInterpolatedHot {
                        from,
                        from_range,
                        niches: self.text(self.niches(niches)),
                        range,
                        source,
                        to,
                        to_range,
                    })
                } else {
                    self.tr(msg::PartInterpolated {
                        from,
                        from_range,
                        range,
                        source,
                        to,
                        to_range,
                    })
                }
            }
            Label::Anchor {
                hot,
                followers,
                niches,
                sources,
            } => {
                let (followers, source) = (Arg::Count(*followers), self.cited(sources));
                if *hot {
                    self.tr(msg::PartAnchorHot {
                        followers,
                        niches: self.text(self.niches(niches)),
                        range,
                        source,
                    })
                } else {
                    self.tr(msg::PartAnchor {
                        followers,
                        range,
                        source,
                    })
                }
            }
            Label::LiveConverters {
                coins,
                diamond,
                sources,
            } => self.tr(msg::PartLiveConverters {
                coins: Arg::Decimal(*coins),
                diamond: self.unit(diamond),
                range,
                source: self.cited(sources),
            }),
            Label::LiveShare {
                share,
                coin,
                sources,
            } => self.tr(msg::PartLiveShare {
                coin: self.unit(coin),
                range,
                share: Arg::Percent(*share),
                source: self.cited(sources),
            }),
            Label::LiveDiamonds { diamond, sources } => self.tr(msg::PartLiveDiamonds {
                diamond: self.unit(diamond),
                range,
                source: self.cited(sources),
            }),
            Label::LiveShareDiamonds {
                coins,
                per_diamond,
                share,
                coin,
                sources,
            } => self.tr(msg::PartLiveShareDiamonds {
                coin: self.unit(coin),
                coins: Arg::Decimal(*coins),
                per_diamond: self.cited(&[per_diamond]),
                range,
                share: Arg::Percent(*share),
                source: self.cited(sources),
            }),
        }
    }

    pub(super) fn missing(&self, missing: &Missing) -> Text {
        match *missing {
            Missing::Followers(n) => self.tr(msg::MissingFollowers {
                count: Arg::Count(n),
            }),
            Missing::Views30d(n) => self.tr(msg::MissingViews {
                count: Arg::Count(n),
            }),
            Missing::Age(min) => self.tr(msg::MissingAge {
                min: Arg::Count(min),
            }),
            Missing::VideoSeconds(_) => self.tr(msg::MISSING_LENGTH),
        }
    }

    pub(super) fn unsettled(&self, unsettled: &Unsettled) -> Text {
        match unsettled {
            Unsettled::Needs { option, threshold } => {
                let (threshold, option_text) = (
                    Arg::Count(*threshold),
                    self.text(option_name(self.lang, *option)),
                );
                match option {
                    OptionId::Followers => self.tr(msg::UnsettledNeedsFollowers {
                        option: option_text,
                        threshold,
                    }),
                    OptionId::Views | OptionId::Views30d => self.tr(msg::UnsettledNeedsViews {
                        option: option_text,
                        threshold,
                    }),
                    OptionId::Age => self.tr(msg::UnsettledNeedsAge {
                        option: option_text,
                        threshold,
                    }),
                    OptionId::Country => self.tr(msg::UnsettledNeedsCountry {
                        option: option_text,
                    }),
                    _ => self.tr(msg::UnsettledNeedsLength {
                        option: option_text,
                        threshold,
                    }),
                }
            }
            Unsettled::Short(missing) => self.tr(msg::UnsettledShort {
                missing: self.text(self.missing(missing)),
            }),
            Unsettled::Because(note) => self.note(note),
        }
    }

    /// What is missing or still to know, one sentence each (also the JSON `missing`
    /// list); the country no source confirms, for a verdict not confirmed.
    pub(super) fn verdict_details(&self, verdict: &Verdict) -> Vec<Text> {
        match verdict {
            Verdict::Eligible => Vec::new(),
            Verdict::NotYet(missing) => missing.iter().map(|m| self.missing(m)).collect(),
            Verdict::NotConfirmed(country) => vec![Text::Borrowed(country.name(self.lang))],
            Verdict::ToCheck(what) => what.iter().map(|u| self.unsettled(u)).collect(),
        }
    }

    pub(super) fn verdict_line(&self, verdict: &Verdict, details: &[Text]) -> Text {
        let list = Arg::Text(details.join(self.separator).into());
        match verdict {
            Verdict::Eligible => self.tr(msg::VERDICT_ELIGIBLE),
            Verdict::NotYet(_) => self.tr(msg::VerdictNotEligible { missing: list }),
            Verdict::NotConfirmed(_) => self.tr(msg::VerdictNotConfirmed { country: list }),
            Verdict::ToCheck(_) => self.tr(msg::VerdictUnknown { what: list }),
        }
    }

    pub(super) fn verdict(&self, verdict: &Verdict) -> Text {
        self.verdict_line(verdict, &self.verdict_details(verdict))
    }

    /// The verdict above a checklist that already says what is missing or not given:
    /// only the reasons the checklist does not hold.
    pub(super) fn verdict_over_checklist(&self, verdict: &Verdict) -> Text {
        match verdict {
            Verdict::NotYet(_) => self.tr(msg::VERDICT_NOT_ELIGIBLE_SHORT),
            Verdict::ToCheck(what) => {
                let reasons: Vec<Text> = what
                    .iter()
                    .filter(|u| matches!(u, Unsettled::Because(_)))
                    .map(|u| self.unsettled(u))
                    .collect();
                if reasons.is_empty() {
                    self.tr(msg::VERDICT_UNKNOWN_SHORT)
                } else {
                    self.verdict_line(verdict, &reasons)
                }
            }
            Verdict::Eligible | Verdict::NotConfirmed(_) => self.verdict(verdict),
        }
    }
}
