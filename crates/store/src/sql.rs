//! The statements the store runs, each named once: the store runs them from here, and
//! `tests/store.rs` has every one planned on SQLite and PostgreSQL to show that an index
//! serves it (the three that read a whole table on purpose say so). The saves, written for
//! as many rows as a group commit holds, are upserts on the primary key.

/// A statement, and whether it reads its whole table on purpose.
pub struct Statement {
    pub name: &'static str,
    pub sql: &'static str,
    pub whole_table: bool,
}

/// Who has saved stats, read once at start (a hash each in memory), and how many first.
pub const SAVERS: &str = "SELECT platform || ':' || user_id AS who FROM profiles";
pub const SAVERS_COUNT: &str = "SELECT COUNT(*) AS savers FROM profiles";

pub const PROFILE: &str = "SELECT followers, views30d, engagement, country, niche, age, \
     currency, video_seconds, lang, card, payouts, audience, milestones, reminder \
     FROM profiles WHERE platform = $1 AND user_id = $2";

pub const HISTORY: &str = "SELECT day, followers, views30d FROM snapshots \
     WHERE platform = $1 AND user_id = $2 AND day > $3 ORDER BY day";

/// Rows deleted by retention in one statement: each batch holds the database's write
/// lock (SQLite) or its rows' locks (PostgreSQL) only briefly, so saves go in between.
pub const PRUNE_BATCH: i64 = 1_000;

pub const PRUNE_SNAPSHOTS: &str = "DELETE FROM snapshots WHERE (platform, user_id, day) IN \
     (SELECT platform, user_id, day FROM snapshots WHERE day < $1 LIMIT $2)";

pub const PRUNE_PRESSES: &str = "DELETE FROM presses WHERE press_key IN \
     (SELECT press_key FROM presses WHERE day < $1 LIMIT $2)";

pub const PRUNE_REMINDERS: &str = "DELETE FROM reminders WHERE (platform, user_id, month) IN \
     (SELECT platform, user_id, month FROM reminders WHERE month < $1 LIMIT $2)";

pub const KEEP_PRESS: &str = "INSERT INTO presses (press_key, data, day) VALUES ($1, $2, $3) \
     ON CONFLICT (press_key) DO UPDATE SET day = excluded.day";

pub const PRESS: &str = "SELECT data FROM presses WHERE press_key = $1";

pub const FORGET_SNAPSHOTS: &str = "DELETE FROM snapshots WHERE platform = $1 AND user_id = $2";
pub const FORGET_REMINDERS: &str = "DELETE FROM reminders WHERE platform = $1 AND user_id = $2";
pub const FORGET_PROFILE: &str = "DELETE FROM profiles WHERE platform = $1 AND user_id = $2";

pub const SETTINGS: &str = "SELECT lang, currency, country, card, mentions, answers_in \
     FROM communities WHERE platform = $1 AND community_id = $2";

pub const ANSWERS_UNPROMPTED: &str = "SELECT 1 AS one FROM communities \
     WHERE platform = $1 AND answers_in IS NOT NULL LIMIT 1";

/// Which communities have settings, read again every 30 s: one short row each.
pub const CONFIGURED: &str = "SELECT platform, community_id FROM communities";

pub const SAVE_SETTINGS: &str = "INSERT INTO communities \
     (platform, community_id, lang, currency, country, card, mentions, answers_in, updated_day) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
     ON CONFLICT (platform, community_id) DO UPDATE SET \
     lang = excluded.lang, currency = excluded.currency, country = excluded.country, \
     card = excluded.card, mentions = excluded.mentions, answers_in = excluded.answers_in, \
     updated_day = excluded.updated_day";

pub const SET_REMINDER: &str = "INSERT INTO profiles (platform, user_id, reminder, updated_day) \
     VALUES ($1, $2, $3, $4) ON CONFLICT (platform, user_id) DO UPDATE SET \
     reminder = excluded.reminder, updated_day = excluded.updated_day";

pub const DUE_REMINDERS: &str = "SELECT p.user_id FROM profiles p \
     WHERE p.platform = $1 AND p.reminder = 1 \
     AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.platform = p.platform \
     AND r.user_id = p.user_id AND r.month = $2 \
     AND (r.sent = 1 OR r.claimed_at >= $3)) ORDER BY p.user_id";

pub const CLAIM_REMINDER: &str = "INSERT INTO reminders (platform, user_id, month, claimed_at) \
     VALUES ($1, $2, $3, $4) ON CONFLICT (platform, user_id, month) \
     DO UPDATE SET claimed_at = excluded.claimed_at \
     WHERE reminders.sent IS NULL AND reminders.claimed_at < $5";

pub const REMINDER_SENT: &str = "INSERT INTO reminders (platform, user_id, month, sent) \
     VALUES ($1, $2, $3, 1) ON CONFLICT (platform, user_id, month) DO UPDATE SET sent = 1";

pub const RELEASE_REMINDER: &str =
    "DELETE FROM reminders WHERE platform = $1 AND user_id = $2 AND month = $3";

const fn statement(name: &'static str, sql: &'static str) -> Statement {
    Statement {
        name,
        sql,
        whole_table: false,
    }
}

/// Every statement above.
pub const ALL: &[Statement] = &[
    Statement {
        name: "savers",
        sql: SAVERS,
        whole_table: true,
    },
    Statement {
        name: "savers count",
        sql: SAVERS_COUNT,
        whole_table: true,
    },
    statement("profile", PROFILE),
    statement("history", HISTORY),
    statement("prune snapshots", PRUNE_SNAPSHOTS),
    statement("prune presses", PRUNE_PRESSES),
    statement("prune reminders", PRUNE_REMINDERS),
    statement("keep press", KEEP_PRESS),
    statement("press", PRESS),
    statement("forget snapshots", FORGET_SNAPSHOTS),
    statement("forget reminders", FORGET_REMINDERS),
    statement("forget profile", FORGET_PROFILE),
    statement("settings", SETTINGS),
    statement("answers unprompted", ANSWERS_UNPROMPTED),
    Statement {
        name: "configured",
        sql: CONFIGURED,
        whole_table: true,
    },
    statement("save settings", SAVE_SETTINGS),
    statement("set reminder", SET_REMINDER),
    statement("due reminders", DUE_REMINDERS),
    statement("claim reminder", CLAIM_REMINDER),
    statement("reminder sent", REMINDER_SENT),
    statement("release reminder", RELEASE_REMINDER),
];
