package io.zaplecze.tracking.arrival;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

class GeofenceArrivalDetectorTests {

	private static final GeoPoint DEPOT = new GeoPoint(52.20, 21.00);

	private static final GeoPoint STOP = new GeoPoint(52.21, 21.00);

	private static final UUID STOP_ID = UUID.randomUUID();

	private static final List<Geofence> OPEN = List.of(new Geofence(STOP_ID, STOP));

	private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

	// Enter within 60 m for 30 s, leave beyond 150 m for 30 s.
	private final GeofenceArrivalDetector detector = new GeofenceArrivalDetector(60, 150, Duration.ofSeconds(30),
			Duration.ofSeconds(30));

	@Test
	void arrivesAfterDwellingInsideAtTheTimeItEntered() {
		VisitState s = VisitState.initial(true);
		s = fix(s, metersNorth(STOP, 40), 0).state();
		s = fix(s, metersNorth(STOP, 10), 10).state();
		GeofenceArrivalDetector.Detection d = fix(s, metersNorth(STOP, 5), 31);
		assertThat(d.transitions()).containsExactly(
				new StopTransition(StopTransition.Kind.ARRIVED, STOP_ID, T0, StopTransition.Source.GEOFENCE));
		assertThat(d.state().phase()).isEqualTo(VisitState.Phase.AT_STOP);
	}

	@Test
	void passingByWithoutDwellingIsNoArrival() {
		VisitState s = VisitState.initial(true);
		s = fix(s, metersNorth(STOP, 40), 0).state();
		GeofenceArrivalDetector.Detection d = fix(s, metersNorth(STOP, 400), 20);
		assertThat(d.transitions()).isEmpty();
		assertThat(d.state().phase()).isEqualTo(VisitState.Phase.TRAVELLING);
	}

	@Test
	void jitterAcrossTheEnterRadiusDoesNotRestartTheDwell() {
		VisitState s = VisitState.initial(true);
		s = fix(s, metersNorth(STOP, 55), 0).state();
		// 70 m is outside the enter radius but inside the exit radius: hysteresis keeps the dwell going.
		s = fix(s, metersNorth(STOP, 70), 10).state();
		GeofenceArrivalDetector.Detection d = fix(s, metersNorth(STOP, 58), 30);
		assertThat(d.transitions()).extracting(StopTransition::kind).containsExactly(StopTransition.Kind.ARRIVED);
	}

	@Test
	void jitterAtTheBoundaryAfterArrivalDoesNotFlap() {
		VisitState s = arrived();
		for (int i = 0; i < 10; i++) {
			GeofenceArrivalDetector.Detection d = fix(s, metersNorth(STOP, (i % 2 == 0) ? 140 : 160), 100 + i * 5);
			assertThat(d.transitions()).isEmpty();
			s = d.state();
		}
		assertThat(s.phase()).isIn(VisitState.Phase.AT_STOP, VisitState.Phase.LEAVING);
	}

	@Test
	void departsAfterStayingBeyondTheExitRadius() {
		VisitState s = arrived();
		s = fix(s, metersNorth(STOP, 200), 100).state();
		GeofenceArrivalDetector.Detection d = fix(s, metersNorth(STOP, 500), 131);
		assertThat(d.transitions()).containsExactly(new StopTransition(StopTransition.Kind.DEPARTED, STOP_ID,
				T0.plusSeconds(100), StopTransition.Source.GEOFENCE));
		assertThat(d.state().phase()).isEqualTo(VisitState.Phase.TRAVELLING);
	}

	@Test
	void leavingTheDepotStartsTheRouteOnce() {
		VisitState s = VisitState.initial(false);
		s = this.detector.onFix(s, DEPOT, T0, DEPOT, OPEN).state();
		s = this.detector.onFix(s, metersNorth(DEPOT, 300), T0.plusSeconds(10), DEPOT, OPEN).state();
		GeofenceArrivalDetector.Detection d = this.detector.onFix(s, metersNorth(DEPOT, 600), T0.plusSeconds(45), DEPOT,
				OPEN);
		assertThat(d.transitions()).containsExactly(new StopTransition(StopTransition.Kind.DEPOT_DEPARTED, null,
				T0.plusSeconds(10), StopTransition.Source.GEOFENCE));
		assertThat(this.detector.onFix(d.state(), metersNorth(DEPOT, 900), T0.plusSeconds(90), DEPOT, OPEN)
			.transitions()).isEmpty();
	}

	@Test
	void aDeviceArrivalWinsAndTheGeofenceDoesNotArriveAgain() {
		VisitState s = this.detector.onDeviceEvent(VisitState.initial(true), StopTransition.Kind.ARRIVED, STOP_ID, T0);
		GeofenceArrivalDetector.Detection d = fix(s, STOP, 60);
		assertThat(d.transitions()).isEmpty();
		assertThat(d.state().phase()).isEqualTo(VisitState.Phase.AT_STOP);
	}

	@Test
	void aStopTheDeviceLeftIsNoLongerAGeofence() {
		VisitState s = this.detector.onDeviceEvent(arrived(), StopTransition.Kind.DEPARTED, STOP_ID, T0.plusSeconds(90));
		GeofenceArrivalDetector.Detection d = this.detector.onFix(s, STOP, T0.plusSeconds(200), DEPOT, List.of());
		assertThat(d.transitions()).isEmpty();
		assertThat(d.state().phase()).isEqualTo(VisitState.Phase.TRAVELLING);
	}

	private VisitState arrived() {
		VisitState s = fix(VisitState.initial(true), STOP, 0).state();
		return fix(s, STOP, 40).state();
	}

	private GeofenceArrivalDetector.Detection fix(VisitState s, GeoPoint at, long seconds) {
		return this.detector.onFix(s, at, T0.plusSeconds(seconds), DEPOT, OPEN);
	}

	private static GeoPoint metersNorth(GeoPoint from, double meters) {
		return new GeoPoint(from.lat() + meters / 111_195.0, from.lon());
	}

}
