//! The reader: what a user typed, as a command with typed inputs. A command with its
//! options (`/gains vues:1M pays:FR`, Discord's structured options) or a question in
//! plain words ("combien pour 1,5 M de vues ?"), read the way a patient moderator would.
//!
//! It may know no rate and no reply: it reads, and says what it read.

pub mod options;
pub mod question;

pub use options::{MAX_INPUT, from_options, parse};
