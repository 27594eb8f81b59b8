//! A command as the reader hands it over: the command, its typed inputs, and how a
//! question in plain words was read when it came from one.

use crate::commands::{CommandSpec, OptionId};
use crate::inputs::{Inputs, Value};
use crate::streams::StreamId;

/// A command with its inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Invocation {
    pub command: &'static CommandSpec,
    pub inputs: Inputs,
    /// How a question in plain words was read, when the command came from one.
    pub asked: Option<Box<Asked>>,
}

/// What a question in plain words was read as, for the reply to say so.
#[derive(Debug, Clone, PartialEq)]
pub struct Asked {
    /// The options read and given to the command, typed.
    pub used: Vec<(OptionId, Value)>,
    /// Options read that the command does not take.
    pub unused: Vec<(OptionId, Value)>,
    /// What could not be read (`3 trucs`).
    pub unknown: Vec<String>,
    /// Money named that no dated rate converts (`NGN`): the reply says which it uses.
    pub unrated: Option<&'static str>,
    /// Amounts written in it (an offer of `150k naira`): named back, not used.
    pub unrated_amounts: Vec<(OptionId, rust_decimal::Decimal)>,
    /// The programme a yes-or-no question is about.
    pub focus: Option<StreamId>,
}

/// What a line of text is.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed {
    Command(Box<Invocation>),
    /// Not a command: a question in plain words.
    Question,
}
