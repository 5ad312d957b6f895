package io.zaplecze.warehouse.picking;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** Take a quantity of one lot from one bin for an order line; one stop of a wave's pick list. */
@Entity
@Table(schema = "warehouse", name = "pick_task")
class PickTask {

	enum Status {

		OPEN, PICKED, SHORT

	}

	@Id
	private UUID id;

	@Column(name = "wave_id")
	private UUID waveId;

	@Column(name = "order_id")
	private UUID orderId;

	@Column(name = "order_line_id")
	private UUID orderLineId;

	private int sequence;

	private String sku;

	@Column(name = "lot_number")
	private String lotNumber;

	@Column(name = "bin_code")
	private String binCode;

	private int quantity;

	@Column(name = "picked_quantity")
	private int pickedQuantity;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "confirm_key")
	private @Nullable String confirmKey;

	@Column(name = "confirmed_at")
	private @Nullable Instant confirmedAt;

	@Version
	private @Nullable Long version;

	protected PickTask() {
	}

	PickTask(UUID waveId, UUID orderId, UUID orderLineId, String sku, String lotNumber, String binCode, int quantity) {
		this.id = UUID.randomUUID();
		this.waveId = waveId;
		this.orderId = orderId;
		this.orderLineId = orderLineId;
		this.sku = sku;
		this.lotNumber = lotNumber;
		this.binCode = binCode;
		this.quantity = quantity;
		this.status = Status.OPEN;
	}

	void sequence(int sequence) {
		this.sequence = sequence;
	}

	void moveTo(UUID waveId) {
		this.waveId = waveId;
	}

	/** Records the pick; a task is confirmed once. */
	void confirm(int picked, @Nullable String key, Instant at) {
		if (this.status != Status.OPEN) {
			throw new PickAlreadyConfirmed(this.id);
		}
		if (picked < 0 || picked > this.quantity) {
			throw new InvalidPick("Picked quantity must be between 0 and " + this.quantity + ", was " + picked);
		}
		this.pickedQuantity = picked;
		this.status = (picked < this.quantity) ? Status.SHORT : Status.PICKED;
		this.confirmKey = key;
		this.confirmedAt = at;
	}

	boolean isOpen() {
		return this.status == Status.OPEN;
	}

	UUID id() {
		return this.id;
	}

	UUID waveId() {
		return this.waveId;
	}

	UUID orderId() {
		return this.orderId;
	}

	UUID orderLineId() {
		return this.orderLineId;
	}

	int sequence() {
		return this.sequence;
	}

	String sku() {
		return this.sku;
	}

	String lotNumber() {
		return this.lotNumber;
	}

	String binCode() {
		return this.binCode;
	}

	int quantity() {
		return this.quantity;
	}

	int pickedQuantity() {
		return this.pickedQuantity;
	}

	Status status() {
		return this.status;
	}

	@Nullable String confirmKey() {
		return this.confirmKey;
	}

	@Nullable Instant confirmedAt() {
		return this.confirmedAt;
	}

}
