package io.zaplecze.routing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;

/**
 * A shipment that must be delivered on a day, declared by routing and published by the warehouse
 * once the order is allocated (Restbucks' pattern: the upstream module declares the event it needs).
 * Publishing it again for the same shipment replaces the earlier request (idempotent by shipment id).
 *
 * @param shipmentId the shipment (the warehouse's outbound order id)
 * @param orderNumber the human-readable order number, for dispatchers
 * @param customerName who receives it
 * @param address postal address, for drivers
 * @param location where it is delivered
 * @param deliveryDate the operating day
 * @param timeWindows allowed arrival windows (UTC), at least one
 * @param serviceSeconds time on site to hand it over
 * @param weightGrams total weight
 * @param volumeCm3 total volume
 * @param pallets pallet places (0 for parcels)
 * @param needsRefrigeration true when any line is CHILLED or FROZEN
 * @param priority 1 (lowest) .. 10 (must go today); weights the penalty if left unassigned
 * @param depotId the warehouse site the goods leave from
 */
public record DeliveryRequested(UUID shipmentId, String orderNumber, String customerName, String address,
		GeoPoint location, LocalDate deliveryDate, List<TimeWindow> timeWindows, int serviceSeconds, long weightGrams,
		long volumeCm3, int pallets, boolean needsRefrigeration, int priority, UUID depotId) {

	public DeliveryRequested {
		timeWindows = List.copyOf(timeWindows);
		if (timeWindows.isEmpty()) {
			throw new IllegalArgumentException("A delivery needs at least one time window");
		}
		if (serviceSeconds < 0 || weightGrams < 0 || volumeCm3 < 0 || pallets < 0) {
			throw new IllegalArgumentException("Service time and demands must not be negative");
		}
		if (priority < 1 || priority > 10) {
			throw new IllegalArgumentException("Priority is 1..10, was " + priority);
		}
	}

}
