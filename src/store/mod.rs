//! Per-user saved stats, behind one type for both databases: SQLite by default (a file,
//! nothing to install), PostgreSQL when `DATABASE_URL` says so, which several bot
//! processes can share. The SQL is portable; each save is one transaction.

use std::borrow::Cow;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::OnceCell;

use rust_decimal::Decimal;
use sqlx::any::{AnyPoolOptions, AnyRow, install_default_drivers};
use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};
use sqlx::{AnyPool, Executor, Row};
use std::future::Future;
use std::pin::Pin;
use thiserror::Error;

use crate::core::choices::{Choice, Niche};
use crate::core::country::Country;
use crate::core::money::Currency;
use crate::core::percent::Percent;
use crate::core::profile::{Identity, Profile, Snapshot};
use crate::i18n::Lang;

/// The schema, compiled in so the binary migrates any database it is pointed at.
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "profiles",
    include_str!("../../migrations/0001_profiles.sql"),
)];

/// How long a command waits for the database before the user is told to try later.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(3);

/// Why the store could not do what was asked. Never shown to users, who get a localized
/// "try again later"; the log gets this.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("a saved value cannot be read back: {column} = {value:?}")]
    Corrupt { column: &'static str, value: String },
}

#[derive(Debug)]
struct Embedded;

impl MigrationSource<'static> for Embedded {
    fn resolve(self) -> Pin<Box<dyn Future<Output = Result<Vec<Migration>, BoxDynError>> + Send>> {
        Box::pin(async {
            Ok(MIGRATIONS
                .iter()
                .map(|(version, name, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(name),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// The database of saved stats. Connections are made on demand, and the schema is
/// brought up to date before the first use, so a database that is down at start is used
/// as soon as it comes back.
#[derive(Debug, Clone)]
pub struct Store {
    migrated: Arc<OnceCell<()>>,
    /// Writes go through here: one connection on SQLite (it has one writer anyway, and
    /// queueing beats retrying on a busy file), a shared pool on PostgreSQL.
    writer: AnyPool,
    reader: AnyPool,
}

fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// The URL with its password hidden, for logs and errors.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

impl Store {
    /// A store for `url` (SQLite files are created if missing). Nothing is connected yet.
    pub fn new(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let store = if is_sqlite(url) {
            let url = if url.contains('?') {
                url.to_owned()
            } else {
                format!("{url}?mode=rwc")
            };
            let options = || {
                AnyPoolOptions::new().acquire_timeout(ACQUIRE_TIMEOUT).after_connect(|conn, _| {
                    Box::pin(async move {
                        // WAL: readers never block the writer; NORMAL: a commit survives a
                        // crash of the process (not of the machine) without an fsync each.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;",
                        )
                        .await?;
                        Ok(())
                    })
                })
            };
            let writer = options().max_connections(1).connect_lazy(&url)?;
            let reader = options().max_connections(4).connect_lazy(&url)?;
            (writer, reader)
        } else {
            let pool = AnyPoolOptions::new()
                .acquire_timeout(ACQUIRE_TIMEOUT)
                .max_connections(8)
                .connect_lazy(url)?;
            (pool.clone(), pool)
        };
        Ok(Store {
            migrated: Arc::new(OnceCell::new()),
            writer: store.0,
            reader: store.1,
        })
    }

    /// Brings the schema up to date, once per process (also `gainsbot migrate`).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        self.migrated
            .get_or_try_init(|| async {
                Migrator::new(Embedded).await?.run(&self.writer).await?;
                Ok::<(), StoreError>(())
            })
            .await?;
        Ok(())
    }

    /// The saved stats, if any.
    pub async fn profile(&self, who: &Identity) -> Result<Option<Profile>, StoreError> {
        self.migrate().await?;
        let row = sqlx::query(
            "SELECT followers, views30d, engagement, country, niche, age, currency, video_seconds, lang \
             FROM profiles WHERE platform = $1 AND user_id = $2",
        )
        .bind(who.platform.as_str())
        .bind(who.user_id.as_str())
        .fetch_optional(&self.reader)
        .await?;
        row.map(|row| profile_from(&row)).transpose()
    }

    /// Saves the whole profile and today's snapshot, in one transaction.
    pub async fn save(
        &self,
        who: &Identity,
        profile: &Profile,
        day: i64,
    ) -> Result<(), StoreError> {
        self.migrate().await?;
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO profiles \
             (platform, user_id, followers, views30d, engagement, country, niche, age, currency, video_seconds, lang, updated_day) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT (platform, user_id) DO UPDATE SET \
             followers = excluded.followers, views30d = excluded.views30d, engagement = excluded.engagement, \
             country = excluded.country, niche = excluded.niche, age = excluded.age, currency = excluded.currency, \
             video_seconds = excluded.video_seconds, lang = excluded.lang, updated_day = excluded.updated_day",
        )
        .bind(who.platform.as_str())
        .bind(who.user_id.as_str())
        .bind(profile.followers.map(to_i64))
        .bind(profile.views30d.map(to_i64))
        .bind(profile.engagement.map(|p| p.0.to_string()))
        .bind(profile.country.map(|c| c.code))
        .bind(profile.niche.map(Niche::id))
        .bind(profile.age.map(to_i64))
        .bind(profile.currency.map(Currency::code))
        .bind(profile.length.map(to_i64))
        .bind(profile.lang.map(Lang::code))
        .bind(day)
        .execute(&mut *tx)
        .await?;
        if profile.followers.is_some() || profile.views30d.is_some() {
            sqlx::query(
                "INSERT INTO snapshots (platform, user_id, day, followers, views30d) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (platform, user_id, day) DO UPDATE SET \
                 followers = excluded.followers, views30d = excluded.views30d",
            )
            .bind(who.platform.as_str())
            .bind(who.user_id.as_str())
            .bind(day)
            .bind(profile.followers.map(to_i64))
            .bind(profile.views30d.map(to_i64))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Snapshots after `since` (a day number), oldest first.
    pub async fn history(&self, who: &Identity, since: i64) -> Result<Vec<Snapshot>, StoreError> {
        self.migrate().await?;
        let rows = sqlx::query(
            "SELECT day, followers, views30d FROM snapshots \
             WHERE platform = $1 AND user_id = $2 AND day > $3 ORDER BY day",
        )
        .bind(who.platform.as_str())
        .bind(who.user_id.as_str())
        .bind(since)
        .fetch_all(&self.reader)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Snapshot {
                    day: row.try_get("day")?,
                    followers: count(row, "followers")?,
                    views30d: count(row, "views30d")?,
                })
            })
            .collect()
    }

    /// Deletes every row about the user, in one transaction; returns how many.
    pub async fn forget(&self, who: &Identity) -> Result<u64, StoreError> {
        self.migrate().await?;
        let mut tx = self.writer.begin().await?;
        let mut deleted = 0;
        for table in ["snapshots", "profiles"] {
            deleted += sqlx::query(&format!(
                "DELETE FROM {table} WHERE platform = $1 AND user_id = $2"
            ))
            .bind(who.platform.as_str())
            .bind(who.user_id.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        tx.commit().await?;
        Ok(deleted)
    }
}

fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

fn count(row: &AnyRow, column: &'static str) -> Result<Option<u64>, StoreError> {
    let value: Option<i64> = row.try_get(column)?;
    value
        .map(|v| {
            u64::try_from(v).map_err(|_| StoreError::Corrupt {
                column,
                value: v.to_string(),
            })
        })
        .transpose()
}

fn text<T>(
    row: &AnyRow,
    column: &'static str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, StoreError> {
    let value: Option<String> = row.try_get(column)?;
    value
        .map(|v| parse(&v).ok_or(StoreError::Corrupt { column, value: v }))
        .transpose()
}

fn profile_from(row: &AnyRow) -> Result<Profile, StoreError> {
    Ok(Profile {
        followers: count(row, "followers")?,
        views30d: count(row, "views30d")?,
        engagement: text(row, "engagement", |v| {
            Decimal::from_str(v).ok().map(Percent)
        })?,
        country: text(row, "country", Country::parse)?,
        niche: text(row, "niche", Niche::parse)?,
        age: count(row, "age")?,
        currency: text(row, "currency", Currency::parse)?,
        length: count(row, "video_seconds")?,
        lang: text(row, "lang", Lang::from_locale)?,
    })
}
