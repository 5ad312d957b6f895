package io.zaplecze.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.TimeWindow;

/**
 * A stop's outcome, once, when the driver's device reports it (DELIVERED or FAILED with a reason):
 * the facts reports and exception handling need, in the ingest transaction that records it.
 *
 * @param shipmentId the shipment (the warehouse's order id)
 * @param routeId its route
 * @param stopId its stop
 * @param vehicleId the vehicle
 * @param deliveryDate the route's operating day
 * @param delivered true for DELIVERED, false for FAILED
 * @param failureReason for FAILED: {@code CUSTOMER_ABSENT}, {@code ADDRESS_NOT_FOUND}, {@code REFUSED},
 * {@code DAMAGED}, {@code NO_ACCESS}, {@code OTHER}; null when delivered
 * @param arrivedAt when the vehicle arrived at the stop (device or geofence), null if never seen arriving
 * @param outcomeAt when the outcome was reported (device time)
 * @param plannedArrival the published plan's arrival
 * @param plannedServiceSeconds the planned time on site
 * @param windows the promised arrival windows
 */
public record DeliveryAttempted(UUID shipmentId, UUID routeId, UUID stopId, String vehicleId, LocalDate deliveryDate,
		boolean delivered, @Nullable String failureReason, @Nullable Instant arrivedAt, Instant outcomeAt,
		Instant plannedArrival, int plannedServiceSeconds, List<TimeWindow> windows) {

	public DeliveryAttempted {
		windows = List.copyOf(windows);
	}

	/** The arrival that counts for punctuality: the arrival, else the outcome report. */
	public Instant arrival() {
		return (this.arrivedAt != null) ? this.arrivedAt : this.outcomeAt;
	}

	/** Whether the vehicle arrived inside a promised window. */
	public boolean onTime() {
		Instant at = arrival();
		return this.windows.stream().anyMatch(w -> !at.isBefore(w.start()) && !at.isAfter(w.end()));
	}

	/** Seconds after the end of the last window that had started (0 when on time or early). */
	public long latenessSeconds() {
		if (onTime()) {
			return 0;
		}
		Instant at = arrival();
		return this.windows.stream()
			.filter(w -> at.isAfter(w.end()))
			.mapToLong(w -> at.getEpochSecond() - w.end().getEpochSecond())
			.min()
			.orElse(0);
	}

}
