//! Every command and option, declared once. Parsers, help, Discord's slash commands and
//! Telegram's menus are all generated from these tables; adding a command means one row
//! here plus its messages in `locales/*/commands.ftl`.

use serde::Serialize;

use text::fold;

use crate::choices::{Choice, Frequency, Niche, Period, Topic};
use values::Lang;

use crate::message::MessageId;
use crate::msg;

/// What a command answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommandId {
    Gains,
    Eligibility,
    Sponsorship,
    Live,
    Product,
    Affiliate,
    Goal,
    Projection,
    Engagement,
    Sources,
    Faq,
    Help,
    Profile,
    Stats,
    Language,
    Forget,
    Export,
    TakeHome,
    Payout,
    Config,
    Reminder,
    /// Telegram's greeting when a chat opens; answered everywhere, listed nowhere.
    Start,
}

impl CommandId {
    /// The command's English name (`earnings`, `help`…): a stable label for metrics.
    pub fn label(self) -> &'static str {
        command(self).en
    }

    /// Its id in JSON replies and in the question corpus (`gains`, `take_home`): the
    /// name code and data use, which no translation of the command changes.
    pub fn id(self) -> &'static str {
        match self {
            CommandId::Gains => "gains",
            CommandId::Eligibility => "eligibility",
            CommandId::Sponsorship => "sponsorship",
            CommandId::Live => "live",
            CommandId::Product => "product",
            CommandId::Affiliate => "affiliate",
            CommandId::Goal => "goal",
            CommandId::Projection => "projection",
            CommandId::Engagement => "engagement",
            CommandId::Sources => "sources",
            CommandId::Faq => "faq",
            CommandId::Help => "help",
            CommandId::Profile => "profile",
            CommandId::Stats => "stats",
            CommandId::Language => "language",
            CommandId::Forget => "forget",
            CommandId::Export => "export",
            CommandId::TakeHome => "take_home",
            CommandId::Payout => "payout",
            CommandId::Config => "config",
            CommandId::Reminder => "reminder",
            CommandId::Start => "start",
        }
    }

    /// The command an id names.
    pub fn from_id(id: &str) -> Option<CommandId> {
        COMMANDS.iter().map(|c| c.id).find(|c| c.id() == id)
    }
}

impl Serialize for CommandId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// An option a command takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum OptionId {
    Views,
    Followers,
    Engagement,
    Country,
    Niche,
    Currency,
    Age,
    Length,
    Coins,
    Diamonds,
    Price,
    Conversion,
    Commission,
    Sales,
    Amount,
    Months,
    Growth,
    Likes,
    Comments,
    Shares,
    Saves,
    Topic,
    Command,
    Views30d,
    Language,
    Confirm,
    Card,
    Period,
    Date,
    Audience,
    Mentions,
    Unprompted,
    Frequency,
    Target,
}

/// The kind of value an option holds, which decides how it is parsed and offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A whole number, with the bounds that make sense for it.
    Count { min: u64, max: u64 },
    /// A percentage between `-decline` and `max` (in percent units): a decline is only
    /// meaningful for growth (the first article warns reach can fall overnight).
    Percent { decline: u32, max: u32 },
    /// An amount of money, optionally with its currency.
    Money,
    /// A video length in seconds (`75`, `1:15`, `1min15`).
    Seconds,
    /// A country by ISO code or name.
    Country,
    /// A month, with or without its year (`2026-10`, `octobre 2026`, `octobre`).
    Month,
    /// Shares of the audience by country (`FR60,BE15,US25`).
    Audience,
    /// One of a fixed list of choices.
    Choice(Choices),
}

/// The fixed lists some options choose from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choices {
    Currency,
    Niche,
    Topic,
    Command,
    Language,
    YesNo,
    Period,
    Frequency,
}

/// One option: its names, kind, description message and an accepted form for errors.
#[derive(Debug)]
pub struct OptionSpec {
    pub id: OptionId,
    pub fr: &'static str,
    pub en: &'static str,
    pub kind: ValueKind,
    /// Its one-line description.
    pub description: MessageId,
    /// A value that parses, shown in error messages (`vues:1000000`).
    pub example: &'static str,
}

/// One command: its names, description message and options.
#[derive(Debug, PartialEq, Eq)]
pub struct CommandSpec {
    pub id: CommandId,
    pub fr: &'static str,
    pub en: &'static str,
    /// Its one-line description (menus, help).
    pub description: MessageId,
    /// The option a bare value fills (`/gains 1M` means `vues:1M`).
    pub positional: Option<OptionId>,
    pub options: &'static [OptionId],
    /// The reply shows the user's saved data: platforms must keep it private.
    pub personal: bool,
}

/// Counts of views are read up to any whole number; what no account can reach (more
/// than TikTok's monthly audience) is refused with that figure and its source, by the
/// answers, which know the figures.
pub const MAX_VIEWS: u64 = u64::MAX;
/// More followers than people on Earth (UN World Population Prospects 2024) is a typo.
pub const MAX_FOLLOWERS: u64 = 8_200_000_000;

const fn count(min: u64, max: u64) -> ValueKind {
    ValueKind::Count { min, max }
}

pub static OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        id: OptionId::Views,
        fr: "vues",
        en: "views",
        kind: count(1, MAX_VIEWS),
        description: msg::OPT_VIEWS,
        example: "1000000",
    },
    OptionSpec {
        id: OptionId::Followers,
        fr: "abonnes",
        en: "followers",
        kind: count(0, MAX_FOLLOWERS),
        description: msg::OPT_FOLLOWERS,
        example: "10000",
    },
    OptionSpec {
        id: OptionId::Engagement,
        fr: "engagement",
        en: "engagement",
        kind: ValueKind::Percent {
            decline: 0,
            max: 100,
        },
        description: msg::OPT_ENGAGEMENT,
        example: "6",
    },
    OptionSpec {
        id: OptionId::Country,
        fr: "pays",
        en: "country",
        kind: ValueKind::Country,
        description: msg::OPT_COUNTRY,
        example: "FR",
    },
    OptionSpec {
        id: OptionId::Niche,
        fr: "niche",
        en: "niche",
        kind: ValueKind::Choice(Choices::Niche),
        description: msg::OPT_NICHE,
        example: "finance",
    },
    OptionSpec {
        id: OptionId::Currency,
        fr: "devise",
        en: "currency",
        kind: ValueKind::Choice(Choices::Currency),
        description: msg::OPT_CURRENCY,
        example: "EUR",
    },
    OptionSpec {
        id: OptionId::Age,
        fr: "age",
        en: "age",
        kind: count(1, 120),
        description: msg::OPT_AGE,
        example: "25",
    },
    OptionSpec {
        id: OptionId::Length,
        fr: "duree",
        en: "length",
        kind: ValueKind::Seconds,
        description: msg::OPT_LENGTH,
        example: "75",
    },
    OptionSpec {
        id: OptionId::Coins,
        fr: "pieces",
        en: "coins",
        kind: count(1, 1_000_000_000_000),
        description: msg::OPT_COINS,
        example: "5000",
    },
    OptionSpec {
        id: OptionId::Diamonds,
        fr: "diamants",
        en: "diamonds",
        kind: count(1, 1_000_000_000_000),
        description: msg::OPT_DIAMONDS,
        example: "2500",
    },
    OptionSpec {
        id: OptionId::Price,
        fr: "prix",
        en: "price",
        kind: ValueKind::Money,
        description: msg::OPT_PRICE,
        example: "49",
    },
    OptionSpec {
        id: OptionId::Conversion,
        fr: "conversion",
        en: "conversion",
        kind: ValueKind::Percent {
            decline: 0,
            max: 100,
        },
        description: msg::OPT_CONVERSION,
        example: "1",
    },
    OptionSpec {
        id: OptionId::Commission,
        fr: "commission",
        en: "commission",
        kind: ValueKind::Percent {
            decline: 0,
            max: 100,
        },
        description: msg::OPT_COMMISSION,
        example: "10",
    },
    OptionSpec {
        id: OptionId::Sales,
        fr: "ventes",
        en: "sales",
        kind: count(1, 1_000_000_000),
        description: msg::OPT_SALES,
        example: "120",
    },
    OptionSpec {
        id: OptionId::Amount,
        fr: "montant",
        en: "amount",
        kind: ValueKind::Money,
        description: msg::OPT_AMOUNT,
        example: "1000",
    },
    OptionSpec {
        id: OptionId::Months,
        fr: "mois",
        en: "months",
        kind: count(1, 24),
        description: msg::OPT_MONTHS,
        example: "6",
    },
    OptionSpec {
        id: OptionId::Growth,
        fr: "croissance",
        en: "growth",
        kind: ValueKind::Percent {
            decline: 99,
            max: 1000,
        },
        description: msg::OPT_GROWTH,
        example: "20",
    },
    OptionSpec {
        id: OptionId::Likes,
        fr: "likes",
        en: "likes",
        kind: count(0, MAX_VIEWS),
        description: msg::OPT_LIKES,
        example: "800",
    },
    OptionSpec {
        id: OptionId::Comments,
        fr: "commentaires",
        en: "comments",
        kind: count(0, MAX_VIEWS),
        description: msg::OPT_COMMENTS,
        example: "40",
    },
    OptionSpec {
        id: OptionId::Shares,
        fr: "partages",
        en: "shares",
        kind: count(0, MAX_VIEWS),
        description: msg::OPT_SHARES,
        example: "25",
    },
    OptionSpec {
        id: OptionId::Saves,
        fr: "enregistrements",
        en: "saves",
        kind: count(0, MAX_VIEWS),
        description: msg::OPT_SAVES,
        example: "30",
    },
    OptionSpec {
        id: OptionId::Topic,
        fr: "sujet",
        en: "topic",
        kind: ValueKind::Choice(Choices::Topic),
        description: msg::OPT_TOPIC,
        example: "likes",
    },
    OptionSpec {
        id: OptionId::Views30d,
        fr: "vues30j",
        en: "views30d",
        kind: count(0, MAX_VIEWS),
        description: msg::OPT_VIEWS30D,
        example: "150000",
    },
    OptionSpec {
        id: OptionId::Language,
        fr: "langue",
        en: "language",
        kind: ValueKind::Choice(Choices::Language),
        description: msg::OPT_LANGUAGE,
        example: "fr",
    },
    OptionSpec {
        id: OptionId::Confirm,
        fr: "confirmer",
        en: "confirm",
        kind: ValueKind::Choice(Choices::YesNo),
        description: msg::OPT_CONFIRM,
        example: "oui",
    },
    OptionSpec {
        id: OptionId::Card,
        fr: "carte",
        en: "card",
        kind: ValueKind::Choice(Choices::YesNo),
        description: msg::OPT_CARD,
        example: "oui",
    },
    OptionSpec {
        id: OptionId::Period,
        fr: "periode",
        en: "period",
        kind: ValueKind::Choice(Choices::Period),
        description: msg::OPT_PERIOD,
        example: "an",
    },
    OptionSpec {
        id: OptionId::Date,
        fr: "date",
        en: "date",
        kind: ValueKind::Month,
        description: msg::OPT_DATE,
        example: "2026-10",
    },
    OptionSpec {
        id: OptionId::Audience,
        fr: "audience",
        en: "audience",
        kind: ValueKind::Audience,
        description: msg::OPT_AUDIENCE,
        example: "FR60,BE15,US25",
    },
    OptionSpec {
        id: OptionId::Command,
        fr: "commande",
        en: "command",
        kind: ValueKind::Choice(Choices::Command),
        description: msg::OPT_COMMAND,
        example: "gains",
    },
    OptionSpec {
        id: OptionId::Mentions,
        fr: "mentions",
        en: "mentions",
        kind: ValueKind::Choice(Choices::YesNo),
        description: msg::OPT_MENTIONS,
        example: "oui",
    },
    OptionSpec {
        id: OptionId::Unprompted,
        fr: "reponses",
        en: "answers",
        kind: ValueKind::Choice(Choices::YesNo),
        description: msg::OPT_UNPROMPTED,
        example: "oui",
    },
    OptionSpec {
        id: OptionId::Frequency,
        fr: "frequence",
        en: "frequency",
        kind: ValueKind::Choice(Choices::Frequency),
        description: msg::OPT_FREQUENCY,
        example: "mensuel",
    },
    OptionSpec {
        id: OptionId::Target,
        fr: "cible",
        en: "target",
        kind: count(1, MAX_VIEWS),
        description: msg::OPT_TARGET,
        example: "10000",
    },
];

use OptionId as O;

pub static COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        id: CommandId::Gains,
        fr: "gains",
        en: "earnings",
        description: msg::CMD_GAINS,
        positional: Some(O::Views),
        options: &[
            O::Views,
            O::Followers,
            O::Engagement,
            O::Country,
            O::Niche,
            O::Currency,
            O::Age,
            O::Length,
            O::Coins,
            O::Price,
            O::Commission,
            O::Sales,
            O::Audience,
            O::Card,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Eligibility,
        fr: "eligibilite",
        en: "eligibility",
        description: msg::CMD_ELIGIBILITY,
        positional: Some(O::Followers),
        options: &[
            O::Followers,
            O::Views,
            O::Age,
            O::Country,
            O::Length,
            O::Engagement,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Sponsorship,
        fr: "partenariat",
        en: "sponsorship",
        description: msg::CMD_SPONSORSHIP,
        positional: Some(O::Followers),
        options: &[
            O::Followers,
            O::Engagement,
            O::Niche,
            O::Country,
            O::Currency,
            O::Price,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Live,
        fr: "live",
        en: "live",
        description: msg::CMD_LIVE,
        positional: Some(O::Coins),
        options: &[
            O::Coins,
            O::Diamonds,
            O::Followers,
            O::Age,
            O::Country,
            O::Currency,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Product,
        fr: "produit",
        en: "product",
        description: msg::CMD_PRODUCT,
        positional: Some(O::Price),
        options: &[
            O::Price,
            O::Followers,
            O::Conversion,
            O::Country,
            O::Currency,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Affiliate,
        fr: "affiliation",
        en: "affiliate",
        description: msg::CMD_AFFILIATE,
        positional: Some(O::Sales),
        options: &[
            O::Sales,
            O::Price,
            O::Commission,
            O::Age,
            O::Country,
            O::Currency,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Goal,
        fr: "objectif",
        en: "goal",
        description: msg::CMD_GOAL,
        positional: Some(O::Amount),
        options: &[
            O::Amount,
            O::Country,
            O::Followers,
            O::Age,
            O::Length,
            O::Price,
            O::Currency,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Projection,
        fr: "projection",
        en: "projection",
        description: msg::CMD_PROJECTION,
        positional: Some(O::Views),
        options: &[
            O::Views,
            O::Growth,
            O::Months,
            O::Followers,
            O::Age,
            O::Length,
            O::Target,
            O::Country,
            O::Currency,
            O::Card,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Engagement,
        fr: "engagement",
        en: "engagement",
        description: msg::CMD_ENGAGEMENT,
        positional: Some(O::Views),
        options: &[
            O::Views,
            O::Likes,
            O::Comments,
            O::Shares,
            O::Saves,
            O::Followers,
            O::Engagement,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::TakeHome,
        fr: "net",
        en: "takehome",
        description: msg::CMD_TAKEHOME,
        positional: Some(O::Amount),
        options: &[
            O::Amount,
            O::Period,
            O::Views,
            O::Followers,
            O::Age,
            O::Length,
            O::Country,
            O::Currency,
        ],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Sources,
        fr: "sources",
        en: "sources",
        description: msg::CMD_SOURCES,
        positional: None,
        options: &[],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Faq,
        fr: "faq",
        en: "faq",
        description: msg::CMD_FAQ,
        positional: Some(O::Topic),
        options: &[O::Topic],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Help,
        fr: "aide",
        en: "help",
        description: msg::CMD_HELP,
        positional: Some(O::Command),
        options: &[O::Command],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Start,
        fr: "start",
        en: "start",
        description: msg::CMD_START,
        positional: None,
        options: &[],
        personal: false,
    },
    CommandSpec {
        id: CommandId::Profile,
        fr: "profil",
        en: "profile",
        description: msg::CMD_PROFILE,
        positional: None,
        options: &[
            O::Followers,
            O::Views30d,
            O::Engagement,
            O::Country,
            O::Niche,
            O::Age,
            O::Currency,
            O::Length,
            O::Audience,
            O::Card,
        ],
        personal: true,
    },
    CommandSpec {
        id: CommandId::Stats,
        fr: "stats",
        en: "stats",
        description: msg::CMD_STATS,
        positional: None,
        options: &[],
        personal: true,
    },
    CommandSpec {
        id: CommandId::Language,
        fr: "langue",
        en: "language",
        description: msg::CMD_LANGUAGE,
        positional: Some(O::Language),
        options: &[O::Language],
        personal: true,
    },
    CommandSpec {
        id: CommandId::Forget,
        fr: "oubli",
        en: "forget",
        description: msg::CMD_FORGET,
        positional: Some(O::Confirm),
        options: &[O::Confirm],
        personal: true,
    },
    CommandSpec {
        id: CommandId::Export,
        fr: "export",
        en: "export",
        description: msg::CMD_EXPORT,
        positional: None,
        options: &[],
        personal: true,
    },
    CommandSpec {
        id: CommandId::Payout,
        fr: "paiement",
        en: "payout",
        description: msg::CMD_PAYOUT,
        positional: Some(O::Amount),
        options: &[O::Amount, O::Views, O::Date, O::Confirm],
        personal: true,
    },
    CommandSpec {
        id: CommandId::Config,
        fr: "config",
        en: "settings",
        description: msg::CMD_CONFIG,
        positional: None,
        options: &[
            O::Language,
            O::Currency,
            O::Country,
            O::Card,
            O::Mentions,
            O::Unprompted,
        ],
        // The community's settings, not the asker's: anyone there may read them.
        personal: false,
    },
    CommandSpec {
        id: CommandId::Reminder,
        fr: "rappel",
        en: "reminder",
        description: msg::CMD_REMINDER,
        positional: Some(O::Frequency),
        options: &[O::Frequency],
        personal: true,
    },
];

impl CommandSpec {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }

    /// Finds one of this command's options by its French or English name.
    pub fn find_option(&self, name: &str) -> Option<&'static OptionSpec> {
        let folded = fold(name);
        let named = |o: &&OptionSpec| o.fr == folded || o.en == folded;
        self.options
            .iter()
            .map(|&id| option(id))
            .find(named)
            .or_else(|| {
                // Views over 30 days are the views estimates take, and the other way
                // round: `/gains vues30j:…` and `/profil vues:…` mean what they say.
                let same = match OPTIONS.iter().find(named)?.id {
                    OptionId::Views30d => OptionId::Views,
                    OptionId::Views => OptionId::Views30d,
                    _ => return None,
                };
                self.options.contains(&same).then(|| option(same))
            })
    }
}

impl OptionSpec {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Fr => self.fr,
            Lang::En => self.en,
        }
    }

    /// `vues:1000000` / `views:1000000`: the option as it is typed, with a value that works.
    pub fn hint(&self, lang: Lang) -> String {
        let mut hint = String::new();
        self.push_hint(&mut hint, lang);
        hint
    }

    /// Appends [`OptionSpec::hint`] (notes list several, space-separated).
    pub fn push_hint(&self, out: &mut String, lang: Lang) {
        let name = self.name(lang);
        let example = self.example(lang);
        out.reserve(name.len() + 1 + example.len());
        out.push_str(name);
        out.push(':');
        out.push_str(example);
    }

    /// A value that works, as the reader's language writes it (`carte:oui`, `card:yes`;
    /// `periode:an`, `period:year`). `example` holds the French one.
    pub fn example(&self, lang: Lang) -> &'static str {
        let chosen = match self.kind {
            ValueKind::Choice(Choices::YesNo) => Some(match lang {
                Lang::Fr => "oui",
                Lang::En => "yes",
            }),
            ValueKind::Choice(Choices::Period) => Period::parse(self.example).map(|p| p.name(lang)),
            ValueKind::Choice(Choices::Frequency) => {
                Frequency::parse(self.example).map(|f| f.name(lang))
            }
            ValueKind::Choice(Choices::Niche) => Niche::parse(self.example).map(|n| n.name(lang)),
            ValueKind::Choice(Choices::Topic) => Topic::parse(self.example).map(|t| t.name(lang)),
            ValueKind::Choice(Choices::Command) => find_command(self.example).map(|c| c.name(lang)),
            _ => None,
        };
        chosen.unwrap_or(self.example)
    }
}

#[expect(
    clippy::expect_used,
    reason = "every CommandId has a row; a test checks it"
)]
pub fn command(id: CommandId) -> &'static CommandSpec {
    COMMANDS
        .iter()
        .find(|c| c.id == id)
        .expect("every CommandId has a row in COMMANDS")
}

/// The commands help, menus and Discord's slash commands show: all but `/start`, which
/// Telegram sends by itself when a chat opens.
pub fn listed() -> impl Iterator<Item = &'static CommandSpec> {
    COMMANDS.iter().filter(|c| c.id != CommandId::Start)
}

#[expect(
    clippy::expect_used,
    reason = "every OptionId has a row; a test checks it"
)]
pub fn option(id: OptionId) -> &'static OptionSpec {
    OPTIONS
        .iter()
        .find(|o| o.id == id)
        .expect("every OptionId has a row in OPTIONS")
}

/// Finds a command by its French or English name, accents and case ignored.
pub fn find_command(name: &str) -> Option<&'static CommandSpec> {
    let folded = fold(name);
    COMMANDS.iter().find(|c| c.fr == folded || c.en == folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn each_command_has_one_id_that_names_it_back() {
        let mut ids = HashSet::new();
        for c in COMMANDS {
            assert!(ids.insert(c.id.id()), "{} twice", c.id.id());
            assert_eq!(CommandId::from_id(c.id.id()), Some(c.id));
        }
        assert_eq!(CommandId::from_id("takehome"), None);
    }

    #[test]
    fn names_are_unique_and_platform_safe() {
        let mut seen = HashSet::new();
        for c in COMMANDS {
            for name in [c.fr, c.en] {
                assert!(
                    (1..=32).contains(&name.len())
                        && name
                            .chars()
                            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_'),
                    "{name} must be 1–32 chars of [a-z0-9_] for Telegram and Discord"
                );
            }
            assert!(seen.insert(c.fr), "{} declared twice", c.fr);
            if c.en != c.fr {
                assert!(seen.insert(c.en), "{} declared twice", c.en);
            }
            if let Some(p) = c.positional {
                assert!(
                    c.options.contains(&p),
                    "{}: positional option must be listed",
                    c.fr
                );
            }
            let mut opts = HashSet::new();
            for &o in c.options {
                let spec = option(o);
                assert!(
                    opts.insert(spec.fr) && (spec.fr == spec.en || opts.insert(spec.en)),
                    "{}: option names clash",
                    c.fr
                );
            }
        }
    }

    #[test]
    fn commands_are_found_in_both_languages_with_accents() {
        assert_eq!(
            find_command("Éligibilité").map(|c| c.id),
            Some(CommandId::Eligibility)
        );
        assert_eq!(
            find_command("earnings").map(|c| c.id),
            Some(CommandId::Gains)
        );
        assert_eq!(find_command("AIDE").map(|c| c.id), Some(CommandId::Help));
        assert!(find_command("nope").is_none());
        let gains = command(CommandId::Gains);
        assert_eq!(
            gains.find_option("abonnés").map(|o| o.id),
            Some(OptionId::Followers)
        );
        assert_eq!(
            gains.find_option("views").map(|o| o.id),
            Some(OptionId::Views)
        );
        assert!(gains.find_option("topic").is_none());
        assert_eq!(
            gains.find_option("vues30j").map(|o| o.id),
            Some(OptionId::Views),
            "the same views, named as /profil names them"
        );
        assert_eq!(
            command(CommandId::Profile)
                .find_option("vues")
                .map(|o| o.id),
            Some(OptionId::Views30d)
        );
    }
}
