-- Scale-out (issue 17, branch range V60-V69): who owns each ingest slot. A slot is one persistent
-- MQTT session with plain subscriptions (one per broker node); exactly one live instance holds its
-- lease, renews it every heartbeat and processes that slot's vehicles. Times come from the
-- database's clock, so instances' clocks never need to agree.
CREATE TABLE ingest_leases (
    slot       text        PRIMARY KEY,
    owner      text,
    epoch      bigint      NOT NULL DEFAULT 0,
    acquired_at timestamptz,
    expires_at timestamptz NOT NULL DEFAULT '-infinity'
);
