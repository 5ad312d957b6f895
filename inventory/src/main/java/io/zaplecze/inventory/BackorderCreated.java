package io.zaplecze.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Part of an order line could not be promised: at reservation time (short stock), or later when
 * promised stock turned out to be missing (count variance, damage).
 *
 * @param reservationId the reservation
 * @param orderId the order
 * @param orderLineId the order line
 * @param sku the product
 * @param quantity quantity added to the backorder by this fact (positive)
 * @param deliveryDate the requested delivery date
 * @param occurredAt when
 */
public record BackorderCreated(UUID reservationId, UUID orderId, String orderLineId, String sku, int quantity,
		LocalDate deliveryDate, Instant occurredAt) {
}
