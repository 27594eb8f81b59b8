//! Replies about a server's or group's settings (`/config`): anyone there may read them,
//! its admins change them.

use super::Ctx;
use crate::i18n::{Args, Text};
use crate::reply::Reply;
use catalogue::{CommandId, Inputs, OptionId, Settings, command, option};

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
/// them; `saved`: just changed.
pub fn settings(ctx: Ctx, settings: &Settings, saved: bool) -> Reply {
    let title = if saved {
        "title-settings-saved"
    } else {
        "title-settings"
    };
    let mut lines: Vec<Text> = Vec::new();
    let value = |id, shown: Text| ctx.tr_args(id, Args::new().text("value", shown));
    if let Some(lang) = settings.lang {
        lines.push(value(
            "settings-lang",
            crate::i18n::tr(lang, "language-name"),
        ));
    }
    if let Some(currency) = settings.currency {
        let name = ctx.tr(&format!("currency-{}", currency.code()));
        lines.push(value(
            "settings-currency",
            Text::Owned(format!("{} ({name})", currency.code())),
        ));
    }
    if let Some(country) = settings.country {
        lines.push(value(
            "settings-country",
            Text::Borrowed(country.name(ctx.lang)),
        ));
    }
    match settings.card {
        Some(true) => lines.push(ctx.tr("settings-card-on")),
        Some(false) => lines.push(ctx.tr("settings-card-off")),
        None => {}
    }
    match settings.mentions {
        Some(true) => lines.push(ctx.tr("settings-mentions-on")),
        Some(false) => lines.push(ctx.tr("settings-mentions-off")),
        None => {}
    }
    if lines.is_empty() {
        lines.push(ctx.tr("settings-unset"));
    }
    let mut reply = Reply::new(CommandId::Config, ctx.lang, ctx.tr(title));
    reply.lines = lines;
    reply
        .line(order(&ctx))
        .line(ctx.tr_args("settings-who", Args::new().text("example", example(&ctx))))
}

/// Which setting wins, as `/aide` and `/config` say it.
pub(super) fn order(ctx: &Ctx) -> Text {
    ctx.tr_args(
        "settings-order",
        Args::new()
            .text("profile", command(CommandId::Profile).name(ctx.lang))
            .text("language", command(CommandId::Language).name(ctx.lang)),
    )
}

fn refusal(ctx: Ctx, line: Text) -> Reply {
    let mut reply = Reply::new(CommandId::Config, ctx.lang, ctx.tr("title-settings")).line(line);
    reply.is_error = true;
    reply
}

/// A member who is not an admin asked for a change: nothing changed.
pub fn refused(ctx: Ctx) -> Reply {
    refusal(ctx, ctx.tr("settings-refused"))
}

/// Whether the asker is an admin could not be told (the platform did not answer).
pub fn unchecked(ctx: Ctx) -> Reply {
    let name = command(CommandId::Config).name(ctx.lang);
    refusal(
        ctx,
        ctx.tr_args("settings-unchecked", Args::new().text("command", name)),
    )
}

/// `/config` where there is no server or group: a pointer to the member's own settings.
pub fn private(ctx: Ctx) -> Reply {
    let args = Args::new()
        .text("command", command(CommandId::Config).name(ctx.lang))
        .text("profile", command(CommandId::Profile).name(ctx.lang))
        .text("language", command(CommandId::Language).name(ctx.lang));
    refusal(ctx, ctx.tr_args("settings-private", args))
}

/// The line an estimate gets when the community's settings filled some options.
pub fn values_used(ctx: Ctx, used: &[OptionId], inputs: &Inputs) -> Text {
    let names: Vec<String> = used
        .iter()
        .filter_map(|&id| super::asked::item(&ctx, id, inputs.value(id)?))
        .map(Text::into_owned)
        .collect();
    ctx.tr_args(
        "settings-values-used",
        Args::new().text("options", names.join(", ")),
    )
}
