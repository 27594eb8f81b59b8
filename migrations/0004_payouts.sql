-- What TikTok paid the creator, one entry per month, newest first:
-- `2026-10:5200:EUR:100000` (month, cents, currency, views), entries separated by `;`.
-- NULL: none recorded. Kept on the profile's row, so reading, caching, forgetting and
-- exporting a profile carry them.
ALTER TABLE profiles ADD COLUMN payouts TEXT;
