//! Answers that plan ahead: a monthly target, a growth projection, an engagement check.

use super::{Ctx, info};
use crate::i18n::Args;
use crate::reply::{Card, Reply, Summary};
use catalogue::StreamId;
use catalogue::{CommandId, OptionId};
use catalogue::{InputError, Inputs};
use estimate::plans::{REACH_HORIZON, Reach, crp_unconfirmed};
use estimate::{Estimator, Note};
use figures::{ClaimId, Requirement};
use values::{Money, Percent, significant};

/// A monthly change with its sign (`+20 %`, `-15 %`): reach can fall as well as grow.
fn signed(ctx: Ctx, growth: Percent) -> String {
    let written = crate::i18n::percent(ctx.lang, &growth.0);
    if growth.0.is_sign_negative() {
        written
    } else {
        format!("+{written}")
    }
}

fn missing(ctx: Ctx, command: CommandId, option: OptionId) -> Reply {
    info::input_error(ctx.lang, &InputError::Missing { command, option })
}

/// Views, sponsored videos or sales needed for a monthly income.
pub fn goal(ctx: Ctx, inputs: &Inputs) -> Reply {
    let Some((cents, written)) = inputs.amount else {
        return missing(ctx, CommandId::Goal, OptionId::Amount);
    };
    let currency = written.unwrap_or(ctx.currency(inputs));
    let estimator = Estimator::new(ctx.rates, currency);
    let goal = estimator.goal(inputs, Money::new(cents, currency));
    let mut reply = Reply::new(
        CommandId::Goal,
        ctx.lang,
        ctx.tr_args("title-goal", Args::new().money("amount", goal.target)),
    );
    // No account gets more views in a month than TikTok has users: past that, a goal
    // is out of reach by views alone, and the reply says so rather than print the count.
    let ceiling = ctx.rates.claim(ClaimId::ViewsCeiling);
    let audience = ceiling.count("views");
    let audience_source = sources_of(ceiling);
    // Counts worked out from estimated rates have the precision of those rates: two
    // significant figures.
    let between = |id: &str, fewest: u64, most: u64| {
        ctx.tr_args(
            id,
            Args::new()
                .count("fewest", significant(fewest, 2))
                .count("most", significant(most, 2)),
        )
    };
    let views_line = |stream: StreamId, id: &str, fewest: u64, most: u64| {
        let args = Args::new()
            .text("stream", ctx.tr(stream.message()))
            .count("audience", audience)
            .text("source", ctx.citations(&audience_source));
        if fewest > audience {
            ctx.tr_args("goal-beyond-audience", args)
        } else if most > audience {
            ctx.tr_args(
                "goal-up-to-audience",
                args.count("fewest", significant(fewest, 2)),
            )
        } else {
            between(id, fewest, most)
        }
    };
    // The summary: the month's views, the thresholds, the one thing to give next.
    let mut summary = Vec::with_capacity(3);
    match (goal.creator_rewards, crp_unconfirmed(&estimator, inputs)) {
        (Some(v), _) => {
            let line = views_line(
                StreamId::CreatorRewards,
                "goal-creator-rewards",
                v.fewest,
                v.most,
            );
            summary.push(line.clone());
            reply = reply.line(line);
            if inputs.country.is_none() {
                reply = reply.line(ctx.tr("goal-by-region"));
            }
        }
        (None, Some(country)) => {
            let line = ctx.tr_args(
                "goal-crp-unconfirmed",
                Args::new().text("country", country.name(ctx.lang)),
            );
            summary.push(line.clone());
            reply = reply.line(line);
        }
        (None, None) => {}
    }
    if let Some(v) = goal.creator_fund {
        reply = reply.line(views_line(
            StreamId::CreatorFund,
            "goal-creator-fund",
            v.fewest,
            v.most,
        ));
    }
    match goal.sponsored_posts {
        Some(posts) if posts.fewest == posts.most => {
            reply =
                reply.line(ctx.tr_args("goal-posts-exact", Args::new().count("posts", posts.most)));
        }
        Some(posts) => reply = reply.line(between("goal-posts", posts.fewest, posts.most)),
        None if inputs.followers.is_some() => reply = reply.line(ctx.tr("goal-posts-no-price")),
        None => {
            reply = reply.line(ctx.tr_args(
                "goal-posts-hint",
                Args::new().text("hint", ctx.hint(OptionId::Followers, None)),
            ))
        }
    }
    if goal.sponsored_posts.is_some_and(|p| p.open) {
        reply = reply.line(ctx.tr("goal-posts-open"));
    }
    if let (Some(sales), Some((price, price_currency))) = (goal.product_sales, inputs.price) {
        let price = Money::new(price, price_currency.unwrap_or(currency));
        reply = reply.line(ctx.tr_args(
            "goal-sales",
            Args::new().count("sales", sales).money("price", price),
        ));
    }
    let min = |r| {
        ctx.rates
            .rule(StreamId::CreatorRewards, r)
            .map_or(0, |rule| rule.min)
    };
    let thresholds = ctx.tr_args(
        "goal-thresholds",
        Args::new()
            .count("followers", min(Requirement::Followers))
            .count("views", min(Requirement::Views30d)),
    );
    summary.push(thresholds.clone());
    reply = reply.line(thresholds);
    if inputs.country.is_none() && goal.creator_rewards.is_some() {
        summary.push(ctx.tr("goal-by-region"));
    } else if inputs.followers.is_none() {
        summary.push(ctx.tr_args(
            "goal-posts-hint",
            Args::new().text("hint", ctx.hint(OptionId::Followers, None)),
        ));
    }
    reply.summary = Some(Summary {
        title: reply.title.clone(),
        lines: summary,
    });
    let mut sources = goal.sources.clone();
    let beyond = [goal.creator_rewards, goal.creator_fund]
        .iter()
        .flatten()
        .any(|v| v.most > audience);
    if beyond {
        estimate::push_unique(&mut sources, audience_source.iter().copied());
    }
    ctx.cite(&mut reply, &sources);
    reply
}

/// No source gives a typical growth: the creator's own is asked for, with the article's
/// benchmark.
fn needs_growth(ctx: Ctx) -> Reply {
    let example = ctx.rates.claim(ClaimId::GrowthExample);
    let mut reply = Reply::new(
        CommandId::Projection,
        ctx.lang,
        ctx.tr("title-projection-no-growth"),
    )
    .line(ctx.tr_args(
        "projection-needs-growth",
        Args::new().text("hint", ctx.hint(OptionId::Growth, None)),
    ))
    .line(ctx.note(&Note::claim(example)));
    ctx.cite(&mut reply, &sources_of(example));
    reply
}

fn sources_of(claim: &figures::Claim) -> Vec<&str> {
    claim.sources.iter().map(String::as_str).collect()
}

/// How long the creator's followers (or, without followers, monthly views) take to reach
/// a target at the growth they give: their own growth compounded, no rate in it.
fn reach(ctx: Ctx, inputs: &Inputs, target: u64) -> Reply {
    let (start, unit) = match (inputs.followers, inputs.views) {
        (Some(followers), _) => (followers, "followers"),
        (None, Some(views)) => (views, "views"),
        (None, None) => return missing(ctx, CommandId::Projection, OptionId::Followers),
    };
    let Some(growth) = inputs.growth else {
        return needs_growth(ctx);
    };
    let example = ctx.rates.claim(ClaimId::GrowthExample);
    let ceiling = ctx.rates.claim(ClaimId::ViewsCeiling);
    let mut sources = sources_of(example);
    let args = || {
        Args::new()
            .text("growth", signed(ctx, growth))
            .count("from", start)
            .count("to", target)
            .text("unit", unit)
    };
    let mut reply = Reply::new(
        CommandId::Projection,
        ctx.lang,
        ctx.tr("title-projection-target"),
    );
    // No account gets more views a month than TikTok has users.
    if unit == "views" && target > ceiling.count("views") {
        reply = reply.line(ctx.note(&Note::claim_as("projection-capped", ceiling)));
        estimate::push_unique(&mut sources, sources_of(ceiling));
    } else {
        reply = reply.line(match estimate::plans::reach(start, growth, target) {
            Reach::Already => ctx.tr_args("projection-reach-already", args()),
            Reach::In(months) => ctx.tr_args("projection-reach", args().count("months", months)),
            Reach::Beyond => ctx.tr_args(
                "projection-reach-beyond",
                args().count("years", REACH_HORIZON / 12),
            ),
            Reach::Never => ctx.tr_args("projection-reach-never", args()),
        });
    }
    reply = reply.line(ctx.note(&Note::claim_as("projection-caveat", example)));
    ctx.cite(&mut reply, &sources);
    reply
}

/// Views and Creator Rewards earnings for the months ahead, at the growth the creator
/// gives; without one, what the article says and how to ask.
pub fn projection(ctx: Ctx, inputs: &Inputs) -> Reply {
    if let Some(target) = inputs.target {
        return reach(ctx, inputs, target);
    }
    let Some(views) = inputs.views else {
        return missing(ctx, CommandId::Projection, OptionId::Views);
    };
    let example = ctx.rates.claim(ClaimId::GrowthExample);
    let Some(growth) = inputs.growth else {
        return needs_growth(ctx);
    };
    let estimator = Estimator::new(ctx.rates, ctx.currency(inputs));
    let projection = estimator.projection(inputs, views, growth);
    let months = projection.months.len() as u64;
    let mut reply = Reply::new(
        CommandId::Projection,
        ctx.lang,
        ctx.tr_args("title-projection", Args::new().count("months", months)),
    )
    .line(
        ctx.tr_args(
            "projection-growth-given",
            Args::new()
                .text("growth", signed(ctx, growth))
                .count("views", views),
        ),
    );
    let lines = projection
        .months
        .iter()
        .map(|m| {
            let money = match &m.creator_rewards {
                Some(range) => ctx.range(range),
                None => ctx.tr("projection-nothing"),
            };
            let mut line = ctx.tr_args(
                "projection-month",
                Args::new()
                    .count("month", m.month)
                    .count("views", m.views)
                    .text("money", money),
            );
            if m.crosses_threshold {
                line.to_mut().push_str(&ctx.tr_args(
                    "projection-threshold",
                    Args::new().count("threshold", projection.threshold),
                ));
            }
            line
        })
        .collect();
    reply = reply.field(ctx.tr("projection-field"), lines);
    reply = reply.line(ctx.tr_args(
        "projection-below-threshold",
        Args::new().count("threshold", projection.threshold),
    ));
    if let Some(country) = crp_unconfirmed(&estimator, inputs) {
        reply = reply.line(ctx.tr_args(
            "projection-unconfirmed",
            Args::new().text("country", country.name(ctx.lang)),
        ));
    } else if inputs.country.is_none() {
        reply = reply.line(ctx.tr("projection-by-region"));
    }
    if projection.capped {
        let ceiling = ctx.rates.claim(ClaimId::ViewsCeiling);
        reply = reply.line(ctx.note(&Note::claim_as("projection-capped", ceiling)));
    }
    reply = reply.line(ctx.note(&Note::claim_as("projection-caveat", example)));
    ctx.cite(&mut reply, &projection.sources);
    if inputs.card == Some(true) {
        reply.card = Some(Box::new(Card {
            subtitle: ctx.tr_args(
                "card-projection-subtitle",
                Args::new()
                    .count("views", views)
                    .text("growth", signed(ctx, growth)),
            ),
            rows: Vec::new(),
            chart: projection
                .months
                .iter()
                .map(|m| {
                    (
                        ctx.tr_args("card-month", Args::new().count("month", m.month)),
                        m.views,
                    )
                })
                .collect(),
            footer: reply.footer.clone().unwrap_or_default(),
        }));
    }
    reply
}

/// Engagement rate from interactions and views, against the typical rate for the size.
pub fn engagement(ctx: Ctx, inputs: &Inputs) -> Reply {
    let counted = [inputs.likes, inputs.comments, inputs.shares, inputs.saves];
    let counts = counted.iter().any(Option::is_some);
    let (rate, detail, typical) = match (inputs.engagement, inputs.views) {
        // A rate the creator already knows (`my ER is 6 %`), to judge as it is.
        (Some(given), _) if !counts => (
            given,
            None,
            inputs
                .followers
                .and_then(|f| estimate::benchmarks::typical_engagement(ctx.rates, f)),
        ),
        (_, None) => return missing(ctx, CommandId::Engagement, OptionId::Views),
        // Views alone say nothing of engagement: 0 % would be a figure nobody gave.
        (_, Some(_)) if !counts => return missing(ctx, CommandId::Engagement, OptionId::Likes),
        (_, Some(views)) => {
            let estimator = Estimator::new(ctx.rates, ctx.currency(inputs));
            let e = estimator.engagement(inputs, views);
            let detail = ctx.tr_args(
                "engagement-detail",
                Args::new()
                    .count("interactions", e.interactions)
                    .count("views", views),
            );
            (Percent(e.rate), Some(detail), e.typical)
        }
    };
    let mut reply = Reply::new(
        CommandId::Engagement,
        ctx.lang,
        ctx.tr_args("title-engagement", Args::new().percent("rate", rate)),
    );
    if let Some(detail) = detail {
        reply = reply.line(detail);
    }
    let mut sources: Vec<&str> = Vec::new();
    reply = reply.line(match typical {
        Some(typical) => {
            sources.push(typical.source.as_str());
            let id = if rate.0 >= typical.low {
                "engagement-above"
            } else {
                "engagement-below"
            };
            ctx.tr_args(
                id,
                Args::new()
                    .percent("typical", Percent(typical.low))
                    .count("followers", typical.followers.unwrap_or_default())
                    .text("source", ctx.citation(&typical.source)),
            )
        }
        None => ctx.tr_args(
            "engagement-no-size",
            Args::new().text("hint", ctx.hint(OptionId::Followers, None)),
        ),
    });
    let preferred = ctx.rates.claim(ClaimId::BrandEngagement);
    reply = reply.line(ctx.note(&Note::claim(preferred)));
    sources.extend(preferred.sources.iter().map(String::as_str));
    reply = reply.line(ctx.tr("engagement-not-paid"));
    ctx.cite(&mut reply, &sources);
    reply
}
