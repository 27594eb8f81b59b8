//! Answers that estimate money: the full `gains`, one stream at a time, and eligibility.

use super::{Ctx, conditions};
use crate::i18n::Text;
use crate::reply::{Card, CardRow, Reply};
use catalogue::CommandId;
use catalogue::StreamId;
use catalogue::{Arg, MessageId, msg};
use catalogue::{InputError, Inputs};
use estimate::{Estimator, Note, StreamEstimate, Verdict, push_unique};
use figures::ClaimId;
use values::Money;

fn estimator<'a>(ctx: &Ctx<'a>, inputs: &Inputs) -> Estimator<'a> {
    Estimator::new(ctx.rates, ctx.currency(inputs))
}

fn all_sources<'a>(streams: &[StreamEstimate<'a>]) -> Vec<&'a str> {
    let mut sources: Vec<&'a str> = Vec::new();
    for s in streams {
        push_unique(&mut sources, s.sources.iter().copied());
    }
    sources
}

fn with_streams(
    ctx: &Ctx,
    mut reply: Reply,
    streams: &[StreamEstimate],
    estimator: &Estimator,
) -> Reply {
    let mut summaries = Vec::with_capacity(streams.len());
    let mut seen = Vec::new();
    for stream in streams {
        let (field, summary) = ctx.stream(stream, estimator.currency, &mut seen);
        reply.fields.push(field);
        summaries.push(summary);
    }
    if let Some(line) = ctx.fx_line(&estimator.converted_from(), estimator.currency) {
        reply = reply.line(line);
    }
    ctx.cite(&mut reply, &all_sources(streams));
    reply.streams = Some(summaries);
    reply
}

/// The full estimate: every stream with its range and unit, eligibility, notes and sources.
pub fn gains(ctx: Ctx, inputs: &Inputs) -> Reply {
    let estimator = estimator(&ctx, inputs);
    let estimate = estimator.estimate(inputs);
    if estimator.overflowed() {
        return super::input_error(ctx.lang, &InputError::Overflow);
    }
    let title = match inputs.views {
        Some(views) => ctx.tr(msg::GainsTitle {
            views: Arg::Count(views),
        }),
        None => ctx.tr(msg::GAINS_TITLE_NO_VIEWS),
    };
    let summary = ctx.summary(title.clone(), inputs, &estimate.streams);
    let mut reply = Reply::new(CommandId::Gains, ctx.lang, title).line(ctx.tr(msg::GAINS_INTRO));
    if let Some(line) = ctx.currency_line(inputs) {
        reply = reply.line(line);
    }
    if let Some(followers) = inputs.followers {
        reply = reply.line(ctx.tr(msg::GainsFollowers {
            followers: Arg::Count(followers),
        }));
    }
    let mut reply = with_streams(&ctx, reply, &estimate.streams, &estimator);
    reply.summary = Some(summary);
    if inputs.card == Some(true) {
        reply.card = Some(Box::new(card(
            &ctx,
            inputs,
            &estimate.streams,
            reply.footer.clone(),
        )));
    }
    reply
}

/// The result card for an estimate: one bar per stream with a figure, worded short,
/// each with its unit.
fn card(ctx: &Ctx, inputs: &Inputs, streams: &[StreamEstimate], footer: Option<Text>) -> Card {
    let subtitle = match (inputs.views, inputs.followers) {
        (Some(views), Some(followers)) => ctx.tr(msg::CardSubtitleFollowers {
            views: Arg::Count(views),
            followers: Arg::Count(followers),
        }),
        (Some(views), None) => ctx.tr(msg::CardSubtitle {
            views: Arg::Count(views),
        }),
        _ => ctx.tr(msg::GAINS_TITLE_NO_VIEWS),
    };
    let rows = streams
        .iter()
        .filter(|s| s.range.is_some() || s.verdict.eligible().is_some())
        .map(|s| {
            let money = |m| {
                ctx.tr(msg::RangeSingle {
                    amount: Arg::Money(m),
                })
            };
            let (low, high) = match s.range.map(|r| (r, ctx.shown(&r))) {
                Some((r, (low, high))) if r.open_high => (
                    money(low),
                    ctx.tr(msg::CardOpen {
                        amount: Arg::Money(high),
                    }),
                ),
                Some((_, (low, high))) => (money(low), money(high)),
                None => (ctx.tr(msg::CARD_NO_FIGURE), Text::Borrowed("")),
            };
            let status = match &s.verdict {
                Verdict::Eligible => ctx.tr(msg::CARD_ELIGIBLE),
                Verdict::NotYet(missing) => match missing.first() {
                    Some(m) => ctx.missing(m),
                    None => ctx.tr(msg::CARD_NOT_ELIGIBLE),
                },
                Verdict::NotConfirmed(country) => ctx.tr(msg::CardNotConfirmed {
                    country: Arg::Text(country.name(ctx.lang).into()),
                }),
                Verdict::ToCheck(_) => ctx.tr(msg::CARD_UNKNOWN),
            };
            CardRow {
                name: ctx.tr(s.id.message()),
                per: ctx.tr(super::words::per(s.per)),
                range: s.range.map(|r| (r.low, r.high, r.open_high)),
                low,
                high,
                eligible: s.verdict.eligible(),
                status,
            }
        })
        .collect();
    Card {
        subtitle,
        rows,
        chart: Vec::new(),
        footer: footer.unwrap_or_default(),
    }
}

/// One stream, for `partenariat`, `live`, `produit` and `affiliation`.
pub fn single_stream(
    ctx: Ctx,
    command: CommandId,
    stream: StreamId,
    title: MessageId,
    inputs: &Inputs,
) -> Reply {
    let estimator = estimator(&ctx, inputs);
    let estimate = estimator.stream(stream, inputs);
    if estimator.overflowed() {
        return super::input_error(ctx.lang, &InputError::Overflow);
    }
    let mut reply = Reply::new(command, ctx.lang, ctx.tr(title));
    if let Some(line) = ctx.currency_line(inputs) {
        reply = reply.line(line);
    }
    let streams = std::slice::from_ref(&estimate);
    let summary = ctx.summary(reply.title.clone(), inputs, streams);
    let mut reply = with_streams(&ctx, reply, streams, &estimator);
    reply.summary = Some(summary);
    reply
}

/// A sponsored video's price for the audience; with an offer received (`prix:150`), where
/// it stands against that price, compared as shown, to two figures.
pub fn sponsorship(ctx: Ctx, inputs: &Inputs) -> Reply {
    let (stream, title) = (StreamId::BrandDeal, msg::TITLE_SPONSORSHIP);
    let mut reply = single_stream(ctx, CommandId::Sponsorship, stream, title, inputs);
    let estimator = estimator(&ctx, inputs);
    let priced = estimator.stream(stream, inputs).range;
    let (Some((cents, from)), Some(range)) = (inputs.price, priced) else {
        return reply;
    };
    let from = from.unwrap_or(estimator.currency);
    let offer = Money::new(cents, from);
    let (low, high) = ctx.shown(&range);
    let compared = estimator.money(offer.units(), from).significant(2).cents;
    let (offer, range_text) = (Arg::Money(offer), Arg::Text(ctx.range(&range)));
    let line = if compared < low.cents {
        ctx.tr(msg::OfferBelow {
            offer,
            range: range_text,
        })
    } else if !range.open_high && compared > high.cents {
        ctx.tr(msg::OfferAbove {
            offer,
            range: range_text,
        })
    } else {
        ctx.tr(msg::OfferWithin {
            offer,
            range: range_text,
        })
    };
    if let Some(summary) = &mut reply.summary {
        summary.lines.insert(0, line.clone());
    }
    reply.lines.insert(0, line);
    reply
}

/// Every programme's conditions and where the creator stands against each.
pub fn eligibility(ctx: Ctx, inputs: &Inputs) -> Reply {
    let estimator = estimator(&ctx, inputs);
    let rates = ctx.rates;
    let mut reply = Reply::new(
        CommandId::Eligibility,
        ctx.lang,
        ctx.tr(msg::TITLE_ELIGIBILITY),
    );
    let mut sources = Vec::new();
    let without_gifts = Inputs {
        coins: None,
        diamonds: None,
        ..inputs.clone()
    };
    let mut streams = Vec::new();
    for programme in conditions::PROGRAMMES {
        let stream = estimator.stream(programme, &without_gifts);
        let mut lines = vec![ctx.verdict_over_checklist(&stream.verdict)];
        let judged = estimate::eligibility::eligibility(rates, programme, inputs);
        lines.extend(conditions::lines(&ctx, &judged, |_| None, &mut sources));
        let claims: &[ClaimId] = match programme {
            StreamId::CreatorRewards => &[ClaimId::CrpReview],
            StreamId::CreatorFund => &[
                ClaimId::FundOpen,
                ClaimId::FundReplaced,
                ClaimId::FundHistory,
            ],
            StreamId::LiveGifts => &[ClaimId::LiveChain],
            _ => &[],
        };
        for &claim in claims {
            let claim = rates.claim(claim);
            lines.push(ctx.claim(claim));
            push_unique(&mut sources, claim.sources.iter().map(String::as_str));
        }
        // What the stream adds beyond its conditions (Pulse's engagement, LIVE's
        // parental consent); the conditions above already say the rest. Only what is
        // shown is cited.
        // Only what bears on the conditions: the article's one exception to 18, LIVE's
        // options at 10 000 followers, Pulse's engagement.
        let conditional = [
            ClaimId::ParentalConsent,
            ClaimId::LiveOptions10k,
            ClaimId::PulseConditions,
        ];
        for note in stream.notes.iter().filter(|n| {
            matches!(n, Note::Claim(claimed) if conditional.iter().any(|&c| rates.claim(c) == *claimed))
        }) {
            lines.push(ctx.note(note));
            push_unique(&mut sources, note.cited());
        }
        reply = reply.field(ctx.tr(programme.message()), lines);
        streams.push(StreamEstimate {
            range: None,
            once_eligible: None,
            said_first: Vec::new(),
            parts: Vec::new(),
            ..stream
        });
    }

    let deals = estimator.stream(
        StreamId::BrandDeal,
        &Inputs {
            followers: None,
            ..inputs.clone()
        },
    );
    let marketplace = rates.claim(ClaimId::BrandMarketplace);
    let how = rates.claim(ClaimId::HowMarketplace);
    reply = reply.field(
        ctx.tr(msg::PROGRAMME_MARKETPLACE),
        vec![
            ctx.verdict(&deals.verdict),
            ctx.claim(marketplace),
            ctx.claim(how),
        ],
    );
    push_unique(&mut sources, deals.sources.iter().copied());
    push_unique(&mut sources, marketplace.sources.iter().map(String::as_str));
    push_unique(&mut sources, how.sources.iter().map(String::as_str));
    ctx.cite(&mut reply, &sources);
    streams.push(deals);
    reply.streams = Some(
        streams
            .iter()
            .map(|s| ctx.stream(s, estimator.currency, &mut Vec::new()).1)
            .collect(),
    );
    reply
}
