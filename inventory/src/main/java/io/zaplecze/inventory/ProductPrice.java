package io.zaplecze.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product's price at a site, valid from an instant until the next price of the same product and
 * site. Prices are never changed: a new price supersedes the old one from its own {@code validFrom},
 * so a figure for a past day uses the price that was valid then.
 *
 * @param sku the product
 * @param site the site (a location id's part before the separator, e.g. {@code WAW1})
 * @param currency ISO 4217 code; one currency per site
 * @param unitCost what one unit costs the business (stock value, write-off value)
 * @param salesPrice what one unit sells for
 * @param validFrom from when it applies
 * @param recordedAt when it was recorded
 */
public record ProductPrice(String sku, String site, String currency, BigDecimal unitCost, BigDecimal salesPrice,
		Instant validFrom, Instant recordedAt) {

}
