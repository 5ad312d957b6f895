package io.zaplecze.warehouse.picking;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The latest route-plan version turned into waves for a site and day (redeliveries and stale versions are ignored). */
@Entity
@Table(schema = "warehouse", name = "route_plan_seen")
class PlanSeen {

	@EmbeddedId
	private Key key;

	@Column(name = "plan_id")
	private UUID planId;

	@Column(name = "plan_version")
	private int planVersion;

	@Column(name = "received_at")
	private Instant receivedAt;

	protected PlanSeen() {
	}

	PlanSeen(LocalDate date, UUID siteId, UUID planId, int version, Instant at) {
		this.key = new Key(date, siteId);
		this.planId = planId;
		this.planVersion = version;
		this.receivedAt = at;
	}

	/** Whether a publication is one already handled or older than it. */
	boolean covers(UUID planId, int version) {
		return this.planId.equals(planId) && this.planVersion >= version;
	}

	void update(UUID planId, int version, Instant at) {
		this.planId = planId;
		this.planVersion = version;
		this.receivedAt = at;
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "plan_date")
		private LocalDate date;

		@Column(name = "site_id")
		private UUID siteId;

		protected Key() {
		}

		Key(LocalDate date, UUID siteId) {
			this.date = date;
			this.siteId = siteId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key k && k.date.equals(this.date) && k.siteId.equals(this.siteId);
		}

		@Override
		public int hashCode() {
			return this.date.hashCode() * 31 + this.siteId.hashCode();
		}

	}

}
