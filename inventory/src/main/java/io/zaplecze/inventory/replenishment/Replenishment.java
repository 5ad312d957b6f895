package io.zaplecze.inventory.replenishment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryFailure.StateConflict;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.product.Products;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;
import io.zaplecze.inventory.web.Paging;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Min/max replenishment per SKU and site. A site is the prefix of a location id before the configured
 * separator ({@code WAW1} for {@code WAW1-CH-03-2}). When the usable available stock of a SKU at a
 * site (on hand minus reserved, of lots neither held nor expired) falls below the minimum, the
 * suggestion is to bring it up to the maximum.
 */
@Service
class Replenishment {

	private final JdbcClient jdbc;

	private final Products products;

	private final Clock clock;

	private final InventoryProperties properties;

	Replenishment(JdbcClient jdbc, Products products, Clock clock, InventoryProperties properties) {
		this.jdbc = jdbc;
		this.products = products;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * A min/max rule.
	 *
	 * @param siteId the site
	 * @param sku the product
	 * @param minQuantity reorder when usable available stock falls below this
	 * @param maxQuantity order up to this
	 */
	record Rule(String siteId, String sku, int minQuantity, int maxQuantity) {
	}

	/**
	 * A suggestion to replenish.
	 *
	 * @param siteId the site
	 * @param sku the product
	 * @param name the product's name
	 * @param minQuantity the rule's minimum
	 * @param maxQuantity the rule's maximum
	 * @param onHand usable units on hand at the site
	 * @param reserved units of it promised
	 * @param available usable units not promised
	 * @param backordered units of the SKU owed to orders (all sites)
	 * @param suggestedQuantity units to order: maximum minus available
	 */
	record Suggestion(String siteId, String sku, String name, int minQuantity, int maxQuantity, long onHand,
			long reserved, long available, long backordered, long suggestedQuantity) {
	}

	@Transactional
	Rule put(Rule rule) {
		if (rule.minQuantity() < 0 || rule.maxQuantity() <= 0 || rule.maxQuantity() < rule.minQuantity()) {
			throw new InvalidRequest("A rule needs 0 <= minQuantity <= maxQuantity and maxQuantity > 0");
		}
		if (rule.siteId().isBlank() || rule.siteId().length() > 64) {
			throw new InvalidRequest("A site id is 1-64 characters");
		}
		this.products.require(rule.sku());
		this.jdbc.sql("""
				INSERT INTO inventory.replenishment_rule (site_id, sku, min_quantity, max_quantity, updated_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (site_id, sku) DO UPDATE SET min_quantity = EXCLUDED.min_quantity,
				    max_quantity = EXCLUDED.max_quantity, updated_at = EXCLUDED.updated_at""")
			.params(rule.siteId(), rule.sku(), rule.minQuantity(), rule.maxQuantity(), OffsetDateTime.now(this.clock))
			.update();
		return rule;
	}

	@Transactional
	void delete(String siteId, String sku) {
		if (this.jdbc.sql("DELETE FROM inventory.replenishment_rule WHERE site_id = ? AND sku = ?").params(siteId, sku).update() == 0) {
			throw new StateConflict("No replenishment rule for " + sku + " at site " + siteId);
		}
	}

	@Transactional(readOnly = true)
	PageResponse<Rule> rules(@Nullable String siteId, PageRequest page) {
		String from = " FROM inventory.replenishment_rule WHERE (CAST(:site AS text) IS NULL OR site_id = :site)";
		return Paging.page(this.jdbc, "SELECT count(*)" + from,
				"SELECT site_id, sku, min_quantity, max_quantity" + from + " ORDER BY site_id, sku",
				Paging.text(Paging.filters(), "site", siteId), new DataClassRowMapper<>(Rule.class), page);
	}

	@Transactional(readOnly = true)
	List<Suggestion> suggestions(@Nullable String siteId) {
		return this.jdbc.sql("""
				WITH usable AS (
				    SELECT s.sku, split_part(s.location_id, :sep, 1) AS site_id,
				           SUM(s.on_hand) AS on_hand, SUM(s.reserved) AS reserved
				    FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
				    WHERE NOT l.blocked AND (l.expiry_date IS NULL OR l.expiry_date >= :today)
				      AND s.location_id NOT LIKE '%-QUARANTINE'
				    GROUP BY 1, 2),
				owed AS (
				    SELECT sku, SUM(backordered) AS backordered FROM inventory.reservation
				    WHERE status = 'ACTIVE' AND backordered > 0 GROUP BY sku)
				SELECT r.site_id, r.sku, p.name, r.min_quantity, r.max_quantity,
				       COALESCE(u.on_hand, 0) AS on_hand, COALESCE(u.reserved, 0) AS reserved,
				       COALESCE(u.on_hand, 0) - COALESCE(u.reserved, 0) AS available,
				       COALESCE(o.backordered, 0) AS backordered,
				       r.max_quantity - (COALESCE(u.on_hand, 0) - COALESCE(u.reserved, 0)) AS suggested_quantity
				FROM inventory.replenishment_rule r
				JOIN inventory.product p ON p.sku = r.sku
				LEFT JOIN usable u ON u.sku = r.sku AND u.site_id = r.site_id
				LEFT JOIN owed o ON o.sku = r.sku
				WHERE (CAST(:site AS text) IS NULL OR r.site_id = :site)
				  AND COALESCE(u.on_hand, 0) - COALESCE(u.reserved, 0) < r.min_quantity
				ORDER BY r.site_id, r.sku""")
			.param("sep", this.properties.siteSeparator())
			.param("today", this.properties.today(this.clock))
			.param("site", siteId, java.sql.Types.VARCHAR)
			.query(Suggestion.class)
			.list();
	}

}
