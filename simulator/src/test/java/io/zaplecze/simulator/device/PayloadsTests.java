package io.zaplecze.simulator.device;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.zaplecze.simulator.FailureReason;
import io.zaplecze.simulator.StopEventType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long T = Instant.parse("2026-11-27T08:15:30Z").toEpochMilli();

	@Test
	void writesTelemetryInTheContractsShape() {
		byte[] payload = Payloads.telemetry("VAN-01", 1234, T, 52.2297, 21.0122, 38.5, 271.0, 6.0);
		assertThat(new String(payload, StandardCharsets.UTF_8)).isEqualTo(
				"{\"vehicleId\":\"VAN-01\",\"seq\":1234,\"deviceTime\":\"2026-11-27T08:15:30Z\",\"lat\":52.229700,"
						+ "\"lon\":21.012200,\"speedKmh\":38.5,\"heading\":271.0,\"accuracyM\":6.0}");
	}

	@Test
	void writesMillisecondsOnlyWhenThereAreAny() {
		JsonNode fix = JSON.readTree(Payloads.telemetry("V", 1, T + 7, 0, 0, 0, 0, 0));
		assertThat(fix.get("deviceTime").asString()).isEqualTo("2026-11-27T08:15:30.007Z");
		assertThat(Instant.parse(fix.get("deviceTime").asString()).toEpochMilli()).isEqualTo(T + 7);
	}

	@Test
	void formatsDatesAcrossYearsAndLeapDays() {
		for (String time : new String[] { "1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z", "2100-03-01T12:00:00Z",
				"1969-12-31T23:59:59Z" }) {
			JsonNode fix = JSON.readTree(Payloads.telemetry("V", 1, Instant.parse(time).toEpochMilli(), 0, 0, 0, 0, 0));
			assertThat(fix.get("deviceTime").asString()).isEqualTo(time);
		}
	}

	@Test
	void writesNegativeCoordinatesAndRoundsToSixDecimals() {
		JsonNode fix = JSON.readTree(Payloads.telemetry("V", 1, T, -33.8688197, -0.0000004, 0.04, 359.96, 4));
		assertThat(fix.get("lat").asDouble()).isEqualTo(-33.86882);
		assertThat(fix.get("lon").asDouble()).isEqualTo(0.0);
		assertThat(fix.get("speedKmh").asDouble()).isEqualTo(0.0);
		assertThat(fix.get("heading").asDouble()).isEqualTo(360.0);
	}

	@Test
	void writesADepotDepartureWithANullStop() {
		JsonNode event = JSON
			.readTree(Payloads.event("VAN-01", 7, T, StopEventType.DEPARTED, null, 52.2, 21.0, null, null, null));
		assertThat(event.get("type").asString()).isEqualTo("DEPARTED");
		assertThat(event.has("stopId")).isTrue();
		assertThat(event.get("stopId").isNull()).isTrue();
		assertThat(event.has("recipientName")).isFalse();
		assertThat(event.has("reason")).isFalse();
	}

	@Test
	void writesDeliveredWithRecipientAndFailedWithReason() {
		JsonNode delivered = JSON.readTree(Payloads.event("VAN-01", 8, T, StopEventType.DELIVERED, "6f1c", 52.2, 21.0,
				"J. Kowalska", "sig-8812", null));
		assertThat(delivered.get("stopId").asString()).isEqualTo("6f1c");
		assertThat(delivered.get("recipientName").asString()).isEqualTo("J. Kowalska");
		assertThat(delivered.get("signatureRef").asString()).isEqualTo("sig-8812");
		assertThat(delivered.has("reason")).isFalse();
		JsonNode failed = JSON.readTree(Payloads.event("VAN-01", 9, T, StopEventType.FAILED, "6f1c", 52.2, 21.0, null,
				null, FailureReason.NO_ACCESS));
		assertThat(failed.get("reason").asString()).isEqualTo("NO_ACCESS");
		assertThat(failed.has("recipientName")).isFalse();
	}

	@Test
	void escapesStringsAndKeepsUnicode() {
		JsonNode event = JSON.readTree(Payloads.event("VAN \"7\"\\x", 1, T, StopEventType.DELIVERED, "s", 0, 0,
				"Zofia Wiśniewska-Łąka \uD83D\uDE9A\n", null, null));
		assertThat(event.get("vehicleId").asString()).isEqualTo("VAN \"7\"\\x");
		assertThat(event.get("recipientName").asString()).isEqualTo("Zofia Wiśniewska-Łąka \uD83D\uDE9A\n");
	}

}
