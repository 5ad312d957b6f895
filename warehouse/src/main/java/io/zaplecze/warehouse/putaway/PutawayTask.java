package io.zaplecze.warehouse.putaway;

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

/** Moving one received line (a pallet or a case lot) from the receiving area to a bin. */
@Entity
@Table(schema = "warehouse", name = "putaway_task")
class PutawayTask {

	enum Status {

		OPEN, DONE

	}

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	@Column(name = "receipt_id")
	private UUID receiptId;

	private String sku;

	@Column(name = "lot_number")
	private String lotNumber;

	private int quantity;

	@Column(name = "from_location")
	private String fromLocation;

	@Column(name = "suggested_bin")
	private @Nullable String suggestedBin;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Column(name = "confirmed_bin")
	private @Nullable String confirmedBin;

	@Column(name = "confirmed_at")
	private @Nullable Instant confirmedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected PutawayTask() {
	}

	PutawayTask(UUID siteId, UUID receiptId, String sku, String lotNumber, int quantity, String fromLocation,
			@Nullable String suggestedBin, Instant now) {
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.receiptId = receiptId;
		this.sku = sku;
		this.lotNumber = lotNumber;
		this.quantity = quantity;
		this.fromLocation = fromLocation;
		this.suggestedBin = suggestedBin;
		this.status = Status.OPEN;
		this.createdAt = now;
	}

	void confirm(String bin, Instant at) {
		if (this.status == Status.DONE) {
			throw new PutawayAlreadyConfirmed(this.id, this.confirmedBin);
		}
		this.status = Status.DONE;
		this.confirmedBin = bin;
		this.confirmedAt = at;
	}

	UUID id() {
		return this.id;
	}

	UUID siteId() {
		return this.siteId;
	}

	UUID receiptId() {
		return this.receiptId;
	}

	String sku() {
		return this.sku;
	}

	String lotNumber() {
		return this.lotNumber;
	}

	int quantity() {
		return this.quantity;
	}

	String fromLocation() {
		return this.fromLocation;
	}

	@Nullable String suggestedBin() {
		return this.suggestedBin;
	}

	Status status() {
		return this.status;
	}

	@Nullable String confirmedBin() {
		return this.confirmedBin;
	}

	@Nullable Instant confirmedAt() {
		return this.confirmedAt;
	}

}
