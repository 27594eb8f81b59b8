//! The buttons under an estimate, and what a press shows: the details (every stream,
//! the figures behind each range, the sources and dates), the sources of this estimate,
//! and for `/gains` the estimate at the next threshold. A press is answered from the
//! invocation it carries (see [`crate::press`]), in the language of whoever pressed.

use catalogue::{Arg, msg};
use catalogue::{CommandId, Invocation, OptionId, StreamId};
use figures::Requirement;

use super::{Ctx, answer, info};
use crate::i18n::Text;
use crate::press;
use crate::reply::{Action, ActionKind, Reply};

/// The threshold a `/gains` "what if" reaches: the first programme condition not met
/// (followers, then views), with its option and the count it needs.
fn next_threshold(ctx: &Ctx, invocation: &Invocation) -> Option<(OptionId, u64)> {
    if invocation.command.id != CommandId::Gains {
        return None;
    }
    let inputs = &invocation.inputs;
    let min = |r| {
        ctx.rates
            .rule(StreamId::CreatorRewards, r)
            .map(|rule| rule.min)
    };
    let followers = min(Requirement::Followers)?;
    if inputs.followers.is_none_or(|f| f < followers) {
        return Some((OptionId::Followers, followers));
    }
    let views = min(Requirement::Views30d)?;
    inputs
        .views
        .filter(|v| *v < views)
        .map(|_| (OptionId::Views, views))
}

/// The words of a threshold (`10 000 abonnés`), as the what-if button and answer say it.
fn threshold_args(ctx: &Ctx, (option, threshold): (OptionId, u64)) -> (Arg<'static>, Arg<'static>) {
    let unit = ctx.tr(match option {
        OptionId::Followers => msg::UNIT_FOLLOWERS,
        _ => msg::UNIT_VIEWS,
    });
    (Arg::Count(threshold), Arg::Text(unit))
}

/// The invocation a press carries: what the reply used, without the card (details are
/// text).
fn carried(invocation: &Invocation) -> Invocation {
    let mut inputs = invocation.inputs.clone();
    inputs.card = None;
    Invocation {
        command: invocation.command,
        inputs,
        asked: None,
    }
}

/// The buttons under an estimate that has a summary.
pub(super) fn of(ctx: &Ctx, invocation: &Invocation) -> Vec<Action> {
    let carried = carried(invocation);
    let mut actions = Vec::with_capacity(3);
    let mut push = |kind: ActionKind, label: Text| {
        if let Some(data) = press::encode(kind, &carried) {
            actions.push(Action { kind, label, data });
        }
    };
    push(ActionKind::Details, ctx.tr(msg::BUTTON_DETAILS));
    push(ActionKind::Sources, ctx.tr(msg::BUTTON_SOURCES));
    if let Some(next) = next_threshold(ctx, &carried) {
        push(ActionKind::WhatIf, {
            let (threshold, unit) = threshold_args(ctx, next);
            ctx.tr(msg::ButtonWhatif { threshold, unit })
        });
    }
    actions
}

/// A press that cannot be read: said plainly, never as an error.
pub fn expired(ctx: Ctx, command: CommandId) -> Reply {
    Reply::new(command, ctx.lang, ctx.tr(msg::PRESS_EXPIRED))
}

/// What a press shows.
pub fn pressed(ctx: Ctx, kind: ActionKind, invocation: &Invocation) -> Reply {
    match kind {
        ActionKind::Details => {
            let mut reply = answer(ctx, invocation);
            reply.summary = None;
            reply.card = None;
            reply.actions.retain(|a| a.kind == ActionKind::Sources);
            reply
        }
        ActionKind::Sources => {
            let reply = answer(ctx, invocation);
            info::cited(ctx, reply.command, &reply.sources)
        }
        // Without a store (the service answers it with the presser's saved values).
        ActionKind::Choose => answer(ctx, invocation),
        ActionKind::WhatIf => {
            let Some(next @ (option, threshold)) = next_threshold(&ctx, invocation) else {
                return expired(ctx, invocation.command.id);
            };
            let mut reached = invocation.clone();
            match option {
                OptionId::Followers => reached.inputs.followers = Some(threshold),
                _ => reached.inputs.views = Some(threshold),
            }
            let mut reply = answer(ctx, &reached);
            let (threshold, unit) = threshold_args(&ctx, next);
            let intro = ctx.tr(msg::WhatifIntro { threshold, unit });
            if let Some(summary) = &mut reply.summary {
                summary.lines.insert(0, intro.clone());
            }
            reply.lines.insert(0, intro);
            reply.actions.retain(|a| a.kind != ActionKind::WhatIf);
            reply
        }
    }
}
