//! What the tests and benches share, so none of them writes it twice: the shipped rates
//! and articles, the answers on them, fake Telegram and Discord servers that refuse what
//! the real ones refuse, and the shipped binary run as a deploy runs it.
//!
//! Test support only (a dev-dependency, never published): it may panic on what a test
//! did not expect, which is how a test fails.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test support: a panic is a failed test"
)]

pub mod articles;
pub mod golden;
pub mod services;
pub mod shipped_rates;
pub mod streams;

#[cfg(feature = "answers")]
pub mod replies;

#[cfg(feature = "fakes")]
pub mod fake_discord;
#[cfg(feature = "fakes")]
pub mod fake_telegram;
#[cfg(feature = "fakes")]
pub mod patience;
#[cfg(feature = "fakes")]
pub mod process;
#[cfg(feature = "fakes")]
pub mod saves;
#[cfg(feature = "fakes")]
pub mod settings;
#[cfg(feature = "fakes")]
pub mod shipped;
#[cfg(feature = "fakes")]
pub mod signing;
#[cfg(feature = "fakes")]
pub mod silent;

/// Asserts that `text` holds `needle`, showing the whole text when it does not.
#[track_caller]
pub fn holds(text: &str, needle: &str) {
    assert!(text.contains(needle), "{needle:?} not in:\n{text}");
}

/// Asserts that `text` does not hold `needle`, showing the whole text when it does.
#[track_caller]
pub fn lacks(text: &str, needle: &str) {
    assert!(!text.contains(needle), "{needle:?} in:\n{text}");
}
