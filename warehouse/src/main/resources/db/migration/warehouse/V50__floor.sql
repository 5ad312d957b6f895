-- Warehouse floor (issue 14): label formats, product barcodes, task claims, putaway deviations,
-- handling-unit seals and load scans, replenishment tasks. Version 50 leaves room for other
-- branches' next warehouse migrations.

-- How a site's labels encode bins, products, handling units and lots: a regular expression whose
-- named group "code" is the code itself (e.g. 'BIN:(?<code>.+)'); no row = the plain code.
CREATE TABLE label_format (
    site_id               UUID PRIMARY KEY REFERENCES site (id),
    bin_pattern           VARCHAR(200) NOT NULL,
    product_pattern       VARCHAR(200) NOT NULL,
    handling_unit_pattern VARCHAR(200) NOT NULL,
    lot_pattern           VARCHAR(200) NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL
);

-- A product's barcodes (GTIN-8/12/13/14 or a supplier code) → SKU.
CREATE TABLE product_barcode (
    barcode    VARCHAR(64) PRIMARY KEY,
    sku        VARCHAR(64) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX product_barcode_sku ON product_barcode (sku);

-- Who is doing a task (PUTAWAY, PICK_WAVE, REPLENISHMENT, COUNT, LOADING): one person per task.
CREATE TABLE task_claim (
    task_type  VARCHAR(20)  NOT NULL,
    task_id    UUID         NOT NULL,
    site_id    UUID         NOT NULL,
    claimed_by VARCHAR(100) NOT NULL,
    claimed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (task_type, task_id)
);
CREATE INDEX task_claim_site ON task_claim (site_id, claimed_by);

-- A putaway into another bin than the suggested one, and why.
CREATE TABLE putaway_deviation (
    task_id       UUID PRIMARY KEY,
    suggested_bin VARCHAR(64),
    chosen_bin    VARCHAR(64)  NOT NULL,
    reason        VARCHAR(200) NOT NULL,
    decided_by    VARCHAR(100) NOT NULL,
    decided_at    TIMESTAMPTZ  NOT NULL
);

-- A packed handling unit closed and labelled (its label scanned at the packing station).
CREATE TABLE handling_unit_seal (
    handling_unit_id UUID PRIMARY KEY,
    sealed_by        VARCHAR(100) NOT NULL,
    sealed_at        TIMESTAMPTZ  NOT NULL
);

-- A handling unit scanned into its route's vehicle at a dock door.
CREATE TABLE load_scan (
    handling_unit_id UUID PRIMARY KEY,
    route_id         UUID         NOT NULL,
    dock_door        VARCHAR(32),
    scanned_by       VARCHAR(100) NOT NULL,
    scanned_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX load_scan_route ON load_scan (route_id);

-- Moving stock from a reserve bin to the product's pick face, done by a person.
CREATE TABLE replenishment_task (
    id           UUID PRIMARY KEY,
    site_id      UUID         NOT NULL,
    sku          VARCHAR(64)  NOT NULL,
    lot_number   VARCHAR(64)  NOT NULL,
    from_bin     VARCHAR(64)  NOT NULL,
    to_bin       VARCHAR(64)  NOT NULL,
    quantity     INT          NOT NULL CHECK (quantity > 0),
    status       VARCHAR(12)  NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    reason       VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    done_by      VARCHAR(100),
    done_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX replenishment_task_one_open ON replenishment_task (to_bin, sku) WHERE status = 'OPEN';
CREATE INDEX replenishment_task_site ON replenishment_task (site_id, status);
