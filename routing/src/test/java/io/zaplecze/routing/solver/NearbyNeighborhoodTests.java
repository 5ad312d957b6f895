package io.zaplecze.routing.solver;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningSolutionMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.neighborhood.MoveProvider;
import ai.timefold.solver.core.preview.api.neighborhood.test.NeighborhoodTestContext;
import ai.timefold.solver.core.preview.api.neighborhood.test.NeighborhoodTester;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nearby moves pair a visit only with its nearest visits, never touch a pinned prefix and never
 * generate a move that changes nothing. Visits 1..8 on a line; A serves 1 2 3 4 (1 and 2 pinned),
 * B serves 5 6 7, visit 8 is unassigned; each visit's two nearest count as nearby.
 */
class NearbyNeighborhoodTests {

	private final PlanningSolutionMetaModel<RoutingSolution> model = PlanningSolutionMetaModel.of(RoutingSolution.class,
			Vehicle.class, Visit.class);

	private final PlanningListVariableMetaModel<RoutingSolution, Vehicle, Visit> variable = this.model
		.genuineEntity(Vehicle.class)
		.listVariable();

	private RoutingSolution solution;

	private List<Visit> visits;

	private RoutingSolution setUp() {
		this.visits = new ArrayList<>();
		for (int i = 1; i <= 8; i++) {
			this.visits.add(new Visit(Integer.toString(i), i));
		}
		Vehicle a = new Vehicle("A", 0, LineTravel.INSTANCE);
		Vehicle b = new Vehicle("B", 0, LineTravel.INSTANCE);
		a.setVisits(new ArrayList<>(this.visits.subList(0, 4)));
		a.pinFirst(2);
		b.setVisits(new ArrayList<>(this.visits.subList(4, 7)));
		this.visits.subList(0, 4).forEach(v -> v.setVehicle(a));
		this.visits.subList(4, 7).forEach(v -> v.setVehicle(b));
		this.solution = new RoutingSolution(List.of(a, b), this.visits);
		new RuinRecreateSearch(this.solution, 0).markNearby(2);
		return this.solution;
	}

	private List<String> routes() {
		return this.solution.getVehicles()
			.stream()
			.map(v -> String.join(" ", v.getVisits().stream().map(Visit::getId).toList()))
			.toList();
	}

	private List<List<String>> outcomes(MoveProvider<RoutingSolution> provider) {
		NeighborhoodTestContext<RoutingSolution> context = NeighborhoodTester.build(provider, this.model).using(setUp());
		List<Move<RoutingSolution>> moves = context.getMovesAsList();
		List<String> before = routes();
		List<List<String>> result = new ArrayList<>();
		for (Move<RoutingSolution> move : moves) {
			context.getMoveTestContext().executeTemporarily(move, view -> result.add(routes()));
			assertThat(routes()).isEqualTo(before);
		}
		return result;
	}

	@Test
	void changeMovesPutAVisitRightAfterANearbyOneOutsideThePinnedPrefix() {
		List<List<String>> outcomes = outcomes(new NearbyNeighborhood.NearbyChange(this.variable));
		assertThat(outcomes).isNotEmpty();
		assertThat(outcomes).allSatisfy(routes -> {
			assertThat(routes.get(0)).startsWith("1 2");
			assertThat(routes).isNotEqualTo(List.of("1 2 3 4", "5 6 7"));
		});
		// 4 next to its neighbour 5 (on B) is one of them; 7 next to 1 (far away) is not.
		assertThat(outcomes).contains(List.of("1 2 3", "5 4 6 7"));
		assertThat(outcomes).noneMatch(routes -> routes.get(0).startsWith("1 7"));
	}

	@Test
	void swapMovesExchangeNearbyVisitsOnly() {
		List<List<String>> outcomes = outcomes(new NearbyNeighborhood.NearbySwap(this.variable));
		assertThat(outcomes).contains(List.of("1 2 3 5", "4 6 7"));
		assertThat(outcomes).noneMatch(routes -> routes.get(1).contains("3") && routes.get(1).startsWith("3 6"));
		assertThat(outcomes).allSatisfy(routes -> assertThat(routes.get(0)).startsWith("1 2"));
	}

	@Test
	void assignMovesPlanAnUnassignedVisitNextToANearbyOne() {
		List<List<String>> outcomes = outcomes(new NearbyNeighborhood.NearbyAssign(this.variable));
		// 8's nearest are 7 and 6: after 7 or after 6 on B.
		assertThat(outcomes).containsExactlyInAnyOrder(List.of("1 2 3 4", "5 6 7 8"), List.of("1 2 3 4", "5 6 8 7"));
	}

}
