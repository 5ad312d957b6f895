package io.zaplecze.warehouse.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockManagement;

import org.springframework.stereotype.Component;

/**
 * Loads of bins and beams computed from inventory's stock (the single source of truth for what is
 * where) and the products' unit weights and volumes.
 */
@Component
public class BinOccupancy {

	private final StockManagement stock;

	private final LayoutService layout;

	BinOccupancy(StockManagement stock, LayoutService layout) {
		this.stock = stock;
		this.layout = layout;
	}

	public BinLoad load(Bin bin) {
		List<StockLevel> levels = this.stock.stockAt(bin.code());
		if (levels.isEmpty()) {
			return BinLoad.EMPTY;
		}
		Set<String> skus = levels.stream().filter((l) -> l.onHand() > 0).map(StockLevel::sku).collect(Collectors.toSet());
		Map<String, ProductView> products = this.stock.products(skus)
			.stream()
			.collect(Collectors.toMap(ProductView::sku, Function.identity()));
		long volume = 0;
		long weight = 0;
		for (StockLevel level : levels) {
			ProductView product = products.get(level.sku());
			if (product != null) {
				volume += product.volumeCm3() * level.onHand();
				weight += product.weightGrams() * level.onHand();
			}
		}
		return new BinLoad(volume, weight, new HashSet<>(skus));
	}

	/** Weight on the beam the bin sits on: all bins of the zone with the same aisle, bay and level. */
	public long beamWeight(Bin bin, List<Bin> zoneBins) {
		long total = 0;
		for (Bin other : zoneBins) {
			if (java.util.Objects.equals(other.aisle(), bin.aisle()) && java.util.Objects.equals(other.bay(), bin.bay())
					&& java.util.Objects.equals(other.level(), bin.level())) {
				total += load(other).weightGrams();
			}
		}
		return total;
	}

	/** Checks that the product may go into the bin now; throws the named failure otherwise. */
	public void check(Bin bin, ProductView product, int quantity) {
		if (bin.zoneId() == null) {
			throw new NotAStorageBin("Bin " + bin.code() + " is a " + bin.kind() + " area, not a storage bin");
		}
		Zone zone = this.layout.zone(bin.zoneId());
		BinRules.check(bin, zone, product, quantity, load(bin), beamWeight(bin, this.layout.binsOfZone(zone.id())));
	}

}
