-- Fleet CSV import (issue #15, reports branch: Flyway range V40-V49).

-- A vehicle's fuel type, kept beside the vehicle row (vehicles without a row run on DIESEL).
CREATE TABLE vehicle_fuel (
    vehicle_id uuid PRIMARY KEY REFERENCES vehicle (id) ON DELETE CASCADE,
    fuel_type  varchar(10) NOT NULL CHECK (fuel_type IN ('DIESEL', 'PETROL', 'CNG', 'LPG', 'ELECTRIC', 'HVO'))
);

-- Applied imports by idempotency key: a retry with the same bytes answers the first report.
CREATE TABLE csv_import (
    idempotency_key varchar(128) PRIMARY KEY,
    kind            varchar(20)  NOT NULL,
    digest          char(64)     NOT NULL,
    report          jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL
);
