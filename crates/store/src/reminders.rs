//! Monthly reminders (`/rappel`): who asked for one and has not had this month's, and
//! the claim that makes each one go once. The claim is a row keyed by user and month:
//! of two processes claiming the same reminder, the database lets one insert it. It is
//! marked sent once delivered; one never marked (its process was killed mid-send) is
//! taken again once stale, so a round killed half-way is finished by the next.

use sqlx::Row;

use catalogue::{Identity, Month, Platform};

use super::{Store, StoreError, sql, timed};

/// `sql` about `who`'s reminder for `month`, which it takes as `$1`, `$2` and `$3`.
fn of<'q>(
    sql: &'q str,
    who: &'q Identity,
    month: Month,
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    sqlx::query(sql)
        .bind(who.platform.as_str())
        .bind(who.user_id.as_str())
        .bind(month.0)
}

impl Store {
    /// Turns `who`'s monthly reminder on or off, touching nothing else they saved (no
    /// snapshot: their figures were not given today).
    pub async fn set_reminder(&self, who: &Identity, on: bool, day: i64) -> Result<(), StoreError> {
        timed("set_reminder", async {
            self.migrate().await?;
            let mut tx = self.writer.begin().await?;
            sqlx::query(sql::SET_REMINDER)
                .bind(who.platform.as_str())
                .bind(who.user_id.as_str())
                .bind(on.then_some(1_i64))
                .bind(day)
                .execute(&mut *tx)
                .await?;
            if self.postgres.is_some() {
                super::notify(&mut tx, who).await?;
            }
            tx.commit().await?;
            Ok::<_, StoreError>(())
        })
        .await?;
        self.profiles.changed(who);
        Ok(())
    }

    /// The users of `platform` who asked for reminders and have had none for `month`:
    /// nothing claimed, or a claim made before `stale_before` (seconds since 1970) and
    /// never marked sent, whose process died mid-send.
    pub async fn due_reminders(
        &self,
        platform: Platform,
        month: Month,
        stale_before: i64,
    ) -> Result<Vec<Identity>, StoreError> {
        timed("due_reminders", async {
            self.migrate().await?;
            let rows = sqlx::query(sql::DUE_REMINDERS)
                .bind(platform.as_str())
                .bind(month.0)
                .bind(stale_before)
                .fetch_all(&self.reader)
                .await?;
            rows.iter()
                .map(|row| {
                    Ok(Identity {
                        platform,
                        user_id: row.try_get("user_id")?,
                    })
                })
                .collect()
        })
        .await
    }

    /// Claims `who`'s reminder for `month` at `now` (seconds since 1970): true for the one
    /// caller that gets it, false when another holds it (claimed since `stale_before`) or
    /// it was sent.
    pub async fn claim_reminder(
        &self,
        who: &Identity,
        month: Month,
        now: i64,
        stale_before: i64,
    ) -> Result<bool, StoreError> {
        timed("claim_reminder", async {
            self.migrate().await?;
            let claimed = of(sql::CLAIM_REMINDER, who, month)
                .bind(now)
                .bind(stale_before)
                .execute(&self.writer)
                .await?
                .rows_affected();
            Ok(claimed == 1)
        })
        .await
    }

    /// `who`'s reminder for `month` went (or counts as had: asked for this month, the
    /// first comes next month).
    pub async fn reminder_sent(&self, who: &Identity, month: Month) -> Result<(), StoreError> {
        timed("reminder_sent", async {
            self.migrate().await?;
            of(sql::REMINDER_SENT, who, month)
                .execute(&self.writer)
                .await?;
            Ok(())
        })
        .await
    }

    /// Gives a claim back, for a reminder that could not be delivered this time: it is
    /// tried again on the next round.
    pub async fn release_reminder(&self, who: &Identity, month: Month) -> Result<(), StoreError> {
        timed("release_reminder", async {
            self.migrate().await?;
            of(sql::RELEASE_REMINDER, who, month)
                .execute(&self.writer)
                .await?;
            Ok(())
        })
        .await
    }
}
