//! What every platform shares, so Telegram, Discord and the console behave the same at
//! their edges: the service (the answers plus saved stats, knowing who asks), one retry
//! policy for every outgoing call, the race against a platform's deadline, secrets kept
//! out of logs, result cards drawn once, per-user limits, a bound on replies in flight,
//! health and metrics, the clock, and the stop signal.
//!
//! It may know no platform's types: each adapter says which of its errors are worth a
//! retry by implementing [`retry::Classify`].

pub mod card;
pub mod clock;
pub mod deadline;
pub mod flight;
pub mod health;
pub mod limits;
pub mod redact;
pub mod reminders;
pub mod retry;
pub mod service;
pub mod shutdown;
pub mod telemetry;

use std::sync::Arc;

/// What the adapters share at run time: the platforms' health for `/readyz`, the
/// per-user limits, the cards already drawn or uploaded, and the bound on replies in
/// flight.
#[derive(Debug, Clone, Default)]
pub struct Edge {
    pub health: health::Health,
    pub limits: Arc<limits::Limits>,
    pub cards: Arc<card::Cards>,
    pub flight: Arc<flight::Flight>,
}
