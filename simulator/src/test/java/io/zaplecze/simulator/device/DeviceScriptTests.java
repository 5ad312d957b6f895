package io.zaplecze.simulator.device;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.zaplecze.simulator.Breakdown;
import io.zaplecze.simulator.Faults;
import io.zaplecze.simulator.Fixtures;
import io.zaplecze.simulator.Outage;
import io.zaplecze.simulator.StopEventType;
import io.zaplecze.simulator.Variation;
import io.zaplecze.simulator.When;
import io.zaplecze.simulator.driving.Geo;
import io.zaplecze.simulator.driving.RouteDrive;
import io.zaplecze.simulator.plan.PublishedPlan;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DeviceScriptTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	private final PublishedPlan plan = Fixtures.twoVans();

	private final RouteDrive van1 = RouteDrive.of(Fixtures.route(this.plan, "VAN-01"), Variation.realistic(),
			new SplittableRandom(4), WARSAW);

	private final DeviceCounters counters = new DeviceCounters();

	private List<Step> run(Faults faults) {
		DeviceScript script = DeviceScript.of(this.van1, new DeviceScript.Settings("t/v1", 5, 100), faults, DAY, WARSAW,
				new SplittableRandom(8), this.counters);
		List<Step> steps = new ArrayList<>();
		double last = Double.NEGATIVE_INFINITY;
		while (script.hasNext()) {
			double due = script.peekDue();
			Step step = script.next();
			assertThat(step.due()).isEqualTo(due).isGreaterThanOrEqualTo(last);
			last = due;
			steps.add(step);
		}
		return steps;
	}

	private static List<Outgoing> messages(List<Step> steps) {
		return steps.stream().filter(Step.Publish.class::isInstance).map(s -> ((Step.Publish) s).message()).toList();
	}

	private List<Outgoing> fixes(Faults faults) {
		return messages(run(faults)).stream().filter(Outgoing::telemetry).toList();
	}

	/** Metres between where a fix says the van is and where it is. */
	private double offsetFromTruth(Outgoing fix) {
		JsonNode json = json(fix);
		RouteDrive.Position p = this.van1.positionAt(fix.deviceTime());
		return Geo.distanceMeters(p.lat(), p.lon(), json.get("lat").asDouble(), json.get("lon").asDouble());
	}

	private static JsonNode json(Outgoing message) {
		return JSON.readTree(message.payload());
	}

	@Test
	void reportsEveryIntervalAndCountsOneSeqAcrossBothTopics() {
		List<Outgoing> messages = messages(run(Faults.none()));
		for (int i = 0; i < messages.size(); i++) {
			assertThat(messages.get(i).seq()).isEqualTo(100 + i);
			assertThat(json(messages.get(i)).get("seq").asLong()).isEqualTo(100 + i);
		}
		List<Outgoing> fixes = messages.stream().filter(Outgoing::telemetry).toList();
		assertThat(fixes.get(0).deviceTime()).isEqualTo(this.van1.start());
		assertThat(fixes.get(fixes.size() - 1).deviceTime()).isEqualTo(this.van1.end());
		for (int i = 1; i < fixes.size() - 1; i++) {
			assertThat(fixes.get(i).deviceTime() - fixes.get(i - 1).deviceTime()).isCloseTo(5, within(1e-6));
		}
		assertThat(messages).filteredOn(m -> !m.telemetry()).hasSize(this.van1.events().size());
		assertThat(messages).allSatisfy(m -> assertThat(m.topic())
			.isEqualTo(m.telemetry() ? "t/v1/vehicles/VAN-01/telemetry" : "t/v1/vehicles/VAN-01/events"));
		assertThat(this.counters.generated()).isEqualTo(messages.size());
		assertThat(this.counters.stopsDone.get()).isEqualTo(3);
	}

	@Test
	void aFixReportsWhereTheVehicleIsAtItsDeviceTime() {
		for (Outgoing fix : messages(run(Faults.none())).stream().filter(Outgoing::telemetry).toList()) {
			JsonNode json = json(fix);
			RouteDrive.Position p = this.van1.positionAt(fix.deviceTime());
			assertThat(json.get("lat").asDouble()).isCloseTo(p.lat(), within(1e-6));
			assertThat(json.get("lon").asDouble()).isCloseTo(p.lon(), within(1e-6));
			assertThat(json.get("speedKmh").asDouble()).isCloseTo(p.speedKmh(), within(0.051));
			assertThat(json.get("accuracyM").asDouble()).isBetween(3.0, 6.0);
		}
	}

	@Test
	void gpsNoiseScattersFixesByAboutSigma() {
		List<Outgoing> fixes = fixes(Faults.none().withGpsNoise(10));
		double sumSquares = 0;
		for (Outgoing fix : fixes) {
			double d = offsetFromTruth(fix);
			sumSquares += d * d;
			assertThat(json(fix).get("accuracyM").asDouble()).isGreaterThanOrEqualTo(10);
		}
		// north and east each N(0, 10 m): E[d²] = 200 m²
		assertThat(Math.sqrt(sumSquares / fixes.size())).isCloseTo(Math.sqrt(200), within(2.0));
		assertThat(this.counters.noisyFixes.get()).isEqualTo(fixes.size());
	}

	@Test
	void gpsJumpsLandFarAwayAndAreCounted() {
		int far = 0;
		for (Outgoing fix : fixes(Faults.none().withGpsJumps(0.05, 800))) {
			double d = offsetFromTruth(fix);
			assertThat(d).satisfiesAnyOf(x -> assertThat(x).isLessThan(0.2),
					x -> assertThat(x).isBetween(399.0, 1201.0));
			if (d > 1) {
				far++;
			}
		}
		assertThat(far).isPositive().isEqualTo((int) this.counters.gpsJumps.get());
	}

	@Test
	void duplicatesRepeatTheSameMessageRightAfterIt() {
		List<Outgoing> messages = messages(run(Faults.none().withDuplicates(0.1)));
		long copies = messages.stream().filter(Outgoing::copy).count();
		assertThat(copies).isPositive().isEqualTo(this.counters.duplicates.get());
		for (int i = 0; i < messages.size(); i++) {
			if (messages.get(i).copy()) {
				assertThat(messages.get(i).payload()).isEqualTo(messages.get(i - 1).payload());
				assertThat(messages.get(i - 1).copy()).isFalse();
			}
		}
		assertThat(messages.stream().filter(m -> !m.copy()).count()).isEqualTo(this.counters.generated());
	}

	@Test
	void reorderingPublishesAMessageAfterItsSuccessor() {
		List<Outgoing> messages = messages(run(Faults.none().withReordering(0.1)));
		int inversions = 0;
		for (int i = 1; i < messages.size(); i++) {
			if (messages.get(i).seq() < messages.get(i - 1).seq()) {
				inversions++;
				assertThat(messages.get(i).seq()).isEqualTo(messages.get(i - 1).seq() - 1);
			}
		}
		assertThat(inversions).isPositive().isEqualTo((int) this.counters.reordered.get());
		assertThat(messages.stream().mapToLong(Outgoing::seq).distinct().count()).isEqualTo(messages.size());
	}

	@Test
	void aDropoutTakesTheDeviceOfflineAndBringsItBack() {
		double start = this.van1.start();
		Faults faults = Faults.none()
			.withDropouts(0, Duration.ofMinutes(3),
					List.of(new Outage("VAN-01", When.at(LocalTime.of(8, 5)), Duration.ofMinutes(4)),
							new Outage("VAN-02", When.at(LocalTime.of(8, 15)), Duration.ofMinutes(4))));
		List<Step> steps = run(faults);
		List<Step> actions = steps.stream().filter(s -> !(s instanceof Step.Publish)).toList();
		assertThat(actions).hasSize(2);
		assertThat(actions.get(0)).isInstanceOf(Step.GoOffline.class);
		// the van leaves at 08:00 local
		assertThat(actions.get(0).due()).isEqualTo(start + 5 * 60);
		assertThat(actions.get(1)).isInstanceOf(Step.GoOnline.class);
		assertThat(actions.get(1).due()).isEqualTo(start + 9 * 60);
		assertThat(this.counters.dropouts.get()).isEqualTo(1);
	}

	@Test
	void randomDropoutsAndDisconnectsFallWithinTheDay() {
		List<Step> steps = run(
				Faults.none().withDropouts(6, Duration.ofMinutes(2), List.of()).withDisconnects(6, List.of()));
		long offline = steps.stream().filter(Step.GoOffline.class::isInstance).count();
		long online = steps.stream().filter(Step.GoOnline.class::isInstance).count();
		long drops = steps.stream().filter(Step.DropConnection.class::isInstance).count();
		assertThat(offline).isPositive().isEqualTo(online).isEqualTo(this.counters.dropouts.get());
		assertThat(drops).isPositive().isEqualTo(this.counters.disconnects.get());
		assertThat(steps).filteredOn(s -> !(s instanceof Step.Publish))
			.allSatisfy(s -> assertThat(s.due()).isBetween(this.van1.start(), this.van1.end() + 3 * 60));
	}

	@Test
	void aBreakdownInFailModeFailsTheRemainingStopsThenGoesSilent() {
		double breakdown = this.van1.visits().get(1).arrive() - 60;
		List<Outgoing> messages = messages(run(breakdownAt(breakdown, Breakdown.Mode.FAIL)));
		List<JsonNode> events = messages.stream().filter(m -> !m.telemetry()).map(DeviceScriptTests::json).toList();
		assertThat(events).extracting(e -> e.get("type").asString())
			.containsExactly("DEPARTED", "ARRIVED", "DELIVERED", "DEPARTED", "FAILED", "FAILED");
		assertThat(events.subList(4, 6)).allSatisfy(e -> assertThat(e.get("reason").asString()).isEqualTo("OTHER"));
		assertThat(events.get(4).get("stopId").asString()).isEqualTo(this.van1.visits().get(1).stop().stopId());
		assertThat(events.get(5).get("stopId").asString()).isEqualTo(this.van1.visits().get(2).stop().stopId());
		assertThat(messages.get(messages.size() - 1).deviceTime()).isCloseTo(breakdown, within(0.001));
		assertThat(this.counters.stopsFailedByBreakdown.get()).isEqualTo(2);
		assertThat(this.counters.breakdowns.get()).isEqualTo(1);
	}

	@Test
	void aSilentBreakdownStopsAllReports() {
		double breakdown = this.van1.visits().get(1).arrive() - 60;
		List<Outgoing> messages = messages(run(breakdownAt(breakdown, Breakdown.Mode.SILENT)));
		assertThat(messages).allSatisfy(m -> assertThat(m.deviceTime()).isLessThan(breakdown));
		assertThat(messages).filteredOn(m -> m.eventType() == StopEventType.FAILED).isEmpty();
		assertThat(this.counters.stopsLeftOpen.get()).isEqualTo(2);
	}

	@Test
	void aStalledVehicleKeepsReportingTheSamePlaceUntilItsDayWouldHaveEnded() {
		double breakdown = this.van1.visits().get(1).arrive() - 60;
		List<Outgoing> messages = messages(run(breakdownAt(breakdown, Breakdown.Mode.STALL)));
		List<Outgoing> after = messages.stream().filter(m -> m.deviceTime() > breakdown).toList();
		assertThat(after).isNotEmpty().allSatisfy(m -> assertThat(m.telemetry()).isTrue());
		RouteDrive.Position where = this.van1.positionAt(breakdown);
		for (Outgoing fix : after) {
			JsonNode json = json(fix);
			assertThat(json.get("lat").asDouble()).isCloseTo(where.lat(), within(1e-6));
			assertThat(json.get("lon").asDouble()).isCloseTo(where.lon(), within(1e-6));
			assertThat(json.get("speedKmh").asDouble()).isZero();
		}
		assertThat(after.get(after.size() - 1).deviceTime()).isEqualTo(this.van1.end());
	}

	private Faults breakdownAt(double epochSeconds, Breakdown.Mode mode) {
		return Faults.none()
			.withBreakdowns(List.of(new Breakdown("VAN-01",
					When.at(java.time.Instant.ofEpochMilli(Math.round(epochSeconds * 1000))), mode)));
	}

}
