//! Replies about a server's or group's settings (`/config`): anyone there may read them,
//! its admins change them.

use super::Ctx;
use crate::i18n::Text;
use crate::reply::{Effect, Reply};
use catalogue::{Arg, msg};
use catalogue::{CommandId, Inputs, Invocation, OptionId, Settings, command, option};

/// `/config devise:EUR langue:fr`, in the reader's language: a change that works.
fn example(ctx: &Ctx) -> String {
    let mut example = format!("/{}", command(CommandId::Config).name(ctx.lang));
    for id in [OptionId::Currency, OptionId::Language] {
        example.push(' ');
        option(id).push_hint(&mut example, ctx.lang);
    }
    example
}

/// The settings, one line each, how they rank against a member's own, and who changes
/// them; `saved`: just changed; `here`: the channel asked in.
pub fn settings(ctx: Ctx, settings: &Settings, saved: bool, here: i64) -> Reply {
    let title = if saved {
        msg::TITLE_SETTINGS_SAVED
    } else {
        msg::TITLE_SETTINGS
    };
    let mut lines: Vec<Text> = Vec::new();
    if let Some(lang) = settings.lang {
        lines.push(ctx.tr(msg::SettingsLang {
            value: Arg::Text(crate::i18n::tr(lang, msg::LANGUAGE_NAME)),
        }));
    }
    if let Some(currency) = settings.currency {
        let name = ctx.tr(super::words::currency(currency));
        lines.push(ctx.tr(msg::SettingsCurrency {
            value: Arg::Text(format!("{} ({name})", currency.code()).into()),
        }));
    }
    if let Some(country) = settings.country {
        lines.push(ctx.tr(msg::SettingsCountry {
            value: Arg::Text(country.name(ctx.lang).into()),
        }));
    }
    match settings.card {
        Some(true) => lines.push(ctx.tr(msg::SETTINGS_CARD_ON)),
        Some(false) => lines.push(ctx.tr(msg::SETTINGS_CARD_OFF)),
        None => {}
    }
    match settings.mentions {
        Some(true) => lines.push(ctx.tr(msg::SETTINGS_MENTIONS_ON)),
        Some(false) => lines.push(ctx.tr(msg::SETTINGS_MENTIONS_OFF)),
        None => {}
    }
    match settings.answers_in {
        Some(channel) if channel == here => lines.push(ctx.tr(msg::SETTINGS_UNPROMPTED_HERE)),
        Some(_) => lines.push(ctx.tr(msg::SETTINGS_UNPROMPTED_ELSEWHERE)),
        None => {}
    }
    if lines.is_empty() {
        lines.push(ctx.tr(msg::SETTINGS_UNSET));
    }
    let mut reply = Reply::new(CommandId::Config, ctx.lang, ctx.tr(title));
    reply.lines = lines;
    reply.line(order(&ctx)).line(ctx.tr(msg::SettingsWho {
        example: Arg::Text((example(&ctx)).into()),
    }))
}

/// Which setting wins, as `/aide` and `/config` say it.
pub(super) fn order(ctx: &Ctx) -> Text {
    ctx.tr(msg::SettingsOrder {
        profile: Arg::Text((command(CommandId::Profile).name(ctx.lang)).into()),
        language: Arg::Text((command(CommandId::Language).name(ctx.lang)).into()),
    })
}

fn refusal(ctx: Ctx, line: Text) -> Reply {
    let mut reply = Reply::new(CommandId::Config, ctx.lang, ctx.tr(msg::TITLE_SETTINGS)).line(line);
    reply.is_error = true;
    reply
}

/// `/config` decided: the settings shown to anyone there, or changed (an effect only an
/// admin's message may carry out, said in the language just chosen if one was); outside
/// a server or group (`here`: none), a pointer to the member's own settings.
pub fn configure(
    ctx: Ctx,
    here: Option<i64>,
    mut settings: Settings,
    invocation: &Invocation,
) -> Reply {
    let Some(here) = here else {
        return private(ctx);
    };
    let inputs = &invocation.inputs;
    let change = invocation.command.options.iter().any(|&o| inputs.is_set(o));
    if !change {
        return self::settings(ctx, &settings, false, here);
    }
    settings.update(inputs, here);
    let ctx = ctx.in_lang(inputs.language.unwrap_or(ctx.lang));
    let mut reply = self::settings(ctx, &settings, true, here);
    reply.effect = Some(Effect::SaveSettings(settings));
    reply
}

/// A member who is not an admin asked for a change: nothing changed.
pub fn refused(ctx: Ctx) -> Reply {
    refusal(ctx, ctx.tr(msg::SETTINGS_REFUSED))
}

/// Whether the asker is an admin could not be told (the platform did not answer).
pub fn unchecked(ctx: Ctx) -> Reply {
    let name = command(CommandId::Config).name(ctx.lang);
    refusal(
        ctx,
        ctx.tr(msg::SettingsUnchecked {
            command: Arg::Text((name).into()),
        }),
    )
}

/// `/config` where there is no server or group: a pointer to the member's own settings.
pub fn private(ctx: Ctx) -> Reply {
    let name = |id| Arg::Text(command(id).name(ctx.lang).into());
    refusal(
        ctx,
        ctx.tr(msg::SettingsPrivate {
            command: name(CommandId::Config),
            profile: name(CommandId::Profile),
            language: name(CommandId::Language),
        }),
    )
}

/// The line an estimate gets when the community's settings filled some options.
pub fn values_used(ctx: Ctx, used: &[OptionId], inputs: &Inputs) -> Text {
    let names: Vec<String> = used
        .iter()
        .filter_map(|&id| super::asked::item(&ctx, id, inputs.value(id)?))
        .map(Text::into_owned)
        .collect();
    ctx.tr(msg::SettingsValuesUsed {
        options: Arg::Text((names.join(", ")).into()),
    })
}
