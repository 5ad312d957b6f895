-- Warehouse schema: layout, receiving, putaway, slotting, outbound orders, picking, packing, loading.
-- SKUs, lots and location ids are inventory's opaque strings; no foreign keys leave this schema.

CREATE TABLE site (
    id           UUID PRIMARY KEY,
    code         VARCHAR(32)      NOT NULL UNIQUE,
    name         VARCHAR(200)     NOT NULL,
    lat          DOUBLE PRECISION NOT NULL,
    lon          DOUBLE PRECISION NOT NULL,
    time_zone    VARCHAR(64)      NOT NULL,
    opens_at     TIME             NOT NULL,
    closes_at    TIME             NOT NULL,
    created_at   TIMESTAMPTZ      NOT NULL
);

CREATE TABLE zone (
    id                UUID PRIMARY KEY,
    site_id           UUID             NOT NULL REFERENCES site (id),
    code              VARCHAR(32)      NOT NULL,
    temperature_class VARCHAR(16)      NOT NULL,
    entry_x           DOUBLE PRECISION NOT NULL,
    entry_y           DOUBLE PRECISION NOT NULL,
    UNIQUE (site_id, code)
);

-- Load limit of one bay level (all bins on the same beam: aisle, bay, level) by level.
CREATE TABLE zone_level_limit (
    zone_id          UUID   NOT NULL REFERENCES zone (id),
    level            INT    NOT NULL,
    max_weight_grams BIGINT NOT NULL,
    PRIMARY KEY (zone_id, level)
);

CREATE TABLE bin (
    id                    UUID PRIMARY KEY,
    site_id               UUID             NOT NULL REFERENCES site (id),
    zone_id               UUID REFERENCES zone (id),
    code                  VARCHAR(64)      NOT NULL UNIQUE,
    kind                  VARCHAR(16)      NOT NULL,
    aisle                 VARCHAR(16),
    bay                   INT,
    level                 INT,
    x                     DOUBLE PRECISION NOT NULL,
    y                     DOUBLE PRECISION NOT NULL,
    capacity_volume_cm3   BIGINT           NOT NULL,
    capacity_weight_grams BIGINT           NOT NULL
);
CREATE INDEX bin_by_zone ON bin (zone_id, aisle, bay, level);

CREATE TABLE dock_door (
    id           UUID PRIMARY KEY,
    site_id      UUID             NOT NULL REFERENCES site (id),
    code         VARCHAR(32)      NOT NULL,
    direction    VARCHAR(16)      NOT NULL,
    refrigerated BOOLEAN          NOT NULL,
    x            DOUBLE PRECISION NOT NULL,
    y            DOUBLE PRECISION NOT NULL,
    UNIQUE (site_id, code)
);

CREATE TABLE inbound_delivery (
    id          UUID PRIMARY KEY,
    site_id     UUID         NOT NULL REFERENCES site (id),
    reference   VARCHAR(64)  NOT NULL,
    supplier    VARCHAR(200) NOT NULL,
    expected_on DATE,
    blind       BOOLEAN      NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    closed_at   TIMESTAMPTZ,
    version     BIGINT       NOT NULL,
    UNIQUE (site_id, reference)
);

CREATE TABLE inbound_line (
    delivery_id       UUID        NOT NULL REFERENCES inbound_delivery (id),
    position          INT         NOT NULL,
    sku               VARCHAR(64) NOT NULL,
    expected_quantity INT         NOT NULL,
    PRIMARY KEY (delivery_id, position)
);

CREATE TABLE receipt (
    id               UUID PRIMARY KEY,
    delivery_id      UUID         NOT NULL REFERENCES inbound_delivery (id),
    idempotency_key  VARCHAR(128) NOT NULL UNIQUE,
    sku              VARCHAR(64)  NOT NULL,
    lot_number       VARCHAR(64)  NOT NULL,
    expiry_date      DATE,
    quantity         INT          NOT NULL,
    damaged_quantity INT          NOT NULL,
    received_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX receipt_by_delivery ON receipt (delivery_id);

CREATE TABLE discrepancy (
    delivery_id UUID        NOT NULL REFERENCES inbound_delivery (id),
    position    INT         NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    quantity    INT         NOT NULL,
    PRIMARY KEY (delivery_id, position)
);

CREATE TABLE putaway_task (
    id            UUID PRIMARY KEY,
    site_id       UUID        NOT NULL REFERENCES site (id),
    receipt_id    UUID        NOT NULL REFERENCES receipt (id),
    sku           VARCHAR(64) NOT NULL,
    lot_number    VARCHAR(64) NOT NULL,
    quantity      INT         NOT NULL,
    from_location VARCHAR(64) NOT NULL,
    suggested_bin VARCHAR(64),
    status        VARCHAR(16) NOT NULL,
    confirmed_bin VARCHAR(64),
    confirmed_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL
);
CREATE INDEX putaway_task_open ON putaway_task (site_id, status);

CREATE TABLE slot_assignment (
    site_id     UUID        NOT NULL REFERENCES site (id),
    sku         VARCHAR(64) NOT NULL,
    bin_code    VARCHAR(64) NOT NULL UNIQUE,
    assigned_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (site_id, sku)
);

CREATE TABLE order_history_line (
    id         UUID PRIMARY KEY,
    site_id    UUID        NOT NULL REFERENCES site (id),
    order_ref  VARCHAR(64) NOT NULL,
    ordered_on DATE        NOT NULL,
    sku        VARCHAR(64) NOT NULL,
    quantity   INT         NOT NULL,
    UNIQUE (site_id, order_ref, sku)
);
CREATE INDEX order_history_by_day ON order_history_line (site_id, ordered_on);

CREATE TABLE slotting_plan (
    id                  UUID PRIMARY KEY,
    site_id             UUID             NOT NULL REFERENCES site (id),
    max_moves           INT              NOT NULL,
    travel_before_m     DOUBLE PRECISION NOT NULL,
    travel_after_m      DOUBLE PRECISION NOT NULL,
    orders_evaluated    INT              NOT NULL,
    status              VARCHAR(16)      NOT NULL,
    created_at          TIMESTAMPTZ      NOT NULL,
    applied_at          TIMESTAMPTZ,
    version             BIGINT           NOT NULL
);

CREATE TABLE slotting_move (
    plan_id  UUID        NOT NULL REFERENCES slotting_plan (id),
    position INT         NOT NULL,
    sku      VARCHAR(64) NOT NULL,
    from_bin VARCHAR(64),
    to_bin   VARCHAR(64) NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE outbound_order (
    id                  UUID PRIMARY KEY,
    site_id             UUID             NOT NULL REFERENCES site (id),
    order_number        VARCHAR(64)      NOT NULL UNIQUE,
    idempotency_key     VARCHAR(128) UNIQUE,
    request_hash        VARCHAR(64),
    customer_name       VARCHAR(200)     NOT NULL,
    address             VARCHAR(400)     NOT NULL,
    lat                 DOUBLE PRECISION NOT NULL,
    lon                 DOUBLE PRECISION NOT NULL,
    requested_date      DATE             NOT NULL,
    priority            INT              NOT NULL,
    service_seconds     INT              NOT NULL,
    status              VARCHAR(16)      NOT NULL,
    weight_grams        BIGINT           NOT NULL,
    volume_cm3          BIGINT           NOT NULL,
    pallets             INT              NOT NULL,
    needs_refrigeration BOOLEAN          NOT NULL,
    ready_at            TIMESTAMPTZ,
    route_id            UUID,
    vehicle_id          VARCHAR(64),
    stop_sequence       INT,
    vehicle_refrigerated BOOLEAN,
    departure           TIMESTAMPTZ,
    created_at          TIMESTAMPTZ      NOT NULL,
    version             BIGINT           NOT NULL
);
CREATE INDEX outbound_order_by_day ON outbound_order (site_id, requested_date);

CREATE TABLE order_time_window (
    order_id  UUID        NOT NULL REFERENCES outbound_order (id),
    position  INT         NOT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (order_id, position)
);

CREATE TABLE order_line (
    id                UUID PRIMARY KEY,
    order_id          UUID        NOT NULL REFERENCES outbound_order (id),
    line_no           INT         NOT NULL,
    sku               VARCHAR(64) NOT NULL,
    quantity          INT         NOT NULL,
    allocated         INT         NOT NULL,
    backordered       INT         NOT NULL,
    picked            INT         NOT NULL,
    temperature_class VARCHAR(16) NOT NULL,
    unit_weight_grams BIGINT      NOT NULL,
    unit_volume_cm3   BIGINT      NOT NULL,
    reservation_id    UUID,
    reservations      INT         NOT NULL,
    UNIQUE (order_id, line_no)
);

CREATE TABLE order_line_allocation (
    line_id     UUID        NOT NULL REFERENCES order_line (id),
    position    INT         NOT NULL,
    lot_number  VARCHAR(64) NOT NULL,
    expiry_date DATE,
    location_id VARCHAR(64) NOT NULL,
    quantity    INT         NOT NULL,
    PRIMARY KEY (line_id, position)
);

CREATE TABLE route_plan_seen (
    plan_date    DATE        NOT NULL,
    site_id      UUID        NOT NULL,
    plan_id      UUID        NOT NULL,
    plan_version INT         NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (plan_date, site_id)
);

CREATE TABLE pick_wave (
    id                UUID PRIMARY KEY,
    site_id           UUID             NOT NULL REFERENCES site (id),
    plan_date         DATE             NOT NULL,
    plan_id           UUID             NOT NULL,
    plan_version      INT              NOT NULL,
    route_id          UUID             NOT NULL,
    vehicle_id        VARCHAR(64)      NOT NULL,
    zone_code         VARCHAR(32)      NOT NULL,
    temperature_class VARCHAR(16)      NOT NULL,
    status            VARCHAR(16)      NOT NULL,
    departure         TIMESTAMPTZ      NOT NULL,
    scheduled_start   TIMESTAMPTZ      NOT NULL,
    scheduled_end     TIMESTAMPTZ      NOT NULL,
    distance_meters   DOUBLE PRECISION NOT NULL,
    path_method       VARCHAR(16)      NOT NULL,
    created_at        TIMESTAMPTZ      NOT NULL,
    version           BIGINT           NOT NULL
);
CREATE INDEX pick_wave_by_day ON pick_wave (site_id, plan_date);

CREATE TABLE pick_task (
    id              UUID PRIMARY KEY,
    wave_id         UUID        NOT NULL REFERENCES pick_wave (id),
    order_id        UUID        NOT NULL REFERENCES outbound_order (id),
    order_line_id   UUID        NOT NULL REFERENCES order_line (id),
    sequence        INT         NOT NULL,
    sku             VARCHAR(64) NOT NULL,
    lot_number      VARCHAR(64) NOT NULL,
    bin_code        VARCHAR(64) NOT NULL,
    quantity        INT         NOT NULL,
    picked_quantity INT         NOT NULL,
    status          VARCHAR(16) NOT NULL,
    confirm_key     VARCHAR(128),
    confirmed_at    TIMESTAMPTZ,
    version         BIGINT      NOT NULL
);
CREATE INDEX pick_task_by_wave ON pick_task (wave_id, sequence);
CREATE INDEX pick_task_by_line ON pick_task (order_line_id);

CREATE TABLE handling_unit (
    id                UUID PRIMARY KEY,
    order_id          UUID        NOT NULL REFERENCES outbound_order (id),
    label             VARCHAR(64) NOT NULL UNIQUE,
    kind              VARCHAR(16) NOT NULL,
    temperature_class VARCHAR(16) NOT NULL,
    weight_grams      BIGINT      NOT NULL,
    volume_cm3        BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE handling_unit_item (
    handling_unit_id UUID        NOT NULL REFERENCES handling_unit (id),
    position         INT         NOT NULL,
    sku              VARCHAR(64) NOT NULL,
    quantity         INT         NOT NULL,
    PRIMARY KEY (handling_unit_id, position)
);

CREATE TABLE vehicle_load (
    route_id   UUID PRIMARY KEY,
    site_id    UUID        NOT NULL REFERENCES site (id),
    vehicle_id VARCHAR(64) NOT NULL,
    loaded_at  TIMESTAMPTZ NOT NULL
);
