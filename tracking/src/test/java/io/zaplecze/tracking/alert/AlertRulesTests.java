package io.zaplecze.tracking.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per alert rule, and the cases that must stay quiet. */
class AlertRulesTests {

	static final Instant NOW = Instant.parse("2031-03-04T10:00:00Z");

	static final GeoPoint DEPOT = new GeoPoint(52.2, 21.0);

	static final AlertProperties SETTINGS = new AlertProperties(Duration.ofMinutes(5), Duration.ofMinutes(10), 50);

	static AlertRules.Stop open(int seq, boolean late, Instant eta, Instant windowEnd) {
		return new AlertRules.Stop(UUID.randomUUID(), UUID.randomUUID(), seq, "ORD-" + seq, "Customer " + seq, null,
				windowEnd, 300, null, null, null, null, null, eta, late);
	}

	static AlertRules.Stop failed(int seq, String reason) {
		return new AlertRules.Stop(UUID.randomUUID(), UUID.randomUUID(), seq, "ORD-" + seq, "Customer " + seq, null, NOW, 300,
				NOW, NOW, "FAILED", NOW.minusSeconds(60), reason, null, false);
	}

	static AlertRules.Route route(String vehicle, AlertRules.Stop... stops) {
		return new AlertRules.Route(UUID.randomUUID(), vehicle, DEPOT, NOW.minusSeconds(3600), List.of(stops));
	}

	/** A fix about 1 km north of the depot, shifted by {@code metersNorth}. */
	static AlertRules.Fix fix(Instant at, double metersNorth, Instant received) {
		return new AlertRules.Fix(at, received, DEPOT.lat() + (1000 + metersNorth) / 111_195.0, DEPOT.lon());
	}

	@Test
	void aStopWhoseEtaIsPastItsWindowIsLateByTheMinutesBetween() {
		AlertRules.Route r = route("VAN-01", open(1, true, NOW.plusSeconds(3000), NOW.plusSeconds(1800)));
		List<Alert> alerts = AlertRules.of(List.of(r), Map.of(), Map.of(), NOW, SETTINGS);
		assertThat(alerts).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(Alert.Kind.LATE);
			assertThat(a.minutes()).isEqualTo(20);
			assertThat(a.message()).isEqualTo("VAN-01 will reach ORD-1 (Customer 1) 20 min after the window closes");
		});
	}

	@Test
	void aFailedDeliveryCarriesItsReason() {
		List<Alert> alerts = AlertRules.of(List.of(route("VAN-02", failed(3, "CUSTOMER_ABSENT"))), Map.of(), Map.of(), NOW,
				SETTINGS);
		assertThat(alerts).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(Alert.Kind.FAILED);
			assertThat(a.severity()).isEqualTo("high");
			assertThat(a.reason()).isEqualTo("CUSTOMER_ABSENT");
		});
	}

	@Test
	void aVehicleWithStopsToGoThatStoppedReportingIsSilent() {
		AlertRules.Route r = route("VAN-03", open(1, false, NOW, NOW.plusSeconds(3600)));
		AlertRules.Fix last = fix(NOW.minusSeconds(420), 0, NOW.minusSeconds(420));
		List<Alert> alerts = AlertRules.of(List.of(r), Map.of("VAN-03", last), Map.of("VAN-03", List.of(last)), NOW,
				SETTINGS);
		assertThat(alerts).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(Alert.Kind.SILENT);
			assertThat(a.minutes()).isEqualTo(7);
		});
		// Four minutes is within silent-after.
		AlertRules.Fix recent = fix(NOW.minusSeconds(240), 0, NOW.minusSeconds(240));
		assertThat(AlertRules.of(List.of(r), Map.of("VAN-03", recent), Map.of(), NOW, SETTINGS)).isEmpty();
	}

	@Test
	void aVehicleStandingStillAwayFromItsStopsIsAProbableBreakdown() {
		AlertRules.Route r = route("VAN-04", open(1, false, NOW, NOW.plusSeconds(3600)));
		List<AlertRules.Fix> track = new ArrayList<>();
		// Drives 600 m in the first 3 minutes, then 12 minutes within 20 m (GPS jitter).
		for (int i = 0; i <= 3; i++) {
			track.add(fix(NOW.minusSeconds(900 - i * 60), i * 200 - 600, NOW));
		}
		for (int i = 4; i <= 15; i++) {
			track.add(fix(NOW.minusSeconds(900 - i * 60), (i % 2) * 20, NOW));
		}
		List<Alert> alerts = AlertRules.of(List.of(r), Map.of("VAN-04", track.getLast()), Map.of("VAN-04", track), NOW,
				SETTINGS);
		assertThat(alerts).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(Alert.Kind.STATIONARY);
			assertThat(a.minutes()).isEqualTo(12);
		});
	}

	@Test
	void standingAtAStopBeyondTheWaitForItsWindowAndItsServiceIsAProbableBreakdown() {
		// Arrived 60 min ago, the window opened 20 min after arrival, 5 min service, 10 min stationary-after:
		// 35 min are normal, 60 are not.
		List<AlertRules.Fix> track = new ArrayList<>();
		for (int i = 0; i <= 60; i++) {
			track.add(fix(NOW.minusSeconds(3600 - i * 60), 0, NOW));
		}
		AlertRules.Stop serving = new AlertRules.Stop(UUID.randomUUID(), UUID.randomUUID(), 1, "ORD-1", "Customer 1",
				NOW.minusSeconds(2400), NOW.plusSeconds(3600), 300, NOW.minusSeconds(3600), null, null, null, null, null, false);
		AlertRules.Route r = route("VAN-09", serving, open(2, false, NOW, NOW.plusSeconds(3600)));
		List<Alert> alerts = AlertRules.of(List.of(r), Map.of("VAN-09", track.getLast()), Map.of("VAN-09", track), NOW,
				SETTINGS);
		assertThat(alerts).singleElement().satisfies(a -> {
			assertThat(a.kind()).isEqualTo(Alert.Kind.STATIONARY);
			assertThat(a.minutes()).isEqualTo(60);
			assertThat(a.message()).contains("at ORD-1 (Customer 1)");
		});
		assertThat(AlertRules.of(List.of(r), Map.of("VAN-09", track.getLast()), Map.of("VAN-09", track.subList(30, 61)),
				NOW, SETTINGS))
			.isEmpty();
	}

	@Test
	void standingStillAtAStopOrAtTheDepotOrAfterTheLastStopIsNoAlert() {
		List<AlertRules.Fix> track = new ArrayList<>();
		for (int i = 0; i <= 15; i++) {
			track.add(fix(NOW.minusSeconds(900 - i * 60), 0, NOW));
		}
		AlertRules.Stop serving = new AlertRules.Stop(UUID.randomUUID(), UUID.randomUUID(), 1, "ORD-1", null, null, null,
				600, NOW.minusSeconds(900), null, null, null, null, null, false);
		AlertRules.Route atStop = route("VAN-05", serving, open(2, false, NOW, NOW.plusSeconds(3600)));
		assertThat(AlertRules.of(List.of(atStop), Map.of("VAN-05", track.getLast()), Map.of("VAN-05", track), NOW, SETTINGS))
			.isEmpty();
		AlertRules.Route done = route("VAN-06", failed(1, "REFUSED"));
		assertThat(AlertRules.of(List.of(done), Map.of("VAN-06", track.getLast()), Map.of("VAN-06", track), NOW, SETTINGS))
			.extracting(Alert::kind)
			.containsExactly(Alert.Kind.FAILED);
		List<AlertRules.Fix> atDepot = track.stream()
			.map(f -> new AlertRules.Fix(f.deviceTime(), f.receivedAt(), DEPOT.lat(), DEPOT.lon()))
			.toList();
		AlertRules.Route reloading = route("VAN-07", open(1, false, NOW, NOW.plusSeconds(3600)));
		assertThat(AlertRules.of(List.of(reloading), Map.of("VAN-07", atDepot.getLast()), Map.of("VAN-07", atDepot), NOW,
				SETTINGS))
			.isEmpty();
	}

	@Test
	void highSeverityComesFirst() {
		AlertRules.Route r = route("VAN-08", open(1, true, NOW.plusSeconds(3000), NOW.plusSeconds(1800)),
				failed(2, "DAMAGED"));
		assertThat(AlertRules.of(List.of(r), Map.of(), Map.of(), NOW, SETTINGS)).extracting(Alert::kind)
			.containsExactly(Alert.Kind.FAILED, Alert.Kind.LATE);
	}

}
