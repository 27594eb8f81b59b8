//! Replies about the user's own saved data: profile, payouts, stats and every
//! programme's conditions, language, forget-me and export. Every one of them is
//! personal (`CommandSpec::personal`).

use catalogue::{Arg, Msg, msg};
use serde::Serialize;

use super::{Ctx, conditions};
use crate::i18n::Text;
use crate::reply::{File, Reply};
use catalogue::{Choice, Frequency};
use catalogue::{CommandId, Inputs, OptionId, option};
use catalogue::{Identity, Month, Paid, Payout, Profile, Snapshot};
use estimate::milestones::{self, Milestone};
use estimate::own_rate::own_rate;
use estimate::progress::{Eta, eta};
use estimate::{Estimator, Missing, Range, Verdict};
use figures::Requirement;
use values::Lang;
use values::Money;

fn personal(mut reply: Reply) -> Reply {
    reply.personal = true;
    reply
}

/// The saved profile, one line per saved value.
fn profile_lines(ctx: &Ctx, profile: &Profile) -> Vec<Text> {
    let mut lines = Vec::new();
    let mut line = |msg: Msg| lines.push(ctx.tr(msg));
    let text = |t: &'static str| Arg::Text(t.into());
    if let Some(v) = profile.followers {
        line(
            msg::ProfileFollowers {
                value: Arg::Count(v),
            }
            .into(),
        );
    }
    if let Some(v) = profile.views30d {
        line(
            msg::ProfileViews30d {
                value: Arg::Count(v),
            }
            .into(),
        );
    }
    if let Some(v) = profile.engagement {
        line(
            msg::ProfileEngagement {
                value: Arg::Percent(v),
            }
            .into(),
        );
    }
    if let Some(v) = profile.country {
        line(
            msg::ProfileCountry {
                value: text(v.name(ctx.lang)),
            }
            .into(),
        );
    }
    if let Some(v) = profile.niche {
        line(
            msg::ProfileNiche {
                value: text(v.name(ctx.lang)),
            }
            .into(),
        );
    }
    if let Some(v) = profile.age {
        line(
            msg::ProfileAge {
                value: Arg::Count(v),
            }
            .into(),
        );
    }
    if let Some(v) = profile.currency {
        line(
            msg::ProfileCurrency {
                value: text(v.code()),
            }
            .into(),
        );
    }
    if let Some(v) = profile.length {
        line(
            msg::ProfileLength {
                value: Arg::Count(v),
            }
            .into(),
        );
    }
    if let Some(v) = profile.lang {
        line(
            msg::ProfileLang {
                value: text(v.code()),
            }
            .into(),
        );
    }
    if let Some(v) = profile.card {
        line(
            if v {
                msg::PROFILE_CARD_ON
            } else {
                msg::PROFILE_CARD_OFF
            }
            .into(),
        );
    }
    if let Some(audience) = &profile.audience {
        line(
            msg::ProfileAudience {
                value: Arg::Text(ctx.audience(audience).into()),
            }
            .into(),
        );
    }
    for payout in &profile.payouts {
        let (month, amount, views) = payout_args(ctx, payout);
        line(
            msg::ProfilePayout {
                month,
                amount,
                views,
            }
            .into(),
        );
    }
    lines
}

/// A payout's month, amount (as paid, exactly) and views.
fn payout_args<'a>(ctx: &Ctx, payout: &Payout) -> (Arg<'a>, Arg<'a>, Arg<'a>) {
    (
        Arg::Text(ctx.month(Some(payout.month.year()), payout.month.number())),
        Arg::Money(Money::new(payout.cents, payout.currency)),
        Arg::Count(payout.views),
    )
}

/// `paiement`: the payout kept, what it replaced or assumed, and the rate the payouts
/// now give, which `/gains` leads with.
pub fn payout_saved(
    ctx: Ctx,
    saved: &Profile,
    payout: Payout,
    replaced: bool,
    assumed: bool,
    now: Month,
) -> Reply {
    let mut reply = Reply::new(CommandId::Payout, ctx.lang, ctx.tr(msg::TITLE_PAYOUT)).line({
        let (month, amount, views) = payout_args(&ctx, &payout);
        ctx.tr(msg::PayoutSaved {
            month,
            amount,
            views,
        })
    });
    if replaced {
        reply = reply.line(ctx.tr(msg::PAYOUT_REPLACED));
    }
    if assumed {
        let hint = option(OptionId::Date).hint(ctx.lang);
        reply = reply.line(ctx.tr(msg::PayoutMonthAssumed {
            hint: Arg::Text((hint).into()),
        }));
    }
    let currency = saved.currency.unwrap_or(payout.currency);
    let estimator = Estimator::new(ctx.rates, currency);
    let paid = Paid {
        payouts: saved.payouts.clone(),
        now,
    };
    if let Some(own) = own_rate(&estimator, &paid) {
        let rate = own.pays(&estimator, 1_000);
        let gains = catalogue::command(CommandId::Gains).name(ctx.lang);
        reply = reply.line(ctx.tr(msg::PayoutRate {
            rate: Arg::Text(ctx.range(&rate)),
            payouts: Arg::Count(own.payouts as u64),
            command: Arg::Text((format!("/{gains}")).into()),
        }));
    }
    personal(reply)
}

/// Why a payout is asked about before it is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubt {
    /// Its rate per 1 000 views is far outside every source's.
    FarRate { per_1000: Money, sources: Range },
    /// Fewer views than the programme pays for in 30 days.
    FewViews { threshold: u64 },
}

/// A payout that may be a typo, not kept: what looks wrong, and the command that keeps it
/// as typed.
pub fn payout_doubted(ctx: Ctx, payout: Payout, doubt: Doubt) -> Reply {
    let (month, amount, views) = payout_args(&ctx, &payout);
    let command = format!(
        "/{} {}{} {}:{} {}:{} {}:{}",
        catalogue::command(CommandId::Payout).name(ctx.lang),
        rust_decimal::Decimal::new(payout.cents, 2).normalize(),
        payout.currency.code(),
        option(OptionId::Views).name(ctx.lang),
        payout.views,
        option(OptionId::Date).name(ctx.lang),
        payout.month,
        option(OptionId::Confirm).name(ctx.lang),
        match ctx.lang {
            Lang::Fr => "oui",
            Lang::En => "yes",
        }
    );
    let command = Arg::Text(command.into());
    let line = match doubt {
        Doubt::FarRate { per_1000, sources } => ctx.tr(msg::PayoutDoubtRate {
            amount,
            views,
            month,
            rate: Arg::Money(per_1000.significant(2)),
            sources: Arg::Text(ctx.range(&sources)),
            command,
        }),
        Doubt::FewViews { threshold } => ctx.tr(msg::PayoutDoubtViews {
            amount,
            views,
            month,
            threshold: Arg::Count(threshold),
            command,
        }),
    };
    personal(Reply::new(CommandId::Payout, ctx.lang, ctx.tr(msg::TITLE_PAYOUT_DOUBT)).line(line))
}

/// A payout for a month that has not come yet.
pub fn payout_in_future(ctx: Ctx, month: Month) -> Reply {
    let mut reply = Reply::new(CommandId::Payout, ctx.lang, ctx.tr(msg::TITLE_ERROR)).line(ctx.tr(
        msg::PayoutInFuture {
            month: Arg::Text((ctx.month(Some(month.year()), month.number()).into_owned()).into()),
        },
    ));
    reply.is_error = true;
    personal(reply)
}

/// `/paiement` for a month older than every one of the [`catalogue::MAX_PAYOUTS`] kept:
/// it would go at once, so it is refused, not "saved".
pub fn payout_too_old(ctx: Ctx, month: Month, oldest: Month) -> Reply {
    let named = |m: Month| Arg::Text(ctx.month(Some(m.year()), m.number()).into_owned().into());
    let mut reply = Reply::new(CommandId::Payout, ctx.lang, ctx.tr(msg::TITLE_ERROR)).line(ctx.tr(
        msg::PayoutTooOld {
            month: named(month),
            kept: Arg::Count(catalogue::MAX_PAYOUTS as u64),
            oldest: named(oldest),
        },
    ));
    reply.is_error = true;
    personal(reply)
}

/// `profil` with options (just saved) or without (what is saved).
pub fn profile(ctx: Ctx, profile: &Profile, just_saved: bool) -> Reply {
    let title = if just_saved {
        msg::TITLE_PROFILE_SAVED
    } else {
        msg::TITLE_PROFILE
    };
    let mut reply = Reply::new(CommandId::Profile, ctx.lang, ctx.tr(title));
    if profile.is_empty() {
        let example = format!(
            "/{} {} {}",
            catalogue::command(CommandId::Profile).name(ctx.lang),
            option(OptionId::Followers).hint(ctx.lang),
            option(OptionId::Views30d).hint(ctx.lang)
        );
        reply = reply.line(ctx.tr(msg::ProfileEmpty {
            example: Arg::Text((example).into()),
        }));
    } else {
        reply = reply.field(ctx.tr(msg::PROFILE_FIELD), profile_lines(&ctx, profile));
        reply = reply.line(ctx.tr(msg::PROFILE_USED_EVERYWHERE));
    }
    personal(reply)
}

/// What a save just reached (`before` to `after`) that was never said, and the next
/// threshold to aim for; with the ids to keep so none is said twice.
pub fn milestones(ctx: &Ctx, before: &Profile, after: &Profile) -> (Vec<Text>, Vec<String>) {
    let crossed = milestones::crossed(ctx.rates, before, after);
    if crossed.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let inputs = Inputs {
        followers: after.followers,
        views: after.views30d,
        age: after.age,
        length: after.length,
        country: after.country,
        ..Inputs::default()
    };
    let mut lines: Vec<Text> = crossed
        .iter()
        .map(|m| {
            let threshold = Arg::Count(m.threshold);
            let stream = Arg::Text(ctx.tr(m.programme.message()));
            // Reached, but held back by what no waiting changes soon: said plainly, not
            // celebrated.
            let verdict =
                estimate::eligibility::eligibility(ctx.rates, m.programme, &inputs).verdict;
            if let Verdict::NotYet(missing) = &verdict
                && let Some(held) = missing
                    .iter()
                    .find(|x| matches!(x, Missing::Age(_) | Missing::VideoSeconds(_)))
            {
                let unit = ctx.tr(match m.requirement {
                    Requirement::Followers => msg::UNIT_FOLLOWERS,
                    Requirement::Views30d => msg::UNIT_VIEWS,
                    _ => msg::UNIT_YEARS,
                });
                return ctx.tr(msg::MilestoneHeld {
                    stream,
                    threshold,
                    unit: Arg::Text(unit),
                    missing: Arg::Text(ctx.missing(held)),
                });
            }
            ctx.tr::<Msg>(match m.requirement {
                Requirement::Followers => msg::MilestoneFollowers { threshold, stream }.into(),
                Requirement::Views30d => msg::MilestoneViews { threshold, stream }.into(),
                _ => msg::MilestoneAge { threshold, stream }.into(),
            })
        })
        .collect();
    lines.push(match milestones::next(ctx.rates, after) {
        Some((next, missing)) => {
            // 0: the profile does not give the count (a milestone ahead is never reached).
            let profile = catalogue::command(CommandId::Profile).name(ctx.lang);
            let threshold = Arg::Count(next.threshold);
            let missing = Arg::Count(missing.unwrap_or(0));
            let command = Arg::Text(format!("/{profile}").into());
            let stream = Arg::Text(ctx.tr(next.programme.message()));
            ctx.tr::<Msg>(match next.requirement {
                Requirement::Followers => msg::MilestoneNextFollowers {
                    threshold,
                    missing,
                    command,
                    stream,
                }
                .into(),
                Requirement::Views30d => msg::MilestoneNextViews {
                    threshold,
                    missing,
                    command,
                    stream,
                }
                .into(),
                _ => msg::MilestoneNextAge { threshold, stream }.into(),
            })
        }
        None => {
            let stats = catalogue::command(CommandId::Stats).name(ctx.lang);
            ctx.tr(msg::MilestoneAll {
                command: Arg::Text((format!("/{stats}")).into()),
            })
        }
    });
    (lines, crossed.iter().map(Milestone::id).collect())
}

/// `stats`: the profile, its history, and every condition of each programme checked
/// against it, with when a count still missing will be reached at the current pace.
pub fn stats(ctx: Ctx, saved: &Profile, history: &[Snapshot], now: Month) -> Reply {
    let mut reply = Reply::new(CommandId::Stats, ctx.lang, ctx.tr(msg::TITLE_STATS));
    if saved.is_empty() {
        return personal(profile(ctx, saved, false));
    }
    reply = reply.field(ctx.tr(msg::PROFILE_FIELD), profile_lines(&ctx, saved));
    // The saved profile read as inputs: the views kept are those of the last 30 days,
    // the payouts recorded as evidence.
    let inputs = Inputs {
        followers: saved.followers,
        views: saved.views30d,
        age: saved.age,
        length: saved.length,
        country: saved.country,
        paid: (!saved.payouts.is_empty()).then(|| Paid {
            payouts: saved.payouts.clone(),
            now,
        }),
        ..Inputs::default()
    };
    let mut sources: Vec<&str> = Vec::new();
    for programme in conditions::PROGRAMMES {
        let when = |requirement: Requirement| {
            let threshold = ctx.rates.rule(programme, requirement)?.min;
            Some(match eta(requirement, threshold, saved, history) {
                Eta::Days(days) => ctx.tr(msg::ProgressEta {
                    days: Arg::Count(days),
                }),
                Eta::NotGrowing => ctx.tr(msg::PROGRESS_FLAT),
                Eta::TooLittleHistory => ctx.tr(msg::PROGRESS_NO_HISTORY),
                Eta::Reached | Eta::Unknown => return None,
            })
        };
        let judged = estimate::eligibility::eligibility(ctx.rates, programme, &inputs);
        let mut lines = vec![ctx.verdict_over_checklist(&judged.verdict)];
        lines.extend(conditions::lines(&ctx, &judged, when, &mut sources));
        reply = reply.field(ctx.tr(programme.message()), lines);
    }
    let days: Vec<Text> = history
        .iter()
        .rev()
        .take(7)
        .map(|s| {
            let or_dash = |n: Option<u64>| n.map_or(Arg::Text("–".into()), Arg::Count);
            ctx.tr(msg::HistoryDay {
                date: Arg::Text(catalogue::date_of(s.day).into()),
                followers: or_dash(s.followers),
                views: or_dash(s.views30d),
            })
        })
        .collect();
    if !days.is_empty() {
        reply = reply.field(ctx.tr(msg::HISTORY_FIELD), days);
    }
    ctx.cite(&mut reply, &sources);
    personal(reply)
}

/// `langue`: saved, and said in the new language.
pub fn language_saved(lang: Lang) -> Reply {
    personal(Reply::new(
        CommandId::Language,
        lang,
        crate::i18n::tr(lang, msg::LANGUAGE_SAVED),
    ))
}

/// `oubli` without `confirmer:oui`: nothing is deleted, the user is told how.
pub fn forget_prompt(ctx: Ctx) -> Reply {
    let confirm = format!(
        "/{} {}:{}",
        catalogue::command(CommandId::Forget).name(ctx.lang),
        option(OptionId::Confirm).name(ctx.lang),
        match ctx.lang {
            Lang::Fr => "oui",
            Lang::En => "yes",
        }
    );
    personal(
        Reply::new(CommandId::Forget, ctx.lang, ctx.tr(msg::TITLE_FORGET)).line(ctx.tr(
            msg::ForgetPrompt {
                confirm: Arg::Text((confirm).into()),
            },
        )),
    )
}

/// `oubli confirmer:oui` done, or `confirmer:non`.
pub fn forget_done(ctx: Ctx, deleted: bool) -> Reply {
    let id = if deleted {
        msg::FORGET_DONE
    } else {
        msg::FORGET_KEPT
    };
    personal(Reply::new(CommandId::Forget, ctx.lang, ctx.tr(msg::TITLE_FORGET)).line(ctx.tr(id)))
}

/// Everything stored about a user, as it is stored.
#[derive(Debug, Serialize)]
struct ExportData<'a> {
    platform: &'static str,
    user_id: &'a str,
    profile: Option<ExportProfile>,
    snapshots: Vec<ExportSnapshot>,
}

/// One day of saved stats, dated as people read dates.
#[derive(Debug, Serialize)]
struct ExportSnapshot {
    date: String,
    followers: Option<u64>,
    views30d: Option<u64>,
}

#[derive(Debug, Serialize)]
struct ExportProfile {
    followers: Option<u64>,
    views30d: Option<u64>,
    engagement_percent: Option<String>,
    country: Option<&'static str>,
    niche: Option<&'static str>,
    age: Option<u64>,
    currency: Option<&'static str>,
    video_seconds: Option<u64>,
    lang: Option<&'static str>,
    card: Option<bool>,
    /// `FR:60,BE:15,US:25`.
    audience: Option<String>,
    payouts: Vec<ExportPayout>,
    /// The milestones already said (`creator_rewards.followers`).
    milestones: Vec<String>,
}

/// One payout, its amount as a decimal string in the currency it came in.
#[derive(Debug, Serialize)]
struct ExportPayout {
    month: String,
    amount: String,
    currency: &'static str,
    views: u64,
}

/// The name of the file `/export` sends.
pub const EXPORT_FILE: &str = "gainsbot-export.json";

/// `export`: the user's rows as JSON (right of access), as a file.
pub fn export(ctx: Ctx, who: &Identity, saved: Option<&Profile>, history: &[Snapshot]) -> Reply {
    let data = ExportData {
        platform: who.platform.as_str(),
        user_id: &who.user_id,
        profile: saved.map(|p| ExportProfile {
            followers: p.followers,
            views30d: p.views30d,
            engagement_percent: p.engagement.map(|e| e.0.to_string()),
            country: p.country.map(|c| c.code),
            niche: p.niche.map(|n| n.id()),
            age: p.age,
            currency: p.currency.map(|c| c.code()),
            video_seconds: p.length,
            lang: p.lang.map(Lang::code),
            card: p.card,
            audience: p.audience.map(|a| a.written()),
            payouts: p
                .payouts
                .iter()
                .map(|payout| ExportPayout {
                    month: payout.month.to_string(),
                    amount: rust_decimal::Decimal::new(payout.cents, 2).to_string(),
                    currency: payout.currency.code(),
                    views: payout.views,
                })
                .collect(),
            milestones: p.milestones.clone(),
        }),
        snapshots: history
            .iter()
            .map(|s| ExportSnapshot {
                date: catalogue::date_of(s.day),
                followers: s.followers,
                views30d: s.views30d,
            })
            .collect(),
    };
    let json = serde_json::to_string_pretty(&data).unwrap_or_default();
    let mut reply = Reply::new(CommandId::Export, ctx.lang, ctx.tr(msg::TITLE_EXPORT)).line(
        ctx.tr(msg::ExportIntro {
            file: Arg::Text((EXPORT_FILE).into()),
        }),
    );
    reply.file = Some(File {
        name: EXPORT_FILE,
        content: json,
    });
    personal(reply)
}

/// The line an estimate gets when saved values filled some options.
pub fn saved_values_used(ctx: Ctx, used: &[OptionId], inputs: &Inputs) -> Text {
    let names: Vec<String> = used
        .iter()
        .filter_map(|&id| super::asked::item(&ctx, id, inputs.value(id)?))
        .map(Text::into_owned)
        .collect();
    let command = catalogue::command(CommandId::Profile).name(ctx.lang);
    ctx.tr(msg::SavedValuesUsed {
        options: Arg::Text((names.join(", ")).into()),
        command: Arg::Text((command).into()),
    })
}

/// Saved data cannot be read or written right now.
pub fn store_unavailable(ctx: Ctx, command: CommandId) -> Reply {
    let mut reply = Reply::new(command, ctx.lang, ctx.tr(msg::TITLE_STORE_UNAVAILABLE))
        .line(ctx.tr(msg::STORE_UNAVAILABLE));
    reply.is_error = true;
    personal(reply)
}

/// The line an estimate gets when saved values could not be read.
pub fn saved_values_unavailable(ctx: Ctx) -> Text {
    ctx.tr(msg::SAVED_VALUES_UNAVAILABLE)
}

/// A personal command asked where others would see the answer: never the data, a
/// pointer to a private chat instead.
pub fn private_only(ctx: Ctx, command: CommandId) -> Reply {
    let mut reply = Reply::new(command, ctx.lang, ctx.tr(msg::TITLE_PRIVATE_ONLY))
        .line(ctx.tr(msg::PRIVATE_ONLY));
    reply.is_error = true;
    reply
}

/// A personal command where the bot cannot tell who is asking (no saved data here).
pub fn no_identity(ctx: Ctx, command: CommandId) -> Reply {
    let mut reply = Reply::new(command, ctx.lang, ctx.tr(msg::TITLE_STORE_UNAVAILABLE))
        .line(ctx.tr(msg::NO_IDENTITY));
    reply.is_error = true;
    reply
}

/// `/rappel mensuel|off`, or `/rappel` alone (`changed: false`): the state, and how to
/// turn it the other way.
pub fn reminder_state(ctx: Ctx, on: bool, changed: bool) -> Reply {
    let typed = |frequency: Frequency| {
        format!(
            "/{} {}",
            catalogue::command(CommandId::Reminder).name(ctx.lang),
            frequency.name(ctx.lang)
        )
    };
    let (on_text, off) = (
        Arg::Text(typed(Frequency::Monthly).into()),
        Arg::Text(typed(Frequency::Off).into()),
    );
    let line: Msg = match (changed, on) {
        (true, true) => msg::ReminderOn { off }.into(),
        (true, false) => msg::ReminderOff { on: on_text }.into(),
        (false, true) => msg::ReminderStateOn { off }.into(),
        (false, false) => msg::ReminderStateOff { on: on_text }.into(),
    };
    personal(
        Reply::new(CommandId::Reminder, ctx.lang, ctx.tr(msg::TITLE_REMINDER)).line(ctx.tr(line)),
    )
}

/// `/rappel` where this process cannot write to the asker first (Discord served by its
/// endpoint alone, with no token; the console): that none can go, and what still works;
/// `refused` when one was asked for.
pub fn reminder_undeliverable(ctx: Ctx, refused: bool) -> Reply {
    let stats = format!("/{}", catalogue::command(CommandId::Stats).name(ctx.lang));
    let mut reply = personal(
        Reply::new(CommandId::Reminder, ctx.lang, ctx.tr(msg::TITLE_REMINDER)).line(ctx.tr(
            msg::ReminderUndeliverable {
                stats: Arg::Text(stats.into()),
            },
        )),
    );
    reply.is_error = refused;
    reply
}

/// The message at the start of `month`: the saved figures, the progress towards each
/// programme (as `/stats` shows it), when they were last saved, and how to update them.
pub fn reminder(ctx: Ctx, saved: &Profile, history: &[Snapshot], month: Month) -> Reply {
    let mut reply = stats(ctx, saved, history, month);
    reply.command = CommandId::Reminder;
    reply.title = ctx.tr(msg::TitleReminderMonth {
        month: Arg::Text(ctx.month(Some(month.year()), month.number())),
    });
    let mut opening = vec![ctx.tr(msg::REMINDER_INTRO)];
    if let Some(last) = history.last() {
        opening.push(ctx.tr(msg::ReminderLastSaved {
            date: Arg::Text((catalogue::date_of(last.day)).into()),
        }));
    }
    reply.lines.splice(0..0, opening);
    let example = format!(
        "/{} {} {}",
        catalogue::command(CommandId::Profile).name(ctx.lang),
        option(OptionId::Followers).hint(ctx.lang),
        option(OptionId::Views30d).hint(ctx.lang)
    );
    let off = format!(
        "/{} {}",
        catalogue::command(CommandId::Reminder).name(ctx.lang),
        Frequency::Off.name(ctx.lang)
    );
    reply.lines.push(ctx.tr(msg::ReminderUpdate {
        example: Arg::Text((example).into()),
        payout: Arg::Text((catalogue::command(CommandId::Payout).name(ctx.lang)).into()),
        off: Arg::Text((off).into()),
    }));
    reply
}
