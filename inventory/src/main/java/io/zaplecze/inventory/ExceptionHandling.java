package io.zaplecze.inventory;

import org.jspecify.annotations.Nullable;

/**
 * What other modules ask of inventory when something went wrong on the floor or the road: a count of
 * a bin whose stock was not where the books said (a short pick), and goods coming back (a damaged or
 * refused delivery) into a location of the depot.
 */
public interface ExceptionHandling {

	/** Location-id suffix of a depot's quarantine (e.g. {@code WAW1-QUARANTINE}): stock there is never allocated. */
	String QUARANTINE_SUFFIX = "-QUARANTINE";

	/** The quarantine location of a site. */
	static String quarantineOf(String site) {
		return site + QUARANTINE_SUFFIX;
	}

	/**
	 * Asks for a cycle count of a location; returns false when one is already open there (nothing
	 * changes then, so it is safe to ask again).
	 */
	boolean requestCount(String locationId);

	/**
	 * Books goods coming back as a RETURN entry into {@code locationId} (idempotent by key). Into a
	 * quarantine location they are on hand but not available.
	 */
	void returnGoods(String idempotencyKey, String sku, String lotNumber, String locationId, int quantity,
			@Nullable String reason);

}
