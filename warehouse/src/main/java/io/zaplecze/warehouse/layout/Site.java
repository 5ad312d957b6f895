package io.zaplecze.warehouse.layout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.zaplecze.platform.GeoPoint;

/** A depot: where goods are stored and vehicles leave from. Its id is routing's depot id. */
@Entity
@Table(schema = "warehouse", name = "site")
public class Site {

	@Id
	private UUID id;

	private String code;

	private String name;

	private double lat;

	private double lon;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "opens_at")
	private LocalTime opensAt;

	@Column(name = "closes_at")
	private LocalTime closesAt;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Site() {
	}

	public Site(String code, String name, GeoPoint location, ZoneId zone, LocalTime opensAt, LocalTime closesAt, Instant now) {
		if (!closesAt.isAfter(opensAt)) {
			throw new InvalidLayout("A site must close after it opens: " + opensAt + " .. " + closesAt);
		}
		this.id = UUID.randomUUID();
		this.code = code;
		this.name = name;
		this.lat = location.lat();
		this.lon = location.lon();
		this.timeZone = zone.getId();
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.createdAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public GeoPoint location() {
		return new GeoPoint(this.lat, this.lon);
	}

	public ZoneId zoneId() {
		return ZoneId.of(this.timeZone);
	}

	public LocalTime opensAt() {
		return this.opensAt;
	}

	public LocalTime closesAt() {
		return this.closesAt;
	}

	/** When the site opens on a day (UTC instant). */
	public Instant opening(LocalDate day) {
		return ZonedDateTime.of(day, this.opensAt, zoneId()).toInstant();
	}

	/** When the site closes on a day (UTC instant). */
	public Instant closing(LocalDate day) {
		return ZonedDateTime.of(day, this.closesAt, zoneId()).toInstant();
	}

	/** Location id of the receiving area, where inventory books receipts. */
	public String receivingLocation() {
		return this.code + "-RECV";
	}

	/** Location id of the quarantine area, where damaged goods are booked. */
	public String quarantineLocation() {
		return this.code + "-QUAR";
	}

}
