//! Per-user saved stats, behind one type for both databases: SQLite by default (a file,
//! nothing to install), PostgreSQL when `DATABASE_URL` says so, which several bot
//! processes can share. The SQL is portable; each save is one transaction.
//!
//! It may know no reply and no platform: it keeps what a creator saved, keyed by who
//! they are.

use std::hash::BuildHasher;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OnceCell, mpsc, oneshot};

use rust_decimal::Decimal;
use sqlx::any::{AnyPoolOptions, AnyRow, install_default_drivers};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, Executor, Row};
use thiserror::Error;

mod cache;
mod communities;
mod reminders;
pub mod sql;

use catalogue::{Choice, Identity, Month, Niche, Payout, Profile, Snapshot};
use text::Country;
use values::{Currency, Lang, Percent};

/// The schema (`migrations/`, forward only), compiled in so the binary migrates any
/// database it is pointed at, SQLite or PostgreSQL.
static MIGRATOR: Migrator = sqlx_macros::migrate!("../../migrations");

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
    /// A save's transaction failed; shared because one failure answers every save of
    /// the batch.
    #[error("saving")]
    Write(#[source] Arc<sqlx::Error>),
    #[error("the writer task has stopped")]
    WriterGone,
    #[error("a saved value cannot be read back: {column} = {value:?}")]
    Corrupt { column: &'static str, value: String },
}

/// The database of saved stats. Connections are made on demand, and the schema is
/// brought up to date before the first use, so a database that is down at start is used
/// as soon as it comes back.
#[derive(Debug, Clone)]
pub struct Store {
    migrated: Arc<OnceCell<()>>,
    /// Saves waiting for the writer task, started on the first save.
    queue: Arc<std::sync::OnceLock<mpsc::Sender<SaveJob>>>,
    /// Writes go through here: one connection on SQLite (it has one writer anyway, and
    /// queueing beats retrying on a busy file), a shared pool on PostgreSQL.
    writer: AnyPool,
    reader: AnyPool,
    /// Profiles kept in memory (see [`cache`]).
    profiles: Arc<cache::Profiles>,
    /// Communities' settings kept in memory for a short while (see [`communities`]).
    settings: Arc<communities::Kept>,
    /// PostgreSQL's URL, to listen for other processes' changes; `None` on SQLite.
    postgres: Option<Arc<str>>,
}

fn is_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:")
}

/// The URL with its password hidden, for logs and errors.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
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
                // No ping before each use: a dead file or server fails the query itself.
                AnyPoolOptions::new()
                    .acquire_timeout(ACQUIRE_TIMEOUT)
                    .test_before_acquire(false)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            // WAL: readers never block the writer; NORMAL: a commit survives a
                            // crash of the process (not of the machine) without an fsync each.
                            for pragma in [
                                "PRAGMA journal_mode = WAL",
                                "PRAGMA synchronous = NORMAL",
                                "PRAGMA busy_timeout = 5000",
                            ] {
                                conn.execute(pragma).await?;
                            }
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
        let postgres = (!is_sqlite(url)).then(|| Arc::from(url));
        Ok(Store {
            migrated: Arc::new(OnceCell::new()),
            queue: Arc::new(std::sync::OnceLock::new()),
            writer: store.0,
            reader: store.1,
            // SQLite: one process owns the file and sees every write. PostgreSQL: trusted
            // once listening for the others' writes.
            profiles: Arc::new(cache::Profiles::new(postgres.is_none())),
            settings: Arc::new(communities::Kept::default()),
            postgres,
        })
    }

    /// Brings the schema up to date, once per process (also `gainsbot migrate`).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        self.migrated
            .get_or_try_init(|| async {
                MIGRATOR.run(&self.writer).await?;
                match &self.postgres {
                    Some(url) => {
                        let listen = cache::listen(
                            url.to_string(),
                            self.profiles.clone(),
                            self.reader.clone(),
                        );
                        tokio::spawn(listen);
                    }
                    None => self.profiles.load_savers(&self.reader).await?,
                }
                Ok::<(), StoreError>(())
            })
            .await?;
        Ok(())
    }

    /// The saved stats, if any.
    pub async fn profile(&self, who: &Identity) -> Result<Option<Profile>, StoreError> {
        if let Some(kept) = self.profiles.get(who) {
            return Ok(kept);
        }
        let mark = self.profiles.mark();
        let read = timed("profile", async {
            self.migrate().await?;
            let row = sqlx::query(sql::PROFILE)
                .bind(who.platform.as_str())
                .bind(who.user_id.as_str())
                .fetch_optional(&self.reader)
                .await?;
            row.map(|row| profile_from(&row)).transpose()
        })
        .await?;
        self.profiles.fill(who, read.clone(), mark);
        Ok(read)
    }

    /// Whether the database answers, for `/readyz`.
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.migrate().await?;
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    /// Deletes the daily snapshots and kept presses from before `day` (a day number), and
    /// the reminder claims of months before its month:
    /// what retention (`GAINSBOT_HISTORY_DAYS`) no longer keeps. Returns how many.
    pub async fn prune(&self, day: i64) -> Result<u64, StoreError> {
        timed("prune", async {
            self.migrate().await?;
            let mut deleted = 0;
            // A month's claims matter until the month is over.
            let month = Month::of_day(day).0;
            for (statement, before) in [
                (sql::PRUNE_SNAPSHOTS, day),
                (sql::PRUNE_PRESSES, day),
                (sql::PRUNE_REMINDERS, month),
            ] {
                loop {
                    let batch = sqlx::query(statement)
                        .bind(before)
                        .bind(sql::PRUNE_BATCH)
                        .execute(&self.writer)
                        .await?
                        .rows_affected();
                    deleted += batch;
                    if batch < sql::PRUNE_BATCH as u64 {
                        break;
                    }
                }
            }
            Ok(deleted)
        })
        .await
    }

    /// Keeps a button's press under a short key, for a platform whose buttons carry
    /// less than the press (Telegram's 64 bytes). The key is the press's own hash, so a
    /// press kept twice is kept once; it names no one.
    pub async fn keep_press(&self, data: &str, day: i64) -> Result<String, StoreError> {
        timed("keep_press", async {
            self.migrate().await?;
            let key = format!("k{:x}", rustc_hash::FxBuildHasher.hash_one(data));
            sqlx::query(sql::KEEP_PRESS)
                .bind(&key)
                .bind(data)
                .bind(day)
                .execute(&self.writer)
                .await?;
            Ok(key)
        })
        .await
    }

    /// A kept press by its key, if it is still kept.
    pub async fn press(&self, key: &str) -> Result<Option<String>, StoreError> {
        timed("press", async {
            self.migrate().await?;
            let row = sqlx::query(sql::PRESS)
                .bind(key)
                .fetch_optional(&self.reader)
                .await?;
            Ok(row.map(|row| row.get::<String, _>(0)))
        })
        .await
    }

    /// Saves the whole profile and that day's snapshot. Returns once the transaction
    /// holding them has committed. Saves made at the same moment share a transaction
    /// (group commit): the database's cost is per commit, not per row.
    pub async fn save(
        &self,
        who: &Identity,
        profile: &Profile,
        day: i64,
    ) -> Result<(), StoreError> {
        timed("save", async {
            self.migrate().await?;
            let (done, acknowledged) = oneshot::channel();
            let job = SaveJob {
                who: who.clone(),
                profile: profile.clone(),
                day,
                done,
            };
            let queue = self
                .queue
                .get_or_init(|| spawn_writer(self.writer.clone(), self.postgres.is_some()));
            queue.send(job).await.map_err(|_| StoreError::WriterGone)?;
            acknowledged
                .await
                .map_err(|_| StoreError::WriterGone)?
                .map_err(StoreError::Write)
        })
        .await?;
        self.profiles.changed(who);
        Ok(())
    }

    /// Snapshots after `since` (a day number), oldest first.
    pub async fn history(&self, who: &Identity, since: i64) -> Result<Vec<Snapshot>, StoreError> {
        self.migrate().await?;
        let rows = sqlx::query(sql::HISTORY)
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
        for statement in [
            sql::FORGET_SNAPSHOTS,
            sql::FORGET_REMINDERS,
            sql::FORGET_PROFILE,
        ] {
            deleted += sqlx::query(statement)
                .bind(who.platform.as_str())
                .bind(who.user_id.as_str())
                .execute(&mut *tx)
                .await?
                .rows_affected();
        }
        if self.postgres.is_some() {
            notify(&mut tx, who).await?;
        }
        tx.commit().await?;
        self.profiles.changed(who);
        Ok(deleted)
    }
}

/// Runs one store operation, timing it into `gainsbot_store_seconds{op}`.
async fn timed<T>(op: &'static str, work: impl Future<Output = T>) -> T {
    let start = std::time::Instant::now();
    let done = work.await;
    metrics::histogram!("gainsbot_store_seconds", "op" => op).record(start.elapsed());
    done
}

/// One save waiting to be written, and where to say it is done.
#[derive(Debug)]
struct SaveJob {
    who: Identity,
    profile: Profile,
    day: i64,
    done: oneshot::Sender<Result<(), Arc<sqlx::Error>>>,
}

/// Most saves written in one transaction.
const MAX_BATCH: usize = 64;

/// Starts the task that writes queued saves, as many per transaction as are waiting.
fn spawn_writer(pool: AnyPool, postgres: bool) -> mpsc::Sender<SaveJob> {
    let (queue, mut jobs) = mpsc::channel::<SaveJob>(4 * MAX_BATCH);
    tokio::spawn(async move {
        let mut batch = Vec::with_capacity(MAX_BATCH);
        while jobs.recv_many(&mut batch, MAX_BATCH).await > 0 {
            // Let the other writers that were just acknowledged queue their next save, so
            // they share this transaction instead of waiting for the next one.
            tokio::task::yield_now().await;
            while batch.len() < MAX_BATCH {
                match jobs.try_recv() {
                    Ok(job) => batch.push(job),
                    Err(_) => break,
                }
            }
            let pending = std::mem::take(&mut batch);
            match write_batch(&pool, &pending, postgres).await {
                Ok(()) => pending.into_iter().for_each(|job| {
                    let _ = job.done.send(Ok(()));
                }),
                // One bad save must not sink the others: write them one by one.
                Err(_) => {
                    for job in pending {
                        let result = write_batch(&pool, std::slice::from_ref(&job), postgres)
                            .await
                            .map_err(Arc::new);
                        let _ = job.done.send(result);
                    }
                }
            }
        }
    });
    queue
}

/// Writes saves in one transaction: one multi-row upsert for the profiles, one for the
/// snapshots. A later save of the same user (or user and day) replaces an earlier one,
/// as it would have one transaction later.
async fn write_batch(pool: &AnyPool, jobs: &[SaveJob], postgres: bool) -> Result<(), sqlx::Error> {
    let mut profiles: Vec<&SaveJob> = Vec::with_capacity(jobs.len());
    for job in jobs {
        profiles.retain(|p| p.who != job.who);
        profiles.push(job);
    }
    let mut snapshots: Vec<&SaveJob> = Vec::with_capacity(jobs.len());
    for job in jobs
        .iter()
        .filter(|j| j.profile.followers.is_some() || j.profile.views30d.is_some())
    {
        snapshots.retain(|s| s.who != job.who || s.day != job.day);
        snapshots.push(job);
    }
    let mut tx = pool.begin().await?;
    let rows = placeholders(profiles.len(), 17);
    let sql = format!(
        "INSERT INTO profiles \
         (platform, user_id, followers, views30d, engagement, country, niche, age, currency, video_seconds, lang, card, payouts, audience, milestones, reminder, updated_day) \
         VALUES {rows} ON CONFLICT (platform, user_id) DO UPDATE SET \
         followers = excluded.followers, views30d = excluded.views30d, engagement = excluded.engagement, \
         country = excluded.country, niche = excluded.niche, age = excluded.age, currency = excluded.currency, \
         video_seconds = excluded.video_seconds, lang = excluded.lang, card = excluded.card, \
         payouts = excluded.payouts, audience = excluded.audience, \
         milestones = excluded.milestones, reminder = excluded.reminder, \
         updated_day = excluded.updated_day"
    );
    let mut query = sqlx::query(&sql);
    for job in &profiles {
        let p = &job.profile;
        query = query
            .bind(job.who.platform.as_str())
            .bind(job.who.user_id.as_str())
            .bind(p.followers.map(to_i64))
            .bind(p.views30d.map(to_i64))
            .bind(p.engagement.map(|e| e.0.to_string()))
            .bind(p.country.map(|c| c.code))
            .bind(p.niche.map(Niche::id))
            .bind(p.age.map(to_i64))
            .bind(p.currency.map(Currency::code))
            .bind(p.length.map(to_i64))
            .bind(p.lang.map(Lang::code))
            .bind(p.card.map(i64::from))
            .bind(payouts_text(&p.payouts))
            .bind(p.audience.map(|a| a.written()))
            .bind((!p.milestones.is_empty()).then(|| p.milestones.join(",")))
            .bind(p.reminder.then_some(1_i64))
            .bind(job.day);
    }
    query.execute(&mut *tx).await?;
    if !snapshots.is_empty() {
        let rows = placeholders(snapshots.len(), 5);
        let sql = format!(
            "INSERT INTO snapshots (platform, user_id, day, followers, views30d) VALUES {rows} \
             ON CONFLICT (platform, user_id, day) DO UPDATE SET \
             followers = excluded.followers, views30d = excluded.views30d"
        );
        let mut query = sqlx::query(&sql);
        for job in &snapshots {
            query = query
                .bind(job.who.platform.as_str())
                .bind(job.who.user_id.as_str())
                .bind(job.day)
                .bind(job.profile.followers.map(to_i64))
                .bind(job.profile.views30d.map(to_i64));
        }
        query.execute(&mut *tx).await?;
    }
    if postgres {
        for job in &profiles {
            notify(&mut tx, &job.who).await?;
        }
    }
    tx.commit().await
}

/// Tells the other processes that `who`'s profile changed, when this transaction commits
/// (PostgreSQL's NOTIFY is delivered at commit, and dropped if it rolls back).
async fn notify(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    who: &Identity,
) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(cache::CHANNEL)
        .bind(who.to_string())
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// `($1, $2), ($3, $4)` for 2 rows of 2 columns: numbered in order of appearance, which
/// both SQLite and PostgreSQL bind by position. sqlx's `QueryBuilder::push_values` would
/// write `?` through the `Any` driver (sqlx-core 0.8's default placeholder), which
/// PostgreSQL refuses.
fn placeholders(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|r| {
            let cells: Vec<String> = (1..=columns)
                .map(|c| format!("${}", r * columns + c))
                .collect();
            format!("({})", cells.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
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
        currency: text(row, "currency", Currency::from_code)?,
        length: count(row, "video_seconds")?,
        lang: text(row, "lang", Lang::from_locale)?,
        card: row.try_get::<Option<i64>, _>("card")?.map(|v| v != 0),
        payouts: text(row, "payouts", payouts_from)?.unwrap_or_default(),
        audience: text(row, "audience", |v| text::audience(v).ok())?,
        milestones: row
            .try_get::<Option<String>, _>("milestones")?
            .map(|v| v.split(',').map(str::to_owned).collect())
            .unwrap_or_default(),
        reminder: row
            .try_get::<Option<i64>, _>("reminder")?
            .is_some_and(|v| v != 0),
    })
}

/// Payouts as the `payouts` column keeps them (see `migrations/0004_payouts.sql`).
fn payouts_text(payouts: &[Payout]) -> Option<String> {
    let entries: Vec<String> = payouts
        .iter()
        .map(|p| format!("{}:{}:{}:{}", p.month, p.cents, p.currency.code(), p.views))
        .collect();
    (!entries.is_empty()).then(|| entries.join(";"))
}

fn payouts_from(text: &str) -> Option<Vec<Payout>> {
    text.split(';')
        .map(|entry| {
            let mut fields = entry.split(':');
            let (year, month) = fields.next()?.split_once('-')?;
            let payout = Payout {
                month: Month::new(year.parse().ok()?, month.parse().ok()?),
                cents: fields.next()?.parse().ok()?,
                currency: Currency::from_code(fields.next()?)?,
                views: fields.next()?.parse().ok()?,
            };
            fields.next().is_none().then_some(payout)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_and_nothing_else() {
        assert_eq!(
            redact("postgres://gainsbot:p%40ss@db:5432/gainsbot"),
            "postgres://gainsbot:***@db:5432/gainsbot"
        );
        assert_eq!(redact("sqlite://gainsbot.db"), "sqlite://gainsbot.db");
        assert_eq!(redact("postgres://db/gainsbot"), "postgres://db/gainsbot");
    }

    #[test]
    fn payouts_are_kept_as_written_and_read_back() {
        let payouts = vec![
            Payout {
                month: Month::new(2026, 10),
                cents: 5200,
                currency: Currency::Eur,
                views: 100_000,
            },
            Payout {
                month: Month::new(2026, 9),
                cents: 4000,
                currency: Currency::Usd,
                views: 95_000,
            },
        ];
        let text = payouts_text(&payouts).unwrap();
        assert_eq!(text, "2026-10:5200:EUR:100000;2026-09:4000:USD:95000");
        assert_eq!(payouts_from(&text), Some(payouts));
        assert_eq!(payouts_text(&[]), None);
        assert_eq!(payouts_from("2026-10:52:EUR"), None);
    }

    #[test]
    fn placeholders_are_numbered_row_by_row() {
        assert_eq!(placeholders(2, 2), "($1, $2), ($3, $4)");
    }
}
