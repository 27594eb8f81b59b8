//! Counts the profile saves a bot makes to its SQLite database, with triggers the test
//! adds once the bot has created its tables: a retried reply must not save again.

use std::path::Path;

use sqlx::sqlite::SqlitePool;

pub struct Saves(SqlitePool);

impl Saves {
    /// Starts counting every row written to `profiles` in the database at `db`.
    pub async fn watch(db: &Path) -> Saves {
        let pool = SqlitePool::connect(&format!("sqlite://{}", db.display()))
            .await
            .unwrap();
        for statement in [
            "CREATE TABLE saves_seen (n INTEGER NOT NULL)",
            "INSERT INTO saves_seen VALUES (0)",
            "CREATE TRIGGER saved_new AFTER INSERT ON profiles \
             BEGIN UPDATE saves_seen SET n = n + 1; END",
            "CREATE TRIGGER saved_again AFTER UPDATE ON profiles \
             BEGIN UPDATE saves_seen SET n = n + 1; END",
        ] {
            sqlx::query(statement).execute(&pool).await.unwrap();
        }
        Saves(pool)
    }

    /// How many saves since [`Saves::watch`].
    pub async fn count(&self) -> i64 {
        sqlx::query_scalar("SELECT n FROM saves_seen")
            .fetch_one(&self.0)
            .await
            .unwrap()
    }
}
