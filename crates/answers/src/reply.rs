//! Replies are data until the last step: a title, lines, named fields and a footer,
//! already localized; each platform renders them its own way.

use serde::Serialize;

use catalogue::{CommandId, Inputs, Month, Profile, Settings, StreamId};
use estimate::Per;
use values::{Currency, Lang, Money};

use crate::i18n::Text;

/// A titled group of lines (an embed field on Discord, a bold heading elsewhere).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub name: Text,
    pub lines: Vec<Text>,
}

/// One stream in machine-readable form (`gainsbot ask --json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StreamSummary {
    pub id: StreamId,
    /// What the range is for: a month, a sponsored video, a launch, the gifts given…
    pub per: Per,
    pub low_cents: Option<i64>,
    pub high_cents: Option<i64>,
    /// The source says "or more": `high_cents` is not a ceiling.
    pub open_high: bool,
    /// What the stream would pay once eligible, for a creator who is not yet (never in
    /// `low_cents`/`high_cents`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub once_eligible: Option<Cents>,
    pub currency: Currency,
    /// True, false, or null when not settled (to check, or the country not confirmed).
    pub eligible: Option<bool>,
    /// `eligible`, `not_yet`, `not_confirmed` or `to_check`.
    pub verdict: &'static str,
    pub missing: Vec<Text>,
    pub sources: Vec<String>,
}

/// A range in cents, as JSON shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Cents {
    pub low_cents: i64,
    pub high_cents: i64,
    pub open_high: bool,
}

impl From<estimate::Range> for Cents {
    fn from(range: estimate::Range) -> Cents {
        Cents {
            low_cents: range.low.cents,
            high_cents: range.high.cents,
            open_high: range.open_high,
        }
    }
}

/// One revenue stream on a result card: its range (exact amounts for the scale, and as
/// the reader writes them) and its eligibility, worded short.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CardRow {
    pub name: Text,
    /// What the range is for, worded short (« par vidéo sponsorisée »).
    pub per: Text,
    pub range: Option<(Money, Money, bool)>,
    pub low: Text,
    pub high: Text,
    pub eligible: Option<bool>,
    pub status: Text,
}

/// A picture of the reply, already worded: renderers only draw it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Card {
    pub subtitle: Text,
    /// One bar per stream, on one scale.
    pub rows: Vec<CardRow>,
    /// For projections: (month label, views) points of a line chart.
    pub chart: Vec<(Text, u64)>,
    pub footer: Text,
}

/// The first answer to a question about money, read in five seconds on a phone: the
/// month's range, eligibility, the streams that apply, what would raise the estimate
/// most. Everything else is the reply's details, a tap away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub title: Text,
    pub lines: Vec<Text>,
}

impl Summary {
    /// The most characters a summary shows (title and lines together).
    pub const MAX_CHARS: usize = 700;

    /// The characters a reader sees: the title and every line.
    pub fn visible_chars(&self) -> usize {
        self.title.chars().count() + self.lines.iter().map(|l| l.chars().count()).sum::<usize>()
    }
}

/// What a button shows when pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionKind {
    /// Every stream, the figures behind each range, the sources and dates.
    Details,
    /// The sources of this estimate, as people can look them up.
    Sources,
    /// The estimate at the next threshold the creator has not reached.
    WhatIf,
    /// One reading of a question the reader was unsure of: the press answers it, as if
    /// the asker had typed it.
    Choose,
}

/// A button under a reply: its words and what it carries (see [`crate::press`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub kind: ActionKind,
    pub label: Text,
    /// The press, encoded: at most [`crate::press::MAX_LEN`] characters.
    pub data: String,
}

/// What the bot answers, before any platform formatting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reply {
    pub command: CommandId,
    pub lang: Lang,
    /// The reply explains a bad input (the console exits with status 2).
    pub is_error: bool,
    /// The reply shows the user's saved data: platforms show it to them alone.
    pub personal: bool,
    pub title: Text,
    pub lines: Vec<Text>,
    pub fields: Vec<Field>,
    pub footer: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub streams: Option<Vec<StreamSummary>>,
    /// A card, when one was asked for (`carte:oui`) and the command has one.
    #[serde(skip)]
    pub card: Option<Box<Card>>,
    /// The options the reply used, typed, read from a question or saved.
    #[serde(skip)]
    pub inputs: Option<Box<Inputs>>,
    /// The short first answer, when the reply is long: the rest is its details.
    #[serde(skip)]
    pub summary: Option<Summary>,
    /// The buttons under the reply.
    #[serde(skip)]
    pub actions: Vec<Action>,
    /// The ids of the sources the reply cites, for its sources button.
    #[serde(skip)]
    pub sources: Vec<String>,
    /// A file sent with the reply, whole (`/export`): never cut, never escaped.
    #[serde(skip)]
    pub file: Option<File>,
    /// What the store must change first (a save, a deletion).
    #[serde(skip)]
    pub effect: Option<Effect>,
    /// The readings a question allows when the reader was unsure, likeliest first: the
    /// reply asks which one (its buttons answer each).
    #[serde(skip)]
    pub choices: Vec<Choice>,
}

/// One reading of a question, as the command a user would have typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub command: CommandId,
    /// Keyed by the options' English names.
    pub inputs: Inputs,
}

/// What the store must change for a reply to be true, decided with it and carried out
/// by the service before the reply is sent (on failure the asker is told to retry).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Save the asker's profile as it now stands.
    SaveProfile(Box<Profile>),
    /// Turn the asker's monthly reminder on or off; `month` counts as already sent.
    SetReminder { on: bool, month: Month },
    /// Delete everything stored about the asker.
    Forget,
    /// Save the settings of the community the message was written in. Only one of its
    /// admins may: the service asks the platform before carrying it out.
    SaveSettings(Settings),
}

/// A file a reply carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub name: &'static str,
    pub content: String,
}

impl Reply {
    pub fn new(command: CommandId, lang: Lang, title: impl Into<Text>) -> Reply {
        Reply {
            command,
            lang,
            is_error: false,
            personal: false,
            title: title.into(),
            lines: Vec::new(),
            fields: Vec::new(),
            footer: None,
            streams: None,
            card: None,
            file: None,
            effect: None,
            inputs: None,
            summary: None,
            actions: Vec::new(),
            sources: Vec::new(),
            choices: Vec::new(),
        }
    }

    pub fn line(mut self, line: impl Into<Text>) -> Reply {
        self.lines.push(line.into());
        self
    }

    pub fn field(mut self, name: impl Into<Text>, lines: Vec<Text>) -> Reply {
        self.fields.push(Field {
            name: name.into(),
            lines,
        });
        self
    }
}
