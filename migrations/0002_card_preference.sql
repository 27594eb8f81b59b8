-- Whether the user wants result cards (1) or not (0); NULL: the platform decides.
ALTER TABLE profiles ADD COLUMN card BIGINT;
