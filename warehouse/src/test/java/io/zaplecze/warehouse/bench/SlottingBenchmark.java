package io.zaplecze.warehouse.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.warehouse.picking.AisleLayout;
import io.zaplecze.warehouse.picking.PickPathMethod;
import io.zaplecze.warehouse.picking.PickPoint;
import io.zaplecze.warehouse.slotting.ReslotPlan;
import io.zaplecze.warehouse.slotting.SlottingOptimizer;
import io.zaplecze.warehouse.slotting.SlottingProblem;
import io.zaplecze.warehouse.slotting.SlottingRules;

/**
 * Slotting benchmark on a generated warehouse: 20 aisles × 30 bays × 4 levels (bays on both sides
 * of each aisle, 2.7 m wide, so 15 stops per aisle), 2,000 SKUs, 10,000 historical orders with a
 * skewed demand (Zipf over 200 product families and within each family) and co-ordering (most
 * lines of an order come from one or two families). The first 8,000 orders train the slotting;
 * travel is simulated on the 2,000 held-out orders with the same pick-path method for every policy.
 *
 * <pre>
 * ./mvnw -B -q -pl warehouse test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.warehouse.bench.SlottingBenchmark -Dexec.args="[seconds] [seed]"
 * </pre>
 */
public final class SlottingBenchmark {

	private static final int AISLES = 20;

	private static final int BAYS = 30;

	private static final int LEVELS = 4;

	private static final int SKUS = 2_000;

	private static final int FAMILIES = 200;

	private static final int ORDERS = 10_000;

	private static final int TRAINING = 8_000;

	private SlottingBenchmark() {
	}

	public static void main(String[] args) {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		long seed = (args.length > 1) ? Long.parseLong(args[1]) : 7;
		Random random = new Random(seed);
		Warehouse w = generate(random);
		List<List<String>> training = w.orders.subList(0, TRAINING);
		List<List<String>> heldOut = w.orders.subList(TRAINING, ORDERS);
		SlottingProblem problem = new SlottingProblem(List.of(new SlottingProblem.Zone("A", w.layout)), w.bins, w.skus,
				training, Map.of());
		SlottingRules rules = new SlottingRules(15_000, 1, 2, 0.0, PickPathMethod.LARGEST_GAP);
		SlottingOptimizer optimizer = new SlottingOptimizer(rules);

		Map<String, String> randomSlotting = randomSlotting(w, rules, new Random(seed + 1));
		Map<String, String> abc = abcSlotting(w, training, rules, new Random(seed + 2));
		Map<String, String> turnover = turnoverSlotting(w, training, rules);
		long start = System.nanoTime();
		Map<String, String> constructed = optimizer.construct(problem);
		Map<String, String> ours = optimizer.optimise(problem, Duration.ofSeconds(seconds), seed);
		double solveSeconds = (System.nanoTime() - start) / 1e9;

		System.out.printf(Locale.ROOT, "warehouse: %d aisles x %d bays x %d levels = %d bins, %d SKUs, %d orders (%d training, %d held out), mean %.2f lines/order%n",
				AISLES, BAYS, LEVELS, w.bins.size(), SKUS, ORDERS, TRAINING, ORDERS - TRAINING,
				heldOut.stream().mapToInt(List::size).average().orElse(0));
		System.out.printf(Locale.ROOT, "ours: construction + %d s local search, %.1f s in all%n", seconds, solveSeconds);
		System.out.printf(Locale.ROOT, "training orders, largest gap: ABC %.1f m, ours construction %.1f m, ours %.1f m%n",
				optimizer.travelPerOrder(problem, abc, training), optimizer.travelPerOrder(problem, constructed, training),
				optimizer.travelPerOrder(problem, ours, training));
		for (PickPathMethod method : List.of(PickPathMethod.LARGEST_GAP, PickPathMethod.S_SHAPE)) {
			SlottingOptimizer eval = new SlottingOptimizer(new SlottingRules(15_000, 1, 2, 0.0, method));
			double r = eval.travelPerOrder(problem, randomSlotting, heldOut);
			double a = eval.travelPerOrder(problem, abc, heldOut);
			double t = eval.travelPerOrder(problem, turnover, heldOut);
			double c = eval.travelPerOrder(problem, constructed, heldOut);
			double o = eval.travelPerOrder(problem, ours, heldOut);
			System.out.printf(Locale.ROOT, "%n%s routing, travel per held-out order:%n", method);
			System.out.printf(Locale.ROOT, "  random              %8.1f m%n", r);
			System.out.printf(Locale.ROOT, "  ABC (20/30/50)      %8.1f m   %5.1f%% less than random%n", a, pct(r, a));
			System.out.printf(Locale.ROOT, "  full turnover       %8.1f m   %5.1f%% less than random%n", t, pct(r, t));
			System.out.printf(Locale.ROOT, "  ours, construction  %8.1f m   %5.1f%% less than random, %5.1f%% less than ABC%n", c, pct(r, c), pct(a, c));
			System.out.printf(Locale.ROOT, "  ours                %8.1f m   %5.1f%% less than random, %5.1f%% less than ABC%n", o, pct(r, o), pct(a, o));
		}
		SlottingProblem fromAbc = new SlottingProblem(problem.zones(), problem.bins(), problem.skus(), training, abc);
		System.out.printf(Locale.ROOT, "%nre-slot plans starting from ABC, largest gap (expected = training orders, held out = the 2,000 others):%n");
		double abcHeldOut = optimizer.travelPerOrder(problem, abc, heldOut);
		for (int k : new int[] { 50, 200, 800 }) {
			ReslotPlan plan = optimizer.reslot(fromAbc, k, Duration.ofSeconds(Math.max(2, seconds / 3)), seed);
			Map<String, String> after = new HashMap<>(abc);
			plan.moves().forEach((m) -> after.put(m.sku(), m.toBin()));
			double heldOutAfter = optimizer.travelPerOrder(problem, after, heldOut);
			System.out.printf(Locale.ROOT,
					"  K=%4d: %4d moves, expected %.1f m -> %.1f m per order (%.1f%%), held out %.1f m -> %.1f m (%.1f%%)%n", k,
					plan.moves().size(), plan.travelBeforeMeters(), plan.travelAfterMeters(), plan.savingPercent(), abcHeldOut,
					heldOutAfter, pct(abcHeldOut, heldOutAfter));
		}
	}

	private static double pct(double base, double value) {
		return 100 * (base - value) / base;
	}

	record Warehouse(AisleLayout layout, List<SlottingProblem.Bin> bins, List<SlottingProblem.Sku> skus,
			List<List<String>> orders) {
	}

	static Warehouse generate(Random random) {
		double pitch = 5.2;
		double bayWidth = 2.7;
		double front = 0;
		double back = 2.0 + bayWidth * (BAYS / 2) + 2.0;
		List<Double> aisleX = new ArrayList<>();
		for (int a = 0; a < AISLES; a++) {
			aisleX.add(pitch / 2 + a * pitch);
		}
		AisleLayout layout = new AisleLayout(aisleX, front, back, AISLES * pitch / 2, -3.0);
		List<SlottingProblem.Bin> bins = new ArrayList<>();
		for (int a = 0; a < AISLES; a++) {
			for (int bay = 1; bay <= BAYS; bay++) {
				double y = 2.0 + bayWidth * ((bay - 1) / 2) + bayWidth / 2;
				for (int level = 1; level <= LEVELS; level++) {
					bins.add(new SlottingProblem.Bin(String.format(Locale.ROOT, "A%02d-%02d-%d", a + 1, bay, level), "A",
							new PickPoint(a, y), level, TemperatureClass.AMBIENT, (level == 1) ? 1_200_000 : 600_000,
							(level == 1) ? 1_000_000 : 500_000));
				}
			}
		}
		List<SlottingProblem.Sku> skus = new ArrayList<>();
		for (int s = 0; s < SKUS; s++) {
			long unitWeight = Math.round(Math.exp(random.nextGaussian() * 1.1 + Math.log(1_500)));
			long unitVolume = Math.max(100, Math.round(unitWeight * (0.8 + random.nextDouble() * 2.5)));
			long facing = 20 + random.nextInt(120);
			long slotVolume = Math.min(1_100_000, unitVolume * facing);
			long slotWeight = Math.min(900_000, unitWeight * facing);
			skus.add(new SlottingProblem.Sku(String.format(Locale.ROOT, "SKU-%04d", s), TemperatureClass.AMBIENT,
					slotVolume, slotWeight, unitWeight));
		}
		// Demand: families ranked by a Zipf law, SKUs within a family too; SKU ids are shuffled so
		// that neither popularity nor family shows in the id.
		List<Integer> ids = new ArrayList<>();
		for (int s = 0; s < SKUS; s++) {
			ids.add(s);
		}
		Collections.shuffle(ids, random);
		int perFamily = SKUS / FAMILIES;
		double[] familyWeight = zipf(FAMILIES, 0.9);
		double[] withinWeight = zipf(perFamily, 1.1);
		double[] skuWeight = new double[SKUS];
		int[][] family = new int[FAMILIES][perFamily];
		for (int f = 0; f < FAMILIES; f++) {
			for (int i = 0; i < perFamily; i++) {
				int sku = ids.get(f * perFamily + i);
				family[f][i] = sku;
				skuWeight[sku] = familyWeight[f] * withinWeight[i];
			}
		}
		double[] familyCdf = cdf(familyWeight);
		double[] withinCdf = cdf(withinWeight);
		double[] skuCdf = cdf(skuWeight);
		List<List<String>> orders = new ArrayList<>();
		for (int o = 0; o < ORDERS; o++) {
			int lines = Math.min(25, 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 4.0));
			int primary = draw(familyCdf, random);
			int secondary = draw(familyCdf, random);
			Set<Integer> chosen = new HashSet<>();
			int attempts = 0;
			while (chosen.size() < lines && attempts++ < lines * 10) {
				double u = random.nextDouble();
				int sku = (u < 0.6) ? family[primary][draw(withinCdf, random)]
						: (u < 0.75) ? family[secondary][draw(withinCdf, random)] : draw(skuCdf, random);
				chosen.add(sku);
			}
			orders.add(chosen.stream().map((s) -> skus.get(s).sku()).toList());
		}
		return new Warehouse(layout, bins, skus, orders);
	}

	private static double[] zipf(int n, double exponent) {
		double[] w = new double[n];
		for (int i = 0; i < n; i++) {
			w[i] = 1 / Math.pow(i + 1, exponent);
		}
		return w;
	}

	private static double[] cdf(double[] weights) {
		double[] c = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			c[i] = sum;
		}
		for (int i = 0; i < c.length; i++) {
			c[i] /= sum;
		}
		return c;
	}

	private static int draw(double[] cdf, Random random) {
		int i = Arrays.binarySearch(cdf, random.nextDouble());
		return Math.min(cdf.length - 1, (i >= 0) ? i : -i - 1);
	}

	private static Map<String, String> randomSlotting(Warehouse w, SlottingRules rules, Random random) {
		List<SlottingProblem.Bin> bins = new ArrayList<>(w.bins);
		Collections.shuffle(bins, random);
		return placeInOrder(w.skus, bins, rules);
	}

	// Classic class-based storage: A (top 20% of SKUs by pick frequency), B (next 30%), C (rest);
	// bins ranked by walking distance from the entry form the A, B and C zones; random within a class.
	private static Map<String, String> abcSlotting(Warehouse w, List<List<String>> training, SlottingRules rules,
			Random random) {
		List<SlottingProblem.Sku> ranked = byFrequency(w, training);
		List<SlottingProblem.Bin> bins = byDistance(w);
		int a = SKUS / 5;
		int b = a + SKUS * 3 / 10;
		List<SlottingProblem.Bin> ordered = new ArrayList<>();
		List<SlottingProblem.Sku> skus = new ArrayList<>();
		int[][] classes = { { 0, a }, { a, b }, { b, SKUS } };
		for (int[] c : classes) {
			List<SlottingProblem.Sku> members = new ArrayList<>(ranked.subList(c[0], c[1]));
			Collections.shuffle(members, random);
			skus.addAll(members);
			int binEnd = (c[1] == SKUS) ? bins.size() : c[1];
			List<SlottingProblem.Bin> zone = new ArrayList<>(bins.subList(c[0], binEnd));
			Collections.shuffle(zone, random);
			ordered.addAll(zone);
		}
		return placeInOrder(skus, ordered, rules);
	}

	// Full turnover-based storage: the n-th fastest mover in the n-th closest bin.
	private static Map<String, String> turnoverSlotting(Warehouse w, List<List<String>> training, SlottingRules rules) {
		return placeInOrder(byFrequency(w, training), byDistance(w), rules);
	}

	private static List<SlottingProblem.Sku> byFrequency(Warehouse w, List<List<String>> training) {
		Map<String, Integer> frequency = new HashMap<>();
		training.forEach((order) -> order.forEach((sku) -> frequency.merge(sku, 1, Integer::sum)));
		List<SlottingProblem.Sku> ranked = new ArrayList<>(w.skus);
		ranked.sort(Comparator.comparingInt((SlottingProblem.Sku s) -> -frequency.getOrDefault(s.sku(), 0)));
		return ranked;
	}

	private static List<SlottingProblem.Bin> byDistance(Warehouse w) {
		List<SlottingProblem.Bin> bins = new ArrayList<>(w.bins);
		bins.sort(Comparator.comparingDouble((SlottingProblem.Bin b) -> w.layout.distanceFromEntry(b.point()))
			.thenComparingInt(SlottingProblem.Bin::level));
		return bins;
	}

	// Each SKU in turn takes the first free bin of the list it fits (temperature, capacity, heavy low).
	private static Map<String, String> placeInOrder(List<SlottingProblem.Sku> skus, List<SlottingProblem.Bin> bins,
			SlottingRules rules) {
		Map<String, String> assignment = new HashMap<>();
		boolean[] taken = new boolean[bins.size()];
		for (SlottingProblem.Sku sku : skus) {
			for (int i = 0; i < bins.size(); i++) {
				SlottingProblem.Bin bin = bins.get(i);
				if (!taken[i] && sku.slotVolumeCm3() <= bin.capacityVolumeCm3()
						&& sku.slotWeightGrams() <= bin.capacityWeightGrams()
						&& (sku.unitWeightGrams() < rules.heavyUnitWeightGrams() || bin.level() <= rules.heavyMaxLevel())) {
					assignment.put(sku.sku(), bin.code());
					taken[i] = true;
					break;
				}
			}
		}
		return assignment;
	}

}
