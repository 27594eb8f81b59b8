//! Monthly reminders (`/rappel mensuel`): once a month, from the first at
//! [`FROM_HOUR`] UTC, a private message to each creator who asked, with their saved
//! figures and their progress. Each one is claimed in the store before it is sent, so
//! several processes on one database send it once; one that cannot be delivered now is
//! given back and tried on the next round; a platform saying the user blocked the bot
//! turns their reminders off. Rounds are paced, and survive a restart: what was sent is
//! in the store, not in memory.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Datelike, Timelike, Utc};

use answers::compose::{account, personal};
use answers::reply::Reply;
use catalogue::{Identity, Month, Platform};
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

/// Sends the reminders due at `now` on `platform`, `pace` apart.
pub async fn round(
    service: &Service,
    store: &Store,
    courier: &dyn Courier,
    platform: Platform,
    now: DateTime<Utc>,
    pace: Duration,
) -> Result<Round, StoreError> {
    let mut done = Round::default();
    let Some(month) = due_month(now) else {
        return Ok(done);
    };
    let today = day_of(now);
    for who in store.due_reminders(platform, month).await? {
        if !store.claim_reminder(&who, month).await? {
            continue;
        }
        let Some(profile) = store.profile(&who).await?.filter(|p| p.reminder) else {
            // Turned off since the list was read: nothing to send, the claim is harmless.
            continue;
        };
        let history = store.history(&who, today - personal::STATS_DAYS).await?;
        let lang = profile.lang.unwrap_or(service.answers.default_lang());
        let reply = account::reminder(service.answers.ctx(lang), &profile, &history, month);
        match courier.send(&who, &reply).await {
            Ok(()) => done.sent += 1,
            Err(Undelivered::Blocked) => {
                tracing::info!(
                    platform = platform.as_str(),
                    "a reminder's user blocked the bot: reminders off"
                );
                store.set_reminder(&who, false, today).await?;
                done.blocked += 1;
            }
            Err(Undelivered::Failed(error)) => {
                tracing::warn!(%error, "a reminder could not be sent; tried again next round");
                store.release_reminder(&who, month).await?;
                done.failed += 1;
            }
        }
        metrics::counter!("gainsbot_reminders_total", "platform" => platform.as_str()).increment(1);
        tokio::time::sleep(pace).await;
    }
    Ok(done)
}

/// How often a round looks for reminders due: the first's come within this of
/// [`FROM_HOUR`], and one given back is tried again this much later.
const EVERY: Duration = Duration::from_secs(600);

/// Between two reminders: ten a second, a third of Telegram's overall limit and far
/// under Discord's, so replies to commands keep their room.
const PACE: Duration = Duration::from_millis(100);

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
            if let Err(error) = round(&service, &store, &*courier, platform, now, PACE).await {
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
