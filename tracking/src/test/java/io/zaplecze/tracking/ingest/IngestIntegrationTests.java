package io.zaplecze.tracking.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.FleetLiveState;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.plan.KnownVehicles;
import io.zaplecze.tracking.telemetry.PartitionMaintenance;
import io.zaplecze.tracking.testing.DevicePublisher;
import io.zaplecze.tracking.testing.Payloads;
import io.zaplecze.warehouse.ShipmentStatusChanged;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tracking module alone on real PostGIS and the real Mosquitto: messages published over MQTT end
 * up in the status API; duplicates and reordering change nothing; every kind of bad payload is
 * dead-lettered with its reason and never stops the ingest.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@RealServices
@TestPropertySource(properties = { "zaplecze.tracking.mqtt.client-id=zt-it-${random.uuid}",
		"zaplecze.tracking.mqtt.session-expiry=10m", "zaplecze.tracking.ingest.linger=2ms",
		"zaplecze.tracking.arrival.dwell=2s", "zaplecze.tracking.arrival.depart-dwell=2s",
		"zaplecze.tracking.eta.refresh-interval=0s" })
class IngestIntegrationTests {

	private static final GeoPoint DEPOT = new GeoPoint(52.2000, 21.0000);

	private static final GeoPoint FIRST = new GeoPoint(52.2100, 21.0000);

	private static final GeoPoint SECOND = new GeoPoint(52.2200, 21.0000);

	private static DevicePublisher device;

	@Autowired
	TrackingProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnownVehicles known;

	@Autowired
	IngestPipeline pipeline;

	@Autowired
	MockMvc mvc;

	@Autowired
	PartitionMaintenance partitions;

	@Autowired
	FleetLiveState fleet;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@MockitoBean
	RoadNetworkManagement roads;

	@BeforeAll
	static void connect() throws Exception {
		device = new DevicePublisher(TestServices.mqttBrokerUrl(), "zt-device-" + UUID.randomUUID(),
				TestServices.mqtt().username(), TestServices.mqtt().password());
	}

	@AfterAll
	static void disconnect() {
		device.close();
	}

	@BeforeEach
	void roadNetworkRefuses() {
		given(this.roads.route(any(), any())).willThrow(new IllegalStateException("no road network in this test"));
	}

	@Test
	void publishedPositionsAndStopEventsReachTheStatusApi() throws Exception {
		String vehicle = "VAN-" + suffix();
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
		UUID firstShipment = UUID.randomUUID();
		UUID secondShipment = UUID.randomUUID();
		UUID firstStop = UUID.randomUUID();
		UUID secondStop = UUID.randomUUID();
		UUID lateShipment = UUID.randomUUID();
		publishEvent(new ShipmentStatusChanged(firstShipment, "ORD-1", ShipmentStatusChanged.Milestone.CREATED,
				t0.minusSeconds(3600),
				"J. Kowalska", FIRST, today(), null));
		publishEvent(plan(vehicle, t0, List.of(stop(firstStop, firstShipment, 1, FIRST, t0.plusSeconds(300)),
				stop(secondStop, secondShipment, 2, SECOND, t0.plusSeconds(900)),
				new RoutePlanPublished.Stop(UUID.randomUUID(), lateShipment, 3, SECOND, t0.plusSeconds(1200),
						t0.plusSeconds(1500), List.of(new TimeWindow(t0.minusSeconds(7200), t0.minusSeconds(3600))), 300))));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.known.isKnown(vehicle)
				&& count("SELECT count(*) FROM tracking.stops WHERE stop_id = ?", firstStop) == 1);
		String code = this.jdbc.queryForObject("SELECT tracking_code FROM tracking.shipments WHERE shipment_id = ?", String.class,
				firstShipment);

		MvcResult feed = this.mvc.perform(get("/api/v1/tracking/feed")).andExpect(request().asyncStarted()).andReturn();
		long seq = 0;
		String topic = Payloads.telemetryTopic(root(), vehicle);
		// Leaves the depot, drives to the first stop, dwells there, delivers, drives towards the second.
		for (int i = 0; i <= 10; i++) {
			double lat = DEPOT.lat() + (FIRST.lat() - DEPOT.lat()) * i / 10.0;
			device.publish(topic, Payloads.telemetry(vehicle, ++seq, t0.plusSeconds(i * 10), lat, DEPOT.lon()));
		}
		for (int i = 1; i <= 5; i++) {
			device.publish(topic, Payloads.telemetry(vehicle, ++seq, t0.plusSeconds(100 + i), FIRST.lat(), FIRST.lon()));
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc.queryForList(
				"SELECT arrived_source FROM tracking.stops WHERE stop_id = ?", String.class, firstStop)).containsExactly("GEOFENCE"));
		device.publish(Payloads.eventsTopic(root(), vehicle), Payloads.event(vehicle, ++seq, t0.plusSeconds(110),
				"DELIVERED", firstStop, ",\"recipientName\":\"J. Kowalska\",\"signatureRef\":\"sig-1\""));
		for (int i = 1; i <= 6; i++) {
			double lat = FIRST.lat() + (SECOND.lat() - FIRST.lat()) * i / 10.0;
			device.publish(topic, Payloads.telemetry(vehicle, ++seq, t0.plusSeconds(120 + i * 10), lat, FIRST.lon()));
		}
		long expected = seq;
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", vehicle)
					+ count("SELECT count(*) FROM tracking.device_events WHERE vehicle_id = ?", vehicle)).isEqualTo(expected);
			assertThat(this.jdbc.queryForObject("SELECT status FROM tracking.shipments WHERE shipment_id = ?", String.class,
					secondShipment)).isEqualTo("ARRIVING");
		});

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(feed.getResponse().getContentAsString())
			.contains("event:position", "\"vehicleId\":\"" + vehicle + "\"", "event:stop", "\"kind\":\"DELIVERED\"",
					"event:delay", lateShipment.toString()));
		assertThat(this.jdbc.queryForObject("SELECT late FROM tracking.shipments WHERE shipment_id = ?", Boolean.class,
				lateShipment)).isTrue();
		FleetLiveState.VehicleState live = this.fleet.vehicle(vehicle).orElseThrow();
		assertThat(live.completedStops()).containsExactly(firstStop);
		assertThat(live.stopInProgress()).isNull();
		assertThat(live.at()).isEqualTo(t0.plusSeconds(180));
		this.mvc.perform(get("/api/v1/tracking/shipments/{id}", firstShipment))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"))
			.andExpect(jsonPath("$.orderNumber").value("ORD-1"))
			.andExpect(jsonPath("$.recipientName").value("J. Kowalska"))
			.andExpect(jsonPath("$.timeline[*].status").value(org.hamcrest.Matchers.contains("CREATED", "PLANNED",
					"OUT_FOR_DELIVERY", "ARRIVING", "DELIVERED")));
		this.mvc.perform(get("/api/v1/track/{code}", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"))
			.andExpect(jsonPath("$.arrivedAt").exists())
			.andExpect(jsonPath("$.eta").doesNotExist())
			.andExpect(jsonPath("$.vehicle").doesNotExist())
			.andExpect(jsonPath("$.stopsBefore").doesNotExist())
			.andExpect(jsonPath("$.destination").doesNotExist())
			.andExpect(jsonPath("$.delivery.recipientName").value("J. Kowalska"));
		String secondCode = this.jdbc.queryForObject("SELECT tracking_code FROM tracking.shipments WHERE shipment_id = ?",
				String.class, secondShipment);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> this.mvc.perform(get("/api/v1/track/{code}", secondCode))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ARRIVING"))
			.andExpect(jsonPath("$.eta.from").exists())
			.andExpect(jsonPath("$.arrivedAt").doesNotExist())
			.andExpect(jsonPath("$.vehicle.lat").exists())
			.andExpect(jsonPath("$.stopsBefore").value(0))
			.andExpect(jsonPath("$.destination.lat").value(SECOND.lat()))
			.andExpect(jsonPath("$.orderNumber").doesNotExist()));
		// The third stop: one stop before it, within the next three, so the van is shown; its window is promised.
		String lateCode = this.jdbc.queryForObject("SELECT tracking_code FROM tracking.shipments WHERE shipment_id = ?",
				String.class, lateShipment);
		this.mvc.perform(get("/api/v1/track/{code}", lateCode))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stopsBefore").value(1))
			.andExpect(jsonPath("$.vehicle.lat").exists())
			.andExpect(jsonPath("$.window.from").value(t0.minusSeconds(7200).toString()))
			.andExpect(jsonPath("$.window.to").value(t0.minusSeconds(3600).toString()));
		this.mvc.perform(get("/api/v1/tracking/vehicles/{id}/positions", vehicle)
			.param("from", t0.minusSeconds(1).toString())
			.param("to", t0.plusSeconds(3600).toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.count").value(expected - 1));
		this.mvc.perform(get("/api/v1/tracking/shipments").param("date", today().toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.shipmentId == '" + firstShipment + "')].trackingCode").value(code));
	}

	@Test
	void duplicatesChangeNothing() throws Exception {
		String vehicle = registered();
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		String topic = Payloads.telemetryTopic(root(), vehicle);
		long duplicatesBefore = this.pipeline.stats().duplicates();
		for (int i = 0; i < 3; i++) {
			device.publish(topic, Payloads.telemetry(vehicle, 1, at, 52.1, 21.1));
		}
		// Same key, other content: a device bug or a replay; the first stored version stays.
		device.publish(topic, Payloads.telemetry(vehicle, 1, at.plusSeconds(5), 52.9, 21.9));
		device.publish(topic, Payloads.telemetry(vehicle, 2, at.plusSeconds(1), 52.2, 21.2));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(this.pipeline.stats().duplicates() - duplicatesBefore).isEqualTo(3));
		assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", vehicle)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("SELECT lat FROM tracking.positions WHERE vehicle_id = ? AND seq = 1", Double.class,
				vehicle)).isEqualTo(52.1);
		assertThat(this.jdbc.queryForObject("SELECT seq FROM tracking.vehicle_latest WHERE vehicle_id = ?", Long.class, vehicle))
			.isEqualTo(2);
	}

	@Test
	void reorderingChangesNothing() throws Exception {
		String vehicle = registered();
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		String topic = Payloads.telemetryTopic(root(), vehicle);
		for (long seq : new long[] { 5, 3, 4, 1, 2 }) {
			device.publish(topic, Payloads.telemetry(vehicle, seq, at.plusSeconds(seq), 52.0 + seq / 100.0, 21.0));
		}
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", vehicle)).isEqualTo(5));
		Map<String, Object> latest = this.jdbc.queryForMap("SELECT seq, lat FROM tracking.vehicle_latest WHERE vehicle_id = ?",
				vehicle);
		assertThat(latest).containsEntry("seq", 5L).containsEntry("lat", 52.05);
		assertThat(this.jdbc.queryForList("SELECT seq FROM tracking.positions WHERE vehicle_id = ? ORDER BY device_time",
				Long.class, vehicle)).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

	@Test
	void deadLettersEveryKindOfBadPayloadAndKeepsGoing() throws Exception {
		String vehicle = registered();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		String topic = Payloads.telemetryTopic(root(), vehicle);
		long before = this.pipeline.stats().deadLettered();
		device.publish(topic, "{\"vehicleId\":\"" + vehicle + "\",\"seq\":");
		device.publish(topic, "{\"vehicleId\":\"" + vehicle + "\",\"pad\":\"" + "x".repeat(5000) + "\"}");
		device.publish(topic, Payloads.telemetry(vehicle, 10, now, 91.0, 21.0));
		device.publish(Payloads.telemetryTopic(root(), "NOBODY-" + suffix()),
				Payloads.telemetry("NOBODY", 11, now, 52.0, 21.0).replace("\"NOBODY\"", "\"NOBODY-x\""));
		String stranger = "GHOST-" + suffix();
		device.publish(Payloads.telemetryTopic(root(), stranger), Payloads.telemetry(stranger, 12, now, 52.0, 21.0));
		device.publish(topic, Payloads.telemetry("OTHER-VAN", 13, now, 52.0, 21.0));
		device.publish(topic, Payloads.telemetry(vehicle, 14, now.plus(Duration.ofHours(3)), 52.0, 21.0));
		device.publish(topic, Payloads.telemetry(vehicle, 15, now.minus(Duration.ofDays(400)), 52.0, 21.0));
		device.publish(Payloads.eventsTopic(root(), vehicle), Payloads.event(vehicle, 16, now, "ARRIVED", null, ""));
		device.publish(topic, Payloads.telemetry(vehicle, 17, now, 52.0, 21.0));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(this.pipeline.stats().deadLettered() - before).isEqualTo(9);
			assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", vehicle)).isEqualTo(1);
		});
		List<String> reasons = this.jdbc.queryForList("""
				SELECT reason FROM tracking.dead_letters WHERE topic LIKE ? OR vehicle_id = ? ORDER BY id""", String.class,
				root() + "/vehicles/%", vehicle);
		assertThat(reasons).contains("malformed", "oversized", "out-of-range", "unknown-vehicle", "vehicle-mismatch",
				"future-timestamp", "too-old");
		assertThat(this.jdbc.queryForObject("SELECT max(payload_size) - max(length(payload)) FROM tracking.dead_letters "
				+ "WHERE reason = 'oversized' AND vehicle_id = ?", Integer.class, vehicle)).isPositive();
		this.mvc.perform(get("/api/v1/tracking/ingest/dead-letters").param("reason", "oversized"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reason").value("oversized"));
		this.mvc.perform(get("/api/v1/tracking/ingest/stats"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.received").isNumber())
			.andExpect(jsonPath("$.stored").isNumber())
			.andExpect(jsonPath("$.duplicates").isNumber())
			.andExpect(jsonPath("$.deadLettered").isNumber());
	}

	@Test
	void messagesOfAVehicleAdmittedLaterAreReplayedFromTheDeadLetters() throws Exception {
		String vehicle = "LATE-" + suffix();
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);
		String topic = Payloads.telemetryTopic(root(), vehicle);
		device.publish(topic, Payloads.telemetry(vehicle, 1, at, 52.1, 21.1));
		device.publish(topic, Payloads.telemetry(vehicle, 2, at.plusSeconds(1), 52.2, 21.2));
		await().atMost(Duration.ofSeconds(20)).until(() -> count(
				"SELECT count(*) FROM tracking.dead_letters WHERE vehicle_id = ? AND reason = 'unknown-vehicle'", vehicle) == 2);
		this.mvc.perform(put("/api/v1/tracking/vehicles/{id}/registration", vehicle)).andExpect(status().isNoContent());
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", vehicle)).isEqualTo(2);
			assertThat(count("SELECT count(*) FROM tracking.dead_letters WHERE vehicle_id = ?", vehicle)).isZero();
		});
	}

	@Test
	void aReplanKeepsTheRouteAndWhatHappenedOnItAndTakesTheNewStops() throws Exception {
		String vehicle = "VAN-" + suffix();
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(600);
		UUID planId = UUID.randomUUID();
		UUID routeId = UUID.randomUUID();
		UUID delivered = UUID.randomUUID();
		UUID movedAway = UUID.randomUUID();
		UUID added = UUID.randomUUID();
		RoutePlanPublished.Stop first = stop(UUID.randomUUID(), delivered, 1, FIRST, t0.plusSeconds(300));
		RoutePlanPublished.Stop second = stop(UUID.randomUUID(), movedAway, 2, SECOND, t0.plusSeconds(900));
		publishEvent(version(planId, 1, routeId, vehicle, t0, List.of(first, second)));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.known.isKnown(vehicle)
				&& count("SELECT count(*) FROM tracking.stops WHERE route_id = ?", routeId) == 2);
		device.publish(Payloads.eventsTopic(root(), vehicle), Payloads.event(vehicle, 1, t0.plusSeconds(310), "DELIVERED",
				first.stopId(), ",\"recipientName\":\"A. Nowak\""));
		await().atMost(Duration.ofSeconds(20)).until(() -> count(
				"SELECT count(*) FROM tracking.stops WHERE stop_id = ? AND outcome = 'DELIVERED'", first.stopId()) == 1);

		// The dispatcher re-plans: the second shipment goes elsewhere, a new one joins this route.
		RoutePlanPublished.Stop third = stop(UUID.randomUUID(), added, 2, SECOND, t0.plusSeconds(1200));
		publishEvent(version(planId, 2, routeId, vehicle, t0, List.of(first, third)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc.queryForList(
				"SELECT stop_id FROM tracking.stops WHERE route_id = ? ORDER BY sequence", UUID.class, routeId))
			.containsExactly(first.stopId(), third.stopId()));
		assertThat(this.jdbc.queryForMap("SELECT plan_version, superseded FROM tracking.routes WHERE route_id = ?", routeId))
			.containsEntry("plan_version", 2).containsEntry("superseded", false);
		assertThat(this.jdbc.queryForObject("SELECT outcome FROM tracking.stops WHERE stop_id = ?", String.class,
				first.stopId())).isEqualTo("DELIVERED");
		this.mvc.perform(get("/api/v1/tracking/shipments/{id}", added))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.vehicleId").value(vehicle))
			.andExpect(jsonPath("$.stopId").value(third.stopId().toString()));
		device.publish(Payloads.telemetryTopic(root(), vehicle), Payloads.telemetry(vehicle, 2, t0.plusSeconds(400),
				FIRST.lat(), FIRST.lon()));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> this.mvc.perform(get("/api/v1/tracking/vehicles/{id}", vehicle))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.vehicle.stops").value(2))
			.andExpect(jsonPath("$.vehicle.stopsDone").value(1))
			.andExpect(jsonPath("$.vehicle.nextStopId").value(third.stopId().toString())));
	}

	private static RoutePlanPublished version(UUID planId, int version, UUID routeId, String vehicle, Instant departure,
			List<RoutePlanPublished.Stop> stops) {
		RoutePlanPublished.Route route = new RoutePlanPublished.Route(routeId, vehicle, false, UUID.randomUUID(), DEPOT,
				departure, departure.plusSeconds(3600), 5000, 1200, stops);
		return new RoutePlanPublished(planId, version, today(), departure.minusSeconds(60).plusSeconds(version - 1),
				List.of(route));
	}

	@Test
	void retentionDropsWholeDailyPartitions() {
		LocalDate today = today();
		this.partitions.ensure(today.minusDays(40), today.minusDays(38));
		assertThat(this.partitions.dropOlderThan(today.minusDays(39))).isEqualTo(1);
		assertThat(this.jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'tracking' "
				+ "AND tablename LIKE 'positions_p%'", String.class))
			.doesNotContain(partition(today.minusDays(40)))
			.contains(partition(today.minusDays(39)), partition(today.minusDays(38)), partition(today));
	}

	private static String partition(LocalDate day) {
		return "positions_p" + day.toString().replace("-", "");
	}

	private String registered() {
		String vehicle = "VAN-" + suffix();
		this.known.register(vehicle, "test");
		return vehicle;
	}

	private String root() {
		return this.properties.mqtt().topicRoot();
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

	private void publishEvent(Object event) {
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(event));
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static RoutePlanPublished plan(String vehicle, Instant departure, List<RoutePlanPublished.Stop> stops) {
		return version(UUID.randomUUID(), 1, UUID.randomUUID(), vehicle, departure, stops);
	}

	private static RoutePlanPublished.Stop stop(UUID stopId, UUID shipmentId, int sequence, GeoPoint at, Instant arrival) {
		return new RoutePlanPublished.Stop(stopId, shipmentId, sequence, at, arrival, arrival.plusSeconds(300),
				List.of(new TimeWindow(arrival.minusSeconds(1800), arrival.plusSeconds(1800))), 300);
	}

}
