//! gainsbot: tells TikTok creators what they can really earn, in French or English,
//! with ranges, eligibility and the source of every figure.
//!
//! [`core`] is the pure brain; [`i18n`] writes its replies in the reader's language;
//! [`render`] turns replies into text for each surface; [`console`] and [`config`] are
//! the command-line edge.

#![forbid(unsafe_code)]

pub mod config;
pub mod console;
pub mod core;
pub mod discord;
pub mod edge;
pub mod i18n;
pub mod render;
pub mod serve;
pub mod service;
pub mod store;
pub mod telegram;
pub mod values;
