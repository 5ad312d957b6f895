-- Tracking: telemetry store, device events, dead letters, the day's routes and stops as published,
-- shipments with their status timeline and tracking codes.

-- Raw positions, one row per accepted telemetry message. Partitioned by the device day (UTC) so
-- retention drops whole partitions; the primary key is the deduplication key (vehicle, seq) scoped
-- by the partition key, the only unique key PostgreSQL allows on a partitioned table. It also
-- serves "positions of a vehicle between two instants", so there is no second index to maintain
-- at ingest rates. Partitions are created ahead by the application (PartitionMaintenance).
CREATE TABLE positions (
    vehicle_id  text             NOT NULL,
    day         date             NOT NULL,
    seq         bigint           NOT NULL,
    device_time timestamptz      NOT NULL,
    received_at timestamptz      NOT NULL,
    lat         double precision NOT NULL,
    lon         double precision NOT NULL,
    speed_kmh   real,
    heading     real,
    accuracy_m  real,
    PRIMARY KEY (vehicle_id, day, seq)
) PARTITION BY RANGE (day);

-- For spatial ad-hoc analysis without paying for a geometry column on every insert.
CREATE VIEW positions_geo AS
SELECT p.*, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326) AS geom FROM positions p;

-- The newest position of each vehicle by device time (then seq): replaced only by a newer fix.
CREATE TABLE vehicle_latest (
    vehicle_id  text             PRIMARY KEY,
    seq         bigint           NOT NULL,
    device_time timestamptz      NOT NULL,
    received_at timestamptz      NOT NULL,
    lat         double precision NOT NULL,
    lon         double precision NOT NULL,
    speed_kmh   real,
    heading     real,
    accuracy_m  real
) WITH (fillfactor = 50);

-- Stop events reported by devices; (vehicle, seq) is shared with telemetry.
CREATE TABLE device_events (
    vehicle_id     text        NOT NULL,
    seq            bigint      NOT NULL,
    device_time    timestamptz NOT NULL,
    received_at    timestamptz NOT NULL,
    type           text        NOT NULL,
    stop_id        uuid,
    lat            double precision,
    lon            double precision,
    recipient_name text,
    signature_ref  text,
    reason         text,
    PRIMARY KEY (vehicle_id, seq)
);
CREATE INDEX device_events_stop ON device_events (stop_id);

CREATE TABLE dead_letters (
    id           bigserial   PRIMARY KEY,
    received_at  timestamptz NOT NULL,
    topic        text        NOT NULL,
    vehicle_id   text,
    reason       text        NOT NULL,
    detail       text,
    payload      bytea       NOT NULL,
    payload_size integer     NOT NULL
);
CREATE INDEX dead_letters_received ON dead_letters (received_at);

-- Vehicles allowed to publish: every vehicle of a published plan, plus explicit registrations.
CREATE TABLE known_vehicles (
    vehicle_id    text        PRIMARY KEY,
    source        text        NOT NULL,
    registered_at timestamptz NOT NULL
);

-- Routes as routing published them; a later plan version of the day supersedes earlier routes.
CREATE TABLE routes (
    route_id      uuid        PRIMARY KEY,
    plan_id       uuid        NOT NULL,
    plan_version  integer     NOT NULL,
    day           date        NOT NULL,
    vehicle_id    text        NOT NULL,
    refrigerated  boolean     NOT NULL,
    depot_lat     double precision NOT NULL,
    depot_lon     double precision NOT NULL,
    departure     timestamptz NOT NULL,
    return_at     timestamptz NOT NULL,
    superseded    boolean     NOT NULL DEFAULT false,
    started_at    timestamptz
);
CREATE INDEX routes_day_vehicle ON routes (day, vehicle_id) WHERE NOT superseded;

CREATE TABLE stops (
    stop_id           uuid        PRIMARY KEY,
    route_id          uuid        NOT NULL REFERENCES routes (route_id),
    shipment_id       uuid        NOT NULL,
    sequence          integer     NOT NULL,
    lat               double precision NOT NULL,
    lon               double precision NOT NULL,
    planned_arrival   timestamptz NOT NULL,
    planned_departure timestamptz NOT NULL,
    service_seconds   integer     NOT NULL,
    windows           text        NOT NULL,
    arrived_at        timestamptz,
    arrived_source    text,
    departed_at       timestamptz,
    departed_source   text,
    outcome           text,
    outcome_at        timestamptz,
    failure_reason    text,
    recipient_name    text,
    signature_ref     text,
    eta               timestamptz,
    late              boolean     NOT NULL DEFAULT false
);
CREATE INDEX stops_route ON stops (route_id, sequence);
CREATE INDEX stops_shipment ON stops (shipment_id);

CREATE TABLE shipments (
    shipment_id     uuid        PRIMARY KEY,
    order_number    text,
    customer_name   text,
    delivery_date   date,
    lat             double precision,
    lon             double precision,
    status          text        NOT NULL,
    status_at       timestamptz NOT NULL,
    tracking_code   text        NOT NULL UNIQUE,
    code_expires_at timestamptz NOT NULL,
    vehicle_id      text,
    route_id        uuid,
    stop_id         uuid,
    eta             timestamptz,
    eta_from        timestamptz,
    eta_to          timestamptz,
    window_start    timestamptz,
    window_end      timestamptz,
    late            boolean     NOT NULL DEFAULT false
);
CREATE INDEX shipments_day ON shipments (delivery_date);

-- The customer-visible timeline: each status at most once per shipment.
CREATE TABLE shipment_timeline (
    shipment_id uuid        NOT NULL,
    status      text        NOT NULL,
    at          timestamptz NOT NULL,
    source      text        NOT NULL,
    detail      text,
    PRIMARY KEY (shipment_id, status)
);
