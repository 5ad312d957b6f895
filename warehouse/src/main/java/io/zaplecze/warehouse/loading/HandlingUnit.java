package io.zaplecze.warehouse.loading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.zaplecze.inventory.TemperatureClass;

/** A packed parcel or pallet of one order, labelled for loading and delivery. */
@Entity
@Table(schema = "warehouse", name = "handling_unit")
class HandlingUnit {

	@Id
	private UUID id;

	@Column(name = "order_id")
	private UUID orderId;

	private String label;

	@Enumerated(EnumType.STRING)
	private Packer.Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "temperature_class")
	private TemperatureClass temperatureClass;

	@Column(name = "weight_grams")
	private long weightGrams;

	@Column(name = "volume_cm3")
	private long volumeCm3;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "warehouse", name = "handling_unit_item", joinColumns = @JoinColumn(name = "handling_unit_id"))
	@OrderColumn(name = "position")
	private List<Item> items = new ArrayList<>();

	protected HandlingUnit() {
	}

	HandlingUnit(UUID orderId, String label, Packer.Unit unit, Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.label = label;
		this.kind = unit.kind();
		this.temperatureClass = unit.temperatureClass();
		this.weightGrams = unit.weightGrams();
		this.volumeCm3 = unit.volumeCm3();
		this.createdAt = now;
		unit.contents().entrySet().stream().sorted(Map.Entry.comparingByKey())
			.forEach((e) -> this.items.add(new Item(e.getKey(), e.getValue())));
	}

	UUID id() {
		return this.id;
	}

	UUID orderId() {
		return this.orderId;
	}

	String label() {
		return this.label;
	}

	Packer.Kind kind() {
		return this.kind;
	}

	TemperatureClass temperatureClass() {
		return this.temperatureClass;
	}

	long weightGrams() {
		return this.weightGrams;
	}

	long volumeCm3() {
		return this.volumeCm3;
	}

	Map<String, Integer> contents() {
		Map<String, Integer> map = new LinkedHashMap<>();
		this.items.forEach((i) -> map.put(i.sku, i.quantity));
		return map;
	}

	@Embeddable
	static class Item {

		private String sku;

		private int quantity;

		protected Item() {
		}

		Item(String sku, int quantity) {
			this.sku = sku;
			this.quantity = quantity;
		}

	}

}
