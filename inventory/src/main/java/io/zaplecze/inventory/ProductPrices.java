package io.zaplecze.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Product prices with history, for other modules (reports: stock value, write-off value, cost of
 * goods delivered). Every method is a read.
 */
public interface ProductPrices {

	/** The price of {@code sku} at {@code site} valid at {@code at}, if one was recorded by then. */
	Optional<ProductPrice> priceAt(String sku, String site, Instant at);

	/** Every product's price at {@code site} valid at {@code at} (products without a price are left out). */
	List<ProductPrice> priceList(String site, Instant at);

	/** The site's currency, once it has a price. */
	Optional<String> currencyOf(String site);

}
