//! Discord's application commands, generated from the catalogue and the `.ftl` files:
//! one slash command per catalogue row, named and described in both languages, and the
//! "Estimate earnings" message menu that answers a question in someone else's message.

use serenity::all::{
    CommandOptionType, CommandType, CreateCommand, CreateCommandOption, InstallationContext,
    InteractionContext, Permissions,
};

use answers::i18n::tr;
use catalogue::{Choice, CommandId, Frequency, Period, Topic};
use catalogue::{Choices, CommandSpec, MessageId, OptionSpec, ValueKind, listed, msg, option};
use values::Currency;
use values::Lang;

/// Discord's locales for each language we speak (English has two).
const LOCALES: [(&str, Lang); 3] = [("fr", Lang::Fr), ("en-US", Lang::En), ("en-GB", Lang::En)];

/// The base language of names and descriptions: what clients in other locales see.
/// English, as Discord's own default locale is en-US.
const BASE: Lang = Lang::En;

/// The message menu's name ("Estimer les gains" / "Estimate earnings").
pub const MESSAGE_MENU: MessageId = msg::DISCORD_MENU_ESTIMATE;

/// Every command to register: the slash commands, then the message menu.
pub fn all() -> Vec<CreateCommand> {
    let mut commands: Vec<CreateCommand> = listed().map(slash).collect();
    commands.push(message_menu());
    commands
}

/// Usable where the bot was invited and by users who installed it themselves, in
/// servers, its DMs and group DMs.
fn everywhere(command: CreateCommand) -> CreateCommand {
    command
        .integration_types(vec![InstallationContext::Guild, InstallationContext::User])
        .contexts(vec![
            InteractionContext::Guild,
            InteractionContext::BotDm,
            InteractionContext::PrivateChannel,
        ])
}

fn slash(spec: &CommandSpec) -> CreateCommand {
    let mut command = CreateCommand::new(spec.name(BASE)).description(tr(BASE, spec.description));
    for (locale, lang) in LOCALES {
        command = command
            .name_localized(locale, spec.name(lang))
            .description_localized(locale, tr(lang, spec.description));
    }
    for &id in spec.options {
        command = command.add_option(command_option(option(id)));
    }
    if spec.id == CommandId::Config {
        // A server's settings: offered to those who manage it (a server may open it to
        // others, who can then read them), and checked again on each use.
        return command
            .default_member_permissions(Permissions::MANAGE_GUILD)
            .integration_types(vec![InstallationContext::Guild])
            .contexts(vec![InteractionContext::Guild]);
    }
    everywhere(command)
}

/// Numbers, money and durations are text, so `1M`, `1,5 M` and `1:15` work as they do
/// everywhere else and a bad value gets our localized explanation.
fn command_option(spec: &OptionSpec) -> CreateCommandOption {
    let kind = match spec.kind {
        ValueKind::Choice(Choices::YesNo) => CommandOptionType::Boolean,
        _ => CommandOptionType::String,
    };
    let mut created = CreateCommandOption::new(kind, spec.name(BASE), tr(BASE, spec.description));
    for (locale, lang) in LOCALES {
        created = created
            .name_localized(locale, spec.name(lang))
            .description_localized(locale, tr(lang, spec.description));
    }
    match spec.kind {
        ValueKind::Country | ValueKind::Choice(Choices::Niche) => created.set_autocomplete(true),
        ValueKind::Choice(Choices::Currency) => Currency::ALL
            .iter()
            .fold(created, |o, c| o.add_string_choice(c.code(), c.code())),
        ValueKind::Choice(Choices::Language) => Lang::ALL.iter().fold(created, |o, &lang| {
            o.add_string_choice(tr(lang, msg::LANGUAGE_NAME), lang.code())
        }),
        ValueKind::Choice(Choices::Topic) => localized_choices::<Topic>(created),
        ValueKind::Choice(Choices::Period) => localized_choices::<Period>(created),
        ValueKind::Choice(Choices::Frequency) => localized_choices::<Frequency>(created),
        ValueKind::Choice(Choices::Command) => listed().fold(created, |o, c| {
            o.add_string_choice_localized(
                c.name(BASE),
                c.name(BASE),
                LOCALES.map(|(locale, lang)| (locale, c.name(lang))),
            )
        }),
        _ => created,
    }
}

/// A fixed list of choices, each named in the base language and localized.
fn localized_choices<T: Choice + PartialEq>(option: CreateCommandOption) -> CreateCommandOption {
    T::TABLE.iter().fold(option, |o, row| {
        let choice = row.0;
        o.add_string_choice_localized(
            choice.name(BASE),
            choice.name(BASE),
            LOCALES.map(|(locale, lang)| (locale, choice.name(lang))),
        )
    })
}

fn message_menu() -> CreateCommand {
    let mut command = CreateCommand::new(tr(BASE, MESSAGE_MENU)).kind(CommandType::Message);
    for (locale, lang) in LOCALES {
        command = command.name_localized(locale, tr(lang, MESSAGE_MENU));
    }
    everywhere(command)
}
