-- Where the creator's viewers are, by country: `FR:60,BE:15,US:25` (shares in percent,
-- adding up to 100). NULL: not given.
ALTER TABLE profiles ADD COLUMN audience TEXT;
