-- The reporting module's own read model and exception handling (issue #15, Flyway range V40-V49).

-- What someone must look at: one row per fact, raised once (unique key), acknowledged by a person.
CREATE TABLE alert (
    id              uuid        PRIMARY KEY,
    dedup_key       text        NOT NULL UNIQUE,
    kind            text        NOT NULL CHECK (kind IN ('DELAY', 'REPLAN_SUGGESTED', 'SHORT_PICK', 'DAMAGE', 'EXPIRY', 'BACKORDER')),
    audience        text        NOT NULL CHECK (audience IN ('DISPATCHER', 'WAREHOUSE', 'FRONT_OFFICE')),
    day             date        NOT NULL,
    site            text,
    route_id        uuid,
    shipment_id     uuid,
    title           text        NOT NULL,
    detail          jsonb       NOT NULL,
    raised_at       timestamptz NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text
);
CREATE INDEX alert_open ON alert (day, kind) WHERE acknowledged_at IS NULL;
CREATE INDEX alert_route ON alert (route_id, kind);

-- Warehouse tasks that follow from events: lots to sell first / move / scrap.
CREATE TABLE expiry_task (
    id          uuid        PRIMARY KEY,
    sku         text        NOT NULL,
    lot_number  text        NOT NULL,
    expiry_date date        NOT NULL,
    action      text        NOT NULL CHECK (action IN ('SELL_FIRST', 'MOVE_FORWARD', 'SCRAP')),
    on_hand     integer     NOT NULL,
    reserved    integer     NOT NULL,
    locations   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    done_at     timestamptz,
    UNIQUE (sku, lot_number, expiry_date)
);

-- Backorders for the front office, until re-allocated or released.
CREATE TABLE backorder (
    reservation_id uuid        NOT NULL,
    order_line_id  text        NOT NULL,
    order_id       uuid        NOT NULL,
    site           text,
    sku            text        NOT NULL,
    quantity       integer     NOT NULL,
    delivery_date  date        NOT NULL,
    occurred_at    timestamptz NOT NULL,
    PRIMARY KEY (reservation_id, occurred_at)
);
CREATE INDEX backorder_day ON backorder (delivery_date);

-- Outbound webhooks: an outbox of deliveries, retried with back-off; the log is the table itself.
CREATE TABLE webhook_delivery (
    id              uuid        PRIMARY KEY,
    dedup_key       text        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    url             text        NOT NULL,
    payload         text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_status     integer,
    last_error      text,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX webhook_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';

-- One row per stop outcome (idempotent by stop), kept for drill-down and re-aggregation.
CREATE TABLE delivery_fact (
    stop_id           uuid        PRIMARY KEY,
    shipment_id       uuid        NOT NULL,
    route_id          uuid        NOT NULL,
    vehicle_id        text        NOT NULL,
    site              text        NOT NULL,
    day               date        NOT NULL,
    first_attempt     boolean     NOT NULL,
    delivered         boolean     NOT NULL,
    failure_reason    text,
    on_time           boolean     NOT NULL,
    lateness_seconds  bigint      NOT NULL,
    planned_service_s integer     NOT NULL,
    actual_service_s  integer,
    arrival_delta_s   bigint      NOT NULL,
    outcome_at        timestamptz NOT NULL
);
CREATE INDEX delivery_fact_day ON delivery_fact (site, day);

-- The daily rollup a report sums: one row per site and day, kept up to date by the listener in the
-- transaction that inserts the fact, so a 90-day report reads at most 90 rows per site.
CREATE TABLE delivery_day (
    site                     text    NOT NULL,
    day                      date    NOT NULL,
    attempts                 integer NOT NULL DEFAULT 0,
    delivered                integer NOT NULL DEFAULT 0,
    failed                   integer NOT NULL DEFAULT 0,
    on_time                  integer NOT NULL DEFAULT 0,
    late                     integer NOT NULL DEFAULT 0,
    lateness_seconds         bigint  NOT NULL DEFAULT 0,
    first_attempts           integer NOT NULL DEFAULT 0,
    first_attempts_delivered integer NOT NULL DEFAULT 0,
    planned_service_seconds  bigint  NOT NULL DEFAULT 0,
    actual_service_seconds   bigint  NOT NULL DEFAULT 0,
    actual_service_stops     integer NOT NULL DEFAULT 0,
    arrival_abs_delta_s      bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (site, day)
);

CREATE TABLE delivery_failure_day (
    site   text    NOT NULL,
    day    date    NOT NULL,
    reason text    NOT NULL,
    failed integer NOT NULL DEFAULT 0,
    PRIMARY KEY (site, day, reason)
);

-- A driver's or dispatcher's damage report for a shipment: which lines, the photo reference.
CREATE TABLE damage_report (
    shipment_id uuid        PRIMARY KEY,
    lines       jsonb       NOT NULL,
    photo_ref   text,
    reported_at timestamptz NOT NULL
);

-- Fill rate: one row per reservation (StockReserved, idempotent), rolled up per site and delivery day.
CREATE TABLE reservation_fact (
    reservation_id uuid    PRIMARY KEY,
    site           text    NOT NULL,
    day            date    NOT NULL,
    requested      integer NOT NULL,
    allocated      integer NOT NULL
);

CREATE TABLE fill_day (
    site      text   NOT NULL,
    day       date   NOT NULL,
    lines     integer NOT NULL DEFAULT 0,
    lines_full integer NOT NULL DEFAULT 0,
    requested bigint NOT NULL DEFAULT 0,
    allocated bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (site, day)
);
