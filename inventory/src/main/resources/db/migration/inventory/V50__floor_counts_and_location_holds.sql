-- Warehouse floor (issue 14). Version 50 leaves room for other branches' next inventory migrations.
-- Why a count was asked for (a short pick, a supervisor), shown on the counter's screen.
ALTER TABLE count_task ADD COLUMN requested_reason TEXT CHECK (length(requested_reason) <= 200);

-- Locations whose stock is never allocated (quarantine areas): damaged goods stay on the books there
-- but are not available to orders.
CREATE TABLE held_location
(
    location_id TEXT PRIMARY KEY CHECK (length(location_id) BETWEEN 1 AND 64),
    reason      TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    held_at     TIMESTAMPTZ NOT NULL
);
