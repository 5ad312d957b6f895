package io.zaplecze.inventory;

import java.time.LocalDate;
import java.util.UUID;

import io.zaplecze.platform.DomainFailure;

/**
 * Base of every named inventory failure. A command that throws one has changed nothing (its
 * transaction is rolled back, its idempotency key is not consumed). The nested classes are the
 * failures callers may want to tell apart; their {@link #code()} is the simple class name in kebab case.
 */
public abstract class InventoryFailure extends DomainFailure {

	protected InventoryFailure(Kind kind, String message) {
		super(kind, message);
	}

	/** No product with this SKU (404). */
	public static final class UnknownProduct extends InventoryFailure {

		public UnknownProduct(String sku) {
			super(Kind.NOT_FOUND, "Unknown SKU " + sku);
		}

	}

	/** No lot with this number for this SKU (404). */
	public static final class UnknownLot extends InventoryFailure {

		public UnknownLot(String sku, String lotNumber) {
			super(Kind.NOT_FOUND, "Unknown lot " + lotNumber + " of SKU " + sku);
		}

	}

	/** No reservation with this id (404). */
	public static final class UnknownReservation extends InventoryFailure {

		public UnknownReservation(UUID reservationId) {
			super(Kind.NOT_FOUND, "Unknown reservation " + reservationId);
		}

	}

	/** The order was never registered with inventory (404). */
	public static final class UnknownOrder extends InventoryFailure {

		public UnknownOrder(UUID orderId) {
			super(Kind.NOT_FOUND, "Unknown order " + orderId + "; register it first (PUT /api/v1/inventory/orders/{orderId})");
		}

	}

	/** No cycle-count task with this id (404). */
	public static final class UnknownCountTask extends InventoryFailure {

		public UnknownCountTask(UUID taskId) {
			super(Kind.NOT_FOUND, "Unknown cycle-count task " + taskId);
		}

	}

	/** A quantity that must be positive is not, or a field is malformed (400). */
	public static final class InvalidRequest extends InventoryFailure {

		public InvalidRequest(String message) {
			super(Kind.INVALID, message);
		}

	}

	/** A receipt with an expiry date before today (422). */
	public static final class ExpiryInPast extends InventoryFailure {

		public ExpiryInPast(String lotNumber, LocalDate expiryDate, LocalDate today) {
			super(Kind.UNPROCESSABLE, "Lot " + lotNumber + " expired on " + expiryDate + " (today is " + today + ")");
		}

	}

	/** A receipt of a known lot with another expiry date than the lot has (422). */
	public static final class LotExpiryMismatch extends InventoryFailure {

		public LotExpiryMismatch(String sku, String lotNumber, LocalDate known, LocalDate given) {
			super(Kind.UNPROCESSABLE,
					"Lot " + lotNumber + " of SKU " + sku + " expires on " + known + ", not on " + given);
		}

	}

	/** A move, scrap or adjustment of more than is available at a location (422). */
	public static final class InsufficientStock extends InventoryFailure {

		public InsufficientStock(String sku, String lotNumber, String locationId, int asked, int available) {
			super(Kind.UNPROCESSABLE, "Only " + available + " of SKU " + sku + " lot " + lotNumber + " available at "
					+ locationId + ", asked for " + asked);
		}

	}

	/** A pick of stock the reservation does not hold at that lot and location (422). */
	public static final class NotAllocated extends InventoryFailure {

		public NotAllocated(UUID reservationId, String lotNumber, String locationId, int asked, int open) {
			super(Kind.UNPROCESSABLE, "Reservation " + reservationId + " holds " + open + " of lot " + lotNumber + " at "
					+ locationId + ", asked to pick " + asked);
		}

	}

	/** A command on a reservation that is already released or fulfilled (409). */
	public static final class ReservationClosed extends InventoryFailure {

		public ReservationClosed(UUID reservationId, String status) {
			super(Kind.CONFLICT, "Reservation " + reservationId + " is " + status);
		}

	}

	/** An idempotency key reused with another payload (409). */
	public static final class IdempotencyConflict extends InventoryFailure {

		public IdempotencyConflict(String key) {
			super(Kind.CONFLICT, "Idempotency key " + key + " was already used for a different command");
		}

	}

	/** A state clash that is not about idempotency: a count task already open, closed, ... (409). */
	public static final class StateConflict extends InventoryFailure {

		public StateConflict(String message) {
			super(Kind.CONFLICT, message);
		}

	}

}
