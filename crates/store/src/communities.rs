//! Communities' settings (`/config`): one row per server or group, read on every message
//! there, so kept in memory for [`KEPT_FOR`]. A change made here is seen here at once;
//! another process sharing the database sees it within [`KEPT_FOR`].

use std::time::{Duration, Instant};

use quick_cache::sync::Cache;
use sqlx::Row;

use catalogue::{Community, Settings};
use text::Country;
use values::{Currency, Lang};

use super::{Store, StoreError, text, timed};

/// How long a community's settings are kept before they are read again.
const KEPT_FOR: Duration = Duration::from_secs(30);

/// Communities kept: a few hundred bytes each.
const ENTRIES: usize = 2_000;

pub(super) struct Kept(Cache<Community, (Instant, Settings)>);

impl Default for Kept {
    fn default() -> Kept {
        Kept(Cache::new(ENTRIES))
    }
}

impl std::fmt::Debug for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Kept({} communities)", self.0.len())
    }
}

impl Store {
    /// A community's settings (all unset when its admins never chose any).
    pub async fn settings(&self, community: &Community) -> Result<Settings, StoreError> {
        if let Some((read, settings)) = self.settings.0.get(community)
            && read.elapsed() < KEPT_FOR
        {
            return Ok(settings);
        }
        let read = Instant::now();
        let settings = timed("settings", async {
            self.migrate().await?;
            let row = sqlx::query(
                "SELECT lang, currency, country, card, mentions FROM communities \
                 WHERE platform = $1 AND community_id = $2",
            )
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
            })
        })
        .await?;
        self.settings.0.insert(community.clone(), (read, settings));
        Ok(settings)
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
            sqlx::query(
                "INSERT INTO communities \
                 (platform, community_id, lang, currency, country, card, mentions, updated_day) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (platform, community_id) DO UPDATE SET \
                 lang = excluded.lang, currency = excluded.currency, country = excluded.country, \
                 card = excluded.card, mentions = excluded.mentions, updated_day = excluded.updated_day",
            )
            .bind(community.platform.as_str())
            .bind(community.id.as_str())
            .bind(settings.lang.map(Lang::code))
            .bind(settings.currency.map(Currency::code))
            .bind(settings.country.map(|c| c.code))
            .bind(settings.card.map(i64::from))
            .bind(settings.mentions.map(i64::from))
            .bind(day)
            .execute(&self.writer)
            .await?;
            Ok::<_, StoreError>(())
        })
        .await?;
        self.settings.0.remove(community);
        Ok(())
    }
}
