-- Route planner tables (fleet, delivery intake, planning jobs, versioned plans). The road network
-- needs no tables; its migrations, if any, start at V50.

CREATE TABLE vehicle (
    id                  uuid PRIMARY KEY,
    code                varchar(40)  NOT NULL UNIQUE,
    profile             varchar(10)  NOT NULL,
    depot_id            uuid,
    depot_lat           double precision NOT NULL,
    depot_lon           double precision NOT NULL,
    shift_start         time         NOT NULL,
    shift_end           time         NOT NULL,
    capacity_grams      bigint       NOT NULL CHECK (capacity_grams >= 0),
    capacity_cm3        bigint       NOT NULL CHECK (capacity_cm3 >= 0),
    capacity_pallets    integer      NOT NULL CHECK (capacity_pallets >= 0),
    refrigerated        boolean      NOT NULL,
    max_route_seconds   integer,
    break_start         time,
    break_end           time,
    break_seconds       integer      NOT NULL DEFAULT 0,
    cost_per_km_cents   bigint       NOT NULL,
    cost_per_hour_cents bigint       NOT NULL,
    fixed_cost_cents    bigint       NOT NULL,
    co2_grams_per_km    integer      NOT NULL,
    multi_trip          boolean      NOT NULL,
    reload_seconds      integer      NOT NULL DEFAULT 0,
    available           boolean      NOT NULL DEFAULT true,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);

-- Intake of DeliveryRequested / DeliveryReadyAt / DeliveryCancelled: one table per event kind so
-- that events arriving in any order (listeners are asynchronous) are all kept.
CREATE TABLE delivery (
    shipment_id         uuid PRIMARY KEY,
    order_number        varchar(80)  NOT NULL,
    customer_name       varchar(200) NOT NULL,
    address             varchar(400) NOT NULL,
    lat                 double precision NOT NULL,
    lon                 double precision NOT NULL,
    delivery_date       date         NOT NULL,
    time_windows        jsonb        NOT NULL,
    service_seconds     integer      NOT NULL,
    weight_grams        bigint       NOT NULL,
    volume_cm3          bigint       NOT NULL,
    pallets             integer      NOT NULL,
    needs_refrigeration boolean      NOT NULL,
    priority            integer      NOT NULL,
    depot_id            uuid,
    received_at         timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX delivery_date_idx ON delivery (delivery_date);

CREATE TABLE delivery_ready (
    shipment_id uuid PRIMARY KEY,
    ready_at    timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE delivery_cancellation (
    shipment_id  uuid PRIMARY KEY,
    reason       varchar(400) NOT NULL,
    cancelled_at timestamptz  NOT NULL
);

-- One plan per operating day; its versions are the solver's results (drafts) and publications.
CREATE TABLE route_plan (
    id         uuid PRIMARY KEY,
    plan_date  date        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

CREATE TABLE route_plan_version (
    plan_id      uuid        NOT NULL REFERENCES route_plan (id),
    version      integer     NOT NULL,
    job_id       uuid        NOT NULL,
    status       varchar(12) NOT NULL,
    score        varchar(80) NOT NULL,
    content      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz,
    PRIMARY KEY (plan_id, version)
);
CREATE UNIQUE INDEX route_plan_one_published ON route_plan_version (plan_id) WHERE status = 'PUBLISHED';

-- The planning queue: any instance claims a queued job with FOR UPDATE SKIP LOCKED.
CREATE TABLE planning_job (
    id                 uuid PRIMARY KEY,
    plan_date          date        NOT NULL,
    kind               varchar(10) NOT NULL,
    status             varchar(12) NOT NULL,
    time_limit_seconds integer     NOT NULL,
    options            jsonb       NOT NULL,
    idempotency_key    varchar(200) UNIQUE,
    requested_at       timestamptz NOT NULL,
    started_at         timestamptz,
    finished_at        timestamptz,
    heartbeat_at       timestamptz,
    claimed_by         varchar(200),
    stop_requested     boolean     NOT NULL DEFAULT false,
    best_score         varchar(80),
    plan_id            uuid,
    plan_version       integer,
    error              text
);
CREATE INDEX planning_job_queue_idx ON planning_job (requested_at) WHERE status = 'QUEUED';

CREATE TABLE planning_progress (
    job_id  uuid        NOT NULL REFERENCES planning_job (id),
    seq     integer     NOT NULL,
    at      timestamptz NOT NULL,
    score   varchar(80) NOT NULL,
    PRIMARY KEY (job_id, seq)
);

-- Dispatcher pins for a day: a shipment goes on a vehicle (and, with a sequence, at the start of its
-- route in sequence order).
CREATE TABLE stop_pin (
    plan_date    date        NOT NULL,
    shipment_id  uuid        NOT NULL,
    vehicle_code varchar(40) NOT NULL,
    sequence     integer,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (plan_date, shipment_id)
);
