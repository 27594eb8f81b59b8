//! Monthly reminders (`/rappel`): who asked for one and has not had this month's, and
//! the claim that makes each one go once. The claim is a row keyed by user and month:
//! of two processes claiming the same reminder, the database lets one insert it.

use sqlx::Row;

use catalogue::{Identity, Month, Platform};

use super::{Store, StoreError, timed};

impl Store {
    /// Turns `who`'s monthly reminder on or off, touching nothing else they saved (no
    /// snapshot: their figures were not given today).
    pub async fn set_reminder(&self, who: &Identity, on: bool, day: i64) -> Result<(), StoreError> {
        timed("set_reminder", async {
            self.migrate().await?;
            let mut tx = self.writer.begin().await?;
            sqlx::query(
                "INSERT INTO profiles (platform, user_id, reminder, updated_day) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (platform, user_id) DO UPDATE SET \
                 reminder = excluded.reminder, updated_day = excluded.updated_day",
            )
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

    /// The users of `platform` who asked for reminders and have none claimed for `month`.
    pub async fn due_reminders(
        &self,
        platform: Platform,
        month: Month,
    ) -> Result<Vec<Identity>, StoreError> {
        timed("due_reminders", async {
            self.migrate().await?;
            let rows = sqlx::query(
                "SELECT p.user_id FROM profiles p WHERE p.platform = $1 AND p.reminder = 1 \
                 AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.platform = p.platform \
                 AND r.user_id = p.user_id AND r.month = $2) ORDER BY p.user_id",
            )
            .bind(platform.as_str())
            .bind(month.0)
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

    /// Claims `who`'s reminder for `month`: true for the one caller that gets it, false
    /// when it was already claimed (by this process or another).
    pub async fn claim_reminder(&self, who: &Identity, month: Month) -> Result<bool, StoreError> {
        timed("claim_reminder", async {
            self.migrate().await?;
            let inserted = sqlx::query(
                "INSERT INTO reminders (platform, user_id, month) VALUES ($1, $2, $3) \
                 ON CONFLICT (platform, user_id, month) DO NOTHING",
            )
            .bind(who.platform.as_str())
            .bind(who.user_id.as_str())
            .bind(month.0)
            .execute(&self.writer)
            .await?
            .rows_affected();
            Ok(inserted == 1)
        })
        .await
    }

    /// Gives a claim back, for a reminder that could not be delivered this time: it is
    /// tried again on the next round.
    pub async fn release_reminder(&self, who: &Identity, month: Month) -> Result<(), StoreError> {
        timed("release_reminder", async {
            self.migrate().await?;
            sqlx::query(
                "DELETE FROM reminders WHERE platform = $1 AND user_id = $2 AND month = $3",
            )
            .bind(who.platform.as_str())
            .bind(who.user_id.as_str())
            .bind(month.0)
            .execute(&self.writer)
            .await?;
            Ok(())
        })
        .await
    }
}
