package io.zaplecze.tracking.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.plan.KnownVehicles;
import io.zaplecze.tracking.testing.DevicePublisher;
import io.zaplecze.tracking.testing.Payloads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alert list over real PostGIS and the real Mosquitto: a plan arrives, devices report over
 * MQTT, and the alerts follow what they reported.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@RealServices
@TestPropertySource(properties = { "zaplecze.tracking.mqtt.client-id=zt-alerts-${random.uuid}",
		"zaplecze.tracking.mqtt.session-expiry=10m", "zaplecze.tracking.ingest.linger=2ms",
		"zaplecze.tracking.arrival.dwell=2s", "zaplecze.tracking.arrival.depart-dwell=2s",
		"zaplecze.tracking.eta.refresh-interval=0s", "zaplecze.tracking.alerts.silent-after=3s",
		"zaplecze.tracking.alerts.stationary-after=10m" })
class AlertsIntegrationTests {

	private static final GeoPoint DEPOT = new GeoPoint(52.2000, 21.0000);

	private static final GeoPoint STOP = new GeoPoint(52.2100, 21.0000);

	private static DevicePublisher device;

	@Autowired
	TrackingProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnownVehicles known;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@MockitoBean
	RoadNetworkManagement roads;

	@BeforeAll
	static void connect() throws Exception {
		device = new DevicePublisher(TestServices.mqttBrokerUrl(), "zt-alerts-device-" + UUID.randomUUID(),
				TestServices.mqtt().username(), TestServices.mqtt().password());
	}

	@AfterAll
	static void disconnect() {
		if (device != null) {
			device.close();
		}
	}

	@Test
	void failuresLateStopsBreakdownsAndSilenceBecomeAlerts() throws Exception {
		given(this.roads.route(any(), any())).willThrow(new IllegalStateException("no road network in this test"));
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String broken = "VAN-B" + suffix;
		String quiet = "VAN-Q" + suffix;
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1800);
		UUID failedStop = UUID.randomUUID();
		UUID lateStop = UUID.randomUUID();
		// broken: delivers nothing at its first stop (FAILED), its second stop's window closed an hour ago.
		publish(plan(broken, t0, List.of(stop(failedStop, 1, STOP, t0.plusSeconds(300), t0.plusSeconds(3600)),
				stop(lateStop, 2, STOP, t0.plusSeconds(900), t0.minusSeconds(3600)))));
		publish(plan(quiet, t0, List.of(stop(UUID.randomUUID(), 1, STOP, t0.plusSeconds(300), t0.plusSeconds(7200)))));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.known.isKnown(broken) && this.known.isKnown(quiet)
				&& count("SELECT count(*) FROM tracking.stops WHERE stop_id IN (?, ?)", failedStop, lateStop) == 2);

		String root = this.properties.mqtt().topicRoot();
		long seq = 0;
		device.publish(Payloads.eventsTopic(root, broken), Payloads.event(broken, ++seq, t0.plusSeconds(60), "FAILED",
				failedStop, ",\"reason\":\"CUSTOMER_ABSENT\""));
		// Then it stands still 500 m north of the depot, away from every stop, for 15 minutes of device time.
		for (int i = 0; i <= 15; i++) {
			device.publish(Payloads.telemetryTopic(root, broken), Payloads.telemetry(broken, ++seq,
					t0.plusSeconds(120 + i * 60), DEPOT.lat() + 0.0045 + (i % 2) * 0.0001, DEPOT.lon()));
		}
		// quiet leaves the depot and reports once: it falls silent.
		device.publish(Payloads.eventsTopic(root, quiet), Payloads.event(quiet, 1, t0.plusSeconds(60), "DEPARTED", null, ""));
		device.publish(Payloads.telemetryTopic(root, quiet),
				Payloads.telemetry(quiet, 2, t0.plusSeconds(90), DEPOT.lat() + 0.002, DEPOT.lon()));

		LocalDate day = LocalDate.now(ZoneOffset.UTC);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> this.mvc.perform(get("/api/v1/tracking/alerts").param("date", day.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.vehicleId == '" + broken + "')].kind").value(hasItems("FAILED", "LATE", "STATIONARY")))
			.andExpect(jsonPath("$[?(@.kind == 'FAILED' && @.vehicleId == '" + broken + "')].reason").value(hasItem("CUSTOMER_ABSENT")))
			.andExpect(jsonPath("$[?(@.kind == 'LATE')].stopId").value(hasItem(lateStop.toString())))
			.andExpect(jsonPath("$[?(@.vehicleId == '" + quiet + "')].kind").value(hasItem("SILENT"))));
	}

	@Test
	void aDateIsRequiredAndMustBeADate() throws Exception {
		this.mvc.perform(get("/api/v1/tracking/alerts")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/tracking/alerts").param("date", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").exists());
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

	private static RoutePlanPublished plan(String vehicle, Instant departure, List<RoutePlanPublished.Stop> stops) {
		RoutePlanPublished.Route route = new RoutePlanPublished.Route(UUID.randomUUID(), vehicle, false, UUID.randomUUID(),
				DEPOT, departure, departure.plusSeconds(3600), 5000, 1200, stops);
		return new RoutePlanPublished(UUID.randomUUID(), 1, LocalDate.now(ZoneOffset.UTC), departure.minusSeconds(60),
				List.of(route));
	}

	private static RoutePlanPublished.Stop stop(UUID stopId, int sequence, GeoPoint at, Instant arrival, Instant windowEnd) {
		return new RoutePlanPublished.Stop(stopId, UUID.randomUUID(), sequence, at, arrival, arrival.plusSeconds(300),
				List.of(new TimeWindow(windowEnd.minusSeconds(3600), windowEnd)), 300);
	}

}
