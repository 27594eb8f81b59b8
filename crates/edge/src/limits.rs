//! Per-user limits (governor), so one user cannot keep the bot busy: commands a minute,
//! result cards a minute, and a looser limit for what is asked as one types (inline
//! queries, Discord autocomplete). Past the command limit a user hears once how long to
//! wait, then nothing until the window passes; other users are never affected.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::Instant;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use answers::compose::notices::slow_down;
use answers::reply::Reply;
use catalogue::Identity;

/// How many of each a user may ask for in a minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerMinute {
    /// Commands and questions answered (`GAINSBOT_USER_RATE`).
    pub commands: NonZeroU32,
    /// Result cards drawn (`GAINSBOT_CARD_RATE`); past it, replies come without one.
    pub cards: NonZeroU32,
    /// Inline queries and autocomplete, asked at each keystroke (`GAINSBOT_LOOKUP_RATE`).
    pub lookups: NonZeroU32,
}

impl Default for PerMinute {
    fn default() -> PerMinute {
        let n = |n| NonZeroU32::new(n).expect("above zero");
        PerMinute {
            commands: n(20),
            cards: n(5),
            lookups: n(120),
        }
    }
}

/// The limiters, one state per user each.
pub struct Limits {
    commands: DefaultKeyedRateLimiter<String>,
    cards: DefaultKeyedRateLimiter<String>,
    lookups: DefaultKeyedRateLimiter<String>,
    /// Until when each user past the command limit hears nothing more.
    silenced: Mutex<HashMap<String, Instant>>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::new(PerMinute::default())
    }
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Limits({} users)", self.commands.len())
    }
}

impl Limits {
    pub fn new(rates: PerMinute) -> Limits {
        Limits {
            commands: RateLimiter::keyed(Quota::per_minute(rates.commands)),
            cards: RateLimiter::keyed(Quota::per_minute(rates.cards)),
            lookups: RateLimiter::keyed(Quota::per_minute(rates.lookups)),
            silenced: Mutex::new(HashMap::new()),
        }
    }

    /// What to send for `reply`, computed for `who`: the reply itself (without its card
    /// past the card limit), once a "wait N seconds" past the command limit, or nothing
    /// while that wait runs. A refused input costs nothing: it is answered and not
    /// counted.
    pub fn admit(&self, who: &Identity, mut reply: Reply) -> Option<Reply> {
        if reply.is_error {
            return Some(reply);
        }
        let key = who.to_string();
        if let Err(refused) = self.commands.check_key(&key) {
            let wait = refused.wait_time_from(DefaultClock::default().now());
            metrics::counter!("gainsbot_rate_limited_total", "platform" => who.platform.as_str())
                .increment(1);
            let now = Instant::now();
            let mut silenced = self.silenced.lock().unwrap_or_else(|e| e.into_inner());
            if silenced.get(&key).is_some_and(|until| *until > now) {
                return None;
            }
            silenced.insert(key, now + wait);
            return Some(slow_down(reply.lang, reply.command, wait));
        }
        if reply.card.is_some() && self.cards.check_key(&key).is_err() {
            metrics::counter!("gainsbot_rate_limited_total", "platform" => who.platform.as_str())
                .increment(1);
            reply.card = None;
        }
        Some(reply)
    }

    /// Whether `who` may be answered one more lookup (inline query, autocomplete); past
    /// the limit these go unanswered, which the platforms show as no suggestions.
    pub fn lookup(&self, who: &Identity) -> bool {
        self.lookups.check_key(&who.to_string()).is_ok()
    }

    /// Forgets users idle long enough to be back under every limit (run every minute).
    pub fn forget_idle(&self) {
        for limiter in [&self.commands, &self.cards, &self.lookups] {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
        let now = Instant::now();
        self.silenced
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|_, until| *until > now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use answers::reply::Card;
    use catalogue::CommandId;
    use catalogue::Platform;
    use values::Lang;

    fn who(n: u32) -> Identity {
        Identity {
            platform: Platform::Telegram,
            user_id: n.to_string(),
        }
    }

    fn reply() -> Reply {
        Reply::new(CommandId::Gains, Lang::Fr, "Estimation".to_owned())
    }

    fn limits(commands: u32, cards: u32) -> Limits {
        let n = |n| NonZeroU32::new(n).unwrap();
        Limits::new(PerMinute {
            commands: n(commands),
            cards: n(cards),
            lookups: n(2),
        })
    }

    #[test]
    fn a_burst_is_cut_with_one_warning_then_silence_and_others_are_served() {
        let limits = limits(3, 3);
        for _ in 0..3 {
            assert_eq!(limits.admit(&who(1), reply()).unwrap().title, "Estimation");
        }
        let warning = limits.admit(&who(1), reply()).expect("told to wait");
        assert_eq!(warning.command, CommandId::Gains);
        assert!(warning.lines[0].contains(" s"), "{:?}", warning.lines);
        for _ in 0..5 {
            assert!(limits.admit(&who(1), reply()).is_none(), "silence");
        }
        assert_eq!(limits.admit(&who(2), reply()).unwrap().title, "Estimation");
    }

    #[test]
    fn refused_inputs_are_not_counted() {
        let limits = limits(1, 1);
        let mut error = reply();
        error.is_error = true;
        for _ in 0..5 {
            assert!(limits.admit(&who(1), error.clone()).unwrap().is_error);
        }
        assert_eq!(limits.admit(&who(1), reply()).unwrap().title, "Estimation");
    }

    #[test]
    fn past_the_card_limit_replies_come_without_a_card() {
        let limits = limits(10, 2);
        let with_card = || {
            let mut reply = reply();
            reply.card = Some(Box::new(Card {
                subtitle: "s".into(),
                rows: vec![],
                chart: vec![],
                footer: "f".into(),
            }));
            reply
        };
        assert!(limits.admit(&who(1), with_card()).unwrap().card.is_some());
        assert!(limits.admit(&who(1), with_card()).unwrap().card.is_some());
        assert!(limits.admit(&who(1), with_card()).unwrap().card.is_none());
        assert!(limits.admit(&who(2), with_card()).unwrap().card.is_some());
    }

    #[test]
    fn lookups_have_their_own_limit() {
        let limits = limits(1, 1);
        assert!(limits.lookup(&who(1)) && limits.lookup(&who(1)));
        assert!(!limits.lookup(&who(1)));
        assert_eq!(limits.admit(&who(1), reply()).unwrap().title, "Estimation");
    }
}
