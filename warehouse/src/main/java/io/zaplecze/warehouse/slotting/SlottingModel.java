package io.zaplecze.warehouse.slotting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zaplecze.warehouse.picking.AisleLayout;
import io.zaplecze.warehouse.picking.PickPathPlanner;

/**
 * The slotting problem compiled to arrays, with the cost of orders under an assignment. Every
 * order is walked zone by zone with the rules' pick-path method; the cost of an order is its
 * travel plus the off-golden-zone penalty of its lines.
 */
final class SlottingModel {

	final SlottingProblem problem;

	final SlottingRules rules;

	final AisleLayout[] layouts;

	final int binCount;

	final int[] binZone;

	final int[] binAisle;

	final double[] binY;

	final int[] binLevel;

	/** Bins of each zone. */
	final int[][] zoneBins;

	/** Bins of each (zone, aisle), ascending depth; indexed by zone, then aisle. */
	final int[][][] aisleBins;

	/** The bins at the same aisle and depth (other levels and the opposite face). */
	final int[][] stackOf;

	final int skuCount;

	final boolean[][] fits;

	final int[][] orders;

	final int[][] skuOrders;

	final int[] frequency;

	final Map<String, Integer> binIndex = new HashMap<>();

	final Map<String, Integer> skuIndex = new HashMap<>();

	private final int maxLines;

	SlottingModel(SlottingProblem problem, SlottingRules rules, List<List<String>> history) {
		this.problem = problem;
		this.rules = rules;
		Map<String, Integer> zoneIndex = new LinkedHashMap<>();
		this.layouts = new AisleLayout[problem.zones().size()];
		for (int z = 0; z < this.layouts.length; z++) {
			zoneIndex.put(problem.zones().get(z).code(), z);
			this.layouts[z] = problem.zones().get(z).layout();
		}
		this.binCount = problem.bins().size();
		this.binZone = new int[this.binCount];
		this.binAisle = new int[this.binCount];
		this.binY = new double[this.binCount];
		this.binLevel = new int[this.binCount];
		List<List<Integer>> byZone = new ArrayList<>();
		List<Map<Integer, List<Integer>>> byAisle = new ArrayList<>();
		for (int z = 0; z < this.layouts.length; z++) {
			byZone.add(new ArrayList<>());
			byAisle.add(new HashMap<>());
		}
		Map<String, List<Integer>> stacks = new HashMap<>();
		for (int b = 0; b < this.binCount; b++) {
			SlottingProblem.Bin bin = problem.bins().get(b);
			Integer z = zoneIndex.get(bin.zone());
			if (z == null) {
				throw new IllegalArgumentException("Bin " + bin.code() + " is in unknown zone " + bin.zone());
			}
			this.binIndex.put(bin.code(), b);
			this.binZone[b] = z;
			this.binAisle[b] = bin.point().aisle();
			this.binY[b] = bin.point().y();
			this.binLevel[b] = bin.level();
			byZone.get(z).add(b);
			byAisle.get(z).computeIfAbsent(bin.point().aisle(), (a) -> new ArrayList<>()).add(b);
			stacks.computeIfAbsent(z + "/" + bin.point().aisle() + "/" + bin.point().y(), (k) -> new ArrayList<>()).add(b);
		}
		this.zoneBins = byZone.stream().map((l) -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		this.aisleBins = new int[this.layouts.length][][];
		for (int z = 0; z < this.layouts.length; z++) {
			this.aisleBins[z] = new int[this.layouts[z].aisleX().size()][];
			for (int a = 0; a < this.aisleBins[z].length; a++) {
				List<Integer> list = byAisle.get(z).getOrDefault(a, List.of());
				this.aisleBins[z][a] = list.stream().sorted((i, j) -> Double.compare(this.binY[i], this.binY[j]))
					.mapToInt(Integer::intValue).toArray();
			}
		}
		this.stackOf = new int[this.binCount][];
		for (List<Integer> stack : stacks.values()) {
			int[] members = stack.stream().mapToInt(Integer::intValue).toArray();
			for (int b : members) {
				this.stackOf[b] = members;
			}
		}
		this.skuCount = problem.skus().size();
		this.fits = new boolean[this.skuCount][this.binCount];
		for (int s = 0; s < this.skuCount; s++) {
			this.skuIndex.put(problem.skus().get(s).sku(), s);
			for (int b = 0; b < this.binCount; b++) {
				this.fits[s][b] = rules.fits(problem.skus().get(s), problem.bins().get(b));
			}
		}
		this.orders = compileOrders(history);
		this.frequency = new int[this.skuCount];
		int[] counts = new int[this.skuCount];
		int longest = 1;
		for (int[] order : this.orders) {
			longest = Math.max(longest, order.length);
			for (int s : order) {
				this.frequency[s]++;
			}
			for (int s : distinct(order)) {
				counts[s]++;
			}
		}
		this.maxLines = longest;
		this.skuOrders = new int[this.skuCount][];
		for (int s = 0; s < this.skuCount; s++) {
			this.skuOrders[s] = new int[counts[s]];
		}
		int[] fill = new int[this.skuCount];
		for (int o = 0; o < this.orders.length; o++) {
			for (int s : distinct(this.orders[o])) {
				this.skuOrders[s][fill[s]++] = o;
			}
		}
	}

	int[][] compileOrders(List<List<String>> history) {
		List<int[]> compiled = new ArrayList<>(history.size());
		for (List<String> order : history) {
			int[] lines = order.stream().map(this.skuIndex::get).filter((i) -> i != null).mapToInt(Integer::intValue).toArray();
			if (lines.length > 0) {
				compiled.add(lines);
			}
		}
		return compiled.toArray(int[][]::new);
	}

	private static int[] distinct(int[] order) {
		return Arrays.stream(order).distinct().toArray();
	}

	/** Assignment arrays from a SKU-to-bin map; unknown or unfit entries are dropped. */
	int[] skuBins(Map<String, String> assignment) {
		int[] skuBin = new int[this.skuCount];
		Arrays.fill(skuBin, -1);
		boolean[] taken = new boolean[this.binCount];
		assignment.forEach((sku, bin) -> {
			Integer s = this.skuIndex.get(sku);
			Integer b = this.binIndex.get(bin);
			if (s != null && b != null && !taken[b] && this.fits[s][b]) {
				skuBin[s] = b;
				taken[b] = true;
			}
		});
		return skuBin;
	}

	Map<String, String> toMap(int[] skuBin) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int s = 0; s < this.skuCount; s++) {
			if (skuBin[s] >= 0) {
				map.put(this.problem.skus().get(s).sku(), this.problem.bins().get(skuBin[s]).code());
			}
		}
		return map;
	}

	/** Scratch space for costing orders; one per thread. */
	final class Scratch {

		final int[] aisle = new int[SlottingModel.this.maxLines];

		final double[] y = new double[SlottingModel.this.maxLines];

		final boolean[] done = new boolean[SlottingModel.this.maxLines];

	}

	Scratch scratch() {
		return new Scratch();
	}

	/** Travel of one order in metres, zone by zone (lines of unslotted products are not walked to). */
	double travel(int[] order, int[] skuBin, Scratch scratch) {
		double total = 0;
		Arrays.fill(scratch.done, 0, order.length, false);
		for (int i = 0; i < order.length; i++) {
			if (scratch.done[i] || skuBin[order[i]] < 0) {
				continue;
			}
			int zone = this.binZone[skuBin[order[i]]];
			int n = 0;
			for (int j = i; j < order.length; j++) {
				int b = skuBin[order[j]];
				if (!scratch.done[j] && b >= 0 && this.binZone[b] == zone) {
					scratch.done[j] = true;
					scratch.aisle[n] = this.binAisle[b];
					scratch.y[n] = this.binY[b];
					n++;
				}
			}
			total += PickPathPlanner.length(this.layouts[zone], scratch.aisle, scratch.y, n, this.rules.method());
		}
		return total;
	}

	/** Travel plus the off-golden-zone penalty. */
	double cost(int[] order, int[] skuBin, Scratch scratch) {
		double penalty = 0;
		for (int s : order) {
			int b = skuBin[s];
			if (b >= 0 && this.binLevel[b] > this.rules.goldenLevels()) {
				penalty += this.rules.offGoldenPenaltyMeters();
			}
		}
		return travel(order, skuBin, scratch) + penalty;
	}

	/** Distance of a bin's stop from its zone's entry, the "closeness" of classic slotting. */
	double entryDistance(int b) {
		AisleLayout layout = this.layouts[this.binZone[b]];
		return layout.distanceFromEntry(new io.zaplecze.warehouse.picking.PickPoint(this.binAisle[b], this.binY[b]));
	}

}
