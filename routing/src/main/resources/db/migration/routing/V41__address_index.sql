-- The loaded map's OSM address data (issue #15, reports branch: Flyway range V40-V49).
CREATE TABLE address_source (
    fingerprint varchar(200) PRIMARY KEY,
    description text        NOT NULL,
    addresses   integer     NOT NULL,
    indexed_at  timestamptz NOT NULL
);

CREATE TABLE address (
    source       varchar(200)     NOT NULL REFERENCES address_source (fingerprint) ON DELETE CASCADE,
    street_key   text             NOT NULL,
    number_key   text             NOT NULL,
    postcode_key text,
    postcode     text,
    city_key     text,
    street       text             NOT NULL,
    house_number text             NOT NULL,
    city         text,
    lat          double precision NOT NULL,
    lon          double precision NOT NULL
);

CREATE INDEX address_lookup ON address (source, street_key, number_key);
