-- Buttons whose press is too long for Telegram's 64-byte callback data: the press is kept
-- here and the button carries its key. Shared by every replica on one database.
CREATE TABLE presses (
    press_key TEXT NOT NULL PRIMARY KEY,
    data TEXT NOT NULL,
    day BIGINT NOT NULL
);
