package io.zaplecze.inventory.price;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryFailure.StateConflict;
import io.zaplecze.inventory.ProductPrice;
import io.zaplecze.inventory.ProductPrices;
import io.zaplecze.inventory.product.Products;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads prices. A price may start now or later, never earlier than now: a past figure
 * must keep the price that was valid then, so history is only ever appended to.
 */
@Service
public class PriceBook implements ProductPrices {

	private static final String COLUMNS = "sku, site, currency, unit_cost, sales_price, valid_from, recorded_at";

	private static final RowMapper<ProductPrice> ROW = PriceBook::map;

	/** How far in the past a "now" price may be dated (clock skew between a client and the server). */
	private static final java.time.Duration SKEW = java.time.Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final Products products;

	private final Clock clock;

	PriceBook(JdbcClient jdbc, Products products, Clock clock) {
		this.jdbc = jdbc;
		this.products = products;
		this.clock = clock;
	}

	/** A price to record. {@code validFrom} null means now. */
	public record NewPrice(String sku, String site, String currency, BigDecimal unitCost, BigDecimal salesPrice,
			@Nullable Instant validFrom) {
	}

	/**
	 * Appends a price. Refused (nothing changes): an unknown SKU (404), a negative amount or a bad
	 * currency code (400), a validity in the past (400), another currency than the site's (409), a
	 * price of the same product and site at the same instant (409).
	 */
	@Transactional
	public ProductPrice record(NewPrice price) {
		this.products.require(price.sku());
		if (price.site().isBlank() || price.site().length() > 64) {
			throw new InvalidRequest("A site is 1-64 characters");
		}
		if (!price.currency().matches("[A-Z]{3}")) {
			throw new InvalidRequest("A currency is an ISO 4217 code of three capital letters, not '" + price.currency() + "'");
		}
		if (price.unitCost().signum() < 0 || price.salesPrice().signum() < 0) {
			throw new InvalidRequest("Prices cannot be negative");
		}
		if (price.unitCost().scale() > 4 || price.salesPrice().scale() > 4
				|| price.unitCost().precision() - price.unitCost().scale() > 10
				|| price.salesPrice().precision() - price.salesPrice().scale() > 10) {
			throw new InvalidRequest("A price has at most 10 digits before and 4 after the decimal point");
		}
		Instant now = this.clock.instant();
		Instant validFrom = (price.validFrom() != null) ? price.validFrom() : now;
		if (validFrom.isBefore(now.minus(SKEW))) {
			throw new InvalidRequest("A price cannot start in the past (" + validFrom + "): past figures keep the price "
					+ "valid then; record the new price from now or later");
		}
		this.jdbc.sql("INSERT INTO inventory.site_currency (site, currency, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(price.site(), price.currency(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		String currency = currencyOf(price.site()).orElseThrow();
		if (!currency.equals(price.currency())) {
			throw new StateConflict("Site " + price.site() + " keeps its prices in " + currency + ", not " + price.currency());
		}
		int inserted = this.jdbc.sql("""
				INSERT INTO inventory.product_price (sku, site, currency, unit_cost, sales_price, valid_from, recorded_at)
				VALUES (:sku, :site, :currency, :cost, :sales, :from, :now) ON CONFLICT DO NOTHING""")
			.params(Map.of("sku", price.sku(), "site", price.site(), "currency", currency, "cost", price.unitCost(), "sales",
					price.salesPrice(), "from", OffsetDateTime.ofInstant(validFrom, ZoneOffset.UTC), "now",
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
			.update();
		if (inserted == 0) {
			throw new StateConflict("SKU " + price.sku() + " already has a price at " + price.site() + " from " + validFrom);
		}
		return new ProductPrice(price.sku(), price.site(), currency, price.unitCost(), price.salesPrice(), validFrom, now);
	}

	/** Every price of a product at a site, newest validity first. */
	@Transactional(readOnly = true)
	public List<ProductPrice> history(String sku, String site) {
		this.products.require(sku);
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inventory.product_price WHERE sku = ? AND site = ?"
				+ " ORDER BY valid_from DESC").params(sku, site).query(ROW).list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProductPrice> priceAt(String sku, String site, Instant at) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inventory.product_price WHERE sku = ? AND site = ?"
				+ " AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1")
			.params(sku, site, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(ROW)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ProductPrice> priceList(String site, Instant at) {
		return this.jdbc.sql("SELECT DISTINCT ON (sku) " + COLUMNS + " FROM inventory.product_price WHERE site = ?"
				+ " AND valid_from <= ? ORDER BY sku, valid_from DESC")
			.params(site, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.query(ROW)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> currencyOf(String site) {
		return this.jdbc.sql("SELECT currency FROM inventory.site_currency WHERE site = ?")
			.param(site)
			.query(String.class)
			.optional();
	}

	private static ProductPrice map(ResultSet rs, int row) throws SQLException {
		return new ProductPrice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
				rs.getBigDecimal(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
				rs.getObject(7, OffsetDateTime.class).toInstant());
	}

}
