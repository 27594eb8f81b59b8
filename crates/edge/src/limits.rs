//! Limits at the door (governor): each update or interaction is checked when it arrives,
//! before any work and any store write, per user and per group chat, so one user or one
//! busy group cannot keep the bot busy. A user may send a burst, then one message every
//! few seconds; past that, the first refusal in a window gets one short notice in the
//! user's language, then silence until the window ends (Discord, which needs an answer
//! to every interaction, gets the notice each time). Result cards and lookups (inline
//! queries, autocomplete) have limits of their own. Nothing refused is computed or saved.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use answers::reply::Reply;
use catalogue::Identity;

/// A burst, then one more every `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    pub burst: NonZeroU32,
    pub every: Duration,
}

impl Pace {
    #[expect(clippy::expect_used, reason = "the period is raised to 1 ms first")]
    fn quota(self) -> Quota {
        Quota::with_period(self.every.max(Duration::from_millis(1)))
            .expect("a period above zero")
            .allow_burst(self.burst)
    }
}

/// What each limit lets through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quotas {
    /// Messages, commands and presses from one user (`GAINSBOT_USER_BURST`,
    /// `GAINSBOT_USER_EVERY`): a human never reaches 10 at once, then one every 6 s.
    pub user: Pace,
    /// Messages to the bot in one group chat (`GAINSBOT_CHAT_BURST`,
    /// `GAINSBOT_CHAT_EVERY`); Telegram lets a bot post about 20 a minute in a group.
    pub chat: Pace,
    /// Result cards drawn per user per minute (`GAINSBOT_CARD_RATE`); past it, replies
    /// come without one.
    pub cards: NonZeroU32,
    /// Inline queries and autocomplete per user per minute, asked at each keystroke
    /// (`GAINSBOT_LOOKUP_RATE`).
    pub lookups: NonZeroU32,
}

impl Default for Quotas {
    #[expect(clippy::expect_used, reason = "every default is a literal above zero")]
    fn default() -> Quotas {
        let n = |n| NonZeroU32::new(n).expect("above zero");
        Quotas {
            user: Pace {
                burst: n(10),
                every: Duration::from_secs(6),
            },
            chat: Pace {
                burst: n(20),
                every: Duration::from_secs(3),
            },
            cards: n(5),
            lookups: n(120),
        }
    }
}

/// Which limit refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    User,
    Chat,
}

impl Scope {
    /// The `scope` label of `gainsbot_rate_limited_total`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::User => "user",
            Scope::Chat => "chat",
        }
    }
}

/// What the door says to an update or interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    /// Answer it.
    Open,
    /// Refused, the first time in this window: say how long to wait.
    Notice(Duration),
    /// Refused again in the same window: say nothing where the platform allows it.
    Silent(Duration),
}

/// The limiters, one state per user or chat each.
pub struct Limits {
    users: DefaultKeyedRateLimiter<String>,
    chats: DefaultKeyedRateLimiter<String>,
    cards: DefaultKeyedRateLimiter<String>,
    lookups: DefaultKeyedRateLimiter<String>,
    /// Until when each refused user or chat hears nothing more.
    silenced: Mutex<HashMap<String, Instant>>,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::new(Quotas::default())
    }
}

impl std::fmt::Debug for Limits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Limits({} users, {} chats)",
            self.users.len(),
            self.chats.len()
        )
    }
}

impl Limits {
    pub fn new(quotas: Quotas) -> Limits {
        Limits {
            users: RateLimiter::keyed(quotas.user.quota()),
            chats: RateLimiter::keyed(quotas.chat.quota()),
            cards: RateLimiter::keyed(Quota::per_minute(quotas.cards)),
            lookups: RateLimiter::keyed(Quota::per_minute(quotas.lookups)),
            silenced: Mutex::new(HashMap::new()),
        }
    }

    /// Whether an update from `who`, in the group chat `chat` if it came from one, is
    /// answered: checked first thing, before any work. Refusals are counted in
    /// `gainsbot_rate_limited_total{platform, scope}`.
    pub fn door(&self, who: &Identity, chat: Option<&str>) -> Door {
        let user = who.to_string();
        let refused = match self.users.check_key(&user) {
            Err(refused) => Some((Scope::User, user, refused)),
            Ok(()) => chat.and_then(|chat| {
                let key = format!("{}:chat:{chat}", who.platform.as_str());
                self.chats
                    .check_key(&key)
                    .err()
                    .map(|refused| (Scope::Chat, key, refused))
            }),
        };
        let Some((scope, key, refused)) = refused else {
            return Door::Open;
        };
        metrics::counter!(
            "gainsbot_rate_limited_total",
            "platform" => who.platform.as_str(),
            "scope" => scope.as_str()
        )
        .increment(1);
        let wait = refused.wait_time_from(DefaultClock::default().now());
        let now = Instant::now();
        let mut silenced = self.silenced.lock().unwrap_or_else(|e| e.into_inner());
        match silenced.get(&key) {
            Some(until) if *until > now => Door::Silent(wait),
            _ => {
                // Silent until the window this refusal belongs to has passed.
                silenced.insert(key, now + wait.max(Duration::from_secs(1)));
                Door::Notice(wait)
            }
        }
    }

    /// `reply` without its card past `who`'s card limit.
    pub fn card(&self, who: &Identity, mut reply: Reply) -> Reply {
        if reply.card.is_some() && self.cards.check_key(&who.to_string()).is_err() {
            metrics::counter!(
                "gainsbot_rate_limited_total",
                "platform" => who.platform.as_str(),
                "scope" => "card"
            )
            .increment(1);
            reply.card = None;
        }
        reply
    }

    /// Whether `who` may be answered one more lookup (inline query, autocomplete); past
    /// the limit these go unanswered, which the platforms show as no suggestions.
    pub fn lookup(&self, who: &Identity) -> bool {
        self.lookups.check_key(&who.to_string()).is_ok()
    }

    /// Forgets users and chats idle long enough to be back under every limit (run every
    /// minute).
    pub fn forget_idle(&self) {
        for limiter in [&self.users, &self.chats, &self.cards, &self.lookups] {
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

    fn limits(burst: u32, cards: u32) -> Limits {
        let n = |n| NonZeroU32::new(n).unwrap();
        Limits::new(Quotas {
            user: Pace {
                burst: n(burst),
                every: Duration::from_secs(60),
            },
            chat: Pace {
                burst: n(burst * 2),
                every: Duration::from_secs(60),
            },
            cards: n(cards),
            lookups: n(2),
        })
    }

    #[test]
    fn a_burst_is_cut_with_one_notice_then_silence_and_others_are_served() {
        let limits = limits(3, 3);
        for _ in 0..3 {
            assert_eq!(limits.door(&who(1), None), Door::Open);
        }
        let Door::Notice(wait) = limits.door(&who(1), None) else {
            panic!("told to wait");
        };
        assert!(wait > Duration::from_secs(50), "{wait:?}");
        for _ in 0..5 {
            assert!(matches!(limits.door(&who(1), None), Door::Silent(_)));
        }
        assert_eq!(limits.door(&who(2), None), Door::Open);
    }

    #[test]
    fn a_busy_group_is_limited_as_a_whole() {
        let limits = limits(3, 3);
        // Six users, one message each, in one group of burst 6: the seventh waits.
        for n in 0..6 {
            assert_eq!(limits.door(&who(n), Some("-100")), Door::Open);
        }
        assert!(matches!(
            limits.door(&who(7), Some("-100")),
            Door::Notice(_)
        ));
        assert_eq!(
            limits.door(&who(7), Some("-200")),
            Door::Open,
            "another group"
        );
        assert_eq!(limits.door(&who(8), None), Door::Open, "a private chat");
    }

    #[test]
    fn past_the_card_limit_replies_come_without_a_card() {
        let limits = limits(10, 2);
        let with_card = || {
            let mut reply = Reply::new(CommandId::Gains, Lang::Fr, "Estimation".to_owned());
            reply.card = Some(Box::new(Card {
                subtitle: "s".into(),
                rows: vec![],
                chart: vec![],
                footer: "f".into(),
            }));
            reply
        };
        assert!(limits.card(&who(1), with_card()).card.is_some());
        assert!(limits.card(&who(1), with_card()).card.is_some());
        assert!(limits.card(&who(1), with_card()).card.is_none());
        assert!(limits.card(&who(2), with_card()).card.is_some());
    }

    #[test]
    fn lookups_have_their_own_limit() {
        let limits = limits(1, 1);
        assert!(limits.lookup(&who(1)) && limits.lookup(&who(1)));
        assert!(!limits.lookup(&who(1)));
        assert_eq!(limits.door(&who(1), None), Door::Open);
    }
}
