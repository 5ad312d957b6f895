package io.zaplecze.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Stock was promised to an order line (published in the reserving transaction, only when at least
 * one unit was allocated).
 *
 * @param reservationId the reservation
 * @param orderId the order
 * @param orderLineId the order line
 * @param sku the product
 * @param requested quantity asked for
 * @param allocated quantity promised (1..requested)
 * @param deliveryDate the delivery date the allocation respects
 * @param reservedAt when
 */
public record StockReserved(UUID reservationId, UUID orderId, String orderLineId, String sku, int requested,
		int allocated, LocalDate deliveryDate, Instant reservedAt) {
}
