package io.zaplecze.warehouse.layout;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.platform.GeoPoint;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinRulesTests {

	private final Site site = new Site("T1", "Test", new GeoPoint(52, 21), ZoneId.of("Europe/Warsaw"), LocalTime.of(6, 0),
			LocalTime.of(22, 0), Instant.EPOCH);

	private final Zone ambient = new Zone(this.site.id(), "A", TemperatureClass.AMBIENT, 0, 0, Map.of(1, 300_000L));

	private final Bin bin = new Bin(this.site.id(), this.ambient.id(), "T1-A-01-01-1", BinKind.PICK_FACE, "01", 1, 1, 0, 2,
			100_000, 200_000);

	private static ProductView product(TemperatureClass temperature, long grams, long cm3) {
		return new ProductView("P", "P", "pcs", grams, cm3, temperature, RotationPolicy.FIFO, 0);
	}

	@Test
	void refusesAChilledProductInAnAmbientBin() {
		assertThatThrownBy(() -> BinRules.check(this.bin, this.ambient, product(TemperatureClass.CHILLED, 1, 1), 1,
				BinLoad.EMPTY, 0))
			.isInstanceOf(WrongTemperatureClass.class);
	}

	@Test
	void refusesVolumeOrWeightBeyondCapacity() {
		assertThatThrownBy(() -> BinRules.check(this.bin, this.ambient, product(TemperatureClass.AMBIENT, 1, 1_000), 60,
				new BinLoad(50_000, 0, Set.of("P")), 0))
			.isInstanceOf(BinCapacityExceeded.class);
		assertThatThrownBy(() -> BinRules.check(this.bin, this.ambient, product(TemperatureClass.AMBIENT, 10_000, 1), 21,
				BinLoad.EMPTY, 0))
			.isInstanceOf(BinCapacityExceeded.class);
		assertThatCode(() -> BinRules.check(this.bin, this.ambient, product(TemperatureClass.AMBIENT, 10_000, 1_000), 20,
				BinLoad.EMPTY, 0))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesOverloadingTheBeamOfTheLevel() {
		// 150 kg fits the bin but the beam already carries 200 kg of its 300 kg limit.
		assertThatThrownBy(() -> BinRules.check(this.bin, this.ambient, product(TemperatureClass.AMBIENT, 10_000, 1), 15,
				BinLoad.EMPTY, 200_000))
			.isInstanceOf(LevelWeightLimitExceeded.class);
	}

	@Test
	void refusesTheReceivingArea() {
		Bin receiving = new Bin(this.site.id(), null, "T1-RECV", BinKind.RECEIVING, null, null, null, 0, 0, 1_000_000, 1_000_000);
		assertThatThrownBy(() -> BinRules.check(receiving, this.ambient, product(TemperatureClass.AMBIENT, 1, 1), 1,
				BinLoad.EMPTY, 0))
			.isInstanceOf(NotAStorageBin.class);
	}

}
