package io.zaplecze.simulator;

/** The stop events a driver's device reports on its {@code events} topic. */
public enum StopEventType {

	/** Left a place: the depot ({@code stopId} null) or a stop after serving it. */
	DEPARTED,

	/** Reached a stop. */
	ARRIVED,

	/** Handed the shipment over (carries the recipient's name). */
	DELIVERED,

	/** Could not deliver (carries a {@link FailureReason}). */
	FAILED

}
