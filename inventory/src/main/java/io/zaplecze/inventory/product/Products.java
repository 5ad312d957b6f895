package io.zaplecze.inventory.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryFailure.UnknownProduct;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;
import io.zaplecze.inventory.web.Paging;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The product catalogue (plain JDBC: products are read on every command). */
@Component
public class Products {

	static final String SKU_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

	private static final String COLUMNS = "sku, name, unit, weight_grams, volume_cm3, temperature_class, rotation_policy, min_shelf_life_days";

	private static final RowMapper<ProductView> ROW = Products::map;

	private final JdbcClient jdbc;

	private final Clock clock;

	Products(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ProductView> find(String sku) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inventory.product WHERE sku = ?").param(sku).query(ROW).optional();
	}

	/** The product, or {@link UnknownProduct}. */
	@Transactional(readOnly = true)
	public ProductView require(String sku) {
		return find(sku).orElseThrow(() -> new UnknownProduct(sku));
	}

	@Transactional(readOnly = true)
	public List<ProductView> find(Collection<String> skus) {
		if (skus.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inventory.product WHERE sku = ANY(?) ORDER BY sku")
			.param(skus.toArray(String[]::new))
			.query(ROW)
			.list();
	}

	@Transactional(readOnly = true)
	public List<ProductView> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM inventory.product ORDER BY sku").query(ROW).list();
	}

	/** A page of the catalogue, optionally filtered by a text in SKU or name and by temperature class. */
	@Transactional(readOnly = true)
	public PageResponse<ProductView> page(@Nullable String text, @Nullable TemperatureClass temperatureClass,
			PageRequest page) {
		String pattern = (text == null || text.isBlank()) ? null : "%" + text.strip().replace("%", "\\%") + "%";
		String tc = (temperatureClass != null) ? temperatureClass.name() : null;
		String from = " FROM inventory.product WHERE (CAST(:p AS text) IS NULL OR sku ILIKE :p OR name ILIKE :p)"
				+ " AND (CAST(:tc AS text) IS NULL OR temperature_class = :tc)";
		var params = Paging.text(Paging.text(Paging.filters(), "p", pattern), "tc", tc);
		return Paging.page(this.jdbc, "SELECT count(*)" + from, "SELECT " + COLUMNS + from + " ORDER BY sku", params,
				ROW, page);
	}

	/** Creates or updates a product; returns whether it was created. */
	@Transactional
	public boolean save(ProductView product) {
		validate(product);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		return this.jdbc.sql("""
				INSERT INTO inventory.product (sku, name, unit, weight_grams, volume_cm3, temperature_class, rotation_policy,
				                     min_shelf_life_days, created_at, updated_at)
				VALUES (:sku, :name, :unit, :weight, :volume, :tc, :policy, :shelf, :now, :now)
				ON CONFLICT (sku) DO UPDATE SET name = EXCLUDED.name, unit = EXCLUDED.unit,
				    weight_grams = EXCLUDED.weight_grams, volume_cm3 = EXCLUDED.volume_cm3,
				    temperature_class = EXCLUDED.temperature_class, rotation_policy = EXCLUDED.rotation_policy,
				    min_shelf_life_days = EXCLUDED.min_shelf_life_days, updated_at = EXCLUDED.updated_at
				RETURNING (xmax = 0) AS created""")
			.params(bind(product, now))
			.query(Boolean.class)
			.single();
	}

	/** Creates a product unless its SKU exists; returns whether it was created. */
	@Transactional
	public boolean createIfAbsent(ProductView product) {
		validate(product);
		return this.jdbc.sql("""
				INSERT INTO inventory.product (sku, name, unit, weight_grams, volume_cm3, temperature_class, rotation_policy,
				                     min_shelf_life_days, created_at, updated_at)
				VALUES (:sku, :name, :unit, :weight, :volume, :tc, :policy, :shelf, :now, :now)
				ON CONFLICT (sku) DO NOTHING""").params(bind(product, OffsetDateTime.now(this.clock))).update() == 1;
	}

	/** Checks what the table's constraints check, so that callers get a named failure instead of a SQL error. */
	public static void validate(ProductView p) {
		if (p.sku() == null || !p.sku().matches(SKU_PATTERN)) {
			throw new InvalidRequest("A SKU is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit: "
					+ p.sku());
		}
		if (p.name() == null || p.name().isBlank() || p.name().length() > 200) {
			throw new InvalidRequest("A product name is 1-200 characters");
		}
		if (p.unit() == null || p.unit().isBlank() || p.unit().length() > 20) {
			throw new InvalidRequest("A unit is 1-20 characters");
		}
		if (p.weightGrams() < 0 || p.volumeCm3() < 0) {
			throw new InvalidRequest("Weight and volume cannot be negative");
		}
		if (p.temperatureClass() == null || p.rotationPolicy() == null) {
			throw new InvalidRequest("Temperature class and rotation policy are required");
		}
		if (p.minShelfLifeDays() < 0 || p.minShelfLifeDays() > 3650) {
			throw new InvalidRequest("Minimum shelf life is 0-3650 days");
		}
	}

	private static java.util.Map<String, Object> bind(ProductView p, OffsetDateTime now) {
		return java.util.Map.of("sku", p.sku(), "name", p.name().strip(), "unit", p.unit().strip(), "weight",
				p.weightGrams(), "volume", p.volumeCm3(), "tc", p.temperatureClass().name(), "policy",
				p.rotationPolicy().name(), "shelf", p.minShelfLifeDays(), "now", now);
	}

	private static ProductView map(ResultSet rs, int row) throws SQLException {
		return new ProductView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
				TemperatureClass.valueOf(rs.getString(6)), RotationPolicy.valueOf(rs.getString(7)), rs.getInt(8));
	}

}
