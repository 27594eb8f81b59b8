//! The leaf values every layer shares: exact money and its currencies, percentages, and
//! the reply languages. Nothing here imports anything else of the crate.

mod lang;
mod money;
mod percent;

pub use lang::Lang;
pub use money::{Currency, Fx, Money};
pub use percent::Percent;
