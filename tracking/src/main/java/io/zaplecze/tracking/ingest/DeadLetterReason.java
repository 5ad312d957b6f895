package io.zaplecze.tracking.ingest;

import java.util.Locale;

/** Why a message was set aside instead of stored; the code is what the dead-letter table and metrics show. */
public enum DeadLetterReason {

	/** Larger than the contract's payload limit. */
	OVERSIZED,

	/** Not JSON, not an object, a field of the wrong type, or a required field missing. */
	MALFORMED,

	/** Latitude, longitude, speed, heading or accuracy outside their ranges. */
	OUT_OF_RANGE,

	/** The vehicle is in no published plan and not registered. */
	UNKNOWN_VEHICLE,

	/** The payload's vehicle id differs from the topic's. */
	VEHICLE_MISMATCH,

	/** The device time is further ahead of the server clock than the allowed skew. */
	FUTURE_TIMESTAMP,

	/** The device time is before the retention horizon (its partition is gone). */
	TOO_OLD,

	/** The topic does not follow the contract. */
	BAD_TOPIC,

	/** The database refused the row itself (not an outage). */
	STORE_REJECTED;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
