-- Inventory schema: products, lots, stock per (lot, location), the append-only ledger, reservations,
-- idempotency keys, replenishment rules, cycle counts. Quantities are integers in the product's unit.

CREATE TABLE product
(
    sku                 TEXT PRIMARY KEY CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    name                TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    unit                TEXT        NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
    weight_grams        BIGINT      NOT NULL CHECK (weight_grams >= 0),
    volume_cm3          BIGINT      NOT NULL CHECK (volume_cm3 >= 0),
    temperature_class   TEXT        NOT NULL CHECK (temperature_class IN ('AMBIENT', 'CHILLED', 'FROZEN')),
    rotation_policy     TEXT        NOT NULL CHECK (rotation_policy IN ('FEFO', 'FIFO', 'LIFO')),
    min_shelf_life_days INT         NOT NULL CHECK (min_shelf_life_days BETWEEN 0 AND 3650),
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);

CREATE TABLE lot
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku          TEXT        NOT NULL REFERENCES product (sku),
    lot_number   TEXT        NOT NULL CHECK (length(lot_number) BETWEEN 1 AND 64),
    expiry_date  DATE,
    received_at  TIMESTAMPTZ NOT NULL,
    blocked      BOOLEAN     NOT NULL DEFAULT FALSE,
    block_reason TEXT,
    UNIQUE (sku, lot_number),
    CHECK (NOT blocked OR block_reason IS NOT NULL)
);

-- Current stock, maintained in the same transaction as every ledger entry. Rows are kept at zero so
-- that the ledger reconciliation is a plain join. fillfactor leaves room for HOT updates of the
-- counters (no indexed column changes on a reservation).
CREATE TABLE stock
(
    lot_id      BIGINT      NOT NULL REFERENCES lot (id),
    location_id TEXT        NOT NULL CHECK (length(location_id) BETWEEN 1 AND 64),
    sku         TEXT        NOT NULL REFERENCES product (sku),
    on_hand     INT         NOT NULL CHECK (on_hand >= 0),
    reserved    INT         NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (lot_id, location_id),
    CONSTRAINT stock_reserved_within_on_hand CHECK (reserved <= on_hand)
) WITH (fillfactor = 70);

CREATE INDEX stock_by_sku ON stock (sku);
CREATE INDEX stock_by_location ON stock (location_id);

-- The immutable movement ledger: quantity is the signed change of on-hand stock at (lot, location).
CREATE TABLE ledger_entry
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_type       TEXT        NOT NULL CHECK (entry_type IN
                                                 ('RECEIPT', 'MOVE', 'PICK', 'ADJUSTMENT', 'COUNT', 'SCRAP', 'RETURN')),
    sku              TEXT        NOT NULL,
    lot_id           BIGINT      NOT NULL REFERENCES lot (id),
    location_id      TEXT        NOT NULL,
    quantity         INT         NOT NULL,
    counted_quantity INT CHECK (counted_quantity >= 0),
    reason           TEXT,
    reference        TEXT,
    idempotency_key  TEXT,
    occurred_at      TIMESTAMPTZ NOT NULL,
    CHECK (quantity <> 0),
    CHECK (entry_type NOT IN ('RECEIPT', 'RETURN') OR quantity > 0),
    CHECK (entry_type NOT IN ('PICK', 'SCRAP') OR quantity < 0),
    CHECK (entry_type NOT IN ('ADJUSTMENT', 'SCRAP', 'COUNT') OR reason IS NOT NULL),
    CHECK (entry_type <> 'COUNT' OR counted_quantity IS NOT NULL)
);

CREATE INDEX ledger_by_stock ON ledger_entry (lot_id, location_id);
CREATE INDEX ledger_by_sku ON ledger_entry (sku, id);
CREATE INDEX ledger_by_location ON ledger_entry (location_id, id);

CREATE FUNCTION ledger_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'inventory.ledger_entry is append-only (% refused)', TG_OP;
END
$$;

CREATE TRIGGER ledger_entry_append_only
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION ledger_is_append_only();

CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION ledger_is_append_only();

-- Orders inventory knows about (ids owned by the warehouse's order management).
CREATE TABLE order_ref
(
    order_id      UUID PRIMARY KEY,
    reference     TEXT,
    registered_at TIMESTAMPTZ NOT NULL
);

-- The reservation tables are written on every reservation (the hot path) and reference hot rows: a
-- foreign key to product or lot would take a KEY SHARE lock on the same product and lot rows in every
-- concurrent reservation (multixacts, extra WAL). The allocator only writes SKUs it has just read and
-- lots of the stock rows it has just updated (stock references lot), products and lots are never
-- deleted, and the order is registered in the same statement; so those references are left to the code.
CREATE TABLE reservation
(
    id                  UUID PRIMARY KEY,
    order_id            UUID        NOT NULL,
    order_line_id       TEXT        NOT NULL,
    sku                 TEXT        NOT NULL,
    requested           INT         NOT NULL CHECK (requested > 0),
    initially_allocated INT         NOT NULL CHECK (initially_allocated >= 0 AND initially_allocated <= requested),
    backordered         INT         NOT NULL CHECK (backordered >= 0),
    delivery_date       DATE        NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'RELEASED', 'FULFILLED')),
    created_at          TIMESTAMPTZ NOT NULL,
    closed_at           TIMESTAMPTZ
);

CREATE INDEX reservation_by_order ON reservation (order_id);
CREATE INDEX reservation_backorders ON reservation (sku) WHERE status = 'ACTIVE' AND backordered > 0;

-- What a reservation holds at one stock row. allocated is the original promise (immutable);
-- open + picked + released + shorted = allocated at all times.
CREATE TABLE reservation_line
(
    reservation_id UUID   NOT NULL REFERENCES reservation (id),
    lot_id         BIGINT NOT NULL,
    location_id    TEXT   NOT NULL,
    pick_order     INT    NOT NULL,
    allocated      INT    NOT NULL CHECK (allocated > 0),
    open_quantity  INT    NOT NULL CHECK (open_quantity >= 0),
    picked         INT    NOT NULL DEFAULT 0 CHECK (picked >= 0),
    released       INT    NOT NULL DEFAULT 0 CHECK (released >= 0),
    shorted        INT    NOT NULL DEFAULT 0 CHECK (shorted >= 0),
    PRIMARY KEY (reservation_id, lot_id, location_id),
    CHECK (open_quantity + picked + released + shorted = allocated)
);

CREATE INDEX reservation_line_open_by_stock ON reservation_line (lot_id, location_id) WHERE open_quantity > 0;

-- Idempotency keys of every command: same key + same payload replays the result, another payload is a conflict.
CREATE TABLE command_log
(
    idempotency_key TEXT PRIMARY KEY CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    command         TEXT        NOT NULL,
    fingerprint     TEXT        NOT NULL,
    result_ref      TEXT,
    created_at      TIMESTAMPTZ NOT NULL
);

-- Keys arrive in time order: a BRIN index serves the daily purge at almost no cost per insert.
CREATE INDEX command_log_by_age ON command_log USING brin (created_at);

-- One LotExpiring event per lot and expiry date, however often the scan runs.
CREATE TABLE lot_expiry_notice
(
    lot_id      BIGINT      NOT NULL REFERENCES lot (id),
    expiry_date DATE        NOT NULL,
    notified_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (lot_id, expiry_date)
);

CREATE TABLE replenishment_rule
(
    site_id      TEXT        NOT NULL CHECK (length(site_id) BETWEEN 1 AND 64),
    sku          TEXT        NOT NULL REFERENCES product (sku),
    min_quantity INT         NOT NULL CHECK (min_quantity >= 0),
    max_quantity INT         NOT NULL CHECK (max_quantity > 0),
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site_id, sku),
    CHECK (max_quantity >= min_quantity)
);

CREATE TABLE count_task
(
    id           UUID PRIMARY KEY,
    location_id  TEXT        NOT NULL CHECK (length(location_id) BETWEEN 1 AND 64),
    status       TEXT        NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'CANCELLED')),
    created_at   TIMESTAMPTZ NOT NULL,
    completed_at TIMESTAMPTZ,
    reason       TEXT
);

CREATE UNIQUE INDEX count_task_one_open_per_location ON count_task (location_id) WHERE status = 'OPEN';

CREATE TABLE count_line
(
    task_id  UUID   NOT NULL REFERENCES count_task (id),
    lot_id   BIGINT NOT NULL REFERENCES lot (id),
    expected INT    NOT NULL,
    counted  INT    NOT NULL CHECK (counted >= 0),
    PRIMARY KEY (task_id, lot_id)
);

-- The proof that stock equals the ledger: every (lot, location) whose on-hand differs from the sum of
-- its ledger entries. Empty when the books are consistent.
CREATE VIEW stock_ledger_mismatch AS
SELECT COALESCE(s.lot_id, l.lot_id)           AS lot_id,
       COALESCE(s.location_id, l.location_id) AS location_id,
       COALESCE(s.on_hand, 0)                 AS on_hand,
       COALESCE(l.total, 0)                   AS ledger_total
FROM stock s
         FULL JOIN (SELECT lot_id, location_id, SUM(quantity) AS total
                    FROM ledger_entry
                    GROUP BY lot_id, location_id) l
                   ON l.lot_id = s.lot_id AND l.location_id = s.location_id
WHERE COALESCE(s.on_hand, 0) <> COALESCE(l.total, 0);

-- The same proof for promises: reserved stock equals the open reservation lines.
CREATE VIEW stock_reservation_mismatch AS
SELECT COALESCE(s.lot_id, r.lot_id)           AS lot_id,
       COALESCE(s.location_id, r.location_id) AS location_id,
       COALESCE(s.reserved, 0)                AS reserved,
       COALESCE(r.total, 0)                   AS open_reservations
FROM stock s
         FULL JOIN (SELECT lot_id, location_id, SUM(open_quantity) AS total
                    FROM reservation_line
                    GROUP BY lot_id, location_id) r
                   ON r.lot_id = s.lot_id AND r.location_id = s.location_id
WHERE COALESCE(s.reserved, 0) <> COALESCE(r.total, 0);
