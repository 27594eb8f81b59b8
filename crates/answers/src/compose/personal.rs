//! The personal commands decided: `/profil`, `/paiement`, `/stats`, `/langue`, `/oubli`,
//! `/export`, `/rappel`. Each reads the creator's saved profile, today's date and, for
//! `/stats` and `/export`, their history, all brought in by the service; what the store
//! must change is described on the reply ([`Effect`]) for the service to carry out.

use catalogue::{CommandId, Frequency, Identity, InputError, Invocation, OptionId};
use catalogue::{Month, Payout, Profile, Snapshot};
use estimate::streams::creator_rewards;
use estimate::{Estimator, Precision, Range};
use rust_decimal::Decimal;
use values::Lang;
use values::Money;

use super::account::Doubt;
use super::{Ctx, account, input_error};
use crate::reply::{Effect, Reply};

/// How far back `/stats` and a monthly reminder look, in days.
pub const STATS_DAYS: i64 = 90;

/// Whether this process can send the asker a message they did not just ask for (a
/// monthly reminder): it needs the platform's token, and the console has no one to send to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    FirstToo,
    OnlyReplies,
}

/// The first day of history a personal command reads (`None`: it reads none).
pub fn history_from(command: CommandId, today: i64) -> Option<i64> {
    match command {
        CommandId::Stats => Some(today - STATS_DAYS),
        CommandId::Export => Some(i64::MIN),
        _ => None,
    }
}

/// What the creator's own saved data makes of a personal command. `stored` is their
/// profile as the store holds it (`None`: nothing stored), `today` the day number,
/// `reach` whether this process can write to them first, `history` the snapshots from
/// [`history_from`].
pub fn decide(
    ctx: Ctx,
    who: &Identity,
    stored: Option<&Profile>,
    today: i64,
    reach: Reach,
    history: &[Snapshot],
    invocation: &Invocation,
) -> Reply {
    let mut saved = stored.cloned().unwrap_or_default();
    let inputs = &invocation.inputs;
    let given = invocation.command.options.iter().any(|&o| inputs.is_set(o));
    match invocation.command.id {
        CommandId::Profile => {
            if !given {
                return account::profile(ctx, &saved, false);
            }
            let before = saved.clone();
            saved.update(inputs);
            let (reached, said) = account::milestones(&ctx, &before, &saved);
            saved.milestones.extend(said);
            let mut reply = account::profile(ctx, &saved, true);
            // What just opened comes first: it is the news of this save.
            reply.lines.splice(0..0, reached);
            reply.effect = Some(Effect::SaveProfile(Box::new(saved)));
            reply
        }
        CommandId::Payout => payout(ctx, saved, today, invocation),
        CommandId::Reminder => match inputs.frequency {
            // Asked how things stand where none can be sent: that none can, not a way to
            // turn one on.
            None if reach == Reach::OnlyReplies => account::reminder_undeliverable(ctx, false),
            None => account::reminder_state(ctx, saved.reminder, false),
            Some(Frequency::Monthly) if reach == Reach::OnlyReplies => {
                account::reminder_undeliverable(ctx, true)
            }
            Some(frequency) => {
                let on = frequency == Frequency::Monthly;
                let mut reply = account::reminder_state(ctx, on, true);
                reply.effect = Some(Effect::SetReminder {
                    on,
                    // This month's is taken as had: the first comes next month.
                    month: Month::of_day(today),
                });
                reply
            }
        },
        CommandId::Stats => account::stats(ctx, &saved, history, Month::of_day(today)),
        CommandId::Language => {
            let lang: Lang = inputs.language.unwrap_or(ctx.lang);
            saved.lang = Some(lang);
            let mut reply = account::language_saved(lang);
            reply.effect = Some(Effect::SaveProfile(Box::new(saved)));
            reply
        }
        CommandId::Forget => match inputs.confirm {
            Some(true) => {
                let mut reply = account::forget_done(ctx, true);
                reply.effect = Some(Effect::Forget);
                reply
            }
            Some(false) => account::forget_done(ctx, false),
            None => account::forget_prompt(ctx),
        },
        CommandId::Export => account::export(ctx, who, stored, history),
        // Not personal: answered like any other command.
        _ => super::answer(ctx, invocation),
    }
}

/// `/paiement`: a month's payout recorded (the month just ended when none is named), a
/// month to come refused.
fn payout(ctx: Ctx, mut saved: Profile, today: i64, invocation: &Invocation) -> Reply {
    let inputs = &invocation.inputs;
    let (Some((cents, currency)), Some(views)) = (inputs.amount, inputs.views) else {
        let option = match inputs.amount {
            None => OptionId::Amount,
            Some(_) => OptionId::Views,
        };
        return personal_error(
            ctx,
            &InputError::Missing {
                command: CommandId::Payout,
                option,
            },
        );
    };
    let now = Month::of_day(today);
    let (month, assumed) = match inputs.date {
        Some((year, month)) => (Month::meant(year, month, now), false),
        None => (Month(now.0 - 1), true),
    };
    if month > now {
        return account::payout_in_future(ctx, month);
    }
    let oldest = saved.payouts.iter().map(|p| p.month).min();
    if let Some(oldest) = oldest
        && saved.payouts.len() >= catalogue::MAX_PAYOUTS
        && month < oldest
    {
        return account::payout_too_old(ctx, month, oldest);
    }
    let currency = currency
        .or(saved.currency)
        .unwrap_or(super::reader_currency(ctx.lang));
    let payout = Payout {
        month,
        cents,
        currency,
        views,
    };
    if inputs.confirm != Some(true)
        && let Some(doubt) = doubt(&ctx, &saved, payout)
    {
        return account::payout_doubted(ctx, payout, doubt);
    }
    let replaced = saved.record(payout);
    let mut reply = account::payout_saved(ctx, &saved, payout, replaced, assumed, now);
    reply.effect = Some(Effect::SaveProfile(Box::new(saved)));
    reply
}

/// How far outside every source a payout's rate must fall to be asked about before it
/// is kept: a typo (5 000 for 50), not an audience that pays well.
const FAR: u64 = 10;

/// What makes a payout worth asking about before it is kept (it would lead every later
/// estimate): a rate far outside every source's, or fewer views than the programme pays
/// for in 30 days.
fn doubt(ctx: &Ctx, saved: &Profile, payout: Payout) -> Option<Doubt> {
    let threshold = estimate::streams::creator_rewards::threshold(ctx.rates);
    if payout.views < threshold {
        return Some(Doubt::FewViews { threshold });
    }
    let estimator = Estimator::new(ctx.rates, payout.currency);
    let applicable = creator_rewards::applicable(ctx.rates, saved.country);
    let convert = |units, rate: &figures::Rate| {
        estimator.convert(units, rate.currency.unwrap_or(payout.currency))
    };
    let lowest = applicable.iter().map(|r| convert(r.low, r)).min()?;
    let highest = applicable
        .iter()
        .map(|r| convert(r.high_or_low(), r))
        .max()?;
    let per_1000 =
        Decimal::new(payout.cents, 2) * Decimal::ONE_THOUSAND / Decimal::from(payout.views);
    let far = Decimal::from(FAR);
    (per_1000 * far < lowest || per_1000 > highest * far).then(|| Doubt::FarRate {
        per_1000: Money::from_units(per_1000, payout.currency),
        sources: Range {
            low: Money::from_units(lowest, payout.currency),
            high: Money::from_units(highest, payout.currency),
            open_high: applicable.iter().any(|r| r.open_high),
            precision: Precision::Estimate,
        },
    })
}

/// A bad input to a personal command, kept private like its answer.
fn personal_error(ctx: Ctx, error: &InputError) -> Reply {
    let mut reply = input_error(ctx.lang, error);
    reply.personal = true;
    reply
}
