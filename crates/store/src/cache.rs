//! Saved profiles kept in memory, so most messages never wait on the database: filled
//! by reads, updated by this process's saves and `/oubli`, and, with PostgreSQL, emptied
//! of whatever another process changed, as PostgreSQL tells it (`LISTEN`/`NOTIFY`, sent in
//! the writing transaction, so at its commit). While that channel is down the cache is
//! not used. With SQLite the file belongs to one process, which sees every write.
//!
//! Beside the profiles, who has saved stats at all: most people never save, and without
//! it each one's first message would wait on the database to learn there is nothing.

use std::hash::BuildHasher;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use super::sql;
use futures_util::TryStreamExt;
use quick_cache::sync::Cache;
use rustc_hash::{FxBuildHasher, FxHashSet};
use sqlx::AnyPool;
use sqlx::Row;
use sqlx::postgres::PgListener;

use catalogue::{Identity, Profile};

/// The channel saves and deletions are announced on.
pub(super) const CHANNEL: &str = "gainsbot_profiles";

/// Profiles kept: about a megabyte and a half.
const ENTRIES: usize = 10_000;

pub(super) struct Profiles {
    entries: Cache<Identity, Option<Profile>>,
    /// Bumped by every change, so a read that overlapped one does not keep what it read.
    generation: AtomicU64,
    /// Whether entries can be trusted (with PostgreSQL: while listening).
    trusted: AtomicBool,
    savers: RwLock<Savers>,
}

/// Who has saved stats, as hashes of their identity: once `complete`, a user whose hash
/// is not here has none. Every change adds its user, so a load and the changes made while
/// it ran add up; a hash two users share only costs the other one a database read.
#[derive(Default)]
struct Savers {
    complete: bool,
    hashes: FxHashSet<u64>,
}

fn hash(who: &Identity) -> u64 {
    FxBuildHasher.hash_one(who)
}

impl std::fmt::Debug for Profiles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Profiles({} kept)", self.entries.len())
    }
}

impl Profiles {
    pub(super) fn new(trusted: bool) -> Profiles {
        Profiles {
            entries: Cache::new(ENTRIES),
            generation: AtomicU64::new(0),
            trusted: AtomicBool::new(trusted),
            savers: RwLock::default(),
        }
    }

    /// The kept profile (`Some(None)`: known to have none), if it can be trusted.
    pub(super) fn get(&self, who: &Identity) -> Option<Option<Profile>> {
        if !self.trusted.load(Ordering::Acquire) {
            return None;
        }
        if let Some(kept) = self.entries.get(who) {
            return Some(kept);
        }
        let savers = self.savers.read().unwrap_or_else(|e| e.into_inner());
        (savers.complete && !savers.hashes.contains(&hash(who))).then_some(None)
    }

    /// Reads who has saved stats from the database; until then, and if it fails, every
    /// user not kept is read from it.
    pub(super) async fn load_savers(&self, pool: &AnyPool) -> Result<(), sqlx::Error> {
        // Sized once: grown by doubling, a million hashes would leave the smaller tables
        // behind in the allocator.
        let count: i64 = sqlx::query(sql::SAVERS_COUNT)
            .fetch_one(pool)
            .await?
            .try_get("savers")?;
        let mut read =
            FxHashSet::with_capacity_and_hasher(usize::try_from(count).unwrap_or(0), FxBuildHasher);
        let mut rows = sqlx::query(sql::SAVERS).fetch(pool);
        while let Some(row) = rows.try_next().await? {
            let who: String = row.try_get("who")?;
            // A row this version cannot name is a user it never asks about.
            if let Some(who) = Identity::parse(&who) {
                read.insert(hash(&who));
            }
        }
        let mut savers = self.savers.write().unwrap_or_else(|e| e.into_inner());
        // The few changes made while it loaded join the set read, not the other way round:
        // a million hashes are not copied, nor held twice.
        read.extend(savers.hashes.drain());
        savers.hashes = read;
        savers.complete = true;
        Ok(())
    }

    /// A mark to take before reading the database, for [`Profiles::fill`].
    pub(super) fn mark(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Keeps what was read, unless something changed since `mark` (it may be stale).
    pub(super) fn fill(&self, who: &Identity, profile: Option<Profile>, mark: u64) {
        if self.trusted.load(Ordering::Acquire) && self.mark() == mark {
            self.entries.insert(who.clone(), profile);
        }
    }

    /// Someone (this process, after its write committed, or another one) changed this
    /// user's profile: read it again next time. Saves are not kept as written: two saves
    /// of one user can be acknowledged in either order.
    pub(super) fn changed(&self, who: &Identity) {
        self.savers
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .hashes
            .insert(hash(who));
        self.generation.fetch_add(1, Ordering::AcqRel);
        self.entries.remove(who);
    }

    /// Changes may have been missed: forget everything and stop using the cache.
    fn distrust(&self) {
        self.trusted.store(false, Ordering::Release);
        self.forget_all();
    }

    /// Forgets every kept profile (and what reads under way would keep), and who saved.
    fn forget_all(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
        *self.savers.write().unwrap_or_else(|e| e.into_inner()) = Savers::default();
        self.entries.clear();
    }

    fn trust(&self) {
        self.forget_all();
        self.trusted.store(true, Ordering::Release);
    }
}

/// Listens to PostgreSQL for other processes' changes, for as long as the store lives;
/// reconnects with backoff when the connection drops, trusting the cache again only
/// once it listens.
pub(super) async fn listen(url: String, profiles: Arc<Profiles>, pool: AnyPool) {
    let mut wait = Duration::from_millis(250);
    loop {
        match listening(&url).await {
            Ok(mut listener) => {
                profiles.trust();
                wait = Duration::from_millis(250);
                // Listening first: a save committed after the load began is announced.
                if let Err(error) = profiles.load_savers(&pool).await {
                    tracing::warn!(%error, "reading who saved stats; first messages read the database");
                }
                // Until the connection drops (`Ok(None)` or an error): what is said
                // meanwhile is lost.
                while let Ok(Some(notice)) = listener.try_recv().await {
                    match Identity::parse(notice.payload()) {
                        Some(who) => profiles.changed(&who),
                        // A notice this version cannot read: anyone may have changed.
                        None => profiles.forget_all(),
                    }
                }
                profiles.distrust();
                tracing::warn!(
                    "lost PostgreSQL notifications; saved profiles read from the database until they are back"
                );
            }
            Err(error) => {
                profiles.distrust();
                tracing::warn!(%error, "listening for profile changes");
            }
        }
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(Duration::from_secs(30));
    }
}

async fn listening(url: &str) -> Result<PgListener, sqlx::Error> {
    let mut listener = PgListener::connect(url).await?;
    listener.listen(CHANNEL).await?;
    Ok(listener)
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalogue::Platform;

    fn who() -> Identity {
        Identity {
            platform: Platform::Telegram,
            user_id: "1".into(),
        }
    }

    fn followers(n: u64) -> Option<Profile> {
        Some(Profile {
            followers: Some(n),
            ..Profile::default()
        })
    }

    #[test]
    fn a_read_that_overlapped_a_change_is_not_kept() {
        let profiles = Profiles::new(true);
        let mark = profiles.mark();
        profiles.changed(&who());
        profiles.fill(&who(), followers(1), mark);
        assert_eq!(profiles.get(&who()), None, "possibly stale: not kept");
        let mark = profiles.mark();
        profiles.fill(&who(), followers(2), mark);
        assert_eq!(profiles.get(&who()), Some(followers(2)));
    }

    #[test]
    fn a_change_is_read_again() {
        let profiles = Profiles::new(true);
        profiles.fill(&who(), followers(3), profiles.mark());
        assert_eq!(profiles.get(&who()), Some(followers(3)));
        profiles.changed(&who());
        assert_eq!(profiles.get(&who()), None);
        profiles.fill(&who(), None, profiles.mark());
        assert_eq!(profiles.get(&who()), Some(None), "known to have none");
    }

    fn other() -> Identity {
        Identity {
            platform: Platform::Discord,
            user_id: "1".into(),
        }
    }

    fn savers(profiles: &Profiles, who: &[Identity]) {
        let mut savers = profiles.savers.write().unwrap();
        savers.hashes.extend(who.iter().map(hash));
        savers.complete = true;
    }

    #[test]
    fn only_users_who_saved_are_read_once_savers_are_known() {
        let profiles = Profiles::new(true);
        assert_eq!(profiles.get(&who()), None, "savers not read yet: ask");
        savers(&profiles, &[who()]);
        assert_eq!(profiles.get(&who()), None, "saved: read it");
        assert_eq!(profiles.get(&other()), Some(None), "never saved: none");
        profiles.changed(&other());
        assert_eq!(profiles.get(&other()), None, "saved since: read it");
    }

    #[test]
    fn changes_during_a_load_are_kept_and_lost_notices_forget_savers() {
        let profiles = Profiles::new(true);
        // A save acknowledged while the load runs, which did not see it.
        profiles.changed(&other());
        savers(&profiles, &[who()]);
        assert_eq!(profiles.get(&other()), None);
        profiles.distrust();
        profiles.trust();
        assert_eq!(
            profiles.get(&other()),
            None,
            "savers unknown until read again"
        );
        assert_eq!(profiles.get(&who()), None);
    }

    #[test]
    fn an_untrusted_cache_is_not_used() {
        let profiles = Profiles::new(false);
        profiles.fill(&who(), followers(4), profiles.mark());
        assert_eq!(profiles.get(&who()), None);
        profiles.trust();
        assert_eq!(profiles.get(&who()), None, "trusting again starts empty");
        profiles.fill(&who(), followers(5), profiles.mark());
        assert_eq!(profiles.get(&who()), Some(followers(5)));
        profiles.distrust();
        assert_eq!(profiles.get(&who()), None);
    }
}
