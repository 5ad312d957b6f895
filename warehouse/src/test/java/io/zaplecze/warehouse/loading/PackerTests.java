package io.zaplecze.warehouse.loading;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.warehouse.WarehouseProperties;

import static org.assertj.core.api.Assertions.assertThat;

class PackerTests {

	// Parcels up to 25 kg / 60 l, pallets up to 800 kg / 1.5 m³, pallets from 0.3 m³ of one class.
	private final Packer packer = new Packer(new WarehouseProperties.Packing(25_000, 60_000, 800_000, 1_500_000, 300_000));

	@Test
	void temperatureClassesNeverShareAHandlingUnit() {
		List<Packer.Unit> units = this.packer.pack(List.of(new Packer.Goods("DRY", 2, 1_000, 1_000, TemperatureClass.AMBIENT),
				new Packer.Goods("MILK", 2, 1_000, 1_000, TemperatureClass.CHILLED)));
		assertThat(units).hasSize(2);
		assertThat(units).allMatch((u) -> u.contents().size() == 1 && u.kind() == Packer.Kind.PARCEL);
	}

	@Test
	void aLineHeavierThanAParcelIsSplitOverParcelsWithinTheWeightLimit() {
		// 12 × 5 kg = 60 kg: three parcels of at most 25 kg (5 + 5 + 2 units)
		List<Packer.Unit> units = this.packer.pack(List.of(new Packer.Goods("WATER", 12, 5_000, 3_000, TemperatureClass.AMBIENT)));
		assertThat(units).hasSize(3);
		assertThat(units).allMatch((u) -> u.weightGrams() <= 25_000);
		assertThat(units.stream().mapToInt((u) -> u.contents().get("WATER")).sum()).isEqualTo(12);
	}

	@Test
	void bulkyOrdersGoOnPallets() {
		// 400 l of one class reaches the 300 l pallet threshold
		List<Packer.Unit> units = this.packer.pack(List.of(new Packer.Goods("BOX", 40, 2_000, 10_000, TemperatureClass.AMBIENT)));
		assertThat(units).singleElement().satisfies((u) -> {
			assertThat(u.kind()).isEqualTo(Packer.Kind.PALLET);
			assertThat(u.volumeCm3()).isEqualTo(400_000);
			assertThat(u.weightGrams()).isEqualTo(80_000);
		});
	}

}
