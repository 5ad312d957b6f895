package io.zaplecze.simulator.driving;

import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import io.zaplecze.simulator.FailureReason;
import io.zaplecze.simulator.Fixtures;
import io.zaplecze.simulator.StopEventType;
import io.zaplecze.simulator.Variation;
import io.zaplecze.simulator.plan.PublishedPlan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RouteDriveTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private final PublishedPlan plan = Fixtures.twoVans();

	private RouteDrive drive(String vehicle, Variation variation, long seed) {
		return RouteDrive.of(Fixtures.route(this.plan, vehicle), variation, new SplittableRandom(seed), WARSAW);
	}

	@Test
	void staysOnTheRoadPolylineWithinAFewMetres() {
		for (PublishedPlan.Route route : this.plan.routes()) {
			RouteDrive drive = drive(route.vehicleId(), Variation.realistic(), 3);
			for (double t = drive.start(); t <= drive.end(); t += 1) {
				RouteDrive.Position p = drive.positionAt(t);
				assertThat(Fixtures.distanceToRoute(route, p.lat(), p.lon()))
					.as("%s at +%.0fs", route.vehicleId(), t - drive.start())
					.isLessThan(2.0);
			}
		}
	}

	@Test
	void arrivesAfterTravelPlusServiceTimesWithoutVariation() {
		PublishedPlan.Route route = Fixtures.route(this.plan, "VAN-02");
		RouteDrive drive = drive("VAN-02", Variation.none(), 1);
		double t = route.departure().getEpochSecond();
		for (int i = 0; i < route.stops().size(); i++) {
			double[] seconds = route.legs().get(i).pointSeconds();
			t += seconds[seconds.length - 1];
			RouteDrive.Visit visit = drive.visits().get(i);
			assertThat(visit.arrive()).as("arrival at stop %d", i + 1).isCloseTo(t, within(0.01));
			double windowStart = route.stops().get(i).timeWindows().get(0).start().getEpochSecond();
			t = Math.max(t, windowStart);
			assertThat(visit.serviceStart()).isCloseTo(t, within(0.01));
			t += route.stops().get(i).serviceSeconds();
			assertThat(visit.depart()).isCloseTo(t, within(0.01));
		}
		double[] back = route.legs().get(route.legs().size() - 1).pointSeconds();
		assertThat(drive.end()).isCloseTo(t + back[back.length - 1], within(0.01));
	}

	@Test
	void waitsAtTheDoorUntilTheTimeWindowOpens() {
		PublishedPlan.Route route = Fixtures.route(this.plan, "VAN-02");
		RouteDrive.Visit second = drive("VAN-02", Variation.none(), 1).visits().get(1);
		double opens = route.stops().get(1).timeWindows().get(0).start().getEpochSecond();
		assertThat(second.arrive()).isLessThan(opens);
		assertThat(second.serviceStart()).isEqualTo(opens);
		assertThat(second.positionAt((second.arrive() + opens) / 2).speedKmh()).isZero();
	}

	@Test
	void plannedTimesMatchTheDriveWhenNothingVaries() {
		for (PublishedPlan.Route route : this.plan.routes()) {
			RouteDrive drive = drive(route.vehicleId(), Variation.none(), 1);
			for (RouteDrive.Visit visit : drive.visits()) {
				// the fixture's planned arrivals were rounded to whole seconds per leg
				assertThat(visit.serviceStart()).isCloseTo(visit.stop().plannedArrival().getEpochSecond(), within(3.0));
			}
		}
	}

	@Test
	void reportsEventsInStopOrder() {
		RouteDrive drive = drive("VAN-01", Variation.realistic().withFailureRate(0.5), 11);
		List<RouteDrive.Event> events = drive.events();
		assertThat(events.get(0).type()).isEqualTo(StopEventType.DEPARTED);
		assertThat(events.get(0).stopId()).isNull();
		assertThat(events).hasSize(1 + 3 * 3);
		for (int stop = 0; stop < 3; stop++) {
			List<RouteDrive.Event> atStop = events.subList(1 + 3 * stop, 4 + 3 * stop);
			assertThat(atStop).extracting(RouteDrive.Event::sequence).containsOnly(stop + 1);
			assertThat(atStop.get(0).type()).isEqualTo(StopEventType.ARRIVED);
			assertThat(atStop.get(1).type()).isIn(StopEventType.DELIVERED, StopEventType.FAILED);
			assertThat(atStop.get(2).type()).isEqualTo(StopEventType.DEPARTED);
		}
		for (int i = 1; i < events.size(); i++) {
			assertThat(events.get(i).time()).isGreaterThanOrEqualTo(events.get(i - 1).time());
		}
	}

	@Test
	void deliveredCarriesARecipientAndFailedAReason() {
		RouteDrive drive = drive("VAN-01", Variation.realistic().withFailureRate(0.5), 5);
		for (RouteDrive.Event e : drive.events()) {
			if (e.type() == StopEventType.DELIVERED) {
				assertThat(e.recipientName()).isNotBlank();
				assertThat(e.reason()).isNull();
			}
			else if (e.type() == StopEventType.FAILED) {
				assertThat(e.reason()).isNotNull();
				assertThat(e.recipientName()).isNull();
			}
		}
		assertThat(drive("VAN-01", Variation.none().withFailureRate(1.0), 5).visits())
			.allSatisfy(v -> assertThat(v.delivered()).isFalse());
	}

	@Test
	void rushHourTrafficMakesTheDayLongerThanPlanned() {
		// departure 08:00 Warsaw time: rush hour (+30 %), vehicle factor at least 0.9,
		// jitter at least 0.95
		Variation traffic = new Variation(0.10, 0.05, 0.30, 0, 15, 0, 0, true);
		RouteDrive exact = drive("VAN-01", Variation.none(), 1);
		for (long seed = 1; seed <= 5; seed++) {
			RouteDrive busy = drive("VAN-01", traffic, seed);
			double exactDriving = exact.visits().get(0).arrive() - exact.start();
			double busyDriving = busy.visits().get(0).arrive() - busy.start();
			assertThat(busyDriving / exactDriving).isBetween(0.9 * 1.3 * 0.95, 1.1 * 1.3 * 1.05);
		}
	}

	@Test
	void slowdownsDelayButNeverLeaveTheRoad() {
		Variation jams = new Variation(0, 0, 0, 30, 300, 0, 0, true);
		RouteDrive exact = drive("VAN-01", Variation.none(), 1);
		RouteDrive jammed = drive("VAN-01", jams, 9);
		assertThat(jammed.end()).isGreaterThan(exact.end() + 60);
		PublishedPlan.Route route = Fixtures.route(this.plan, "VAN-01");
		for (double t = jammed.start(); t <= jammed.end(); t += 2) {
			RouteDrive.Position p = jammed.positionAt(t);
			assertThat(Fixtures.distanceToRoute(route, p.lat(), p.lon())).isLessThan(2.0);
		}
	}

	@Test
	void theSameSeedDrivesTheSameDay() {
		assertThat(drive("VAN-01", Variation.realistic(), 42).events())
			.isEqualTo(drive("VAN-01", Variation.realistic(), 42).events());
		assertThat(drive("VAN-01", Variation.realistic(), 42).end())
			.isNotEqualTo(drive("VAN-01", Variation.realistic(), 43).end());
	}

	@Test
	void reportedSpeedIsTheRoadSpeedStretchedByTraffic() {
		RouteDrive drive = drive("VAN-01", Variation.none(), 1);
		double maxKmh = 0;
		for (double t = drive.start(); t < drive.visits().get(0).arrive(); t += 5) {
			maxKmh = Math.max(maxKmh, drive.positionAt(t).speedKmh());
		}
		// the fixture's roads are 30, 40 or 50 km/h
		assertThat(maxKmh).isBetween(29.0, 51.0);
	}

	@Test
	void failureReasonsFollowTheirWeights() {
		SplittableRandom random = new SplittableRandom(1);
		int absent = 0;
		for (int i = 0; i < 10_000; i++) {
			if (FailureReason.pick(random.nextDouble()) == FailureReason.CUSTOMER_ABSENT) {
				absent++;
			}
		}
		assertThat(absent / 10_000.0).isCloseTo(0.45, within(0.02));
	}

}
