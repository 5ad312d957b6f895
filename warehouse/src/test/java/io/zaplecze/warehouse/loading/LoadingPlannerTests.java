package io.zaplecze.warehouse.loading;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.TemperatureClass;

import static org.assertj.core.api.Assertions.assertThat;

class LoadingPlannerTests {

	private static LoadingPlanner.Item item(String label, int stop, Packer.Kind kind, TemperatureClass temperature, long grams) {
		return new LoadingPlanner.Item(UUID.randomUUID(), label, UUID.randomUUID(), stop, kind, temperature, grams);
	}

	@Test
	void lastStopIsLoadedFirstAndWithinAStopPalletsAndHeavyGoodsFirst() {
		List<LoadingPlanner.Step> steps = LoadingPlanner.plan(List.of(item("s1", 1, Packer.Kind.PARCEL, TemperatureClass.AMBIENT, 5_000),
				item("s3-light", 3, Packer.Kind.PARCEL, TemperatureClass.AMBIENT, 2_000),
				item("s2", 2, Packer.Kind.PARCEL, TemperatureClass.AMBIENT, 9_000),
				item("s3-pallet", 3, Packer.Kind.PALLET, TemperatureClass.AMBIENT, 1_000),
				item("s3-heavy", 3, Packer.Kind.PARCEL, TemperatureClass.AMBIENT, 20_000)), false);
		assertThat(steps).extracting((s) -> s.item().label()).containsExactly("s3-pallet", "s3-heavy", "s3-light", "s2", "s1");
		assertThat(steps).extracting(LoadingPlanner.Step::position).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void chilledAndFrozenGoodsGoIntoTheRefrigeratedCompartment() {
		List<LoadingPlanner.Step> steps = LoadingPlanner.plan(List.of(item("dry", 1, Packer.Kind.PARCEL, TemperatureClass.AMBIENT, 1),
				item("milk", 1, Packer.Kind.PARCEL, TemperatureClass.CHILLED, 1),
				item("ice", 2, Packer.Kind.PARCEL, TemperatureClass.FROZEN, 1)), true);
		assertThat(steps).allMatch((s) -> s.problem() == null);
		assertThat(steps).filteredOn((s) -> s.item().label().equals("dry"))
			.extracting(LoadingPlanner.Step::compartment)
			.containsExactly(LoadingPlanner.Compartment.AMBIENT);
		assertThat(steps).filteredOn((s) -> !s.item().label().equals("dry"))
			.extracting(LoadingPlanner.Step::compartment)
			.containsOnly(LoadingPlanner.Compartment.REFRIGERATED);
	}

	@Test
	void coldGoodsOnAVehicleWithoutRefrigerationAreFlagged() {
		List<LoadingPlanner.Step> steps = LoadingPlanner.plan(List.of(item("milk", 1, Packer.Kind.PARCEL, TemperatureClass.CHILLED, 1),
				item("dry", 1, Packer.Kind.PARCEL, TemperatureClass.AMBIENT, 1)), false);
		assertThat(steps).filteredOn((s) -> s.item().label().equals("milk")).allMatch((s) -> s.problem() != null);
		assertThat(steps).filteredOn((s) -> s.item().label().equals("dry")).allMatch((s) -> s.problem() == null);
	}

}
