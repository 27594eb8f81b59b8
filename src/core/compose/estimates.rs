//! Answers that estimate money: the full `gains`, one stream at a time, and eligibility.

use super::Ctx;
use crate::core::catalogue::CommandId;
use crate::core::estimate::{Estimator, Missing, StreamEstimate, StreamId, Verdict};
use crate::core::inputs::Inputs;
use crate::core::rates::{Programme, Requirement};
use crate::core::reply::{Card, CardRow, Reply};
use crate::i18n::Args;

fn estimator<'a>(ctx: &Ctx<'a>, inputs: &Inputs) -> Estimator<'a> {
    Estimator {
        rates: ctx.rates,
        currency: ctx.currency(inputs.currency),
    }
}

fn all_sources<'a>(streams: &[StreamEstimate<'a>]) -> Vec<&'a str> {
    let mut sources: Vec<&'a str> = Vec::new();
    for s in streams.iter().flat_map(|s| &s.sources) {
        if !sources.contains(s) {
            sources.push(s);
        }
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
    reply.footer = ctx.footer(&all_sources(streams));
    reply.streams = Some(summaries);
    reply
}

/// The full estimate: every stream with its range, eligibility, notes and sources.
pub fn gains(ctx: Ctx, inputs: &Inputs) -> Reply {
    let estimator = estimator(&ctx, inputs);
    let estimate = estimator.estimate(inputs);
    let title = match inputs.views {
        Some(views) => ctx.tr_args("gains-title", Args::new().count("views", views)),
        None => ctx.tr("gains-title-no-views"),
    };
    let mut reply = Reply::new(CommandId::Gains, ctx.lang, title).line(ctx.tr("gains-intro"));
    if let Some(followers) = inputs.followers {
        reply =
            reply.line(ctx.tr_args("gains-followers", Args::new().count("followers", followers)));
    }
    let mut reply = with_streams(&ctx, reply, &estimate.streams, &estimator);
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

/// The result card for an estimate: one bar per stream, worded short.
fn card(
    ctx: &Ctx,
    inputs: &Inputs,
    streams: &[StreamEstimate],
    footer: Option<crate::i18n::Text>,
) -> Card {
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
        .map(|s| {
            let money = |m| ctx.tr_args("range-single", Args::new().money("amount", m));
            let (low, high) = match s.range {
                Some(r) if r.open_high => (
                    money(r.low),
                    ctx.tr_args("card-open", Args::new().money("amount", r.high)),
                ),
                Some(r) => (money(r.low), money(r.high)),
                None => (ctx.tr("card-no-figure"), crate::i18n::Text::Borrowed("")),
            };
            let status = match &s.verdict {
                Verdict::Eligible => ctx.tr("card-eligible"),
                Verdict::NotEligible(missing) => match missing.first() {
                    Some(Missing::Replaced) => ctx.tr("card-replaced"),
                    Some(m) => ctx.missing(m),
                    None => ctx.tr("card-not-eligible"),
                },
                Verdict::Unknown(_) => ctx.tr("card-unknown"),
            };
            CardRow {
                name: ctx.tr(s.id.message()),
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
pub fn single_stream(ctx: Ctx, command: CommandId, inputs: &Inputs) -> Reply {
    let estimator = estimator(&ctx, inputs);
    let (stream, title) = match command {
        CommandId::Sponsorship => (StreamId::BrandDeal, "title-sponsorship"),
        CommandId::Live => (StreamId::LiveGifts, "title-live"),
        CommandId::Product => (StreamId::Products, "title-product"),
        _ => (StreamId::Affiliate, "title-affiliate"),
    };
    let estimate = estimator.stream(stream, inputs);
    let reply = Reply::new(command, ctx.lang, ctx.tr(title));
    with_streams(&ctx, reply, std::slice::from_ref(&estimate), &estimator)
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
    let crp = estimator.creator_rewards_verdict(inputs, &mut notes, &mut crp_sources);
    let crp_rules = ctx.tr_args(
        "rules-creator-rewards",
        Args::new()
            .count("age", min(Programme::CreatorRewards, Requirement::Age))
            .count(
                "followers",
                min(Programme::CreatorRewards, Requirement::Followers),
            )
            .count(
                "views",
                min(Programme::CreatorRewards, Requirement::Views30d),
            )
            .text("countries", rates_countries(&ctx)),
    );
    let mut lines = vec![ctx.verdict(&crp), crp_rules];
    lines.extend(notes.iter().map(|n| ctx.note(n)));
    reply = reply.field(ctx.tr("stream-creator_rewards"), lines);

    let live = estimator.stream(
        StreamId::LiveGifts,
        &Inputs {
            coins: None,
            diamonds: None,
            ..inputs.clone()
        },
    );
    let live_rules = ctx.tr_args(
        "rules-live",
        Args::new()
            .count("age", min(Programme::Live, Requirement::Age))
            .count("followers", min(Programme::Live, Requirement::Followers)),
    );
    reply = reply.field(
        ctx.tr("stream-live_gifts"),
        vec![ctx.verdict(&live.verdict), live_rules],
    );

    let pulse = estimator.pulse(inputs);
    let pulse_rules = ctx.tr_args(
        "rules-pulse",
        Args::new().count("followers", min(Programme::Pulse, Requirement::Followers)),
    );
    reply = reply.field(
        ctx.tr("stream-pulse"),
        vec![ctx.verdict(&pulse.verdict), pulse_rules],
    );

    let deals = estimator.stream(StreamId::BrandDeal, inputs);
    let deal_rules = ctx.tr_args(
        "rules-marketplace",
        Args::new().count(
            "followers",
            min(Programme::BrandDeal, Requirement::Followers),
        ),
    );
    reply = reply.field(
        ctx.tr("programme-marketplace"),
        vec![ctx.verdict(&deals.verdict), deal_rules],
    );

    let crp_stream = StreamEstimate {
        id: StreamId::CreatorRewards,
        range: None,
        by_source: vec![],
        verdict: crp,
        notes,
        sources: crp_sources.clone(),
    };
    let mut sources = crp_sources;
    for s in live
        .sources
        .iter()
        .chain(&pulse.sources)
        .chain(&deals.sources)
        .chain(&["seed:004"])
    {
        if !sources.contains(s) {
            sources.push(s);
        }
    }
    reply.footer = ctx.footer(&sources);
    reply.streams = Some(
        [&crp_stream, &live, &pulse, &deals]
            .iter()
            .map(|s| ctx.stream(s, estimator.currency, &mut Vec::new()).1)
            .collect(),
    );
    reply
}

/// The countries our sources confirm for Creator Rewards, in the reader's language.
fn rates_countries(ctx: &Ctx) -> String {
    crate::core::country::COUNTRIES
        .iter()
        .filter(|c| ctx.rates.crp_country_confirmed(c.code))
        .map(|c| c.name(ctx.lang))
        .collect::<Vec<_>>()
        .join(", ")
}
