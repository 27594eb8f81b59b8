//! Answers that plan ahead: a monthly target, a growth projection, an engagement check.

use super::{Ctx, info};
use crate::reply::{Card, Reply, Summary};
use catalogue::StreamId;
use catalogue::{Arg, Msg, msg};
use catalogue::{CommandId, OptionId};
use catalogue::{InputError, Inputs};
use estimate::Estimator;
use estimate::Verdict;
use estimate::plans::{REACH_HORIZON, Reach, ViewsNeeded};
use figures::{ClaimId, Requirement};
use values::{Money, Percent};

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
        ctx.tr(msg::TitleGoal {
            amount: Arg::Money(goal.target),
        }),
    );
    // No account gets more views in a month than TikTok has users: past that, a goal
    // is out of reach by views alone, and the reply says so rather than print the count.
    let ceiling = ctx.rates.claim(ClaimId::ViewsCeiling);
    let audience = ceiling.count("views");
    let audience_source = sources_of(ceiling);
    // Counts worked out from estimated rates have the precision of those rates: two
    // significant figures.
    // Views needed come rounded up from the estimator; sponsored videos are whole.
    let counts = |fewest: u64, most: u64| (Arg::Count(fewest), Arg::Count(most));
    let views_line = |stream: StreamId, fewest: u64, most: u64| {
        let name = Arg::Text(ctx.tr(stream.message()));
        let source = Arg::Text(ctx.citations(&audience_source).into());
        if fewest > audience {
            return ctx.tr(msg::GoalBeyondAudience {
                stream: name,
                audience: Arg::Count(audience),
                source,
            });
        }
        if most > audience {
            return ctx.tr(msg::GoalUpToAudience {
                stream: name,
                audience: Arg::Count(audience),
                source,
                fewest: Arg::Count(fewest),
            });
        }
        if fewest == most {
            let views = Arg::Count(most);
            return ctx.tr::<Msg>(match stream {
                StreamId::CreatorFund => msg::GoalCreatorFundExact { views }.into(),
                _ => msg::GoalCreatorRewardsExact { views }.into(),
            });
        }
        let (fewest, most) = counts(fewest, most);
        ctx.tr::<Msg>(match stream {
            StreamId::CreatorFund => msg::GoalCreatorFund { fewest, most }.into(),
            _ => msg::GoalCreatorRewards { fewest, most }.into(),
        })
    };
    // The summary: the month's views, the thresholds, the one thing to give next.
    let mut summary = Vec::with_capacity(3);
    // What the programme's own minimum and verdict add to a count of views.
    let conditions = |v: &ViewsNeeded, verdict: &Verdict, threshold: u64| {
        let mut lines = Vec::new();
        if v.at_threshold {
            lines.push(ctx.tr(msg::GoalAtThreshold {
                threshold: Arg::Count(threshold),
            }));
        }
        if let Verdict::NotYet(missing) = verdict {
            lines.push(ctx.tr(msg::GoalOnceEligible {
                missing: Arg::Text(ctx.missing(&missing[0])),
            }));
        }
        lines
    };
    let threshold = |programme| {
        ctx.rates
            .rule(programme, Requirement::Views30d)
            .map_or(0, |rule| rule.min)
    };
    match (goal.creator_rewards, &goal.crp) {
        (Some(v), verdict) => {
            let line = views_line(StreamId::CreatorRewards, v.fewest, v.most);
            summary.push(line.clone());
            reply = reply.line(line);
            for line in conditions(&v, verdict, threshold(StreamId::CreatorRewards)) {
                summary.push(line.clone());
                reply = reply.line(line);
            }
            if inputs.country.is_none() {
                reply = reply.line(ctx.tr(msg::GOAL_BY_REGION));
            }
        }
        (None, Verdict::NotConfirmed(country)) => {
            let line = ctx.tr(msg::GoalCrpUnconfirmed {
                country: Arg::Text((country.name(ctx.lang)).into()),
            });
            summary.push(line.clone());
            reply = reply.line(line);
        }
        (None, Verdict::NotYet(missing)) => {
            let line = ctx.tr(msg::GoalCrpNotYet {
                missing: Arg::Text(ctx.missing(&missing[0])),
            });
            summary.push(line.clone());
            reply = reply.line(line);
        }
        (None, _) => {}
    }
    if let Some(v) = goal.creator_fund {
        reply = reply.line(views_line(StreamId::CreatorFund, v.fewest, v.most));
        for line in conditions(&v, &goal.fund, threshold(StreamId::CreatorFund)) {
            reply = reply.line(line);
        }
        reply = reply.line(ctx.tr(msg::GOAL_FUND_DISPUTED));
    }
    match goal.sponsored_posts {
        Some(posts) if posts.fewest == posts.most => {
            reply = reply.line(ctx.tr(msg::GoalPostsExact {
                posts: Arg::Count(posts.most),
            }));
        }
        Some(posts) => {
            let (fewest, most) = counts(posts.fewest, posts.most);
            reply = reply.line(ctx.tr(msg::GoalPosts { fewest, most }));
        }
        None if inputs.followers.is_some() => reply = reply.line(ctx.tr(msg::GOAL_POSTS_NO_PRICE)),
        None => {
            reply = reply.line(ctx.tr(msg::GoalPostsHint {
                hint: Arg::Text((ctx.hint(OptionId::Followers, None)).into()),
            }))
        }
    }
    if goal.sponsored_posts.is_some_and(|p| p.open) {
        reply = reply.line(ctx.tr(msg::GOAL_POSTS_OPEN));
    }
    if let (Some(sales), Some((price, price_currency))) = (goal.product_sales, inputs.price) {
        let price = Money::new(price, price_currency.unwrap_or(currency));
        reply = reply.line(ctx.tr(msg::GoalSales {
            sales: Arg::Count(sales),
            price: Arg::Money(price),
        }));
    }
    let min = |r| {
        ctx.rates
            .rule(StreamId::CreatorRewards, r)
            .map_or(0, |rule| rule.min)
    };
    let thresholds = ctx.tr(msg::GoalThresholds {
        followers: Arg::Count(min(Requirement::Followers)),
        views: Arg::Count(min(Requirement::Views30d)),
    });
    summary.push(thresholds.clone());
    reply = reply.line(thresholds);
    if inputs.country.is_none() && goal.creator_rewards.is_some() {
        summary.push(ctx.tr(msg::GOAL_BY_REGION));
    } else if inputs.followers.is_none() {
        summary.push(ctx.tr(msg::GoalPostsHint {
            hint: Arg::Text((ctx.hint(OptionId::Followers, None)).into()),
        }));
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
        ctx.tr(msg::TITLE_PROJECTION_NO_GROWTH),
    )
    .line(ctx.tr(msg::ProjectionNeedsGrowth {
        hint: Arg::Text((ctx.hint(OptionId::Growth, None)).into()),
    }))
    .line(ctx.claim(example));
    ctx.cite(&mut reply, &sources_of(example));
    reply
}

/// No account gets more views a month than TikTok has users (the claim's figure).
fn capped(ctx: &Ctx, ceiling: &figures::Claim) -> crate::i18n::Text {
    ctx.tr(msg::ProjectionCapped {
        views: Arg::Count(ceiling.count("views")),
        source: ctx.claim_sources(ceiling),
    })
}

/// The article's growth example, as a caution: growth is the creator's, not a forecast.
fn caveat(ctx: &Ctx, example: &figures::Claim) -> crate::i18n::Text {
    ctx.tr(msg::ProjectionCaveat {
        from: Arg::Count(example.count("from")),
        months: Arg::Count(example.count("months")),
        to: Arg::Count(example.count("to")),
        videos: Arg::Count(example.count("videos")),
        source: ctx.claim_sources(example),
    })
}

fn sources_of(claim: &figures::Claim) -> Vec<&str> {
    claim.sources.iter().map(String::as_str).collect()
}

/// How long the creator's followers (or, without followers, monthly views) take to reach
/// a target at the growth they give: their own growth compounded, no rate in it.
fn reach(ctx: Ctx, inputs: &Inputs, target: u64) -> Reply {
    let (start, unit) = match (inputs.followers, inputs.views) {
        (Some(followers), _) => (followers, OptionId::Followers),
        (None, Some(views)) => (views, OptionId::Views),
        (None, None) => return missing(ctx, CommandId::Projection, OptionId::Followers),
    };
    let Some(growth) = inputs.growth else {
        return needs_growth(ctx);
    };
    let example = ctx.rates.claim(ClaimId::GrowthExample);
    let ceiling = ctx.rates.claim(ClaimId::ViewsCeiling);
    let mut sources = sources_of(example);
    let mut reply = Reply::new(
        CommandId::Projection,
        ctx.lang,
        ctx.tr(msg::TITLE_PROJECTION_TARGET),
    );
    // No account gets more views a month than TikTok has users.
    if unit == OptionId::Views && target > ceiling.count("views") {
        reply = reply.line(capped(&ctx, ceiling));
        estimate::push_unique(&mut sources, sources_of(ceiling));
    } else {
        let written = Arg::Text(signed(ctx, growth).into());
        let (from, to) = (Arg::Count(start), Arg::Count(target));
        // The unit a plural selects on (`followers`, `views`).
        let unit = Arg::Text(
            match unit {
                OptionId::Views => "views",
                _ => "followers",
            }
            .into(),
        );
        reply = reply.line(match estimate::plans::reach(start, growth, target) {
            Reach::Already => ctx.tr(msg::ProjectionReachAlready { from, to, unit }),
            Reach::In(months) => ctx.tr(msg::ProjectionReach {
                from,
                growth: written,
                months: Arg::Count(months),
                to,
                unit,
            }),
            Reach::Beyond => ctx.tr(msg::ProjectionReachBeyond {
                growth: written,
                years: Arg::Count(REACH_HORIZON / 12),
            }),
            Reach::Never => ctx.tr(msg::ProjectionReachNever {
                growth: written,
                to,
            }),
        });
    }
    reply = reply.line(caveat(&ctx, example));
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
        ctx.tr(msg::TitleProjection {
            months: Arg::Count(months),
        }),
    )
    .line(ctx.tr(msg::ProjectionGrowthGiven {
        growth: Arg::Text((signed(ctx, growth)).into()),
        views: Arg::Count(views),
    }));
    let lines = projection
        .months
        .iter()
        .map(|m| {
            let money = match &m.creator_rewards {
                Some(range) => ctx.range(range),
                None => ctx.tr(msg::PROJECTION_NOTHING),
            };
            let mut line = ctx.tr(msg::ProjectionMonth {
                month: Arg::Count(m.month),
                views: Arg::Count(m.views),
                money: Arg::Text(money),
            });
            if m.crosses_threshold {
                line.to_mut().push_str(&ctx.tr(msg::ProjectionThreshold {
                    threshold: Arg::Count(projection.threshold),
                }));
            }
            line
        })
        .collect();
    reply = reply.field(ctx.tr(msg::PROJECTION_FIELD), lines);
    reply = reply.line(ctx.tr(msg::ProjectionBelowThreshold {
        threshold: Arg::Count(projection.threshold),
    }));
    match &projection.crp {
        Verdict::NotConfirmed(country) => {
            reply = reply.line(ctx.tr(msg::ProjectionUnconfirmed {
                country: Arg::Text((country.name(ctx.lang)).into()),
            }));
        }
        Verdict::NotYet(missing)
            if !missing
                .iter()
                .all(|m| matches!(m, estimate::Missing::Views30d(_))) =>
        {
            reply = reply.line(ctx.tr(msg::ProjectionNotYet {
                missing: Arg::Text(ctx.missing(&missing[0])),
            }));
        }
        _ if inputs.country.is_none() => {
            reply = reply.line(ctx.tr(msg::PROJECTION_BY_REGION));
        }
        _ => {}
    }
    if projection.capped {
        let ceiling = ctx.rates.claim(ClaimId::ViewsCeiling);
        reply = reply.line(capped(&ctx, ceiling));
    }
    reply = reply.line(caveat(&ctx, example));
    ctx.cite(&mut reply, &projection.sources);
    if inputs.card == Some(true) {
        reply.card = Some(Box::new(Card {
            subtitle: ctx.tr(msg::CardProjectionSubtitle {
                views: Arg::Count(views),
                growth: Arg::Text((signed(ctx, growth)).into()),
            }),
            rows: Vec::new(),
            chart: projection
                .months
                .iter()
                .map(|m| {
                    (
                        ctx.tr(msg::CardMonth {
                            month: Arg::Count(m.month),
                        }),
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
            let detail = ctx.tr(msg::EngagementDetail {
                interactions: Arg::Count(e.interactions),
                views: Arg::Count(views),
            });
            (Percent(e.rate), Some(detail), e.typical)
        }
    };
    let mut reply = Reply::new(
        CommandId::Engagement,
        ctx.lang,
        ctx.tr(msg::TitleEngagement {
            rate: Arg::Percent(rate),
        }),
    );
    if let Some(detail) = detail {
        reply = reply.line(detail);
    }
    let mut sources: Vec<&str> = Vec::new();
    reply = reply.line(match typical {
        Some(typical) => {
            sources.push(typical.source.as_str());
            let (followers, source, typical_rate) = (
                Arg::Count(typical.followers.unwrap_or_default()),
                Arg::Text(ctx.citation(&typical.source).to_owned().into()),
                Arg::Percent(Percent(typical.low)),
            );
            if rate.0 >= typical.low {
                ctx.tr(msg::EngagementAbove {
                    followers,
                    source,
                    typical: typical_rate,
                })
            } else {
                ctx.tr(msg::EngagementBelow {
                    followers,
                    source,
                    typical: typical_rate,
                })
            }
        }
        None => ctx.tr(msg::EngagementNoSize {
            hint: Arg::Text((ctx.hint(OptionId::Followers, None)).into()),
        }),
    });
    let preferred = ctx.rates.claim(ClaimId::BrandEngagement);
    reply = reply.line(ctx.claim(preferred));
    sources.extend(preferred.sources.iter().map(String::as_str));
    reply = reply.line(ctx.tr(msg::ENGAGEMENT_NOT_PAID));
    ctx.cite(&mut reply, &sources);
    reply
}
