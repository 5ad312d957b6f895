package io.zaplecze.warehouse.picking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PickPathPlannerTests {

	// Four aisles 5 m apart, 20 m long; the entry is 1 m in front of the first aisle.
	private final AisleLayout layout = new AisleLayout(List.of(0.0, 5.0, 10.0, 15.0), 0, 20, 0, -1);

	private final List<PickPoint> picks = List.of(new PickPoint(0, 5), new PickPoint(1, 15), new PickPoint(1, 3),
			new PickPoint(3, 10));

	@Test
	void sShapeTraversesEveryPickAisleAndEntersTheShallowerEndAisleFromTheFront() {
		PickTour tour = PickPathPlanner.route(this.layout, this.picks, PickPathMethod.S_SHAPE);
		// Right to left: aisle 3 up, aisle 1 down (15 then 3), aisle 0 in and out.
		assertThat(tour.order()).containsExactly(3, 1, 2, 0);
		// entry 2 + across 30 + two traversals 40 + into aisle 0 and back 10
		assertThat(tour.distanceMeters()).isCloseTo(82, within(1e-9));
	}

	@Test
	void largestGapLeavesTheLargestGapOfMiddleAislesUnwalked() {
		PickTour tour = PickPathPlanner.route(this.layout, this.picks, PickPathMethod.LARGEST_GAP);
		// Aisle 0 up, aisle 1's back part (15) from the back, aisle 3 down, aisle 1's front part (3).
		assertThat(tour.order()).containsExactly(0, 1, 3, 2);
		// entry 2 + across 30 + outer aisles 40 + aisle 1 without its 12 m gap twice: 2 × 8
		assertThat(tour.distanceMeters()).isCloseTo(88, within(1e-9));
	}

	@Test
	void largestGapEntersMiddleAislesFromTheFrontOnlyWhenPicksAreShallow() {
		List<PickPoint> shallow = List.of(new PickPoint(0, 2), new PickPoint(1, 2), new PickPoint(2, 2), new PickPoint(3, 2));
		// S-shape walks all four aisles: 2 + 30 + 80; largest gap: 2 + 30 + 40 + 2 × 2 × 2
		assertThat(PickPathPlanner.length(this.layout, shallow, PickPathMethod.S_SHAPE)).isCloseTo(112, within(1e-9));
		assertThat(PickPathPlanner.length(this.layout, shallow, PickPathMethod.LARGEST_GAP)).isCloseTo(80, within(1e-9));
		// The optimised tour dips into each aisle from the front: 2 + 30 + 4 × 4
		assertThat(PickPathPlanner.length(this.layout, shallow, PickPathMethod.OPTIMISED)).isCloseTo(48, within(1e-9));
	}

	@Test
	void optimisedTourVisitsEveryPickOnceAndIsNeverLongerThanEitherHeuristic() {
		Random random = new Random(3);
		AisleLayout wide = new AisleLayout(List.of(2.6, 7.8, 13.0, 18.2, 23.4, 28.6, 33.8, 39.0), 0, 40, 20, -2);
		for (int run = 0; run < 200; run++) {
			List<PickPoint> points = new ArrayList<>();
			int n = 1 + random.nextInt(25);
			for (int i = 0; i < n; i++) {
				points.add(new PickPoint(random.nextInt(8), 1 + random.nextDouble() * 38));
			}
			PickTour best = PickPathPlanner.route(wide, points, PickPathMethod.OPTIMISED);
			assertThat(new HashSet<>(best.order())).hasSize(n);
			assertThat(best.distanceMeters()).isCloseTo(PickPathPlanner.sequenceLength(wide, points, best.order()), within(1e-6));
			for (PickPathMethod heuristic : List.of(PickPathMethod.S_SHAPE, PickPathMethod.LARGEST_GAP)) {
				PickTour tour = PickPathPlanner.route(wide, points, heuristic);
				assertThat(new HashSet<>(tour.order())).hasSize(n);
				// The heuristic's walk passes its picks in this order, so shortest paths between
				// them can only be shorter.
				assertThat(PickPathPlanner.sequenceLength(wide, points, tour.order())).isLessThanOrEqualTo(tour.distanceMeters() + 1e-6);
				assertThat(best.distanceMeters()).isLessThanOrEqualTo(tour.distanceMeters() + 1e-6);
			}
		}
	}

	@Test
	void anEmptyPickListWalksNowhere() {
		assertThat(PickPathPlanner.route(this.layout, List.of(), PickPathMethod.OPTIMISED).distanceMeters()).isZero();
	}

}
