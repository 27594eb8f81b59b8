-- What retention deletes, found by date without reading every row: a million creators'
-- snapshots are millions of rows.
CREATE INDEX snapshots_day ON snapshots (day);
CREATE INDEX presses_day ON presses (day);
CREATE INDEX reminders_month ON reminders (month);
