package io.zaplecze.inventory;

import java.util.List;
import java.util.UUID;

/**
 * The second inventory facade, for the warehouse floor: blind count tasks and locations whose stock
 * is never allocated (quarantine). Kept apart from {@link StockManagement}, which already has more
 * than ten methods.
 */
public interface StockControl {

	/**
	 * Asks for a count of a location: the location's open count task if it has one, else a new one.
	 * @param locationId the location (bin) to count
	 * @param reason why, shown to the counter (at most 200 characters)
	 * @return the open count task's id
	 */
	UUID requestCount(String locationId, String reason);

	/**
	 * The open count tasks of a site, without the quantities on the books (blind counts).
	 * @param siteId the site code (the part of a location id before the separator)
	 */
	List<BlindCount> openCounts(String siteId);

	/**
	 * Holds a location: stock booked there stays on the books but is never allocated. Idempotent.
	 * @param locationId the location, e.g. a site's quarantine area
	 * @param reason why (at most 200 characters)
	 */
	void holdLocation(String locationId, String reason);

	/**
	 * An open count task as the counter sees it: where, why, and which products to expect there
	 * (SKUs only, never quantities).
	 *
	 * @param id the count task
	 * @param locationId the location to count
	 * @param reason why it was asked for, may be null
	 * @param skus the products on the books at the location
	 * @param createdAt when it was asked for
	 */
	record BlindCount(UUID id, String locationId, @org.jspecify.annotations.Nullable String reason, List<String> skus,
			java.time.Instant createdAt) {
	}

}
