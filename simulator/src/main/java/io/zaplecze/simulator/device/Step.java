package io.zaplecze.simulator.device;

/** The next thing a simulated device does, at a simulated time. */
public sealed interface Step {

	/** When, in simulated time. */
	double due();

	/** Publish a message (queued while the device is offline). */
	record Publish(double due, Outgoing message) implements Step {
	}

	/** Lose connectivity: disconnect and queue everything until {@link GoOnline}. */
	record GoOffline(double due) implements Step {
	}

	/** Connectivity is back: reconnect and send the queue in order. */
	record GoOnline(double due) implements Step {
	}

	/** The connection is cut abruptly (no DISCONNECT); the device reconnects at once. */
	record DropConnection(double due) implements Step {
	}

}
