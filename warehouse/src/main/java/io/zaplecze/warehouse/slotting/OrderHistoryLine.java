package io.zaplecze.warehouse.slotting;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of a past order, the evidence slotting learns pick frequency and co-ordering from. */
@Entity
@Table(schema = "warehouse", name = "order_history_line")
class OrderHistoryLine {

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	@Column(name = "order_ref")
	private String orderRef;

	@Column(name = "ordered_on")
	private LocalDate orderedOn;

	private String sku;

	private int quantity;

	protected OrderHistoryLine() {
	}

	OrderHistoryLine(UUID siteId, String orderRef, LocalDate orderedOn, String sku, int quantity) {
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.orderRef = orderRef;
		this.orderedOn = orderedOn;
		this.sku = sku;
		this.quantity = quantity;
	}

	String orderRef() {
		return this.orderRef;
	}

	LocalDate orderedOn() {
		return this.orderedOn;
	}

	String sku() {
		return this.sku;
	}

	int quantity() {
		return this.quantity;
	}

}
