-- Orders CSV import (issue #15, reports branch: Flyway range V40-V49).
-- Applied imports by idempotency key: a retry with the same bytes answers the first report.
CREATE TABLE csv_import (
    idempotency_key varchar(128) PRIMARY KEY,
    kind            varchar(20)  NOT NULL,
    digest          char(64)     NOT NULL,
    report          jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL
);
