//! The command catalogue: every command, option, choice and revenue stream, declared
//! once, with the typed inputs a command takes and what a creator saves. Parsers, help,
//! Discord's slash commands and Telegram's menus are all generated from these tables.
//!
//! It may know no rate, no sentence and no platform: names and types only.

pub mod choices;
pub mod commands;
pub mod community;
pub mod inputs;
pub mod invocation;
pub mod profile;
pub mod streams;

pub use choices::{Choice, Frequency, Niche, Period, Topic};
pub use commands::{
    COMMANDS, Choices, CommandId, CommandSpec, MAX_VIEWS, OPTIONS, OptionId, OptionSpec, ValueKind,
    command, find_command, listed, option,
};
pub use community::{Community, Settings};
pub use inputs::{InputError, Inputs, Value};
pub use invocation::{Asked, Invocation, Parsed};
pub use profile::{
    Identity, MAX_PAYOUTS, Month, Paid, Payout, Platform, Profile, Snapshot, date_of,
};
pub use streams::StreamId;
