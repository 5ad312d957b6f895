package io.zaplecze.tracking.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Replays captured good and hostile payloads through the decoder. */
class JsonPayloadDecoderTests {

	private static final Instant RECEIVED = Instant.parse("2026-11-27T08:16:00Z");

	private final JsonPayloadDecoder decoder = new JsonPayloadDecoder();

	@Test
	void decodesTheContractsTelemetryExample() throws Exception {
		PositionFix fix = (PositionFix) this.decoder.decode(read("good/telemetry.json"), DeviceTopic.Kind.TELEMETRY,
				RECEIVED);
		assertThat(fix).isEqualTo(new PositionFix("VAN-01", 1234, Instant.parse("2026-11-27T08:15:30Z"), 52.2297,
				21.0122, 38.5f, 271.0f, 6.0f, RECEIVED));
	}

	@Test
	void acceptsOffsetsNullOptionalsAndUnknownFields() throws Exception {
		PositionFix fix = (PositionFix) this.decoder.decode(read("good/telemetry-minimal-offset.json"),
				DeviceTopic.Kind.TELEMETRY, RECEIVED);
		assertThat(fix.deviceTime()).isEqualTo(Instant.parse("2026-11-27T08:15:30Z"));
		assertThat(fix.speedKmh()).isNull();
		assertThat(fix.lat()).isEqualTo(52.0);
	}

	@Test
	void decodesDeliveredWithProofOfDelivery() throws Exception {
		StopEvent event = (StopEvent) this.decoder.decode(read("good/event-delivered.json"), DeviceTopic.Kind.EVENTS,
				RECEIVED);
		assertThat(event.type()).isEqualTo(StopEvent.Type.DELIVERED);
		assertThat(event.stopId()).isEqualTo(UUID.fromString("6f1c2a4e-5b9d-4c1e-8f3a-2d7e9b0c1a55"));
		assertThat(event.recipientName()).isEqualTo("J. Kowalska");
		assertThat(event.signatureRef()).isEqualTo("sig-8812");
	}

	@Test
	void decodesDepartureFromTheDepotWithoutStop() throws Exception {
		StopEvent event = (StopEvent) this.decoder.decode(read("good/event-departed-depot.json"), DeviceTopic.Kind.EVENTS,
				RECEIVED);
		assertThat(event.type()).isEqualTo(StopEvent.Type.DEPARTED);
		assertThat(event.stopId()).isNull();
	}

	@Test
	void decodesFailedWithReason() throws Exception {
		StopEvent event = (StopEvent) this.decoder.decode(read("good/event-failed.json"), DeviceTopic.Kind.EVENTS,
				RECEIVED);
		assertThat(event.reason()).isEqualTo(StopEvent.FailureReason.CUSTOMER_ABSENT);
	}

	@ParameterizedTest
	@MethodSource("hostilePayloads")
	void refusesHostileTelemetry(Path file) throws IOException {
		byte[] payload = Files.readAllBytes(file);
		assertThatThrownBy(() -> this.decoder.decode(payload, DeviceTopic.Kind.TELEMETRY, RECEIVED))
			.isInstanceOf(JsonPayloadDecoder.MalformedPayload.class);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"vehicleId\":\"V\",\"seq\":1,\"deviceTime\":\"2026-11-27T08:00:00Z\",\"type\":\"ARRIVED\",\"stopId\":null}",
			"{\"vehicleId\":\"V\",\"seq\":1,\"deviceTime\":\"2026-11-27T08:00:00Z\",\"type\":\"FAILED\",\"stopId\":\"6f1c2a4e-5b9d-4c1e-8f3a-2d7e9b0c1a55\"}",
			"{\"vehicleId\":\"V\",\"seq\":1,\"deviceTime\":\"2026-11-27T08:00:00Z\",\"type\":\"DELIVERED\",\"stopId\":\"6f1c2a4e-5b9d-4c1e-8f3a-2d7e9b0c1a55\"}",
			"{\"vehicleId\":\"V\",\"seq\":1,\"deviceTime\":\"2026-11-27T08:00:00Z\",\"type\":\"TELEPORTED\",\"stopId\":null}",
			"{\"vehicleId\":\"V\",\"seq\":1,\"deviceTime\":\"2026-11-27T08:00:00Z\",\"type\":\"ARRIVED\",\"stopId\":\"stop-1\"}",
			"{\"vehicleId\":\"V\",\"seq\":1,\"deviceTime\":\"2026-11-27T08:00:00Z\",\"type\":\"FAILED\",\"stopId\":\"6f1c2a4e-5b9d-4c1e-8f3a-2d7e9b0c1a55\",\"reason\":\"BORED\"}" })
	void refusesEventsThatBreakTheContract(String payload) {
		assertThatThrownBy(() -> this.decoder.decode(payload.getBytes(StandardCharsets.UTF_8), DeviceTopic.Kind.EVENTS,
				RECEIVED))
			.isInstanceOf(JsonPayloadDecoder.MalformedPayload.class);
	}

	static Stream<Path> hostilePayloads() throws IOException {
		return Files.list(resources().resolve("hostile")).sorted();
	}

	private static byte[] read(String name) throws IOException {
		return Files.readAllBytes(resources().resolve(name));
	}

	private static Path resources() {
		return Path.of("src", "test", "resources", "payloads");
	}

}
