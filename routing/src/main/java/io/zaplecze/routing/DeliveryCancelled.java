package io.zaplecze.routing;

import java.util.UUID;

/**
 * A shipment that no longer needs delivering (order cancelled); published by the warehouse.
 *
 * @param shipmentId the shipment
 * @param reason why, in the dispatcher's words
 */
public record DeliveryCancelled(UUID shipmentId, String reason) {
}
