package io.zaplecze.warehouse.putaway;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.BinKind;
import io.zaplecze.warehouse.layout.BinLoad;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.Zone;

import static org.assertj.core.api.Assertions.assertThat;

class PutawayRulesTests {

	private final Site site = new Site("T1", "Test", new GeoPoint(52, 21), ZoneId.of("Europe/Warsaw"), LocalTime.of(6, 0),
			LocalTime.of(22, 0), Instant.EPOCH);

	// Beams of the ambient zone's level 2 carry at most 100 kg.
	private final Zone ambient = new Zone(this.site.id(), "A", TemperatureClass.AMBIENT, 0, -2, Map.of(2, 100_000L));

	private final Zone chilled = new Zone(this.site.id(), "C", TemperatureClass.CHILLED, 50, -2, Map.of());

	private final Map<UUID, Zone> zones = Map.of(this.ambient.id(), this.ambient, this.chilled.id(), this.chilled);

	private final Bin a1 = bin(this.ambient, "T1-A-01-01-1", 1, 1, 0, 2);

	private final Bin a2 = bin(this.ambient, "T1-A-01-03-1", 3, 1, 0, 8);

	private final Bin a3 = bin(this.ambient, "T1-A-01-05-1", 5, 1, 0, 14);

	private final Bin a1high = bin(this.ambient, "T1-A-01-01-2", 1, 2, 0, 2);

	private final Bin c1 = bin(this.chilled, "T1-C-01-01-1", 1, 1, 50, 2);

	private final Bin c2 = bin(this.chilled, "T1-C-01-03-1", 3, 1, 50, 8);

	private final List<Bin> bins = List.of(this.a1, this.a2, this.a3, this.a1high, this.c1, this.c2);

	private final Map<String, BinLoad> loads = new HashMap<>();

	private static Bin bin(Zone zone, String code, int bay, int level, double x, double y) {
		// 100 l and 200 kg per bin
		return new Bin(zone.siteId(), zone.id(), code, BinKind.PICK_FACE, "01", bay, level, x, y, 100_000, 200_000);
	}

	private static ProductView product(String sku, TemperatureClass temperature, long grams, long cm3) {
		return new ProductView(sku, sku, "pcs", grams, cm3, temperature, RotationPolicy.FEFO, 0);
	}

	private Optional<Bin> suggest(ProductView product, int quantity, Bin slot, Set<String> otherSlots) {
		return PutawayRules.suggest(product, quantity, slot, this.bins, this.zones, otherSlots,
				(b) -> this.loads.getOrDefault(b.code(), BinLoad.EMPTY),
				(b) -> this.bins.stream()
					.filter((o) -> o.aisle().equals(b.aisle()) && o.bay().equals(b.bay()) && o.level().equals(b.level())
							&& o.zoneId().equals(b.zoneId()))
					.mapToLong((o) -> this.loads.getOrDefault(o.code(), BinLoad.EMPTY).weightGrams())
					.sum(),
				10);
	}

	@Test
	void suggestsTheProductsOwnSlotWhenItHasRoom() {
		ProductView rice = product("RICE", TemperatureClass.AMBIENT, 1_000, 1_000);
		this.loads.put(this.a2.code(), new BinLoad(50_000, 50_000, Set.of("RICE")));
		assertThat(suggest(rice, 40, this.a2, Set.of())).contains(this.a2);
	}

	@Test
	void suggestsTheNearestCompatibleBinToAFullSlot() {
		ProductView rice = product("RICE", TemperatureClass.AMBIENT, 1_000, 1_000);
		this.loads.put(this.a2.code(), new BinLoad(90_000, 90_000, Set.of("RICE")));
		// a1 is 6 m from the slot a2 (same level), a3 6 m too but further in code order; a1high is a level up.
		assertThat(suggest(rice, 40, this.a2, Set.of())).contains(this.a1);
	}

	@Test
	void neverSuggestsAnAmbientBinForAChilledProduct() {
		ProductView milk = product("MILK", TemperatureClass.CHILLED, 1_000, 1_000);
		this.loads.put(this.c1.code(), new BinLoad(99_000, 1_000, Set.of("MILK")));
		this.loads.put(this.c2.code(), new BinLoad(99_000, 1_000, Set.of("MILK")));
		// Both chilled bins are full; empty ambient bins are not an option.
		assertThat(suggest(milk, 10, null, Set.of())).isEmpty();
		this.loads.remove(this.c2.code());
		assertThat(suggest(milk, 10, null, Set.of())).contains(this.c2);
	}

	@Test
	void skipsBinsHoldingAnotherProductAndOtherProductsSlots() {
		ProductView rice = product("RICE", TemperatureClass.AMBIENT, 1_000, 1_000);
		this.loads.put(this.a1.code(), new BinLoad(1_000, 1_000, Set.of("PASTA")));
		assertThat(suggest(rice, 10, null, Set.of(this.a1high.code(), this.a2.code()))).contains(this.a3);
	}

	@Test
	void respectsTheBinCapacityAndTheBeamLimitOfTheLevel() {
		ProductView water = product("WATER", TemperatureClass.AMBIENT, 10_000, 1_000);
		// 15 × 10 kg = 150 kg fits the 200 kg bin on level 1 but not the 100 kg beam of level 2.
		List<Bin> onlyHigh = List.of(this.a1high);
		assertThat(PutawayRules.suggest(water, 15, null, onlyHigh, this.zones, Set.of(), (b) -> BinLoad.EMPTY, (b) -> 0, 10)).isEmpty();
		assertThat(PutawayRules.suggest(water, 9, null, onlyHigh, this.zones, Set.of(), (b) -> BinLoad.EMPTY, (b) -> 0, 10))
			.contains(this.a1high);
		// 25 × 10 kg overflows any 200 kg bin.
		assertThat(suggest(water, 25, null, Set.of())).isEmpty();
	}

}
