//! Who may change a group's settings: its administrators, as Telegram says
//! (`getChatMember`), kept for [`KEPT_FOR`] so a burst of `/config` asks once.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use quick_cache::sync::Cache;
use teloxide::prelude::*;
use teloxide::types::{ChatId, UserId};

use super::Client;
use edge::redact::Secrets;
use edge::retry;
use edge::service::Admin;

/// How long an answer from Telegram is trusted: a demoted admin keeps the right this
/// long at most.
const KEPT_FOR: Duration = Duration::from_secs(300);

/// (group, user) pairs asked about: a few dozen bytes each.
const ENTRIES: usize = 2_000;

/// The answers kept, shared by every update, and for how long.
pub struct Admins(Cache<(ChatId, UserId), (Instant, bool)>, Duration);

impl Default for Admins {
    fn default() -> Admins {
        Admins::kept_for(KEPT_FOR)
    }
}

impl Admins {
    /// Answers kept for `kept_for` ([`KEPT_FOR`] by default).
    pub fn kept_for(kept_for: Duration) -> Admins {
        Admins(Cache::new(ENTRIES), kept_for)
    }
}

/// One member of one group, asking.
pub(crate) struct Member<'a> {
    pub client: &'a Client,
    pub admins: &'a Admins,
    pub secrets: &'a Secrets,
    pub chat: ChatId,
    pub user: UserId,
    /// Written as the group itself: only its administrators can post that way.
    pub anonymous: bool,
}

impl Admin for Member<'_> {
    fn check(&self) -> Pin<Box<dyn Future<Output = anyhow::Result<bool>> + Send + '_>> {
        Box::pin(async move {
            if self.anonymous {
                return Ok(true);
            }
            let key = (self.chat, self.user);
            if let Some((asked, admin)) = self.admins.0.get(&key)
                && asked.elapsed() < self.admins.1
            {
                return Ok(admin);
            }
            let member = retry::send(self.secrets, "telegram getChatMember", || {
                self.client.get_chat_member(self.chat, self.user).send()
            })
            .await
            .map_err(|error| anyhow::anyhow!("{}", self.secrets.wrap(error)))?;
            let admin = member.kind.is_privileged();
            self.admins.0.insert(key, (Instant::now(), admin));
            Ok(admin)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::adaptors::throttle::Limits;
    use testkit::fake_telegram;

    /// Telegram is asked once for a member, then trusted for the time kept, then asked
    /// again: a demoted admin loses the right within it.
    #[tokio::test]
    async fn an_answer_is_trusted_for_its_time_then_asked_again() {
        let (fake, url) = fake_telegram::start().await;
        fake.lock().unwrap().admins.insert((-5, 7));
        let client = teloxide::Bot::new(fake_telegram::TOKEN)
            .set_api_url(url.parse().unwrap())
            .throttle(Limits::default());
        let (admins, secrets) = (
            Admins::kept_for(Duration::from_millis(400)),
            Secrets::default(),
        );
        let member = Member {
            client: &client,
            admins: &admins,
            secrets: &secrets,
            chat: ChatId(-5),
            user: UserId(7),
            anonymous: false,
        };
        let asked = || {
            let calls = &fake.lock().unwrap().calls;
            calls.iter().filter(|(m, _)| m == "getchatmember").count()
        };
        assert!(member.check().await.unwrap());
        fake.lock().unwrap().admins.clear();
        assert!(member.check().await.unwrap(), "trusted while kept");
        assert_eq!(asked(), 1);
        tokio::time::sleep(Duration::from_millis(450)).await;
        assert!(!member.check().await.unwrap(), "demoted, once asked again");
        assert_eq!(asked(), 2);
        assert_eq!(Admins::default().1, Duration::from_secs(5 * 60));
    }
}
