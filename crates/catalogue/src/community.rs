//! A Discord server or a Telegram group, and the settings its admins chose for everyone
//! there. They come after what a member typed or saved, and before the client's locale.

use std::fmt;

use text::Country;
use values::{Currency, Lang};

use crate::commands::{CommandSpec, OptionId};
use crate::inputs::Inputs;
use crate::profile::Platform;

/// A server or group: the key of its settings. A Discord server and a Telegram group
/// with the same number are different communities.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Community {
    pub platform: Platform,
    pub id: String,
}

impl fmt::Display for Community {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.platform.as_str(), self.id)
    }
}

/// What a community's admins set with `/config`; `None`: not set, each member's own.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub currency: Option<Currency>,
    /// The default region of estimates.
    pub country: Option<&'static Country>,
    /// Whether replies there carry a result card.
    pub card: Option<bool>,
    /// Whether the bot answers messages that mention it (commands are always answered).
    pub mentions: Option<bool>,
    /// The channel (a Discord channel, a Telegram group) where a question the reader is
    /// sure of is answered without a mention.
    pub answers_in: Option<i64>,
}

impl Settings {
    /// Takes the options given to `/config` typed in channel `here`; the others keep
    /// their value.
    pub fn update(&mut self, inputs: &Inputs, here: i64) {
        self.lang = inputs.language.or(self.lang);
        self.currency = inputs.currency.or(self.currency);
        self.country = inputs.country.or(self.country);
        self.card = inputs.card.or(self.card);
        self.mentions = inputs.mentions.or(self.mentions);
        match inputs.unprompted {
            Some(true) => self.answers_in = Some(here),
            Some(false) => self.answers_in = None,
            None => {}
        }
    }

    /// Whether questions are answered without a mention in channel `here`.
    pub fn answers_unprompted_in(&self, here: i64) -> bool {
        self.answers_in == Some(here)
    }

    /// Whether mentions of the bot are answered there: yes unless the admins said no.
    pub fn answers_mentions(&self) -> bool {
        self.mentions.unwrap_or(true)
    }

    /// Fills the currency and the country a command takes and was given neither by the
    /// member nor by their saved stats; returns which ones it filled.
    pub fn fill(&self, command: &CommandSpec, inputs: &mut Inputs) -> Vec<OptionId> {
        let mut used = Vec::new();
        let takes = |id| command.options.contains(&id);
        if takes(OptionId::Currency) && inputs.currency.is_none() && self.currency.is_some() {
            inputs.currency = self.currency;
            used.push(OptionId::Currency);
        }
        if takes(OptionId::Country) && inputs.country.is_none() && self.country.is_some() {
            inputs.country = self.country;
            used.push(OptionId::Country);
        }
        used
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::{CommandId, command};

    #[test]
    fn a_members_own_values_win_over_the_communitys() {
        let settings = Settings {
            currency: Some(Currency::Chf),
            country: Country::parse("CH"),
            ..Settings::default()
        };
        let mut inputs = Inputs {
            currency: Some(Currency::Eur),
            ..Inputs::default()
        };
        let used = settings.fill(command(CommandId::Gains), &mut inputs);
        assert_eq!(used, [OptionId::Country]);
        assert_eq!(inputs.currency, Some(Currency::Eur));
        assert_eq!(inputs.country.map(|c| c.code), Some("CH"));
        let mut help = Inputs::default();
        assert!(
            settings
                .fill(command(CommandId::Help), &mut help)
                .is_empty()
        );
    }

    #[test]
    fn update_changes_only_what_was_given_and_mentions_default_to_yes() {
        let mut settings = Settings {
            lang: Some(Lang::Fr),
            ..Settings::default()
        };
        assert!(settings.answers_mentions());
        settings.update(
            &Inputs {
                currency: Some(Currency::Chf),
                mentions: Some(false),
                unprompted: Some(true),
                ..Inputs::default()
            },
            42,
        );
        assert!(settings.answers_unprompted_in(42));
        assert!(!settings.answers_unprompted_in(43));
        settings.update(
            &Inputs {
                unprompted: Some(false),
                ..Inputs::default()
            },
            43,
        );
        assert_eq!(settings.answers_in, None);
        assert_eq!(settings.lang, Some(Lang::Fr));
        assert_eq!(settings.currency, Some(Currency::Chf));
        assert!(!settings.answers_mentions());
    }
}
