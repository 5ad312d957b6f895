package io.zaplecze.routing.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;

/**
 * A delivery as routing knows it from the warehouse's events: the request, the latest ready time and
 * whether it was cancelled.
 *
 * @param shipmentId the shipment
 * @param orderNumber human-readable order number
 * @param customerName who receives it
 * @param address postal address
 * @param location where it is delivered
 * @param deliveryDate the operating day
 * @param timeWindows allowed arrival windows (UTC)
 * @param serviceSeconds time on site
 * @param weightGrams weight
 * @param volumeCm3 volume
 * @param pallets pallet places
 * @param needsRefrigeration whether it needs a refrigerated vehicle
 * @param priority 1 (lowest) .. 10
 * @param depotId the site it leaves from
 * @param readyAt when the goods are ready at the dock, if the warehouse said so
 * @param cancelledReason why it was cancelled, or {@code null} while it is still to be delivered
 * @param receivedAt when routing first heard of it
 */
public record Delivery(UUID shipmentId, String orderNumber, String customerName, String address, GeoPoint location,
		LocalDate deliveryDate, List<TimeWindow> timeWindows, int serviceSeconds, long weightGrams, long volumeCm3,
		int pallets, boolean needsRefrigeration, int priority, @Nullable UUID depotId, @Nullable Instant readyAt,
		@Nullable String cancelledReason, Instant receivedAt) {

	public Delivery {
		timeWindows = List.copyOf(timeWindows);
	}

	public boolean cancelled() {
		return this.cancelledReason != null;
	}

}
