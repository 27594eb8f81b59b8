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

/// The answers kept, shared by every update.
pub struct Admins(Cache<(ChatId, UserId), (Instant, bool)>);

impl Default for Admins {
    fn default() -> Admins {
        Admins(Cache::new(ENTRIES))
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
                && asked.elapsed() < KEPT_FOR
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
