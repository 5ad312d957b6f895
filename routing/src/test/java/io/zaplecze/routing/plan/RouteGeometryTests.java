package io.zaplecze.routing.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.roadnetwork.RoadLeg;
import io.zaplecze.routing.roadnetwork.RoadNetworkService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** Legs keep the contract's numbering: a reload at the depot is driven through inside a leg. */
class RouteGeometryTests {

	private static final GeoPoint DEPOT = new GeoPoint(52.0, 21.0);

	private static final GeoPoint A = new GeoPoint(52.1, 21.0);

	private static final GeoPoint B = new GeoPoint(52.0, 21.1);

	private static RoadLeg leg(GeoPoint from, GeoPoint to, long meters, long seconds) {
		return new RoadLeg(meters, seconds, List.of(from, to), List.of(0.0, (double) seconds));
	}

	@Test
	void aReloadBetweenTripsIsPartOfTheLegBetweenTwoStops() {
		RoadNetworkService network = mock(RoadNetworkService.class);
		given(network.legs(any(), any())).willReturn(List.of(leg(DEPOT, A, 1000, 100), leg(A, DEPOT, 1000, 100),
				leg(DEPOT, B, 2000, 200), leg(B, DEPOT, 2000, 200)));
		List<PlanContent.Leg> legs = new RouteGeometry(network).legs(List.of(DEPOT, A, DEPOT, B, DEPOT),
				List.of(0, 1, RouteGeometry.RELOAD, 2, 3), VehicleProfile.CAR);

		assertThat(legs).extracting(PlanContent.Leg::fromSequence).containsExactly(0, 1, 2);
		assertThat(legs).extracting(PlanContent.Leg::toSequence).containsExactly(1, 2, 3);
		PlanContent.Leg throughDepot = legs.get(1);
		assertThat(throughDepot.distanceMeters()).isEqualTo(3000);
		assertThat(throughDepot.travelSeconds()).isEqualTo(300);
		// A -> depot -> B: three points (the depot once), times continue across the depot.
		assertThat(throughDepot.geometry().coordinates()).containsExactly(List.of(21.0, 52.1), List.of(21.0, 52.0),
				List.of(21.1, 52.0));
		assertThat(throughDepot.pointSeconds()).containsExactly(0.0, 100.0, 300.0);
	}

}
