package io.zaplecze.inventory;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Stock of one lot at one location.
 *
 * @param sku the product
 * @param lotNumber the lot
 * @param expiryDate the lot's expiry, if any
 * @param locationId where
 * @param onHand physically there
 * @param reserved promised to orders; available = onHand - reserved
 */
public record StockLevel(String sku, String lotNumber, @Nullable LocalDate expiryDate, String locationId, int onHand,
		int reserved) {

	/** On hand and not promised (also in JSON). */
	@JsonProperty("available")
	public int available() {
		return this.onHand - this.reserved;
	}

}
