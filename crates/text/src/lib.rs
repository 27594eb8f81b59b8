//! One text module: how people write what the bot reads. Folding, numbers as typed
//! (`1 000 000`, `1,5M`, `2 millions`, `49,90 €`, `1:15`), countries by name, code or
//! alias, currencies by code, symbol or word, months by number or name, and audiences by country
//! (`FR60,BE15,US25`). Each table exists here once, and both
//! the option parser and the question reader use it.
//!
//! It may know nothing of commands, rates or replies: only words and numbers.

mod audience;
mod countries;
mod currencies;
mod fold;
mod months;
mod number_words;
mod numbers;

pub use audience::{Audience, AudienceError, MAX_COUNTRIES, audience};
pub use countries::{COUNTRIES, Country, country_aliases};
pub use currencies::{
    Shared, Tender, currency, currency_symbol, currency_words, is_money_symbol, shared_symbol,
    shared_words, tender_symbol, tender_words,
};
pub use fold::{fold, fold_char};
pub use months::{month, month_name, month_word};
pub use number_words::{number_in_words, spell_out};
pub use numbers::{ValueProblem, count, money, multiplier, number, percent, seconds};
