//! The leaf values every floor shares: exact money and its currencies, dated exchange
//! rates, percentages and the reply languages.
//!
//! It may know nothing of gainsbot beyond itself: no command, no rate, no text to show.

mod lang;
mod money;
mod percent;

pub use lang::Lang;
pub use money::{Currency, Fx, Money, significant, significant_up};
pub use percent::Percent;
