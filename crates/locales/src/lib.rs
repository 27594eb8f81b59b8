//! The Fluent files of `locales/`, read at build time: every message in both languages,
//! with the variables it takes, and the Rust that names them (`catalogue::msg`), so a
//! message id or an argument the files do not have fails the build.
//!
//! It may know no sentence of its own and nothing of the bot: only what the files hold.
//! It runs in `catalogue`'s build script, before any crate that speaks is compiled.

mod generate;
mod read;

pub use generate::{generate, type_name};
pub use read::{Message, Messages, Problem, read};
