package io.zaplecze.tracking.ingest;

import java.time.Instant;
import java.time.DateTimeException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Decodes the device contract's JSON payloads with a streaming parser: strict about types (a number
 * in quotes is malformed), duplicate keys and trailing content, tolerant of unknown fields (devices
 * may be newer than the server).
 */
final class JsonPayloadDecoder {

	private final JsonFactory factory = JsonFactory.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/** A payload that is not a well-formed message of its topic; the message says what is wrong. */
	static final class MalformedPayload extends Exception {

		MalformedPayload(String message) {
			super(message, null, false, false);
		}

	}

	DeviceMessage decode(byte[] payload, DeviceTopic.Kind kind, Instant receivedAt) throws MalformedPayload {
		Fields f = new Fields();
		try (JsonParser p = this.factory.createParser(ObjectReadContext.empty(), payload)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new MalformedPayload("payload is not a JSON object");
			}
			String name;
			while ((name = p.nextName()) != null) {
				JsonToken value = p.nextToken();
				read(f, name, value, p);
			}
			if (p.nextToken() != null) {
				throw new MalformedPayload("content after the JSON object");
			}
		}
		catch (JacksonException ex) {
			throw new MalformedPayload("invalid JSON: " + ex.getOriginalMessage());
		}
		String vehicleId = require(f.vehicleId, "vehicleId");
		if (f.seq == null) {
			throw new MalformedPayload("seq is missing");
		}
		Instant deviceTime = parseTime(require(f.deviceTime, "deviceTime"));
		if (kind == DeviceTopic.Kind.TELEMETRY) {
			if (f.lat == null || f.lon == null) {
				throw new MalformedPayload("lat and lon are required");
			}
			return new PositionFix(vehicleId, f.seq, deviceTime, f.lat, f.lon, toFloat(f.speedKmh), toFloat(f.heading),
					toFloat(f.accuracyM), receivedAt);
		}
		StopEvent.Type type = parseEnum(StopEvent.Type.class, require(f.type, "type"), "type");
		UUID stopId = (f.stopId != null) ? parseUuid(f.stopId) : null;
		StopEvent.FailureReason reason = (f.reason != null)
				? parseEnum(StopEvent.FailureReason.class, f.reason, "reason") : null;
		if (stopId == null && type != StopEvent.Type.DEPARTED) {
			throw new MalformedPayload(type + " needs a stopId");
		}
		if (type == StopEvent.Type.DELIVERED && (f.recipientName == null || f.recipientName.isBlank())) {
			throw new MalformedPayload("DELIVERED needs a recipientName");
		}
		if (type == StopEvent.Type.FAILED && reason == null) {
			throw new MalformedPayload("FAILED needs a reason");
		}
		return new StopEvent(vehicleId, f.seq, deviceTime, type, stopId, f.lat, f.lon, f.recipientName, f.signatureRef,
				reason, receivedAt);
	}

	private static void read(Fields f, String name, JsonToken value, JsonParser p) throws MalformedPayload {
		switch (name) {
			case "vehicleId" -> f.vehicleId = string(name, value, p, false);
			case "deviceTime" -> f.deviceTime = string(name, value, p, false);
			case "type" -> f.type = string(name, value, p, false);
			case "stopId" -> f.stopId = string(name, value, p, true);
			case "recipientName" -> f.recipientName = string(name, value, p, true);
			case "signatureRef" -> f.signatureRef = string(name, value, p, true);
			case "reason" -> f.reason = string(name, value, p, true);
			case "seq" -> {
				if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
					throw new MalformedPayload("seq must be an integer");
				}
				f.seq = p.getLongValue();
			}
			case "lat" -> f.lat = number(name, value, p, false);
			case "lon" -> f.lon = number(name, value, p, false);
			case "speedKmh" -> f.speedKmh = number(name, value, p, true);
			case "heading" -> f.heading = number(name, value, p, true);
			case "accuracyM" -> f.accuracyM = number(name, value, p, true);
			default -> p.skipChildren();
		}
	}

	private static @Nullable String string(String name, JsonToken value, JsonParser p, boolean nullable)
			throws MalformedPayload {
		if (value == JsonToken.VALUE_NULL && nullable) {
			return null;
		}
		if (value != JsonToken.VALUE_STRING) {
			throw new MalformedPayload(name + " must be a string");
		}
		return p.getString();
	}

	private static @Nullable Double number(String name, JsonToken value, JsonParser p, boolean nullable)
			throws MalformedPayload {
		if (value == JsonToken.VALUE_NULL && nullable) {
			return null;
		}
		if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
			throw new MalformedPayload(name + " must be a number");
		}
		return p.getDoubleValue();
	}

	private static String require(@Nullable String value, String name) throws MalformedPayload {
		if (value == null || value.isEmpty()) {
			throw new MalformedPayload(name + " is missing");
		}
		return value;
	}

	private static Instant parseTime(String text) throws MalformedPayload {
		try {
			return DeviceTimes.parse(text);
		}
		catch (DateTimeException ex) {
			throw new MalformedPayload("deviceTime is not an ISO-8601 instant with offset");
		}
	}

	private static UUID parseUuid(String text) throws MalformedPayload {
		if (text.length() != 36) {
			throw new MalformedPayload("stopId is not a UUID");
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedPayload("stopId is not a UUID");
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String name) throws MalformedPayload {
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedPayload(name + " is not one of the contract's values");
		}
	}

	private static @Nullable Float toFloat(@Nullable Double value) {
		return (value != null) ? value.floatValue() : null;
	}

	private static final class Fields {

		@Nullable String vehicleId;

		@Nullable Long seq;

		@Nullable String deviceTime;

		@Nullable Double lat;

		@Nullable Double lon;

		@Nullable Double speedKmh;

		@Nullable Double heading;

		@Nullable Double accuracyM;

		@Nullable String type;

		@Nullable String stopId;

		@Nullable String recipientName;

		@Nullable String signatureRef;

		@Nullable String reason;

	}

}
