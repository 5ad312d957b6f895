-- Device credentials (issue #18, device-trust branch: versions V70-V79). One device per vehicle; the
-- broker (Mosquitto dynamic security) holds the account itself, this table is our record of it. The
-- secret is shown once when issued and kept here only as its SHA-256 (a 192-bit random secret needs
-- no slow hash: there is nothing to guess).
CREATE TABLE devices (
    vehicle_id      text        PRIMARY KEY,
    username        text        NOT NULL UNIQUE,
    client_id       text        NOT NULL UNIQUE,
    secret_sha256   text        NOT NULL,
    secret_version  integer     NOT NULL,
    status          text        NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
    provisioned_at  timestamptz NOT NULL,
    provisioned_by  text        NOT NULL,
    rotated_at      timestamptz,
    revoked_at      timestamptz,
    revoked_by      text
);
