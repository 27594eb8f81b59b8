//! The command menus and the bot's descriptions, per language and for everyone else,
//! from the catalogue and the `.ftl` files.

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::BotCommand;

use answers::i18n::tr;
use catalogue::{listed, msg};
use values::Lang;

/// Publishes the menus: safe to repeat, so a start that failed half-way tries it all again.
pub async fn publish(client: &teloxide::Bot, default: Lang) -> Result<(), RequestError> {
    let commands = |lang: Lang| -> Vec<BotCommand> {
        listed()
            .map(|c| BotCommand::new(c.name(lang), tr(lang, c.description)))
            .collect()
    };
    // No language code: what everyone else sees, in the default language.
    let menus = [
        (default, None),
        (Lang::Fr, Some(Lang::Fr)),
        (Lang::En, Some(Lang::En)),
    ];
    for (lang, code) in menus {
        let mut menu = client.set_my_commands(commands(lang));
        let mut description = client
            .set_my_description()
            .description(tr(lang, msg::TELEGRAM_DESCRIPTION));
        let mut short = client
            .set_my_short_description()
            .short_description(tr(lang, msg::TELEGRAM_SHORT_DESCRIPTION));
        if let Some(code) = code {
            menu = menu.language_code(code.code());
            description = description.language_code(code.code());
            short = short.language_code(code.code());
        }
        menu.send().await?;
        description.send().await?;
        short.send().await?;
    }
    Ok(())
}
