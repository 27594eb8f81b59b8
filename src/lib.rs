//! gainsbot: tells TikTok creators what they can really earn, in French or English,
//! with ranges, eligibility and the source of every figure.
//!
//! The binary's own floor: its settings ([`config`]), every configured platform served
//! in one process ([`serve`]), and the console chat ([`console`]). Everything else lives
//! in the workspace's crates, bottom up: values, text, catalogue, figures, reader,
//! estimate, answers, cards, store, edge, telegram and discord (ARCHITECTURE.md).

#![forbid(unsafe_code)]

pub mod config;
pub mod console;
pub mod serve;
