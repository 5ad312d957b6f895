package io.zaplecze.routing.roadnetwork;

import org.jspecify.annotations.Nullable;

/**
 * The road network could not be loaded at startup: a missing or unreadable extract, an unsorted
 * file, no usable roads, a broken graph cache. The message says what is wrong in the operator's
 * words and {@link #action()} what to do about it; {@link RoadNetworkFailureAnalyzer} prints both
 * instead of a stack trace.
 */
public class RoadNetworkUnavailable extends RuntimeException {

	private final String action;

	RoadNetworkUnavailable(String message, String action, @Nullable Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	/** What the operator should do. */
	public String action() {
		return this.action;
	}

}
