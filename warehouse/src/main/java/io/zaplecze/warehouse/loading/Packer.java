package io.zaplecze.warehouse.loading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.warehouse.WarehouseProperties;

/**
 * Packs an order's goods into handling units: goods of different temperature classes never share
 * one; an order's goods of one class go into parcels unless their volume reaches the pallet
 * threshold (or a single unit is too big or heavy for a parcel), then onto pallets. Within a kind,
 * first-fit decreasing by unit volume, splitting a line over units when it does not fit whole.
 */
public final class Packer {

	private final WarehouseProperties.Packing limits;

	public Packer(WarehouseProperties.Packing limits) {
		this.limits = limits;
	}

	/** Parcel or pallet. */
	public enum Kind {

		PARCEL, PALLET

	}

	/**
	 * Goods of one order line to pack.
	 *
	 * @param sku the product
	 * @param quantity units
	 * @param unitWeightGrams weight of one unit
	 * @param unitVolumeCm3 volume of one unit
	 * @param temperatureClass how it must travel
	 */
	public record Goods(String sku, int quantity, long unitWeightGrams, long unitVolumeCm3,
			TemperatureClass temperatureClass) {
	}

	/**
	 * A packed handling unit.
	 *
	 * @param kind parcel or pallet
	 * @param temperatureClass the class of all goods on it
	 * @param weightGrams total weight
	 * @param volumeCm3 total volume
	 * @param contents SKU to units
	 */
	public record Unit(Kind kind, TemperatureClass temperatureClass, long weightGrams, long volumeCm3,
			Map<String, Integer> contents) {
	}

	public List<Unit> pack(List<Goods> goods) {
		Map<TemperatureClass, List<Goods>> byClass = new EnumMap<>(TemperatureClass.class);
		goods.stream().filter((g) -> g.quantity() > 0).forEach((g) -> byClass.computeIfAbsent(g.temperatureClass(), (c) -> new ArrayList<>()).add(g));
		List<Unit> units = new ArrayList<>();
		byClass.forEach((temperature, lines) -> {
			long volume = lines.stream().mapToLong((g) -> g.unitVolumeCm3() * g.quantity()).sum();
			boolean oversized = lines.stream()
				.anyMatch((g) -> g.unitVolumeCm3() > this.limits.parcelMaxVolumeCm3()
						|| g.unitWeightGrams() > this.limits.parcelMaxWeightGrams());
			boolean pallets = oversized || volume >= this.limits.palletThresholdVolumeCm3();
			units.addAll(firstFitDecreasing(lines, temperature, pallets ? Kind.PALLET : Kind.PARCEL));
		});
		return units;
	}

	private List<Unit> firstFitDecreasing(List<Goods> lines, TemperatureClass temperature, Kind kind) {
		long maxWeight = (kind == Kind.PALLET) ? this.limits.palletMaxWeightGrams() : this.limits.parcelMaxWeightGrams();
		long maxVolume = (kind == Kind.PALLET) ? this.limits.palletMaxVolumeCm3() : this.limits.parcelMaxVolumeCm3();
		List<Goods> sorted = new ArrayList<>(lines);
		sorted.sort(Comparator.comparingLong(Goods::unitVolumeCm3).reversed().thenComparing(Goods::sku));
		List<long[]> loads = new ArrayList<>();
		List<Map<String, Integer>> contents = new ArrayList<>();
		for (Goods g : sorted) {
			int left = g.quantity();
			for (int u = 0; u <= loads.size() && left > 0; u++) {
				if (u == loads.size()) {
					loads.add(new long[2]);
					contents.add(new LinkedHashMap<>());
				}
				long[] load = loads.get(u);
				long byWeight = (g.unitWeightGrams() == 0) ? left : (maxWeight - load[0]) / g.unitWeightGrams();
				long byVolume = (g.unitVolumeCm3() == 0) ? left : (maxVolume - load[1]) / g.unitVolumeCm3();
				int take = (int) Math.min(left, Math.min(byWeight, byVolume));
				if (take <= 0 && load[0] == 0 && load[1] == 0) {
					// A unit larger than the handling unit's limit still travels, alone.
					take = 1;
				}
				if (take > 0) {
					load[0] += take * g.unitWeightGrams();
					load[1] += take * g.unitVolumeCm3();
					contents.get(u).merge(g.sku(), take, Integer::sum);
					left -= take;
				}
			}
		}
		List<Unit> units = new ArrayList<>();
		for (int u = 0; u < loads.size(); u++) {
			units.add(new Unit(kind, temperature, loads.get(u)[0], loads.get(u)[1], Map.copyOf(contents.get(u))));
		}
		return units;
	}

}
