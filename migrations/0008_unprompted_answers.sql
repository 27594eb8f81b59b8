-- The channel where a community's admins turned on answers without a mention (/config
-- reponses:oui): a Discord channel id, or the Telegram group's own id. NULL: nowhere.
ALTER TABLE communities ADD COLUMN answers_in BIGINT;
