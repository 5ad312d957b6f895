package io.zaplecze.simulator.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.zaplecze.simulator.BrokerProbe;
import io.zaplecze.simulator.LoadConfig;
import io.zaplecze.simulator.LoadReport;
import io.zaplecze.simulator.Simulation;
import io.zaplecze.simulator.driving.Geo;
import io.zaplecze.testsupport.TestServices;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoadGeneratorTests {

	@Test
	void everyVirtualDevicePublishesAPlausibleTrackWithItsOwnSeq() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			LoadConfig config = LoadConfig.defaults()
				.withBroker(TestServices.mqttBrokerUrl(), probe.root())
			.withCredentials(TestServices.mqtt().username(), TestServices.mqtt().password())
				// slow enough for one subscriber on the machine's broker (it queues 1,000
				// at most)
				.withShape(200, 2, 2_000, Duration.ofSeconds(30), 3_000);
			LoadReport report = Simulation.load(config);
			List<BrokerProbe.Received> received = probe.await(3_000, Duration.ofSeconds(20));

			assertThat(report.sent()).isEqualTo(3_000);
			assertThat(report.acked()).isEqualTo(3_000);
			assertThat(report.failed()).isZero();
			assertThat(received).hasSize(3_000).allSatisfy(r -> assertThat(r.telemetry()).isTrue());
			Map<String, List<BrokerProbe.Received>> byDevice = received.stream()
				.collect(Collectors.groupingBy(BrokerProbe.Received::vehicleId));
			assertThat(byDevice).hasSize(200).containsKey("LOAD-00001").containsKey("LOAD-00200");
			for (List<BrokerProbe.Received> track : byDevice.values()) {
				for (int i = 1; i < track.size(); i++) {
					BrokerProbe.Received a = track.get(i - 1);
					BrokerProbe.Received b = track.get(i);
					assertThat(b.seq()).isEqualTo(a.seq() + 1);
					Instant ta = Instant.parse(a.json().get("deviceTime").asString());
					Instant tb = Instant.parse(b.json().get("deviceTime").asString());
					assertThat(tb).isAfter(ta);
					double meters = Geo.distanceMeters(a.json().get("lat").asDouble(), a.json().get("lon").asDouble(),
							b.json().get("lat").asDouble(), b.json().get("lon").asDouble());
					double seconds = Duration.between(ta, tb).toMillis() / 1000.0;
					// no faster than 70 km/h between fixes (plus the 6-decimal rounding)
					assertThat(meters).isLessThanOrEqualTo(70 / 3.6 * seconds + 0.2);
				}
				BrokerProbe.Received any = track.get(0);
				assertThat(Geo.distanceMeters(any.json().get("lat").asDouble(), any.json().get("lon").asDouble(),
						52.2297, 21.0122))
					.isLessThan(15_500);
			}
		}
	}

	@Test
	void holdsATargetRate() {
		String root = "zt-sim-" + TestServices.uniqueSuffix() + "/v1";
		LoadReport report = Simulation.load(LoadConfig.defaults()
			.withBroker(TestServices.mqttBrokerUrl(), root)
			.withCredentials(TestServices.mqtt().username(), TestServices.mqtt().password())
			.withShape(100, 2, 2_000, Duration.ofMillis(2_000), 0)
			.withWindow(0, 1, Duration.ZERO));

		assertThat(report.rate()).isCloseTo(2_000, org.assertj.core.data.Percentage.withPercentage(15));
		assertThat(report.acked()).isEqualTo(report.sent());
	}

	@Test
	void fullSpeedNeverExceedsTheBrokersReceiveMaximum() {
		// nobody subscribes under this root: the broker only acknowledges
		String root = "zt-sim-" + TestServices.uniqueSuffix() + "/v1";
		LoadReport report = Simulation.load(LoadConfig.defaults()
			.withBroker(TestServices.mqttBrokerUrl(), root)
			.withCredentials(TestServices.mqtt().username(), TestServices.mqtt().password())
			.withShape(500, 2, 0, Duration.ofSeconds(30), 20_000));

		assertThat(report.window()).isEqualTo(report.receiveMaximum().get(0));
		assertThat(report.acked()).isEqualTo(20_000);
		assertThat(report.failed()).isZero();
		assertThat(report.perConnectionAcked()).hasSize(2).allSatisfy(n -> assertThat(n).isPositive());
		assertThat(report.payloadBytes()).isBetween(150.0, 200.0);
	}

	@Test
	void theRawPublisherDeliversEveryMessageOnceInDeviceOrder() throws Exception {
		try (BrokerProbe probe = new BrokerProbe()) {
			LoadReport report = Simulation.load(LoadConfig.defaults()
				.withBroker(TestServices.mqttBrokerUrl(), probe.root())
			.withCredentials(TestServices.mqtt().username(), TestServices.mqtt().password())
				.withShape(100, 2, 2_000, Duration.ofSeconds(30), 2_000)
				.withClient(LoadConfig.Client.RAW));
			List<BrokerProbe.Received> received = probe.await(2_000, Duration.ofSeconds(20));

			assertThat(report.acked()).isEqualTo(2_000);
			assertThat(report.failed()).isZero();
			assertThat(received).hasSize(2_000);
			for (List<BrokerProbe.Received> track : received.stream()
				.collect(Collectors.groupingBy(BrokerProbe.Received::vehicleId))
				.values()) {
				for (int i = 1; i < track.size(); i++) {
					assertThat(track.get(i).seq()).isEqualTo(track.get(i - 1).seq() + 1);
				}
			}
		}
	}

	@Test
	void theRawPublisherAtFullSpeedStaysInsideTheWindow() {
		String root = "zt-sim-" + TestServices.uniqueSuffix() + "/v1";
		LoadReport report = Simulation.load(LoadConfig.defaults()
			.withBroker(TestServices.mqttBrokerUrl(), root)
			.withCredentials(TestServices.mqtt().username(), TestServices.mqtt().password())
			.withShape(500, 2, 0, Duration.ofSeconds(30), 20_000)
			.withClient(LoadConfig.Client.RAW));

		// Mosquitto disconnects a client that exceeds its Receive Maximum: all acked means it never did
		assertThat(report.acked()).isEqualTo(20_000);
		assertThat(report.failed()).isZero();
		assertThat(report.perConnectionAcked()).hasSize(2).allSatisfy(n -> assertThat(n).isPositive());
	}

}
