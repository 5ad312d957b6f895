package io.zaplecze.warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;

/**
 * A shipment (an outbound order) reached a warehouse milestone. Tracking builds the customer's
 * status timeline from these; routing learns of deliveries through its own
 * {@link io.zaplecze.routing.DeliveryRequested}.
 *
 * @param shipmentId the outbound order's id, also the shipment id everywhere else
 * @param orderNumber the human-readable order number
 * @param milestone what happened
 * @param at when it happened (UTC)
 * @param customerName the recipient (CREATED only, else null)
 * @param location the delivery location (CREATED only, else null)
 * @param deliveryDate the requested day (CREATED only, else null)
 * @param vehicleId the vehicle it was loaded on (LOADED only, else null)
 */
public record ShipmentStatusChanged(UUID shipmentId, String orderNumber, Milestone milestone, Instant at,
		@Nullable String customerName, @Nullable GeoPoint location, @Nullable LocalDate deliveryDate,
		@Nullable String vehicleId) {

	/** Warehouse milestones in the order they normally happen. */
	public enum Milestone {

		/** The order was entered. */
		CREATED,

		/** Stock was reserved for it (possibly partially, with a backorder). */
		ALLOCATED,

		/** All its lines were picked and packed. */
		PICKED,

		/** Its handling units were loaded onto the vehicle. */
		LOADED,

		/** The order was cancelled before it left. */
		CANCELLED

	}

}
