//! A command as the reader hands it over: the command, its typed inputs, and how a
//! question in plain words was read when it came from one.

use crate::commands::{CommandSpec, OptionId};
use crate::inputs::Inputs;
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
    /// The options read and given to the command, as they would be typed.
    pub used: Vec<(OptionId, String)>,
    /// Options read that the command does not take.
    pub unused: Vec<(OptionId, String)>,
    /// What could not be read (`3 trucs`).
    pub unknown: Vec<String>,
    /// Money named that no dated rate converts (`naira`): the reply says which it uses.
    pub unrated: Option<&'static str>,
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
