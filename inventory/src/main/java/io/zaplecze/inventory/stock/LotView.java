package io.zaplecze.inventory.stock;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A lot with its totals across locations.
 *
 * @param sku the product
 * @param lotNumber the lot
 * @param expiryDate its expiry, if any
 * @param receivedAt first receipt
 * @param blocked on quality hold: never allocated
 * @param blockReason why it is held
 * @param onHand units on hand
 * @param reserved units promised
 */
record LotView(String sku, String lotNumber, @Nullable LocalDate expiryDate, Instant receivedAt, boolean blocked,
		@Nullable String blockReason, long onHand, long reserved) {
}
