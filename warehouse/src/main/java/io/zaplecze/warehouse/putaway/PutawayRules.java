package io.zaplecze.warehouse.putaway;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.BinLoad;
import io.zaplecze.warehouse.layout.BinRules;
import io.zaplecze.warehouse.layout.Zone;

/**
 * Where received goods should go: the product's own slot if it has room; otherwise the nearest
 * compatible bin (same temperature class, room for the volume and weight, within the beam's level
 * limit), nearest to the product's slot when it has one (so reserve stock sits next to its pick
 * face) or else to the zone's entry. Bins holding another product and other products' slots are
 * never suggested. Pure: loads come in as functions.
 */
final class PutawayRules {

	private PutawayRules() {
	}

	static Optional<Bin> suggest(ProductView product, int quantity, @Nullable Bin slot, List<Bin> bins,
			Map<UUID, Zone> zones, Set<String> otherProductsSlots, Function<Bin, BinLoad> load,
			ToLongFunction<Bin> beamWeight, int maxCandidates) {
		if (slot != null && slot.zoneId() != null) {
			Zone zone = zones.get(slot.zoneId());
			if (zone != null && BinRules.fits(slot, zone, product, quantity, load.apply(slot), beamWeight.applyAsLong(slot))) {
				return Optional.of(slot);
			}
		}
		List<Bin> candidates = bins.stream()
			.filter(Bin::isStorage)
			.filter((b) -> b.zoneId() != null && zones.containsKey(b.zoneId())
					&& zones.get(b.zoneId()).temperatureClass() == product.temperatureClass())
			.filter((b) -> slot == null || !b.code().equals(slot.code()))
			.filter((b) -> !otherProductsSlots.contains(b.code()))
			.sorted(Comparator.comparingDouble((Bin b) -> distance(b, slot, zones.get(b.zoneId())))
				.thenComparing((Bin b) -> (b.level() == null) ? 0 : b.level())
				.thenComparing(Bin::code))
			.toList();
		int checked = 0;
		for (Bin bin : candidates) {
			if (checked++ >= maxCandidates) {
				break;
			}
			BinLoad current = load.apply(bin);
			boolean mixed = current.skus().stream().anyMatch((sku) -> !sku.equals(product.sku()));
			if (!mixed && BinRules.fits(bin, zones.get(bin.zoneId()), product, quantity, current, beamWeight.applyAsLong(bin))) {
				return Optional.of(bin);
			}
		}
		return Optional.empty();
	}

	// Rectilinear floor distance from the slot (same zone) or from the zone's entry.
	private static double distance(Bin bin, @Nullable Bin slot, Zone zone) {
		if (slot != null && bin.zoneId() != null && bin.zoneId().equals(slot.zoneId())) {
			return Math.abs(bin.x() - slot.x()) + Math.abs(bin.y() - slot.y());
		}
		return Math.abs(bin.x() - zone.entryX()) + Math.abs(bin.y() - zone.entryY());
	}

}
