//! What `/readyz` reports: each configured platform's state, set by its adapter as it
//! connects, drops or stops.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// One platform's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Configured, not connected yet (or trying again).
    Starting,
    Up,
    /// Stopped for good, with why (a refused token…), secrets already hidden.
    Down(String),
}

/// The states of every platform this process serves, shared by the adapters and the
/// HTTP server.
#[derive(Debug, Clone, Default)]
pub struct Health(Arc<Mutex<BTreeMap<&'static str, State>>>);

impl Health {
    pub fn set(&self, platform: &'static str, state: State) {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(platform, state);
    }

    /// Whether every platform is up, and a line per platform that is not.
    pub fn report(&self) -> (bool, Vec<String>) {
        let states = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let problems: Vec<String> = states
            .iter()
            .filter_map(|(platform, state)| match state {
                State::Up => None,
                State::Starting => Some(format!("{platform}: connecting")),
                State::Down(why) => Some(format!("{platform}: down ({why})")),
            })
            .collect();
        (problems.is_empty(), problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_only_when_every_platform_is_up() {
        let health = Health::default();
        assert_eq!(health.report(), (true, vec![]));
        health.set("telegram", State::Starting);
        health.set("discord gateway", State::Up);
        assert_eq!(
            health.report(),
            (false, vec!["telegram: connecting".to_owned()])
        );
        health.set("telegram", State::Down("refused token".into()));
        assert_eq!(
            health.report().1,
            ["telegram: down (refused token)".to_owned()]
        );
        health.set("telegram", State::Up);
        assert!(health.report().0);
    }
}
