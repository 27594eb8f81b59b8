//! Monthly reminders (`/rappel mensuel`): once a month, from the first at
//! [`FROM_HOUR`] UTC, a private message to each creator who asked, with their saved
//! figures and their progress. Each one is claimed in the store before it is sent and
//! marked sent after, so several processes on one database send it once; one that cannot
//! be delivered now is given back and tried on the next round; a platform saying the user
//! blocked the bot turns their reminders off. Rounds are paced, and survive a restart:
//! what was sent is in the store, not in memory, and a claim a killed process never
//! marked is taken again once [`Pacing::stale_after`] has passed (the one reminder it was
//! sending may then go twice, if it had arrived; every other goes once).

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Datelike, Timelike, Utc};

use answers::compose::{account, personal};
use answers::reply::Reply;
use catalogue::{Identity, Month, Platform};
use futures_util::StreamExt;
use store::{Store, StoreError};

use crate::clock::day_of;
use crate::service::Service;

/// The hour (UTC) of the first from which the month's reminders go: morning in Europe
/// and Africa, not the middle of the night.
pub const FROM_HOUR: u32 = 9;

/// Why a reminder did not reach its user.
#[derive(Debug)]
pub enum Undelivered {
    /// The platform says the user blocked the bot or cannot get its messages (Telegram
    /// 403, Discord 50007): their reminders stop.
    Blocked,
    /// Anything else: tried again next round.
    Failed(anyhow::Error),
}

/// Sends a reply to a user in private, on one platform.
pub trait Courier: Send + Sync {
    fn send<'a>(
        &'a self,
        who: &'a Identity,
        reply: &'a Reply,
    ) -> Pin<Box<dyn Future<Output = Result<(), Undelivered>> + Send + 'a>>;
}

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub blocked: usize,
    pub failed: usize,
}

/// The month whose reminders are due at `now`: none before the first's [`FROM_HOUR`].
pub fn due_month(now: DateTime<Utc>) -> Option<Month> {
    (now.day() > 1 || now.hour() >= FROM_HOUR).then(|| Month::new(now.year(), now.month()))
}

/// How a round goes: one reminder started every `pace`, at most `in_flight` at once, and
/// how long a claim holds before another process may take it.
#[derive(Debug, Clone, Copy)]
pub struct Pacing {
    pub pace: Duration,
    /// A send waits for the platform's own pacing (teloxide's throttle lets messages go
    /// four times a second, a batch at a time): with several in flight, the round keeps
    /// to `pace` rather than to that.
    pub in_flight: usize,
    /// Longer than any one send takes with its retries: a claim older than this and
    /// never marked sent was left by a process that died.
    pub stale_after: Duration,
}

/// Twenty a second: two thirds of Telegram's broadcast limit (about 30 messages a second,
/// core.telegram.org/bots/faq), so replies to commands keep their room; on Discord, two
/// requests each (the DM channel, the message), under its 50 a second, its 429s waited
/// out. 100 000 reminders take about 85 minutes.
pub const PACING: Pacing = Pacing {
    pace: Duration::from_millis(50),
    in_flight: 16,
    stale_after: Duration::from_secs(15 * 60),
};

/// What one round has to hand each reminder.
struct Sending<'a> {
    service: &'a Service,
    store: &'a Store,
    courier: &'a dyn Courier,
    platform: Platform,
    month: Month,
    today: i64,
    /// When the round began, by the clock and by the machine: each claim is dated when
    /// it is made, not when the round began.
    now: DateTime<Utc>,
    began: std::time::Instant,
    stale_after: chrono::Duration,
}

/// What became of one reminder.
enum Outcome {
    /// Claimed elsewhere, sent already, or turned off since the list was read.
    Skipped,
    Sent,
    Blocked,
    Failed,
}

impl Sending<'_> {
    async fn one(&self, who: Identity) -> Result<Outcome, StoreError> {
        let store = self.store;
        let at = self.now + chrono::Duration::from_std(self.began.elapsed()).unwrap_or_default();
        let claimed = store
            .claim_reminder(
                &who,
                self.month,
                at.timestamp(),
                (at - self.stale_after).timestamp(),
            )
            .await?;
        if !claimed {
            return Ok(Outcome::Skipped);
        }
        let Some(profile) = store.profile(&who).await?.filter(|p| p.reminder) else {
            // Turned off since the list was read: this month's counts as had.
            store.reminder_sent(&who, self.month).await?;
            return Ok(Outcome::Skipped);
        };
        let history = store
            .history(&who, self.today - personal::STATS_DAYS)
            .await?;
        let answers = &self.service.answers;
        let lang = profile.lang.unwrap_or(answers.default_lang());
        let reply = account::reminder(answers.ctx(lang), &profile, &history, self.month);
        let outcome = match self.courier.send(&who, &reply).await {
            Ok(()) => {
                store.reminder_sent(&who, self.month).await?;
                Outcome::Sent
            }
            Err(Undelivered::Blocked) => {
                tracing::info!(
                    platform = self.platform.as_str(),
                    "a reminder's user blocked the bot: reminders off"
                );
                store.set_reminder(&who, false, self.today).await?;
                Outcome::Blocked
            }
            Err(Undelivered::Failed(error)) => {
                tracing::warn!(%error, "a reminder could not be sent; tried again next round");
                store.release_reminder(&who, self.month).await?;
                Outcome::Failed
            }
        };
        metrics::counter!("gainsbot_reminders_total", "platform" => self.platform.as_str())
            .increment(1);
        Ok(outcome)
    }
}

/// Sends the reminders due at `now` on `platform`, as `pacing` says; how many are left is
/// the `gainsbot_reminders_pending` gauge. A store that fails stops the round (the next
/// one takes up what is left).
pub async fn round(
    service: &Service,
    store: &Store,
    courier: &dyn Courier,
    platform: Platform,
    now: DateTime<Utc>,
    pacing: Pacing,
) -> Result<Round, StoreError> {
    let Some(month) = due_month(now) else {
        return Ok(Round::default());
    };
    let stale_after = chrono::Duration::from_std(pacing.stale_after).unwrap_or_default();
    let due = store
        .due_reminders(platform, month, (now - stale_after).timestamp())
        .await?;
    let pending = metrics::gauge!("gainsbot_reminders_pending", "platform" => platform.as_str());
    pending.set(due.len() as f64);
    let sending = Sending {
        service,
        store,
        courier,
        platform,
        month,
        today: day_of(now),
        now,
        began: std::time::Instant::now(),
        stale_after,
    };
    let mut ticks = tokio::time::interval(pacing.pace.max(Duration::from_micros(1)));
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // One started a tick, the first at once.
    let started = futures_util::stream::unfold(
        (due.into_iter(), ticks),
        |(mut due, mut ticks)| async move {
            let who = due.next()?;
            ticks.tick().await;
            Some((who, (due, ticks)))
        },
    );
    let mut outcomes = std::pin::pin!(
        started
            .map(|who| sending.one(who))
            .buffer_unordered(pacing.in_flight.max(1))
    );
    let mut done = Round::default();
    while let Some(outcome) = outcomes.next().await {
        pending.decrement(1.0);
        match outcome? {
            Outcome::Skipped => {}
            Outcome::Sent => done.sent += 1,
            Outcome::Blocked => done.blocked += 1,
            Outcome::Failed => done.failed += 1,
        }
    }
    pending.set(0.0);
    Ok(done)
}

/// How often a round looks for reminders due: the first's come within this of
/// [`FROM_HOUR`], and one given back is tried again this much later.
const EVERY: Duration = Duration::from_secs(600);

/// The rounds of one platform, running until this is dropped.
pub struct Rounds(tokio::task::JoinHandle<()>);

impl Drop for Rounds {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Starts the rounds of `platform`, for as long as the platform is served; nothing
/// without a store.
pub fn spawn(service: Arc<Service>, courier: Arc<dyn Courier>, platform: Platform) -> Rounds {
    Rounds(tokio::spawn(async move {
        let Some(store) = service.store.clone() else {
            return;
        };
        loop {
            let now = service.clock.now();
            if let Err(error) = round(&service, &store, &*courier, platform, now, PACING).await {
                tracing::error!(%error, "sending reminders");
                metrics::counter!("gainsbot_errors_total", "kind" => "store").increment(1);
            }
            tokio::time::sleep(EVERY).await;
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_months_reminders_are_due_from_the_first_morning_on() {
        let at = |d, h| Utc.with_ymd_and_hms(2027, 1, d, h, 0, 0).unwrap();
        assert_eq!(due_month(at(1, 8)), None);
        assert_eq!(due_month(at(1, 9)), Some(Month::new(2027, 1)));
        assert_eq!(due_month(at(2, 0)), Some(Month::new(2027, 1)));
    }
}
