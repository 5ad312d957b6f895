-- Prices of products with history (issue #15, reports branch: Flyway range V40-V49).
-- A price is never changed: a new row with a later valid_from supersedes it, so past figures
-- (stock value, write-off value on a past day) keep the price that was valid then.

-- One currency per site, fixed by the site's first price.
CREATE TABLE site_currency
(
    site       TEXT PRIMARY KEY CHECK (length(site) BETWEEN 1 AND 64),
    currency   TEXT        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE product_price
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku           TEXT           NOT NULL REFERENCES product (sku),
    site          TEXT           NOT NULL REFERENCES site_currency (site),
    currency      TEXT           NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    unit_cost     NUMERIC(14, 4) NOT NULL CHECK (unit_cost >= 0),
    sales_price   NUMERIC(14, 4) NOT NULL CHECK (sales_price >= 0),
    valid_from    TIMESTAMPTZ    NOT NULL,
    recorded_at   TIMESTAMPTZ    NOT NULL,
    recorded_by   TEXT,
    UNIQUE (sku, site, valid_from)
);

CREATE INDEX product_price_lookup ON product_price (site, sku, valid_from DESC);

CREATE FUNCTION product_price_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'inventory.product_price is append-only (% refused): record a new price instead', TG_OP;
END
$$;

CREATE TRIGGER product_price_append_only
    BEFORE UPDATE OR DELETE ON product_price
    FOR EACH ROW EXECUTE FUNCTION product_price_is_append_only();

CREATE TRIGGER product_price_no_truncate
    BEFORE TRUNCATE ON product_price
    FOR EACH STATEMENT EXECUTE FUNCTION product_price_is_append_only();
