//! The question corpus (`crates/reader/corpus/*.tsv`), the reader's intent model trained
//! from it, and a reading scored against what the corpus expects. Only the developer's
//! tools and tests use it: the bot ships the model, never the trainer.

pub mod corpus;
pub mod fit;
pub mod lovo;
pub mod report;
pub mod score;
