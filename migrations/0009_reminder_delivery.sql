-- A reminder claimed (claimed_at, seconds since 1970) is being sent until it is marked
-- sent; a claim its process never marked (it died mid-send) is taken again once stale.
-- The rows from before this were sent.
ALTER TABLE reminders ADD COLUMN claimed_at BIGINT;
ALTER TABLE reminders ADD COLUMN sent BIGINT;
UPDATE reminders SET sent = 1;

-- Who asked for reminders, found without reading every profile.
CREATE INDEX profiles_reminded ON profiles (platform, user_id) WHERE reminder = 1;
