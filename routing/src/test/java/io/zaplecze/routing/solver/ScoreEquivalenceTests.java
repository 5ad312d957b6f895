package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The property that lets the search's fast path stay fast: on random small problems (every rule in
 * play: capacities in three dimensions, one or two windows, ready times, shifts, maximum durations,
 * breaks, multi-trip, vehicles on the road, cold goods, pins, priorities, every cost term) and random
 * moves, the search's own evaluation gives exactly the score of the full simulation and of Timefold's
 * constraint streams:
 * <ul>
 * <li>the insertion delta of every position of a random visit (constant-time check on simple routes,
 * simulation on the others) equals the full simulation's soft difference, and says "not allowed"
 * exactly when the full simulation adds hard violation;
 * <li>after every insertion, removal and ruin-and-recreate iteration (accepted or rolled back) the
 * incrementally refreshed route costs equal a fresh simulation, and the search's plan cost and hard
 * violation equal Timefold's score of the same plan.
 * </ul>
 * Every route is compared with a fresh simulation after every move; Timefold's score (a new score
 * director per call, the expensive part) at the start and after the last move of each problem.
 * Default: 1,000 problems × 12 moves (about 5 s of CPU);
 * {@code -Dzaplecze.planner.equivalence.problems=100000} for a longer run.
 */
class ScoreEquivalenceTests {

	private static final int PROBLEMS = Integer.getInteger("zaplecze.planner.equivalence.problems", 1000);

	private static final long MEDIUM = 1L << 40;

	/**
	 * Times are whole multiples of five minutes, so arrivals meet window ends, shift ends and break
	 * windows exactly, often: an off-by-one at a boundary cannot hide.
	 */
	private static final long M = 300;

	private static SolutionManager<RoutingSolution, HardMediumSoftScore> timefold;

	@BeforeAll
	static void timefold() {
		timefold = SolutionManager.create(SolverFactory.create(PlannerSolverConfig.timefoldDefaults(0)));
	}

	@Test
	void fastEvaluationEqualsFullSimulationAndTimefold() {
		long insertionChecks = 0;
		long fastChecks = 0;
		for (int i = 0; i < PROBLEMS; i++) {
			long seed = 1_000_003L * i + 17;
			SplittableRandom random = new SplittableRandom(seed);
			RoutingSolution problem = randomProblem(random);
			RuinRecreateSearch search = new RuinRecreateSearch(problem, seed);
			assertSameAsFullSimulation(search, seed, "start", true);
			for (int step = 0; step < 12; step++) {
				int move = random.nextInt(4);
				if (move == 0) {
					// Take a planned visit out (most insertions of a visit the search could not plan are infeasible).
					int r0 = random.nextInt(search.vehicles.length);
					int from0 = Math.min(search.vehicles[r0].getPinnedStops(), search.route(r0).length);
					if (search.route(r0).length > from0 && random.nextInt(4) > 0) {
						search.unplan(r0, from0 + random.nextInt(search.route(r0).length - from0));
					}
					if (search.unassignedVisits().isEmpty()) {
						continue;
					}
					Visit x = search.unassignedVisits().get(random.nextInt(search.unassignedVisits().size()));
					long[] counts = checkEveryInsertion(search, x, seed);
					insertionChecks += counts[0];
					fastChecks += counts[1];
					int r = random.nextInt(search.vehicles.length);
					if (PlannerRules.allows(x, search.vehicles[r])) {
						int from = Math.min(search.vehicles[r].getPinnedStops(), search.route(r).length);
						search.plan(x, r, from + random.nextInt(search.route(r).length - from + 1));
					}
				}
				else if (move == 1) {
					int r = random.nextInt(search.vehicles.length);
					int from = Math.min(search.vehicles[r].getPinnedStops(), search.route(r).length);
					if (search.route(r).length > from) {
						search.unplan(r, from + random.nextInt(search.route(r).length - from));
					}
				}
				else {
					search.iterate(random.nextDouble() < 0.5 ? 0 : 1e12);
				}
				assertSameAsFullSimulation(search, seed, "step " + step + " move " + move, step == 11);
			}
		}
		// The constant-time path must have been exercised, not only the simulated one.
		assertThat(fastChecks).as("insertion checks on the constant-time path").isGreaterThan(insertionChecks / 20);
	}

	@Test
	void windowBoundaryIsTheSameOnEveryPath() {
		// One simple van (constant-time path) and one with a break (simulated path); location 1 is 100 s away.
		for (boolean simple : new boolean[] { true, false }) {
			for (long end : new long[] { 100, 99 }) {
				Vehicle v = new Vehicle("A", 0, LineTravel.INSTANCE).shift(0, 10_000);
				if (!simple) {
					v.driverBreak(5000, 9000, 60);
				}
				Visit x = new Visit("x", 1).window(0, end);
				RoutingSolution problem = new RoutingSolution(List.of(v), List.of(x));
				RuinRecreateSearch search = new RuinRecreateSearch(problem, 1);
				double delta = search.insertionDelta(0, x, 0, Double.MAX_VALUE);
				RouteSimulator.Outcome out = new RouteSimulator.Outcome();
				RouteSimulator.run(v, new Visit[] { x }, 1, out, false);
				v.setVisits(new ArrayList<>(List.of(x)));
				x.setVehicle(v);
				HardMediumSoftScore score = timefold.update(problem);
				if (end == 100) {
					assertThat(delta).as("arriving at the end, simple=%s", simple).isLessThan(Double.MAX_VALUE);
					assertThat(out.lateSeconds).isZero();
					assertThat(score.hardScore()).isZero();
				}
				else {
					assertThat(delta).as("one second late, simple=%s", simple).isEqualTo(Double.MAX_VALUE);
					assertThat(out.lateSeconds).isEqualTo(1);
					assertThat(score.hardScore()).isEqualTo(-1);
				}
			}
		}
	}

	/** Checks every position of {@code x} on every vehicle; returns {checks, of them on the constant-time path}. */
	private static long[] checkEveryInsertion(RuinRecreateSearch search, Visit x, long seed) {
		long checks = 0;
		long fast = 0;
		RouteSimulator.Outcome out = new RouteSimulator.Outcome();
		for (int r = 0; r < search.vehicles.length; r++) {
			Vehicle v = search.vehicles[r];
			if (!PlannerRules.allows(x, v)) {
				continue;
			}
			Visit[] route = search.route(r);
			RouteSimulator.run(v, route, route.length, out, false);
			long softBefore = out.soft(v);
			long hardBefore = out.hard(v);
			boolean fastPath = search.routeHard(r) == 0 && !v.hasBreak() && !v.isMultiTrip() && !v.isEnRoute()
					&& v.getBalanceWeight() == 0 && v.getCostPerHourCents() == 0 && v.getMaxRouteSeconds() >= Vehicle.UNLIMITED
					&& x.getReadyTime() <= out.departure;
			for (int p = Math.min(v.getPinnedStops(), route.length); p <= route.length; p++) {
				Visit[] seq = new Visit[route.length + 1];
				System.arraycopy(route, 0, seq, 0, p);
				seq[p] = x;
				System.arraycopy(route, p, seq, p + 1, route.length - p);
				RouteSimulator.run(v, seq, seq.length, out, false);
				double delta = search.insertionDelta(r, x, p, Double.MAX_VALUE);
				String what = "seed " + seed + ": " + x + " at " + p + " on " + v + (fastPath ? " (constant-time)" : "");
				if (out.hard(v) > hardBefore) {
					assertThat(delta).as(what + " adds hard violation").isEqualTo(Double.MAX_VALUE);
				}
				else {
					assertThat(delta).as(what + " soft delta").isEqualTo((double) (out.soft(v) - softBefore));
				}
				checks++;
				if (fastPath) {
					fast++;
				}
			}
		}
		return new long[] { checks, fast };
	}

	/** The search's cached state equals a fresh simulation of its routes and Timefold's score of them. */
	private static void assertSameAsFullSimulation(RuinRecreateSearch search, long seed, String when,
			boolean withTimefold) {
		RouteSimulator.Outcome out = new RouteSimulator.Outcome();
		long soft = 0;
		long hard = 0;
		List<Visit> planned = new ArrayList<>();
		for (int r = 0; r < search.vehicles.length; r++) {
			Vehicle v = search.vehicles[r];
			Visit[] route = search.route(r);
			RouteSimulator.run(v, route, route.length, out, false);
			assertThat(search.routeSoft(r)).as("seed %d, %s: soft of route %d", seed, when, r).isEqualTo(out.soft(v));
			assertThat(search.routeHard(r)).as("seed %d, %s: hard of route %d", seed, when, r).isEqualTo(out.hard(v));
			soft += out.soft(v);
			hard += out.hard(v);
			planned.addAll(List.of(route));
		}
		long priority = 0;
		for (Visit x : search.unassignedVisits()) {
			priority += x.getPriority();
			assertThat(planned).doesNotContain(x);
		}
		assertThat(planned.size() + search.unassignedVisits().size()).isEqualTo(search.visits.length);
		assertThat(search.cost()).as("seed %d, %s: plan cost", seed, when).isEqualTo(soft + MEDIUM * priority);
		assertThat(search.hard()).as("seed %d, %s: plan hard", seed, when).isEqualTo(hard);
		assertThat(search.currentCost()).as("seed %d, %s: kept cost", seed, when).isEqualTo(search.cost());
		assertThat(search.currentHard()).as("seed %d, %s: kept hard", seed, when).isEqualTo(search.hard());
		if (!withTimefold) {
			return;
		}

		// The same plan scored by Timefold's constraint streams.
		long visitHard = 0;
		for (int r = 0; r < search.vehicles.length; r++) {
			Vehicle v = search.vehicles[r];
			v.setVisits(new ArrayList<>(List.of(search.route(r))));
			v.getVisits().forEach(x -> x.setVehicle(v));
		}
		search.unassignedVisits().forEach(x -> x.setVehicle(null));
		for (Visit x : search.visits) {
			for (PlannerRules.VisitRule rule : PlannerRules.VISIT) {
				if (rule.level() == PlannerRules.Level.HARD) {
					visitHard += rule.of(x);
				}
			}
		}
		RoutingSolution solution = new RoutingSolution(List.of(search.vehicles), List.of(search.visits));
		HardMediumSoftScore score = timefold.update(solution);
		assertThat(score).as("seed %d, %s: Timefold's score", seed, when)
			.isEqualTo(HardMediumSoftScore.of(-(hard + visitHard), -priority, -soft));
	}

	/** 1–4 vehicles and 1–12 visits, with every feature switched on at random. */
	static RoutingSolution randomProblem(SplittableRandom random) {
		int locations = 2 + random.nextInt(14);
		long[][] meters = new long[locations][locations];
		long[][] seconds = new long[locations][locations];
		int[] x = new int[locations];
		int[] y = new int[locations];
		for (int i = 0; i < locations; i++) {
			x[i] = random.nextInt(5000);
			y[i] = random.nextInt(5000);
		}
		for (int i = 0; i < locations; i++) {
			for (int j = 0; j < locations; j++) {
				long d = i == j ? 0 : Math.abs(x[i] - x[j]) + Math.abs(y[i] - y[j]) + random.nextInt(200);
				meters[i][j] = d;
				seconds[i][j] = i == j ? 0 : M * (1 + d / 3000 + random.nextInt(2));
			}
		}
		TravelCosts travel = new TravelCosts() {

			@Override
			public long seconds(int from, int to) {
				return seconds[from][to];
			}

			@Override
			public long meters(int from, int to) {
				return meters[from][to];
			}
		};
		int visitCount = 1 + random.nextInt(12);
		List<Visit> visits = new ArrayList<>();
		for (int i = 0; i < visitCount; i++) {
			Visit v = new Visit("x" + i, 1 + random.nextInt(locations - 1)).service(M * random.nextLong(0, 3))
				.demand(random.nextLong(0, 50_000), random.nextLong(0, 200_000), random.nextLong(0, 3))
				.priority(1 + random.nextInt(10));
			long open = M * random.nextLong(0, 6 * 12);
			if (random.nextInt(3) == 0) {
				long close = open + M * random.nextLong(1, 2 * 12);
				long open2 = close + M * random.nextLong(1, 12);
				v.windows(new long[] { open, open2 }, new long[] { close, open2 + M * random.nextLong(1, 3 * 12) });
			}
			else if (random.nextInt(4) > 0) {
				v.window(open, open + M * random.nextLong(1, 4 * 12));
			}
			if (random.nextInt(3) == 0) {
				v.readyAt(M * random.nextLong(-12, 3 * 12));
			}
			if (random.nextInt(5) == 0) {
				v.refrigerated(true);
			}
			visits.add(v);
		}
		int vehicleCount = 1 + random.nextInt(4);
		List<Vehicle> vehicles = new ArrayList<>();
		for (int k = 0; k < vehicleCount; k++) {
			Vehicle v = new Vehicle("v" + k, 0, travel).shift(M * random.nextLong(0, 12), M * random.nextLong(2 * 12, 8 * 12))
				.costs(random.nextLong(0, 3000), random.nextInt(2) == 0 ? 0 : random.nextLong(0, 6000),
						random.nextInt(3) == 0 ? 0 : random.nextLong(0, 20_000))
				.refrigerated(random.nextBoolean());
			if (random.nextBoolean()) {
				v.capacity(random.nextLong(30_000, 200_000), random.nextLong(100_000, 800_000), random.nextLong(2, 8));
			}
			if (random.nextInt(3) == 0) {
				v.maxRouteSeconds(M * random.nextLong(12, 6 * 12));
			}
			if (random.nextInt(3) == 0) {
				long start = M * random.nextLong(1 * 12, 4 * 12);
				v.driverBreak(start, start + M * random.nextLong(0, 2 * 12), M * random.nextLong(1, 6));
			}
			if (random.nextInt(3) == 0) {
				v.multiTrip(true, M * random.nextLong(0, 4));
			}
			if (random.nextInt(3) == 0) {
				v.balanceWeight(random.nextLong(1, 400));
			}
			if (random.nextInt(3) == 0) {
				v.paidTime(M * random.nextLong(6, 6 * 12), random.nextLong(0, 101));
			}
			if (random.nextInt(6) == 0) {
				long now = M * random.nextLong(12, 4 * 12);
				v.onTheRoad(1 + random.nextInt(locations - 1), now, now - M * random.nextLong(0, 12),
						now - M * random.nextLong(0, 24));
			}
			vehicles.add(v);
		}
		for (Visit v : visits) {
			if (random.nextInt(8) == 0) {
				v.pinnedTo("v" + random.nextInt(vehicleCount + 1));
			}
		}
		// A random starting plan, rules broken or not; some visits left out; pinned prefixes on some routes.
		for (Visit v : visits) {
			if (random.nextInt(4) > 0) {
				Vehicle on = vehicles.get(random.nextInt(vehicleCount));
				on.getVisits().add(v);
				v.setVehicle(on);
			}
		}
		for (Vehicle v : vehicles) {
			if (!v.getVisits().isEmpty() && random.nextInt(4) == 0) {
				v.pinFirst(random.nextInt(v.getVisits().size() + 1));
			}
		}
		return new RoutingSolution(vehicles, visits);
	}

}
