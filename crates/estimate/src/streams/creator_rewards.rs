//! Creator Rewards Program: paid per 1 000 qualified views of videos over a minute, at
//! rates that depend on where the creator lives. The country picks the figures; the
//! currency only writes them.

use rust_decimal::Decimal;

use super::Def;
use crate::Precision;
use crate::eligibility::eligibility;
use crate::own_rate::{OwnRate, own_rate};
use crate::{
    Estimator, Label, Note, Part, Per, Place, Range, StreamEstimate, Verdict, push_unique,
};
use catalogue::Inputs;
use catalogue::StreamId;
use figures::{ClaimId, Rate, Rates, Requirement, SourceKind, Unit};
use text::{Audience, Country};
use values::Money;

const ID: StreamId = StreamId::CreatorRewards;

pub(super) const DEF: Def = Def {
    per: Per::Month,
    estimate,
};

/// Where a rate holds, as its source says.
pub fn place<'a>(rate: &'a Rate) -> Place<'a> {
    if let [code] = rate.countries.as_slice()
        && let Some(country) = Country::parse(code)
    {
        return Place::Country(country);
    }
    match &rate.region {
        Some(region) => Place::Region(region),
        None => Place::Unspecified,
    }
}

fn per_1000_views(rates: &Rates) -> impl Iterator<Item = &Rate> + Clone {
    rates.stream(ID).filter(|r| r.unit == Unit::Per1000Views)
}

fn from_articles(rates: &Rates, rate: &Rate) -> bool {
    rates
        .source(&rate.source)
        .is_some_and(|s| s.kind == SourceKind::Article)
}

/// The rates that hold for a country: the articles' figures for its place (else their
/// figures with no place), and public figures for its place beside them. With no
/// country, the articles' figures for every place they cover.
pub fn applicable<'a>(rates: &'a Rates, country: Option<&Country>) -> Vec<&'a Rate> {
    let all = per_1000_views(rates);
    let Some(country) = country else {
        return all
            .filter(|r| from_articles(rates, r) && r.countries.is_empty())
            .collect();
    };
    let here = |r: &&Rate| {
        r.countries.iter().any(|c| c == country.code)
            || r.region
                .as_deref()
                .is_some_and(|region| rates.in_region(region, country.code))
    };
    let mut chosen: Vec<&Rate> = all.clone().filter(here).collect();
    if !chosen.iter().any(|r| from_articles(rates, r)) {
        chosen.extend(all.filter(|r| from_articles(rates, r) && r.placeless()));
    }
    chosen
}

/// The countries some rate is given for on its own (what `pays:` adds with no country).
fn countries_with_own_figures(rates: &Rates) -> Vec<&'static Country> {
    let mut countries: Vec<&'static Country> = Vec::new();
    for rate in per_1000_views(rates) {
        for country in rate.countries.iter().filter_map(|c| Country::parse(c)) {
            if !countries.contains(&country) {
                countries.push(country);
            }
        }
    }
    countries
}

/// The pay for `views` qualified views at each applicable rate, one part each.
pub fn parts<'a>(e: &Estimator<'a>, rates: &[&'a Rate], views: u64) -> Vec<Part<'a>> {
    let thousands = Decimal::from(views) / Decimal::ONE_THOUSAND;
    rates
        .iter()
        .map(|r| {
            let currency = r.currency.unwrap_or(e.currency);
            Part {
                range: e.range(
                    (
                        thousands.saturating_mul(r.low),
                        thousands.saturating_mul(r.high_or_low()),
                    ),
                    currency,
                    r.open_high,
                    Precision::Estimate,
                ),
                label: Label::Where {
                    framing: r.reading,
                    place: place(r),
                    sources: crate::notes::sources([r.source.as_str()]),
                },
            }
        })
        .collect()
}

/// The figure for viewers in `country`: its own, else its region's in the articles,
/// else the rest of the world's; and whether it fell to the last.
fn row_for<'a>(rates: &'a Rates, country: &Country) -> Option<(&'a Rate, bool)> {
    let all = per_1000_views(rates);
    let own = all
        .clone()
        .find(|r| r.countries.iter().any(|c| c == country.code));
    let region = || {
        all.clone().find(|r| {
            from_articles(rates, r)
                && r.region
                    .as_deref()
                    .is_some_and(|region| rates.in_region(region, country.code))
        })
    };
    match own.or_else(region) {
        Some(rate) => Some((rate, false)),
        None => all.clone().find(|r| r.rest_of_world).map(|r| (r, true)),
    }
}

/// What `views` pay with viewers spread as `audience` says: each country's share of the
/// views at its figure, added up (the mix), and one line per country saying which figure.
fn audience_parts<'a>(
    e: &Estimator<'a>,
    audience: &Audience,
    views: u64,
) -> (Part<'a>, Vec<Note<'a>>) {
    let thousands = Decimal::from(views) / Decimal::ONE_THOUSAND;
    let (mut low, mut high, mut open) = (Decimal::ZERO, Decimal::ZERO, false);
    let mut lines = Vec::new();
    let mut rest = Vec::new();
    let mut sources = Vec::new();
    let mut converted = false;
    for &(country, share) in audience.shares() {
        let Some((rate, fell)) = row_for(e.rates, country) else {
            continue;
        };
        let from = rate.currency.unwrap_or(e.currency);
        converted |= from != e.currency;
        let part = thousands * Decimal::from(share) / Decimal::ONE_HUNDRED;
        low += part * e.convert(rate.low, from);
        high += part * e.convert(rate.high_or_low(), from);
        open |= rate.open_high;
        push_unique(&mut sources, [rate.source.as_str()]);
        if fell {
            rest.push(country);
        }
        lines.push(Note::AudienceCountry {
            country,
            share: u64::from(share),
            range: e.range(
                (part * rate.low, part * rate.high_or_low()),
                from,
                rate.open_high,
                Precision::Estimate,
            ),
            place: if fell {
                Place::Unspecified
            } else {
                place(rate)
            },
            sources: crate::notes::sources([rate.source.as_str()]),
        });
    }
    if !rest.is_empty() {
        lines.push(Note::AudienceRest { countries: rest });
    }
    let precision = if converted {
        Precision::Converted
    } else {
        Precision::Estimate
    };
    let range = Range {
        low: e.money(low, e.currency),
        high: e.money(high, e.currency),
        open_high: open,
        precision,
    };
    let label = Label::AudienceMix {
        audience: *audience,
        sources: crate::notes::sources(sources),
    };
    (Part { range, label }, lines)
}

/// What the creator's own rate pays for `views`, as the first part, and the line that
/// says it beside the sources' range; a rate outside every source's range is said, since
/// it is a typo or a real outlier, both worth knowing.
fn own_part<'a>(
    e: &Estimator<'a>,
    applicable: &[&'a Rate],
    own: OwnRate,
    views: u64,
    notes: &mut Vec<Note<'a>>,
) -> (Part<'a>, Note<'a>) {
    let per_1000 = own.pays(e, 1_000);
    let range = own.pays(e, views);
    let sourced =
        |value: Decimal, rate: &Rate| e.convert(value, rate.currency.unwrap_or(e.currency));
    let lowest = applicable.iter().map(|r| sourced(r.low, r)).min();
    let highest = applicable.iter().map(|r| sourced(r.high_or_low(), r)).max();
    let open = applicable.iter().any(|r| r.open_high);
    let per_1000_sourced = lowest.zip(highest).map(|(low, high)| Range {
        low: e.money(low, e.currency),
        high: e.money(high, e.currency),
        open_high: open,
        precision: Precision::Estimate,
    });
    // Compared as shown, to two figures: a rate the reply writes as the sources' lowest
    // is not outside them.
    let shown_cents = |m: Money| m.significant(2).cents;
    if let Some(shown) = per_1000_sourced
        && let own_cents = shown_cents(per_1000.low)
        && (own_cents < shown_cents(shown.low) || (own_cents > shown_cents(shown.high) && !open))
    {
        notes.insert(
            0,
            Note::OwnRateOutside {
                rate: per_1000,
                sources: shown,
            },
        );
    }
    if own.aged {
        notes.insert(0, Note::OwnRateAged);
    }
    let payouts = own.payouts as u64;
    (
        Part {
            range,
            label: Label::OwnRate {
                rate: per_1000,
                payouts,
                newest: own.newest,
            },
        },
        Note::OwnRate {
            rate: per_1000,
            payouts,
            newest: own.newest,
            sources: per_1000_sourced,
        },
    )
}

/// The views a month the programme needs before it pays anything.
pub fn threshold(rates: &Rates) -> u64 {
    rates
        .rule(ID, Requirement::Views30d)
        .map_or(0, |rule| rule.min)
}

/// The figure in France for `views` (the country all five articles describe): what a
/// country no source confirms is shown once the programme opens there, never more.
fn capped_at_france<'a>(e: &Estimator<'a>, parts: Vec<Part<'a>>, views: u64) -> Vec<Part<'a>> {
    let france = parts_for(e, Country::parse("FR"), views);
    let span = |parts: &[Part]| Range::span(parts.iter().map(|p| &p.range));
    match (span(&parts), span(&france)) {
        (Some(own), Some(fr)) if own.high > fr.high || own.low > fr.low || own.open_high => france,
        _ => parts,
    }
}

/// Each applicable source's pay for `views` in `country`.
fn parts_for<'a>(e: &Estimator<'a>, country: Option<&Country>, views: u64) -> Vec<Part<'a>> {
    parts(e, &applicable(e.rates, country), views)
}

fn estimate<'a>(e: &Estimator<'a>, inputs: &Inputs) -> StreamEstimate<'a> {
    let rates = e.rates;
    let (mut notes, mut sources) = (Vec::new(), Vec::new());
    let eligibility = eligibility(rates, ID, inputs);
    let unconfirmed = matches!(eligibility.verdict, Verdict::NotConfirmed(_));
    let applicable = applicable(rates, inputs.country);
    let mut said_first = Vec::new();
    let mut parts = match inputs.views {
        Some(views) if views >= threshold(rates) => match inputs.audience {
            Some(audience) => {
                let (part, lines) = audience_parts(e, &audience, views);
                said_first.push(Note::Audience(audience));
                notes.extend(lines);
                vec![part]
            }
            None if unconfirmed => {
                let parts = capped_at_france(e, parts(e, &applicable, views), views);
                notes.push(Note::AtMostFrance);
                parts
            }
            None => parts(e, &applicable, views),
        },
        Some(_) => {
            notes.push(Note::BelowThreshold {
                threshold: threshold(rates),
            });
            Vec::new()
        }
        // The verdict already asks for the views.
        None => Vec::new(),
    };
    for part in &parts {
        push_unique(&mut sources, part.label.cited().iter().copied());
    }
    let own = inputs.paid.as_ref().and_then(|paid| own_rate(e, paid));
    let mut range = Range::span(parts.iter().map(|p| &p.range));
    if let (Some(own), Some(views), false) = (own, inputs.views, parts.is_empty()) {
        let (part, line) = own_part(e, &applicable, own, views, &mut notes);
        range = Some(part.range);
        parts.insert(0, part);
        said_first.insert(0, line);
    }
    if inputs.country.is_none() && inputs.audience.is_none() && !parts.is_empty() {
        notes.push(Note::CrpByRegion {
            countries: countries_with_own_figures(rates),
        });
    } else if parts.len() > 1 {
        notes.push(Note::SourcesDisagree);
    }
    let qualified = rates.claim(ClaimId::CrpQualifiedViews);
    push_unique(&mut sources, qualified.sources.iter().map(String::as_str));
    notes.push(Note::Claim(qualified));
    let mut estimate = StreamEstimate::judged(eligibility, notes, sources);
    estimate.range = range;
    estimate.parts = parts;
    estimate.said_first = said_first;
    estimate
}
