package io.zaplecze.inventory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a reservation: which lots at which locations are promised, and what is backordered.
 *
 * @param reservationId the reservation
 * @param sku the product
 * @param requested the quantity asked for
 * @param allocated the quantity promised ({@code requested - backordered})
 * @param backordered the quantity that could not be allocated
 * @param lots the promised lots and locations, in the order they should be picked
 */
public record Allocation(UUID reservationId, String sku, int requested, int allocated, int backordered,
		List<AllocatedLot> lots) {

	public Allocation {
		lots = List.copyOf(lots);
	}

	/**
	 * A part of an allocation.
	 *
	 * @param lotNumber the lot
	 * @param expiryDate its expiry, if it has one
	 * @param locationId where it is
	 * @param quantity how much of it is promised
	 */
	public record AllocatedLot(String lotNumber, @Nullable LocalDate expiryDate, String locationId, int quantity) {
	}

}
