package io.zaplecze.tracking.ingest;

import org.jspecify.annotations.Nullable;

/**
 * What a topic {@code <root>/vehicles/{vehicleId}/telemetry|events} says; {@code kind} is null when
 * the topic does not follow the contract.
 */
record DeviceTopic(@Nullable String vehicleId, @Nullable Kind kind) {

	enum Kind {

		TELEMETRY, EVENTS

	}

	static DeviceTopic parse(String topic, String root) {
		String prefix = root + "/vehicles/";
		if (!topic.startsWith(prefix)) {
			return new DeviceTopic(null, null);
		}
		int slash = topic.indexOf('/', prefix.length());
		if (slash <= prefix.length()) {
			return new DeviceTopic(null, null);
		}
		String vehicleId = topic.substring(prefix.length(), slash);
		Kind kind = switch (topic.substring(slash + 1)) {
			case "telemetry" -> Kind.TELEMETRY;
			case "events" -> Kind.EVENTS;
			default -> null;
		};
		return new DeviceTopic(vehicleId, kind);
	}

}
