package io.zaplecze.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.zaplecze.simulator.plan.PublishedPlan;
import io.zaplecze.testsupport.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Whole runs against the real broker, checked by a subscriber. */
class DriveIntegrationTests {

	private final PublishedPlan plan = Fixtures.twoVans();

	private DriveConfig.Builder config(BrokerProbe probe) {
		return DriveConfig.builder()
			.plan(this.plan)
			.broker(TestServices.mqttBrokerUrl())
			.brokerCredentials(TestServices.mqtt().username(), TestServices.mqtt().password())
			.topicRoot(probe.root())
			.asFastAsPossible()
			// the machine's broker queues at most 1,000 messages for a subscriber that
			// falls behind
			.maxRate(2_000)
			.seed(7)
			.firstSeq(1L)
			.telemetryInterval(Duration.ofSeconds(10));
	}

	@Test
	void everyMessageArrivesOnceInSeqOrderAlongTheRoute() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			DriveReport report = Simulation
				.run(config(probe).variation(Variation.realistic().withFailureRate(0.3)).build());
			List<BrokerProbe.Received> received = probe.await(report.messagesSent(), Duration.ofSeconds(30));

			assertThat(report.complete()).isTrue();
			assertThat(report.telemetrySent()).isEqualTo(report.telemetryGenerated());
			// --max-rate 2,000 (after a one-second burst allowance)
			assertThat(report.wallTime().toMillis()).isGreaterThanOrEqualTo((report.publishes() - 2_000) / 2);
			assertThat(received).hasSize((int) report.messagesSent());
			assertThat(received.stream().filter(BrokerProbe.Received::telemetry).count())
				.isEqualTo(report.telemetrySent());
			assertThat(report.delivered() + report.failed()).isEqualTo(report.stops()).isEqualTo(5);
			assertThat(report.eventsSent(StopEventType.DELIVERED)).isEqualTo(report.delivered());
			for (PublishedPlan.Route route : this.plan.routes()) {
				List<BrokerProbe.Received> mine = received.stream()
					.filter(r -> r.vehicleId().equals(route.vehicleId()))
					.toList();
				// one connection per device: each topic arrives in publish order, and seq
				// is shared by both
				assertThat(
						mine.stream().filter(BrokerProbe.Received::telemetry).map(BrokerProbe.Received::seq).toList())
					.isSorted();
				assertThat(mine.stream().filter(r -> !r.telemetry()).map(BrokerProbe.Received::seq).toList())
					.isSorted();
				assertThat(mine.stream().map(BrokerProbe.Received::seq).sorted().toList())
					.isEqualTo(java.util.stream.LongStream.rangeClosed(1, mine.size()).boxed().toList());
				for (BrokerProbe.Received fix : mine.stream().filter(BrokerProbe.Received::telemetry).toList()) {
					assertThat(Fixtures.distanceToRoute(route, fix.json().get("lat").asDouble(),
							fix.json().get("lon").asDouble()))
						.isLessThan(3.0);
				}
				assertThat(mine.stream()
					.filter(r -> !r.telemetry())
					.map(r -> r.json().get("stopId"))
					.filter(s -> !s.isNull())
					.map(s -> s.asString())
					.distinct()
					.toList())
					.containsExactlyElementsOf(route.stops().stream().map(PublishedPlan.Stop::stopId).toList());
			}
		}
	}

	@Test
	void atSixtyTimesRealTimeDeviceTimeRunsSixtyTimesFasterThanTheWallClock() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			PublishedPlan.Route route = Fixtures.route(this.plan, "VAN-01");
			// the last three simulated minutes of VAN-01's planned day: three wall
			// seconds at ×60
			Instant start = route.returnAt().minusSeconds(180);
			long wallStart = System.nanoTime();
			DriveReport report = Simulation.run(config(probe).vehicles(Set.of("VAN-01"))
				.variation(Variation.none())
				.speed(60)
				.start(start.toString())
				.build());
			List<BrokerProbe.Received> received = probe.await(report.messagesSent(), Duration.ofSeconds(20));
			List<BrokerProbe.Received> live = received.stream()
				.filter(r -> Instant.parse(r.json().get("deviceTime").asString()).isAfter(start.plusSeconds(10)))
				.toList();
			assertThat(live).hasSizeGreaterThan(10);
			for (BrokerProbe.Received r : live) {
				double simulated = Duration.between(start, Instant.parse(r.json().get("deviceTime").asString()))
					.toMillis() / 1000.0;
				double wall = (r.arrivedNanos() - wallStart) / 1e9;
				// publishing and the broker add a little delay; a shared machine adds
				// jitter
				assertThat(wall - simulated / 60).isBetween(-0.05, 1.0);
				if (r.telemetry()) {
					assertThat(Fixtures.distanceToRoute(route, r.json().get("lat").asDouble(),
							r.json().get("lon").asDouble()))
						.isLessThan(3.0);
				}
			}
			assertThat(report.wallTime().toMillis()).isBetween(2_500L, 8_000L);
		}
	}

	@Test
	void duplicatesAndReorderingReachTheBrokerExactlyAsCounted() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			DriveReport report = Simulation
				.run(config(probe).faults(Faults.none().withDuplicates(0.05).withReordering(0.05)).build());
			List<BrokerProbe.Received> received = probe.await(report.messagesSent() + report.duplicatesSent(),
					Duration.ofSeconds(30));
			assertThat(report.duplicates()).isPositive().isEqualTo(report.duplicatesSent());
			assertThat(report.reordered()).isPositive();
			assertThat(received).hasSize((int) (report.messagesSent() + report.duplicatesSent()));
			Map<String, Long> distinct = received.stream()
				.collect(Collectors.groupingBy(r -> r.vehicleId() + "/" + r.seq(), Collectors.counting()));
			assertThat(distinct).hasSize((int) report.messagesSent());
			assertThat(distinct.values().stream().filter(n -> n == 2).count()).isEqualTo(report.duplicates());
			long inversions = 0;
			for (String vehicle : List.of("VAN-01", "VAN-02")) {
				List<Long> seqs = received.stream()
					.filter(r -> r.vehicleId().equals(vehicle))
					.sorted(Comparator.comparingLong(BrokerProbe.Received::arrivedNanos))
					.map(BrokerProbe.Received::seq)
					.toList();
				for (int i = 1; i < seqs.size(); i++) {
					if (seqs.get(i) < seqs.get(i - 1)) {
						inversions++;
					}
				}
			}
			// telemetry and events travel on two topics, so a swap across topics may not
			// show as one
			assertThat(inversions).isPositive().isLessThanOrEqualTo(report.reordered());
		}
	}

	@Test
	void aDropoutQueuesMessagesAndResendsThemInOrderAfterReconnecting() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			Instant from = Instant.parse("2026-11-27T07:05:00Z");
			Faults faults = Faults.none()
				.withDropouts(0, Duration.ZERO, List.of(new Outage("VAN-01", When.at(from), Duration.ofMinutes(6))));
			DriveReport report = Simulation.run(config(probe).faults(faults).vehicles(Set.of("VAN-01")).build());
			List<BrokerProbe.Received> received = probe.await(report.messagesSent(), Duration.ofSeconds(30));

			assertThat(report.complete()).isTrue();
			assertThat(report.dropouts()).isEqualTo(1);
			assertThat(report.reconnects()).isEqualTo(1);
			List<BrokerProbe.Received> inWindow = received.stream().filter(r -> {
				Instant t = Instant.parse(r.json().get("deviceTime").asString());
				return !t.isBefore(from) && t.isBefore(from.plusSeconds(360));
			}).toList();
			// every message produced while offline was queued, and arrived after
			// reconnecting
			assertThat(report.bufferedOffline()).isEqualTo(firstArrivals(inWindow).size()).isGreaterThan(30);
			// the link drops abruptly: what was in flight is sent again, so the broker
			// may see it twice
			assertThat(firstArrivals(received)).hasSize((int) report.messagesSent());
			assertThat(received.size()).isLessThanOrEqualTo((int) (report.messagesSent() + report.resends()));
			assertThat(firstArrivals(received).stream()
				.filter(BrokerProbe.Received::telemetry)
				.map(BrokerProbe.Received::seq)
				.toList()).isSorted();
		}
	}

	@Test
	void brokerDisconnectsLoseNothing() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			List<Outage> cuts = List.of(new Outage("*", When.at(Instant.parse("2026-11-27T07:03:00Z")), Duration.ZERO),
					new Outage("*", When.at(Instant.parse("2026-11-27T07:11:00Z")), Duration.ZERO),
					new Outage("VAN-02", When.at(Instant.parse("2026-11-27T07:40:00Z")), Duration.ZERO));
			DriveReport report = Simulation.run(config(probe).faults(Faults.none().withDisconnects(0, cuts))
				.telemetryInterval(Duration.ofSeconds(2))
				.build());
			List<BrokerProbe.Received> received = probe.await(report.messagesSent(), Duration.ofSeconds(30));

			assertThat(report.disconnects()).isEqualTo(5);
			assertThat(report.reconnects()).isEqualTo(5);
			assertThat(report.complete()).isTrue();
			// resends after a cut may duplicate at the broker, but every seq arrives
			assertThat(firstArrivals(received)).hasSize((int) report.messagesSent());
			assertThat(received.size()).isLessThanOrEqualTo((int) (report.messagesSent() + report.resends()));
		}
	}

	@Test
	void aBrokenDownVehicleFailsItsRemainingStops() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			Faults faults = Faults.none()
				.withBreakdowns(List.of(Breakdown.parse("VAN-02@2026-11-27T07:10:00Z", Breakdown.Mode.FAIL)));
			DriveReport report = Simulation.run(config(probe).faults(faults).variation(Variation.none()).build());
			List<BrokerProbe.Received> received = probe.await(report.messagesSent(), Duration.ofSeconds(30));

			assertThat(report.breakdowns()).isEqualTo(1);
			assertThat(report.stopsFailedByBreakdown()).isEqualTo(1);
			Map<String, List<String>> types = received.stream()
				.filter(r -> !r.telemetry())
				.sorted(Comparator.comparingLong(BrokerProbe.Received::seq))
				.collect(Collectors.groupingBy(BrokerProbe.Received::vehicleId,
						Collectors.mapping(BrokerProbe.Received::type, Collectors.toList())));
			assertThat(types.get("VAN-02")).containsExactly("DEPARTED", "ARRIVED", "DELIVERED", "DEPARTED", "FAILED");
			assertThat(types.get("VAN-01")).endsWith("DEPARTED").hasSize(10);
			BrokerProbe.Received last = received.stream()
				.filter(r -> r.vehicleId().equals("VAN-02"))
				.max(Comparator.comparingLong(BrokerProbe.Received::seq))
				.orElseThrow();
			assertThat(Instant.parse(last.json().get("deviceTime").asString()))
				.isEqualTo(Instant.parse("2026-11-27T07:10:00Z"));
		}
	}

	/**
	 * Each (vehicle, seq) once, at its first arrival: what a deduplicating consumer
	 * keeps.
	 */
	private static List<BrokerProbe.Received> firstArrivals(List<BrokerProbe.Received> received) {
		Set<String> seen = new HashSet<>();
		return received.stream().filter(r -> seen.add(r.vehicleId() + "/" + r.seq())).toList();
	}

}
