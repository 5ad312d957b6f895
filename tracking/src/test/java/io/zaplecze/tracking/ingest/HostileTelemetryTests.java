package io.zaplecze.tracking.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.testsupport.RealServices;
import io.zaplecze.testsupport.TestServices;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.plan.KnownVehicles;
import io.zaplecze.tracking.testing.DevicePublisher;
import io.zaplecze.tracking.testing.Payloads;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile telemetry over the real broker, interleaved with valid traffic: 60 kinds of malformed or
 * malicious payloads (oversized, deeply nested, invalid UTF-8, NaN and huge numbers, absurd
 * timestamps, topic/payload mismatch, unknown and absurd vehicle ids, a topic without a vehicle),
 * each sent several times among thousands of valid messages. Every hostile message must be
 * dead-lettered once with its reason, every valid one stored exactly once, and the report printed
 * at the end compares the ingest's rate with and without the hostile mix (same run, alternating).
 *
 * <p>The publisher is the broker's test account, which may publish for any vehicle: the point here is
 * what the ingest does with whatever gets past the broker (a device's own account cannot publish for
 * another vehicle at all, see {@code DeviceTrustIntegrationTests}).
 */
@ApplicationModuleTest(extraIncludes = "platform")
@RealServices
@TestPropertySource(properties = { "zaplecze.tracking.ingest.linger=5ms", "zaplecze.tracking.eta.enabled=false",
		"spring.datasource.hikari.maximum-pool-size=4" })
class HostileTelemetryTests {

	private static final int VALID_PER_PHASE = 3000;

	private static final int VEHICLES = 20;

	private static final int HOSTILE_REPEATS = 4;

	private static DevicePublisher device;

	@Autowired
	TrackingProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	KnownVehicles known;

	@Autowired
	IngestPipeline pipeline;

	@MockitoBean
	RoadNetworkManagement roads;

	@BeforeAll
	static void connect() throws Exception {
		device = new DevicePublisher(TestServices.mqttBrokerUrl(), "zt-hostile-" + UUID.randomUUID(),
				TestServices.mqtt().username(), TestServices.mqtt().password());
	}

	@AfterAll
	static void disconnect() {
		device.close();
	}

	/** One kind of hostile message: its payload for a topic vehicle id, the topic kind, the reason expected. */
	record Kind(String name, String reason, String topicKind, BiFunction<String, Instant, byte[]> payload) {
	}

	/** A hostile message as sent. */
	record Sent(String kind, String topic, String reason) {
	}

	@Test
	void everyHostileMessageIsDeadLetteredWithItsReasonAndEveryValidOneStoredOnce() throws Exception {
		List<Kind> kinds = kinds();
		assertThat(kinds).hasSizeGreaterThanOrEqualTo(40);
		String run = UUID.randomUUID().toString().substring(0, 6);
		List<Sent> hostile = new ArrayList<>();
		Map<String, Long> validSent = new HashMap<>();
		List<double[]> rates = new ArrayList<>();
		// Alternating phases on the same ingest after a warm-up (JIT, connection pools) left out of the
		// report: clean, mixed, clean, mixed.
		for (int phase = -1; phase < 4; phase++) {
			boolean mixed = phase >= 0 && phase % 2 == 1;
			List<String> vehicles = new ArrayList<>();
			for (int v = 0; v < VEHICLES; v++) {
				String vehicle = "HV-" + run + "-" + phase + "-" + v;
				this.known.register(vehicle, "test");
				vehicles.add(vehicle);
			}
			int hostileThisPhase = mixed ? kinds.size() * HOSTILE_REPEATS : 0;
			int every = mixed ? Math.max(1, VALID_PER_PHASE / hostileThisPhase) : Integer.MAX_VALUE;
			IngestStats before = this.pipeline.stats();
			Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(3600);
			long start = System.nanoTime();
			int h = 0;
			for (int i = 0; i < VALID_PER_PHASE; i++) {
				String vehicle = vehicles.get(i % VEHICLES);
				long seq = i / VEHICLES + 1;
				device.publish(Payloads.telemetryTopic(root(), vehicle),
						Payloads.telemetry(vehicle, seq, at.plusSeconds(seq), 52.2 + seq * 1e-5, 21.0));
				validSent.merge(vehicle, 1L, Long::sum);
				if (mixed && i % every == 0 && h < hostileThisPhase) {
					hostile.add(sendHostile(kinds.get(h % kinds.size()), run + "-" + phase + "-" + h, at));
					h++;
				}
			}
			while (mixed && h < hostileThisPhase) {
				hostile.add(sendHostile(kinds.get(h % kinds.size()), run + "-" + phase + "-" + h, at));
				h++;
			}
			long total = VALID_PER_PHASE + hostileThisPhase;
			await().atMost(Duration.ofSeconds(120)).until(() -> {
				IngestStats now = this.pipeline.stats();
				return now.stored() - before.stored() + now.deadLettered() - before.deadLettered() >= total;
			});
			double seconds = (System.nanoTime() - start) / 1e9;
			if (phase >= 0) {
				rates.add(new double[] { mixed ? 1 : 0, VALID_PER_PHASE / seconds, total / seconds, hostileThisPhase });
			}
		}

		// Every valid message stored exactly once.
		for (Map.Entry<String, Long> e : validSent.entrySet()) {
			assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id = ?", e.getKey())).as(e.getKey())
				.isEqualTo(e.getValue());
		}
		assertThat(count("SELECT count(*) FROM tracking.dead_letters WHERE vehicle_id LIKE ?", "HV-" + run + "-%")).isZero();
		// Every hostile message dead-lettered once, with its reason; none stored.
		Map<String, Long> expectedPerTopic = new HashMap<>();
		for (Sent s : hostile) {
			expectedPerTopic.merge(s.topic(), 1L, Long::sum);
		}
		Map<String, Long> actualPerTopic = new HashMap<>();
		Map<String, List<String>> actualReasons = new HashMap<>();
		this.jdbc.query("SELECT topic, reason FROM tracking.dead_letters WHERE topic LIKE ?", rs -> {
			String topic = rs.getString(1);
			actualPerTopic.merge(topic, 1L, Long::sum);
			actualReasons.computeIfAbsent(topic, t -> new ArrayList<>()).add(rs.getString(2));
		}, root() + "/%");
		Map<String, String> wrong = new TreeMap<>();
		for (Sent s : hostile) {
			List<String> got = actualReasons.getOrDefault(s.topic(), List.of());
			if (!got.stream().allMatch(s.reason()::equals) || got.size() != expectedPerTopic.get(s.topic())) {
				wrong.put(s.kind(), "expected " + expectedPerTopic.get(s.topic()) + " × " + s.reason() + ", got " + got);
			}
		}
		assertThat(wrong).as("hostile kinds not dead-lettered as expected").isEmpty();
		assertThat(actualPerTopic).isEqualTo(expectedPerTopic);
		assertThat(count("SELECT count(*) FROM tracking.positions WHERE vehicle_id LIKE ?", "HX-" + run + "-%")).isZero();
		assertThat(count("SELECT count(*) FROM tracking.device_events WHERE vehicle_id LIKE ?", "HX-" + run + "-%")).isZero();

		printReport(kinds, hostile, rates);
	}

	private Sent sendHostile(Kind kind, String id, Instant at) throws InterruptedException {
		String vehicle = "HX-" + id;
		String topic = switch (kind.topicKind()) {
			case "events" -> Payloads.eventsTopic(root(), vehicle);
			case "no-vehicle" -> root() + "/vehicles//telemetry";
			case "injection" -> Payloads.telemetryTopic(root(), vehicle + "';DROP TABLE tracking.positions;--");
			case "long-id" -> Payloads.telemetryTopic(root(), vehicle + "x".repeat(3000));
			default -> Payloads.telemetryTopic(root(), vehicle);
		};
		String topicVehicle = topic.substring(root().length() + "/vehicles/".length(), topic.lastIndexOf('/'));
		device.publish(topic, kind.payload().apply(topicVehicle, at), null);
		// The dead letter keeps the first 300 characters of a topic.
		return new Sent(kind.name(), (topic.length() <= 300) ? topic : topic.substring(0, 300), kind.reason());
	}

	private static void printReport(List<Kind> kinds, List<Sent> hostile, List<double[]> rates) {
		Map<String, Long> byReason = new TreeMap<>();
		for (Sent s : hostile) {
			byReason.merge(s.reason(), 1L, Long::sum);
		}
		StringBuilder report = new StringBuilder("\n=== Hostile telemetry report ===\n");
		report.append(String.format(Locale.ROOT, "%d hostile kinds, %d hostile messages dead-lettered by reason: %s%n",
				kinds.size(), hostile.size(), byReason));
		double clean = 0;
		double mixed = 0;
		for (double[] r : rates) {
			report.append(String.format(Locale.ROOT, "phase %-6s valid %,7.0f msg/s, all %,7.0f msg/s (%d valid + %.0f hostile)%n",
					(r[0] == 1) ? "mixed" : "clean", r[1], r[2], VALID_PER_PHASE, r[3]));
			if (r[0] == 1) {
				mixed += r[1] / 2;
			}
			else {
				clean += r[1] / 2;
			}
		}
		report.append(String.format(Locale.ROOT, "valid messages per second: clean %,.0f, with the hostile mix %,.0f (%.2f×)%n",
				clean, mixed, mixed / clean));
		System.out.println(report);
	}

	private String root() {
		return this.properties.mqtt().topicRoot();
	}

	private long count(String sql, Object... args) {
		Long n = this.jdbc.queryForObject(sql, Long.class, args);
		return (n != null) ? n : 0;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String fix(String v, Instant at) {
		return Payloads.telemetry(v, 7, at, 52.2, 21.0);
	}

	/** A valid fix of vehicle v with one field's raw JSON replaced (or added). */
	private static String with(String v, Instant at, String field, String rawValue) {
		String base = "{\"vehicleId\":\"" + v + "\",\"seq\":7,\"deviceTime\":\"" + at + "\",\"lat\":52.2,\"lon\":21.0,"
				+ "\"speedKmh\":30.0,\"heading\":90.0,\"accuracyM\":5.0}";
		String pattern = "\"" + field + "\":";
		int i = base.indexOf(pattern);
		if (i < 0) {
			return base.substring(0, base.length() - 1) + ",\"" + field + "\":" + rawValue + "}";
		}
		int end = base.indexOf(',', i);
		end = (end < 0) ? base.length() - 1 : end;
		return base.substring(0, i) + pattern + rawValue + base.substring(end);
	}

	private static String without(String v, Instant at, String field) {
		return with(v, at, field, "0").replaceAll(",?\"" + field + "\":0", "").replace("{,", "{");
	}

	private static byte[] bytes(String before, byte[] middle, String after) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(utf8(before));
		out.writeBytes(middle);
		out.writeBytes(utf8(after));
		return out.toByteArray();
	}

	private static List<Kind> kinds() {
		List<Kind> k = new ArrayList<>();
		String malformed = "malformed";
		// Not JSON, not an object, or not the contract's JSON.
		k.add(new Kind("truncated", malformed, "telemetry", (v, at) -> utf8("{\"vehicleId\":\"" + v + "\",\"seq\":")));
		k.add(new Kind("empty", malformed, "telemetry", (v, at) -> new byte[0]));
		k.add(new Kind("array", malformed, "telemetry", (v, at) -> utf8("[" + fix(v, at) + "]")));
		k.add(new Kind("bare-string", malformed, "telemetry", (v, at) -> utf8("\"" + v + "\"")));
		k.add(new Kind("null", malformed, "telemetry", (v, at) -> utf8("null")));
		k.add(new Kind("bare-number", malformed, "telemetry", (v, at) -> utf8("42")));
		k.add(new Kind("duplicate-key", malformed, "telemetry", (v, at) -> utf8(fix(v, at).replace("\"seq\":7", "\"seq\":7,\"seq\":8"))));
		k.add(new Kind("trailing-content", malformed, "telemetry", (v, at) -> utf8(fix(v, at) + " {}")));
		k.add(new Kind("seq-as-string", malformed, "telemetry", (v, at) -> utf8(with(v, at, "seq", "\"7\""))));
		k.add(new Kind("lat-as-string", malformed, "telemetry", (v, at) -> utf8(with(v, at, "lat", "\"52.2\""))));
		k.add(new Kind("lat-NaN", malformed, "telemetry", (v, at) -> utf8(with(v, at, "lat", "NaN"))));
		k.add(new Kind("lon-Infinity", malformed, "telemetry", (v, at) -> utf8(with(v, at, "lon", "Infinity"))));
		k.add(new Kind("invalid-utf8", malformed, "telemetry",
				(v, at) -> bytes("{\"vehicleId\":\"" + v, new byte[] { (byte) 0xC3, (byte) 0x28 }, "\",\"seq\":7}")));
		k.add(new Kind("utf8-surrogate", malformed, "telemetry",
				(v, at) -> bytes("{\"vehicleId\":\"" + v, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "\",\"seq\":7}")));
		k.add(new Kind("binary-garbage", malformed, "telemetry", (v, at) -> {
			byte[] b = new byte[300];
			new Random(v.hashCode()).nextBytes(b);
			b[0] = (byte) 0xFF;
			return b;
		}));
		k.add(new Kind("missing-seq", malformed, "telemetry", (v, at) -> utf8(without(v, at, "seq"))));
		k.add(new Kind("missing-device-time", malformed, "telemetry", (v, at) -> utf8(without(v, at, "deviceTime"))));
		k.add(new Kind("missing-lat", malformed, "telemetry", (v, at) -> utf8(without(v, at, "lat"))));
		k.add(new Kind("missing-vehicle-id", malformed, "telemetry", (v, at) -> utf8(without(v, at, "vehicleId"))));
		k.add(new Kind("time-in-words", malformed, "telemetry", (v, at) -> utf8(with(v, at, "deviceTime", "\"yesterday\""))));
		k.add(new Kind("time-without-offset", malformed, "telemetry",
				(v, at) -> utf8(with(v, at, "deviceTime", "\"" + at.toString().replace("Z", "") + "\""))));
		k.add(new Kind("time-as-epoch-number", malformed, "telemetry",
				(v, at) -> utf8(with(v, at, "deviceTime", Long.toString(at.getEpochSecond())))));
		k.add(new Kind("deeply-nested", malformed, "telemetry",
				(v, at) -> utf8(with(v, at, "extra", "[".repeat(1800) + "]".repeat(1800)))));
		k.add(new Kind("seq-fraction", malformed, "telemetry", (v, at) -> utf8(with(v, at, "seq", "7.5"))));
		k.add(new Kind("seq-beyond-long", malformed, "telemetry", (v, at) -> utf8(with(v, at, "seq", "18446744073709551616"))));
		k.add(new Kind("lat-boolean", malformed, "telemetry", (v, at) -> utf8(with(v, at, "lat", "true"))));
		k.add(new Kind("lat-null", malformed, "telemetry", (v, at) -> utf8(with(v, at, "lat", "null"))));
		k.add(new Kind("vehicle-id-number", malformed, "telemetry", (v, at) -> utf8(with(v, at, "vehicleId", "12"))));
		k.add(new Kind("vehicle-id-object", malformed, "telemetry", (v, at) -> utf8(with(v, at, "vehicleId", "{\"$ne\":null}"))));
		// Stop events that break the contract.
		UUID stop = UUID.randomUUID();
		k.add(new Kind("event-unknown-type", malformed, "events", (v, at) -> utf8(Payloads.event(v, 7, at, "TELEPORTED", stop, ""))));
		k.add(new Kind("failed-without-reason", malformed, "events", (v, at) -> utf8(Payloads.event(v, 7, at, "FAILED", stop, ""))));
		k.add(new Kind("failed-reason-invented", malformed, "events",
				(v, at) -> utf8(Payloads.event(v, 7, at, "FAILED", stop, ",\"reason\":\"ALIENS\""))));
		k.add(new Kind("delivered-without-recipient", malformed, "events",
				(v, at) -> utf8(Payloads.event(v, 7, at, "DELIVERED", stop, ""))));
		k.add(new Kind("arrived-without-stop", malformed, "events", (v, at) -> utf8(Payloads.event(v, 7, at, "ARRIVED", null, ""))));
		k.add(new Kind("stop-id-not-uuid", malformed, "events",
				(v, at) -> utf8(Payloads.event(v, 7, at, "ARRIVED", stop, "").replace(stop.toString(), "../../etc/passwd"))));
		k.add(new Kind("telemetry-on-events-topic", malformed, "events", (v, at) -> utf8(fix(v, at))));
		// Numbers out of range.
		String range = "out-of-range";
		k.add(new Kind("lat-91", range, "telemetry", (v, at) -> utf8(with(v, at, "lat", "91.0"))));
		k.add(new Kind("lon-minus-181", range, "telemetry", (v, at) -> utf8(with(v, at, "lon", "-181.0"))));
		k.add(new Kind("lat-1e308", range, "telemetry", (v, at) -> utf8(with(v, at, "lat", "1e308"))));
		k.add(new Kind("lat-1e400", range, "telemetry", (v, at) -> utf8(with(v, at, "lat", "1e400"))));
		k.add(new Kind("speed-negative", range, "telemetry", (v, at) -> utf8(with(v, at, "speedKmh", "-1.0"))));
		k.add(new Kind("speed-401", range, "telemetry", (v, at) -> utf8(with(v, at, "speedKmh", "401.0"))));
		k.add(new Kind("heading-361", range, "telemetry", (v, at) -> utf8(with(v, at, "heading", "361.0"))));
		k.add(new Kind("accuracy-negative", range, "telemetry", (v, at) -> utf8(with(v, at, "accuracyM", "-5.0"))));
		k.add(new Kind("seq-negative", range, "telemetry", (v, at) -> utf8(with(v, at, "seq", "-1"))));
		k.add(new Kind("event-lat-without-lon", range, "events",
				(v, at) -> utf8(Payloads.event(v, 7, at, "ARRIVED", stop, ",\"lat\":52.2"))));
		// Speaking for another vehicle.
		String mismatch = "vehicle-mismatch";
		k.add(new Kind("other-vehicle", mismatch, "telemetry", (v, at) -> utf8(fix("VAN-01", at))));
		k.add(new Kind("vehicle-other-case", mismatch, "telemetry", (v, at) -> utf8(fix(v.toLowerCase(Locale.ROOT), at))));
		k.add(new Kind("vehicle-with-nul", mismatch, "telemetry", (v, at) -> utf8(fix(v + "\\u0000", at))));
		// Absurd times.
		k.add(new Kind("three-hours-ahead", "future-timestamp", "telemetry",
				(v, at) -> utf8(Payloads.telemetry(v, 7, Instant.now().plus(Duration.ofHours(3)), 52.2, 21.0))));
		k.add(new Kind("year-9999", "future-timestamp", "telemetry",
				(v, at) -> utf8(with(v, at, "deviceTime", "\"9999-12-31T23:59:59Z\""))));
		k.add(new Kind("epoch-zero", "too-old", "telemetry", (v, at) -> utf8(with(v, at, "deviceTime", "\"1970-01-01T00:00:00Z\""))));
		k.add(new Kind("400-days-old", "too-old", "telemetry",
				(v, at) -> utf8(Payloads.telemetry(v, 7, at.minus(Duration.ofDays(400)), 52.2, 21.0))));
		// Well-formed, but nobody we know.
		k.add(new Kind("unknown-vehicle", "unknown-vehicle", "telemetry", (v, at) -> utf8(fix(v, at))));
		k.add(new Kind("sql-in-vehicle-id", "unknown-vehicle", "injection", (v, at) -> utf8(fix(v, at))));
		k.add(new Kind("3000-char-vehicle-id", "unknown-vehicle", "long-id", (v, at) -> utf8(fix(v, at))));
		// Too large.
		k.add(new Kind("one-byte-over", "oversized", "telemetry", (v, at) -> {
			String s = fix(v, at);
			return utf8(s.substring(0, s.length() - 1) + ",\"pad\":\"" + "x".repeat(4097 - s.length() - 9) + "\"}");
		}));
		k.add(new Kind("five-kilobytes", "oversized", "telemetry", (v, at) -> utf8(with(v, at, "pad", "\"" + "x".repeat(5000) + "\""))));
		k.add(new Kind("one-megabyte", "oversized", "telemetry", (v, at) -> utf8(with(v, at, "pad", "\"" + "y".repeat(1 << 20) + "\""))));
		// A topic without a vehicle.
		k.add(new Kind("topic-without-vehicle", "bad-topic", "no-vehicle", (v, at) -> utf8(fix("HX", at))));
		return k;
	}

}
