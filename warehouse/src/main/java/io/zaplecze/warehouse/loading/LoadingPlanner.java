package io.zaplecze.warehouse.loading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.zaplecze.inventory.TemperatureClass;

/**
 * The order handling units go onto a vehicle: the last stop's goods are loaded first (so the first
 * stop's goods are at the doors); within a stop pallets before parcels and heavy before light.
 * Goods that need refrigeration go into the refrigerated compartment; on a vehicle without one they
 * are flagged, never silently put with ambient goods.
 */
public final class LoadingPlanner {

	private LoadingPlanner() {
	}

	/** Where on the vehicle a handling unit travels. */
	public enum Compartment {

		AMBIENT, REFRIGERATED

	}

	/**
	 * A handling unit to load.
	 *
	 * @param handlingUnitId the unit
	 * @param label its label
	 * @param shipmentId the order it belongs to
	 * @param stopSequence the order's stop on the route (1 = first)
	 * @param kind parcel or pallet
	 * @param temperatureClass its goods' class
	 * @param weightGrams its weight
	 */
	public record Item(UUID handlingUnitId, String label, UUID shipmentId, int stopSequence, Packer.Kind kind,
			TemperatureClass temperatureClass, long weightGrams) {
	}

	/**
	 * One loading step.
	 *
	 * @param position 1 = loaded first
	 * @param item what is loaded
	 * @param compartment where it goes
	 * @param problem null, or why it cannot be loaded as it should (no refrigerated compartment)
	 */
	public record Step(int position, Item item, Compartment compartment, @org.jspecify.annotations.Nullable String problem) {
	}

	public static List<Step> plan(List<Item> items, boolean vehicleRefrigerated) {
		List<Item> sorted = new ArrayList<>(items);
		sorted.sort(Comparator.comparingInt(Item::stopSequence)
			.reversed()
			.thenComparing((Item i) -> (i.kind() == Packer.Kind.PALLET) ? 0 : 1)
			.thenComparing(Comparator.comparingLong(Item::weightGrams).reversed())
			.thenComparing(Item::label));
		List<Step> steps = new ArrayList<>();
		for (Item item : sorted) {
			boolean cold = item.temperatureClass().needsRefrigeration();
			Compartment compartment = cold ? Compartment.REFRIGERATED : Compartment.AMBIENT;
			String problem = (cold && !vehicleRefrigerated)
					? item.temperatureClass() + " goods on a vehicle without a refrigerated compartment" : null;
			steps.add(new Step(steps.size() + 1, item, compartment, problem));
		}
		return steps;
	}

}
