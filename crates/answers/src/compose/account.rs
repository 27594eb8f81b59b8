//! Replies about the user's own saved data: profile, payouts, stats and every
//! programme's conditions, language, forget-me and export. Every one of them is
//! personal (`CommandSpec::personal`).

use serde::Serialize;

use super::{Ctx, conditions};
use crate::i18n::{Args, Text};
use crate::reply::{File, Reply};
use catalogue::{Choice, Frequency};
use catalogue::{CommandId, Inputs, OptionId, option};
use catalogue::{Identity, Month, Paid, Payout, Profile, Snapshot};
use estimate::Estimator;
use estimate::milestones::{self, Milestone};
use estimate::own_rate::own_rate;
use estimate::progress::{Eta, eta};
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
    let mut line = |id: &'static str, args: Args| lines.push(ctx.tr_args(id, args));
    if let Some(v) = profile.followers {
        line("profile-followers", Args::new().count("value", v));
    }
    if let Some(v) = profile.views30d {
        line("profile-views30d", Args::new().count("value", v));
    }
    if let Some(v) = profile.engagement {
        line("profile-engagement", Args::new().percent("value", v));
    }
    if let Some(v) = profile.country {
        line(
            "profile-country",
            Args::new().text("value", v.name(ctx.lang)),
        );
    }
    if let Some(v) = profile.niche {
        line("profile-niche", Args::new().text("value", v.name(ctx.lang)));
    }
    if let Some(v) = profile.age {
        line("profile-age", Args::new().count("value", v));
    }
    if let Some(v) = profile.currency {
        line("profile-currency", Args::new().text("value", v.code()));
    }
    if let Some(v) = profile.length {
        line("profile-length", Args::new().count("value", v));
    }
    if let Some(v) = profile.lang {
        line("profile-lang", Args::new().text("value", v.code()));
    }
    if let Some(v) = profile.card {
        line(
            if v {
                "profile-card-on"
            } else {
                "profile-card-off"
            },
            Args::new(),
        );
    }
    if let Some(audience) = &profile.audience {
        line(
            "profile-audience",
            Args::new().text("value", ctx.audience(audience)),
        );
    }
    for payout in &profile.payouts {
        line("profile-payout", payout_args(ctx, payout));
    }
    lines
}

/// A payout's month, amount (as paid, exactly) and views.
fn payout_args<'a>(ctx: &Ctx, payout: &Payout) -> Args<'a> {
    Args::new()
        .text(
            "month",
            ctx.month(Some(payout.month.year()), payout.month.number())
                .into_owned(),
        )
        .money("amount", Money::new(payout.cents, payout.currency))
        .count("views", payout.views)
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
    let mut reply = Reply::new(CommandId::Payout, ctx.lang, ctx.tr("title-payout"))
        .line(ctx.tr_args("payout-saved", payout_args(&ctx, &payout)));
    if replaced {
        reply = reply.line(ctx.tr("payout-replaced"));
    }
    if assumed {
        let hint = option(OptionId::Date).hint(ctx.lang);
        reply = reply.line(ctx.tr_args("payout-month-assumed", Args::new().text("hint", hint)));
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
        reply = reply.line(
            ctx.tr_args(
                "payout-rate",
                Args::new()
                    .text("rate", ctx.range(&rate))
                    .count("payouts", own.payouts as u64)
                    .text("command", format!("/{gains}")),
            ),
        );
    }
    personal(reply)
}

/// A payout for a month that has not come yet.
pub fn payout_in_future(ctx: Ctx, month: Month) -> Reply {
    let mut reply =
        Reply::new(CommandId::Payout, ctx.lang, ctx.tr("title-error")).line(ctx.tr_args(
            "payout-in-future",
            Args::new().text(
                "month",
                ctx.month(Some(month.year()), month.number()).into_owned(),
            ),
        ));
    reply.is_error = true;
    personal(reply)
}

/// `profil` with options (just saved) or without (what is saved).
pub fn profile(ctx: Ctx, profile: &Profile, just_saved: bool) -> Reply {
    let title = if just_saved {
        "title-profile-saved"
    } else {
        "title-profile"
    };
    let mut reply = Reply::new(CommandId::Profile, ctx.lang, ctx.tr(title));
    if profile.is_empty() {
        let example = format!(
            "/{} {} {}",
            catalogue::command(CommandId::Profile).name(ctx.lang),
            option(OptionId::Followers).hint(ctx.lang),
            option(OptionId::Views30d).hint(ctx.lang)
        );
        reply = reply.line(ctx.tr_args("profile-empty", Args::new().text("example", example)));
    } else {
        reply = reply.field(ctx.tr("profile-field"), profile_lines(&ctx, profile));
        reply = reply.line(ctx.tr("profile-used-everywhere"));
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
    let what = |m: &Milestone, id_followers, id_views, id_age| {
        let id = match m.requirement {
            Requirement::Followers => id_followers,
            Requirement::Views30d => id_views,
            _ => id_age,
        };
        (id, Args::new().count("threshold", m.threshold))
    };
    let mut lines: Vec<Text> = crossed
        .iter()
        .map(|m| {
            let (id, args) = what(m, "milestone-followers", "milestone-views", "milestone-age");
            ctx.tr_args(id, args.text("stream", ctx.tr(m.programme.message())))
        })
        .collect();
    lines.push(match milestones::next(ctx.rates, after) {
        Some((next, missing)) => {
            let (id, args) = what(
                &next,
                "milestone-next-followers",
                "milestone-next-views",
                "milestone-next-age",
            );
            // 0: the profile does not give the count (a milestone ahead is never reached).
            let profile = catalogue::command(CommandId::Profile).name(ctx.lang);
            let args = args
                .count("missing", missing.unwrap_or(0))
                .text("command", format!("/{profile}"));
            ctx.tr_args(id, args.text("stream", ctx.tr(next.programme.message())))
        }
        None => {
            let stats = catalogue::command(CommandId::Stats).name(ctx.lang);
            ctx.tr_args(
                "milestone-all",
                Args::new().text("command", format!("/{stats}")),
            )
        }
    });
    (lines, crossed.iter().map(Milestone::id).collect())
}

/// `stats`: the profile, its history, and every condition of each programme checked
/// against it, with when a count still missing will be reached at the current pace.
pub fn stats(ctx: Ctx, saved: &Profile, history: &[Snapshot]) -> Reply {
    let mut reply = Reply::new(CommandId::Stats, ctx.lang, ctx.tr("title-stats"));
    if saved.is_empty() {
        return personal(profile(ctx, saved, false));
    }
    reply = reply.field(ctx.tr("profile-field"), profile_lines(&ctx, saved));
    // The saved profile read as inputs: the views kept are those of the last 30 days.
    let inputs = Inputs {
        followers: saved.followers,
        views: saved.views30d,
        age: saved.age,
        length: saved.length,
        country: saved.country,
        ..Inputs::default()
    };
    let mut sources: Vec<&str> = Vec::new();
    for programme in conditions::PROGRAMMES {
        let when = |requirement: Requirement| {
            let threshold = ctx.rates.rule(programme, requirement)?.min;
            Some(match eta(requirement, threshold, saved, history) {
                Eta::Days(days) => ctx.tr_args("progress-eta", Args::new().count("days", days)),
                Eta::NotGrowing => ctx.tr("progress-flat"),
                Eta::TooLittleHistory => ctx.tr("progress-no-history"),
                Eta::Reached | Eta::Unknown => return None,
            })
        };
        let lines = conditions::lines(&ctx, programme, &inputs, when, &mut sources);
        reply = reply.field(ctx.tr(programme.message()), lines);
    }
    let days: Vec<Text> = history
        .iter()
        .rev()
        .take(7)
        .map(|s| {
            let mut args = Args::new().text("date", catalogue::date_of(s.day));
            args = match s.followers {
                Some(f) => args.count("followers", f),
                None => args.text("followers", "–"),
            };
            args = match s.views30d {
                Some(v) => args.count("views", v),
                None => args.text("views", "–"),
            };
            ctx.tr_args("history-day", args)
        })
        .collect();
    if !days.is_empty() {
        reply = reply.field(ctx.tr("history-field"), days);
    }
    ctx.cite(&mut reply, &sources);
    personal(reply)
}

/// `langue`: saved, and said in the new language.
pub fn language_saved(lang: Lang) -> Reply {
    personal(Reply::new(
        CommandId::Language,
        lang,
        crate::i18n::tr(lang, "language-saved"),
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
        Reply::new(CommandId::Forget, ctx.lang, ctx.tr("title-forget"))
            .line(ctx.tr_args("forget-prompt", Args::new().text("confirm", confirm))),
    )
}

/// `oubli confirmer:oui` done, or `confirmer:non`.
pub fn forget_done(ctx: Ctx, deleted: bool) -> Reply {
    let id = if deleted {
        "forget-done"
    } else {
        "forget-kept"
    };
    personal(Reply::new(CommandId::Forget, ctx.lang, ctx.tr("title-forget")).line(ctx.tr(id)))
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
    let mut reply = Reply::new(CommandId::Export, ctx.lang, ctx.tr("title-export"))
        .line(ctx.tr_args("export-intro", Args::new().text("file", EXPORT_FILE)));
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
    ctx.tr_args(
        "saved-values-used",
        Args::new()
            .text("options", names.join(", "))
            .text("command", command),
    )
}

/// Saved data cannot be read or written right now.
pub fn store_unavailable(ctx: Ctx, command: CommandId) -> Reply {
    let mut reply = Reply::new(command, ctx.lang, ctx.tr("title-store-unavailable"))
        .line(ctx.tr("store-unavailable"));
    reply.is_error = true;
    personal(reply)
}

/// The line an estimate gets when saved values could not be read.
pub fn saved_values_unavailable(ctx: Ctx) -> Text {
    ctx.tr("saved-values-unavailable")
}

/// A personal command asked where others would see the answer: never the data, a
/// pointer to a private chat instead.
pub fn private_only(ctx: Ctx, command: CommandId) -> Reply {
    let mut reply =
        Reply::new(command, ctx.lang, ctx.tr("title-private-only")).line(ctx.tr("private-only"));
    reply.is_error = true;
    reply
}

/// A personal command where the bot cannot tell who is asking (no saved data here).
pub fn no_identity(ctx: Ctx, command: CommandId) -> Reply {
    let mut reply = Reply::new(command, ctx.lang, ctx.tr("title-store-unavailable"))
        .line(ctx.tr("no-identity"));
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
    let args = Args::new()
        .text("on", typed(Frequency::Monthly))
        .text("off", typed(Frequency::Off));
    let id = match (changed, on) {
        (true, true) => "reminder-on",
        (true, false) => "reminder-off",
        (false, true) => "reminder-state-on",
        (false, false) => "reminder-state-off",
    };
    personal(
        Reply::new(CommandId::Reminder, ctx.lang, ctx.tr("title-reminder"))
            .line(ctx.tr_args(id, args)),
    )
}

/// The message at the start of `month`: the saved figures, the progress towards each
/// programme (as `/stats` shows it), when they were last saved, and how to update them.
pub fn reminder(ctx: Ctx, saved: &Profile, history: &[Snapshot], month: Month) -> Reply {
    let mut reply = stats(ctx, saved, history);
    reply.command = CommandId::Reminder;
    reply.title = ctx.tr_args(
        "title-reminder-month",
        Args::new().text("month", ctx.month(Some(month.year()), month.number())),
    );
    let mut opening = vec![ctx.tr("reminder-intro")];
    if let Some(last) = history.last() {
        opening.push(ctx.tr_args(
            "reminder-last-saved",
            Args::new().text("date", catalogue::date_of(last.day)),
        ));
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
    reply.lines.push(
        ctx.tr_args(
            "reminder-update",
            Args::new()
                .text("example", example)
                .text(
                    "payout",
                    catalogue::command(CommandId::Payout).name(ctx.lang),
                )
                .text("off", off),
        ),
    );
    reply
}
