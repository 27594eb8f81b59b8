//! Answers that estimate money: the full `gains`, one stream at a time, and eligibility.

use super::Ctx;
use crate::i18n::{Args, Text};
use crate::reply::{Card, CardRow, Reply};
use catalogue::CommandId;
use catalogue::StreamId;
use catalogue::{InputError, Inputs};
use estimate::streams::creator_rewards;
use estimate::{Estimator, StreamEstimate, Verdict, push_unique};
use figures::{ClaimId, Requirement};

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
        Some(views) => ctx.tr_args("gains-title", Args::new().count("views", views)),
        None => ctx.tr("gains-title-no-views"),
    };
    let summary = ctx.summary(title.clone(), inputs, &estimate.streams);
    let mut reply = Reply::new(CommandId::Gains, ctx.lang, title).line(ctx.tr("gains-intro"));
    if let Some(line) = ctx.currency_line(inputs) {
        reply = reply.line(line);
    }
    if let Some(followers) = inputs.followers {
        reply =
            reply.line(ctx.tr_args("gains-followers", Args::new().count("followers", followers)));
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
        (Some(views), Some(followers)) => ctx.tr_args(
            "card-subtitle-followers",
            Args::new()
                .count("views", views)
                .count("followers", followers),
        ),
        (Some(views), None) => ctx.tr_args("card-subtitle", Args::new().count("views", views)),
        _ => ctx.tr("gains-title-no-views"),
    };
    let rows = streams
        .iter()
        .filter(|s| s.range.is_some() || s.verdict.eligible().is_some())
        .map(|s| {
            let money = |m| ctx.tr_args("range-single", Args::new().money("amount", m));
            let (low, high) = match s.range.map(|r| (r, ctx.shown(&r))) {
                Some((r, (low, high))) if r.open_high => (
                    money(low),
                    ctx.tr_args("card-open", Args::new().money("amount", high)),
                ),
                Some((_, (low, high))) => (money(low), money(high)),
                None => (ctx.tr("card-no-figure"), Text::Borrowed("")),
            };
            let status = match &s.verdict {
                Verdict::Eligible => ctx.tr("card-eligible"),
                Verdict::NotEligible(missing) => match missing.first() {
                    Some(m) => ctx.missing(m),
                    None => ctx.tr("card-not-eligible"),
                },
                Verdict::Unknown(_) => ctx.tr("card-unknown"),
            };
            CardRow {
                name: ctx.tr(s.id.message()),
                per: ctx.tr(s.per.message()),
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
    title: &str,
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

/// Every programme's rules and where the creator stands.
pub fn eligibility(ctx: Ctx, inputs: &Inputs) -> Reply {
    let estimator = estimator(&ctx, inputs);
    let rates = ctx.rates;
    let mut reply = Reply::new(
        CommandId::Eligibility,
        ctx.lang,
        ctx.tr("title-eligibility"),
    );
    let min = |p, r| rates.rule(p, r).map_or(0, |rule| rule.min);

    let mut notes = Vec::new();
    let mut crp_sources = Vec::new();
    let crp = creator_rewards::verdict(&estimator, inputs, &mut notes, &mut crp_sources);
    let lists: Vec<String> = rates
        .country_lists(StreamId::CreatorRewards)
        .map(|list| {
            let names: Vec<&str> = list
                .codes
                .iter()
                .filter_map(|c| text::Country::parse(c))
                .map(|c| c.name(ctx.lang))
                .collect();
            ctx.tr_args(
                "rules-countries-list",
                Args::new()
                    .text("countries", names.join(", "))
                    .text("source", ctx.citation(&list.source)),
            )
            .into_owned()
        })
        .collect();
    let id = StreamId::CreatorRewards;
    let crp_rules = ctx.tr_args(
        "rules-creator-rewards",
        Args::new()
            .count("age", min(id, Requirement::Age))
            .count("followers", min(id, Requirement::Followers))
            .count("views", min(id, Requirement::Views30d))
            .text("countries", lists.join(ctx.separator)),
    );
    let review = rates.claim(ClaimId::CrpReview);
    let mut lines = vec![ctx.verdict(&crp), crp_rules];
    lines.extend(notes.iter().map(|n| ctx.note(n)));
    lines.push(ctx.note(&estimate::Note::claim(review)));
    reply = reply.field(ctx.tr("stream-creator_rewards"), lines);

    let live = estimator.stream(
        StreamId::LiveGifts,
        &Inputs {
            coins: None,
            diamonds: None,
            ..inputs.clone()
        },
    );
    let live_id = StreamId::LiveGifts;
    let live_rules = ctx.tr_args(
        "rules-live",
        Args::new()
            .count("age", min(live_id, Requirement::Age))
            .count("followers", min(live_id, Requirement::Followers)),
    );
    let mut live_lines = vec![ctx.verdict(&live.verdict), live_rules];
    live_lines.extend(
        live.notes
            .iter()
            .filter(|n| n.message != "note-needs-gifts")
            .map(|n| ctx.note(n)),
    );
    reply = reply.field(ctx.tr("stream-live_gifts"), live_lines);

    let pulse = estimator.stream(StreamId::Pulse, inputs);
    let mut pulse_lines = vec![ctx.verdict(&pulse.verdict)];
    pulse_lines.extend(pulse.notes.iter().map(|n| ctx.note(n)));
    reply = reply.field(ctx.tr("stream-pulse"), pulse_lines);

    let deals = estimator.stream(
        StreamId::BrandDeal,
        &Inputs {
            followers: None,
            ..inputs.clone()
        },
    );
    let marketplace = rates.claim(ClaimId::BrandMarketplace);
    reply = reply.field(
        ctx.tr("programme-marketplace"),
        vec![
            ctx.verdict(&deals.verdict),
            ctx.note(&estimate::Note::claim(marketplace)),
        ],
    );

    let crp_stream = StreamEstimate {
        id: StreamId::CreatorRewards,
        per: estimate::streams::per(StreamId::CreatorRewards),
        range: None,
        once_eligible: None,
        parts: vec![],
        verdict: crp,
        notes,
        sources: crp_sources.clone(),
    };
    let mut sources = crp_sources;
    for s in [&live, &pulse, &deals] {
        push_unique(&mut sources, s.sources.iter().copied());
    }
    push_unique(&mut sources, marketplace.sources.iter().map(String::as_str));
    push_unique(&mut sources, review.sources.iter().map(String::as_str));
    for list in rates.country_lists(StreamId::CreatorRewards) {
        push_unique(&mut sources, [list.source.as_str()]);
    }
    ctx.cite(&mut reply, &sources);
    reply.streams = Some(
        [&crp_stream, &live, &pulse, &deals]
            .iter()
            .map(|s| ctx.stream(s, estimator.currency, &mut Vec::new()).1)
            .collect(),
    );
    reply
}
