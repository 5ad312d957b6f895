package io.zaplecze.inventory;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The commands other modules send to inventory through {@link StockManagement}. Every command
 * carries an idempotency key: sending it again with the same key changes nothing and returns the
 * first outcome; the same key with a different payload is a conflict. Quantities are positive
 * integers in the product's unit; location ids are opaque (owned by the warehouse).
 */
public final class StockCommands {

	private StockCommands() {
	}

	/** Stock arrives at a location (ledger RECEIPT). An expiry date in the past is refused. */
	public record ReceiveStock(String idempotencyKey, String sku, String lotNumber, @Nullable LocalDate expiryDate,
			int quantity, String locationId) {
	}

	/** Stock moves between locations (ledger MOVE); never more than is available there. */
	public record MoveStock(String idempotencyKey, String sku, String lotNumber, String fromLocationId,
			String toLocationId, int quantity) {
	}

	/**
	 * Reserve a quantity for an order line, allocated across lots and locations by the product's
	 * rotation policy; what cannot be allocated becomes a backorder.
	 */
	public record ReserveStock(String idempotencyKey, UUID orderId, String orderLineId, String sku, int quantity,
			LocalDate deliveryDate) {
	}

	/** Pick reserved stock (ledger PICK), consuming that much of the reservation. */
	public record ConsumeReservation(String idempotencyKey, UUID reservationId, String lotNumber, String locationId,
			int quantity) {
	}

	/** Correct stock at a location by a signed delta (ledger ADJUSTMENT), with a reason. */
	public record AdjustStock(String idempotencyKey, String sku, String lotNumber, String locationId, int delta,
			String reason) {
	}

}
