package io.zaplecze.routing;

import java.time.Instant;
import java.util.UUID;

/**
 * The warehouse's estimate of when a shipment is picked, packed and ready at the dock; the planner
 * never schedules its vehicle to leave the depot earlier. A later estimate replaces an earlier one.
 *
 * @param shipmentId the shipment
 * @param readyAt when the goods are ready for loading (UTC)
 */
public record DeliveryReadyAt(UUID shipmentId, Instant readyAt) {
}
