package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.FleetLiveState;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a re-plan starts from: the live state when tracking reports it, the published times otherwise. */
class ReplanStateTests {

	private static final Instant T = Instant.parse("2031-03-04T07:00:00Z");

	private static final GeoPoint DEPOT = new GeoPoint(52.20, 21.00);

	private final PlanContent.PlannedStop first = stop(1, new GeoPoint(52.21, 21.01), 600, 900);

	private final PlanContent.PlannedStop second = stop(2, new GeoPoint(52.22, 21.02), 1500, 1800);

	private final PlanContent.PlannedStop third = stop(3, new GeoPoint(52.23, 21.03), 2400, 2700);

	private static PlanContent.PlannedStop stop(int sequence, GeoPoint at, long arrival, long departure) {
		return new PlanContent.PlannedStop(UUID.randomUUID(), UUID.randomUUID(), "ORD-" + sequence, sequence, at,
				T.plusSeconds(arrival), T.plusSeconds(departure), 300, List.of(new TimeWindow(T, T.plusSeconds(36_000))), 0,
				"PLANNED");
	}

	private PlanContent base() {
		PlanContent.PlannedRoute route = new PlanContent.PlannedRoute(UUID.randomUUID(), "VAN-01", false,
				UUID.randomUUID(), DEPOT, T, T.plusSeconds(3300), 10_000, 2000, 1900,
				List.of(this.first, this.second, this.third), List.of());
		return new PlanContent(LocalDate.of(2031, 3, 4), "0hard/0medium/-1soft", true, List.of(route), List.of(),
				List.of(), new PlanContent.Totals(1, 3, 10_000, 2000, 1900));
	}

	private static JobInputs inputs(FleetLiveState live) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				live == null ? Map.of() : Map.of("live", live));
		return new JobInputs(null, null, null, null, beans.getBeanProvider(FleetLiveState.class), null, null);
	}

	@Test
	void withoutLiveDataThePublishedTimesSayWhatIsDone() {
		// 1000 s after departure: stop 1 left at 900 (done), stop 2 starts at 1500 (not reached yet).
		ReplanState state = inputs(null).state(base(), T.plusSeconds(1000), Set.of());
		ReplanState.VehicleProgress van = state.vehicles().get("VAN-01");
		assertThat(van.departed()).isTrue();
		assertThat(van.done()).containsExactly(this.first.shipmentId());
		assertThat(van.inProgress()).isNull();
		assertThat(van.position()).isEqualTo(this.first.location());
		assertThat(van.onBoard()).containsExactlyInAnyOrder(this.second.shipmentId(), this.third.shipmentId());
		assertThat(van.lastStop()).isEqualTo(this.first.location());
	}

	@Test
	void withoutLiveDataAStopBeingServedIsInProgress() {
		ReplanState state = inputs(null).state(base(), T.plusSeconds(1600), Set.of("VAN-02"));
		ReplanState.VehicleProgress van = state.vehicles().get("VAN-01");
		assertThat(van.inProgress()).isEqualTo(this.second.shipmentId());
		assertThat(van.position()).isEqualTo(this.second.location());
		assertThat(state.out()).containsExactly("VAN-02");
	}

	@Test
	void beforeDepartureNothingIsOnBoard() {
		ReplanState.VehicleProgress van = inputs(null).state(base(), T.minusSeconds(60), Set.of()).vehicles().get("VAN-01");
		assertThat(van.departed()).isFalse();
		assertThat(van.done()).isEmpty();
		assertThat(van.onBoard()).isEmpty();
		assertThat(van.lastStop()).isEqualTo(DEPOT);
	}

	@Test
	void trackingsLiveStateWinsOverThePublishedTimes() {
		// Tracking says: running late, stop 1 done, serving stop 2 although the plan says it should be
		// past stop 3 by now.
		GeoPoint reported = new GeoPoint(52.215, 21.015);
		FleetLiveState live = vehicleId -> Optional.of(new FleetLiveState.VehicleState(vehicleId, reported,
				T.plusSeconds(2990), Set.of(this.first.stopId()), this.second.stopId()));
		ReplanState.VehicleProgress van = inputs(live).state(base(), T.plusSeconds(3000), Set.of()).vehicles().get("VAN-01");
		assertThat(van.done()).containsExactly(this.first.shipmentId());
		assertThat(van.inProgress()).isEqualTo(this.second.shipmentId());
		assertThat(van.position()).isEqualTo(this.second.location());
		assertThat(van.onBoard()).contains(this.third.shipmentId());
	}

}
