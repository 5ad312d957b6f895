package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.fleet.FleetVehicle;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a route's time goes, its load and CO2, read back from a stored version. */
class PlanFiguresTests {

	static final LocalDate DAY = LocalDate.of(2031, 3, 4);

	static final ZoneId UTC = ZoneId.of("UTC");

	static final GeoPoint DEPOT = new GeoPoint(52.2, 21.0);

	static Instant at(String hhmm) {
		return Instant.parse("2031-03-04T" + hhmm + ":00Z");
	}

	static TimeWindow window(String from, String to) {
		return new TimeWindow(at(from), at(to));
	}

	static PlanContent.PlannedStop stop(UUID shipment, int seq, String arrival, String departure, int service,
			TimeWindow window, int trip) {
		return new PlanContent.PlannedStop(UUID.randomUUID(), shipment, "ORD-" + seq, seq, new GeoPoint(52.21, 21.01),
				at(arrival), at(departure), service, List.of(window), trip, "PLANNED");
	}

	static PlanContent.Leg leg(int from, int to, long seconds) {
		return new PlanContent.Leg(from, to, 5000, seconds, PlanContent.LineGeometry.of(List.of(DEPOT, DEPOT)),
				List.of(0.0, (double) seconds));
	}

	static Delivery delivery(UUID id, long grams, long cm3, int pallets) {
		return new Delivery(id, "ORD", "Customer " + id.toString().substring(0, 4), "Street 1", DEPOT, DAY, List.of(), 300,
				grams, cm3, pallets, false, 5, null, null, null, at("06:00"));
	}

	static FleetVehicle van(int co2) {
		return new FleetVehicle(UUID.randomUUID(), "VAN-01", VehicleProfile.CAR, null, DEPOT, LocalTime.of(7, 0),
				LocalTime.of(19, 0), 1_000_000, 10_000_000, 6, false, null, LocalTime.of(11, 30), LocalTime.of(14, 0), 1800,
				60, 2500, 5000, co2, false, 0, true);
	}

	final UUID a = UUID.randomUUID();

	final UUID b = UUID.randomUUID();

	final UUID c = UUID.randomUUID();

	/*
	 * 07:00 leaves, 10 min drive, arrives 07:10 at A whose window opens 07:30: waits 20 min, serves 5 min,
	 * leaves 07:35. Drives 10 min to B (arrives 11:40, window to 12:00), serves 5, leaves 11:45, then the
	 * 30-minute break (the next arrival is 12:25 after a 10-minute drive: 40 min gap, 30 break, 0 left).
	 * C's window closed at 12:00: 25 min late. Back at 12:45 after 15 min.
	 */
	PlanContent content() {
		List<PlanContent.PlannedStop> stops = List.of(stop(this.a, 1, "07:10", "07:35", 300, window("07:30", "09:00"), 0),
				stop(this.b, 2, "11:40", "11:45", 300, window("08:00", "12:00"), 0),
				stop(this.c, 3, "12:25", "12:30", 300, window("09:00", "12:00"), 0));
		// B's arrival (11:40) after leaving A at 07:35 is a long gap: the planner's times, not ours, so it
		// must count as waiting (for goods or the window), never as driving.
		List<PlanContent.Leg> legs = List.of(leg(0, 1, 600), leg(1, 2, 600), leg(2, 3, 600), leg(3, 4, 900));
		PlanContent.PlannedRoute route = new PlanContent.PlannedRoute(UUID.randomUUID(), "VAN-01", false, UUID.randomUUID(),
				DEPOT, at("07:00"), at("12:45"), 20_000, 2700, 3800, stops, legs);
		return new PlanContent(DAY, "-1500hard/0medium/-10soft", false, List.of(route), List.of(), List.of(),
				new PlanContent.Totals(1, 3, 20_000, 2700, 3800));
	}

	Map<UUID, Delivery> deliveries() {
		return Map.of(this.a, delivery(this.a, 300_000, 1_000_000, 1), this.b, delivery(this.b, 450_000, 2_000_000, 2),
				this.c, delivery(this.c, 50_000, 500_000, 0));
	}

	@Test
	void splitsTheDayIntoDrivingServiceWaitingAndTheBreak() {
		PlanFigures f = PlanFigures.of(UUID.randomUUID(), 2, content(), deliveries(), Map.of("VAN-01", van(190)), UTC, 250);
		PlanFigures.RouteFigures r = f.routes().getFirst();
		assertThat(r.serviceSeconds()).isEqualTo(900);
		// A: 20 min for the window; after A: 11:40 - 07:35 - 10 min = 235 min of waiting; after B: the break.
		assertThat(r.stops()).extracting(PlanFigures.StopFigures::waitingSeconds).containsExactly(1200L + 235 * 60, 0L, 0L);
		assertThat(r.stops()).extracting(PlanFigures.StopFigures::breakSeconds).containsExactly(0L, 1800L, 0L);
		assertThat(r.breakStart()).isEqualTo(at("11:45"));
		assertThat(r.waitingSeconds()).isEqualTo(1200 + 235 * 60);
		assertThat(r.totalSeconds()).isEqualTo(5 * 3600 + 45 * 60);
		// driving + service + waiting + break = the whole route
		assertThat(r.drivingSeconds() + r.serviceSeconds() + r.waitingSeconds() + r.breakSeconds())
			.isEqualTo(r.totalSeconds());
	}

	@Test
	void countsStopsReachedAfterTheirWindowAsLate() {
		PlanFigures f = PlanFigures.of(UUID.randomUUID(), 2, content(), deliveries(), Map.of("VAN-01", van(190)), UTC, 250);
		assertThat(f.routes().getFirst().stops()).extracting(PlanFigures.StopFigures::lateSeconds)
			.containsExactly(0L, 0L, 25 * 60L);
		assertThat(f.totals().lateStops()).isEqualTo(1);
	}

	@Test
	void loadIsTheTripsDemandAgainstEachCapacity() {
		PlanFigures f = PlanFigures.of(UUID.randomUUID(), 2, content(), deliveries(), Map.of("VAN-01", van(190)), UTC, 250);
		// 800 kg of 1 t, 3.5 of 10 m³, 3 of 6 pallets
		assertThat(f.routes().getFirst().load()).containsExactly(new PlanFigures.Load("weight", 800_000, 1_000_000, 80.0),
				new PlanFigures.Load("volume", 3_500_000, 10_000_000, 35.0), new PlanFigures.Load("pallets", 3, 6, 50.0));
		assertThat(f.routes().getFirst().stops().get(1).weightGrams()).isEqualTo(450_000);
	}

	@Test
	void co2UsesTheVehiclesFactorElseTheConfiguredDefault() {
		PlanFigures own = PlanFigures.of(UUID.randomUUID(), 2, content(), deliveries(), Map.of("VAN-01", van(190)), UTC, 250);
		assertThat(own.routes().getFirst().co2Grams()).isEqualTo(3800);
		assertThat(own.routes().getFirst().co2Basis()).isEqualTo("vehicle");
		PlanFigures unset = PlanFigures.of(UUID.randomUUID(), 2, content(), deliveries(), Map.of("VAN-01", van(0)), UTC, 250);
		// 20 km × 250 g/km
		assertThat(unset.routes().getFirst().co2Grams()).isEqualTo(5000);
		assertThat(unset.routes().getFirst().co2Basis()).isEqualTo("default");
		assertThat(unset.totals().co2Grams()).isEqualTo(5000);
	}

	@Test
	void aBreakInsideALongWaitIsTheBreakNotWaiting() {
		// Arrives 11:00, window opens 12:30: waits 90 min, the break (from 11:30, 30 min) fits inside.
		List<PlanContent.PlannedStop> stops = List.of(stop(this.a, 1, "11:00", "12:35", 300, window("12:30", "13:00"), 0));
		PlanContent.PlannedRoute route = new PlanContent.PlannedRoute(UUID.randomUUID(), "VAN-01", false, UUID.randomUUID(),
				DEPOT, at("10:50"), at("12:45"), 8000, 1200, 1520, stops, List.of(leg(0, 1, 600), leg(1, 2, 600)));
		PlanContent content = new PlanContent(DAY, "0hard/0medium/-1soft", true, List.of(route), List.of(), List.of(),
				new PlanContent.Totals(1, 1, 8000, 1200, 1520));
		PlanFigures.RouteFigures r = PlanFigures.of(UUID.randomUUID(), 1, content, deliveries(), Map.of("VAN-01", van(190)),
				UTC, 250).routes().getFirst();
		assertThat(r.breakSeconds()).isEqualTo(1800);
		assertThat(r.breakStart()).isEqualTo(at("11:30"));
		assertThat(r.waitingSeconds()).isEqualTo(90 * 60 - 1800);
		assertThat(r.lateStops()).isZero();
	}

}
