//! Communities' settings (`/config`): one row per server or group, read on every message
//! there, so kept in memory for [`KEPT_FOR`]. A change made here is seen here at once;
//! another process sharing the database sees it within [`KEPT_FOR`]. Beside them, which
//! communities have settings at all (read in one query, again after [`KEPT_FOR`]): most
//! never set any, and their messages need not wait on the database to learn it.

use std::sync::RwLock;
use std::time::{Duration, Instant};

use quick_cache::sync::Cache;
use sqlx::Row;

use catalogue::{Community, Platform, Settings};
use rustc_hash::FxHashSet;
use text::Country;
use values::{Currency, Lang};

use super::{Store, StoreError, sql, text, timed};

/// How long a community's settings are kept before they are read again.
const KEPT_FOR: Duration = Duration::from_secs(30);

/// Communities kept: a few hundred bytes each.
const ENTRIES: usize = 2_000;

pub(super) struct Kept {
    /// [`KEPT_FOR`], unless a test waits less.
    kept_for: Duration,
    settings: Cache<Community, (Instant, Settings)>,
    /// The communities with a row, and when they were read (`None`: not yet).
    configured: RwLock<Option<(Instant, FxHashSet<Community>)>>,
}

impl Default for Kept {
    fn default() -> Kept {
        Kept {
            kept_for: KEPT_FOR,
            settings: Cache::new(ENTRIES),
            configured: RwLock::new(None),
        }
    }
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Kept({} communities)", self.settings.len())
    }
}

impl Kept {
    /// Whether `community` has settings, if the list read is recent enough to tell.
    fn configured(&self, community: &Community) -> Option<bool> {
        let configured = self.configured.read().unwrap_or_else(|e| e.into_inner());
        let (read, communities) = configured.as_ref()?;
        (read.elapsed() < self.kept_for).then(|| communities.contains(community))
    }
}

impl Store {
    /// This store keeping communities' settings for `kept_for` instead of [`KEPT_FOR`]
    /// (a test of another process's change, which waits that long to see it).
    pub fn keeping_settings_for(mut self, kept_for: Duration) -> Store {
        self.settings = std::sync::Arc::new(Kept {
            kept_for,
            ..Kept::default()
        });
        self
    }

    /// A community's settings (all unset when its admins never chose any).
    pub async fn settings(&self, community: &Community) -> Result<Settings, StoreError> {
        if let Some((read, settings)) = self.settings.settings.get(community)
            && read.elapsed() < self.settings.kept_for
        {
            return Ok(settings);
        }
        let configured = match self.settings.configured(community) {
            Some(known) => known,
            None => self.read_configured().await?.contains(community),
        };
        if !configured {
            return Ok(Settings::default());
        }
        let read = Instant::now();
        let settings = timed("settings", async {
            self.migrate().await?;
            let row = sqlx::query(sql::SETTINGS)
                .bind(community.platform.as_str())
                .bind(community.id.as_str())
                .fetch_optional(&self.reader)
                .await?;
            let Some(row) = row else {
                return Ok(Settings::default());
            };
            let flag = |column| -> Result<Option<bool>, StoreError> {
                Ok(row.try_get::<Option<i64>, _>(column)?.map(|v| v != 0))
            };
            Ok::<_, StoreError>(Settings {
                lang: text(&row, "lang", Lang::from_locale)?,
                currency: text(&row, "currency", Currency::from_code)?,
                country: text(&row, "country", Country::parse)?,
                card: flag("card")?,
                mentions: flag("mentions")?,
                answers_in: row.try_get("answers_in")?,
            })
        })
        .await?;
        self.settings
            .settings
            .insert(community.clone(), (read, settings));
        Ok(settings)
    }

    /// Whether any community of `platform` answers unprompted somewhere: Discord's
    /// message-content intent is asked for only then.
    pub async fn answers_unprompted_anywhere(
        &self,
        platform: Platform,
    ) -> Result<bool, StoreError> {
        timed("answers_unprompted_anywhere", async {
            self.migrate().await?;
            let row = sqlx::query(sql::ANSWERS_UNPROMPTED)
                .bind(platform.as_str())
                .fetch_optional(&self.reader)
                .await?;
            Ok::<_, StoreError>(row.is_some())
        })
        .await
    }

    /// Reads which communities have settings, and keeps the list.
    async fn read_configured(&self) -> Result<FxHashSet<Community>, StoreError> {
        let read = Instant::now();
        let communities = timed("configured", async {
            self.migrate().await?;
            let rows = sqlx::query(sql::CONFIGURED).fetch_all(&self.reader).await?;
            let mut communities = FxHashSet::default();
            for row in rows {
                let platform: String = row.try_get("platform")?;
                // A row this version cannot name is a community it never asks about.
                if let Some(platform) = Platform::parse(&platform) {
                    communities.insert(Community {
                        platform,
                        id: row.try_get("community_id")?,
                    });
                }
            }
            Ok::<_, StoreError>(communities)
        })
        .await?;
        *self
            .settings
            .configured
            .write()
            .unwrap_or_else(|e| e.into_inner()) = Some((read, communities.clone()));
        Ok(communities)
    }

    /// Saves a community's settings whole.
    pub async fn save_settings(
        &self,
        community: &Community,
        settings: &Settings,
        day: i64,
    ) -> Result<(), StoreError> {
        timed("save_settings", async {
            self.migrate().await?;
            sqlx::query(sql::SAVE_SETTINGS)
                .bind(community.platform.as_str())
                .bind(community.id.as_str())
                .bind(settings.lang.map(Lang::code))
                .bind(settings.currency.map(Currency::code))
                .bind(settings.country.map(|c| c.code))
                .bind(settings.card.map(i64::from))
                .bind(settings.mentions.map(i64::from))
                .bind(settings.answers_in)
                .bind(day)
                .execute(&self.writer)
                .await?;
            Ok::<_, StoreError>(())
        })
        .await?;
        self.settings.settings.remove(community);
        if let Some((_, communities)) = self
            .settings
            .configured
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .as_mut()
        {
            communities.insert(community.clone());
        }
        Ok(())
    }
}
