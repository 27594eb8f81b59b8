-- Saved stats, one row per user, and one snapshot per user and day for progress.
-- Portable SQL: the same file runs on SQLite and PostgreSQL.
CREATE TABLE profiles (
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    followers BIGINT,
    views30d BIGINT,
    engagement TEXT,
    country TEXT,
    niche TEXT,
    age BIGINT,
    currency TEXT,
    video_seconds BIGINT,
    lang TEXT,
    updated_day BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id)
);

CREATE TABLE snapshots (
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    day BIGINT NOT NULL,
    followers BIGINT,
    views30d BIGINT,
    PRIMARY KEY (platform, user_id, day)
);
