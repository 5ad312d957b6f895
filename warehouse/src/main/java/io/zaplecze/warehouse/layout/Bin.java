package io.zaplecze.warehouse.layout;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A storage location. Its code is the location id inventory books stock against, e.g.
 * {@code WAW1-A-01-02-1} (site, zone, aisle, bay, level). Floor coordinates are in metres: x
 * across the aisles, y along them.
 */
@Entity
@Table(schema = "warehouse", name = "bin")
public class Bin {

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	@Column(name = "zone_id")
	private @Nullable UUID zoneId;

	private String code;

	@Enumerated(EnumType.STRING)
	private BinKind kind;

	private @Nullable String aisle;

	private @Nullable Integer bay;

	private @Nullable Integer level;

	private double x;

	private double y;

	@Column(name = "capacity_volume_cm3")
	private long capacityVolumeCm3;

	@Column(name = "capacity_weight_grams")
	private long capacityWeightGrams;

	protected Bin() {
	}

	public Bin(UUID siteId, @Nullable UUID zoneId, String code, BinKind kind, @Nullable String aisle, @Nullable Integer bay,
			@Nullable Integer level, double x, double y, long capacityVolumeCm3, long capacityWeightGrams) {
		boolean storage = kind == BinKind.PICK_FACE || kind == BinKind.RESERVE;
		if (storage && (zoneId == null || aisle == null || bay == null || level == null)) {
			throw new InvalidLayout("Bin " + code + ": a storage bin needs a zone, aisle, bay and level");
		}
		if ((level != null && level < 1) || (bay != null && bay < 1)) {
			throw new InvalidLayout("Bin " + code + ": bay and level start at 1");
		}
		if (capacityVolumeCm3 <= 0 || capacityWeightGrams <= 0) {
			throw new InvalidLayout("Bin " + code + ": capacity must be positive");
		}
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.zoneId = zoneId;
		this.code = code;
		this.kind = kind;
		this.aisle = aisle;
		this.bay = bay;
		this.level = level;
		this.x = x;
		this.y = y;
		this.capacityVolumeCm3 = capacityVolumeCm3;
		this.capacityWeightGrams = capacityWeightGrams;
	}

	public UUID id() {
		return this.id;
	}

	public UUID siteId() {
		return this.siteId;
	}

	public @Nullable UUID zoneId() {
		return this.zoneId;
	}

	public String code() {
		return this.code;
	}

	public BinKind kind() {
		return this.kind;
	}

	public @Nullable String aisle() {
		return this.aisle;
	}

	public @Nullable Integer bay() {
		return this.bay;
	}

	public @Nullable Integer level() {
		return this.level;
	}

	public double x() {
		return this.x;
	}

	public double y() {
		return this.y;
	}

	public long capacityVolumeCm3() {
		return this.capacityVolumeCm3;
	}

	public long capacityWeightGrams() {
		return this.capacityWeightGrams;
	}

	public boolean isStorage() {
		return this.kind == BinKind.PICK_FACE || this.kind == BinKind.RESERVE;
	}

}
