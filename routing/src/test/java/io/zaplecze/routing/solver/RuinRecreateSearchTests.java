package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The search alone, on days where removing a stop can break a route (multi-trip, ready times, breaks). */
class RuinRecreateSearchTests {

	/**
	 * On a multi-trip route a removal regroups the trips: a trip may then wait for goods that are
	 * ready later, or the break may move, and the stops after it arrive late. The search must never
	 * keep such a plan, since the solver would score it infeasible and fall back to an empty plan.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void neverKeepsAPlanThatBreaksAHardRule(long seed) {
		RoutingSolution day = demandingDay(seed);
		RuinRecreateSearch search = new RuinRecreateSearch(day, seed);
		SharedBest shared = new SharedBest();
		search.run(() -> false, System.nanoTime() + 400_000_000L, shared);
		int[][] routes = shared.snapshot().routes();
		RouteSimulator.Outcome outcome = new RouteSimulator.Outcome();
		int planned = 0;
		for (int r = 0; r < routes.length; r++) {
			Visit[] seq = new Visit[routes[r].length];
			for (int k = 0; k < seq.length; k++) {
				seq[k] = search.visits[routes[r][k]];
			}
			RouteSimulator.run(search.vehicles[r], seq, seq.length, outcome, false);
			assertThat(outcome.hard(search.vehicles[r])).as("hard violation of route %d", r).isZero();
			planned += seq.length;
		}
		assertThat(planned).as("visits planned").isGreaterThan(day.getVisits().size() / 2);
	}

	/** Vans that must reload, a break window, goods ready through the morning, windows all day. */
	private static RoutingSolution demandingDay(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<Visit> visits = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			long open = random.nextLong(0, 8 * 3600);
			Visit visit = new Visit("v" + i, 1 + random.nextInt(399)).window(open, open + random.nextLong(3600, 4 * 3600))
				.service(300)
				.demand(20_000 + random.nextLong(60_000), 0, 0)
				.readyAt(random.nextLong(-3600, 2 * 3600));
			visits.add(visit);
		}
		List<Vehicle> fleet = new ArrayList<>();
		for (int k = 0; k < 6; k++) {
			fleet.add(new Vehicle("van" + k, 0, PlannerSolveTests.GRID).shift(0, 11 * 3600)
				.capacity(400_000, Vehicle.UNLIMITED, Vehicle.UNLIMITED)
				.multiTrip(true, 1200)
				.driverBreak(4 * 3600, 6 * 3600, 1800));
		}
		return new RoutingSolution(fleet, visits);
	}

}
