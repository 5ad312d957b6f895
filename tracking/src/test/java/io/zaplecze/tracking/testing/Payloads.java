package io.zaplecze.tracking.testing;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Device-contract payloads for tests and benchmarks. */
public final class Payloads {

	private Payloads() {
	}

	public static String telemetryTopic(String root, String vehicleId) {
		return root + "/vehicles/" + vehicleId + "/telemetry";
	}

	public static String eventsTopic(String root, String vehicleId) {
		return root + "/vehicles/" + vehicleId + "/events";
	}

	public static String telemetry(String vehicleId, long seq, Instant at, double lat, double lon) {
		// Concatenation, not String.format: the benchmark builds tens of thousands of these a second.
		return "{\"vehicleId\":\"" + vehicleId + "\",\"seq\":" + seq + ",\"deviceTime\":\"" + at + "\",\"lat\":"
				+ (Math.round(lat * 1e6) / 1e6) + ",\"lon\":" + (Math.round(lon * 1e6) / 1e6)
				+ ",\"speedKmh\":32.5,\"heading\":90.0,\"accuracyM\":5.0}";
	}

	public static String event(String vehicleId, long seq, Instant at, String type, UUID stopId, String extra) {
		return String.format(Locale.ROOT, "{\"vehicleId\":\"%s\",\"seq\":%d,\"deviceTime\":\"%s\",\"type\":\"%s\","
				+ "\"stopId\":%s%s}", vehicleId, seq, at, type, (stopId != null) ? "\"" + stopId + "\"" : "null", extra);
	}

}
