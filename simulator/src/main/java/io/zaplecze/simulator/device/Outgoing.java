package io.zaplecze.simulator.device;

import io.zaplecze.simulator.StopEventType;

/**
 * One message a device will publish: its topic and encoded payload, plus the delivery
 * state its connection keeps (queued order, attempts, acknowledged).
 */
public final class Outgoing {

	final String vehicleId;

	final long seq;

	/** Null for telemetry. */
	final StopEventType eventType;

	final String topic;

	final byte[] payload;

	/** Simulated time the device produced it. */
	final double deviceTime;

	/** A deliberate duplicate of an earlier message. */
	final boolean copy;

	/** Position in the device's outbox order; set when queued, kept across resends. */
	long order = -1;

	int attempts;

	/** Failures reported by a live connection (not by one going down). */
	int refusals;

	boolean acked;

	/** Whether it is in the outbox now (not in flight). */
	boolean queued;

	Outgoing(String vehicleId, long seq, StopEventType eventType, String topic, byte[] payload, double deviceTime,
			boolean copy) {
		this.vehicleId = vehicleId;
		this.seq = seq;
		this.eventType = eventType;
		this.topic = topic;
		this.payload = payload;
		this.deviceTime = deviceTime;
		this.copy = copy;
	}

	Outgoing duplicate() {
		return new Outgoing(this.vehicleId, this.seq, this.eventType, this.topic, this.payload, this.deviceTime, true);
	}

	public long seq() {
		return this.seq;
	}

	/** The event type, or null for telemetry. */
	public StopEventType eventType() {
		return this.eventType;
	}

	public boolean telemetry() {
		return this.eventType == null;
	}

	public boolean copy() {
		return this.copy;
	}

	public String topic() {
		return this.topic;
	}

	public byte[] payload() {
		return this.payload;
	}

	public double deviceTime() {
		return this.deviceTime;
	}

}
