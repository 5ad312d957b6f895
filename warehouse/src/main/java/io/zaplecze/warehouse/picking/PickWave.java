package io.zaplecze.warehouse.picking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.TemperatureClass;

/**
 * The picking for one route in one temperature zone, derived from a published route plan. A wave
 * that has not started is replaced when the plan is re-published; a started one is kept.
 */
@Entity
@Table(schema = "warehouse", name = "pick_wave")
class PickWave {

	enum Status {

		PLANNED, IN_PROGRESS, DONE

	}

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	@Column(name = "plan_date")
	private LocalDate planDate;

	@Column(name = "plan_id")
	private UUID planId;

	@Column(name = "plan_version")
	private int planVersion;

	@Column(name = "route_id")
	private UUID routeId;

	@Column(name = "vehicle_id")
	private String vehicleId;

	@Column(name = "zone_code")
	private String zoneCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "temperature_class")
	private TemperatureClass temperatureClass;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant departure;

	@Column(name = "scheduled_start")
	private Instant scheduledStart;

	@Column(name = "scheduled_end")
	private Instant scheduledEnd;

	@Column(name = "distance_meters")
	private double distanceMeters;

	@Enumerated(EnumType.STRING)
	@Column(name = "path_method")
	private PickPathMethod pathMethod;

	@Column(name = "created_at")
	private Instant createdAt;

	@Version
	private @Nullable Long version;

	protected PickWave() {
	}

	PickWave(UUID siteId, LocalDate planDate, UUID planId, int planVersion, UUID routeId, String vehicleId, String zoneCode,
			TemperatureClass temperatureClass, Instant departure, PickPathMethod pathMethod, Instant now) {
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.planDate = planDate;
		this.planId = planId;
		this.planVersion = planVersion;
		this.routeId = routeId;
		this.vehicleId = vehicleId;
		this.zoneCode = zoneCode;
		this.temperatureClass = temperatureClass;
		this.status = Status.PLANNED;
		this.departure = departure;
		this.scheduledStart = now;
		this.scheduledEnd = now;
		this.pathMethod = pathMethod;
		this.createdAt = now;
	}

	void routed(double distanceMeters) {
		this.distanceMeters = distanceMeters;
	}

	void schedule(Instant start, Instant end) {
		this.scheduledStart = start;
		this.scheduledEnd = end;
	}

	void start() {
		if (this.status == Status.PLANNED) {
			this.status = Status.IN_PROGRESS;
		}
	}

	void done() {
		this.status = Status.DONE;
	}

	void reopen() {
		if (this.status == Status.DONE) {
			this.status = Status.IN_PROGRESS;
		}
	}

	UUID id() {
		return this.id;
	}

	UUID siteId() {
		return this.siteId;
	}

	LocalDate planDate() {
		return this.planDate;
	}

	UUID planId() {
		return this.planId;
	}

	int planVersion() {
		return this.planVersion;
	}

	UUID routeId() {
		return this.routeId;
	}

	String vehicleId() {
		return this.vehicleId;
	}

	String zoneCode() {
		return this.zoneCode;
	}

	TemperatureClass temperatureClass() {
		return this.temperatureClass;
	}

	Status status() {
		return this.status;
	}

	Instant departure() {
		return this.departure;
	}

	Instant scheduledStart() {
		return this.scheduledStart;
	}

	Instant scheduledEnd() {
		return this.scheduledEnd;
	}

	double distanceMeters() {
		return this.distanceMeters;
	}

	PickPathMethod pathMethod() {
		return this.pathMethod;
	}

}
