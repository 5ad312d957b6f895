package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * A slack-induction-by-string-removal search (Christiaens and Vanden Berghe, 2020) over the
 * planning model, run inside the solver as a custom phase. Each iteration removes a few strings of
 * consecutive stops from routes near a random seed stop (the community edition has no nearby
 * selection: the neighbour lists make the ruin spatially local), re-inserts every removed and
 * unassigned visit at its cheapest feasible position (skipping positions at a small blink rate), and
 * accepts the result by simulated annealing.
 *
 * <p>Hard rules are never traded: an insertion is allowed only if it does not add to its route's hard
 * violation (measured by {@link RouteSimulator}, the same rules the constraints read), and a ruined
 * and recreated plan with more hard violation than before is rejected (on a multi-trip route a
 * removal regroups the trips, so removing a stop can make the stops after it late). A plan that starts
 * feasible stays feasible, and visits that fit nowhere stay unassigned (the medium level).
 * Routes of simple vehicles (one trip, no break, not on the road) are checked in constant time per
 * position from cached departure times and latest feasible arrivals; the others are simulated.
 */
final class RuinRecreateSearch {

	/** Weight of one priority point of an unassigned visit against the soft cost. */
	private static final long MEDIUM = 1L << 40;

	private final SearchTuning tuning;

	final Vehicle[] vehicles;

	final Visit[] visits;

	private final int n;

	private final int m;

	private final boolean[] fixed;

	private final int[] pinnedPrefix;

	private final int[][] neighbours;

	private final int[] vehicleClass;

	private final boolean[] simple;

	private final double[] depotDistance;

	private final SplittableRandom random;

	// Current solution.
	private final Visit[][] route;

	private final int[] len;

	private final long[] routeSoft;

	private final long[] routeHard;

	private final long[] routeMeters;

	private final int[] routeOf;

	private final List<Visit> unassigned = new ArrayList<>();

	// Constant-time insertion checks for simple routes.
	private final long[][] dep;

	private final long[][] latest;

	private final long[][] load;

	private final boolean[] fast;

	// Undo log for one iteration.
	private final boolean[] touched;

	private final Visit[][] savedRoute;

	private final int[] savedLen;

	private final long[] savedSoft;

	private final long[] savedHard;

	private final int[] touchedList;

	private int touchedCount;

	private final List<Visit> savedUnassigned = new ArrayList<>();

	private final RouteSimulator.Outcome outcome = new RouteSimulator.Outcome();

	private Visit[] scratch;

	private long currentCost;

	private long currentHard;

	private long bestCost = Long.MAX_VALUE;

	private long bestHard = Long.MAX_VALUE;

	private int[][] best;

	long iterations;

	RuinRecreateSearch(RoutingSolution solution, long seed) {
		this(solution, seed, SearchTuning.DEFAULTS);
	}

	RuinRecreateSearch(RoutingSolution solution, long seed, SearchTuning tuning) {
		this.tuning = tuning;
		this.vehicles = solution.getVehicles().toArray(new Vehicle[0]);
		this.visits = solution.getVisits().toArray(new Visit[0]);
		this.n = this.visits.length;
		this.m = this.vehicles.length;
		this.random = new SplittableRandom(seed);
		for (int i = 0; i < this.n; i++) {
			this.visits[i].index = i;
		}
		this.fixed = new boolean[this.n];
		this.pinnedPrefix = new int[this.m];
		this.route = new Visit[this.m][];
		this.len = new int[this.m];
		this.routeSoft = new long[this.m];
		this.routeHard = new long[this.m];
		this.routeMeters = new long[this.m];
		this.routeOf = new int[this.n];
		Arrays.fill(this.routeOf, -1);
		this.dep = new long[this.m][];
		this.latest = new long[this.m][];
		this.load = new long[this.m][3];
		this.fast = new boolean[this.m];
		this.simple = new boolean[this.m];
		this.touched = new boolean[this.m];
		this.savedRoute = new Visit[this.m][];
		this.savedLen = new int[this.m];
		this.savedSoft = new long[this.m];
		this.savedHard = new long[this.m];
		this.touchedList = new int[this.m];
		this.scratch = new Visit[this.n + 2];
		for (int r = 0; r < this.m; r++) {
			Vehicle v = this.vehicles[r];
			this.route[r] = new Visit[this.n + 1];
			this.savedRoute[r] = new Visit[this.n + 1];
			this.dep[r] = new long[this.n + 2];
			this.latest[r] = new long[this.n + 2];
			// Simple: the soft cost depends on distance only and feasibility on the order alone.
			this.simple[r] = !v.hasBreak() && !v.isMultiTrip() && !v.isEnRoute() && v.getBalanceWeight() == 0
					&& v.getCostPerHourCents() == 0 && v.getMaxRouteSeconds() >= Vehicle.UNLIMITED;
			this.pinnedPrefix[r] = Math.min(v.getPinnedStops(), v.getVisits().size());
			List<Visit> planned = v.getVisits();
			for (int k = 0; k < planned.size(); k++) {
				Visit x = planned.get(k);
				this.route[r][k] = x;
				this.routeOf[x.index] = r;
				if (k < this.pinnedPrefix[r]) {
					this.fixed[x.index] = true;
				}
			}
			this.len[r] = planned.size();
			refresh(r);
		}
		for (Visit x : this.visits) {
			if (this.routeOf[x.index] < 0) {
				this.unassigned.add(x);
			}
		}
		this.vehicleClass = VehicleKinds.classify(this.vehicles);
		this.neighbours = Neighbours.of(this.vehicles, this.visits);
		this.depotDistance = new double[this.n];
		for (Visit x : this.visits) {
			Vehicle v0 = this.vehicles.length > 0 ? this.vehicles[0] : null;
			this.depotDistance[x.index] = v0 == null ? 0 : v0.travel().meters(v0.getDepotLocation(), x.getLocation());
		}
		this.currentCost = cost();
		this.currentHard = hard();
		remember();
	}

	/** Runs until {@code stop} says so; returns the best cost found. */
	long run(BooleanSupplier stop, long deadlineNanos, SharedBest shared) {
		long start = System.nanoTime();
		double span = Math.max(1, deadlineNanos - start);
		double avgArc = averageArc();
		Annealing annealing = new Annealing(this.tuning, avgArc);
		if (!this.unassigned.isEmpty()) {
			beginIteration();
			List<Visit> pending = new ArrayList<>(this.unassigned);
			this.unassigned.clear();
			recreate(pending);
			this.currentCost = cost();
			this.currentHard = hard();
			if (betterThanBest(this.currentHard, this.currentCost)) {
				remember();
			}
		}
		shared.offer(this.bestHard, this.bestCost, this.best);
		long lastSync = start;
		long syncEvery = (long) (span / this.tuning.syncsPerRun());
		while (true) {
			// The clock every iteration: on a large day with many unplanned visits one iteration can take
			// a second (every unplanned visit is tried everywhere), so checking every 64 overran the limit.
			long now = System.nanoTime();
			if (now >= deadlineNanos || stop.getAsBoolean()) {
				break;
			}
			if (now - lastSync > syncEvery) {
				lastSync = now;
				shared.offer(this.bestHard, this.bestCost, this.best);
				SharedBest.Snapshot s = shared.snapshot();
				if (s != null && betterThanBest(s.hard(), s.cost())) {
					adopt(s.routes());
					this.currentCost = cost();
					this.currentHard = hard();
					remember();
				}
			}
			iterate(annealing.temperature((now - start) / span));
			this.iterations++;
		}
		shared.offer(this.bestHard, this.bestCost, this.best);
		return this.bestCost;
	}

	private double averageArc() {
		long soft = 0;
		int arcs = 0;
		for (int r = 0; r < this.m; r++) {
			if (this.len[r] > 0) {
				soft += this.routeSoft[r];
				arcs += this.len[r] + 1;
			}
		}
		if (arcs == 0 || soft == 0) {
			return 100;
		}
		return (double) soft / arcs;
	}

	void iterate(double temperature) {
		beginIteration();
		List<Visit> removed = ruin();
		removed.addAll(this.unassigned);
		this.unassigned.clear();
		recreate(removed);
		long newCost = cost();
		long newHard = this.currentHard;
		for (int i = 0; i < this.touchedCount; i++) {
			int r = this.touchedList[i];
			newHard += this.routeHard[r] - this.savedHard[r];
		}
		boolean accept = Annealing.accepts(newHard, newCost, this.currentHard, this.currentCost, temperature,
				this.random);
		if (accept) {
			this.currentCost = newCost;
			this.currentHard = newHard;
			if (betterThanBest(newHard, newCost)) {
				remember();
			}
		}
		else {
			rollback();
		}
	}

	/** Less hard violation first, then lower cost. */
	private boolean betterThanBest(long hard, long cost) {
		return hard < this.bestHard || (hard == this.bestHard && cost < this.bestCost);
	}

	long hard() {
		long h = 0;
		for (int r = 0; r < this.m; r++) {
			h += this.routeHard[r];
		}
		return h;
	}

	long cost() {
		long c = 0;
		for (int r = 0; r < this.m; r++) {
			c += this.routeSoft[r];
		}
		for (Visit x : this.unassigned) {
			c += MEDIUM * x.getPriority();
		}
		return c;
	}

	// ---------------------------------------------------------------- ruin

	private List<Visit> ruin() {
		List<Visit> removed = new ArrayList<>();
		int used = 0;
		int stops = 0;
		for (int r = 0; r < this.m; r++) {
			int free = this.len[r] - this.pinnedPrefix[r];
			if (free > 0) {
				used++;
				stops += free;
			}
		}
		if (used == 0) {
			return removed;
		}
		double lsMax = Math.min(this.tuning.maxStringLength(), (double) stops / used);
		double ksMax = 4 * this.tuning.averageRemoved() / (1 + lsMax) - 1;
		int ks = (int) (this.random.nextDouble() * ksMax) + 1;
		int seed = pickAssigned();
		if (seed < 0) {
			return removed;
		}
		boolean[] ruined = new boolean[this.m];
		int ruinedCount = 0;
		int[] near = this.neighbours[seed];
		for (int idx = -1; idx < near.length && ruinedCount < ks; idx++) {
			int c = idx < 0 ? seed : near[idx];
			int r = this.routeOf[c];
			if (r < 0 || ruined[r] || this.fixed[c]) {
				continue;
			}
			int free = this.len[r] - this.pinnedPrefix[r];
			int ltMax = (int) Math.min(lsMax, free);
			int lt = (int) (this.random.nextDouble() * ltMax) + 1;
			save(r);
			if (lt >= free || this.random.nextDouble() < 0.5) {
				removeString(r, c, lt, removed);
			}
			else {
				removeSplitString(r, c, lt, removed);
			}
			ruined[r] = true;
			ruinedCount++;
		}
		return removed;
	}

	private int pickAssigned() {
		for (int tries = 0; tries < 50; tries++) {
			int c = this.random.nextInt(this.n);
			if (this.routeOf[c] >= 0 && !this.fixed[c]) {
				return c;
			}
		}
		for (int c = 0; c < this.n; c++) {
			if (this.routeOf[c] >= 0 && !this.fixed[c]) {
				return c;
			}
		}
		return -1;
	}

	private int positionOf(int r, int c) {
		Visit[] rt = this.route[r];
		for (int k = 0; k < this.len[r]; k++) {
			if (rt[k].index == c) {
				return k;
			}
		}
		throw new IllegalStateException("visit not in its route");
	}

	private void removeString(int r, int c, int lt, List<Visit> removed) {
		int pos = positionOf(r, c);
		int lo = Math.max(this.pinnedPrefix[r], pos - lt + 1);
		int hi = Math.min(pos, this.len[r] - lt);
		int from = hi <= lo ? lo : lo + this.random.nextInt(hi - lo + 1);
		removeRange(r, from, Math.min(this.len[r], from + lt), -1, -1, removed);
	}

	private void removeSplitString(int r, int c, int lt, List<Visit> removed) {
		int free = this.len[r] - this.pinnedPrefix[r];
		int keep = 1;
		while (lt + keep < free && this.random.nextDouble() < 0.5) {
			keep++;
		}
		int span = lt + keep;
		int pos = positionOf(r, c);
		int lo = Math.max(this.pinnedPrefix[r], pos - span + 1);
		int hi = Math.min(pos, this.len[r] - span);
		int from = hi <= lo ? lo : lo + this.random.nextInt(hi - lo + 1);
		int to = Math.min(this.len[r], from + span);
		int keepFrom = from + this.random.nextInt(Math.max(1, to - from - keep + 1));
		removeRange(r, from, to, keepFrom, keepFrom + keep, removed);
	}

	/** Removes positions {@code [from, to)} except {@code [keepFrom, keepTo)}. */
	void removeRange(int r, int from, int to, int keepFrom, int keepTo, List<Visit> removed) {
		Visit[] rt = this.route[r];
		int w = from;
		for (int k = from; k < to; k++) {
			if (k >= keepFrom && k < keepTo) {
				rt[w++] = rt[k];
			}
			else {
				removed.add(rt[k]);
				this.routeOf[rt[k].index] = -1;
			}
		}
		for (int k = to; k < this.len[r]; k++) {
			rt[w++] = rt[k];
		}
		this.len[r] = w;
		refresh(r);
	}

	// ---------------------------------------------------------------- recreate

	private void recreate(List<Visit> pending) {
		sortForInsertion(pending);
		boolean[] emptyClassTried = new boolean[this.m];
		for (Visit x : pending) {
			Arrays.fill(emptyClassTried, false);
			int bestRoute = -1;
			int bestPos = -1;
			double bestDelta = Double.MAX_VALUE;
			for (int r = 0; r < this.m; r++) {
				Vehicle v = this.vehicles[r];
				if (!PlannerRules.allows(x, v)) {
					continue;
				}
				if (this.len[r] == 0) {
					if (emptyClassTried[this.vehicleClass[r]]) {
						continue;
					}
					emptyClassTried[this.vehicleClass[r]] = true;
				}
				for (int p = this.pinnedPrefix[r]; p <= this.len[r]; p++) {
					if (this.random.nextDouble() < this.tuning.blinkRate()) {
						continue;
					}
					double delta = insertionDelta(r, x, p, bestDelta);
					if (delta < bestDelta) {
						bestDelta = delta;
						bestRoute = r;
						bestPos = p;
					}
				}
			}
			if (bestRoute < 0) {
				this.unassigned.add(x);
			}
			else {
				save(bestRoute);
				insert(bestRoute, x, bestPos);
			}
		}
	}

	private void sortForInsertion(List<Visit> pending) {
		int pick = this.random.nextInt(11);
		if (pick < 4) {
			for (int i = pending.size() - 1; i > 0; i--) {
				int j = this.random.nextInt(i + 1);
				Visit tmp = pending.get(i);
				pending.set(i, pending.get(j));
				pending.set(j, tmp);
			}
		}
		else if (pick < 8) {
			pending.sort((a, b) -> Long.compare(b.getWeightGrams() + b.getVolumeCm3() + b.getPallets(),
					a.getWeightGrams() + a.getVolumeCm3() + a.getPallets()));
		}
		else if (pick < 10) {
			pending.sort((a, b) -> Double.compare(this.depotDistance[b.index], this.depotDistance[a.index]));
		}
		else {
			pending.sort((a, b) -> Double.compare(this.depotDistance[a.index], this.depotDistance[b.index]));
		}
	}

	/** Soft cost added by inserting {@code x} before position {@code p}, or MAX_VALUE when not allowed. */
	double insertionDelta(int r, Visit x, int p, double bound) {
		Vehicle v = this.vehicles[r];
		int len = this.len[r];
		if (this.fast[r] && x.getReadyTime() <= this.dep[r][0]) {
			long[] ld = this.load[r];
			if (ld[0] + x.getWeightGrams() > v.getCapacityGrams() || ld[1] + x.getVolumeCm3() > v.getCapacityCm3()
					|| ld[2] + x.getPallets() > v.getCapacityPallets()) {
				return Double.MAX_VALUE;
			}
			TravelCosts tc = v.travel();
			int prev = p == 0 ? v.getStartLocation() : this.route[r][p - 1].getLocation();
			int next = p == len ? v.getDepotLocation() : this.route[r][p].getLocation();
			int here = x.getLocation();
			long dm = tc.meters(prev, here) + tc.meters(here, next) - tc.meters(prev, next);
			double delta = RouteSimulator.distanceCost(v, this.routeMeters[r] + dm)
					- RouteSimulator.distanceCost(v, this.routeMeters[r]);
			if (len == 0) {
				delta += v.getFixedCostCents();
			}
			if (delta >= bound) {
				return Double.MAX_VALUE;
			}
			long arrival = this.dep[r][p] + tc.seconds(prev, here);
			long start = x.serviceStart(arrival);
			if (start < 0) {
				return Double.MAX_VALUE;
			}
			long arrivalNext = start + x.getServiceSeconds() + tc.seconds(here, next);
			if (arrivalNext > this.latest[r][p + 1]) {
				return Double.MAX_VALUE;
			}
			return delta;
		}
		Visit[] rt = this.route[r];
		System.arraycopy(rt, 0, this.scratch, 0, p);
		this.scratch[p] = x;
		System.arraycopy(rt, p, this.scratch, p + 1, len - p);
		RouteSimulator.run(v, this.scratch, len + 1, this.outcome, false);
		if (this.outcome.hard(v) > this.routeHard[r]) {
			return Double.MAX_VALUE;
		}
		return this.outcome.soft(v) - this.routeSoft[r];
	}

	void insert(int r, Visit x, int p) {
		Visit[] rt = this.route[r];
		System.arraycopy(rt, p, rt, p + 1, this.len[r] - p);
		rt[p] = x;
		this.len[r]++;
		this.routeOf[x.index] = r;
		refresh(r);
	}

	/** Recomputes a route's cost, hard violation and constant-time insertion data. */
	private void refresh(int r) {
		Vehicle v = this.vehicles[r];
		Visit[] rt = this.route[r];
		int len = this.len[r];
		RouteSimulator.run(v, rt, len, this.outcome, false);
		this.routeSoft[r] = this.outcome.soft(v);
		this.routeHard[r] = this.outcome.hard(v);
		this.routeMeters[r] = this.outcome.meters;
		this.fast[r] = this.simple[r] && this.routeHard[r] == 0;
		if (!this.fast[r]) {
			return;
		}
		TravelCosts tc = v.travel();
		long[] d = this.dep[r];
		long[] ld = this.load[r];
		ld[0] = 0;
		ld[1] = 0;
		ld[2] = 0;
		long ready = v.getStartTime();
		for (int k = 0; k < len; k++) {
			Visit x = rt[k];
			ld[0] += x.getWeightGrams();
			ld[1] += x.getVolumeCm3();
			ld[2] += x.getPallets();
			ready = Math.max(ready, x.getReadyTime());
		}
		d[0] = ready;
		int loc = v.getStartLocation();
		for (int k = 0; k < len; k++) {
			Visit x = rt[k];
			long arrival = d[k] + tc.seconds(loc, x.getLocation());
			d[k + 1] = x.serviceStart(arrival) + x.getServiceSeconds();
			loc = x.getLocation();
		}
		long[] lt = this.latest[r];
		long endLimit = Math.min(v.getShiftEnd(), d[0] + v.getMaxRouteSeconds());
		lt[len + 1] = endLimit;
		int next = v.getDepotLocation();
		for (int k = len; k >= 1; k--) {
			Visit x = rt[k - 1];
			long latestStart = lt[k + 1] - tc.seconds(x.getLocation(), next) - x.getServiceSeconds();
			lt[k] = lt[k + 1] == Long.MIN_VALUE ? Long.MIN_VALUE : x.latestArrivalFor(latestStart);
			next = x.getLocation();
		}
	}

	// ---------------------------------------------------------------- undo and best

	private void beginIteration() {
		for (int i = 0; i < this.touchedCount; i++) {
			this.touched[this.touchedList[i]] = false;
		}
		this.touchedCount = 0;
		this.savedUnassigned.clear();
		this.savedUnassigned.addAll(this.unassigned);
	}

	private void save(int r) {
		if (this.touched[r]) {
			return;
		}
		this.touched[r] = true;
		this.touchedList[this.touchedCount++] = r;
		System.arraycopy(this.route[r], 0, this.savedRoute[r], 0, this.len[r]);
		this.savedLen[r] = this.len[r];
		this.savedSoft[r] = this.routeSoft[r];
		this.savedHard[r] = this.routeHard[r];
	}

	private void rollback() {
		for (int i = 0; i < this.touchedCount; i++) {
			int r = this.touchedList[i];
			for (int k = 0; k < this.len[r]; k++) {
				this.routeOf[this.route[r][k].index] = -1;
			}
		}
		for (int i = 0; i < this.touchedCount; i++) {
			int r = this.touchedList[i];
			System.arraycopy(this.savedRoute[r], 0, this.route[r], 0, this.savedLen[r]);
			this.len[r] = this.savedLen[r];
			for (int k = 0; k < this.len[r]; k++) {
				this.routeOf[this.route[r][k].index] = r;
			}
			refresh(r);
		}
		this.unassigned.clear();
		this.unassigned.addAll(this.savedUnassigned);
		for (Visit x : this.unassigned) {
			this.routeOf[x.index] = -1;
		}
	}

	private void remember() {
		this.bestCost = this.currentCost;
		this.bestHard = this.currentHard;
		int[][] snap = new int[this.m][];
		for (int r = 0; r < this.m; r++) {
			snap[r] = new int[this.len[r]];
			for (int k = 0; k < this.len[r]; k++) {
				snap[r][k] = this.route[r][k].index;
			}
		}
		this.best = snap;
	}

	private void adopt(int[][] routes) {
		Arrays.fill(this.routeOf, -1);
		for (int r = 0; r < this.m; r++) {
			this.len[r] = routes[r].length;
			for (int k = 0; k < routes[r].length; k++) {
				this.route[r][k] = this.visits[routes[r][k]];
				this.routeOf[routes[r][k]] = r;
			}
			refresh(r);
		}
		this.unassigned.clear();
		for (Visit x : this.visits) {
			if (this.routeOf[x.index] < 0) {
				this.unassigned.add(x);
			}
		}
	}

	int[][] best() {
		return this.best;
	}

	// ---------------------------------------------------------------- state, for the equivalence tests

	/** The current route of vehicle {@code r}. */
	Visit[] route(int r) {
		return Arrays.copyOf(this.route[r], this.len[r]);
	}

	/** The cached (incrementally refreshed) soft cost of route {@code r}. */
	long routeSoft(int r) {
		return this.routeSoft[r];
	}

	/** The cached hard violation of route {@code r}. */
	long routeHard(int r) {
		return this.routeHard[r];
	}

	/** The current plan's cost and hard violation as the search keeps them between iterations. */
	long currentCost() {
		return this.currentCost;
	}

	long currentHard() {
		return this.currentHard;
	}

	List<Visit> unassignedVisits() {
		return List.copyOf(this.unassigned);
	}

	/** Plans an unassigned visit at position {@code p} of route {@code r} (as a recreate would). */
	void plan(Visit x, int r, int p) {
		this.unassigned.remove(x);
		insert(r, x, p);
		this.currentCost = cost();
		this.currentHard = hard();
	}

	/** Takes the visit at position {@code k} of route {@code r} out (as a ruin would). */
	Visit unplan(int r, int k) {
		List<Visit> removed = new ArrayList<>();
		removeRange(r, k, k + 1, -1, -1, removed);
		this.unassigned.addAll(removed);
		this.currentCost = cost();
		this.currentHard = hard();
		return removed.get(0);
	}

	/** Marks on each visit its {@code k} nearest visits by road, for {@link NearbyNeighborhood}. */
	void markNearby(int k) {
		Neighbours.markNearby(this.visits, this.neighbours, k);
	}

	long bestCost() {
		return this.bestCost;
	}

}
