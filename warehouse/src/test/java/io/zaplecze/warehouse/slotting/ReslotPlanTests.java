package io.zaplecze.warehouse.slotting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.warehouse.picking.AisleLayout;
import io.zaplecze.warehouse.picking.PickPathMethod;
import io.zaplecze.warehouse.picking.PickPoint;

import static org.assertj.core.api.Assertions.assertThat;

class ReslotPlanTests {

	private final SlottingRules rules = new SlottingRules(15_000, 1, 2, 0.5, PickPathMethod.LARGEST_GAP);

	private final SlottingOptimizer optimizer = new SlottingOptimizer(this.rules);

	private SlottingProblem problem;

	@BeforeEach
	void generate() {
		Random random = new Random(5);
		AisleLayout layout = new AisleLayout(List.of(2.0, 7.0, 12.0, 17.0, 22.0, 27.0), 0, 22, 14, -2);
		List<SlottingProblem.Bin> bins = new ArrayList<>();
		for (int a = 0; a < 6; a++) {
			for (int p = 0; p < 8; p++) {
				for (int level = 1; level <= 2; level++) {
					bins.add(new SlottingProblem.Bin("B" + a + "-" + p + "-" + level, "Z", new PickPoint(a, 1.5 + p * 2.7),
							level, TemperatureClass.AMBIENT, 500_000, 500_000));
				}
			}
		}
		List<SlottingProblem.Sku> skus = new ArrayList<>();
		for (int s = 0; s < 80; s++) {
			long unit = (s % 10 == 0) ? 20_000 : 1_000;
			skus.add(new SlottingProblem.Sku("S" + s, TemperatureClass.AMBIENT, 10_000, unit * 10, unit));
		}
		List<List<String>> orders = new ArrayList<>();
		for (int o = 0; o < 600; o++) {
			Set<String> lines = new HashSet<>();
			int n = 1 + random.nextInt(5);
			while (lines.size() < n) {
				// Skewed: low SKU numbers are ordered much more often.
				lines.add("S" + (int) Math.floor(80 * Math.pow(random.nextDouble(), 3)));
			}
			orders.add(new ArrayList<>(lines));
		}
		// The current slotting: SKUs in random bins (heavy ones on level 1).
		List<SlottingProblem.Bin> shuffled = new ArrayList<>(bins);
		java.util.Collections.shuffle(shuffled, random);
		Map<String, String> current = new HashMap<>();
		Set<String> used = new HashSet<>();
		for (SlottingProblem.Sku sku : skus) {
			for (SlottingProblem.Bin bin : shuffled) {
				if (!used.contains(bin.code()) && this.rules.fits(sku, bin)) {
					current.put(sku.sku(), bin.code());
					used.add(bin.code());
					break;
				}
			}
		}
		this.problem = new SlottingProblem(List.of(new SlottingProblem.Zone("Z", layout)), bins, skus, orders, current);
	}

	@Test
	void aPlanNeverMovesMoreProductsThanAllowed() {
		for (int k : new int[] { 0, 1, 2, 5, 17 }) {
			ReslotPlan plan = this.optimizer.reslot(this.problem, k, Duration.ofMillis(300), 1);
			assertThat(plan.moves()).hasSizeLessThanOrEqualTo(k);
			assertThat(plan.travelAfterMeters()).isLessThanOrEqualTo(plan.travelBeforeMeters());
		}
		assertThat(this.optimizer.reslot(this.problem, 0, Duration.ofMillis(100), 1).moves()).isEmpty();
	}

	@Test
	void moreMovesSaveMoreAndTheSavingIsWhatTheMovesAchieve() {
		ReslotPlan few = this.optimizer.reslot(this.problem, 4, Duration.ofMillis(400), 1);
		ReslotPlan many = this.optimizer.reslot(this.problem, 60, Duration.ofMillis(400), 1);
		assertThat(few.savingPercent()).isPositive();
		assertThat(many.savingPercent()).isGreaterThanOrEqualTo(few.savingPercent());
		Map<String, String> after = new HashMap<>(this.problem.current());
		many.moves().forEach((m) -> after.put(m.sku(), m.toBin()));
		assertThat(new HashSet<>(after.values())).hasSize(after.size());
		assertThat(this.optimizer.travelPerOrder(this.problem, after, this.problem.orders()))
			.isCloseTo(many.travelAfterMeters(), org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void heavyProductsStayLowAndEveryProductKeepsASlot() {
		Map<String, String> slotting = this.optimizer.optimise(this.problem, Duration.ofMillis(300), 3);
		assertThat(slotting).hasSize(80);
		Map<String, SlottingProblem.Bin> bins = new HashMap<>();
		this.problem.bins().forEach((b) -> bins.put(b.code(), b));
		for (SlottingProblem.Sku sku : this.problem.skus()) {
			if (sku.unitWeightGrams() >= 15_000) {
				assertThat(bins.get(slotting.get(sku.sku())).level()).isEqualTo(1);
			}
		}
		assertThat(this.optimizer.travelPerOrder(this.problem, slotting, this.problem.orders()))
			.isLessThan(this.optimizer.travelPerOrder(this.problem, this.problem.current(), this.problem.orders()));
	}

	@Test
	void productsOrderedTogetherMoveTogetherWhenOnlyTheGroupMoveSaves() {
		// Four products always ordered among themselves sit in the far-left aisle; the entry is at
		// the fourth aisle. Moving any one alone adds an aisle to its orders; moving all four saves.
		AisleLayout layout = new AisleLayout(List.of(2.6, 7.8, 13.0, 18.2, 23.4, 28.6), 2.35, 17.85, 20, -4);
		List<SlottingProblem.Bin> bins = new ArrayList<>();
		for (int a = 0; a < 6; a++) {
			for (int p = 0; p < 6; p++) {
				bins.add(new SlottingProblem.Bin("A" + a + "-" + p, "Z", new PickPoint(a, 3.35 + 2.7 * p), 1,
						TemperatureClass.AMBIENT, 500_000, 500_000));
			}
		}
		List<SlottingProblem.Sku> skus = new ArrayList<>();
		for (int s = 0; s < 4; s++) {
			skus.add(new SlottingProblem.Sku("G" + s, TemperatureClass.AMBIENT, 1_000, 1_000, 100));
		}
		Random random = new Random(1);
		List<List<String>> orders = new ArrayList<>();
		for (int o = 0; o < 300; o++) {
			Set<String> lines = new HashSet<>();
			int n = 1 + random.nextInt(3);
			while (lines.size() < n) {
				lines.add("G" + random.nextInt(4));
			}
			orders.add(new ArrayList<>(lines));
		}
		SlottingProblem problem = new SlottingProblem(List.of(new SlottingProblem.Zone("Z", layout)), bins, skus, orders,
				Map.of("G0", "A0-0", "G1", "A0-1", "G2", "A0-2", "G3", "A0-3"));
		ReslotPlan plan = this.optimizer.reslot(problem, 4, Duration.ofMillis(1500), 1);
		assertThat(plan.moves()).hasSize(4);
		// One product moved alone saves nothing; the group moved to the aisle by the entry saves about half.
		assertThat(plan.savingPercent()).isGreaterThan(25);
		assertThat(this.optimizer.reslot(problem, 3, Duration.ofMillis(600), 1).moves()).hasSizeLessThanOrEqualTo(3);
	}

}
