-- The latest position of a vehicle is read from the positions themselves instead of an upserted
-- copy: at ingest rates the upsert cost PostgreSQL as much CPU as storing the position (one
-- updated row per message), while the answer is one backward probe of the primary key per vehicle.
-- "Latest" is the highest sequence number of the newest device day: the device's own order, the
-- order live tracking uses, so a reordered or redelivered older fix never becomes the latest.
DROP TABLE vehicle_latest;

-- Every vehicle that ever had a position stored, written once per vehicle (the ingest remembers
-- which ones it has written), so the latest positions of all vehicles need no scan of positions.
CREATE TABLE vehicles_seen (
    vehicle_id text        PRIMARY KEY,
    first_seen timestamptz NOT NULL DEFAULT now()
);

INSERT INTO vehicles_seen (vehicle_id)
SELECT DISTINCT vehicle_id FROM positions;

CREATE VIEW vehicle_latest AS
SELECT p.vehicle_id, p.seq, p.device_time, p.received_at, p.lat, p.lon, p.speed_kmh, p.heading, p.accuracy_m
FROM vehicles_seen v
CROSS JOIN LATERAL (
    SELECT * FROM positions p
    WHERE p.vehicle_id = v.vehicle_id
    ORDER BY p.day DESC, p.seq DESC
    LIMIT 1) p;
