//! A question the reader could read more than one way: one short question back, each
//! likely reading a button that answers it (numbered lines in the console, the typed
//! command beside each). And chat (thanks, a greeting): one line back, nothing estimated.

use catalogue::{Arg, CommandId, MessageId, msg};
use reader::question::Reading;
use values::Lang;

use super::Ctx;
use super::asked::{item, typed};
use crate::i18n::{Text, tr};
use crate::press;
use crate::reply::{Action, ActionKind, Choice, Reply};

/// Discord's longest button label; Telegram shows long ones cut anyway.
const LABEL_MAX: usize = 80;

/// What a choice of this command is called on its button.
fn choice(command: CommandId) -> MessageId {
    match command {
        CommandId::Gains => msg::CHOICE_GAINS,
        CommandId::Eligibility => msg::CHOICE_ELIGIBILITY,
        CommandId::Sponsorship => msg::CHOICE_SPONSORSHIP,
        CommandId::Live => msg::CHOICE_LIVE,
        CommandId::Product => msg::CHOICE_PRODUCT,
        CommandId::Affiliate => msg::CHOICE_AFFILIATE,
        CommandId::Goal => msg::CHOICE_GOAL,
        CommandId::Projection => msg::CHOICE_PROJECTION,
        CommandId::Engagement => msg::CHOICE_ENGAGEMENT,
        CommandId::Sources => msg::CHOICE_SOURCES,
        CommandId::Faq => msg::CHOICE_FAQ,
        CommandId::Help | CommandId::Start => msg::CHOICE_HELP,
        CommandId::Profile => msg::CHOICE_PROFILE,
        CommandId::Stats => msg::CHOICE_STATS,
        CommandId::Language => msg::CHOICE_LANGUAGE,
        CommandId::Forget => msg::CHOICE_FORGET,
        CommandId::Export => msg::CHOICE_EXPORT,
        CommandId::TakeHome => msg::CHOICE_TAKEHOME,
        CommandId::Payout => msg::CHOICE_PAYOUT,
        CommandId::Config => msg::CHOICE_CONFIG,
        CommandId::Reminder => msg::CHOICE_REMINDER,
    }
}

/// A reading in words: what it answers, and the values it read (`Estimer mes gains :
/// 900 000 vues`), cut to fit a button.
fn label(ctx: &Ctx, reading: &Reading) -> Text {
    let takes = catalogue::command(reading.command).options;
    let read: Vec<Text> = reading
        .values
        .iter()
        .filter(|(o, _)| takes.contains(o))
        .filter_map(|(o, v)| item(ctx, *o, *v))
        .collect();
    let what = ctx.tr(choice(reading.command));
    let label = if read.is_empty() {
        what
    } else {
        ctx.tr(msg::ChoiceWith {
            choice: Arg::Text(what),
            read: Arg::Text(read.join(", ").into()),
        })
    };
    if label.chars().count() <= LABEL_MAX {
        return label;
    }
    let mut cut: String = label.chars().take(LABEL_MAX - 1).collect();
    cut.push('…');
    Text::Owned(cut)
}

/// The question back: which of these readings, each a button (and a numbered line).
pub fn clarify(ctx: Ctx, text: &str, readings: Vec<Reading>) -> Reply {
    let mut reply = Reply::new(CommandId::Help, ctx.lang, ctx.tr(msg::TITLE_CLARIFY)).line(ctx.tr(
        msg::ClarifyLead {
            text: Arg::Text(catalogue::echo(text).into()),
        },
    ));
    // What no reading understood (`3 bananas`), named once.
    let unknown: Vec<String> = readings
        .first()
        .map(|r| r.unknown.clone())
        .unwrap_or_default();
    for reading in readings {
        let label = label(&ctx, &reading);
        let spec = catalogue::command(reading.command);
        let used: Vec<_> = reading
            .values
            .iter()
            .filter(|(o, _)| spec.options.contains(o))
            .copied()
            .collect();
        let typed = typed(&ctx, spec, &used);
        let Ok(invocation) = reading.invocation() else {
            continue;
        };
        let Some(data) = press::encode(ActionKind::Choose, &invocation) else {
            continue;
        };
        reply.lines.push(ctx.tr(msg::ClarifyOption {
            n: Arg::Count(reply.actions.len() as u64 + 1),
            choice: Arg::Text(label.clone()),
            command: Arg::Text(typed.into()),
        }));
        reply.choices.push(Choice {
            command: invocation.command.id,
            inputs: invocation.inputs,
        });
        reply.actions.push(Action {
            kind: ActionKind::Choose,
            label,
            data,
        });
    }
    for text in unknown {
        reply.lines.push(ctx.tr(msg::UnderstoodUnknown {
            text: Arg::Text(text.into()),
        }));
    }
    reply
}

/// Thanks, a greeting, `ok cool`: one line, pointing at what the bot answers.
pub fn chat(lang: Lang) -> Reply {
    Reply::new(CommandId::Help, lang, tr(lang, msg::CHAT_REPLY))
}
