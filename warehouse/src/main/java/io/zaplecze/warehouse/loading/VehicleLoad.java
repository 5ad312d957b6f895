package io.zaplecze.warehouse.loading;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A route's vehicle was loaded (once). */
@Entity
@Table(schema = "warehouse", name = "vehicle_load")
class VehicleLoad {

	@Id
	@Column(name = "route_id")
	private UUID routeId;

	@Column(name = "site_id")
	private UUID siteId;

	@Column(name = "vehicle_id")
	private String vehicleId;

	@Column(name = "loaded_at")
	private Instant loadedAt;

	protected VehicleLoad() {
	}

	VehicleLoad(UUID routeId, UUID siteId, String vehicleId, Instant loadedAt) {
		this.routeId = routeId;
		this.siteId = siteId;
		this.vehicleId = vehicleId;
		this.loadedAt = loadedAt;
	}

	Instant loadedAt() {
		return this.loadedAt;
	}

}
