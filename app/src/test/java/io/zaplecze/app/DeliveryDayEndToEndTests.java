package io.zaplecze.app;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.zaplecze.simulator.DriveConfig;
import io.zaplecze.simulator.DriveReport;
import io.zaplecze.simulator.Faults;
import io.zaplecze.simulator.Simulation;
import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole day through every module, as the demo runs it but smaller: the demo day seeds stock and
 * orders (warehouse, inventory), plans and publishes (routing); the fleet simulator drives the
 * published plan over the real broker with duplicates and reordering; tracking must end with every
 * planned shipment DELIVERED or FAILED and every distinct message stored exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zaplecze.warehouse.demo.orders=24", "zaplecze.warehouse.demo.history-orders=300",
				"zaplecze.routing.planning.demo.time-limit=5s", "zaplecze.routing.graph-cache-dir=target/graph-cache" })
@AutoConfigureRestTestClient
@ActiveProfiles({ "demo", "test" })
@RealServices
class DeliveryDayEndToEndTests {

	@LocalServerPort
	int port;

	@Value("${zaplecze.tracking.mqtt.broker-url}")
	String brokerUrl;

	@Value("${zaplecze.tracking.mqtt.topic-root}")
	String topicRoot;

	@Autowired
	RestTestClient client;

	@Test
	void everyPlannedShipmentEndsDeliveredOrFailedAndEveryMessageIsStoredOnce() {
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Warsaw"));

		DriveReport report = Simulation.run(DriveConfig.builder()
			.api(URI.create("http://127.0.0.1:" + this.port), "dispatcher", "test-secret")
			.date(day)
			.broker(this.brokerUrl)
			.topicRoot(this.topicRoot)
			.asFastAsPossible()
			.maxRate(800)
			.telemetryInterval(Duration.ofSeconds(20))
			.faults(Faults.none().withDuplicates(0.02).withReordering(0.02))
			.seed(7)
			.build());

		assertThat(report.complete()).as("every publish acknowledged by the broker").isTrue();
		List<Map<String, Object>> plans = get("/api/v1/routing/plans?date=" + day, new ParameterizedTypeReference<>() {
		});
		Map<String, Object> published = plans.stream().filter(p -> "PUBLISHED".equals(p.get("status"))).findFirst().orElseThrow();
		int unassigned = ((Number) published.get("unassigned")).intValue();
		// The demo's fleet has room for the whole day: a plan leaving much out means the planner went wrong.
		assertThat(report.stops()).as("stops driven, with %d left out of the plan", unassigned)
			.isPositive()
			.isGreaterThanOrEqualTo(9 * unassigned);
		assertThat(report.delivered() + report.failed()).isEqualTo(report.stops());

		await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
			Map<String, Object> stats = get("/api/v1/tracking/ingest/stats", new ParameterizedTypeReference<>() {
			});
			assertThat(((Number) stats.get("queued")).longValue()).isZero();
			assertThat(((Number) stats.get("stored")).longValue()).isEqualTo(report.messagesSent());
		});
		Map<String, Object> stats = get("/api/v1/tracking/ingest/stats", new ParameterizedTypeReference<>() {
		});
		assertThat(((Number) stats.get("deadLettered")).longValue()).isZero();
		assertThat(((Number) stats.get("duplicates")).longValue()).isPositive();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<Map<String, Object>> shipments = get("/api/v1/tracking/shipments?date=" + day,
					new ParameterizedTypeReference<>() {
					});
			Map<String, Long> byStatus = shipments.stream()
				.filter(s -> !"ALLOCATED".equals(s.get("status")) && !"CREATED".equals(s.get("status")))
				.collect(Collectors.groupingBy(s -> (String) s.get("status"), Collectors.counting()));
			assertThat(byStatus.keySet()).isSubsetOf(Set.of("DELIVERED", "FAILED"));
			assertThat(byStatus.getOrDefault("DELIVERED", 0L)).isEqualTo(report.delivered());
			assertThat(byStatus.getOrDefault("FAILED", 0L)).isEqualTo(report.failed());
		});

		// The demo's warehouse crew picked and loaded the vans: a delivered shipment's story is whole.
		List<Map<String, Object>> shipments = get("/api/v1/tracking/shipments?date=" + day, new ParameterizedTypeReference<>() {
		});
		Object delivered = shipments.stream().filter(s -> "DELIVERED".equals(s.get("status"))).findFirst().orElseThrow()
			.get("shipmentId");
		Map<String, Object> details = get("/api/v1/tracking/shipments/" + delivered, new ParameterizedTypeReference<>() {
		});
		@SuppressWarnings("unchecked")
		List<String> story = ((List<Map<String, Object>>) details.get("timeline")).stream()
			.map(e -> (String) e.get("status"))
			.toList();
		assertThat(story).containsSubsequence("CREATED", "ALLOCATED", "PLANNED", "PICKED", "LOADED", "OUT_FOR_DELIVERY",
				"DELIVERED");
	}

	private <T> T get(String uri, ParameterizedTypeReference<T> type) {
		return this.client.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
				.encodeToString("dispatcher:test-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(type)
			.returnResult()
			.getResponseBody();
	}

}
