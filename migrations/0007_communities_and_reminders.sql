-- A server's or group's settings, set by its admins with /config. NULL: not set.
CREATE TABLE communities (
    platform TEXT NOT NULL,
    community_id TEXT NOT NULL,
    lang TEXT,
    currency TEXT,
    country TEXT,
    card BIGINT,
    mentions BIGINT,
    updated_day BIGINT NOT NULL,
    PRIMARY KEY (platform, community_id)
);

-- 1: the creator asked for a private message at the start of each month (/rappel).
ALTER TABLE profiles ADD COLUMN reminder BIGINT;

-- The months a reminder went (or is going) to a user: the key makes it once per user and
-- month, whichever process claims it first. `month` counts year × 12 + month − 1.
CREATE TABLE reminders (
    platform TEXT NOT NULL,
    user_id TEXT NOT NULL,
    month BIGINT NOT NULL,
    PRIMARY KEY (platform, user_id, month)
);
