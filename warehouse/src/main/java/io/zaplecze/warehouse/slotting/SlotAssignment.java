package io.zaplecze.warehouse.slotting;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A product's pick-face bin at a site (its slot). One product per slot, one slot per product. */
@Entity
@Table(schema = "warehouse", name = "slot_assignment")
class SlotAssignment {

	@EmbeddedId
	private Key key;

	@Column(name = "bin_code")
	private String binCode;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	protected SlotAssignment() {
	}

	SlotAssignment(UUID siteId, String sku, String binCode, Instant at) {
		this.key = new Key(siteId, sku);
		this.binCode = binCode;
		this.assignedAt = at;
	}

	String sku() {
		return this.key.sku;
	}

	String binCode() {
		return this.binCode;
	}

	void reassign(String binCode, Instant at) {
		this.binCode = binCode;
		this.assignedAt = at;
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "site_id")
		private UUID siteId;

		private String sku;

		protected Key() {
		}

		Key(UUID siteId, String sku) {
			this.siteId = siteId;
			this.sku = sku;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.siteId.equals(this.siteId) && k.sku.equals(this.sku);
		}

		@Override
		public int hashCode() {
			return this.siteId.hashCode() * 31 + this.sku.hashCode();
		}

	}

}
