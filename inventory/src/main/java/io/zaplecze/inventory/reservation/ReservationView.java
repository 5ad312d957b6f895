package io.zaplecze.inventory.reservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reservation's current state.
 *
 * @param id the reservation
 * @param orderId the order
 * @param orderLineId the order line
 * @param sku the product
 * @param requested quantity asked for
 * @param initiallyAllocated quantity promised when it was made
 * @param open quantity still promised and not yet picked
 * @param picked quantity picked
 * @param backordered quantity still missing (short at reservation time or lost later)
 * @param deliveryDate the delivery date the allocation respects
 * @param status ACTIVE, RELEASED or FULFILLED
 * @param createdAt when it was made
 * @param closedAt when it was released or fulfilled
 * @param lines what it holds per lot and location, in pick order
 */
public record ReservationView(UUID id, UUID orderId, String orderLineId, String sku, int requested,
		int initiallyAllocated, int open, int picked, int backordered, LocalDate deliveryDate, String status,
		Instant createdAt, @Nullable Instant closedAt, List<Line> lines) {

	/**
	 * One lot at one location of a reservation.
	 *
	 * @param lotNumber the lot
	 * @param expiryDate its expiry
	 * @param locationId where
	 * @param allocated originally promised here
	 * @param open still promised
	 * @param picked picked from here
	 * @param released given back by a release
	 * @param shorted found missing (count, damage) and moved to the backorder
	 */
	public record Line(String lotNumber, @Nullable LocalDate expiryDate, String locationId, int allocated, int open,
			int picked, int released, int shorted) {
	}

}
