//! Answers that plan ahead: a monthly target, a growth projection, an engagement check.

use super::{Ctx, info};
use crate::core::catalogue::{CommandId, MAX_VIEWS, OptionId};
use crate::core::estimate::Estimator;
use crate::core::inputs::{InputError, Inputs};
use crate::core::rates::{Programme, Requirement};
use crate::core::reply::{Card, Reply};
use crate::i18n::Args;
use crate::values::Money;
use crate::values::Percent;

/// Views, sponsored videos or sales needed for a monthly income.
pub fn goal(ctx: Ctx, inputs: &Inputs) -> Reply {
    let Some((cents, written)) = inputs.amount else {
        return info::input_error(
            ctx.lang,
            &InputError::Missing {
                command: CommandId::Goal,
                option: OptionId::Amount,
            },
        );
    };
    let currency = written
        .or(inputs.currency)
        .unwrap_or(super::reader_currency(ctx.lang));
    let estimator = Estimator {
        rates: ctx.rates,
        currency,
    };
    let goal = estimator.goal(inputs, Money::new(cents, currency));
    let mut reply = Reply::new(
        CommandId::Goal,
        ctx.lang,
        ctx.tr_args("title-goal", Args::new().money("amount", goal.target)),
    );
    if let Some(v) = goal.creator_rewards {
        reply = reply.line(ctx.tr_args(
            "goal-creator-rewards",
            Args::new().count("fewest", v.fewest).count("most", v.most),
        ));
    }
    if let Some(v) = goal.creator_fund {
        reply = reply.line(ctx.tr_args(
            "goal-creator-fund",
            Args::new().count("fewest", v.fewest).count("most", v.most),
        ));
    }
    match goal.sponsored_posts {
        Some((fewest, most)) => {
            reply = reply.line(ctx.tr_args(
                "goal-posts",
                Args::new().count("fewest", fewest).count("most", most),
            ))
        }
        None => {
            reply = reply.line(ctx.tr_args(
                "goal-posts-hint",
                Args::new().text("hint", ctx.option_hint(OptionId::Followers)),
            ))
        }
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
            .rule(Programme::CreatorRewards, r)
            .map_or(0, |rule| rule.min)
    };
    reply = reply.line(
        ctx.tr_args(
            "goal-thresholds",
            Args::new()
                .count("followers", min(Requirement::Followers))
                .count("views", min(Requirement::Views30d)),
        ),
    );
    reply.footer = ctx.footer(&goal.sources);
    reply
}

/// Views and Creator Rewards earnings for the months ahead.
pub fn projection(ctx: Ctx, inputs: &Inputs) -> Reply {
    let Some(views) = inputs.views else {
        return info::input_error(
            ctx.lang,
            &InputError::Missing {
                command: CommandId::Projection,
                option: OptionId::Views,
            },
        );
    };
    let estimator = Estimator {
        rates: ctx.rates,
        currency: ctx.currency(inputs.currency),
    };
    let projection = estimator.projection(inputs, views);
    let months = projection.months.len() as u64;
    let mut reply = Reply::new(
        CommandId::Projection,
        ctx.lang,
        ctx.tr_args("title-projection", Args::new().count("months", months)),
    );
    let growth = Percent(projection.monthly_growth);
    reply = reply.line(if projection.growth_from_source {
        ctx.tr_args(
            "projection-growth-source",
            Args::new().percent("growth", growth).count("views", views),
        )
    } else {
        ctx.tr_args(
            "projection-growth-given",
            Args::new().percent("growth", growth).count("views", views),
        )
    });
    let lines = projection
        .months
        .iter()
        .map(|m| {
            let money = m.creator_rewards.map(|r| ctx.range(&r)).unwrap_or_default();
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
    if projection.months.iter().any(|m| m.views == MAX_VIEWS) {
        reply = reply.line(ctx.tr("projection-capped"));
    }
    reply = reply.line(ctx.tr("projection-caveat"));
    reply.footer = ctx.footer(&projection.sources);
    if inputs.card == Some(true) {
        reply.card = Some(Box::new(Card {
            subtitle: ctx.tr_args(
                "card-projection-subtitle",
                Args::new().count("views", views).percent("growth", growth),
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
    let Some(views) = inputs.views else {
        return info::input_error(
            ctx.lang,
            &InputError::Missing {
                command: CommandId::Engagement,
                option: OptionId::Views,
            },
        );
    };
    let estimator = Estimator {
        rates: ctx.rates,
        currency: ctx.currency(inputs.currency),
    };
    let e = estimator.engagement(inputs, views);
    let rate = Percent(e.rate);
    let mut reply = Reply::new(
        CommandId::Engagement,
        ctx.lang,
        ctx.tr_args("title-engagement", Args::new().percent("rate", rate)),
    )
    .line(
        ctx.tr_args(
            "engagement-detail",
            Args::new()
                .count("interactions", e.interactions)
                .count("views", views),
        ),
    );
    reply = reply.line(match e.typical {
        Some(typical) => {
            let id = if e.rate >= typical {
                "engagement-above"
            } else {
                "engagement-below"
            };
            ctx.tr_args(id, Args::new().percent("typical", Percent(typical)))
        }
        None => ctx.tr_args(
            "engagement-no-size",
            Args::new().text("hint", ctx.option_hint(OptionId::Followers)),
        ),
    });
    let strong = ctx.rates.get("brand_engagement_reference").low;
    let weak = ctx.rates.get("engagement_weak_example").low;
    let markers = || {
        Args::new()
            .percent("strong", Percent(strong))
            .percent("weak", Percent(weak))
    };
    reply = reply.line(if e.rate >= strong {
        ctx.tr_args("engagement-strong", markers())
    } else if e.rate <= weak {
        ctx.tr("engagement-weak")
    } else {
        ctx.tr_args("engagement-between", markers())
    });
    if let Some(followers) = inputs.followers {
        let engaged = estimator.engaged_followers(followers, Some(e.rate));
        reply = reply.line(ctx.tr_args("engagement-brands", Args::new().count("engaged", engaged)));
    }
    reply.footer = ctx.footer(&e.sources);
    reply
}
