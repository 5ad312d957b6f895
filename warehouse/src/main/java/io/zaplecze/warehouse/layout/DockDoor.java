package io.zaplecze.warehouse.layout;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dock door where suppliers unload or vehicles are loaded. */
@Entity
@Table(schema = "warehouse", name = "dock_door")
public class DockDoor {

	/** Which traffic a door serves. */
	public enum Direction {

		INBOUND, OUTBOUND, BOTH

	}

	@Id
	private UUID id;

	@jakarta.persistence.Column(name = "site_id")
	private UUID siteId;

	private String code;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private boolean refrigerated;

	private double x;

	private double y;

	protected DockDoor() {
	}

	DockDoor(UUID siteId, String code, Direction direction, boolean refrigerated, double x, double y) {
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.code = code;
		this.direction = direction;
		this.refrigerated = refrigerated;
		this.x = x;
		this.y = y;
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public Direction direction() {
		return this.direction;
	}

	public boolean refrigerated() {
		return this.refrigerated;
	}

	public double x() {
		return this.x;
	}

	public double y() {
		return this.y;
	}

}
