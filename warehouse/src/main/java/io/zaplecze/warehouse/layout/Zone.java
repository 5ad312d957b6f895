package io.zaplecze.warehouse.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import io.zaplecze.inventory.TemperatureClass;

/**
 * A temperature zone of a site (ambient, chilled, frozen) with its own aisles. Pick tours of the
 * zone start and end at its entry point (the packing station), given in floor metres.
 */
@Entity
@Table(schema = "warehouse", name = "zone")
public class Zone {

	@Id
	private UUID id;

	@Column(name = "site_id")
	private UUID siteId;

	private String code;

	@Enumerated(EnumType.STRING)
	@Column(name = "temperature_class")
	private TemperatureClass temperatureClass;

	@Column(name = "entry_x")
	private double entryX;

	@Column(name = "entry_y")
	private double entryY;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "warehouse", name = "zone_level_limit", joinColumns = @JoinColumn(name = "zone_id"))
	@MapKeyColumn(name = "level")
	@Column(name = "max_weight_grams")
	private Map<Integer, Long> levelLimits = new HashMap<>();

	protected Zone() {
	}

	public Zone(UUID siteId, String code, TemperatureClass temperatureClass, double entryX, double entryY,
			Map<Integer, Long> levelLimits) {
		this.id = UUID.randomUUID();
		this.siteId = siteId;
		this.code = code;
		this.temperatureClass = temperatureClass;
		this.entryX = entryX;
		this.entryY = entryY;
		levelLimits.forEach((level, grams) -> {
			if (level < 1 || grams <= 0) {
				throw new InvalidLayout("Level weight limits need a level >= 1 and a positive weight");
			}
		});
		this.levelLimits.putAll(levelLimits);
	}

	public UUID id() {
		return this.id;
	}

	public UUID siteId() {
		return this.siteId;
	}

	public String code() {
		return this.code;
	}

	public TemperatureClass temperatureClass() {
		return this.temperatureClass;
	}

	public double entryX() {
		return this.entryX;
	}

	public double entryY() {
		return this.entryY;
	}

	/** Load limit of one bay level (all bins on a beam), by level; levels without a limit are absent. */
	public Map<Integer, Long> levelLimits() {
		return Map.copyOf(this.levelLimits);
	}

}
