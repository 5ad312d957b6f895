package io.zaplecze.inventory.ledger;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One ledger entry.
 *
 * @param id sequence number (ascending in posting order)
 * @param type what happened
 * @param sku the product
 * @param lotNumber the lot
 * @param expiryDate the lot's expiry, if any
 * @param locationId where
 * @param quantity signed change of on-hand stock
 * @param countedQuantity for COUNT entries, the quantity counted
 * @param reason why (required for ADJUSTMENT, COUNT, SCRAP)
 * @param reference what it belongs to: a reservation, a move, a count task, an import
 * @param occurredAt when it was posted
 */
public record LedgerEntryView(long id, EntryType type, String sku, String lotNumber, @Nullable LocalDate expiryDate,
		String locationId, int quantity, @Nullable Integer countedQuantity, @Nullable String reason,
		@Nullable String reference, Instant occurredAt) {
}
