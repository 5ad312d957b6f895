package io.zaplecze.tracking;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stop's estimated arrival moved past the end of its time window: the dispatcher (and routing's
 * re-planning) should act. Raised once per stop when it turns late.
 *
 * @param vehicleId the vehicle
 * @param routeId its route
 * @param stopId the stop
 * @param shipmentId the shipment delivered there
 * @param eta the estimated arrival (UTC)
 * @param windowEnd the end of the last window it could have made (null when it has no window)
 */
public record DeliveryDelayed(String vehicleId, UUID routeId, UUID stopId, UUID shipmentId, Instant eta,
		@Nullable Instant windowEnd) {
}
