package io.zaplecze.warehouse.receiving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One counted line of a delivery: good units go to the receiving area, damaged ones to quarantine. */
@Entity
@Table(schema = "warehouse", name = "receipt")
class Receipt {

	@Id
	private UUID id;

	@Column(name = "delivery_id")
	private UUID deliveryId;

	@Column(name = "idempotency_key")
	private String idempotencyKey;

	private String sku;

	@Column(name = "lot_number")
	private String lotNumber;

	@Column(name = "expiry_date")
	private @Nullable LocalDate expiryDate;

	private int quantity;

	@Column(name = "damaged_quantity")
	private int damagedQuantity;

	@Column(name = "received_at")
	private Instant receivedAt;

	protected Receipt() {
	}

	Receipt(UUID deliveryId, String idempotencyKey, String sku, String lotNumber, @Nullable LocalDate expiryDate,
			int quantity, int damagedQuantity, Instant now) {
		if (quantity < 0 || damagedQuantity < 0 || quantity + damagedQuantity == 0) {
			throw new InvalidDelivery("A receipt counts a positive number of good and/or damaged units");
		}
		this.id = UUID.randomUUID();
		this.deliveryId = deliveryId;
		this.idempotencyKey = idempotencyKey;
		this.sku = sku;
		this.lotNumber = lotNumber;
		this.expiryDate = expiryDate;
		this.quantity = quantity;
		this.damagedQuantity = damagedQuantity;
		this.receivedAt = now;
	}

	boolean samePayload(UUID deliveryId, String sku, String lotNumber, @Nullable LocalDate expiryDate, int quantity,
			int damagedQuantity) {
		return this.deliveryId.equals(deliveryId) && this.sku.equals(sku) && this.lotNumber.equals(lotNumber)
				&& Objects.equals(this.expiryDate, expiryDate) && this.quantity == quantity
				&& this.damagedQuantity == damagedQuantity;
	}

	UUID id() {
		return this.id;
	}

	UUID deliveryId() {
		return this.deliveryId;
	}

	String sku() {
		return this.sku;
	}

	String lotNumber() {
		return this.lotNumber;
	}

	@Nullable LocalDate expiryDate() {
		return this.expiryDate;
	}

	int quantity() {
		return this.quantity;
	}

	int damagedQuantity() {
		return this.damagedQuantity;
	}

	Instant receivedAt() {
		return this.receivedAt;
	}

}
