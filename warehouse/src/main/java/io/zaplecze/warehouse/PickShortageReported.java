package io.zaplecze.warehouse;

import java.time.Instant;
import java.util.UUID;

/**
 * A pick came up short and the missing quantity could not be re-allocated from another lot or bin:
 * the shipment will leave incomplete unless the dispatcher acts. Published once per short pick.
 *
 * @param shipmentId the outbound order (shipment) affected
 * @param orderNumber its human-readable number
 * @param sku the product that is short
 * @param requested the quantity the order line asked for
 * @param missing the quantity that will not be delivered
 * @param binCode the bin where the stock was expected
 * @param at when the shortage was found (UTC)
 */
public record PickShortageReported(UUID shipmentId, String orderNumber, String sku, int requested, int missing,
		String binCode, Instant at) {
}
