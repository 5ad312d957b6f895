package io.zaplecze.warehouse.slotting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Slotting by a well-founded heuristic and local search, measured against random and ABC slotting
 * by {@code SlottingBenchmark}.
 *
 * <ol>
 * <li>Construction: aisles ranked by their distance from the zone's entry are filled one by one
 * with a cluster of products that are ordered together (greedy growth by co-order count plus
 * pick frequency), fastest movers nearest the front and on golden levels: fewer aisles per order
 * and shorter depth, which is what S-shape and largest-gap travel depend on.</li>
 * <li>Improvement: late-acceptance hill climbing with swap/relocate moves (random, next to a
 * co-ordered product, within the same rack stack) on the simulated travel of the history's orders,
 * evaluated incrementally (only the orders holding a moved product are re-walked).</li>
 * </ol>
 *
 * Timefold was considered; the objective (pick-tour length of whole orders under a routing policy)
 * is not a sum of pairwise terms, so a constraint-stream model would need the same custom
 * incremental evaluation written here, without the benefit of its generic moves.
 */
public final class SlottingOptimizer {

	/** Weights of pick frequency against co-order counts when clusters are grown; the best on validation wins. */
	private static final double[] FREQUENCY_WEIGHTS = { 0.25, 0.5, 1.0, 2.0, 4.0 };

	/** The weight used where there is no validation set. */
	private static final double DEFAULT_FREQUENCY_WEIGHT = 0.5;

	private static final int LATE_ACCEPTANCE_LENGTH = 400;

	private static final double UNSLOTTED_PRIORITY = 1e12;

	/**
	 * Products with fewer lines in the history than this are only moved as the other side of a
	 * swap: their co-ordering evidence is noise, and chasing it fits the history, not the future.
	 */
	private static final int MIN_SUPPORT = 8;

	private final SlottingRules rules;

	public SlottingOptimizer(SlottingRules rules) {
		this.rules = rules;
	}

	/**
	 * An optimised assignment of every product that fits somewhere, SKU to bin code. A fifth of the
	 * history is held back for validation: the construction's frequency weight is chosen on it, and
	 * the local search's result is kept only if it is better on it too (so the plan generalises
	 * rather than fitting the past).
	 */
	public Map<String, String> optimise(SlottingProblem problem, Duration timeLimit, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<List<String>> shuffled = new ArrayList<>(problem.orders());
		java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
		int validationSize = (shuffled.size() >= 200) ? shuffled.size() / 5 : 0;
		List<List<String>> validation = shuffled.subList(0, validationSize);
		List<List<String>> fit = shuffled.subList(validationSize, shuffled.size());
		SlottingModel model = new SlottingModel(problem, this.rules, fit);
		SlottingModel check = (validationSize > 0) ? new SlottingModel(problem, this.rules, validation) : model;
		int[] best = null;
		double bestCost = Double.MAX_VALUE;
		for (double weight : FREQUENCY_WEIGHTS) {
			int[] candidate = construct(model, weight);
			double cost = total(check, candidate);
			if (cost < bestCost) {
				bestCost = cost;
				best = candidate;
			}
		}
		int[] improved = best.clone();
		improve(model, improved, timeLimit, random);
		return model.toMap((total(check, improved) < bestCost) ? improved : best);
	}

	/** The construction heuristic alone (for measurement). */
	public Map<String, String> construct(SlottingProblem problem) {
		SlottingModel model = new SlottingModel(problem, this.rules, problem.orders());
		return model.toMap(construct(model, DEFAULT_FREQUENCY_WEIGHT));
	}

	/** Simulated picker travel per order (metres) of the given orders under an assignment. */
	public double travelPerOrder(SlottingProblem problem, Map<String, String> assignment, List<List<String>> orders) {
		SlottingModel model = new SlottingModel(problem, this.rules, orders);
		int[] skuBin = model.skuBins(assignment);
		SlottingModel.Scratch scratch = model.scratch();
		double total = 0;
		for (int[] order : model.orders) {
			total += model.travel(order, skuBin, scratch);
		}
		return (model.orders.length == 0) ? 0 : total / model.orders.length;
	}

	/**
	 * A re-slot plan from the current assignment towards an optimised one, limited to
	 * {@code maxMoves} product moves (a swap is two), most valuable moves first.
	 */
	public ReslotPlan reslot(SlottingProblem problem, int maxMoves, Duration timeLimit, long seed) {
		if (maxMoves < 0) {
			throw new IllegalArgumentException("maxMoves must not be negative");
		}
		SlottingModel model = new SlottingModel(problem, this.rules, problem.orders());
		int[] current = model.skuBins(problem.current());
		double before = travelPerOrder(model, current);
		// Two targets: the current slotting improved in place (few, local changes), and a slotting
		// built afresh. The move budget is spent towards each; the better plan wins.
		int[] local = current.clone();
		fillUnslotted(model, local);
		int[] budgeted = local.clone();
		improve(model, local, timeLimit.dividedBy(3), new SplittableRandom(seed));
		int[] fresh = model.skuBins(optimise(problem, timeLimit.dividedBy(3), seed + 1));
		ReslotPlan best = null;
		double bestCost = Double.MAX_VALUE;
		for (int[] target : List.of(local, fresh)) {
			int[] state = current.clone();
			List<ReslotPlan.Move> moves = new MoveSelection(model, state, target).select(maxMoves);
			double cost = total(model, state);
			if (best == null || cost < bestCost) {
				bestCost = cost;
				best = new ReslotPlan(moves, before, travelPerOrder(model, state), model.orders.length);
			}
		}
		// Greedy single-product moves cannot see that a group of products is only worth moving
		// together (a whole order family to a nearer aisle); a local search that never has more
		// than the budget of products away from their bins can.
		int changedAtStart = 0;
		for (int s = 0; s < model.skuCount; s++) {
			if (budgeted[s] != current[s]) {
				changedAtStart++;
			}
		}
		if (model.orders.length > 0 && model.skuCount > 0) {
			LocalSearch search = new LocalSearch(model, budgeted, new SplittableRandom(seed + 2));
			search.limitChanges(current, Math.max(maxMoves, changedAtStart), changedAtStart);
			search.run(System.nanoTime() + timeLimit.dividedBy(3).toNanos());
			double cost = total(model, budgeted);
			if (cost < bestCost) {
				List<ReslotPlan.Move> moves = new ArrayList<>();
				Integer[] order = new Integer[model.skuCount];
				for (int s = 0; s < model.skuCount; s++) {
					order[s] = s;
				}
				Arrays.sort(order, Comparator.comparingInt((Integer s) -> -model.frequency[s]));
				for (int s : order) {
					if (budgeted[s] != current[s]) {
						moves.add(new ReslotPlan.Move(model.problem.skus().get(s).sku(),
								(current[s] >= 0) ? model.problem.bins().get(current[s]).code() : null,
								model.problem.bins().get(budgeted[s]).code()));
					}
				}
				best = new ReslotPlan(moves, before, travelPerOrder(model, budgeted), model.orders.length);
			}
		}
		return best;
	}

	private static double travelPerOrder(SlottingModel model, int[] skuBin) {
		SlottingModel.Scratch scratch = model.scratch();
		double total = 0;
		for (int[] order : model.orders) {
			total += model.travel(order, skuBin, scratch);
		}
		return (model.orders.length == 0) ? 0 : total / model.orders.length;
	}

	private static double total(SlottingModel model, int[] skuBin) {
		SlottingModel.Scratch scratch = model.scratch();
		double total = 0;
		for (int[] order : model.orders) {
			total += model.cost(order, skuBin, scratch);
		}
		return total;
	}

	// ---- construction

	int[] construct(SlottingModel m, double frequencyWeight) {
		int[] skuBin = new int[m.skuCount];
		Arrays.fill(skuBin, -1);
		boolean[] taken = new boolean[m.binCount];
		double[] gain = new double[m.skuCount];
		for (int z = 0; z < m.layouts.length; z++) {
			int zone = z;
			double entryX = m.layouts[z].entryX();
			Integer[] aisles = new Integer[m.aisleBins[z].length];
			for (int a = 0; a < aisles.length; a++) {
				aisles[a] = a;
			}
			Arrays.sort(aisles, Comparator.comparingDouble((Integer a) -> Math.abs(m.layouts[zone].x(a) - entryX)));
			for (int a : aisles) {
				int[] bins = m.aisleBins[z][a];
				List<Integer> cluster = growCluster(m, skuBin, gain, bins, taken, frequencyWeight);
				cluster.sort(Comparator.comparingInt((Integer s) -> -m.frequency[s]));
				for (int s : cluster) {
					int best = -1;
					double bestKey = Double.MAX_VALUE;
					for (int b : bins) {
						if (!taken[b] && m.fits[s][b]) {
							double key = m.binY[b] + ((m.binLevel[b] > this.rules.goldenLevels()) ? 0.5 : 0) + 0.01 * m.binLevel[b];
							if (key < bestKey) {
								bestKey = key;
								best = b;
							}
						}
					}
					if (best >= 0) {
						skuBin[s] = best;
						taken[best] = true;
					}
				}
			}
		}
		fillUnslotted(m, skuBin);
		return skuBin;
	}

	// Grows a set of unslotted products that fit in the aisle's free bins: seeded with the fastest
	// mover, then the product co-ordered most with the set (plus a share of its own frequency).
	private static List<Integer> growCluster(SlottingModel m, int[] skuBin, double[] gain, int[] bins, boolean[] taken,
			double frequencyWeight) {
		int free = 0;
		for (int b : bins) {
			if (!taken[b]) {
				free++;
			}
		}
		Arrays.fill(gain, 0);
		boolean[] inCluster = new boolean[m.skuCount];
		List<Integer> cluster = new ArrayList<>();
		while (cluster.size() < free) {
			int best = -1;
			double bestScore = -1;
			for (int s = 0; s < m.skuCount; s++) {
				if (skuBin[s] < 0 && !inCluster[s] && fitsAny(m, s, bins, taken)) {
					double score = gain[s] + frequencyWeight * m.frequency[s];
					if (score > bestScore) {
						bestScore = score;
						best = s;
					}
				}
			}
			if (best < 0) {
				break;
			}
			inCluster[best] = true;
			cluster.add(best);
			for (int o : m.skuOrders[best]) {
				for (int s : m.orders[o]) {
					if (s != best) {
						gain[s] += 1;
					}
				}
			}
		}
		return cluster;
	}

	private static boolean fitsAny(SlottingModel m, int s, int[] bins, boolean[] taken) {
		for (int b : bins) {
			if (!taken[b] && m.fits[s][b]) {
				return true;
			}
		}
		return false;
	}

	// Products still without a bin go to the free fitting bin nearest the entry, fastest first.
	private static void fillUnslotted(SlottingModel m, int[] skuBin) {
		boolean[] taken = new boolean[m.binCount];
		for (int b : skuBin) {
			if (b >= 0) {
				taken[b] = true;
			}
		}
		Integer[] bins = new Integer[m.binCount];
		for (int b = 0; b < m.binCount; b++) {
			bins[b] = b;
		}
		Arrays.sort(bins, Comparator.comparingDouble(m::entryDistance));
		Integer[] skus = new Integer[m.skuCount];
		for (int s = 0; s < m.skuCount; s++) {
			skus[s] = s;
		}
		Arrays.sort(skus, Comparator.comparingInt((Integer s) -> -m.frequency[s]));
		for (int s : skus) {
			if (skuBin[s] >= 0) {
				continue;
			}
			for (int b : bins) {
				if (!taken[b] && m.fits[s][b]) {
					skuBin[s] = b;
					taken[b] = true;
					break;
				}
			}
		}
	}

	// ---- local search

	void improve(SlottingModel m, int[] skuBin, Duration timeLimit, SplittableRandom random) {
		if (m.orders.length == 0 || m.skuCount == 0) {
			return;
		}
		new LocalSearch(m, skuBin, random).run(System.nanoTime() + timeLimit.toNanos());
	}

	/** Late-acceptance hill climbing over swap and relocate moves, with incremental order costs. */
	private static final class LocalSearch {

		private final SlottingModel m;

		private final int[] skuBin;

		private final int[] binSku;

		private final double[] orderCost;

		private final double[] newCost;

		private final int[] stamp;

		private final int[] affected;

		private int stampValue;

		private final SplittableRandom random;

		private final SlottingModel.Scratch scratch;

		private final int[] lines;

		private int[] original;

		private int budget = Integer.MAX_VALUE;

		private int changed;

		LocalSearch(SlottingModel m, int[] skuBin, SplittableRandom random) {
			this.m = m;
			this.skuBin = skuBin;
			this.binSku = new int[m.binCount];
			Arrays.fill(this.binSku, -1);
			for (int s = 0; s < m.skuCount; s++) {
				if (skuBin[s] >= 0) {
					this.binSku[skuBin[s]] = s;
				}
			}
			this.orderCost = new double[m.orders.length];
			this.newCost = new double[m.orders.length];
			this.stamp = new int[m.orders.length];
			this.affected = new int[m.orders.length];
			this.random = random;
			this.scratch = m.scratch();
			for (int o = 0; o < m.orders.length; o++) {
				this.orderCost[o] = m.cost(m.orders[o], skuBin, this.scratch);
			}
			this.lines = Arrays.stream(m.orders).flatMapToInt(Arrays::stream).toArray();
		}

		/** Never let more than {@code budget} products be away from their bin in {@code original}. */
		void limitChanges(int[] original, int budget, int changedNow) {
			this.original = original;
			this.budget = budget;
			this.changed = changedNow;
		}

		private int changeDelta(int s1, int b1, int s2, int b2) {
			if (this.original == null) {
				return 0;
			}
			int delta = ((b2 != this.original[s1]) ? 1 : 0) - ((b1 != this.original[s1]) ? 1 : 0);
			if (s2 >= 0) {
				delta += ((b1 != this.original[s2]) ? 1 : 0) - ((b2 != this.original[s2]) ? 1 : 0);
			}
			return delta;
		}

		void run(long deadline) {
			double current = Arrays.stream(this.orderCost).sum();
			// Late acceptance wanders; what is kept is the best assignment seen, not the last.
			double best = current;
			int[] bestSkuBin = this.skuBin.clone();
			double[] history = new double[LATE_ACCEPTANCE_LENGTH];
			Arrays.fill(history, current);
			long iteration = 0;
			while ((iteration & 63) != 0 || System.nanoTime() < deadline) {
				int s1 = (this.random.nextInt(3) == 0) ? this.random.nextInt(this.m.skuCount)
						: this.lines[this.random.nextInt(this.lines.length)];
				int b1 = this.skuBin[s1];
				if (b1 < 0 || this.m.frequency[s1] < MIN_SUPPORT) {
					iteration++;
					continue;
				}
				if (this.random.nextInt(20) == 0) {
					current = swapAisles(b1, current, history, (int) (iteration % LATE_ACCEPTANCE_LENGTH));
					if (current < best - 1e-9) {
						best = current;
						System.arraycopy(this.skuBin, 0, bestSkuBin, 0, bestSkuBin.length);
					}
					iteration++;
					continue;
				}
				int b2 = targetBin(s1, b1);
				int s2 = (b2 < 0) ? -1 : this.binSku[b2];
				if (b2 < 0 || b2 == b1 || !this.m.fits[s1][b2] || (s2 >= 0 && !this.m.fits[s2][b1])) {
					iteration++;
					continue;
				}
				int changes = changeDelta(s1, b1, s2, b2);
				if (this.changed + changes > this.budget) {
					iteration++;
					continue;
				}
				apply(s1, b1, s2, b2);
				double delta = evaluate(s1, s2);
				double candidate = current + delta;
				int slot = (int) (iteration % LATE_ACCEPTANCE_LENGTH);
				if (delta <= 0 || candidate <= history[slot]) {
					commit();
					current = candidate;
					this.changed += changes;
				}
				else {
					apply(s1, b2, s2, b1);
				}
				if (current < history[slot]) {
					history[slot] = current;
				}
				if (current < best - 1e-9) {
					best = current;
					System.arraycopy(this.skuBin, 0, bestSkuBin, 0, bestSkuBin.length);
				}
				iteration++;
			}
			if (best < current) {
				System.arraycopy(bestSkuBin, 0, this.skuBin, 0, bestSkuBin.length);
			}
		}

		/**
		 * Swaps the contents of the aisle of {@code b} with another aisle of its zone, position by
		 * position: moves a whole co-ordered group at once, which single moves cannot do without
		 * first making travel worse.
		 */
		private double swapAisles(int b, double current, double[] history, int slot) {
			int zone = this.m.binZone[b];
			int[][] aisles = this.m.aisleBins[zone];
			int a1 = this.m.binAisle[b];
			int a2 = this.random.nextInt(aisles.length);
			if (a1 == a2) {
				return current;
			}
			int[] first = aisles[a1];
			int[] second = aisles[a2];
			int n = Math.min(first.length, second.length);
			int changes = 0;
			int involved = 0;
			int[] skus = new int[2 * n];
			for (int i = 0; i < n; i++) {
				int sa = this.binSku[first[i]];
				int sb = this.binSku[second[i]];
				if ((sa >= 0 && !this.m.fits[sa][second[i]]) || (sb >= 0 && !this.m.fits[sb][first[i]])) {
					return current;
				}
				if (sa >= 0) {
					changes += changeOne(sa, first[i], second[i]);
					skus[involved++] = sa;
				}
				if (sb >= 0) {
					changes += changeOne(sb, second[i], first[i]);
					skus[involved++] = sb;
				}
			}
			if (involved == 0 || this.changed + changes > this.budget) {
				return current;
			}
			exchange(first, second, n);
			this.stampValue++;
			this.affectedCount = 0;
			double delta = 0;
			for (int k = 0; k < involved; k++) {
				delta = collect(skus[k], delta);
			}
			double candidate = current + delta;
			if (delta <= 0 || candidate <= history[slot]) {
				commit();
				this.changed += changes;
				return candidate;
			}
			exchange(first, second, n);
			return current;
		}

		private int changeOne(int s, int from, int to) {
			if (this.original == null) {
				return 0;
			}
			return ((to != this.original[s]) ? 1 : 0) - ((from != this.original[s]) ? 1 : 0);
		}

		private void exchange(int[] first, int[] second, int n) {
			for (int i = 0; i < n; i++) {
				int sa = this.binSku[first[i]];
				int sb = this.binSku[second[i]];
				this.binSku[first[i]] = sb;
				this.binSku[second[i]] = sa;
				if (sa >= 0) {
					this.skuBin[sa] = second[i];
				}
				if (sb >= 0) {
					this.skuBin[sb] = first[i];
				}
			}
		}

		// Random bin of the zone, a bin next to a co-ordered product, or a bin of the same stack.
		private int targetBin(int s, int b) {
			int zone = this.m.binZone[b];
			int kind = this.random.nextInt(10);
			if (kind < 4) {
				int[] bins = this.m.zoneBins[zone];
				return bins[this.random.nextInt(bins.length)];
			}
			if (kind < 8 && this.m.skuOrders[s].length > 0) {
				int[] order = this.m.orders[this.m.skuOrders[s][this.random.nextInt(this.m.skuOrders[s].length)]];
				int partner = order[this.random.nextInt(order.length)];
				int pb = this.skuBin[partner];
				if (partner == s || pb < 0 || this.m.binZone[pb] != zone) {
					return -1;
				}
				int[] aisle = this.m.aisleBins[zone][this.m.binAisle[pb]];
				int at = indexOf(aisle, pb);
				int pick = at + this.random.nextInt(17) - 8;
				return (pick >= 0 && pick < aisle.length) ? aisle[pick] : -1;
			}
			int[] stack = this.m.stackOf[b];
			return stack[this.random.nextInt(stack.length)];
		}

		private static int indexOf(int[] array, int value) {
			for (int i = 0; i < array.length; i++) {
				if (array[i] == value) {
					return i;
				}
			}
			return -1;
		}

		private void apply(int s1, int from, int s2, int to) {
			this.skuBin[s1] = to;
			this.binSku[to] = s1;
			if (s2 >= 0) {
				this.skuBin[s2] = from;
				this.binSku[from] = s2;
			}
			else {
				this.binSku[from] = -1;
			}
		}

		private int affectedCount;

		private double evaluate(int s1, int s2) {
			this.stampValue++;
			this.affectedCount = 0;
			double delta = collect(s1, 0);
			if (s2 >= 0) {
				delta = collect(s2, delta);
			}
			return delta;
		}

		private double collect(int s, double delta) {
			for (int o : this.m.skuOrders[s]) {
				if (this.stamp[o] != this.stampValue) {
					this.stamp[o] = this.stampValue;
					this.affected[this.affectedCount++] = o;
					this.newCost[o] = this.m.cost(this.m.orders[o], this.skuBin, this.scratch);
					delta += this.newCost[o] - this.orderCost[o];
				}
			}
			return delta;
		}

		private void commit() {
			for (int i = 0; i < this.affectedCount; i++) {
				int o = this.affected[i];
				this.orderCost[o] = this.newCost[o];
			}
		}

	}

	// ---- re-slot move selection

	/**
	 * Lazy greedy selection of moves from the current towards the target assignment: each candidate
	 * moves one product to its target bin (swapping with the product there, if any, at the cost of
	 * two moves); the best saving per move is applied until the budget is spent or nothing saves.
	 */
	private static final class MoveSelection {

		private final SlottingModel m;

		private final int[] current;

		private final int[] target;

		private final int[] binSku;

		private final SlottingModel.Scratch scratch;

		MoveSelection(SlottingModel m, int[] current, int[] target) {
			this.m = m;
			this.current = current;
			this.target = target;
			this.binSku = new int[m.binCount];
			Arrays.fill(this.binSku, -1);
			for (int s = 0; s < m.skuCount; s++) {
				if (current[s] >= 0) {
					this.binSku[current[s]] = s;
				}
			}
			this.scratch = m.scratch();
		}

		private record Candidate(int sku, double savingPerMove, int version) {
		}

		List<ReslotPlan.Move> select(int budget) {
			List<ReslotPlan.Move> moves = new ArrayList<>();
			PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble((Candidate c) -> -c.savingPerMove()));
			int version = 0;
			for (int s = 0; s < this.m.skuCount; s++) {
				Candidate c = evaluate(s, version);
				if (c != null) {
					queue.add(c);
				}
			}
			int left = budget;
			while (left > 0 && !queue.isEmpty()) {
				Candidate top = queue.poll();
				if (top.version() != version) {
					Candidate fresh = evaluate(top.sku(), version);
					if (fresh != null) {
						queue.add(fresh);
					}
					continue;
				}
				int s = top.sku();
				int to = this.target[s];
				int other = this.binSku[to];
				int cost = (other >= 0) ? 2 : 1;
				if (cost > left) {
					continue;
				}
				int from = this.current[s];
				String fromCode = (from >= 0) ? this.m.problem.bins().get(from).code() : null;
				String toCode = this.m.problem.bins().get(to).code();
				moves.add(new ReslotPlan.Move(this.m.problem.skus().get(s).sku(), fromCode, toCode));
				if (other >= 0) {
					moves.add(new ReslotPlan.Move(this.m.problem.skus().get(other).sku(), toCode, fromCode));
				}
				move(s, from, other, to);
				left -= cost;
				version++;
			}
			return moves;
		}

		private Candidate evaluate(int s, int version) {
			int to = this.target[s];
			int from = this.current[s];
			if (to < 0 || to == from) {
				return null;
			}
			int other = this.binSku[to];
			if (other >= 0 && (from < 0 || !this.m.fits[other][from])) {
				return null;
			}
			double before = cost(s, other);
			move(s, from, other, to);
			double after = cost(s, other);
			undo(s, from, other, to);
			double saving = before - after;
			if (from < 0) {
				// A product without a pick face cannot be picked at all: slotting it comes first,
				// whatever it adds to travel (which the "before" figure could not count).
				return new Candidate(s, UNSLOTTED_PRIORITY + this.m.frequency[s], version);
			}
			if (saving <= 1e-9) {
				return null;
			}
			return new Candidate(s, saving / ((other >= 0) ? 2 : 1), version);
		}

		private double cost(int s, int other) {
			double total = 0;
			for (int o : this.m.skuOrders[s]) {
				total += this.m.cost(this.m.orders[o], this.current, this.scratch);
			}
			if (other >= 0) {
				for (int o : this.m.skuOrders[other]) {
					if (Arrays.binarySearch(this.m.skuOrders[s], o) < 0) {
						total += this.m.cost(this.m.orders[o], this.current, this.scratch);
					}
				}
			}
			return total;
		}

		private void undo(int s, int from, int other, int to) {
			this.current[s] = from;
			if (from >= 0) {
				this.binSku[from] = s;
			}
			this.binSku[to] = other;
			if (other >= 0) {
				this.current[other] = to;
			}
		}

		private void move(int s, int from, int other, int to) {
			this.current[s] = to;
			this.binSku[to] = s;
			if (other >= 0) {
				this.current[other] = from;
				this.binSku[from] = other;
			}
			else if (from >= 0) {
				this.binSku[from] = -1;
			}
		}

	}

}
